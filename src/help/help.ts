import { message, text } from '../core/messages';
import type { Reply } from '../core/model';
import { type Locale, localeOf, type MessageKey, t } from '../i18n';
import { crisisLines, notACrisisService } from '../safety/resources';
import type { MemberRow } from '../storage/schema';

/** The command words (English in every language for now: they are what the router understands). */
export const COMMAND_NAMES = [
  'help',
  'start',
  'home',
  'checkin',
  'checklist',
  'schedule',
  'pause',
  'resume',
  'skip',
  'settings',
  'group',
  'cap',
  'note',
  'share',
  'shared',
  'link',
  'invite',
  'history',
  'optin',
  'optout',
  'export',
  'delete',
  'community',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Commands whose usage shows more than the bare word (`checkin [theme]`): their catalogue keys. */
const USAGE: Partial<Record<CommandName, MessageKey>> = {
  checkin: 'help.usage.checkin',
  pause: 'help.usage.pause',
  cap: 'help.usage.cap',
  invite: 'help.usage.invite',
};

export interface CommandInfo {
  readonly name: CommandName;
  readonly usage: string;
  readonly summary: string;
}

/** The commands, with usage and summary in `locale` (help lists them; Discord registers them). */
export function commands(locale: Locale): CommandInfo[] {
  return COMMAND_NAMES.map((name) => {
    const usage = USAGE[name];
    return {
      name,
      usage: usage ? t(locale, usage) : name,
      summary: t(locale, `help.summary.${name}`),
    };
  });
}

export function help(member: MemberRow): Reply {
  const locale = localeOf(member);
  return {
    kind: 'message',
    message: message(
      text(t(locale, 'help.title'), 'heading'),
      text(
        commands(locale)
          .map((c) => t(locale, 'help.commandLine', { usage: c.usage, summary: c.summary }))
          .join('\n'),
      ),
      text(`${t(locale, 'help.private')} ${notACrisisService(locale)}`, 'muted'),
      text(crisisLines(member.region, locale).join(' '), 'muted'),
    ),
  };
}

export function welcome(member: MemberRow): Reply {
  const locale = localeOf(member);
  return {
    kind: 'message',
    message: message(
      text(t(locale, 'welcome.title'), 'heading'),
      text(t(locale, 'welcome.how')),
      text(t(locale, 'welcome.start')),
      text(`${notACrisisService(locale)} ${crisisLines(member.region, locale).join(' ')}`, 'muted'),
    ),
  };
}

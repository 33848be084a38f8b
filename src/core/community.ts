import { type Locale, localeOf, t } from '../i18n';
import type { Services } from '../services';
import { type Community, communitiesOf, DM_WORKSPACE, updateMember } from '../storage/members';
import { ownersOf } from '../storage/owners';
import type { MemberRow } from '../storage/schema';
import { type Action, encodeAction } from './action-id';
import { message, say, text } from './messages';
import type { Reply, UserRef } from './model';

/** A Discord button label holds 80 characters. */
const MAX_LABEL = 80;
/** More choices than this would not fit one message's buttons; the newest are offered. */
const MAX_CHOICES = 10;

const nameOf = (community: Community, locale: Locale) =>
  community.name ??
  (community.externalId === DM_WORKSPACE
    ? t(locale, 'community.dmOnly')
    : t(locale, 'community.server', { id: community.externalId }));

/**
 * The language to speak to someone whose direct message names no community: that of the member
 * row Between would take for them (the community they chose for DMs, else the newest).
 */
const localeOfPerson = (all: readonly Community[]): Locale => localeOf(all[0]?.member);

/**
 * Which community a direct message is for, when the platform names none (a Discord DM, with
 * global commands, from someone who uses Between in several servers). Undefined when the platform
 * named it, or the person is new here; their one community when they have one. Otherwise: the
 * community the action's object belongs to (a prompt's button, a share, an entry, a link); for
 * what concerns the person everywhere (help, export, delete, free text) any of them; else the one
 * they last chose; else a question, answered with a button.
 */
export function dmCommunity(
  services: Services,
  user: UserRef,
  action: Action | undefined,
  personWide: boolean,
): { readonly member: MemberRow } | { readonly ask: Reply } | undefined {
  if (user.workspaceId !== '') return undefined;
  const all = communitiesOf(services.db, user.platform, user.userId);
  const [first] = all;
  if (!first) return undefined;
  if (all.length === 1) return { member: first.member };
  if (action) {
    const owners = ownersOf(services.db, action);
    const owner = all.find((c) => owners.includes(c.member.id));
    if (owner) return { member: owner.member };
  }
  if (personWide || first.member.dmChosenAt !== null) return { member: first.member };
  return { ask: chooser(all, 'community.which') };
}

function chooser(all: readonly Community[], question: 'community.which' | 'community.whichForDms'): Reply {
  const locale = localeOfPerson(all);
  const current = all[0]?.member.dmChosenAt ? all[0] : undefined;
  const remember = t(locale, 'community.remember');
  return {
    kind: 'message',
    message: message(
      text(t(locale, question)),
      {
        kind: 'buttons',
        buttons: all.slice(0, MAX_CHOICES).map((c) => ({
          id: encodeAction({ verb: 'community', id: c.member.id }),
          label: nameOf(c, locale).slice(0, MAX_LABEL),
          ...(c === current ? { style: 'primary' as const } : {}),
        })),
      },
      text(
        current ? `${remember} ${t(locale, 'community.now', { name: nameOf(current, locale) })}` : remember,
        'muted',
      ),
    ),
  };
}

/** `/between community`: the choice, offered again (or why there is none). */
export function communityCommand(services: Services, user: UserRef): Reply {
  const all = communitiesOf(services.db, user.platform, user.userId);
  if (all.length < 2) return say(t(localeOfPerson(all), 'community.onlyOne'));
  return chooser(all, 'community.whichForDms');
}

/** The person chose a community for their direct messages (a button from `chooser`). */
export function chooseCommunity(services: Services, user: UserRef, memberId: number, at: Date): Reply {
  const all = communitiesOf(services.db, user.platform, user.userId);
  const chosen = all.find((c) => c.member.id === memberId);
  if (!chosen) return say(t(localeOfPerson(all), 'community.notYours'));
  updateMember(services.db, memberId, { dmChosenAt: at.toISOString() });
  // From now on their direct messages are this member's, so it answers in this member's language.
  const locale = localeOf(chosen.member);
  return say(t(locale, 'community.chosen', { name: nameOf(chosen, locale) }));
}

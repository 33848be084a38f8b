import { IANAZone } from 'luxon';
import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import { THEMES, type Theme } from '../prompts/library';
import { REGION_CODES } from '../safety/resources';
import { refreshPlans } from '../scheduling/plans';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { type MemberPatch, updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

/** `settings region` words: the listed regions' codes (UK for GB), or `other`. */
const REGIONS: Record<string, string | null> = {
  ...Object.fromEntries(REGION_CODES.map((code) => [code.toLowerCase(), code])),
  uk: 'GB',
  other: null,
};
const REGION_LIST = `${REGION_CODES.map((c) => (c === 'GB' ? 'UK' : c)).join(', ')} or other`;

export const SETTINGS_HELP = [
  '/between settings timezone Europe/London (your IANA time zone)',
  '/between settings quiet 21:30-08:00 (no prompts in that window) or quiet off',
  '/between settings offlimits rupture-and-repair boundaries (themes never to send) or offlimits none',
  `/between settings region ${REGION_LIST} (which crisis numbers to show)`,
  '/between settings reminders on or off',
];

function describe(member: MemberRow): string[] {
  return [
    `Time zone: ${member.timeZone}`,
    `Quiet hours: ${member.quietStart ? `${member.quietStart} to ${member.quietEnd}` : 'none'}`,
    `Off-limits themes: ${member.offLimitsThemes.length > 0 ? member.offLimitsThemes.join(', ') : 'none'}`,
    `Crisis numbers for: ${member.region === 'GB' ? 'UK' : (member.region ?? 'not set (all are shown)')}`,
    `Reminders: ${member.remindersEnabled ? 'on (one gentle reminder at most)' : 'off'}`,
    `Paused: ${member.pausedUntil ? `until ${member.pausedUntil}` : 'no'}`,
  ];
}

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad settings argument', { userMessage });
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parse(args: readonly string[]): MemberPatch {
  const [key, ...rest] = args.map((a) => a.trim());
  const value = rest.join(' ');
  switch (key?.toLowerCase()) {
    case 'timezone':
    case 'tz':
      if (!value || !IANAZone.isValidZone(value)) {
        throw bad(`“${value}” isn’t a time zone I know. Use a name like Europe/London or America/New_York.`);
      }
      return { timeZone: Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone };
    case 'quiet': {
      if (value.toLowerCase() === 'off') return { quietStart: null, quietEnd: null };
      const [start, end, ...more] = value.split(/\s*-\s*/);
      if (!start || !end || more.length > 0 || !HHMM.test(start) || !HHMM.test(end) || start === end) {
        throw bad('Quiet hours look like 21:30-08:00 (24-hour clock), or “quiet off”.');
      }
      return { quietStart: start, quietEnd: end };
    }
    case 'offlimits': {
      const chosen = rest.map((t) => t.toLowerCase());
      if (chosen.length === 1 && chosen[0] === 'none') return { offLimitsThemes: [] };
      const unknown = chosen.filter((t) => !THEMES.includes(t as Theme));
      if (chosen.length === 0 || unknown.length > 0) {
        throw bad(`Themes to mark off-limits (or “none”): ${THEMES.join(', ')}.`);
      }
      return { offLimitsThemes: [...new Set(chosen)] };
    }
    case 'region': {
      const region = REGIONS[value.toLowerCase()];
      if (region === undefined) throw bad(`Region can be ${REGION_LIST}.`);
      return { region };
    }
    case 'reminders':
      if (value.toLowerCase() === 'on') return { remindersEnabled: true };
      if (value.toLowerCase() === 'off') return { remindersEnabled: false };
      throw bad('Reminders can be “on” or “off”.');
    default:
      throw bad(`I can change these:\n${SETTINGS_HELP.join('\n')}`);
  }
}

export function settings(services: Services, member: MemberRow, args: readonly string[]): Reply {
  if (args.length === 0) {
    return say(
      ['Your settings:', ...describe(member)].join('\n'),
      `To change them:\n${SETTINGS_HELP.join('\n')}`,
    );
  }
  const patch = parse(args);
  const updated = updateMember(services.db, member.id, patch);
  if (patch.timeZone !== undefined) refreshPlans(services.db, member.id, services.clock.now());
  audit(services.db, {
    at: services.clock.now(),
    workspaceId: member.workspaceId,
    memberId: member.id,
    action: 'settings_changed',
    detail: { fields: Object.keys(patch).join(',') },
  });
  return say(['Saved. Your settings now:', ...describe(updated)].join('\n'));
}

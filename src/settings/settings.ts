import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import { type Locale, localeOf, supportedLocale, t } from '../i18n';
import { THEMES, type Theme } from '../prompts/library';
import { REGION_CODES } from '../safety/resources';
import { refreshPlans } from '../scheduling/plans';
import { canonicalZone } from '../scheduling/time';
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
const regionList = (locale: Locale) =>
  t(locale, 'settings.regions', { codes: REGION_CODES.map((c) => (c === 'GB' ? 'UK' : c)).join(', ') });

/** `settings language` words: a language code or tag (`es`, `es-MX`), or its name in either language. */
const LANGUAGE_NAMES: Readonly<Record<string, Locale>> = {
  english: 'en',
  inglés: 'en',
  ingles: 'en',
  spanish: 'es',
  español: 'es',
  espanol: 'es',
};

function languageOf(value: string): Locale | undefined {
  const word = value.trim().toLowerCase();
  return LANGUAGE_NAMES[word] ?? (word.length <= 20 ? supportedLocale(word) : undefined);
}

/** How to change each setting, one line each, in `locale`. */
export function settingsHelp(locale: Locale): string[] {
  return [
    t(locale, 'settings.how.timeZone'),
    t(locale, 'settings.how.quiet'),
    t(locale, 'settings.how.offLimits'),
    t(locale, 'settings.how.region', { regions: regionList(locale) }),
    t(locale, 'settings.how.reminders'),
    t(locale, 'settings.how.language'),
  ];
}

function describe(member: MemberRow, locale: Locale): string[] {
  const region = member.region === 'GB' ? 'UK' : member.region;
  return [
    t(locale, 'settings.show.timeZone', { zone: member.timeZone }),
    member.quietStart
      ? t(locale, 'settings.show.quiet', { start: member.quietStart, end: member.quietEnd ?? '' })
      : t(locale, 'settings.show.quietNone'),
    member.offLimitsThemes.length > 0
      ? t(locale, 'settings.show.offLimits', { themes: member.offLimitsThemes.join(', ') })
      : t(locale, 'settings.show.offLimitsNone'),
    region ? t(locale, 'settings.show.region', { region }) : t(locale, 'settings.show.regionNone'),
    t(locale, 'settings.show.reminders', { on: member.remindersEnabled ? 'yes' : 'no' }),
    member.pausedUntil
      ? t(locale, 'settings.show.paused', { date: member.pausedUntil })
      : t(locale, 'settings.show.notPaused'),
    t(locale, 'settings.show.language', { locale: localeOf(member) }),
  ];
}

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad settings argument', { userMessage });
}

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parse(args: readonly string[], locale: Locale): MemberPatch {
  const [key, ...rest] = args.map((a) => a.trim());
  const value = rest.join(' ');
  switch (key?.toLowerCase()) {
    case 'timezone':
    case 'tz': {
      const timeZone = canonicalZone(value);
      if (!timeZone) throw bad(t(locale, 'settings.bad.timeZone', { value }));
      return { timeZone, timeZoneSource: 'member' };
    }
    case 'quiet': {
      if (value.toLowerCase() === 'off') return { quietStart: null, quietEnd: null };
      const [start, end, ...more] = value.split(/\s*-\s*/);
      if (!start || !end || more.length > 0 || !HHMM.test(start) || !HHMM.test(end) || start === end) {
        throw bad(t(locale, 'settings.bad.quiet'));
      }
      return { quietStart: start, quietEnd: end };
    }
    case 'offlimits': {
      const chosen = rest.map((word) => word.toLowerCase());
      if (chosen.length === 1 && chosen[0] === 'none') return { offLimitsThemes: [] };
      const unknown = chosen.filter((word) => !THEMES.includes(word as Theme));
      if (chosen.length === 0 || unknown.length > 0) {
        throw bad(t(locale, 'settings.bad.offLimits', { themes: THEMES.join(', ') }));
      }
      return { offLimitsThemes: [...new Set(chosen)] };
    }
    case 'region': {
      const region = REGIONS[value.toLowerCase()];
      if (region === undefined) throw bad(t(locale, 'settings.bad.region', { regions: regionList(locale) }));
      return { region };
    }
    case 'reminders':
      if (value.toLowerCase() === 'on') return { remindersEnabled: true };
      if (value.toLowerCase() === 'off') return { remindersEnabled: false };
      throw bad(t(locale, 'settings.bad.reminders'));
    case 'language':
    case 'idioma':
    case 'lang': {
      const chosen = languageOf(value);
      if (!chosen) throw bad(t(locale, 'settings.bad.language', { value: value.slice(0, 40) }));
      return { locale: chosen, localeSource: 'member' };
    }
    default:
      throw bad(t(locale, 'settings.canChange', { lines: settingsHelp(locale).join('\n') }));
  }
}

export function settings(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const locale = localeOf(member);
  if (args.length === 0) {
    return say(
      [t(locale, 'settings.current'), ...describe(member, locale)].join('\n'),
      t(locale, 'settings.toChange', { lines: settingsHelp(locale).join('\n') }),
    );
  }
  const patch = parse(args, locale);
  const updated = updateMember(services.db, member.id, patch);
  if (patch.timeZone !== undefined) refreshPlans(services.db, member.id, services.clock.now());
  audit(services.db, {
    at: services.clock.now(),
    workspaceId: member.workspaceId,
    memberId: member.id,
    action: 'settings_changed',
    detail: { fields: Object.keys(patch).join(',') },
  });
  // A new language answers in itself, at once.
  const now = localeOf(updated);
  const saved = patch.locale !== undefined ? t(now, 'settings.languageSaved') : t(now, 'settings.saved');
  return say([saved, ...describe(updated, now)].join('\n'));
}

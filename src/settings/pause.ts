import { DateTime } from 'luxon';
import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import { type Locale, localeOf, longDate, type MessageKey, type MessageValues, t } from '../i18n';
import type { Services } from '../services';
import { updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

const MAX_PAUSE_DAYS = 366;

/** The member's local today. */
export function localToday(member: MemberRow, now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: member.timeZone }).startOf('day');
}

/** The words of a pause in either language: `until`/`hasta`, `for`/`por`/`durante`, days and weeks. */
const UNTIL = new Set(['until', 'hasta']);
const FOR = new Set(['for', 'por', 'durante']);
const UNITS: Readonly<Record<string, 'day' | 'week'>> = {
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  dia: 'day',
  dias: 'day',
  semana: 'week',
  semanas: 'week',
};

/**
 * Parses `until YYYY-MM-DD`, `YYYY-MM-DD` or `for N day(s)|week(s)` (or in Spanish, `hasta …`,
 * `por 2 semanas`, `durante 3 días`) into the local date nudges resume.
 */
export function parseResumeDate(args: readonly string[], today: DateTime, locale: Locale = 'en'): DateTime {
  const words = args.map((a) => a.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
  if (UNTIL.has(words[0] ?? '')) words.shift();
  const bad = (why: MessageKey, values?: MessageValues) =>
    new BetweenError('bad_argument', `bad pause: ${why}`, {
      userMessage: `${t(locale, why, values)} ${t(locale, 'pause.usage')}`,
    });
  if (words.length === 0) throw bad('pause.bad.when');

  let resume: DateTime;
  if (words.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(words[0] ?? '')) {
    resume = DateTime.fromISO(words[0] ?? '', { zone: today.zone });
    if (!resume.isValid) throw bad('pause.bad.date', { date: words[0] ?? '' });
  } else {
    if (FOR.has(words[0] ?? '')) words.shift();
    const amount = Number(words[0]);
    const unit = UNITS[words[1] ?? ''];
    if (words.length !== 2 || !Number.isInteger(amount) || amount < 1 || unit === undefined) {
      throw bad('pause.bad.length');
    }
    resume = today.plus(unit === 'day' ? { days: amount } : { weeks: amount });
  }
  if (resume <= today) throw bad('pause.bad.past', { date: resume.toISODate() ?? '' });
  if (resume.diff(today, 'days').days > MAX_PAUSE_DAYS) {
    throw bad('pause.bad.tooLong');
  }
  return resume;
}

export function pause(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const locale = localeOf(member);
  const resume = parseResumeDate(args, localToday(member, services.clock.now()), locale);
  updateMember(services.db, member.id, { pausedUntil: resume.toISODate() });
  return say(t(locale, 'pause.done', { date: longDate(locale, resume) }), t(locale, 'pause.doneMore'));
}

export function resume(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  if (!member.pausedUntil) return say(t(locale, 'resume.notPaused'));
  updateMember(services.db, member.id, { pausedUntil: null });
  return say(t(locale, 'resume.done'));
}

export function skip(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  updateMember(services.db, member.id, { skipNext: true });
  if (member.pausedUntil) return say(t(locale, 'skip.whilePaused', { date: member.pausedUntil }));
  return say(t(locale, 'skip.done'));
}

/** Whether nudges are paused at `now` for this member. */
export function isPaused(member: MemberRow, now: Date): boolean {
  return member.pausedUntil !== null && (localToday(member, now).toISODate() ?? '') < member.pausedUntil;
}

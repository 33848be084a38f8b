import { DateTime } from 'luxon';
import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import type { Services } from '../services';
import { updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

const MAX_PAUSE_DAYS = 366;
const USAGE =
  'You can say /between pause until 2026-12-28, or /between pause for 2 weeks (days and weeks both work).';

/** The member's local today. */
export function localToday(member: MemberRow, now: Date): DateTime {
  return DateTime.fromJSDate(now, { zone: member.timeZone }).startOf('day');
}

/** Parses `until YYYY-MM-DD`, `YYYY-MM-DD` or `for N day(s)|week(s)` into the local date nudges resume. */
export function parseResumeDate(args: readonly string[], today: DateTime): DateTime {
  const words = args.map((a) => a.toLowerCase());
  if (words[0] === 'until') words.shift();
  const bad = (why: string) => new BetweenError('bad_argument', why, { userMessage: `${why} ${USAGE}` });
  if (words.length === 0) throw bad('Until when would you like a pause?');

  let resume: DateTime;
  if (words.length === 1 && /^\d{4}-\d{2}-\d{2}$/.test(words[0] ?? '')) {
    resume = DateTime.fromISO(words[0] ?? '', { zone: today.zone });
    if (!resume.isValid) throw bad(`${words[0]} isn’t a date on the calendar.`);
  } else {
    if (words[0] === 'for') words.shift();
    const amount = Number(words[0]);
    const unit = words[1]?.replace(/s$/, '');
    if (
      words.length !== 2 ||
      !Number.isInteger(amount) ||
      amount < 1 ||
      (unit !== 'day' && unit !== 'week')
    ) {
      throw bad('I didn’t understand that length of pause.');
    }
    resume = today.plus(unit === 'day' ? { days: amount } : { weeks: amount });
  }
  if (resume <= today) throw bad(`${resume.toISODate()} has already begun or passed; pick a later date.`);
  if (resume.diff(today, 'days').days > MAX_PAUSE_DAYS) {
    throw bad('A pause can last up to a year; you can always pause again later.');
  }
  return resume;
}

export function pause(services: Services, member: MemberRow, args: readonly string[]): Reply {
  const resume = parseResumeDate(args, localToday(member, services.clock.now()));
  updateMember(services.db, member.id, { pausedUntil: resume.toISODate() });
  return say(
    `Paused. No prompts and no reminders until ${resume.toFormat('cccc d LLLL yyyy')}; they start again that day.`,
    'You can still check in yourself whenever you like, and /between resume ends the pause early.',
  );
}

export function resume(services: Services, member: MemberRow): Reply {
  if (!member.pausedUntil) return say('You aren’t paused, so prompts arrive as scheduled.');
  updateMember(services.db, member.id, { pausedUntil: null });
  return say('Welcome back. Prompts will arrive as scheduled again.');
}

export function skip(services: Services, member: MemberRow): Reply {
  updateMember(services.db, member.id, { skipNext: true });
  if (member.pausedUntil) {
    return say(
      `You’re paused until ${member.pausedUntil} anyway; the first prompt after that will be skipped too.`,
    );
  }
  return say('Okay, the next scheduled prompt will be skipped. No need to explain.');
}

/** Whether nudges are paused at `now` for this member. */
export function isPaused(member: MemberRow, now: Date): boolean {
  return member.pausedUntil !== null && (localToday(member, now).toISODate() ?? '') < member.pausedUntil;
}

import type { Anchor } from '../storage/schema';
import { addDays, localDate, localInstant, weekdayOf } from './time';

export interface SlotRule {
  readonly anchor: Anchor;
  readonly weekdays: readonly number[];
  readonly dayOffset: number;
  readonly time: string;
}

/** Where and when a member's sessions are, for session-anchored rules. */
export interface SessionCalendar {
  readonly zone: string;
  readonly weekly: { readonly weekday: number; readonly time: string } | null;
  /** Explicit session dates (local), in any order. */
  readonly dates: readonly string[];
}

/** The first slot of `rule` strictly after `after`, or null when the rule cannot produce one. */
export function nextSlot(rule: SlotRule, calendar: SessionCalendar, after: Date): Date | null {
  const { zone } = calendar;
  const from = localDate(after, zone);
  if (rule.anchor === 'weekly') {
    for (let d = 0; d <= 8; d++) {
      const date = addDays(from, d);
      if (!rule.weekdays.includes(weekdayOf(date))) continue;
      const slot = localInstant(date, rule.time, zone);
      if (slot > after) return slot;
    }
    return null;
  }
  const reach = Math.abs(rule.dayOffset) + 1;
  const sessions = new Set(calendar.dates.filter((date) => date >= addDays(from, -reach)));
  if (calendar.weekly) {
    for (let d = -reach; d <= 8 + reach; d++) {
      const date = addDays(from, d);
      if (weekdayOf(date) === calendar.weekly.weekday) sessions.add(date);
    }
  }
  let best: Date | null = null;
  for (const session of sessions) {
    const slot = localInstant(addDays(session, rule.dayOffset), rule.time, zone);
    if (slot > after && (best === null || slot < best)) best = slot;
  }
  return best;
}

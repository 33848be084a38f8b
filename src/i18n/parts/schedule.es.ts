import type { scheduleEn } from './schedule.en';

/** Spanish: Schedules, the weekly cap and messages between people (src/scheduling, src/outbox). Gathered into `../es.ts`. */
export const scheduleEs: Record<keyof typeof scheduleEn, string> = {};

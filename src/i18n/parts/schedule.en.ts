/** English: Schedules, the weekly cap and messages between people (src/scheduling, src/outbox). Gathered into `../en.ts`. */
export const scheduleEn = {} as const;

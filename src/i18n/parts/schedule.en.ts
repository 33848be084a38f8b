/** English: Schedules, the weekly cap and messages between people (src/scheduling, src/outbox). Gathered into `../en.ts`. */
export const scheduleEn = {
  // ── Schedule (src/scheduling/commands.ts) ───────────────────────────────────────────────
  'schedule.help.weekly':
    '/between schedule add mon,thu 19:00 (a reflection prompt on those days; also daily, weekdays, weekends)',
  'schedule.help.afterSession': '/between schedule add after-session 18:00 (the day after each session)',
  'schedule.help.beforeSession':
    '/between schedule add before-session 19:00 digest (the evening before: what to bring)',
  'schedule.help.content': '  what to send, at the end: reflection (the default), checklist or digest',
  'schedule.help.session':
    '/between schedule session tue 17:00 (your weekly session), or session dates 2026-12-01 2026-12-15, or session off',
  'schedule.help.remove': '/between schedule remove 2, /between schedule clear',
  'schedule.content.reflection': 'a reflection prompt',
  'schedule.content.checklist': 'the pull-away checklist',
  'schedule.content.digest': 'a “what to bring to your session” prompt',
  'schedule.days.everyDay': 'every day',
  'schedule.days.some': '{days}',
  'schedule.rule.weekly': '{what}, {days} at {time}',
  'schedule.rule.afterSession': '{what}, the day after each session at {time}',
  'schedule.rule.beforeSession': '{what}, the day before each session at {time}',
  'schedule.show.line': '{n}. {rule} (next: {when})',
  'schedule.show.nextUnset': 'not until a session is set',
  'schedule.show.weeklySession': 'Your weekly session: {day} at {time}',
  'schedule.show.sessionDates': 'Your session dates: {dates}',
  'schedule.show.noSession': 'No session times set.',
  'schedule.show.rules': 'Your schedule (times in {zone}):\n{lines}',
  'schedule.show.none': 'You have no schedule yet.',
  'schedule.show.paused': 'Paused until {date}.',
  'schedule.show.cap':
    'At most {n, plural, one {# nudge} other {# nudges}} a week, as agreed with your therapist.',
  'schedule.show.toChange': 'To change it:\n{lines}',
  'schedule.added': 'Added.',
  'schedule.addedWaiting':
    'Added. It starts once I know when your sessions are: /between schedule session tue 17:00.',
  'schedule.zoneUnknown':
    'These times are in {zone}, because I don’t know your time zone yet: choose yours below, or type /between settings timezone America/Chicago (your own zone), and your schedule moves with it.',
  'schedule.zone.newYork': 'New York (Eastern)',
  'schedule.zone.chicago': 'Chicago (Central)',
  'schedule.zone.denver': 'Denver (Mountain)',
  'schedule.zone.losAngeles': 'Los Angeles (Pacific)',
  'schedule.zone.toronto': 'Toronto',
  'schedule.zone.london': 'London',
  'schedule.zone.dublin': 'Dublin',
  'schedule.zone.sydney': 'Sydney',
  'schedule.zone.perth': 'Perth',
  'schedule.zone.auckland': 'Auckland',
  'schedule.zone.mexicoCity': 'Mexico City',
  'schedule.zone.bogota': 'Bogotá',
  'schedule.zone.lima': 'Lima',
  'schedule.zone.caracas': 'Caracas',
  'schedule.zone.santiago': 'Santiago (Chile)',
  'schedule.zone.buenosAires': 'Buenos Aires',
  'schedule.zone.guatemala': 'Guatemala City (Central America)',
  'schedule.zone.madrid': 'Madrid',
  'schedule.saved': 'Saved.',
  'schedule.removed': 'Removed.',
  'schedule.cleared': 'Cleared. Nothing will be sent on a schedule until you add something.',
  'schedule.bad.time': 'Times are on the 24-hour clock, like 07:30 or 19:00.',
  'schedule.bad.days': 'Days look like mon,thu (or daily, weekdays, weekends).',
  'schedule.bad.content': 'What to send can be reflection, checklist or digest.',
  'schedule.bad.example': 'For example:\n{lines}',
  'schedule.bad.tooMany':
    'You have {max} scheduled items already; remove one first (/between schedule remove 1).',
  'schedule.bad.weeklySession': 'A weekly session looks like: tue 17:00 (or off).',
  'schedule.bad.sessionDates':
    'Session dates look like: /between schedule session dates 2026-12-01 2026-12-15 at 17:00',
  'schedule.bad.nothingToRemove': 'There is nothing scheduled to remove.',
  'schedule.bad.whichOne': 'Say which one, from 1 to {count}.',
  'schedule.bad.unknown': 'I can do these:\n{lines}',

  // ── The weekly cap (src/scheduling/cap.ts) ──────────────────────────────────────────────
  'cap.bad.notStaff': 'Only a therapist or facilitator can set how often Between may reach a client.',
  'cap.bad.args':
    'Say who and how many a week, from 1 to {max}: /between cap @client 3 (or /between cap @client off).',
  'cap.bad.unknownPerson':
    'I don’t know that person in this workspace yet; they need to have used Between here first.',
  'cap.off': 'Done: no weekly limit for them now (their own schedule still applies).',
  'cap.set':
    'Done: Between will send them at most {n, plural, one {# nudge} other {# nudges}} in any 7 days, reminders included.',

  // ── Messages between people (src/outbox), read by the person they are sent to ─────────────
  'outbox.failed.share':
    'Your share to {name} was not delivered: {why}. It does not count as shared; /between shared shows it (and lets you take back anything that did reach them), and /between share can send the entries again.',
  'outbox.failed.invitation':
    'Your invitation to {name} was not delivered: {why}. Nothing changed; you can invite them again later.',
  'outbox.failed.link':
    'I could not tell {name} about the change to your link: {why}. The change itself stands.',
  'outbox.failed.export': 'Your export did not reach you: {why}. /between export can try again.',
  'outbox.capped':
    '{name} set Between to send you at most {n, plural, one {# nudge} other {# nudges}} in any 7 days, reminders included. Your own schedule still applies; if this does not suit you, tell them.',
  'outbox.uncapped':
    '{name} removed the weekly limit on how often Between nudges you. Your own schedule applies as before.',
  'outbox.why.dmBlocked': 'their direct messages are closed to this app',
  'outbox.why.recipientGone': 'they are no longer in this workspace',
  'outbox.why.gaveUp': 'the platform kept failing',
  'outbox.why.uncertain': 'the platform did not answer, so it may or may not have arrived',
  'outbox.why.interrupted': 'Between stopped while sending it, so it may or may not have arrived',
  'outbox.why.filesFailed': 'the text arrived but its files did not',
  'outbox.why.unknown': 'it could not be delivered',

  // ── The delivery worker (src/scheduling/worker.ts) ──────────────────────────────────────
  'delivery.erased': 'Removed: your data with Between was erased.',
} as const;

import { discordEn } from './parts/discord.en';
import { linksEn } from './parts/links.en';
import { operatorEn } from './parts/operator.en';
import { platformEn } from './parts/platform.en';
import { recordsEn } from './parts/records.en';
import { safetyEn } from './parts/safety.en';
import { scheduleEn } from './parts/schedule.en';
import { shareEn } from './parts/share.en';
import { shellEn } from './parts/shell.en';

/**
 * English: the source catalogue. Every other language has exactly these keys and, per key, the
 * same `{arguments}` (tests/i18n checks both). Messages are ICU MessageFormat: `{name}` puts a
 * value in; `{n, plural, one {# day} other {# days}}` and `{x, select, a {…} other {…}}` choose
 * by number or value. Write ’ for apostrophes (a plain ' before { or } starts quoted text in ICU).
 * Command words (`/between settings quiet off`) stay English in every language for now.
 * Larger areas keep their messages in `parts/<area>.en.ts` (and `.es.ts`), spread in at the end.
 */
export const en = {
  // ── Shared ──────────────────────────────────────────────────────────────────────────────
  'common.button.pauseWeek': 'Pause for a week',

  // ── Help (src/help) ─────────────────────────────────────────────────────────────────────
  'help.title': 'Between: small reflections between therapy sessions',
  'help.commandLine': '/between {usage}: {summary}',
  'help.private':
    'Everything is private by default: nothing you write is stored unless you opt in, and nothing stored is seen by anyone unless you share it.',
  'help.usage.checkin': 'checkin [theme]',
  'help.usage.pause': 'pause until 2026-12-28 | pause for 2 weeks',
  'help.usage.cap': 'cap @client 3',
  'help.usage.invite': 'invite @client',
  'help.summary.help': 'this list',
  'help.summary.start': 'a short welcome and how Between works',
  'help.summary.home': 'your overview: what is stored, what comes next, shortcuts',
  'help.summary.checkin': 'a reflection prompt, now',
  'help.summary.checklist': 'the pull-away self-check',
  'help.summary.schedule': 'when prompts come: days and times, or around your sessions',
  'help.summary.pause': 'no prompts until then',
  'help.summary.resume': 'end a pause early',
  'help.summary.skip': 'skip the next scheduled prompt',
  'help.summary.settings': 'language, time zone, quiet hours, off-limits themes, region, reminders',
  'help.summary.group': 'your group’s rhythm: join or leave; facilitators set it and see counts',
  'help.summary.cap': 'for therapists: at most this many nudges a week for a client',
  'help.summary.note': 'a private note when something in a session didn’t feel right',
  'help.summary.share': 'choose entries to send to a linked therapist (you pick; nothing is automatic)',
  'help.summary.shared': 'what you shared, with whom and when; take a share back',
  'help.summary.link': 'your links with therapists: accept, decline or end',
  'help.summary.invite': 'for therapists: ask a client to link',
  'help.summary.history': 'your own record of consents, shares and exports',
  'help.summary.optin': 'choose to store your answers (read what that means first)',
  'help.summary.optout': 'stop storing, at once',
  'help.summary.export': 'a copy of everything stored about you (JSON)',
  'help.summary.delete': 'erase everything stored about you',
  'help.summary.community': 'if you use Between in several servers: which one your direct messages are for',

  // ── Welcome (`start`) ───────────────────────────────────────────────────────────────────
  'welcome.title': 'Welcome to Between',
  'welcome.how':
    'Between sends a small reflection prompt now and then, and a five-item check on the urge to pull away. Answer when it suits you, skip when it doesn’t: there are no streaks and nobody is told if you don’t reply.',
  'welcome.start':
    'Nothing you write is kept unless you choose that with /between optin. Try /between checkin whenever you like, or /between help for everything else.',

  // ── Settings (src/settings/settings.ts) ─────────────────────────────────────────────────
  'settings.current': 'Your settings:',
  'settings.toChange': 'To change them:\n{lines}',
  'settings.saved': 'Saved. Your settings now:',
  'settings.canChange': 'I can change these:\n{lines}',
  'settings.languageSaved': 'Saved: I’ll write to you in English from now on.',
  'settings.show.timeZone': 'Time zone: {zone}',
  'settings.show.quiet': 'Quiet hours: {start} to {end}',
  'settings.show.quietNone': 'Quiet hours: none',
  'settings.show.offLimits': 'Off-limits themes: {themes}',
  'settings.show.offLimitsNone': 'Off-limits themes: none',
  'settings.show.region': 'Crisis numbers for: {region}',
  'settings.show.regionNone': 'Crisis numbers for: not set (all are shown)',
  'settings.show.reminders': 'Reminders: {on, select, yes {on (one gentle reminder at most)} other {off}}',
  'settings.show.paused': 'Paused: until {date}',
  'settings.show.notPaused': 'Paused: no',
  'settings.show.language': 'Language: {locale, select, es {Spanish (español)} other {English}}',
  'settings.regions': '{codes} or other',
  'settings.how.timeZone': '/between settings timezone Europe/London (your IANA time zone)',
  'settings.how.quiet': '/between settings quiet 21:30-08:00 (no prompts in that window) or quiet off',
  'settings.how.offLimits':
    '/between settings offlimits rupture-and-repair boundaries (themes never to send) or offlimits none',
  'settings.how.region': '/between settings region {regions} (which crisis numbers to show)',
  'settings.how.reminders': '/between settings reminders on or off',
  'settings.how.language': '/between settings language en (English) or es (español)',
  'settings.bad.timeZone':
    '“{value}” isn’t a time zone I know. Use a name like Europe/London or America/New_York.',
  'settings.bad.quiet': 'Quiet hours look like 21:30-08:00 (24-hour clock), or “quiet off”.',
  'settings.bad.offLimits': 'Themes to mark off-limits (or “none”): {themes}.',
  'settings.bad.region': 'Region can be {regions}.',
  'settings.bad.reminders': 'Reminders can be “on” or “off”.',
  'settings.bad.language':
    'I don’t speak “{value}” yet. I can write to you in English or Spanish: /between settings language en, or /between settings language es.',

  // ── Pause, resume, skip (src/settings/pause.ts) ─────────────────────────────────────────
  'pause.usage':
    'You can say /between pause until 2026-12-28, or /between pause for 2 weeks (days and weeks both work).',
  'pause.bad.when': 'Until when would you like a pause?',
  'pause.bad.date': '{date} isn’t a date on the calendar.',
  'pause.bad.length': 'I didn’t understand that length of pause.',
  'pause.bad.past': '{date} has already begun or passed; pick a later date.',
  'pause.bad.tooLong': 'A pause can last up to a year; you can always pause again later.',
  'pause.done': 'Paused. No prompts and no reminders until {date}; they start again that day.',
  'pause.doneMore':
    'You can still check in yourself whenever you like, and /between resume ends the pause early.',
  'resume.notPaused': 'You aren’t paused, so prompts arrive as scheduled.',
  'resume.done': 'Welcome back. Prompts will arrive as scheduled again.',
  'skip.whilePaused': 'You’re paused until {date} anyway; the first prompt after that will be skipped too.',
  'skip.done': 'Okay, the next scheduled prompt will be skipped. No need to explain.',

  // ── The router's own replies (src/core/router.ts) ───────────────────────────────────────
  'core.tooLong': 'That command is longer than I can read. /between help lists what I understand.',
  'core.unknownCommand': 'I don’t know “{name}” yet. /between help lists everything I can do.',
  'core.linkUsage': 'Say /between link to see your links, then accept, decline or end one with the buttons.',
  'core.stale': 'This button has expired (it came from an older message). Here is a fresh start:',
  'core.button.reflection': 'A reflection prompt',
  'core.button.checklist': 'The pull-away checklist',
  'core.button.help': 'Help',
  'core.button.checkIn': 'Check in now',
  'core.button.whatICanDo': 'What I can do',
  'core.notKept':
    'I don’t keep messages typed here, so this one was not stored. Reflections go through a private form, which keeps them out of the chat history.',
  'core.unsupported': 'Sorry, I can’t handle that kind of message. /between help lists what I can do.',
  'core.outsider.notMember':
    'Between here is for members of its community’s server, and you are not in it, so I have kept nothing of this. If you have just joined, try again in a few minutes.',
  'core.outsider.unconfirmed':
    'I could not check just now whether you are in the community’s server, so I have kept nothing of this. Please try again in a minute.',
  'core.failed':
    'Sorry, something went wrong on my side. Nothing you had stored was lost; please try again in a moment.',
  'core.unreachable':
    '{since, select, unknown {Recently} other {On {since}}} I tried to send you a prompt in a direct message and could not reach you, so nothing was sent. I never post prompts anywhere public instead. If you would like them, please allow direct messages from this app ({platform, select, discord {the server’s Privacy Settings → Direct Messages} slack {the app’s Messages tab} other {your settings}}).',

  // ── Home (src/home/home.ts) ─────────────────────────────────────────────────────────────
  'home.storing':
    'Your answers are stored, encrypted, for you alone. /between optout stops that at any time.',
  'home.notStoring': 'Nothing you write is stored. /between optin explains what storing would mean.',
  'home.paused': 'Paused until {date}: nothing will be sent until then.',
  'home.noSchedule': 'No schedule yet: /between schedule sets one up, or check in whenever you like.',
  'home.next': 'Next prompt: {when} ({zone}).',
  'home.nextUnset': 'Next prompt: once your session times are set ({zone}).',
  'home.recent': 'Your recent check-ins:\n{lines}',
  'home.recentLine': '• {when}: {kind}',
  'home.kind.reflection': 'a reflection',
  'home.kind.checklist': 'the pull-away checklist',
  'home.kind.checklistFollowUp': 'a note on what it protects',
  'home.kind.ruptureNote': 'a note for your therapist',
  'home.noneStored': 'No check-ins stored yet.',
  'home.notKept': 'Check-ins are not kept, so none are listed here.',
  'home.button.reflectNow': 'A reflection now',
  'home.button.export': 'Export my data',
  'home.footer': 'Between is not a crisis service. /between help lists crisis lines and every command.',

  // ── Check-in (src/checkin/checkin.ts) ───────────────────────────────────────────────────
  'checkin.button.write': 'Write a reflection',
  'checkin.button.notToday': 'Not today',
  'checkin.bad.theme': 'I don’t know that theme. You can leave it out, or pick one of: {themes}.',
  'checkin.offLimits':
    'You marked “{theme}” as off-limits, so I won’t send prompts from it. That choice is yours to change any time: /between settings offlimits.',
  'checkin.allOffLimits':
    'Every theme is marked off-limits right now, so there is nothing I can send. /between settings offlimits none opens them again.',
  'checkin.heading': 'A moment to reflect, if you’d like one:',
  'prompt.heading.after-session': 'After your session, if you have a moment:',
  'prompt.heading.mid-week': 'A small pause in the middle of the week, if it suits you:',
  'prompt.heading.before-session': 'Before your next session, if you’d like:',
  'prompt.reminder': 'A gentle nudge, in case this slipped past. It is also fine to let it go.',
  'prompt.sessionPrep':
    'Your next session is coming up. Is there anything from these last days you might like to bring to it?',
  'prompt.chooseShare': 'Choose what to share',
  'checklist.gone': 'That checklist is no longer in the library. /between checklist brings the current one.',
  'checklist.button.protect': 'Reflect on what it protects',
  'checklist.notStored': 'Not stored: you haven’t chosen to keep answers.',
  'checklist.noFollowUp': 'This checklist has no follow-up question.',
  'checklist.form.title': 'What it protects',
  'checklist.form.placeholder': 'Curiosity, not judgement.',
  'checklist.thanks.notStored':
    'Thank you for looking at this so kindly. It was not stored, as you haven’t chosen to keep answers.',
  'checklist.saved': 'Saved, just for you.',
  'consent.heading.new': 'Storing your answers',
  'consent.heading.again': 'You have chosen to store your answers. Here is what that means:',
  'consent.notice.1': 'Before anything is kept, here is exactly what happens.',
  'consent.notice.2':
    'If you say yes, Between stores your written answers and checklist choices, with the date and which prompt they belong to. They are encrypted on the practice’s own computer that runs Between, not in this chat app.',
  'consent.notice.3':
    'Nobody else sees them unless you choose to share something, and you can take a share back. Your therapist never sees whether you answered.',
  'consent.notice.4': '{notCrisis} If you are in danger, please contact your local emergency number.',
  'consent.notice.5':
    'You can change your mind at any time: /between optout stops storing, /between export gives you a copy, /between delete erases everything.',
  'consent.notice.6':
    'If you say no, you can still use every prompt: your answers are acknowledged and then discarded.',
  'consent.button.yes': 'Yes, store my answers',
  'consent.button.no': 'No, don’t store anything',
  'consent.stored': 'Thank you. From now on your answers are stored, encrypted, for you alone.',
  'consent.risk.ask':
    'One more choice, and “no” is a fine answer: if something you write suggests you may be in danger, may Between let your linked therapist know? You will always see crisis numbers yourself either way.',
  'consent.risk.button.yes': 'Yes, let my therapist know',
  'consent.risk.button.no': 'No, keep it to me',
  'consent.declined':
    'That’s completely fine. Nothing you write will be stored; prompts and the checklist still work, and your answers are discarded after a short thank-you.',
  'consent.declined.later': 'If you change your mind later: /between optin.',
  'consent.risk.yes':
    'Noted. If you write something that suggests you may be in danger, your linked therapist will be told that it happened (not what you wrote). You can change this with /between optout or ask again with /between optin.',
  'consent.risk.no':
    'Noted: nobody will be alerted. Crisis numbers will still be shown to you if they might help.',
  'consent.optout.nothing':
    'Nothing is being stored for you, so there is nothing to stop. /between delete erases any older data.',
  'consent.optout.done': 'Done: from this moment nothing you write is stored.',
  'consent.optout.erase':
    'What was stored before is still there, only for you. Would you like it erased now?',
  'consent.optout.button.erase': 'Erase everything now',
  'consent.optout.button.keep': 'Keep it for now',
  'checkin.form.title': 'Your reflection',
  'checkin.form.save': 'Save',
  'checkin.form.label': 'Your reflection',
  'checkin.form.placeholder': 'A few words is plenty.',
  'checkin.gone':
    'That prompt is no longer available (perhaps your data was deleted since). /between checkin brings a fresh one whenever you like.',
  'checkin.retired': 'That prompt has been retired from the library. /between checkin brings a fresh one.',
  'checkin.empty': 'This looks empty. A few words is plenty, or simply close this if today isn’t the day.',
  'checkin.tooLong':
    'This is {length} characters and the limit is {limit}. Nothing was saved yet: could you shorten it a little?',
  'checkin.notStored':
    'Thank you for taking this moment. Your answer was not stored, because you haven’t chosen to keep answers. /between optin if you’d like to.',
  'checkin.saved': 'Saved, just for you. /between export shows everything you have stored.',
  'checkin.quiet.notStored': 'What you wrote was not stored.',
  'checkin.quiet.kept': 'What you wrote is kept privately, only for you.',
  'checkin.notToday': 'Not today, and that’s okay. This one is set aside.',

  // ── The therapist's safety alert (src/safety/alerts.ts), in the therapist's language ────
  'alert.shown': 'Between showed crisis lines to {name} just now, after something they wrote.',
  'alert.notShown':
    "Something {name} wrote just now matched Between's risk screen, but the reply with crisis lines could not be delivered to them.",
  'alert.unconfirmed':
    "Something {name} wrote matched Between's risk screen. Between answered with crisis lines but could not confirm that they were shown.",
  'alert.consent':
    'They agreed, when they opted in, that you would be told when this happens. What they wrote is not shared. Between is not monitored and does not replace your own risk procedures.',
  ...scheduleEn,
  ...shareEn,
  ...linksEn,
  ...recordsEn,
  ...discordEn,
  ...shellEn,
  ...platformEn,
  ...operatorEn,
  ...safetyEn,
} as const;

/** English: Care links, the therapist digest and its chart (src/sharing: links, digest, chart). Gathered into `../en.ts`. */
export const linksEn = {
  // ── Care links (src/sharing/links.ts) ───────────────────────────────────────────────────
  'links.bad.notTherapist':
    'Only a therapist can invite a client to link. Ask your practice admin if you should be one.',
  'links.bad.inviteWho': 'Say who: /between invite @client',
  'links.bad.unknownPerson':
    'I don’t know that person in this workspace yet; they need to have used Between here first.',
  'links.bad.self': 'You cannot link with yourself.',
  'links.bad.notInvited': 'Only the invited client can answer an invitation.',
  'links.gone': 'That link no longer exists. /between link shows your links.',
  'links.invite.already': 'You are already linked with {name}.',
  'links.invite.sent':
    'Invitation on its way to {name}; if it cannot reach them, I will tell you. Nothing is shared until they choose to share something.',
  'links.invitation.heading': '{name} would like to link with you on Between.',
  'links.invitation.body':
    'Linking shares nothing by itself. It only means that, when you choose to, you can send this therapist a reflection or a checklist summary. You can end the link at any time.',
  'links.button.accept': 'Accept',
  'links.button.decline': 'Decline',
  'links.button.end': 'End the link',
  'links.button.acceptNumbered': 'Accept ({n})',
  'links.button.declineNumbered': 'Decline ({n})',
  'links.button.endNumbered': 'End the link ({n})',
  'links.button.shareThis': 'Share this…',
  'links.news.accepted': '{name} accepted your invitation to link.',
  'links.news.declined': '{name} declined your invitation to link.',
  'links.news.ended': '{name} ended your Between link.',
  'links.news.erased': 'A person you were linked with on Between has ended the link and erased their data.',
  'links.list.none': 'You have no links. A therapist can invite you with /between invite @you.',
  'links.list.invited': '{name} invited you to link.',
  'links.list.linked': 'Linked with {name}.',
  'links.list.waiting': 'Waiting for {name} to answer.',
  'links.answer.already': 'That invitation has already been answered. /between link shows your links.',
  'links.answer.accepted':
    'Linked. Nothing is shared yet: /between share lets you choose what to send, whenever you want.',
  'links.answer.declined': 'Declined. Nothing changes for you.',
  'links.end.already': 'That link has already ended.',
  'links.end.done': 'The link with {name} has ended. Nothing more can be shared through it.',

  // ── The therapist’s digest (src/sharing/digest.ts) ──────────────────────────────────────
  'links.digest.day': '{weekday} {day} {month} {year}',
  'links.digest.heading': 'Shared by {name}',
  'links.digest.heading.oneDay': 'Shared by {name}, {count, plural, one {an entry} other {entries}} of {day}',
  'links.digest.heading.days': 'Shared by {name}, entries from {first} to {last}',
  'links.digest.kind.reflection': 'Reflection',
  'links.digest.kind.checklist': 'Pull-away checklist',
  'links.digest.kind.checklistFollowUp': 'What it might be protecting',
  'links.digest.kind.ruptureNote': 'Something about a session',
  'links.digest.checklist': 'Checklist',
  'links.digest.rupturePrompt': 'Something in a session didn’t feel right',
  'links.digest.noticed': 'Noticed: {items}',
  'links.digest.noticedNone': 'Noticed: none of them',
  'links.digest.onlyChosen': 'Only what your client chose to share is here.',
  'links.digest.onlyChosenNothingElse':
    'Only what your client chose to share is here; nothing about anything they did not share or answer.',
  'links.digest.picture': 'Checklist picture',
  // English has always said “entries” here, even for one (kept word for word); other languages agree in number.
  'links.digest.tooLong':
    '{count, plural, other {{count} entries, too long to show here in full: they are in the attached file, word for word.}}',

  // ── The digest’s chart (src/sharing/chart.ts) ───────────────────────────────────────────
  'links.chart.title': 'Checklist items ticked per week',
  'links.chart.axis': 'Times ticked',
  'links.chart.empty': 'No checklist answers in this period',
  'links.chart.date': '{day} {month}',
  'links.chart.dateWithYear': '{day} {month} {year}',
  'links.chart.caption.oneWeek': 'Week starting Monday {date}',
  'links.chart.caption.weeks': 'Weeks starting on Mondays, {first} to {last}',
  'links.chart.text.empty':
    'Bar chart of how many times each checklist item was ticked per week: no checklist answers in this period.',
  'links.chart.text.heading':
    'Bar chart of how many times each checklist item was ticked per week: {weeks, plural, one {{weeks} week, starting Monday {first}} other {{weeks} weeks, from the week of Monday {first} to the week of Monday {last}}}.',
  'links.chart.text.week': 'Week of {week}: {counts}',
  'links.chart.text.weekNoItems': 'Week of {week}: no checklist items.',
  'links.chart.text.count': '{n, plural, one {{n} time} other {{n} times}}: {label}',
} as const;

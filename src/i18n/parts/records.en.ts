/** English: A member’s own record, export, erasure, groups and community access (src/data-rights, src/groups, src/core). Gathered into `../en.ts`. */
export const recordsEn = {
  // ── Erasure (src/data-rights/delete.ts) ─────────────────────────────────────────────────
  'delete.offer.heading': 'Erase everything?',
  'delete.offer.what':
    'This removes your answers, checklist choices, prompt history, schedule, settings, links and consent history from Between, at once and for good. It cannot be undone. /between export first if you would like a copy.',
  'delete.offer.communities':
    'You have used Between in {count} communities here; this erases what it holds in all of them.',
  'delete.offer.shared':
    '{count, plural, one {# share is} other {# shares are}} still in a therapist’s direct messages. I can take {count, plural, one {it} other {them}} back first (deleting the digests and their files where the platform allows), or leave what they already received.',
  'delete.button.withdraw': 'Take my shares back, then erase',
  'delete.button.eraseLeave': 'Erase, leave what they received',
  'delete.button.erase': 'Erase everything',
  'delete.button.keep': 'Keep my data',
  'delete.done': 'Done. Everything Between held about you has been erased.',
  'delete.done.withdrawn':
    '{withdrawn, plural, one {# share was} other {# shares were}} taken back from your therapist’s messages first.',
  'delete.done.withdrawnSome':
    '{withdrawn, plural, one {# share was} other {# shares were}} taken back; {kept, plural, one {# one} other {# others}} could not be removed by the platform, so you may want to tell your therapist.',
  'delete.done.fresh': 'If you use Between again it starts fresh, storing nothing until you say so.',
  'delete.kept': 'Kept. Nothing was erased.',
  /** Replaces a share in the therapist’s DM: in the therapist’s language. */
  'delete.shareWithdrawn': 'This share was taken back by the client.',

  // ── Export (src/data-rights/export.ts) ──────────────────────────────────────────────────
  'export.offer.heading': 'Your export',
  'export.offer.body':
    'It is one file with everything Between holds about you, including what you wrote. {where} Nothing is sent unless you press the button.',
  /** “Slack's” with a plain apostrophe, as it always was (a ' before a letter is literal in ICU). */
  'export.offer.where.slack':
    "To reach you it is uploaded to Slack, into your direct messages with Between, and it passes through Slack's servers. Between deletes it from Slack {hours} hours after it arrives, so save it before then.",
  'export.offer.where.discord':
    'To reach you it is uploaded to Discord as a reply only you can see, and it passes through Discord’s servers. Discord removes it from view when you dismiss it or reload, so save it straight away.',
  'export.offer.button': 'Send me the file',
  'export.summary':
    'Here is everything Between holds about you: {answers, plural, one {# answer} other {# answers}}, {prompts, plural, one {# prompt} other {# prompts}} sent, your settings and consent history{communities, plural, =1 {} other {, from the # communities you used it in (a file each)}}.',
  'export.summary.slack':
    'Between deletes this message and the file from Slack in {hours} hours: save the file before then.',
  'export.onItsWay':
    'Your export is on its way to your direct messages with Between. Between deletes it from Slack {hours} hours after it arrives, so save it before then.',
  'export.removed': 'This export was removed. /between export sends a fresh one.',

  // ── History (src/data-rights/history.ts) ────────────────────────────────────────────────
  'history.none': 'Nothing has been recorded about you yet.',
  'history.list':
    'Your history ({count, plural, other {the last # records}}; what happened, never what you wrote):\n{lines}',
  'history.action.consent_granted': 'you chose to allow',
  'history.action.consent_withdrawn': 'you withdrew',
  'history.action.export': 'you exported your data',
  'history.action.safety_event': 'crisis lines were shown to you',
  'history.action.settings_changed': 'settings changed',
  'history.action.share': 'you shared entries',
  'history.action.share_revoked': 'you took a share back',
  'history.action.link_changed': 'a link with a therapist changed',
  'history.scope.store_answers': 'storing your answers',
  'history.scope.risk_alert_therapist': 'alerting your therapist',
  'history.linkStatus':
    '{status, select, invited {invited} active {active} declined {declined} ended {ended} other {{status}}}',

  // ── Groups (src/groups/groups.ts) ───────────────────────────────────────────────────────
  'group.help.members': '/between group (what your group sends), group join, group leave',
  'group.help.facilitators':
    'Facilitators: group session thu 18:00 · group schedule add after-session 12:00 · group schedule add before-session 19:00 checklist · group schedule remove 1 · group stats',
  'group.in': 'You are in the group: its prompts come to you at your own local times.',
  'group.notIn':
    'You are not in the group’s rhythm. /between group join brings its prompts to you; you can leave any time.',
  'group.session':
    'Group session: {day, select, 1 {mon} 2 {tue} 3 {wed} 4 {thu} 5 {fri} 6 {sat} 7 {sun} other {{day}}} at {time}',
  'group.noSession': 'No group session set.',
  'group.schedule': 'The group’s schedule:\n{lines}',
  'group.noSchedule': 'The group has no schedule yet.',
  'group.joined': 'Joined.',
  'group.left': 'You have left the group’s rhythm. Your own schedule is unchanged.',
  'group.saved': 'Saved.',
  'group.bad.remove': 'Say which one to remove, by its number in /between group.',
  'group.week': 'the week of {from} to {to}',
  'group.stats.tooFew':
    'Fewer than {min} members answered the group’s prompts in {week}, so no counts are shown: in a small group, counts could point to a person. Counts cover closed weeks only, never the week in progress.',
  'group.stats.answered': 'In {week}, {count} members answered the group’s prompts.',
  'group.stats.checklist':
    'Pull-away checklist (members who noticed each, among those who used it):\n{lines}',
  'group.stats.item': '• {label} {count} of {total}',
  'group.stats.checklistTooFew': 'The checklist counts need at least {min} members who used it.',
  'group.stats.countsOnly': 'Counts only: no names, no answers, and nothing about anyone who did not answer.',

  // ── Communities in direct messages (src/core/community.ts) ──────────────────────────────
  'community.dmOnly': 'Direct messages only',
  'community.server': 'Server {id}',
  'community.which': 'You use Between in more than one community. Which one is this message for?',
  'community.whichForDms': 'Which community are your direct messages with me for?',
  'community.remember':
    'I will remember your choice for direct messages; /between community changes it. Help, export and delete always cover every community.',
  'community.now': 'Now: {name}.',
  'community.onlyOne': 'You use Between in one community here, so direct messages are always for that one.',
  'community.notYours': 'That community is no longer one of yours. /between community shows them.',
  'community.chosen':
    'Done: direct messages with me are now for {name}. Please send your command again. /between community changes it.',

  // ── Who may do what (src/core/access.ts) ────────────────────────────────────────────────
  'access.refused.invite':
    'Only a therapist can invite a client to link, and not themself. Ask your practice admin if you should be one.',
  'access.refused.cap':
    'You can set how often Between reaches someone only for a client linked to you (therapists) or a member of a group you are in (facilitators).',
  'access.refused.group': 'Only a facilitator can change the group’s rhythm or see its counts.',
} as const;

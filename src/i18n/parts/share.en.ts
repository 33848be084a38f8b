/** English: Sharing entries with a therapist and private notes (src/sharing: share, as, note). Gathered into `../en.ts`. */
export const shareEn = {
  // ── The share picker (src/sharing/share.ts) ─────────────────────────────────────────────
  'share.gone': 'That share is no longer available. /between share starts a new one.',
  'share.notLinked':
    'You are not linked with a therapist yet. A therapist can invite you with /between invite @you.',
  'share.nothingToShare':
    'Everything you have stored has been shared already (or nothing is stored yet). Only answers you chose to store can be shared.',
  'share.entry.label': '{day} · {kind}: {about}',
  'share.entry.noticed': '{count, plural, other {# noticed}}',
  'share.kind.checklist': 'Checklist',
  'share.kind.checklistFollowUp': 'What it protects',
  'share.kind.ruptureNote': 'Note about a session',
  'share.kind.reflection': 'Reflection',
  'share.draft.heading': 'What would you like to share?',
  'share.draft.pick':
    '{recipient, select, chosen {Pick the entries to send to {name}.} choose {Pick the entries to send and whom to send them to.} other {Pick the entries to send.}} Nothing is picked for you, and nothing is sent until you press Send.',
  'share.draft.range': 'Entries {from} to {to}, newest first.',
  'share.draft.rangeFor': 'Entries {from} to {to}, newest first, that {name} does not have yet.',
  'share.draft.elsewhere': '{count, plural, one {# entry} other {# entries}} picked on other pages.',
  'share.button.newer': '← Newer entries',
  'share.button.older': 'Older entries →',
  'share.button.to': 'To {name}',
  'share.button.preview': 'Preview',
  'share.button.send': 'Send',
  'share.button.cancel': 'Cancel',
  'share.bad.empty': 'Pick at least one entry first; nothing is picked for you.',
  'share.bad.noRecipient': 'Choose whom to send it to first.',
  'share.preview.heading': 'Preview: exactly what {name} will see.',
  'share.preview.files': 'With it, as files: {files} (the same content as above).',
  'share.sent':
    '{count, plural, one {One entry is on its way} other {# entries are on their way}} to {name}.',
  'share.sent.more':
    '/between shared shows when it has arrived, and lets you take it back. If it cannot be delivered, I will tell you here.',
  'share.cancelled': 'Nothing was shared.',

  // ── `/between shared` and taking a share back ───────────────────────────────────────────
  'share.list.none': 'You have not shared anything. /between share lets you choose what to send.',
  'share.list.heading': 'What you have shared',
  'share.list.line': '• {count, plural, one {# entry} other {# entries}} to {name}: {state}',
  'share.state.queued': 'on its way, not delivered yet',
  'share.state.failed': 'not delivered: {reason}',
  'share.state.revoked': 'taken back {when}',
  'share.state.sent': 'delivered {when}',
  'share.button.takeBack': 'Take back the share of {when}',
  'share.withdrawn': 'Your client has taken this share back, so its contents were removed.',
  'share.revoke.already': 'That share has already been taken back, or never reached anyone.',
  'share.revoke.deleted':
    'Taken back: the digest and its files were deleted from your therapist’s DM, and the share is marked revoked. Anything they had already read or downloaded cannot be unread.',
  'share.revoke.replaced':
    'Taken back: the message in your therapist’s DM now says it was withdrawn, and the share is marked revoked. Anything they had already read or downloaded cannot be unread.',
  'share.revoke.kept':
    'Taken back and marked revoked. The platform did not let me remove the message itself; you may want to tell your therapist.',

  // ── `/between as` in the local demo (src/sharing/as.ts) ─────────────────────────────────
  'share.as.notShell': 'Roles are set by your practice admin; /between as only exists in the local demo.',
  'share.as.usage': 'Say /between as therapist or /between as client.',
  'share.as.therapist':
    'You are now the demo therapist ({id}). Invite the client with /between invite @local; /between as client switches back.',
  'share.as.client': 'You are the client ({id}) again.',

  // ── A note about a session (src/sharing/note.ts) ────────────────────────────────────────
  'share.note.title': 'A note about a session',
  'share.note.intro':
    'Sometimes a moment in a session sits a little wrong: something said, something missed, a pace that felt off. Naming it can make the work stronger. What would you like your therapist to understand? This stays private unless you choose to share it.',
  'share.note.keep': 'Keep it',
  'share.note.label': 'Your note',
  'share.note.placeholder': 'In your own words, at your own pace.',
  'share.note.notStored':
    'Thank you for putting this into words. I can only keep a note (and so let you share it) if you have chosen to store answers: /between optin explains what that means.',
  'share.note.kept':
    'Kept, just for you. When you are ready, /between share (or the button) sends it to your therapist before your next session.',
} as const;

/** English: The shell adapter’s own words: its banner, form hints and errors (adapters/shell). Gathered into `../en.ts`. */
export const shellEn = {
  'shell.banner': 'Between is running here in your terminal. Type /between help to begin, /quit to leave.',
  'shell.heading.scheduled': 'Between (scheduled)',
  'shell.heading.updated': 'Between (updated)',
  'shell.heading.dmTo': 'Between (a DM to {who})',
  'shell.withdrawn': '(a message to {who} was withdrawn)',
  'shell.saved': 'Saved {path} (readable by you only).',
  'shell.failed': 'Sorry, that line could not be handled. Please try again.',
  'shell.choose.letter': '(type a letter to choose)',
  'shell.choose.numbers':
    '(type the numbers of all that apply, e.g. "1 3", or "{none}"; each answer replaces the last)',
  /** The word that clears a checklist (typed alone on a line); `none` is understood in every language. */
  'shell.choose.none': 'none',
  'shell.choose.outOfRange': 'Please use numbers from 1 to {max}.',
  'shell.choose.noSuchLetter': 'There is no choice “{letter}” here.',
  'shell.form.field': '{label} (up to {max} characters on one line; /cancel to close without saving):',
  'shell.form.again': 'Type it again, or /cancel to close.',
  'shell.form.closed': 'Closed without saving.',
} as const;

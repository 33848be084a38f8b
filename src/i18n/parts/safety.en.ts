/**
 * English: the crisis card, the someone-you-know card, the crisis lines' wording and the "this wasn't about me" reply (src/safety). Gathered into `../en.ts`.
 *
 * The crisis lines' numbers are not here: each stays in `src/safety/crisis-lines.ts` beside the page
 * that states it, and is put into `{number}` (and, where a line has a second number, `{text}`,
 * `{whatsapp}` or `{also}`). A new language translates the wording and keeps every placeholder.
 */
export const safetyEn = {
  // ── The card (src/safety/resources.ts) ────────────────────────────────────────────────────────
  'safety.notCrisis': 'Between is not a crisis service and nobody reads your answers as you write them.',
  'safety.setRegion': 'Tip: /between settings region sets which numbers I show first.',
  'safety.self.heading':
    'Thank you for writing this down. It sounds like things may be very hard right now, and you deserve support straight away.',
  'safety.self.after': 'If you can, reach out to someone you trust, or your therapist, today.',
  'safety.other.heading':
    'It sounds like someone you care about may be in danger. You do not have to handle this on your own.',
  'safety.other.steps':
    'If they might act on it now, call the emergency number and stay with them if it is safe for you. Otherwise: ask them calmly and directly whether they are thinking about suicide, listen without judging, and help them reach a crisis line, or call it together.',
  'safety.other.after': 'These lines also support worried friends and family: you can call for yourself too.',
  'safety.notAboutMe.button': 'This wasn’t about me / I’m safe',

  // ── "This wasn't about me / I'm safe" pressed (src/safety/screen.ts) ─────────────────────────
  'safety.notAboutMe.reply':
    'Thank you for telling me. Nothing else happens: nobody is told, and all that is kept is a count with no name on it, which shows how often the screen speaks up when it need not. The numbers are always in /between help.',

  // ── How a region's lines are put into sentences: `{lines}` are one region's lines ──────────────
  /** A region's lines, when the member chose that region. */
  'safety.lines.here': '{lines}.',
  /** A region's lines, among the common ones shown when the member has not chosen a region. */
  'safety.lines.in': 'In {place}: {lines}.',
  /** Joins one more line (`{line}`, written to follow on: "or text SHOUT to …") to those before it. */
  'safety.lines.join': '{lines}; {line}',
  /** The emergency number, after the chosen region's crisis lines. */
  'safety.lines.emergency': 'In an emergency: {emergency}.',
  'safety.lines.elsewhere': 'Elsewhere, or in an emergency: call your local emergency number.',

  // ── Region names, as they follow "In …" (src/safety/crisis-lines.ts) ────────────────────────────
  'safety.region.us': 'the US',
  'safety.region.gb': 'the UK',
  'safety.region.ie': 'Ireland',
  'safety.region.es': 'Spain',
  'safety.region.mx': 'Mexico',
  'safety.region.ar': 'Argentina',
  'safety.region.co': 'Colombia',
  'safety.region.cl': 'Chile',
  'safety.region.ca': 'Canada',
  'safety.region.au': 'Australia',
  'safety.region.nz': 'New Zealand',

  // ── Crisis lines (src/safety/crisis-lines.ts): organisation names stay as they are ──────────────
  'safety.line.us988':
    'call or text {number} (988 Suicide & Crisis Lifeline), any time; for Spanish, press 2 or text AYUDA to {number}',
  'safety.line.samaritans': 'call Samaritans free on {number}, any time',
  'safety.line.shout': 'or text SHOUT to {number}',
  'safety.line.bogota106': 'in Bogotá, call {number} (Línea {number}, any time) or WhatsApp {whatsapp}',
  'safety.line.ca988': 'call or text {number} (Suicide Crisis Helpline), any time, in English or French',
  'safety.line.auLifeline': 'call Lifeline on {number}, or text {text}, any time',
  'safety.line.nz1737': 'call or text {number} (Need to talk?), any time',
  'safety.line.nzLifeline': 'or Lifeline Aotearoa on {number}',

  // ── Emergency numbers ───────────────────────────────────────────────────────────────────────────
  'safety.emergency.call': 'call {number}',
  /** A country with two emergency numbers (Ireland: 112 and 999). */
  'safety.emergency.callEither': 'call {number} or {also}',
} as const;

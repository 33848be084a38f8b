/**
 * Deterministic risk-language detection for free text. It errs towards caution: a false alarm
 * costs a kind message with phone numbers; a miss could cost far more. It never decides
 * anything else and never generates advice.
 */

export interface RiskMatch {
  /** Which rule matched (for the audit log; never the text itself). */
  readonly rule: string;
}

const RULES: readonly { readonly rule: string; readonly pattern: RegExp }[] = [
  { rule: 'suicide', pattern: /\bsuicid(e|al)\b/ },
  { rule: 'kill-self', pattern: /\bkill(ing|ed)? (myself|me ?self)\b/ },
  { rule: 'end-life', pattern: /\b(end|ending|take|taking) (my|my own) life\b/ },
  { rule: 'end-it', pattern: /\b(end|ending|finish) it all\b|\bend things for good\b/ },
  { rule: 'want-die', pattern: /\b(want|wanna|wanted|wish|wishing|ready) (to )?(die|be dead)\b/ },
  { rule: 'wish-dead', pattern: /\bwish (i|i'd) (was|were|had) (dead|never been born)\b/ },
  { rule: 'better-off', pattern: /\b(better off|be better) (dead|without me)\b/ },
  {
    rule: 'not-be-here',
    pattern:
      /\b(don't|do not|dont|no longer) want to (be here|be alive|live|exist|wake up|be around)( any ?more)?\b/,
  },
  { rule: 'not-wake-up', pattern: /\b(hope|wish|want) (i|to) (don't|do not|never|not) wake up\b/ },
  {
    rule: 'no-reason',
    pattern: /\bno (reason|point) (to|in) (live|living|go on|going on|being alive|be alive)\b/,
  },
  {
    rule: 'cant-go-on',
    pattern: /\b(can't|cannot|cant) (go on|keep going|do this anymore|take it anymore)\b/,
  },
  { rule: 'self-harm', pattern: /\bself[- ]?harm(ing)?\b/ },
  {
    rule: 'hurt-self',
    pattern: /\b(hurt|harm|cut|cutting|burn|burning|hurting|harming) (myself|me ?self)\b/,
  },
  { rule: 'overdose', pattern: /\b(overdose|overdosing|od on)\b/ },
  { rule: 'disappear', pattern: /\b(disappear|vanish) (forever|for good|permanently)\b/ },
  {
    rule: 'plan',
    pattern: /\b(said|say|write|writing|wrote) (my )?goodbyes?\b.*\b(everyone|for good|last)\b/,
  },
];

/** Lowercases and folds curly quotes and spacing so the rules see one form of the text. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\bim\b/g, "i'm")
    .replace(/\s+/g, ' ');
}

export function detectRisk(text: string): RiskMatch | undefined {
  const normal = normalise(text);
  for (const { rule, pattern } of RULES) {
    if (pattern.test(normal)) return { rule };
  }
  return undefined;
}

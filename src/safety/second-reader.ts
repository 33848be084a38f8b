import { normalise } from './normalise';
import type { RiskLanguage } from './rule';

/**
 * The second reader: a naive Bayes model over words and word pairs, trained on the tuning part of
 * the labelled corpus (`npm run safety:train`, which writes `reader-<language>.json`). The rules
 * come first; the reader is asked only when no rule matched, and catches warning signs said in
 * words no rule spells out ("the tide is coming for me", "I'd like to make it official").
 *
 * It is deterministic (fixed weights, no network, no generated text) and explainable: `explain`
 * lists the words that weighed most for a message (for the evaluation tooling only; the logs get
 * the rule id `<language>.second-reader`, never words). Its threshold is chosen by the trainer
 * with cross-validation on the tuning part only, so that it adds almost no false alarms.
 */
export interface ReaderModel {
  readonly language: RiskLanguage;
  /** Log prior odds of risk. */
  readonly prior: number;
  /** A message is flagged when its score exceeds this. */
  readonly threshold: number;
  /** Log-likelihood ratio (risk vs not) of each word and word pair. */
  readonly weights: Readonly<Record<string, number>>;
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  "don't",
  "didn't",
  "doesn't",
  "won't",
  "wouldn't",
  "can't",
  "isn't",
  "wasn't",
  'nunca',
  'jamas',
]);

/**
 * The words a message is read as: normalised, with words after a negator marked `!` up to the
 * end of the clause ("i don't want to die" reads as "i don't !want !to !die"), and pairs of
 * neighbouring words.
 */
export function features(text: string): Set<string> {
  const found = new Set<string>();
  for (const clause of normalise(text).split(/[.,!?;:]+/)) {
    let negated = false;
    let previous: string | undefined;
    for (const raw of clause.replace(/[^a-z' ]/g, ' ').split(/\s+/)) {
      if (!raw) continue;
      const word = negated ? `!${raw}` : raw;
      found.add(word);
      if (previous) found.add(`${previous} ${word}`);
      previous = word;
      if (NEGATORS.has(raw)) negated = true;
    }
  }
  return found;
}

export function score(model: ReaderModel, text: string): number {
  let total = model.prior;
  for (const feature of features(text)) total += model.weights[feature] ?? 0;
  return total;
}

export function reads(model: ReaderModel, text: string): boolean {
  return score(model, text) > model.threshold;
}

/** The words that weighed most towards risk, for the evaluation tooling (never for logs). */
export function explain(model: ReaderModel, text: string, top = 5): string[] {
  return [...features(text)]
    .map((f) => [f, model.weights[f] ?? 0] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([f, w]) => `${f} (${w.toFixed(1)})`);
}

/** Trains on labelled messages (positive: risk of any kind). Features seen fewer than twice are dropped. */
export function train(
  language: RiskLanguage,
  items: readonly { text: string; risk: boolean }[],
  threshold = 0,
): ReaderModel {
  const counts = { risk: new Map<string, number>(), calm: new Map<string, number>() };
  let risky = 0;
  let calm = 0;
  for (const item of items) {
    const into = item.risk ? counts.risk : counts.calm;
    if (item.risk) risky += 1;
    else calm += 1;
    for (const f of features(item.text)) into.set(f, (into.get(f) ?? 0) + 1);
  }
  const weights: Record<string, number> = {};
  for (const f of new Set([...counts.risk.keys(), ...counts.calm.keys()])) {
    const r = counts.risk.get(f) ?? 0;
    const c = counts.calm.get(f) ?? 0;
    if (r + c < 2) continue;
    weights[f] = Number((Math.log((r + 1) / (risky + 2)) - Math.log((c + 1) / (calm + 2))).toFixed(3));
  }
  return { language, prior: Number(Math.log(risky / calm).toFixed(3)), threshold, weights };
}

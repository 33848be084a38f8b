import { newStemmer } from 'snowball-stemmers';
import { normalise } from './normalise';
import type { RiskLanguage } from './rule';

/**
 * The second reader: a logistic regression over words and word pairs, trained on the tuning part of
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
  /** The log odds of risk for a message with none of the known features. */
  readonly bias: number;
  /** A message is flagged when its score exceeds this. */
  readonly threshold: number;
  /** What each word and word pair adds to the log odds of risk. */
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
  "shouldn't",
  "couldn't",
  "aren't",
  "haven't",
  'cannot',
  // The same without the apostrophe, as most people type them in a chat (chosen by the
  // leave-one-batch-out test: English indirect 81.7 -> 82.3 %, third-party 87.3 -> 88.2 % at 1.5 %).
  'dont',
  'didnt',
  'doesnt',
  'wont',
  'wouldnt',
  'cant',
  'isnt',
  'wasnt',
  'shouldnt',
  'couldnt',
  'arent',
  'havent',
  'nunca',
  'jamas',
]);

/**
 * Snowball's stemmers (the published algorithms, ported to JavaScript): "giving" and "gives" share
 * `give`, "regalando" and "regalé" share `regal`, so a sign said in another form of a word the
 * reader has seen still counts.
 */
const STEMMERS: Record<RiskLanguage, { stem(word: string): string }> = {
  en: newStemmer('english'),
  es: newStemmer('spanish'),
};

/**
 * The words a message is read as: normalised, with words after a negator marked `!` up to the
 * end of the clause ("i don't want to die" reads as "i don't !want !to !die"), pairs of
 * neighbouring words, and the same again as the language's stems (marked `~`), chosen by a
 * leave-one-batch-out test on the tuning part (`npm run safety:reader-cv`; SAFETY.md has the figures),
 * and stems one word apart (`~give _ ~away` in "give them away", "gives it away"; English since
 * batch 22, Spanish since batch 26, once stronger shrinkage made them help there too).
 */
export function features(text: string, language: RiskLanguage): Set<string> {
  const found = new Set<string>();
  for (const clause of normalise(text).split(/[.,!?;:]+/)) {
    let negated = false;
    let previous: string | undefined;
    let previousStem: string | undefined;
    let stemBefore: string | undefined;
    for (const raw of clause.replace(/[^a-z' ]/g, ' ').split(/\s+/)) {
      if (!raw) continue;
      const mark = negated ? '!' : '';
      const word = `${mark}${raw}`;
      found.add(word);
      if (previous) found.add(`${previous} ${word}`);
      previous = word;
      const stem = `~${mark}${STEMMERS[language].stem(raw.replace(/'/g, ''))}`;
      found.add(stem);
      if (previousStem) found.add(`${previousStem} ${stem}`);
      if (stemBefore) found.add(`${stemBefore} _ ${stem}`);
      stemBefore = previousStem;
      previousStem = stem;
      if (NEGATORS.has(raw)) negated = true;
    }
  }
  return found;
}

export function score(model: ReaderModel, text: string): number {
  let total = model.bias;
  for (const feature of features(text, model.language)) total += model.weights[feature] ?? 0;
  return total;
}

export function reads(model: ReaderModel, text: string): boolean {
  return score(model, text) > model.threshold;
}

/** The words that weighed most towards risk, for the evaluation tooling (never for logs). */
export function explain(model: ReaderModel, text: string, top = 5): string[] {
  return [...features(text, model.language)]
    .map((f) => [f, model.weights[f] ?? 0] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([f, w]) => `${f} (${w.toFixed(1)})`);
}

/**
 * Trains on labelled messages (positive: risk of any kind). Logistic regression rather than naive
 * Bayes: the look-alikes in the corpus share most of their words with risk ("die", "gone", "end"),
 * and naive Bayes counts each such word as independent evidence, where a regression learns what a
 * word adds given the others (measured by cross-validation on the tuning part: at the same false
 * alarms it caught 8 of the 22 English and 10 of the 32 Spanish risk messages no rule matched,
 * against 1 and 0). Plain stochastic gradient descent with L2 shrinkage, in a fixed order, so
 * that training twice gives the same weights. Features seen fewer than twice are dropped.
 */
export function train(
  language: RiskLanguage,
  items: readonly { text: string; risk: boolean }[],
  threshold = 0,
): ReaderModel {
  const EPOCHS = 60;
  const RATE = 0.2;
  // Chosen by the leave-one-batch-out test (`npm run safety:reader-cv`) on 2026-12-05, from 0.003 to
  // 0.5: 0.12 read best in both languages together (SAFETY.md has the figures).
  const SHRINK = 0.12;
  const seen = new Map<string, number>();
  const read = items.map((item) => {
    const found = [...features(item.text, language)];
    for (const f of found) seen.set(f, (seen.get(f) ?? 0) + 1);
    return { found, y: item.risk ? 1 : 0 };
  });
  const docs = read.map((d) => ({ ...d, found: d.found.filter((f) => (seen.get(f) ?? 0) >= 2) }));
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = RATE / (1 + epoch / 10);
    for (let k = 0; k < docs.length; k++) {
      // A fixed stride through the messages: every one once per epoch, in a different order each time.
      const doc = docs[(k * 7919 + epoch * 31) % docs.length];
      if (!doc) continue;
      let z = bias;
      for (const f of doc.found) z += weights.get(f) ?? 0;
      const error = 1 / (1 + Math.exp(-z)) - doc.y;
      bias -= rate * error;
      for (const f of doc.found) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - rate * (error + SHRINK * w));
      }
    }
  }
  const rounded: Record<string, number> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Math.abs(w) >= 0.001) rounded[f] = Number(w.toFixed(3));
  }
  return { language, bias: Number(bias.toFixed(3)), threshold, weights: rounded };
}

import { writeFileSync } from 'node:fs';
import { screenAll } from '../../src/safety/detect';
import type { RiskLanguage } from '../../src/safety/rule';
import { type ReaderModel, score, train } from '../../src/safety/second-reader';
import { type CorpusItem, isRisk, loadCorpus } from './corpus';

/**
 * `npm run safety:train`: trains the second reader of each language on the TUNING part of the
 * corpus only (the held-out part is never read here) and picks its threshold by 5-fold
 * cross-validation on that part: the lowest score at which the reader, asked only where no rule
 * matched, adds false alarms on at most 1.5 % of the look-alike and neutral answers: the smallest
 * allowance (of 1.5, 2 and 2.5 %) at which the tuning part met every target (2 % until batch 14; see SAFETY.md).
 */
const FOLDS = 5;

export const readerPath = (language: RiskLanguage) =>
  new URL(`../../src/safety/reader-${language}.json`, import.meta.url);

export function trainReader(language: RiskLanguage): ReaderModel {
  const items = loadCorpus().filter((i) => i.language === language && i.part === 'tune');
  const scored: { item: CorpusItem; score: number; rule: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(
      language,
      items.filter((_, i) => i % FOLDS !== fold).map((i) => ({ text: i.text, risk: isRisk(i) })),
    );
    for (const item of items.filter((_, i) => i % FOLDS === fold)) {
      // The rules' verdict alone (the stored reader is not asked): the reader stored from the last
      // training must not shape the next one.
      scored.push({ item, score: score(model, item.text), rule: screenAll(item.text).length > 0 });
    }
  }
  const calm = scored.filter((s) => !isRisk(s.item));
  // The score of the calm message no rule flagged at the allowance's edge: above it, the reader would
  // add more false alarms than 1.5 % of all calm messages.
  const quiet = calm
    .filter((s) => !s.rule)
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const threshold = Number((quiet[Math.floor(0.015 * calm.length)] ?? 0).toFixed(3));
  return train(
    language,
    items.map((i) => ({ text: i.text, risk: isRisk(i) })),
    threshold,
  );
}

if (process.argv[1]?.endsWith('train-reader.ts')) {
  for (const language of ['en', 'es'] as const) {
    const model = trainReader(language);
    writeFileSync(readerPath(language), `${JSON.stringify(model, null, 2)}\n`);
    console.log(`${language}: ${Object.keys(model.weights).length} features, threshold ${model.threshold}`);
  }
}

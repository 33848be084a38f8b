import { score, train } from '../../src/safety/second-reader';
import { type CorpusItem, isRisk, loadCorpus } from './corpus';

/**
 * `npm run safety:reader-cv`: how well the second reader reads a writer it has never seen. Each
 * tuning batch (one file, one writer) is read by a reader trained on all the other tuning batches,
 * the reader alone (no rules); the share of risk messages it flags is printed per category at the
 * thresholds where it flags 1.5, 5 and 10 % of the calm ones (look-alikes and neutral answers).
 * The held-out part is never read. This is how the reader's features and shrinkage were chosen
 * (SAFETY.md); about three minutes.
 */
const corpus = loadCorpus().filter((i) => i.part === 'tune');

for (const language of ['en', 'es'] as const) {
  const items = corpus.filter((i) => i.language === language);
  const scored: { item: CorpusItem; score: number }[] = [];
  for (const file of new Set(items.map((i) => i.file))) {
    const model = train(
      language,
      items.filter((i) => i.file !== file).map((i) => ({ text: i.text, risk: isRisk(i) })),
    );
    for (const item of items.filter((i) => i.file === file))
      scored.push({ item, score: score(model, item.text) });
  }
  const calm = scored
    .filter((s) => !isRisk(s.item))
    .map((s) => s.score)
    .sort((a, b) => b - a);
  const parts = [0.015, 0.05, 0.1].map((allowance) => {
    const threshold = calm[Math.floor(allowance * calm.length)] ?? 0;
    const shown = (label: string) => {
      const of = scored.filter((s) => s.item.label === label);
      return ((100 * of.filter((s) => s.score > threshold).length) / of.length).toFixed(1);
    };
    return `at ${allowance * 100} %: explicit ${shown('explicit')}, indirect ${shown('indirect')}, third-party ${shown('third-party')}`;
  });
  console.log(`${language}  ${parts.join(' | ')}`);
}

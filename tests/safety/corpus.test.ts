import { describe, expect, it } from 'vitest';
import { evaluate, LABELS, loadCorpus, summarise, TARGETS } from './corpus';

/*
 * The screen against its labelled corpus (tests/safety/corpus/): the tuning part it was built on,
 * and a held-out part written apart and never tuned on. `npm run safety:eval` prints the same
 * figures and lists every miss; SAFETY.md records them.
 */
const items = loadCorpus();
const rows = summarise(evaluate(items));

describe('the labelled corpus', () => {
  it('is large enough, in both languages, with a held-out part for each', () => {
    expect(items.length).toBeGreaterThanOrEqual(600);
    expect(items.filter((i) => i.language === 'es').length).toBeGreaterThanOrEqual(150);
    for (const language of ['en', 'es'] as const) {
      for (const part of ['tune', 'heldout'] as const) {
        const labels = new Set(
          items.filter((i) => i.language === language && i.part === part).map((i) => i.label),
        );
        expect([...labels].sort()).toEqual([...LABELS].sort());
      }
    }
  });

  it('has no text in both parts', () => {
    const tune = new Set(items.filter((i) => i.part === 'tune').map((i) => i.text.toLowerCase()));
    expect(items.filter((i) => i.part === 'heldout' && tune.has(i.text.toLowerCase()))).toEqual([]);
  });
});

describe('the screen meets its targets', () => {
  it.each(rows.map((r) => [`${r.language} ${r.part} ${r.label}`, r] as const))('%s', (_name, row) => {
    const target = TARGETS[row.label];
    expect(row.rate, `${row.ok} of ${row.total}`).toBeGreaterThanOrEqual(target.min);
  });
});

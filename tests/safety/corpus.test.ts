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

describe('the screen on the tuning part meets every target', () => {
  it.each(rows.filter((r) => r.part === 'tune').map((r) => [`${r.language} ${r.label}`, r] as const))(
    '%s',
    (_name, row) => {
      expect(row.rate, `${row.ok} of ${row.total}`).toBeGreaterThanOrEqual(TARGETS[row.label].min);
    },
  );
});

/*
 * The held-out part was written apart and is never tuned on, so it measures how the screen
 * generalises. It does not meet every target yet (SAFETY.md has the figures and the gap); these
 * floors are the rates last measured, file by file (so that a gain in one batch cannot hide a loss in
 * another), so that no change makes the screen worse on it unnoticed. Raise them when the screen
 * improves; never lower them to make a change pass. A few times a floor went down by one item, in
 * the commit that says so in SAFETY.md (batch 10: one indirect message in each language; batch 11 and
 * 13: one English explicit statement the retrained reader no longer caught; batch 14: the readers'
 * allowance; batch 15: one Spanish indirect sign after retraining; batch 16: one English indirect sign
 * and one Spanish look-alike of the third part, after new rules and retraining; batch 17: one Spanish
 * indirect sign, after the reader learned stems; batch 19: one Spanish look-alike of the fourth
 * part, which the retrained Spanish reader flags; batch 20: six risk messages of the second and third
 * parts that the retrained readers no longer read, where the new rules with the old readers kept the
 * same totals; batch 21: one indirect sign in each language of the
 * fourth part, again the retrained readers', which gained four elsewhere; batch 22: one Spanish
 * explicit statement of the fourth part and one Spanish look-alike of the third, the retrained Spanish
 * reader's, which gained three Spanish risk messages elsewhere; batch 23: an English third-party
 * message of the second part, a Spanish one of the third and two English indirect signs of the fourth,
 * the retrained readers', with the new rules and the old readers moving nothing; batch 24: an English
 * indirect sign and a Spanish look-alike of the third part, again the retrained readers', which
 * gained three elsewhere; batch 26, with Spanish stems one word apart: an English look-alike and an
 * English neutral answer of the fourth part, a Spanish indirect sign of the fourth and two Spanish
 * explicit statements and an indirect sign of the fifth, the retrained readers', which gained three
 * English risk messages): the change was decided on the
 * tuning part, and undoing it by watching these would have been tuning on them. `*-heldout-b2.yaml`
 * was written blind on 2026-12-02 and read once, before any change, for these floors; `*-heldout-b3.yaml`
 * (the fourth part) on 2026-12-04, after batch 17, the same way; `*-heldout-b4.yaml` (the fifth part) on
 * 2026-12-05, after batch 25 and the stronger-shrinkage readers, the same way.
 */
const HELD_OUT_FLOORS: Record<string, number> = {
  'en-heldout explicit': 1,
  'en-heldout indirect': 0.971,
  'en-heldout third-party': 0.966,
  'en-heldout benign': 0.945,
  'en-heldout neutral': 1,
  'es-heldout explicit': 1,
  'es-heldout indirect': 1,
  'es-heldout third-party': 1,
  'es-heldout benign': 0.909,
  'es-heldout neutral': 1,
  'en-heldout-b2 explicit': 0.965,
  'en-heldout-b2 indirect': 0.866,
  'en-heldout-b2 third-party': 0.937,
  'en-heldout-b2 benign': 0.927,
  'en-heldout-b2 neutral': 1,
  'es-heldout-b2 explicit': 0.95,
  'es-heldout-b2 indirect': 1,
  'es-heldout-b2 third-party': 1,
  'es-heldout-b2 benign': 0.951,
  'es-heldout-b2 neutral': 1,
  'en-heldout-b3 explicit': 1,
  'en-heldout-b3 indirect': 0.972,
  'en-heldout-b3 third-party': 1,
  'en-heldout-b3 benign': 0.9,
  'en-heldout-b3 neutral': 0.933,
  'es-heldout-b3 explicit': 0.963,
  'es-heldout-b3 indirect': 0.95,
  'es-heldout-b3 third-party': 0.95,
  'es-heldout-b3 benign': 0.842,
  'es-heldout-b3 neutral': 1,
  'en-heldout-b4 explicit': 1,
  'en-heldout-b4 indirect': 0.975,
  'en-heldout-b4 third-party': 0.95,
  'en-heldout-b4 benign': 0.942,
  'en-heldout-b4 neutral': 0.933,
  'es-heldout-b4 explicit': 0.963,
  'es-heldout-b4 indirect': 0.975,
  'es-heldout-b4 third-party': 0.95,
  'es-heldout-b4 benign': 0.9,
  'es-heldout-b4 neutral': 1,
};
const heldOutFiles = [...new Set(items.filter((i) => i.part === 'heldout').map((i) => i.file))];

describe('the screen on each held-out file keeps at least its last measured rates', () => {
  it.each(
    heldOutFiles.flatMap((file) =>
      summarise(evaluate(items.filter((i) => i.file === file))).map(
        (r) => [`${file.replace('.yaml', '')} ${r.label}`, r] as const,
      ),
    ),
  )('%s', (name, row) => {
    expect(row.rate, `${row.ok} of ${row.total}`).toBeGreaterThanOrEqual(HELD_OUT_FLOORS[name] ?? 1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { explain, features, type ReaderModel, reads, train } from '../../src/safety/second-reader';
import { buildConfusables, readConfusables } from './confusables';
import { loadCorpus } from './corpus';
import { readerPath, trainReader } from './train-reader';

const model = (language: 'en' | 'es') =>
  JSON.parse(readFileSync(readerPath(language), 'utf8')) as ReaderModel;

describe('the second reader', () => {
  it('reads negated words apart, up to the end of the clause', () => {
    expect([...features("I don't want to die, I want a change", 'en')]).toEqual(
      expect.arrayContaining(["don't", '!want', '!die', 'want', 'change', "don't !want"]),
    );
  });

  it('reads the stems of the words too, so that another form of a word it has seen still counts', () => {
    const shared = (a: Set<string>, b: Set<string>) => [...a].filter((f) => f.startsWith('~') && b.has(f));
    expect(
      shared(features('I gave away my things', 'en'), features('giving away all my thing', 'en')),
    ).toEqual(expect.arrayContaining(['~away', '~thing', '~my ~thing']));
    expect(
      shared(features('estoy regalando mis cosas', 'es'), features('regalé todas mis cosas', 'es')),
    ).toEqual(expect.arrayContaining(['~regal', '~cos', '~mis ~cos']));
    expect(features("I don't want this", 'en')).toContain('~!want');
  });

  it('is deterministic: training twice gives the same model', () => {
    const items = [
      { text: 'nobody would notice if I was gone', risk: true },
      { text: 'I asked for help at work', risk: false },
      { text: 'nobody would notice, honestly', risk: true },
      { text: 'I asked my sister for help', risk: false },
    ];
    expect(train('en', items)).toEqual(train('en', items));
  });

  it('catches warning signs no rule spells out, and explains which words weighed', () => {
    const caught = loadCorpus().filter(
      (i) => i.language === 'en' && i.label === 'indirect' && detectRisk(i.text)?.rule === 'en.second-reader',
    );
    expect(caught.length).toBeGreaterThan(0);
    const text = caught[0]?.text ?? '';
    expect(reads(model('en'), text)).toBe(true);
    expect(explain(model('en'), text).length).toBeGreaterThan(0);
  });

  it('stays quiet on an ordinary reflection', () => {
    expect(
      detectRisk('I noticed I went quiet when my partner asked how I was, then we talked it through'),
    ).toBeUndefined();
  });
});

describe('generated files are in step with their sources', () => {
  it.each(['en', 'es'] as const)(
    'reader-%s.json matches the corpus and rules (npm run safety:train)',
    (language) => {
      expect(model(language)).toEqual(trainReader(language));
    },
    // Training reads every tuning message six times over (40-100 s per language on a busy 2-core
    // machine since batch 22's English stems one word apart; 286 s once beside two other test
    // runs): a bound against a hang, not a speed assertion.
    400_000,
  );

  // 14 s alone, 35 s beside other work on 2 cores: a bound against a hang, not a speed assertion.
  it('confusables.json matches the key terms and dictionaries (npm run safety:confusables)', () => {
    expect(readConfusables()).toEqual(buildConfusables());
  }, 120_000);
});

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import distance from 'damerau-levenshtein';
import { KEY_TERMS } from '../../src/safety/lexicon';

/**
 * Builds `src/safety/confusables.json`: the real English and Spanish words (from the
 * an-array-of-*-words dictionaries, Spanish verbs with their attached pronouns added) that sit one
 * or two slips from a key term, so that the normaliser never "corrects" a real word into a risk
 * word (`will` → `kill`, `matarte` → `matarme`). Run `npm run safety:confusables` after changing
 * the key terms; a test fails while the file is out of step.
 */
export const CONFUSABLES_PATH = new URL('../../src/safety/confusables.json', import.meta.url);

const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');

const PRONOUNS = ['me', 'te', 'se', 'lo', 'la', 'le', 'nos', 'los', 'las', 'les'];

/** Spanish verbs take pronouns at the end (matarte, cortarse, matandome, matame), and dictionaries list none of these. */
function withPronouns(word: string): string[] {
  const m = /^(.+)(ar|er|ir)$/.exec(word);
  if (!m) return [word];
  const [, stem = '', ending = ''] = m;
  const gerund = ending === 'ar' ? `${stem}ando` : `${stem}iendo`;
  const imperative = ending === 'ar' ? `${stem}a` : `${stem}e`;
  return [word, ...[word, gerund, imperative].flatMap((base) => PRONOUNS.map((p) => base + p))];
}

export function buildConfusables(): string[] {
  const require = createRequire(import.meta.url);
  const english = require('an-array-of-english-words') as string[];
  const spanish = require('an-array-of-spanish-words') as string[];
  const keys = new Set(KEY_TERMS);
  const buckets = new Map<string, Set<string>>();
  const add = (word: string) => {
    const first = word[0];
    if (!first || keys.has(word) || !/^[a-z]+$/.test(word)) return;
    let bucket = buckets.get(first);
    if (!bucket) {
      bucket = new Set();
      buckets.set(first, bucket);
    }
    bucket.add(word);
  };
  for (const word of english) add(fold(word));
  for (const word of spanish) for (const form of withPronouns(fold(word))) add(form);
  const near = new Set<string>();
  for (const key of KEY_TERMS) {
    const firsts = new Set([key[0] ?? '', key[1] ?? '']);
    for (const first of firsts) {
      for (const word of buckets.get(first) ?? []) {
        const allowed = word.length >= 8 ? 2 : word.length >= 3 ? 1 : 0;
        if (Math.abs(word.length - key.length) > allowed) continue;
        if (distance(word, key).steps <= allowed) near.add(word);
      }
    }
  }
  return [...near].sort();
}

export function readConfusables(): string[] {
  return (JSON.parse(readFileSync(CONFUSABLES_PATH, 'utf8')) as { words: string[] }).words;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const words = buildConfusables();
  writeFileSync(CONFUSABLES_PATH, `${JSON.stringify({ words }, null, 0)}\n`);
  console.log(`wrote ${words.length} words to src/safety/confusables.json`);
}

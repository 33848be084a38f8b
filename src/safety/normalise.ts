import distance from 'damerau-levenshtein';
import confusables from './confusables.json' with { type: 'json' };
import { KEY_TERMS, KNOWN_SLIPS, LEET } from './lexicon';

const KEYS = new Set(KEY_TERMS);
const REAL_WORDS = new Set<string>(confusables.words);

/**
 * Folds a message into the one spelling the rules are written for: lower case, no accents, one
 * straight apostrophe, single spaces, and each word read the way a person reading it would:
 * `KILL` and `kiiill` as `kill`, `k1ll` and `su1c1d3` as `kill` and `suicide`, `wnat` and `sucide`
 * as `want` and `suicide`, `s u i c i d e` as `suicide`, `dont` as `don't`. Sentence punctuation
 * stays, so that the rules can read sentence by sentence.
 */
export function normalise(input: string): string {
  const folded = input
    // Emoji that name a means read as the word ("💊💊 x 40 saved up").
    .replace(
      /\p{Extended_Pictographic}\uFE0F?/gu,
      (emoji) => EMOJI_WORDS[emoji.replace('\uFE0F', '')] ?? emoji,
    )
    // Before NFKC, which would turn ´ into a space and a combining accent.
    .replace(/[\u2018\u2019\u201b\u2032\u02bc`´]/g, "'")
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u00ad|\u200c|\u200d|\u2060|\ufeff/g, '')
    .replace(/\u200b/g, ' ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
  // In a message written in leetspeak, bare numbers are letters or words too ("1 w4n7 70 d13").
  const leet = (folded.match(/\b(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,}\b/g) ?? []).length >= 2;
  return joinSpelledOut(folded)
    .replace(/[a-z0-9@$!|*']+/g, (token) => (leet && LEET_WORDS[token]) || readWord(token))
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A spoken filler set off by commas breaks a phrase without changing it: "i want it all to, like,
 * end" reads as "i want it all to end", "quiero, o sea, morirme" as "quiero morirme".
 */
const FILLER =
  /,\s*(?:like|you know|i mean|idk|um+|uh+|erm|well|tipo|o sea|como que|este|pues|bueno)\s*,\s*/g;

/** Bare numbers as words, read only in a message that is written in leetspeak. */
const LEET_WORDS: Readonly<Record<string, string>> = {
  '1': 'i',
  '2': 'to',
  '70': 'to',
  '4': 'for',
  '2day': 'today',
};

/** Emoji that stand for a means of harm, read as their word (in English; the Spanish rules know them too). */
const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '💊': ' pills ',
  '🔪': ' knife ',
  '🪢': ' rope ',
  '🔫': ' gun ',
  '🩸': ' blood ',
};

/** `s u i c i d e`, `k.m.s` and `s-u-i-c-i-d-e`: three or more single letters in a row are one word. */
function joinSpelledOut(text: string): string {
  return text.replace(/\b[a-z](?:[ .\-_*][a-z]\b){2,}/g, (run) => run.replace(/[ .\-_*]/g, ''));
}

const CONTRACTIONS: Readonly<Record<string, string>> = {
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  dont: "don't",
  cant: "can't",
  wont: "won't",
  didnt: "didn't",
  doesnt: "doesn't",
  isnt: "isn't",
  wasnt: "wasn't",
  werent: "weren't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  arent: "aren't",
  aint: "ain't",
  thats: "that's",
  theres: "there's",
  whats: "what's",
  theyve: "they've",
  theyd: "they'd",
  theyll: "they'll",
  theyre: "they're",
  hes: "he's",
  shes: "she's",
  hed: "he'd",
  youre: "you're",
  youve: "you've",
  itll: "it'll",

  wanna: 'want to',
  gonna: 'going to',
  gotta: 'got to',
  u: 'you',
  ur: 'your',
  b: 'be',
  r: 'are',
  rn: 'right now',
  cuz: 'because',
  bc: 'because',
  idc: "i don't care",
  idk: "i don't know",
  dnt: "don't",
  q: 'que',
  xq: 'porque',
  pq: 'porque',
  tb: 'tambien',
  tmb: 'tambien',
  nd: 'nada',
};

function readWord(raw: string): string {
  // Sentence marks around a word are kept; only the word itself is read.
  const match = /^([!|.*']*)(.*?)([!.*']*)$/.exec(raw);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  if (core === '') return raw;
  return `${lead.replace(/[^!.']/g, '')}${fixWord(core)}${trail.replace(/[^!.']/g, '')}`;
}

/** One word, as a careful reader would take it. */
export function fixWord(word: string): string {
  // A clitic ("tonight's", "everyone'll") stays; only the word before it is read.
  const clitic = /^([a-z0-9@$!|*]{2,})('(?:s|ll|re|ve|d))$/.exec(word);
  if (clitic?.[1] && clitic[2] && !CONTRACTIONS[word.replace("'", '')])
    return `${fixWord(clitic[1])}${clitic[2]}`;
  let w = word;
  const masked = w.includes('*');
  w = w.replace(/\*/g, '');
  if (
    /[a-z]/.test(w) &&
    /[0-9@$!|]/.test(w) &&
    !/^\d+(st|nd|rd|th|am|pm|h|hrs?|min|mins|x|k|s|yo|kg|km|mg)$/.test(w)
  ) {
    w = w.replace(/[0-9@$!|]/g, (c) => LEET[c] ?? c);
  }
  const contraction = CONTRACTIONS[w];
  if (contraction) return contraction;
  if (KEYS.has(w)) return w;
  // Shouting with repeated letters: "dieeee", "killlll", "nooooo".
  const squeezed = w.replace(/([a-z])\1{2,}/g, '$1');
  if (KEYS.has(squeezed)) return squeezed;
  const slip = KNOWN_SLIPS[squeezed] ?? KNOWN_SLIPS[w];
  if (slip) return slip;
  if (REAL_WORDS.has(squeezed) && !masked) return squeezed;
  return nearestKey(squeezed, masked) ?? squeezed;
}

/** The key term one slip away (two for long words), if there is exactly one such reading. */
function nearestKey(word: string, masked: boolean): string | undefined {
  const allowed = word.length >= 8 ? 2 : word.length >= 4 || (masked && word.length >= 3) ? 1 : 0;
  if (allowed === 0) return undefined;
  let best: string | undefined;
  let bestSteps = allowed + 1;
  for (const key of KEY_TERMS) {
    if (Math.abs(key.length - word.length) > allowed) continue;
    // Slips rarely touch the first letter, except by swapping the first two ("wnat").
    if (key[0] !== word[0] && !(key[0] === word[1] && key[1] === word[0]) && !masked) continue;
    const { steps } = distance(word, key);
    if (steps < bestSteps) {
      best = key;
      bestSteps = steps;
    }
  }
  return best;
}

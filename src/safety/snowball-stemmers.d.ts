/** The part of `snowball-stemmers` (no types of its own) the second reader uses. */
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}

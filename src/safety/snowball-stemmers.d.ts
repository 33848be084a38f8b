/** The part of `snowball-stemmers` (no types of its own) the second reader uses. */
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): Stemmer };
  export = snowball;
}

import type { shellEn } from './shell.en';

/** Spanish: The shell adapter’s own words: its banner, form hints and errors (adapters/shell). Gathered into `../es.ts`. */
export const shellEs: Record<keyof typeof shellEn, string> = {};

/** English: The shell adapter’s own words: its banner, form hints and errors (adapters/shell). Gathered into `../en.ts`. */
export const shellEn = {} as const;

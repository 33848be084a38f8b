/** English: Care links, the therapist digest and its chart (src/sharing: links, digest, chart). Gathered into `../en.ts`. */
export const linksEn = {} as const;

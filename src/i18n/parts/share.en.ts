/** English: Sharing entries with a therapist and private notes (src/sharing: share, as, note). Gathered into `../en.ts`. */
export const shareEn = {} as const;

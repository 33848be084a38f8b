import type { shareEn } from './share.en';

/** Spanish: Sharing entries with a therapist and private notes (src/sharing: share, as, note). Gathered into `../es.ts`. */
export const shareEs: Record<keyof typeof shareEn, string> = {};

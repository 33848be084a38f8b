import type { linksEn } from './links.en';

/** Spanish: Care links, the therapist digest and its chart (src/sharing: links, digest, chart). Gathered into `../es.ts`. */
export const linksEs: Record<keyof typeof linksEn, string> = {};

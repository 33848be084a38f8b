import type { recordsEn } from './records.en';

/** Spanish: A member’s own record, export, erasure, groups and community access (src/data-rights, src/groups, src/core). Gathered into `../es.ts`. */
export const recordsEs: Record<keyof typeof recordsEn, string> = {};

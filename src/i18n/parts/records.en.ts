/** English: A member’s own record, export, erasure, groups and community access (src/data-rights, src/groups, src/core). Gathered into `../en.ts`. */
export const recordsEn = {} as const;

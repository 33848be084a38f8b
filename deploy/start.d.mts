/** Types of `deploy/start.mjs` (plain JavaScript, run by node without a compiler). */
export function sourceStamp(root?: string): string;
export function choose(root?: string): 'build' | 'stale' | 'source';

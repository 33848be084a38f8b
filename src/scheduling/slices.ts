import { performance } from 'node:perf_hooks';

/**
 * Answering comes first: planning and delivery give the event loop a turn after about this much
 * work, so that a chat interaction waiting to be acknowledged (Slack allows 3 s) waits one slice at
 * most, however large the minute being planned.
 *
 * Slices are measured with `performance.now()`, never the injected clock: due times follow the
 * clock (a manual one in tests), slices follow real CPU time.
 */
export const SLICE_MS = 20;

/** How many items the first slice of a run is offered, before its pace is known. */
const FIRST_LIMIT = 32;

/** One turn of the event loop: pending I/O and timers run before the caller goes on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `slice` until it reports nothing left, with a turn of the event loop after each call. A
 * slice is offered up to `limit` items, stops early once `spent()` is true (SLICE_MS since it
 * began, after at least one item) and returns how many items it handled: 0 when none were left.
 * `limit` follows the pace measured so far, up to `most`, so that a slice reads about what it can
 * finish.
 */
export async function inSlices(
  most: number,
  slice: (limit: number, spent: () => boolean) => number,
): Promise<void> {
  let limit = Math.min(most, FIRST_LIMIT);
  for (;;) {
    const began = performance.now();
    const handled = slice(limit, () => performance.now() - began >= SLICE_MS);
    if (handled === 0) return;
    const took = Math.max(performance.now() - began, 0.1);
    limit = Math.max(1, Math.min(most, Math.floor((handled * SLICE_MS) / took)));
    await turn();
  }
}

/**
 * For a loop that awaits between items: `await breathe()` before each item gives the event loop a
 * turn once SLICE_MS have passed since the last one (an item that resolves at once never yields).
 */
export function breather(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await turn();
    since = performance.now();
  };
}

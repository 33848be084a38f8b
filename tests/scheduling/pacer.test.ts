import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock';
import { createPacer } from '../../src/scheduling/pacer';

/** A pacer on a manual clock whose sleeps advance the clock and are recorded. */
function pacerAt(perSecond: number) {
  const clock = manualClock(new Date('2026-11-23T10:00:00Z'));
  const slept: number[] = [];
  const pacer = createPacer(
    clock,
    async (ms) => {
      slept.push(ms);
      clock.advance(ms);
    },
    () => ({ perSecond, burst: 1 }),
  );
  const timeFor = async (n: number) => {
    const before = clock.now().getTime();
    for (let i = 0; i < n; i++) await pacer.take('k');
    return clock.now().getTime() - before;
  };
  return { pacer, slept, timeFor };
}

describe('the pacer', () => {
  it('waits out a Retry-After, then halves its pace for that key', async () => {
    const { pacer, timeFor } = pacerAt(10);
    expect(await timeFor(11)).toBe(1_000);
    pacer.pause('k', 2_000);
    // 2 s of Retry-After, then 5/s instead of 10/s.
    expect(await timeFor(6)).toBe(2_000 + 1_000);
  });

  it('creeps back towards the configured rate as the platform accepts messages', async () => {
    const { pacer, timeFor } = pacerAt(10);
    pacer.pause('k', 0);
    await timeFor(1);
    for (let i = 0; i < 50; i++) pacer.accepted('k');
    expect(await timeFor(10)).toBe(1_000);
  });
});

import { describe, expect, it } from 'vitest';
import { inSlices } from '../../src/scheduling/slices';

describe('inSlices', () => {
  it('offers a small first slice, never more than the most, and stops at the first slice with nothing left', async () => {
    let left = 1_000;
    const limits: number[] = [];
    await inSlices(100, (limit) => {
      limits.push(limit);
      const handled = Math.min(limit, left);
      left -= handled;
      return handled;
    });
    expect(left).toBe(0);
    expect(limits[0]).toBe(32);
    expect(limits.every((limit) => limit >= 1 && limit <= 100)).toBe(true);
  });

  it('gives the event loop a turn after every slice', async () => {
    let turns = 0;
    let slices = 0;
    const turnsBefore: number[] = [];
    const tick = () => {
      turns += 1;
      if (slices < 5) setImmediate(tick);
    };
    setImmediate(tick);
    await inSlices(10, () => {
      turnsBefore.push(turns);
      slices += 1;
      return slices <= 4 ? 1 : 0;
    });
    expect(turnsBefore).toEqual([0, 1, 2, 3, 4]);
  });
});

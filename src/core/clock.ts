/** The one source of "now". Tests and the shell's fast clock inject their own. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is put; for tests and benchmarks. */
export function manualClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/** A clock that runs `factor` times faster than real time from now on (the shell's demo mode). */
export function fastClock(factor: number, real: Clock = systemClock): Clock {
  const start = real.now().getTime();
  return { now: () => new Date(start + (real.now().getTime() - start) * factor) };
}

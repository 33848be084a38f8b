/**
 * A doorbell for work written to the database that should not wait for the next clock tick
 * (a safety alert released by the card's receipt). The scheduler listens; ringing with no
 * listener does nothing, and the next tick picks the work up anyway.
 */
export function createBell() {
  let listener: () => void = () => {};
  return {
    ring(): void {
      listener();
    },
    listen(fn: () => void): void {
      listener = fn;
    },
  };
}

export type Bell = ReturnType<typeof createBell>;

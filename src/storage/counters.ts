import { eq, sql } from 'drizzle-orm';
import type { Db } from './db';
import { counters } from './schema';

/** Adds one to a bare count that names no member. */
export function countOne(db: Db, name: string): void {
  db.insert(counters)
    .values({ name, value: 1 })
    .onConflictDoUpdate({ target: counters.name, set: { value: sql`${counters.value} + 1` } })
    .run();
}

export function readCount(db: Db, name: string): number {
  return db.select({ value: counters.value }).from(counters).where(eq(counters.name, name)).get()?.value ?? 0;
}

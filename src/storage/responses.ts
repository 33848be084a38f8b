import { and, asc, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Cipher } from './crypto';
import { connectionOf, type Db } from './db';
import { type ResponseKind, type ResponseRow, responses } from './schema';

/** What a member wrote or chose. Only ever stored sealed. */
export interface Answer {
  readonly text?: string;
  readonly selected?: readonly string[];
}

export interface StoredAnswer extends Answer {
  readonly id: number;
  readonly kind: ResponseKind;
  readonly promptId: string;
  readonly deliveryId: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The additional data an answer is sealed with: it binds the sealed value to its owner. */
export const sealContext = (memberId: number) => `member:${memberId}`;

/** Stores and reads answers, sealing them with the member id bound as additional data. */
export function createResponseStore(db: Db, cipher: Cipher) {
  const seal = (memberId: number, answer: Answer) =>
    cipher.seal(JSON.stringify(answer), sealContext(memberId));
  const open = (row: ResponseRow): StoredAnswer => {
    const answer = JSON.parse(cipher.open(row.content, sealContext(row.memberId))) as Answer;
    const { id, kind, promptId, deliveryId, createdAt, updatedAt } = row;
    return { id, kind, promptId, deliveryId, createdAt, updatedAt, ...answer };
  };

  /**
   * Prepared once, on better-sqlite3 itself: a submit is the hot write, and drizzle's wrapping of
   * the insert cost more than the write.
   */
  const inserting = connectionOf(db).prepare<
    [number, number | null, ResponseKind, string, Buffer, string, string]
  >(
    'insert into responses (member_id, delivery_id, kind, prompt_id, content, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
  );

  /** Stores a new answer; returns its id. */
  function insert(entry: {
    memberId: number;
    deliveryId: number | null;
    kind: ResponseKind;
    promptId: string;
    answer: Answer;
    at: Date;
  }): number {
    const at = entry.at.toISOString();
    const { lastInsertRowid } = inserting.run(
      entry.memberId,
      entry.deliveryId,
      entry.kind,
      entry.promptId,
      seal(entry.memberId, entry.answer),
      at,
      at,
    );
    return Number(lastInsertRowid);
  }

  return {
    add: insert,

    /** Sets (never toggles) the one answer of `kind` linked to a delivery, e.g. a checklist's selection. */
    setForDelivery(entry: {
      memberId: number;
      deliveryId: number;
      kind: ResponseKind;
      promptId: string;
      answer: Answer;
      at: Date;
    }): void {
      db.transaction((tx) => {
        const existing = tx
          .select({ id: responses.id })
          .from(responses)
          .where(
            and(
              eq(responses.memberId, entry.memberId),
              eq(responses.deliveryId, entry.deliveryId),
              eq(responses.kind, entry.kind),
            ),
          )
          .get();
        if (existing) {
          tx.update(responses)
            .set({ content: seal(entry.memberId, entry.answer), updatedAt: entry.at.toISOString() })
            .where(eq(responses.id, existing.id))
            .run();
        } else {
          insert(entry);
        }
      });
    },

    forDelivery(memberId: number, deliveryId: number, kind: ResponseKind): StoredAnswer | undefined {
      const row = db
        .select()
        .from(responses)
        .where(
          and(
            eq(responses.memberId, memberId),
            eq(responses.deliveryId, deliveryId),
            eq(responses.kind, kind),
          ),
        )
        .get();
      return row ? open(row) : undefined;
    },

    list(memberId: number): StoredAnswer[] {
      return db
        .select()
        .from(responses)
        .where(eq(responses.memberId, memberId))
        .orderBy(asc(responses.id))
        .all()
        .map(open);
    },

    /** The member's answers with these ids (others' never), oldest first; only these are decrypted. */
    byIds(memberId: number, ids: readonly number[]): StoredAnswer[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(responses)
        .where(and(eq(responses.memberId, memberId), inArray(responses.id, [...ids])))
        .orderBy(asc(responses.id))
        .all()
        .map(open);
    },

    /** The member's entries not in `except`, newest first: `limit` of them after skipping `offset`. */
    recent(memberId: number, except: readonly number[], limit: number, offset = 0): StoredAnswer[] {
      return db
        .select()
        .from(responses)
        .where(
          and(
            eq(responses.memberId, memberId),
            except.length > 0 ? notInArray(responses.id, [...except]) : undefined,
          ),
        )
        .orderBy(desc(responses.id))
        .limit(limit)
        .offset(offset)
        .all()
        .map(open);
    },
  };
}

export type ResponseStore = ReturnType<typeof createResponseStore>;

import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { BetweenError, isBetweenError } from '../core/errors';
import { message, text } from '../core/messages';
import type { Platform, UserRef } from '../core/model';
import type { ChatAdapter } from '../core/port';
import { type Locale, localeOf, t } from '../i18n';
import { isOutboxKind, outboxDelivered, outboxFailed, outboxMessage } from '../outbox/messages';
import { releaseStaleAlerts } from '../safety/alerts';
import type { Services } from '../services';
import { isPaused } from '../settings/pause';
import { type DeliveryRow, deliveries, type MemberRow, members, workspaces } from '../storage/schema';
import { scheduledMessage } from './messages';
import type { Pacer } from './pacer';
import { breather } from './slices';

/** What a message sent to someone erased meanwhile becomes where it cannot be deleted, in their language. */
const erased = (locale: Locale) => message(text(t(locale, 'delivery.erased'), 'muted'));

export interface WorkerOptions {
  /**
   * A delivery still `sending` this long after it was claimed belongs to a worker that died
   * mid-send. It is marked failed (`interrupted`), never sent again: the platform may already
   * have shown it, and a doubled nudge breaks the calm rhythm the product promises. At most once.
   */
  readonly leaseMs: number;
  readonly batchSize: number;
  /** Tries for a platform that keeps failing (5xx, network); rate limits do not count. */
  readonly maxAttempts: number;
  /** The gentle reminder comes this long after the prompt (24 h: same local time next day). */
  readonly reminderAfterHours: number;
  /** Backoff for a failed try: base × 2^(tries − 1), jittered ±50 %, capped. */
  readonly backoffBaseMs: number;
  readonly backoffMaxMs: number;
  /** How many sends may be in flight at once in one lane (a workspace, or the Discord bot). */
  readonly laneConcurrency?: number;
  /**
   * The last word on a send that never answers (the adapters' own request timeouts come first):
   * after this the message is `failed: uncertain`, never sent again, and the round goes on.
   */
  readonly sendTimeoutMs?: number;
  /** True once Between is stopping: nothing more is claimed (see Scheduler.stop). */
  readonly isStopping?: () => boolean;
  readonly random?: () => number;
}

export interface DeliveryOutcome {
  sent: number;
  failed: number;
  retried: number;
  skipped: number;
}

type Claimed = DeliveryRow;

/** A send that has not answered in `ms` may or may not have reached the platform: `uncertain`. */
function withTimeout<T>(sending: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new BetweenError('uncertain', `no answer from the platform in ${ms} ms`)),
      ms,
    );
  });
  return Promise.race([sending, late]).finally(() => clearTimeout(timer));
}

/** The pacing key a send counts against: Slack budgets per workspace, Discord per bot. */
export function pacingKey(platform: Platform, workspaceId: string): string {
  return platform === 'discord' ? 'discord' : `${platform}:${workspaceId}`;
}

/**
 * Sends due deliveries through the member's adapter. Every outcome is written back: sent,
 * failed (with the reason), skipped (with the reason) or planned again for later.
 */
export function createDeliveryWorker(
  services: Services,
  adapters: ReadonlyMap<Platform, ChatAdapter>,
  pacer: Pacer,
  options: WorkerOptions,
) {
  const { db, log, clock } = services;
  const random = options.random ?? Math.random;

  /** Settles a row; false when it is gone (its member erased their data meanwhile). */
  const finish = (id: number, values: Partial<typeof deliveries.$inferInsert>) =>
    db.update(deliveries).set(values).where(eq(deliveries.id, id)).run().changes > 0;
  /** Settles a row nobody has claimed yet (skipped before any request), unless another worker took it. */
  const settleUnclaimed = (id: number, values: Partial<typeof deliveries.$inferInsert>) =>
    db
      .update(deliveries)
      .set(values)
      .where(and(eq(deliveries.id, id), eq(deliveries.status, 'planned')))
      .run().changes > 0;

  function recoverInterrupted(): number {
    releaseStaleAlerts(db, clock.now());
    const cutoff = new Date(clock.now().getTime() - options.leaseMs).toISOString();
    return db.transaction(() => {
      const given = db
        .update(deliveries)
        .set({ status: 'failed', statusReason: 'interrupted' })
        .where(and(eq(deliveries.status, 'sending'), lte(deliveries.claimedAt, cutoff)))
        .returning()
        .all();
      // A message between people that may or may not have arrived: its sender is told, as for any failure.
      for (const row of given) if (isOutboxKind(row.kind)) outboxFailed(services, row, 'interrupted');
      return given.length;
    });
  }

  /** What is due now, oldest first. Nothing is marked yet: each row is claimed just before its own send. */
  function dueNow(): DeliveryRow[] {
    return db
      .select()
      .from(deliveries)
      .where(and(eq(deliveries.status, 'planned'), lte(deliveries.dueAt, clock.now().toISOString())))
      .orderBy(asc(deliveries.dueAt))
      .limit(options.batchSize)
      .all();
  }

  /**
   * Marks one row `sending` in one statement, immediately before its request goes out, so that a
   * crash can only leave `sending` a message whose request may have reached the platform, and two
   * workers can never both take it. Undefined when someone else took it first.
   */
  function claim(id: number): Claimed | undefined {
    return db
      .update(deliveries)
      .set({
        status: 'sending',
        claimedAt: clock.now().toISOString(),
        attempts: sql`${deliveries.attempts} + 1`,
      })
      .where(and(eq(deliveries.id, id), eq(deliveries.status, 'planned')))
      .returning()
      .get();
  }

  function remindAt(member: MemberRow, sentAt: Date, expiresAt: string | null): string | null {
    const hours = options.reminderAfterHours;
    const local = DateTime.fromJSDate(sentAt, { zone: member.timeZone });
    const at = (hours % 24 === 0 ? local.plus({ days: hours / 24 }) : local.plus({ hours })).toJSDate();
    return expiresAt !== null && at.toISOString() >= expiresAt ? null : at.toISOString();
  }

  async function deliverOne(due: DeliveryRow, member: MemberRow, user: UserRef, outcome: DeliveryOutcome) {
    let delivery: Claimed = due;
    let claimed = false;
    const skip = (reason: string) => {
      if (settleUnclaimed(delivery.id, { status: 'skipped', statusReason: reason })) outcome.skipped += 1;
    };
    const key = pacingKey(user.platform, user.workspaceId);
    try {
      // A message from or about someone else is not a nudge: pauses and quiet do not hold it.
      const aboutOther = isOutboxKind(delivery.kind);
      if (!aboutOther && isPaused(member, clock.now())) return skip('paused');
      if (!aboutOther && member.unreachableSince !== null) return skip('unreachable');
      const parentKind =
        delivery.parentId === null
          ? undefined
          : db
              .select({ kind: deliveries.kind })
              .from(deliveries)
              .where(eq(deliveries.id, delivery.parentId))
              .get()?.kind;
      if (delivery.kind === 'reminder' && parentKind === undefined) return skip('prompt-gone');
      const message = aboutOther
        ? outboxMessage(services, delivery)
        : scheduledMessage(services.prompts, delivery, parentKind, localeOf(member));
      if (!message) return skip(aboutOther ? 'withdrawn' : 'no-prompt');
      const adapter = adapters.get(user.platform);
      if (!adapter) {
        if (settleUnclaimed(delivery.id, { status: 'failed', statusReason: 'no-adapter' }))
          outcome.failed += 1;
        return;
      }
      await pacer.take(key);
      let address = member.dmAddress;
      if (!address) {
        address = await adapter.openDm(user);
        db.update(members).set({ dmAddress: address }).where(eq(members.id, member.id)).run();
      }
      // Stopping while this waited for its turn: it was never attempted, so it stays planned.
      if (options.isStopping?.()) return;
      const mine = claim(delivery.id);
      if (!mine) return;
      delivery = mine;
      claimed = true;
      const ref = await withTimeout(
        adapter.send(address, message, { key: `d${delivery.id}`, locale: localeOf(member) }),
        options.sendTimeoutMs ?? 120_000,
      );
      pacer.accepted(key);
      const sentAt = clock.now();
      // The row and what it means for others (a share now sent) change together, or not at all.
      const recorded = db.transaction(() => {
        if (
          !finish(delivery.id, {
            status: 'sent',
            statusReason: null,
            sentAt: sentAt.toISOString(),
            messageRef: ref.messageId,
            remindAt:
              delivery.kind === 'reminder' || aboutOther
                ? null
                : remindAt(member, sentAt, delivery.expiresAt),
          })
        )
          return false;
        if (aboutOther) outboxDelivered(services, delivery, ref);
        return true;
      });
      if (!recorded) {
        // Their data was erased while this was on its way (an export, say): it does not stay behind.
        log.info({ deliveryId: delivery.id }, 'withdrawing a message whose member was erased meanwhile');
        await services.messenger.withdraw(ref, erased(localeOf(member))).catch((error: unknown) => {
          log.warn(
            { deliveryId: delivery.id, code: isBetweenError(error) ? error.code : 'internal' },
            'could not withdraw it',
          );
        });
        return;
      }
      outcome.sent += 1;
    } catch (error) {
      handleFailure(delivery, claimed, member, key, error, outcome);
    }
  }

  function handleFailure(
    delivery: Claimed,
    claimed: boolean,
    member: MemberRow,
    key: string,
    error: unknown,
    outcome: DeliveryOutcome,
  ) {
    const now = clock.now();
    const code = isBetweenError(error) ? error.code : 'internal';
    // A claimed row counted its try when it was claimed; a failure before the send (opening the DM) counts here.
    const tries = claimed ? delivery.attempts : delivery.attempts + 1;
    log.warn({ deliveryId: delivery.id, memberId: member.id, code, attempt: tries }, 'delivery failed');
    /** For good: the row says why, and a person-to-person message's sender is told. */
    const fail = (reason: string, partial?: string) => {
      const address = member.dmAddress;
      db.transaction(() => {
        finish(delivery.id, {
          status: 'failed',
          statusReason: reason,
          attempts: tries,
          messageRef: partial ?? null,
        });
        if (isOutboxKind(delivery.kind)) {
          outboxFailed(
            services,
            delivery,
            reason,
            partial && address ? { address, messageId: partial } : undefined,
          );
        }
      });
      outcome.failed += 1;
    };
    const partial = isBetweenError(error) ? error.sent : undefined;
    if (partial !== undefined) {
      // Part of it reached the platform (a digest whose files failed): resending would double it.
      return fail('files-failed', partial);
    }
    if (code === 'dm_blocked' || code === 'recipient_gone') {
      // Never a fallback to a channel: record it, and tell the member privately when they next interact.
      db.update(members).set({ unreachableSince: now.toISOString() }).where(eq(members.id, member.id)).run();
      return fail(code === 'dm_blocked' ? 'dm-blocked' : 'recipient-gone');
    }
    // The platform may have shown it and nobody can tell: sent at most once, so never again.
    if (code === 'uncertain') return fail('uncertain');
    if (code === 'rate_limited' && isBetweenError(error)) {
      // The platform refused the request outright: it was not shown, so it is not a try.
      const wait = Math.max(error.retryAfterMs ?? 1000, 0);
      pacer.pause(key, wait);
      finish(delivery.id, {
        status: 'planned',
        statusReason: 'rate-limited',
        attempts: tries - 1,
        dueAt: new Date(now.getTime() + wait).toISOString(),
      });
      outcome.retried += 1;
      return;
    }
    if (tries >= options.maxAttempts) return fail('gave-up');
    const base = Math.min(options.backoffBaseMs * 2 ** (tries - 1), options.backoffMaxMs);
    const delay = Math.round(base * (0.5 + random()));
    finish(delivery.id, {
      status: 'planned',
      statusReason: code === 'platform_unavailable' ? 'platform-unavailable' : 'error',
      attempts: tries,
      dueAt: new Date(now.getTime() + delay).toISOString(),
    });
    outcome.retried += 1;
  }

  /**
   * Sends one lane's messages with a few requests in flight at once, each member's in order: a
   * request that hangs, or a 429 that discord.js waits out for one DM channel's bucket, holds up
   * that member's messages, not everyone's.
   */
  async function runLane(lane: DeliveryRow[], send: (delivery: DeliveryRow) => Promise<void>): Promise<void> {
    const byMember = new Map<number, DeliveryRow[]>();
    for (const delivery of lane)
      byMember.set(delivery.memberId, [...(byMember.get(delivery.memberId) ?? []), delivery]);
    const queues = [...byMember.values()];
    let next = 0;
    const runners = Array.from(
      { length: Math.min(options.laneConcurrency ?? 4, queues.length) },
      async () => {
        for (let queue = queues[next++]; queue; queue = queues[next++]) {
          for (const delivery of queue) {
            if (options.isStopping?.()) return;
            await send(delivery);
          }
        }
      },
    );
    await Promise.all(runners);
  }

  /** Claims what is due and sends it: one lane per workspace (per bot on Discord), so a slow one holds up no other. */
  async function deliverDue(): Promise<DeliveryOutcome> {
    const outcome: DeliveryOutcome = { sent: 0, failed: 0, retried: 0, skipped: 0 };
    const due = dueNow();
    if (due.length === 0) return outcome;
    const people = db
      .select({ member: members, platform: workspaces.platform, workspace: workspaces.externalId })
      .from(members)
      .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
      .where(
        inArray(
          members.id,
          due.map((d) => d.memberId),
        ),
      )
      .all();
    const byId = new Map(people.map((p) => [p.member.id, p]));
    const lanes = new Map<string, DeliveryRow[]>();
    for (const delivery of due) {
      const person = byId.get(delivery.memberId);
      if (!person) continue;
      const key = pacingKey(person.platform, person.workspace);
      lanes.set(key, [...(lanes.get(key) ?? []), delivery]);
    }
    // A platform that answers at once (or a pacer with tokens to spare) never makes a send wait for
    // I/O: every lane checks this one breather before a send, so a round still leaves room for people.
    const breathe = breather();
    await Promise.all(
      [...lanes.values()].map((lane) =>
        runLane(lane, async (delivery) => {
          await breathe();
          const person = byId.get(delivery.memberId);
          if (!person) return;
          const user = {
            platform: person.platform,
            workspaceId: person.workspace,
            userId: person.member.platformUserId,
          };
          await deliverOne(delivery, person.member, user, outcome);
        }),
      ),
    );
    return outcome;
  }

  /** Milliseconds until the next message a rate limit held back is due, if that is within `withinMs`. */
  function untilRateLimitedRetry(withinMs: number): number | undefined {
    const next = db
      .select({ dueAt: deliveries.dueAt })
      .from(deliveries)
      .where(and(eq(deliveries.status, 'planned'), eq(deliveries.statusReason, 'rate-limited')))
      .orderBy(asc(deliveries.dueAt))
      .limit(1)
      .get();
    if (!next || withinMs <= 0) return undefined;
    const wait = Math.max(0, new Date(next.dueAt).getTime() - clock.now().getTime());
    return wait <= withinMs ? wait : undefined;
  }

  return { recoverInterrupted, deliverDue, untilRateLimitedRetry };
}

export type DeliveryWorker = ReturnType<typeof createDeliveryWorker>;

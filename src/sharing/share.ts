import { and, desc, eq, inArray } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { message, say, text } from '../core/messages';
import type { Button, OutgoingMessage, Reply, SentRef } from '../core/model';
import { formatIn, type Locale, localeOf, t, translator } from '../i18n';
import { failedBecause, sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { findMember } from '../storage/members';
import type { StoredAnswer } from '../storage/responses';
import {
  type CareLinkRow,
  careLinks,
  type MemberRow,
  members,
  type ShareRow,
  shares,
} from '../storage/schema';
import { buildDigest } from './digest';
import { linksOf, who } from './links';

/** Slack checkboxes hold ten options: the picker shows ten entries a page, newest first. */
const PAGE = 10;
const LABEL = 75;

/** How the picker and `/between shared` write a day (and a moment), per language: luxon formats. */
const DAY: Readonly<Record<Locale, string>> = {
  en: 'ccc d LLL', // i18n-exempt: a luxon date format, not words
  es: "ccc d 'de' LLL", // i18n-exempt: a luxon date format, not words
};
const MOMENT: Readonly<Record<Locale, string>> = {
  en: 'ccc d LLL yyyy, HH:mm', // i18n-exempt: a luxon date format, not words
  es: "ccc d 'de' LLL 'de' yyyy, HH:mm", // i18n-exempt: a luxon date format, not words
};

/** An ISO moment in the member's zone, written with one of the formats above in their language. */
function shown(member: MemberRow, iso: string, formats: Readonly<Record<Locale, string>>): string {
  const locale = localeOf(member);
  return formatIn(locale, DateTime.fromISO(iso, { zone: member.timeZone }), formats);
}

function notFound(client: MemberRow): BetweenError {
  return new BetweenError('not_found', 'share not found for member', {
    userMessage: t(localeOf(client), 'share.gone'),
  });
}

function requireShare(services: Services, client: MemberRow, id: number): ShareRow {
  const share = services.db.select().from(shares).where(eq(shares.id, id)).get();
  if (!share || share.clientId !== client.id) throw notFound(client);
  return share;
}

function therapistOf(services: Services, client: MemberRow, link: CareLinkRow): MemberRow {
  const therapist = findMember(services.db, link.therapistId);
  if (!therapist) throw notFound(client);
  return therapist;
}

/** Shares that hold their entries: on their way, or delivered and not taken back. */
const HOLDING = ['queued', 'sent'] as const;

/**
 * The entries a therapist already holds: in shares to them on their way or delivered. With no
 * therapist chosen yet, the entries any of them holds.
 */
function heldBy(services: Services, client: MemberRow, linkId: number | null): number[] {
  return services.db
    .select({ ids: shares.responseIds })
    .from(shares)
    .where(
      and(
        eq(shares.clientId, client.id),
        inArray(shares.status, [...HOLDING]),
        linkId === null ? undefined : eq(shares.linkId, linkId),
      ),
    )
    .all()
    .flatMap((s) => s.ids);
}

interface Page {
  readonly entries: StoredAnswer[];
  readonly offset: number;
  readonly older: boolean;
}

/**
 * One page of every stored entry the chosen therapist does not hold yet, newest first: entries left
 * out of a share, shared with someone else, or in a share taken back or undelivered, can be shared.
 */
function candidates(services: Services, client: MemberRow, linkId: number | null, offset: number): Page {
  const found = services.answers.recent(client.id, heldBy(services, client, linkId), PAGE + 1, offset);
  if (found.length === 0 && offset > 0) return candidates(services, client, linkId, 0);
  return { entries: found.slice(0, PAGE), offset, older: found.length > PAGE };
}

const KIND = {
  checklist: 'share.kind.checklist',
  checklist_follow_up: 'share.kind.checklistFollowUp',
  rupture_note: 'share.kind.ruptureNote',
  reflection: 'share.kind.reflection',
} as const satisfies Record<StoredAnswer['kind'], string>;

/** One entry in the picker, in the client's language: its day, its kind, and its words (or a count). */
export function entryLabel(client: MemberRow, entry: StoredAnswer): string {
  const locale = localeOf(client);
  const about = entry.text ?? t(locale, 'share.entry.noticed', { count: (entry.selected ?? []).length });
  const label = t(locale, 'share.entry.label', {
    day: shown(client, entry.createdAt, DAY),
    kind: t(locale, KIND[entry.kind]),
    about,
  });
  return label.length > LABEL ? `${label.slice(0, LABEL - 1)}…` : label;
}

function draftMessage(
  services: Services,
  client: MemberRow,
  share: ShareRow,
  page: Page,
  links: CareLinkRow[],
): Reply {
  const tr = translator(localeOf(client));
  const to = share.linkId === null ? undefined : links.find((l) => l.id === share.linkId);
  const name = to ? who(therapistOf(services, client, to)) : '';
  const { entries } = page;
  const onPage = new Set(entries.map((e) => e.id));
  const elsewhere = share.responseIds.filter((id) => !onPage.has(id)).length;
  const paging: Button[] = [
    ...(page.offset > 0
      ? [{ id: encodeAction({ verb: 'share-newer', id: share.id }), label: tr('share.button.newer') }]
      : []),
    ...(page.older
      ? [{ id: encodeAction({ verb: 'share-older', id: share.id }), label: tr('share.button.older') }]
      : []),
  ];
  const buttons: Button[] = [
    ...(links.length > 1
      ? links.map((l) => ({
          id: encodeAction({ verb: 'share-to', id: l.id }),
          label: `${l.id === share.linkId ? '✓ ' : ''}${tr('share.button.to', {
            name: therapistOf(services, client, l).platformUserId,
          })}`.slice(0, LABEL),
        }))
      : []),
    { id: encodeAction({ verb: 'share-preview', id: share.id }), label: tr('share.button.preview') },
    {
      id: encodeAction({ verb: 'share-send', id: share.id }),
      label: tr('share.button.send'),
      style: 'primary',
    },
    { id: encodeAction({ verb: 'share-cancel', id: share.id }), label: tr('share.button.cancel') },
  ];
  const range = { from: page.offset + 1, to: page.offset + entries.length, name };
  return {
    kind: 'update',
    message: message(
      text(tr('share.draft.heading'), 'heading'),
      text(
        tr('share.draft.pick', {
          recipient: to ? 'chosen' : links.length > 1 ? 'choose' : 'only',
          name,
        }),
      ),
      ...(paging.length > 0
        ? [
            text(
              `${tr(to ? 'share.draft.rangeFor' : 'share.draft.range', range)}${
                elsewhere > 0 ? ` ${tr('share.draft.elsewhere', { count: elsewhere })}` : ''
              }`,
              'muted',
            ),
          ]
        : []),
      {
        kind: 'checklist',
        id: encodeAction({ verb: 'share-pick', id: share.id }),
        items: entries.map((e) => ({ id: String(e.id), label: entryLabel(client, e) })),
        selected: share.responseIds.filter((id) => onPage.has(id)).map(String),
      },
      ...(paging.length > 0 ? [{ kind: 'buttons' as const, buttons: paging }] : []),
      { kind: 'buttons', buttons },
    ),
  };
}

function activeLinks(services: Services, client: MemberRow): CareLinkRow[] {
  return linksOf(services, client, ['active']).filter((l) => l.clientId === client.id);
}

function draftState(services: Services, client: MemberRow, share: ShareRow) {
  return {
    links: activeLinks(services, client),
    page: candidates(services, client, share.linkId, share.pageOffset),
  };
}

/**
 * `/between share`: a fresh draft offering, page by page, every entry the therapist does not hold
 * yet, nothing pre-selected. "Share this" on one entry starts with that entry picked, even if it was
 * shared before.
 */
export function startShare(services: Services, client: MemberRow, only?: number): Reply {
  const locale = localeOf(client);
  const links = activeLinks(services, client);
  if (links.length === 0) return say(t(locale, 'share.notLinked'));
  const linkId = links.length === 1 ? (links[0]?.id ?? null) : null;
  const recent = candidates(services, client, linkId, 0);
  const single = only === undefined ? undefined : services.answers.byIds(client.id, [only])[0];
  if (only !== undefined && !single) throw notFound(client);
  const page =
    single && !recent.entries.some((e) => e.id === single.id)
      ? { ...recent, entries: [single, ...recent.entries].slice(0, PAGE) }
      : recent;
  if (page.entries.length === 0) return say(t(locale, 'share.nothingToShare'));
  const now = services.clock.now().toISOString();
  services.db
    .delete(shares)
    .where(and(eq(shares.clientId, client.id), eq(shares.status, 'draft')))
    .run();
  const share = services.db
    .insert(shares)
    .values({ clientId: client.id, linkId, responseIds: single ? [single.id] : [], createdAt: now })
    .returning()
    .get();
  const reply = draftMessage(services, client, share, page, links);
  return reply.kind === 'update' ? { kind: 'message', message: reply.message } : reply;
}

function requireDraft(services: Services, client: MemberRow, id: number): ShareRow {
  const share = requireShare(services, client, id);
  if (share.status !== 'draft') throw notFound(client);
  return share;
}

/**
 * Sets the picks on the page shown to exactly the selected set (only entries on offer count);
 * picks on other pages stay.
 */
export function pickEntries(
  services: Services,
  client: MemberRow,
  id: number,
  values: readonly string[],
): Reply {
  const share = requireDraft(services, client, id);
  const { links, page } = draftState(services, client, share);
  const onPage = new Set(page.entries.map((e) => e.id));
  const picked = [
    ...share.responseIds.filter((v) => !onPage.has(v)),
    ...values.map(Number).filter((v) => onPage.has(v)),
  ];
  const updated = services.db
    .update(shares)
    .set({ responseIds: picked })
    .where(eq(shares.id, share.id))
    .returning()
    .get();
  return draftMessage(services, client, updated ?? share, page, links);
}

/** Shows the next older (1) or newer (-1) page of entries; the picks stay. */
export function turnPage(services: Services, client: MemberRow, id: number, step: 1 | -1): Reply {
  const share = requireDraft(services, client, id);
  const pageOffset = Math.max(0, share.pageOffset + step * PAGE);
  const updated =
    services.db.update(shares).set({ pageOffset }).where(eq(shares.id, share.id)).returning().get() ?? share;
  const { links, page } = draftState(services, client, updated);
  return draftMessage(services, client, updated, page, links);
}

/** Chooses the therapist for the member's current draft (when they have more than one). */
export function chooseRecipient(services: Services, client: MemberRow, linkId: number): Reply {
  const draft = services.db
    .select()
    .from(shares)
    .where(and(eq(shares.clientId, client.id), eq(shares.status, 'draft')))
    .orderBy(desc(shares.id))
    .get();
  if (!draft) throw notFound(client);
  const links = activeLinks(services, client);
  if (!links.some((l) => l.id === linkId)) throw notFound(client);
  // The list becomes what this therapist does not hold yet: picks they already hold are dropped.
  const held = new Set(heldBy(services, client, linkId));
  const updated =
    services.db
      .update(shares)
      .set({ linkId, pageOffset: 0, responseIds: draft.responseIds.filter((id) => !held.has(id)) })
      .where(eq(shares.id, draft.id))
      .returning()
      .get() ?? draft;
  return draftMessage(services, client, updated, candidates(services, client, linkId, 0), links);
}

function ready(services: Services, client: MemberRow, id: number) {
  const share = requireDraft(services, client, id);
  if (share.responseIds.length === 0) {
    throw new BetweenError('bad_argument', 'empty share', {
      userMessage: t(localeOf(client), 'share.bad.empty'),
    });
  }
  const link =
    share.linkId === null
      ? undefined
      : services.db.select().from(careLinks).where(eq(careLinks.id, share.linkId)).get();
  if (link?.status !== 'active') {
    throw new BetweenError('bad_argument', 'no recipient', {
      userMessage: t(localeOf(client), 'share.bad.noRecipient'),
    });
  }
  const entries = services.answers.byIds(client.id, share.responseIds);
  const therapist = therapistOf(services, client, link);
  // The digest is in the therapist's language, the preview of it included.
  return { share, link, therapist, digest: buildDigest(services, client, entries, therapist) };
}

/**
 * The digest as the therapist receives it, built when the outbox sends it; undefined when the
 * share was taken back or its link ended while it waited.
 */
export function digestMessage(services: Services, shareId: number): OutgoingMessage | undefined {
  const share = services.db.select().from(shares).where(eq(shares.id, shareId)).get();
  if (share?.status !== 'queued' || share.linkId === null) return undefined;
  const link = services.db.select().from(careLinks).where(eq(careLinks.id, share.linkId)).get();
  const client = findMember(services.db, share.clientId);
  if (link?.status !== 'active' || !client) return undefined;
  const therapist = findMember(services.db, link.therapistId);
  return buildDigest(services, client, services.answers.byIds(client.id, share.responseIds), therapist);
}

/** The platform accepted the digest: the share is sent, with where it went (so it can be taken back). */
export function shareDelivered(services: Services, shareId: number, ref: SentRef): void {
  const share = services.db.select().from(shares).where(eq(shares.id, shareId)).get();
  const client = share && findMember(services.db, share.clientId);
  if (!share || !client) return;
  services.db
    .update(shares)
    .set({ sentAddress: ref.address, sentMessageId: ref.messageId })
    .where(eq(shares.id, share.id))
    .run();
  if (share.status === 'revoked') {
    // Taken back while it was being sent: it goes again at once.
    void services.messenger.withdraw(ref, withdrawn(services, share)).catch((error: unknown) => {
      services.log.warn(
        { share: share.id, code: error instanceof BetweenError ? error.code : 'internal' },
        'could not withdraw a share',
      );
    });
    return;
  }
  if (share.status !== 'queued') return;
  const link =
    share.linkId === null
      ? undefined
      : services.db.select().from(careLinks).where(eq(careLinks.id, share.linkId)).get();
  markShare(services, client, share, 'sent', {
    share: share.id,
    entries: share.responseIds.length,
    to: link?.therapistId ?? 0,
  });
}

/**
 * The digest could not be delivered: the share is `failed` with the reason, and what reached the
 * platform before the failure (a digest posted before its files failed) is kept, so that it can
 * still be taken back.
 */
export function shareFailed(services: Services, shareId: number, reason: string, partial?: SentRef): void {
  services.db
    .update(shares)
    .set({
      status: 'failed',
      failedReason: reason,
      ...(partial ? { sentAddress: partial.address, sentMessageId: partial.messageId } : {}),
    })
    .where(and(eq(shares.id, shareId), eq(shares.status, 'queued')))
    .run();
}

/** Shows the client exactly what the therapist would receive. */
export function previewShare(services: Services, client: MemberRow, id: number): Reply {
  const { therapist, digest } = ready(services, client, id);
  // Shown in place: the files are named, not uploaded into the client's own DM.
  const files = digest.elements.flatMap((e) => (e.kind === 'file' ? [e.filename] : []));
  const locale = localeOf(client);
  return {
    kind: 'message',
    message: message(
      text(t(locale, 'share.preview.heading', { name: who(therapist) }), 'muted'),
      ...digest.elements.filter((e) => e.kind !== 'file'),
      ...(files.length > 0
        ? [text(t(locale, 'share.preview.files', { files: files.join(', ') }), 'muted')]
        : []),
    ),
  };
}

/** Moves a share to `sent` or `revoked` and records it in the audit log, both or neither. */
function markShare(
  services: Services,
  client: MemberRow,
  share: ShareRow,
  status: 'sent' | 'revoked',
  detail: Record<string, number>,
): void {
  const at = services.clock.now();
  services.db.transaction((tx) => {
    tx.update(shares)
      .set(status === 'sent' ? { status, sentAt: at.toISOString() } : { status, revokedAt: at.toISOString() })
      .where(eq(shares.id, share.id))
      .run();
    audit(tx, {
      at,
      workspaceId: client.workspaceId,
      memberId: client.id,
      action: status === 'sent' ? 'share' : 'share_revoked',
      detail,
    });
  });
}

/**
 * Queues the digest for the therapist's DM. The client is told the truth: it is on its way; it
 * counts as shared once the platform accepted it, and if it cannot be delivered they are told why.
 */
export function sendShare(services: Services, client: MemberRow, id: number): Reply {
  const { share, therapist } = ready(services, client, id);
  services.db.update(shares).set({ status: 'queued' }).where(eq(shares.id, share.id)).run();
  sendLater(services, { to: therapist, kind: 'share_digest', payload: { share: share.id }, about: client });
  const locale = localeOf(client);
  return {
    kind: 'update',
    message: message(
      text(t(locale, 'share.sent', { count: share.responseIds.length, name: who(therapist) })),
      text(t(locale, 'share.sent.more'), 'muted'),
    ),
  };
}

export function cancelShare(services: Services, client: MemberRow, id: number): Reply {
  const share = requireShare(services, client, id);
  if (share.status === 'draft') services.db.delete(shares).where(eq(shares.id, share.id)).run();
  return { kind: 'update', message: message(text(t(localeOf(client), 'share.cancelled'), 'muted')) };
}

/** `/between shared`: what the client shared, with whom, when, and whether it arrived; each can be taken back. */
export function listShared(services: Services, client: MemberRow): Reply {
  const listed = services.db
    .select({ share: shares, therapist: members })
    .from(shares)
    .innerJoin(careLinks, eq(careLinks.id, shares.linkId))
    .innerJoin(members, eq(members.id, careLinks.therapistId))
    .where(
      and(eq(shares.clientId, client.id), inArray(shares.status, ['queued', 'sent', 'failed', 'revoked'])),
    )
    .orderBy(desc(shares.id))
    .all();
  const tr = translator(localeOf(client));
  if (listed.length === 0) return say(tr('share.list.none'));
  const when = (iso: string | null) => (iso ? shown(client, iso, MOMENT) : '');
  const state = (share: ShareRow) => {
    switch (share.status) {
      case 'queued':
        return tr('share.state.queued');
      case 'failed':
        return tr('share.state.failed', { reason: failedBecause(share.failedReason, localeOf(client)) });
      case 'revoked':
        return tr('share.state.revoked', { when: when(share.revokedAt) });
      default:
        return tr('share.state.sent', { when: when(share.sentAt) });
    }
  };
  const lines = listed.map(({ share, therapist }) =>
    tr('share.list.line', { count: share.responseIds.length, name: who(therapist), state: state(share) }),
  );
  const buttons = listed
    .filter(({ share }) => revocable(share))
    .slice(0, 25)
    .map(({ share }) => ({
      id: encodeAction({ verb: 'share-revoke', id: share.id }),
      label: tr('share.button.takeBack', { when: when(share.sentAt ?? share.createdAt) }).slice(0, LABEL),
    }));
  return {
    kind: 'message',
    message: message(
      text(tr('share.list.heading'), 'heading'),
      text(lines.join('\n')),
      ...(buttons.length > 0 ? [{ kind: 'buttons' as const, buttons }] : []),
    ),
  };
}

/** A share whose digest is (or may be) in the therapist's DM: delivered, or failed after its text was posted. */
export const inTherapistsHands = (share: ShareRow) =>
  share.sentAddress !== null &&
  share.sentMessageId !== null &&
  (share.status === 'sent' || share.status === 'failed');

/** A share that can still be taken back: in the therapist's hands, or still on its way. */
const revocable = (share: ShareRow) => share.status === 'queued' || inTherapistsHands(share);

/** What replaces a share taken back in the therapist's DM: in the therapist's language. */
function withdrawn(services: Services, share: ShareRow): OutgoingMessage {
  const link =
    share.linkId === null
      ? undefined
      : services.db.select().from(careLinks).where(eq(careLinks.id, share.linkId)).get();
  const therapist = link && findMember(services.db, link.therapistId);
  return message(text(t(localeOf(therapist), 'share.withdrawn'), 'muted'));
}

/**
 * Takes a share back: recorded at once, and the digest deleted from the therapist's DM (or, where
 * the platform cannot delete, replaced). What they already read cannot be unread; the client is told so.
 */
export async function revokeShare(services: Services, client: MemberRow, id: number): Promise<Reply> {
  const locale = localeOf(client);
  const share = requireShare(services, client, id);
  if (!revocable(share)) return say(t(locale, 'share.revoke.already'));
  markShare(services, client, share, 'revoked', { share: share.id });
  let outcome: 'deleted' | 'replaced' | undefined;
  if (share.sentAddress && share.sentMessageId) {
    try {
      outcome = await services.messenger.withdraw(
        { address: share.sentAddress, messageId: share.sentMessageId },
        withdrawn(services, share),
      );
    } catch (error) {
      services.log.warn(
        { share: share.id, code: error instanceof BetweenError ? error.code : 'internal' },
        'could not withdraw a share',
      );
    }
  }
  return say(
    t(
      locale,
      outcome === 'deleted'
        ? 'share.revoke.deleted'
        : outcome === 'replaced'
          ? 'share.revoke.replaced'
          : 'share.revoke.kept',
    ),
  );
}

import { and, eq, inArray, or } from 'drizzle-orm';
import { authorize } from '../core/access';
import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { mentionedUserId } from '../core/mentions';
import { message, person, say, text } from '../core/messages';
import type { Button, Element, OutgoingMessage, Reply } from '../core/model';
import { type OutboxPayload, sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { findMember } from '../storage/members';
import { type CareLinkRow, careLinks, type MemberRow, members } from '../storage/schema';

const THERAPISTS: readonly MemberRow['role'][] = ['therapist', 'admin'];

function bad(userMessage: string): BetweenError {
  return new BetweenError('bad_argument', 'bad link request', { userMessage });
}

/** Names a member in text; each platform shows it as that person (see `person`). */
export const who = (member: MemberRow) => person(member.platformUserId);

function logLink(services: Services, link: CareLinkRow, actor: MemberRow, action: string): void {
  audit(services.db, {
    at: services.clock.now(),
    workspaceId: link.workspaceId,
    memberId: link.clientId,
    action: 'link_changed',
    detail: { link: link.id, status: action, by: actor.id },
  });
  if (link.therapistId !== link.clientId) {
    audit(services.db, {
      at: services.clock.now(),
      workspaceId: link.workspaceId,
      memberId: link.therapistId,
      action: 'link_changed',
      detail: { link: link.id, status: action, by: actor.id },
    });
  }
}

/** `/between invite @client`: a therapist asks a client in the same workspace to link. */
export function invite(services: Services, therapist: MemberRow, args: readonly string[]): Reply {
  if (!THERAPISTS.includes(therapist.role)) {
    throw bad('Only a therapist can invite a client to link. Ask your practice admin if you should be one.');
  }
  const userId = args[0] ? mentionedUserId(args[0]) : undefined;
  if (!userId || args.length !== 1) throw bad('Say who: /between invite @client');
  const { db, clock } = services;
  const client = db
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, therapist.workspaceId), eq(members.platformUserId, userId)))
    .get();
  if (!client) {
    throw bad('I don’t know that person in this workspace yet; they need to have used Between here first.');
  }
  if (client.id === therapist.id) throw bad('You cannot link with yourself.');
  authorize(services, 'invite', therapist, client);
  const now = clock.now().toISOString();
  const existing = db
    .select()
    .from(careLinks)
    .where(and(eq(careLinks.therapistId, therapist.id), eq(careLinks.clientId, client.id)))
    .get();
  if (existing?.status === 'active') return say(`You are already linked with ${who(client)}.`);
  const link = existing
    ? db
        .update(careLinks)
        .set({ status: 'invited', changedAt: now })
        .where(eq(careLinks.id, existing.id))
        .returning()
        .get()
    : db
        .insert(careLinks)
        .values({
          workspaceId: therapist.workspaceId,
          therapistId: therapist.id,
          clientId: client.id,
          status: 'invited',
          createdAt: now,
          changedAt: now,
        })
        .returning()
        .get();
  if (!link) throw new Error('link row missing');
  logLink(services, link, therapist, 'invited');
  sendLater(services, { to: client, kind: 'invitation', payload: { link: link.id }, about: therapist });
  return say(
    `Invitation on its way to ${who(client)}; if it cannot reach them, I will tell you. Nothing is shared until they choose to share something.`,
  );
}

/** The invitation as the client receives it; undefined once it was answered or withdrawn. */
export function invitationMessage(services: Services, linkId: number): OutgoingMessage | undefined {
  const link = services.db.select().from(careLinks).where(eq(careLinks.id, linkId)).get();
  const therapist = link && findMember(services.db, link.therapistId);
  if (link?.status !== 'invited' || !therapist) return undefined;
  return message(
    text(`${who(therapist)} would like to link with you on Between.`, 'heading'),
    text(
      'Linking shares nothing by itself. It only means that, when you choose to, you can send this therapist a reflection or a checklist summary. You can end the link at any time.',
    ),
    {
      kind: 'buttons',
      buttons: [
        { id: encodeAction({ verb: 'link-accept', id: link.id }), label: 'Accept', style: 'primary' },
        { id: encodeAction({ verb: 'link-decline', id: link.id }), label: 'Decline' },
      ],
    },
  );
}

const LINK_NEWS = {
  accepted: (by: MemberRow) => `${who(by)} accepted your invitation to link.`,
  declined: (by: MemberRow) => `${who(by)} declined your invitation to link.`,
  ended: (by: MemberRow) => `${who(by)} ended your Between link.`,
} as const;

/** News about a link for the other side (accepted, declined, ended). */
export function linkNoticeMessage(services: Services, payload: OutboxPayload): OutgoingMessage | undefined {
  // Someone who erased their data is not named: nothing of them is kept, not even here.
  if (payload.news === 'erased') {
    return message(
      text('A person you were linked with on Between has ended the link and erased their data.'),
    );
  }
  const by = typeof payload.by === 'number' ? findMember(services.db, payload.by) : undefined;
  const news = payload.news;
  if (!by || (news !== 'accepted' && news !== 'declined' && news !== 'ended')) return undefined;
  return message(text(LINK_NEWS[news](by)));
}

/** The member's links, as therapist or client. */
export function linksOf(services: Services, member: MemberRow, statuses: readonly CareLinkRow['status'][]) {
  return services.db
    .select()
    .from(careLinks)
    .where(
      and(
        or(eq(careLinks.clientId, member.id), eq(careLinks.therapistId, member.id)),
        inArray(careLinks.status, [...statuses]),
      ),
    )
    .all();
}

function memberById(services: Services, id: number): MemberRow {
  const row = findMember(services.db, id);
  if (!row) throw new BetweenError('not_found', 'link member missing');
  return row;
}

/** A "Share this" button under a just-saved entry, when the member has someone to share it with. */
export function shareThis(services: Services, client: MemberRow, responseId: number): Element[] {
  const linked = linksOf(services, client, ['active']).some((l) => l.clientId === client.id);
  return linked
    ? [
        {
          kind: 'buttons',
          buttons: [{ id: encodeAction({ verb: 'share-one', id: responseId }), label: 'Share this…' }],
        },
      ]
    : [];
}

/** `/between link`: invitations to answer and links to end. */
export function listLinks(services: Services, member: MemberRow): Reply {
  const links = linksOf(services, member, ['invited', 'active']);
  if (links.length === 0)
    return say('You have no links. A therapist can invite you with /between invite @you.');
  const buttons: Button[] = [];
  // Buttons cannot show a person as a mention, so each link is numbered and its buttons say the number.
  const mark = (n: number) => (links.length > 1 ? ` (${n})` : '');
  const lines = links.map((link, index) => {
    const n = index + 1;
    const other = memberById(services, link.clientId === member.id ? link.therapistId : link.clientId);
    const bullet = links.length > 1 ? `${n}.` : '•';
    if (link.status === 'invited' && link.clientId === member.id) {
      buttons.push({ id: encodeAction({ verb: 'link-accept', id: link.id }), label: `Accept${mark(n)}` });
      buttons.push({ id: encodeAction({ verb: 'link-decline', id: link.id }), label: `Decline${mark(n)}` });
      return `${bullet} ${who(other)} invited you to link.`;
    }
    buttons.push({ id: encodeAction({ verb: 'link-end', id: link.id }), label: `End the link${mark(n)}` });
    return link.status === 'active'
      ? `${bullet} Linked with ${who(other)}.`
      : `${bullet} Waiting for ${who(other)} to answer.`;
  });
  return {
    kind: 'message',
    message: message(text(lines.join('\n')), { kind: 'buttons', buttons: buttons.slice(0, 25) }),
  };
}

function requireLink(services: Services, member: MemberRow, id: number): CareLinkRow {
  const link = services.db.select().from(careLinks).where(eq(careLinks.id, id)).get();
  if (!link || (link.clientId !== member.id && link.therapistId !== member.id)) {
    throw new BetweenError('not_found', 'link not found for member', {
      userMessage: 'That link no longer exists. /between link shows your links.',
    });
  }
  return link;
}

/** The client answers an invitation; the therapist is told either way. */
export function answerInvite(services: Services, client: MemberRow, id: number, accept: boolean): Reply {
  const link = requireLink(services, client, id);
  if (link.clientId !== client.id) throw bad('Only the invited client can answer an invitation.');
  if (link.status !== 'invited')
    return say('That invitation has already been answered. /between link shows your links.');
  const status = accept ? 'active' : 'declined';
  const updated = services.db
    .update(careLinks)
    .set({ status, changedAt: services.clock.now().toISOString() })
    .where(eq(careLinks.id, link.id))
    .returning()
    .get();
  if (updated) logLink(services, updated, client, status);
  sendLater(services, {
    to: memberById(services, link.therapistId),
    kind: 'link_notice',
    payload: { link: link.id, news: accept ? 'accepted' : 'declined', by: client.id },
    about: client,
  });
  return say(
    accept
      ? 'Linked. Nothing is shared yet: /between share lets you choose what to send, whenever you want.'
      : 'Declined. Nothing changes for you.',
  );
}

/** Either side ends a link; the other is told. Shares already sent stay revocable from /between shared. */
export function endLink(services: Services, member: MemberRow, id: number): Reply {
  const link = requireLink(services, member, id);
  if (link.status === 'ended' || link.status === 'declined') return say('That link has already ended.');
  const updated = services.db
    .update(careLinks)
    .set({ status: 'ended', changedAt: services.clock.now().toISOString() })
    .where(eq(careLinks.id, link.id))
    .returning()
    .get();
  if (updated) logLink(services, updated, member, 'ended');
  const other = memberById(services, link.clientId === member.id ? link.therapistId : link.clientId);
  sendLater(services, {
    to: other,
    kind: 'link_notice',
    payload: { link: link.id, news: 'ended', by: member.id },
    about: member,
  });
  return say(`The link with ${who(other)} has ended. Nothing more can be shared through it.`);
}

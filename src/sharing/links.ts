import { and, eq, inArray, or } from 'drizzle-orm';
import { authorize } from '../core/access';
import { encodeAction } from '../core/action-id';
import { BetweenError } from '../core/errors';
import { mentionedUserId } from '../core/mentions';
import { message, person, say, text } from '../core/messages';
import type { Button, Element, OutgoingMessage, Reply } from '../core/model';
import { localeOf, type MessageKey, t } from '../i18n';
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
  const locale = localeOf(therapist);
  if (!THERAPISTS.includes(therapist.role)) {
    throw bad(t(locale, 'links.bad.notTherapist'));
  }
  const userId = args[0] ? mentionedUserId(args[0]) : undefined;
  if (!userId || args.length !== 1) throw bad(t(locale, 'links.bad.inviteWho'));
  const { db, clock } = services;
  const client = db
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, therapist.workspaceId), eq(members.platformUserId, userId)))
    .get();
  if (!client) {
    throw bad(t(locale, 'links.bad.unknownPerson'));
  }
  if (client.id === therapist.id) throw bad(t(locale, 'links.bad.self'));
  authorize(services, 'invite', therapist, client);
  const now = clock.now().toISOString();
  const existing = db
    .select()
    .from(careLinks)
    .where(and(eq(careLinks.therapistId, therapist.id), eq(careLinks.clientId, client.id)))
    .get();
  if (existing?.status === 'active') return say(t(locale, 'links.invite.already', { name: who(client) }));
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
  return say(t(locale, 'links.invite.sent', { name: who(client) }));
}

/** The invitation as the client receives it, in the client's language; undefined once it was answered or withdrawn. */
export function invitationMessage(services: Services, linkId: number): OutgoingMessage | undefined {
  const link = services.db.select().from(careLinks).where(eq(careLinks.id, linkId)).get();
  const therapist = link && findMember(services.db, link.therapistId);
  const client = link && findMember(services.db, link.clientId);
  if (link?.status !== 'invited' || !therapist) return undefined;
  const locale = localeOf(client);
  return message(
    text(t(locale, 'links.invitation.heading', { name: who(therapist) }), 'heading'),
    text(t(locale, 'links.invitation.body')),
    {
      kind: 'buttons',
      buttons: [
        {
          id: encodeAction({ verb: 'link-accept', id: link.id }),
          label: t(locale, 'links.button.accept'),
          style: 'primary',
        },
        { id: encodeAction({ verb: 'link-decline', id: link.id }), label: t(locale, 'links.button.decline') },
      ],
    },
  );
}

const LINK_NEWS = {
  accepted: 'links.news.accepted',
  declined: 'links.news.declined',
  ended: 'links.news.ended',
} as const satisfies Record<string, MessageKey>;

/**
 * News about a link for the other side (accepted, declined, ended, erased), in the language of
 * `recipient`, the member the outbox row is for.
 */
export function linkNoticeMessage(
  services: Services,
  payload: OutboxPayload,
  recipient: MemberRow | undefined,
): OutgoingMessage | undefined {
  const locale = localeOf(recipient);
  // Someone who erased their data is not named: nothing of them is kept, not even here.
  if (payload.news === 'erased') return message(text(t(locale, 'links.news.erased')));
  const by = typeof payload.by === 'number' ? findMember(services.db, payload.by) : undefined;
  const news = payload.news;
  if (!by || (news !== 'accepted' && news !== 'declined' && news !== 'ended')) return undefined;
  return message(text(t(locale, LINK_NEWS[news], { name: who(by) })));
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
          buttons: [
            {
              id: encodeAction({ verb: 'share-one', id: responseId }),
              label: t(localeOf(client), 'links.button.shareThis'),
            },
          ],
        },
      ]
    : [];
}

/** `/between link`: invitations to answer and links to end. */
export function listLinks(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  const links = linksOf(services, member, ['invited', 'active']);
  if (links.length === 0) return say(t(locale, 'links.list.none'));
  const buttons: Button[] = [];
  // Buttons cannot show a person as a mention, so each link is numbered and its buttons say the number.
  const label = (plain: MessageKey, numbered: MessageKey, n: number) =>
    links.length > 1 ? t(locale, numbered, { n }) : t(locale, plain);
  const lines = links.map((link, index) => {
    const n = index + 1;
    const other = memberById(services, link.clientId === member.id ? link.therapistId : link.clientId);
    const bullet = links.length > 1 ? `${n}.` : '•';
    if (link.status === 'invited' && link.clientId === member.id) {
      buttons.push({
        id: encodeAction({ verb: 'link-accept', id: link.id }),
        label: label('links.button.accept', 'links.button.acceptNumbered', n),
      });
      buttons.push({
        id: encodeAction({ verb: 'link-decline', id: link.id }),
        label: label('links.button.decline', 'links.button.declineNumbered', n),
      });
      return `${bullet} ${t(locale, 'links.list.invited', { name: who(other) })}`;
    }
    buttons.push({
      id: encodeAction({ verb: 'link-end', id: link.id }),
      label: label('links.button.end', 'links.button.endNumbered', n),
    });
    const line = link.status === 'active' ? 'links.list.linked' : 'links.list.waiting';
    return `${bullet} ${t(locale, line, { name: who(other) })}`;
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
      userMessage: t(localeOf(member), 'links.gone'),
    });
  }
  return link;
}

/** The client answers an invitation; the therapist is told either way. */
export function answerInvite(services: Services, client: MemberRow, id: number, accept: boolean): Reply {
  const locale = localeOf(client);
  const link = requireLink(services, client, id);
  if (link.clientId !== client.id) throw bad(t(locale, 'links.bad.notInvited'));
  if (link.status !== 'invited') return say(t(locale, 'links.answer.already'));
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
  return say(t(locale, accept ? 'links.answer.accepted' : 'links.answer.declined'));
}

/** Either side ends a link; the other is told. Shares already sent stay revocable from /between shared. */
export function endLink(services: Services, member: MemberRow, id: number): Reply {
  const locale = localeOf(member);
  const link = requireLink(services, member, id);
  if (link.status === 'ended' || link.status === 'declined') return say(t(locale, 'links.end.already'));
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
  return say(t(locale, 'links.end.done', { name: who(other) }));
}

import { eq, sql } from 'drizzle-orm';
import { encodeAction } from '../core/action-id';
import { message, say, text } from '../core/messages';
import type { Reply } from '../core/model';
import { localeOf, t } from '../i18n';
import { sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { linksOf } from '../sharing/links';
import { inTherapistsHands } from '../sharing/share';
import { audit } from '../storage/audit';
import { findMember, samePersonEverywhere } from '../storage/members';
import { auditLog, careLinks, type MemberRow, members, type ShareRow, shares } from '../storage/schema';
import { removeExportsOf } from './export';

export function deleteOffer(services: Services, member: MemberRow): Reply {
  const locale = localeOf(member);
  const all = samePersonEverywhere(services.db, member);
  const visible = all.flatMap((m) => sharesInTherapistsHands(services, m)).length;
  return {
    kind: 'message',
    message: message(
      text(t(locale, 'delete.offer.heading'), 'heading'),
      text(t(locale, 'delete.offer.what')),
      ...(all.length > 1 ? [text(t(locale, 'delete.offer.communities', { count: all.length }))] : []),
      ...(visible > 0 ? [text(t(locale, 'delete.offer.shared', { count: visible }))] : []),
      {
        kind: 'buttons',
        buttons: [
          ...(visible > 0
            ? [
                {
                  id: encodeAction({ verb: 'delete', choice: 'withdraw' }),
                  label: t(locale, 'delete.button.withdraw'),
                  style: 'danger' as const,
                },
              ]
            : []),
          {
            id: encodeAction({ verb: 'delete', choice: 'confirm' }),
            label: visible > 0 ? t(locale, 'delete.button.eraseLeave') : t(locale, 'delete.button.erase'),
            style: 'danger',
          },
          { id: encodeAction({ verb: 'delete', choice: 'cancel' }), label: t(locale, 'delete.button.keep') },
        ],
      },
    ),
  };
}

/** The therapist a share went to, while the link it went by is still there. */
function therapistOf(services: Services, share: ShareRow): MemberRow | undefined {
  if (share.linkId === null) return undefined;
  const link = services.db.select().from(careLinks).where(eq(careLinks.id, share.linkId)).get();
  return link ? findMember(services.db, link.therapistId) : undefined;
}

/** Shares whose digest is (or may be) in a therapist's DM. */
function sharesInTherapistsHands(services: Services, member: MemberRow): ShareRow[] {
  return services.db
    .select()
    .from(shares)
    .where(eq(shares.clientId, member.id))
    .all()
    .filter(inTherapistsHands);
}

/**
 * Erases the member: their row and, by cascade, responses, deliveries, consents, links and shares;
 * their own audit entries too. One minimal record remains: that a deletion happened (bare ids, no
 * content). First, if asked, every share still in a therapist's DM is taken back; every linked
 * person is told only that the link ended.
 */
export async function deleteEverything(
  services: Services,
  member: MemberRow,
  withdraw = false,
): Promise<Reply> {
  let withdrawn = 0;
  let kept = 0;
  for (const one of samePersonEverywhere(services.db, member)) {
    const taken = await eraseOne(services, one, withdraw);
    withdrawn += taken.withdrawn;
    kept += taken.kept;
  }
  services.checkpoint();
  const locale = localeOf(member);
  return say(
    t(locale, 'delete.done'),
    ...(withdraw
      ? [
          kept === 0
            ? t(locale, 'delete.done.withdrawn', { withdrawn })
            : t(locale, 'delete.done.withdrawnSome', { withdrawn, kept }),
        ]
      : []),
    t(locale, 'delete.done.fresh'),
  );
}

/** Erases one member row (one workspace), as described above. */
async function eraseOne(
  services: Services,
  member: MemberRow,
  withdraw: boolean,
): Promise<{ withdrawn: number; kept: number }> {
  let withdrawn = 0;
  let kept = 0;
  if (withdraw) {
    for (const share of sharesInTherapistsHands(services, member)) {
      try {
        // The therapist reads what replaces the digest, so it is in their language.
        await services.messenger.withdraw(
          { address: share.sentAddress ?? '', messageId: share.sentMessageId ?? '' },
          message(text(t(localeOf(therapistOf(services, share)), 'delete.shareWithdrawn'), 'muted')),
        );
        withdrawn += 1;
      } catch {
        kept += 1;
      }
    }
  }
  // The copies of their exports Between put in their DM go too.
  await removeExportsOf(services, member);
  for (const link of linksOf(services, member, ['active', 'invited'])) {
    const other = findMember(services.db, link.clientId === member.id ? link.therapistId : link.clientId);
    if (other) sendLater(services, { to: other, kind: 'link_notice', payload: { news: 'erased' } });
  }
  const at = services.clock.now();
  services.db.transaction((tx) => {
    tx.delete(auditLog).where(eq(auditLog.memberId, member.id)).run();
    // Other people's audit rows that named them (a link they changed, a share to them) keep a tombstone instead.
    for (const key of ['$.by', '$.to']) {
      tx.update(auditLog)
        .set({ detail: sql`json_set(${auditLog.detail}, ${key}, 'erased')` })
        .where(sql`json_extract(${auditLog.detail}, ${key}) = ${member.id}`)
        .run();
    }
    tx.delete(members).where(eq(members.id, member.id)).run();
    audit(tx, { at, workspaceId: member.workspaceId, memberId: member.id, action: 'data_deleted' });
  });
  services.log.info({ memberId: member.id, withdrawn, kept }, 'member data deleted');
  return { withdrawn, kept };
}

/** “Keep my data”: nothing erased, said in the member’s language. */
export function keepData(member: Pick<MemberRow, 'locale'>): Reply {
  return { kind: 'update', message: message(text(t(localeOf(member), 'delete.kept'), 'muted')) };
}

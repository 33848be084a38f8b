import { eq, sql } from 'drizzle-orm';
import { encodeAction } from '../core/action-id';
import { count, message, say, text } from '../core/messages';
import type { Reply } from '../core/model';
import { sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { linksOf } from '../sharing/links';
import { inTherapistsHands } from '../sharing/share';
import { audit } from '../storage/audit';
import { findMember, samePersonEverywhere } from '../storage/members';
import { auditLog, type MemberRow, members, type ShareRow, shares } from '../storage/schema';
import { removeExportsOf } from './export';

export function deleteOffer(services: Services, member: MemberRow): Reply {
  const all = samePersonEverywhere(services.db, member);
  const visible = all.flatMap((m) => sharesInTherapistsHands(services, m)).length;
  return {
    kind: 'message',
    message: message(
      text('Erase everything?', 'heading'),
      text(
        'This removes your answers, checklist choices, prompt history, schedule, settings, links and consent history from Between, at once and for good. It cannot be undone. /between export first if you would like a copy.',
      ),
      ...(all.length > 1
        ? [
            text(
              `You have used Between in ${all.length} communities here; this erases what it holds in all of them.`,
            ),
          ]
        : []),
      ...(visible > 0
        ? [
            text(
              `${count(visible, 'share is', 'shares are')} still in a therapist’s direct messages. I can take ${visible === 1 ? 'it' : 'them'} back first (deleting the digests and their files where the platform allows), or leave what they already received.`,
            ),
          ]
        : []),
      {
        kind: 'buttons',
        buttons: [
          ...(visible > 0
            ? [
                {
                  id: encodeAction({ verb: 'delete', choice: 'withdraw' }),
                  label: 'Take my shares back, then erase',
                  style: 'danger' as const,
                },
              ]
            : []),
          {
            id: encodeAction({ verb: 'delete', choice: 'confirm' }),
            label: visible > 0 ? 'Erase, leave what they received' : 'Erase everything',
            style: 'danger',
          },
          { id: encodeAction({ verb: 'delete', choice: 'cancel' }), label: 'Keep my data' },
        ],
      },
    ),
  };
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
  return say(
    'Done. Everything Between held about you has been erased.',
    ...(withdraw
      ? [
          kept === 0
            ? `${count(withdrawn, 'share was', 'shares were')} taken back from your therapist’s messages first.`
            : `${count(withdrawn, 'share was', 'shares were')} taken back; ${count(kept, 'one', 'others')} could not be removed by the platform, so you may want to tell your therapist.`,
        ]
      : []),
    'If you use Between again it starts fresh, storing nothing until you say so.',
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
        await services.messenger.withdraw(
          { address: share.sentAddress ?? '', messageId: share.sentMessageId ?? '' },
          message(text('This share was taken back by the client.', 'muted')),
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

export function keepData(): Reply {
  return { kind: 'update', message: message(text('Kept. Nothing was erased.', 'muted')) };
}

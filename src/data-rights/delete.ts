import { eq } from 'drizzle-orm';
import { encodeAction } from '../core/action-id';
import { message, say, text } from '../core/messages';
import type { Reply } from '../core/model';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { auditLog, type MemberRow, members } from '../storage/schema';

export function deleteOffer(): Reply {
  return {
    kind: 'message',
    message: message(
      text('Erase everything?', 'heading'),
      text(
        'This removes your answers, checklist choices, prompt history, schedule, settings and consent history from Between, at once and for good. It cannot be undone. /between export first if you would like a copy.',
      ),
      {
        kind: 'buttons',
        buttons: [
          {
            id: encodeAction({ verb: 'delete', choice: 'confirm' }),
            label: 'Erase everything',
            style: 'danger',
          },
          { id: encodeAction({ verb: 'delete', choice: 'cancel' }), label: 'Keep my data' },
        ],
      },
    ),
  };
}

/**
 * Erases the member: their row and, by cascade, responses, deliveries and consents; their own
 * audit entries too. One minimal record remains: that a deletion happened (bare ids, no content).
 */
export function deleteEverything(services: Services, member: MemberRow): Reply {
  const at = services.clock.now();
  services.db.transaction((tx) => {
    tx.delete(auditLog).where(eq(auditLog.memberId, member.id)).run();
    tx.delete(members).where(eq(members.id, member.id)).run();
    audit(tx, { at, workspaceId: member.workspaceId, memberId: member.id, action: 'data_deleted' });
  });
  services.checkpoint();
  services.log.info({ memberId: member.id }, 'member data deleted');
  return say(
    'Done. Everything Between held about you has been erased.',
    'If you use Between again it starts fresh, storing nothing until you say so.',
  );
}

export function keepData(): Reply {
  return { kind: 'update', message: message(text('Kept. Nothing was erased.', 'muted')) };
}

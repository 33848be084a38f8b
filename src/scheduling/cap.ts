import { and, eq } from 'drizzle-orm';
import { authorize } from '../core/access';
import { BetweenError } from '../core/errors';
import { mentionedUserId } from '../core/mentions';
import { say } from '../core/messages';
import type { Reply } from '../core/model';
import { localeOf, t } from '../i18n';
import { sendLater } from '../outbox/outbox';
import type { Services } from '../services';
import { audit } from '../storage/audit';
import { updateMember } from '../storage/members';
import { type MemberRow, members, STAFF_ROLES } from '../storage/schema';

const MAX_CAP = 21;

/**
 * `/between cap @client 3` (or `off`): how many nudges (prompts and reminders) Between may send a
 * client in any 7 days. Who may set it for whom is in the access table (`src/core/access.ts`): a
 * therapist for a linked client, a facilitator for a member of their group, an admin for anyone in
 * the workspace. The client is told who changed it.
 */
export function cap(services: Services, actor: MemberRow, args: readonly string[]): Reply {
  const locale = localeOf(actor);
  if (!STAFF_ROLES.includes(actor.role)) {
    throw new BetweenError('bad_argument', 'cap by a non-staff member', {
      userMessage: t(locale, 'cap.bad.notStaff'),
    });
  }
  const [who, amount, ...extra] = args;
  const userId = who ? mentionedUserId(who) : undefined;
  const limit = amount === 'off' ? null : Number(amount);
  if (
    !userId ||
    extra.length > 0 ||
    (limit !== null && (!Number.isInteger(limit) || limit < 1 || limit > MAX_CAP))
  ) {
    throw new BetweenError('bad_argument', 'bad cap arguments', {
      userMessage: t(locale, 'cap.bad.args', { max: MAX_CAP }),
    });
  }
  const client = services.db
    .select()
    .from(members)
    .where(and(eq(members.workspaceId, actor.workspaceId), eq(members.platformUserId, userId)))
    .get();
  if (!client) {
    throw new BetweenError('not_found', 'cap target not in workspace', {
      userMessage: t(locale, 'cap.bad.unknownPerson'),
    });
  }
  authorize(services, 'cap', actor, client);
  updateMember(services.db, client.id, { weeklyCap: limit });
  sendLater(services, {
    to: client,
    kind: 'notice',
    payload: { what: 'capped', to: actor.id, limit: limit ?? 0 },
  });
  audit(services.db, {
    at: services.clock.now(),
    workspaceId: actor.workspaceId,
    memberId: client.id,
    action: 'settings_changed',
    detail: { fields: 'weeklyCap', by: actor.id },
  });
  // The client is told in their own language, when the notice is sent (src/outbox/messages.ts).
  return say(limit === null ? t(locale, 'cap.off') : t(locale, 'cap.set', { n: limit }));
}

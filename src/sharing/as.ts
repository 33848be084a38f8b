import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply, UserRef } from '../core/model';
import { localeOf, t } from '../i18n';
import type { Services } from '../services';
import { updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

/**
 * `/between as therapist|client`, for the local shell demo only: the shell adapter switches whose
 * terminal this is, and the core gives the demo therapist the therapist role. On Slack and Discord
 * roles are set by the practice admin (`npm run admin`).
 */
export function actAs(services: Services, member: MemberRow, user: UserRef, args: readonly string[]): Reply {
  const locale = localeOf(member);
  if (user.platform !== 'shell') {
    throw new BetweenError('bad_argument', 'as outside the shell', {
      userMessage: t(locale, 'share.as.notShell'),
    });
  }
  const [role] = args;
  if (role !== 'therapist' && role !== 'client')
    throw new BetweenError('bad_argument', 'bad role', {
      userMessage: t(locale, 'share.as.usage'),
    });
  if (role === 'therapist' && member.role !== 'therapist')
    updateMember(services.db, member.id, { role: 'therapist' });
  return say(
    t(locale, role === 'therapist' ? 'share.as.therapist' : 'share.as.client', { id: member.platformUserId }),
  );
}

import { BetweenError } from '../core/errors';
import { say } from '../core/messages';
import type { Reply, UserRef } from '../core/model';
import type { Services } from '../services';
import { updateMember } from '../storage/members';
import type { MemberRow } from '../storage/schema';

/**
 * `/between as therapist|client`, for the local shell demo only: the shell adapter switches whose
 * terminal this is, and the core gives the demo therapist the therapist role. On Slack and Discord
 * roles are set by the practice admin (`npm run admin`).
 */
export function actAs(services: Services, member: MemberRow, user: UserRef, args: readonly string[]): Reply {
  if (user.platform !== 'shell') {
    throw new BetweenError('bad_argument', 'as outside the shell', {
      userMessage: 'Roles are set by your practice admin; /between as only exists in the local demo.',
    });
  }
  const [role] = args;
  if (role !== 'therapist' && role !== 'client')
    throw new BetweenError('bad_argument', 'bad role', {
      userMessage: 'Say /between as therapist or /between as client.',
    });
  if (role === 'therapist' && member.role !== 'therapist')
    updateMember(services.db, member.id, { role: 'therapist' });
  return say(
    role === 'therapist'
      ? `You are now the demo therapist (${member.platformUserId}). Invite the client with /between invite @local; /between as client switches back.`
      : `You are the client (${member.platformUserId}) again.`,
  );
}

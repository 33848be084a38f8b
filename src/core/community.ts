import type { Services } from '../services';
import { type Community, communitiesOf, DM_WORKSPACE, updateMember } from '../storage/members';
import { ownersOf } from '../storage/owners';
import type { MemberRow } from '../storage/schema';
import { type Action, encodeAction } from './action-id';
import { message, say, text } from './messages';
import type { Reply, UserRef } from './model';

/** A Discord button label holds 80 characters. */
const MAX_LABEL = 80;
/** More choices than this would not fit one message's buttons; the newest are offered. */
const MAX_CHOICES = 10;

const nameOf = (community: Community) =>
  community.name ??
  (community.externalId === DM_WORKSPACE ? 'Direct messages only' : `Server ${community.externalId}`);

/**
 * Which community a direct message is for, when the platform names none (a Discord DM, with
 * global commands, from someone who uses Between in several servers). Undefined when the platform
 * named it, or the person is new here; their one community when they have one. Otherwise: the
 * community the action's object belongs to (a prompt's button, a share, an entry, a link); for
 * what concerns the person everywhere (help, export, delete, free text) any of them; else the one
 * they last chose; else a question, answered with a button.
 */
export function dmCommunity(
  services: Services,
  user: UserRef,
  action: Action | undefined,
  personWide: boolean,
): { readonly member: MemberRow } | { readonly ask: Reply } | undefined {
  if (user.workspaceId !== '') return undefined;
  const all = communitiesOf(services.db, user.platform, user.userId);
  const [first] = all;
  if (!first) return undefined;
  if (all.length === 1) return { member: first.member };
  if (action) {
    const owners = ownersOf(services.db, action);
    const owner = all.find((c) => owners.includes(c.member.id));
    if (owner) return { member: owner.member };
  }
  if (personWide || first.member.dmChosenAt !== null) return { member: first.member };
  return {
    ask: chooser(all, 'You use Between in more than one community. Which one is this message for?'),
  };
}

function chooser(all: readonly Community[], question: string): Reply {
  const current = all[0]?.member.dmChosenAt ? all[0] : undefined;
  return {
    kind: 'message',
    message: message(
      text(question),
      {
        kind: 'buttons',
        buttons: all.slice(0, MAX_CHOICES).map((c) => ({
          id: encodeAction({ verb: 'community', id: c.member.id }),
          label: nameOf(c).slice(0, MAX_LABEL),
          ...(c === current ? { style: 'primary' as const } : {}),
        })),
      },
      text(
        `I will remember your choice for direct messages; /between community changes it. Help, export and delete always cover every community.${current ? ` Now: ${nameOf(current)}.` : ''}`,
        'muted',
      ),
    ),
  };
}

/** `/between community`: the choice, offered again (or why there is none). */
export function communityCommand(services: Services, user: UserRef): Reply {
  const all = communitiesOf(services.db, user.platform, user.userId);
  if (all.length < 2) {
    return say('You use Between in one community here, so direct messages are always for that one.');
  }
  return chooser(all, 'Which community are your direct messages with me for?');
}

/** The person chose a community for their direct messages (a button from `chooser`). */
export function chooseCommunity(services: Services, user: UserRef, memberId: number, at: Date): Reply {
  const chosen = communitiesOf(services.db, user.platform, user.userId).find((c) => c.member.id === memberId);
  if (!chosen) return say('That community is no longer one of yours. /between community shows them.');
  updateMember(services.db, memberId, { dmChosenAt: at.toISOString() });
  return say(
    `Done: direct messages with me are now for ${nameOf(chosen)}. Please send your command again. /between community changes it.`,
  );
}

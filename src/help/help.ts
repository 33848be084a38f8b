import { message, text } from '../core/messages';
import type { Reply } from '../core/model';
import { crisisLines, NOT_A_CRISIS_SERVICE } from '../safety/resources';
import type { MemberRow } from '../storage/schema';

export const COMMANDS: readonly {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
}[] = [
  { name: 'help', usage: 'help', summary: 'this list' },
  { name: 'start', usage: 'start', summary: 'a short welcome and how Between works' },
  { name: 'home', usage: 'home', summary: 'your overview: what is stored, what comes next, shortcuts' },
  { name: 'checkin', usage: 'checkin [theme]', summary: 'a reflection prompt, now' },
  { name: 'checklist', usage: 'checklist', summary: 'the pull-away self-check' },
  {
    name: 'schedule',
    usage: 'schedule',
    summary: 'when prompts come: days and times, or around your sessions',
  },
  { name: 'pause', usage: 'pause until 2026-12-28 | pause for 2 weeks', summary: 'no prompts until then' },
  { name: 'resume', usage: 'resume', summary: 'end a pause early' },
  { name: 'skip', usage: 'skip', summary: 'skip the next scheduled prompt' },
  {
    name: 'settings',
    usage: 'settings',
    summary: 'time zone, quiet hours, off-limits themes, region, reminders',
  },
  {
    name: 'group',
    usage: 'group',
    summary: 'your group’s rhythm: join or leave; facilitators set it and see counts',
  },
  {
    name: 'cap',
    usage: 'cap @client 3',
    summary: 'for therapists: at most this many nudges a week for a client',
  },
  { name: 'note', usage: 'note', summary: 'a private note when something in a session didn’t feel right' },
  {
    name: 'share',
    usage: 'share',
    summary: 'choose entries to send to a linked therapist (you pick; nothing is automatic)',
  },
  { name: 'shared', usage: 'shared', summary: 'what you shared, with whom and when; take a share back' },
  { name: 'link', usage: 'link', summary: 'your links with therapists: accept, decline or end' },
  { name: 'invite', usage: 'invite @client', summary: 'for therapists: ask a client to link' },
  { name: 'history', usage: 'history', summary: 'your own record of consents, shares and exports' },
  { name: 'optin', usage: 'optin', summary: 'choose to store your answers (read what that means first)' },
  { name: 'optout', usage: 'optout', summary: 'stop storing, at once' },
  { name: 'export', usage: 'export', summary: 'a copy of everything stored about you (JSON)' },
  { name: 'delete', usage: 'delete', summary: 'erase everything stored about you' },
  {
    name: 'community',
    usage: 'community',
    summary: 'if you use Between in several servers: which one your direct messages are for',
  },
];

export function help(member: MemberRow): Reply {
  return {
    kind: 'message',
    message: message(
      text('Between: small reflections between therapy sessions', 'heading'),
      text(COMMANDS.map((c) => `/between ${c.usage}: ${c.summary}`).join('\n')),
      text(
        `Everything is private by default: nothing you write is stored unless you opt in, and nothing stored is seen by anyone unless you share it. ${NOT_A_CRISIS_SERVICE}`,
        'muted',
      ),
      text(crisisLines(member.region).join(' '), 'muted'),
    ),
  };
}

export function welcome(member: MemberRow): Reply {
  return {
    kind: 'message',
    message: message(
      text('Welcome to Between', 'heading'),
      text(
        'Between sends a small reflection prompt now and then, and a five-item check on the urge to pull away. Answer when it suits you, skip when it doesn’t: there are no streaks and nobody is told if you don’t reply.',
      ),
      text(
        'Nothing you write is kept unless you choose that with /between optin. Try /between checkin whenever you like, or /between help for everything else.',
      ),
      text(`${NOT_A_CRISIS_SERVICE} ${crisisLines(member.region).join(' ')}`, 'muted'),
    ),
  };
}

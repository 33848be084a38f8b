/** Splits `pause until 2026-12-28` into a lower-cased name and its arguments. */
export function parseCommand(input: string): { name: string; args: string[] } {
  const words = input
    .trim()
    .replace(/^\/?between\b/i, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const [name = 'help', ...args] = words;
  return { name: name.toLowerCase(), args };
}

/**
 * Every `/between` subcommand the router answers (`src/core/router.ts`; a test holds the two
 * together). What follows one of these is the command's arguments, not something a person said.
 */
export const COMMAND_NAMES: ReadonlySet<string> = new Set([
  'help',
  'start',
  'home',
  'checkin',
  'checklist',
  'pause',
  'resume',
  'skip',
  'settings',
  'schedule',
  'cap',
  'group',
  'optin',
  'optout',
  'export',
  'delete',
  'invite',
  'link',
  'share',
  'shared',
  'note',
  'history',
  'as',
  'community',
]);

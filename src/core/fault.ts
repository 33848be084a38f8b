/**
 * What may be logged about an error nobody expected: its name, its code and where it was thrown,
 * never its message. Messages of library errors quote the payload they choked on ("Cannot use 'in'
 * operator to search for 'username' in …", "Invalid bitfield flag or number: …"), and a payload can
 * carry what a member wrote.
 */
export interface FaultSummary {
  readonly errorName: string;
  /** A short code such as `ERR_UNHANDLED_ERROR` or `BitFieldInvalid`, when the error has one. */
  readonly code?: string;
  /** The first few places in the stack, as `path:line:column`, innermost first. */
  readonly at?: readonly string[];
}

const CODE = /^[A-Za-z0-9_.-]{1,40}$/;
/** A well-formed stack frame: `at fn (location)` or `at location`; only the location is kept. */
const FRAME = /^\s*at (?:.*? \()?((?:node:|file:\/\/|\/|[A-Za-z]:\\)[^()\s]*:\d+:\d+)\)?$/;

export function summarizeFault(error: unknown, frames = 3): FaultSummary {
  if (!(error instanceof Error)) return { errorName: error === null ? 'null' : typeof error };
  const name = typeof error.name === 'string' && CODE.test(error.name) ? error.name : 'Error';
  const rawCode = (error as { code?: unknown }).code;
  const code =
    (typeof rawCode === 'string' || typeof rawCode === 'number') && CODE.test(String(rawCode))
      ? String(rawCode)
      : undefined;
  const at = stackFrames(error).slice(0, frames);
  return { errorName: name, ...(code ? { code } : {}), ...(at.length > 0 ? { at } : {}) };
}

/** The locations in an error's stack, skipping its message however many lines that has. */
export function stackFrames(error: Error): string[] {
  const stack = typeof error.stack === 'string' ? error.stack : '';
  let header = '';
  try {
    header = String(error);
  } catch {
    // An error whose toString throws: fall back to counting the message's lines.
  }
  const message = typeof error.message === 'string' ? error.message : '';
  const body =
    header && stack.startsWith(header)
      ? stack.slice(header.length)
      : stack.split('\n').slice(message.split('\n').length).join('\n');
  return body.split('\n').flatMap((line) => {
    const location = FRAME.exec(line)?.[1];
    return location ? [shorten(location)] : [];
  });
}

/** `/srv/between/node_modules/discord.js/src/x.js:1:2` → `discord.js/src/x.js:1:2`. */
function shorten(location: string): string {
  const path = location.startsWith('file://') ? location.slice('file://'.length) : location;
  const inModules = path.lastIndexOf('node_modules/');
  if (inModules >= 0) return path.slice(inModules + 'node_modules/'.length);
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

/** Libraries that talk to a chat platform; a throw from inside one concerns one platform event. */
const PLATFORM_LIBRARY = /^(discord\.js|@discordjs|@sapphire|@slack|ws|undici)\//;

/**
 * Whether an error was thrown by a platform library's own code (its innermost frame outside
 * Node's internals is in discord.js, @discordjs/*, @slack/*, ws…), rather than by Between or by
 * something else in the process.
 */
export function fromPlatformLibrary(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const first = stackFrames(error).find((frame) => !frame.startsWith('node:'));
  return first !== undefined && PLATFORM_LIBRARY.test(first);
}

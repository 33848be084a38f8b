import { describe, expect, it } from 'vitest';
import { fromPlatformLibrary, stackFrames, summarizeFault } from '../../src/core/fault';

const withStack = (error: Error, ...frames: string[]) => {
  error.stack = [String(error), ...frames.map((f) => `    at ${f}`)].join('\n');
  return error;
};

describe('what is logged about an unexpected error', () => {
  it('is its name, its code and where it was thrown, never its message', () => {
    const error = withStack(
      Object.assign(new TypeError("Cannot use 'in' operator to search for 'username' in what-ana-wrote"), {
        code: 'BitFieldInvalid',
      }),
      'User._patch (/srv/between/node_modules/discord.js/src/structures/User.js:37:20)',
      'new BaseInteraction (/srv/between/node_modules/discord.js/src/structures/BaseInteraction.js:63:35)',
    );
    const summary = summarizeFault(error);
    expect(summary).toEqual({
      errorName: 'TypeError',
      code: 'BitFieldInvalid',
      at: ['discord.js/src/structures/User.js:37:20', 'discord.js/src/structures/BaseInteraction.js:63:35'],
    });
    expect(JSON.stringify(summary)).not.toContain('what-ana-wrote');
  });

  it('reads no line of a message over several lines as a place in the stack, however it looks', () => {
    const error = withStack(
      new Error('first line\n    at forged (/what-ana-wrote.js:1:1)\nlast line'),
      'handler (/srv/between/src/core/router.ts:10:5)',
    );
    expect(stackFrames(error)).toEqual(['/srv/between/src/core/router.ts:10:5']);
  });

  it('keeps out a name or code that is not a plain word, and says what was thrown when it is not an Error', () => {
    const odd = Object.assign(new Error('x'), { name: 'what ana wrote', code: 'what ana wrote' });
    expect(summarizeFault(odd)).toMatchObject({ errorName: 'Error' });
    expect(summarizeFault(odd).code).toBeUndefined();
    expect(summarizeFault('what-ana-wrote')).toEqual({ errorName: 'string' });
    expect(summarizeFault(null)).toEqual({ errorName: 'null' });
  });
});

describe('whether an error came from a platform library', () => {
  it('looks at the innermost place outside Node itself', () => {
    const fromWs = withStack(
      new Error('x'),
      'new URL (node:internal/url:816:29)',
      'initAsClient (/srv/node_modules/ws/lib/websocket.js:709:19)',
    );
    const fromSlack = withStack(
      new Error('x'),
      'HTTPReceiver.x (file:///srv/node_modules/@slack/bolt/dist/receivers/HTTPReceiver.js:3:9)',
    );
    const fromUs = withStack(
      new Error('x'),
      'tick (/srv/between/src/scheduling/scheduler.ts:1:1)',
      'x (/srv/node_modules/discord.js/src/a.js:1:1)',
    );
    const fromSqlite = withStack(
      new Error('x'),
      'Database.prepare (/srv/node_modules/better-sqlite3/lib/methods/wrappers.js:5:21)',
    );
    expect(fromPlatformLibrary(fromWs)).toBe(true);
    expect(fromPlatformLibrary(fromSlack)).toBe(true);
    expect(fromPlatformLibrary(fromUs)).toBe(false);
    expect(fromPlatformLibrary(fromSqlite)).toBe(false);
    expect(fromPlatformLibrary('a string')).toBe(false);
  });
});

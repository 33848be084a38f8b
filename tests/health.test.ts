import { afterEach, describe, expect, it } from 'vitest';
import type { ChatAdapter } from '../src/core/port';
import { healthOf, startHealthServer } from '../src/health';
import { createTestApp, type TestApp } from './fixtures/app';

/*
 * The health report on a real SQLite database; the platforms' own `connected()` is tested against
 * the real libraries (tests/adapters/slack/connected.test.ts, tests/e2e/health.test.ts).
 */
let app: TestApp | undefined;
afterEach(() => {
  app?.cleanup();
  app = undefined;
});

/** A platform whose connection state the test sets (the report reads only `platform` and `connected`). */
const platform = (name: 'discord' | 'slack', up: () => boolean) =>
  ({ platform: name, connected: up }) as unknown as ChatAdapter;

describe('the health report', () => {
  it('is ok while the database answers and every platform is connected; the shell counts as connected', () => {
    app = createTestApp();
    const sqlite = app.sqlite;
    const database = () => sqlite.prepare('select 1').get();
    let discordUp = true;
    const adapters = [platform('discord', () => discordUp), { platform: 'shell' } as unknown as ChatAdapter];
    expect(healthOf({ database, adapters })).toEqual({
      status: 'ok',
      database: 'ok',
      platforms: { discord: 'connected', shell: 'connected' },
    });
    discordUp = false;
    expect(healthOf({ database, adapters }).status).toBe('unavailable');
    discordUp = true;
    sqlite.close();
    expect(healthOf({ database, adapters })).toMatchObject({
      status: 'unavailable',
      database: 'unreachable',
    });
  });

  it('answers GET /healthz with 200 or 503 and the report, and nothing else', async () => {
    app = createTestApp();
    let up = true;
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', log: app.logs.log }, () =>
      healthOf({ database: () => undefined, adapters: [platform('slack', () => up)] }),
    );
    try {
      const get = (path = '/healthz') => fetch(`http://127.0.0.1:${server.port}${path}`);
      expect((await get()).status).toBe(200);
      up = false;
      const down = await get('/healthz?verbose=1');
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({
        status: 'unavailable',
        database: 'ok',
        platforms: { slack: 'disconnected' },
      });
      expect((await get('/health')).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('says which port could not be used', async () => {
    app = createTestApp();
    const log = app.logs.log;
    const first = await startHealthServer({ port: 0, host: '127.0.0.1', log }, () =>
      healthOf({ database: () => undefined, adapters: [] }),
    );
    try {
      await expect(
        startHealthServer({ port: first.port, host: '127.0.0.1', log }, () =>
          healthOf({ database: () => undefined, adapters: [] }),
        ),
      ).rejects.toThrow(new RegExp(`BETWEEN_HEALTH_PORT ${first.port}`));
    } finally {
      await first.close();
    }
  });
});

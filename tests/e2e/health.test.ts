import { afterEach, describe, expect, it } from 'vitest';
import { type BetweenProcess, freePort, startBetween } from './between-process';

/*
 * The health endpoint of a real Between process (`src/main.ts`) with Discord and Slack, against the
 * fakes on 127.0.0.1: what a load balancer, Docker or systemd would ask.
 */
let between: BetweenProcess | undefined;
afterEach(async () => {
  await between?.stop();
  between = undefined;
});

const ask = async (port: number, path = '/healthz', method = 'GET') => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method });
  return { status: response.status, body: await response.text() };
};

describe('GET /healthz on a running Between', () => {
  it('says ok while the database answers and both platforms are connected, and 503 when Discord is gone', async () => {
    const port = await freePort();
    between = await startBetween({ BETWEEN_HEALTH_PORT: String(port) });
    const up = await ask(port);
    expect(up.status).toBe(200);
    expect(JSON.parse(up.body)).toEqual({
      status: 'ok',
      database: 'ok',
      platforms: { slack: 'connected', discord: 'connected' },
    });
    expect((await ask(port, '/healthz', 'HEAD')).body).toBe('');
    expect((await ask(port, '/')).status).toBe(404);
    expect((await ask(port, '/healthz', 'POST')).status).toBe(405);

    // The gateway goes away: discord.js keeps trying to reconnect, and the process says it cannot serve.
    await between.discord.close();
    let down = await ask(port);
    // A generous bound for a busy machine; not a speed assertion.
    for (let waited = 0; down.status !== 503 && waited < 15_000; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      down = await ask(port);
    }
    expect(JSON.parse(down.body)).toEqual({
      status: 'unavailable',
      database: 'ok',
      platforms: { slack: 'connected', discord: 'disconnected' },
    });
    // States only: no token, no member, no text.
    expect(down.body).not.toMatch(/token|xoxb|member/i);
  });
});

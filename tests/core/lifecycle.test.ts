import { describe, expect, it, vi } from 'vitest';
import { BetweenError } from '../../src/core/errors';
import type { ChatAdapter } from '../../src/core/port';
import { startPlatforms } from '../../src/lifecycle';
import { captureLogs } from '../fixtures/app';

const adapter = (platform: 'slack' | 'discord'): ChatAdapter => ({
  platform,
  async start() {},
  async stop() {},
  async openDm() {
    return '';
  },
  async send() {
    return { address: '', messageId: '' };
  },
  async update() {},
});

describe('platforms start on their own', () => {
  it('one that cannot connect is retried with back-off while the other runs', async () => {
    const slack = adapter('slack');
    const discord = adapter('discord');
    const tries = { slack: 0, discord: 0 };
    const waits: number[] = [];
    const logs = captureLogs();
    await startPlatforms(
      [slack, discord],
      async (a) => {
        tries[a.platform as 'slack' | 'discord'] += 1;
        if (a.platform === 'discord' && tries.discord < 3)
          throw new BetweenError('platform_unavailable', 'down');
      },
      logs.log,
      { stopped: () => false, sleep: async (ms) => void waits.push(ms) },
    );
    await vi.waitFor(() => expect(tries.discord).toBe(3));
    expect(tries.slack).toBe(1);
    expect(waits).toEqual([5_000, 10_000]);
    expect(logs.lines.join('')).toMatch(/platform connected after a retry/);
  });

  it('fails the start when every platform fails its first try', async () => {
    await expect(
      startPlatforms(
        [adapter('slack')],
        async () => {
          throw new BetweenError('config_invalid', 'bad token');
        },
        captureLogs().log,
        { stopped: () => false, sleep: async () => {} },
      ),
    ).rejects.toThrow(/bad token/);
  });

  it('stops retrying once Between is stopping', async () => {
    let tries = 0;
    let stopped = false;
    await startPlatforms(
      [adapter('slack'), adapter('discord')],
      async (a) => {
        if (a.platform !== 'discord') return;
        tries += 1;
        stopped = true;
        throw new BetweenError('platform_unavailable', 'down');
      },
      captureLogs().log,
      { stopped: () => stopped, sleep: async () => {} },
    );
    await new Promise((r) => setTimeout(r, 20));
    expect(tries).toBe(1);
  });
});

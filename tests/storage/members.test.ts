import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureMember } from '../../src/storage/members';
import { createTestApp, type TestApp } from '../fixtures/app';

let app: TestApp;
beforeEach(() => {
  app = createTestApp();
});
afterEach(() => app.cleanup());

describe('finding the member behind a platform user', () => {
  it('gives the same member for the same user in the same workspace, and another in another workspace', () => {
    const a = ensureMember(app.services.db, { platform: 'discord', workspaceId: 'g1', userId: 'u1' });
    expect(ensureMember(app.services.db, { platform: 'discord', workspaceId: 'g1', userId: 'u1' }).id).toBe(
      a.id,
    );
    expect(
      ensureMember(app.services.db, { platform: 'discord', workspaceId: 'g2', userId: 'u1' }).id,
    ).not.toBe(a.id);
    expect(ensureMember(app.services.db, { platform: 'slack', workspaceId: 'g1', userId: 'u1' }).id).not.toBe(
      a.id,
    );
  });

  it('finds a DM user (no workspace named) where they already are a member, else files them under dm', () => {
    const inServer = ensureMember(app.services.db, { platform: 'discord', workspaceId: 'g1', userId: 'u1' });
    expect(ensureMember(app.services.db, { platform: 'discord', workspaceId: '', userId: 'u1' }).id).toBe(
      inServer.id,
    );
    const stranger = ensureMember(app.services.db, { platform: 'discord', workspaceId: '', userId: 'u9' });
    const again = ensureMember(app.services.db, { platform: 'discord', workspaceId: 'dm', userId: 'u9' });
    expect(again.id).toBe(stranger.id);
  });
});

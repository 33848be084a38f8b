import { describe, expect, it } from 'vitest';
import { type Action, decodeAction, encodeAction, MAX_ACTION_ID } from '../../src/core/action-id';
import { type AddressParts, decodeAddress, encodeAddress } from '../../src/core/address';

describe('addresses', () => {
  it.each<[AddressParts, string]>([
    [{ platform: 'shell', userId: 'local' }, 'shell:local'],
    [{ platform: 'slack', teamId: 'T0123ABC', channelId: 'D0456DEF' }, 'slack:T0123ABC:D0456DEF'],
    [{ platform: 'discord', kind: 'dm', channelId: '789012345678901234' }, 'discord:dm:789012345678901234'],
    [{ platform: 'discord', kind: 'channel', channelId: '42' }, 'discord:channel:42'],
  ])('round-trips %j', (parts, encoded) => {
    expect(encodeAddress(parts)).toBe(encoded);
    expect(decodeAddress(encoded)).toEqual(parts);
  });

  it.each(['', 'shell', 'shell:a:b', 'slack:T1', 'discord:group:1', 'irc:x', 'slack:T1:D2:x', 'shell:a b'])(
    'rejects %j',
    (bad) => {
      expect(() => decodeAddress(bad)).toThrow(/not a Between address/);
    },
  );

  it('refuses to encode a part that would break decoding', () => {
    expect(() => encodeAddress({ platform: 'slack', teamId: 'T:1', channelId: 'D1' })).toThrow(/teamId/);
  });
});

describe('action ids', () => {
  const actions: Action[] = [
    { verb: 'reflect', deliveryId: 1 },
    { verb: 'not-today', deliveryId: 99 },
    { verb: 'checklist', deliveryId: 123456789 },
    { verb: 'protect', deliveryId: 7 },
    { verb: 'consent', choice: 'store-yes' },
    { verb: 'consent', choice: 'risk-no' },
    { verb: 'delete', choice: 'confirm' },
    { verb: 'checkin' },
    { verb: 'checklist-new' },
    { verb: 'help' },
    { verb: 'pause-week' },
    { verb: 'note' },
    { verb: 'share-new' },
    { verb: 'link-accept', id: 1 },
    { verb: 'share-pick', id: 42 },
    { verb: 'share-one', id: 9 },
    { verb: 'share-revoke', id: 7 },
    { verb: 'zone', zone: 'Europe/London' },
    { verb: 'zone', zone: 'America/Argentina/Buenos_Aires' },
  ];

  it.each(actions)('round-trips %j within the 100-character limit', (action) => {
    const id = encodeAction(action);
    expect(id.length).toBeLessThanOrEqual(MAX_ACTION_ID);
    expect(id.startsWith('v1:')).toBe(true);
    expect(decodeAction(id)).toEqual(action);
  });

  it.each([
    'v2:reflect:1',
    'reflect:1',
    'v1:reflect',
    'v1:reflect:0',
    'v1:reflect:-1',
    'v1:reflect:1e3',
    'v1:reflect:1:2',
    'v1:consent:maybe',
    'v1:delete:now',
    'v1:help:extra',
    'v1:share-send',
    'v1:share-send:abc',
    'v1:link-end:0',
    'v1:unknown',
    'v1:zone',
    'v1:zone:UTC',
    'v1:zone:../../etc',
    'v1:zone:Europe/London/x/y',
    'v1:zone:Europe/Lon don',
    '',
    `v1:reflect:${'9'.repeat(120)}`,
  ])('treats %j as stale, without throwing', (id) => {
    expect(decodeAction(id)).toBeUndefined();
  });
});

import { BetweenError } from './errors';
import type { Address } from './model';

/** A decoded address. Scheduled sends are proactive messages to a stored, encoded address. */
export type AddressParts =
  | { readonly platform: 'shell'; readonly userId: string }
  | { readonly platform: 'slack'; readonly teamId: string; readonly channelId: string }
  | { readonly platform: 'discord'; readonly kind: 'dm' | 'channel'; readonly channelId: string };

const SAFE = /^[A-Za-z0-9_.-]+$/;

function part(value: string, name: string): string {
  if (!SAFE.test(value)) {
    throw new BetweenError('validation', `address ${name} has characters outside [A-Za-z0-9_.-]`);
  }
  return value;
}

export function encodeAddress(parts: AddressParts): Address {
  switch (parts.platform) {
    case 'shell':
      return `shell:${part(parts.userId, 'userId')}`;
    case 'slack':
      return `slack:${part(parts.teamId, 'teamId')}:${part(parts.channelId, 'channelId')}`;
    case 'discord':
      return `discord:${parts.kind}:${part(parts.channelId, 'channelId')}`;
  }
}

export function decodeAddress(address: Address): AddressParts {
  const [platform, a, b, ...rest] = address.split(':');
  const fail = () => new BetweenError('validation', `not a Between address: ${JSON.stringify(address)}`);
  if (rest.length > 0 || a === undefined || !SAFE.test(a) || (b !== undefined && !SAFE.test(b))) throw fail();
  if (platform === 'shell' && b === undefined) return { platform, userId: a };
  if (platform === 'slack' && b !== undefined) return { platform, teamId: a, channelId: b };
  if (platform === 'discord' && (a === 'dm' || a === 'channel') && b !== undefined) {
    return { platform, kind: a, channelId: b };
  }
  throw fail();
}

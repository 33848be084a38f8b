/**
 * Neutral action and form ids, carried by buttons, checklists and forms on every platform.
 * Versioned (`v1:`) so that buttons on messages from an older release are recognised as stale
 * rather than misread. At most 100 characters (Discord custom_id).
 */
export type Action =
  | { readonly verb: 'reflect' | 'not-today' | 'checklist' | 'protect'; readonly deliveryId: number }
  | { readonly verb: 'consent'; readonly choice: 'store-yes' | 'store-no' | 'risk-yes' | 'risk-no' }
  | { readonly verb: 'delete'; readonly choice: 'confirm' | 'cancel' }
  | { readonly verb: 'checkin' | 'checklist-new' | 'help' | 'pause-week' | 'export' };

const VERSION = 'v1';
export const MAX_ACTION_ID = 100;

export function encodeAction(action: Action): string {
  switch (action.verb) {
    case 'reflect':
    case 'not-today':
    case 'checklist':
    case 'protect':
      return `${VERSION}:${action.verb}:${action.deliveryId}`;
    case 'consent':
    case 'delete':
      return `${VERSION}:${action.verb}:${action.choice}`;
    default:
      return `${VERSION}:${action.verb}`;
  }
}

/** Parses an id; `undefined` means unknown or stale (from an old message), never an error. */
export function decodeAction(id: string): Action | undefined {
  if (id.length > MAX_ACTION_ID) return undefined;
  const [version, verb, arg, ...rest] = id.split(':');
  if (version !== VERSION || rest.length > 0) return undefined;
  switch (verb) {
    case 'reflect':
    case 'not-today':
    case 'checklist':
    case 'protect': {
      if (arg === undefined || !/^[1-9]\d{0,15}$/.test(arg)) return undefined;
      return { verb, deliveryId: Number(arg) };
    }
    case 'consent':
      return arg === 'store-yes' || arg === 'store-no' || arg === 'risk-yes' || arg === 'risk-no'
        ? { verb, choice: arg }
        : undefined;
    case 'delete':
      return arg === 'confirm' || arg === 'cancel' ? { verb, choice: arg } : undefined;
    case 'checkin':
    case 'checklist-new':
    case 'help':
    case 'pause-week':
    case 'export':
      return arg === undefined ? { verb } : undefined;
    default:
      return undefined;
  }
}

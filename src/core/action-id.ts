/**
 * Neutral action and form ids, carried by buttons, checklists and forms on every platform.
 * Versioned (`v1:`) so that buttons on messages from an older release are recognised as stale
 * rather than misread. At most 100 characters (Discord custom_id).
 */
const WITH_ID = [
  'link-accept',
  'link-decline',
  'link-end',
  'share-pick',
  'share-to',
  'share-preview',
  'share-send',
  'share-cancel',
  'share-revoke',
  'share-one',
] as const;
type WithId = (typeof WITH_ID)[number];

export type Action =
  | { readonly verb: 'reflect' | 'not-today' | 'checklist' | 'protect'; readonly deliveryId: number }
  /** Care links and shares: the id is a link id for `link-*` and `share-to`, a share id otherwise. */
  | { readonly verb: WithId; readonly id: number }
  | { readonly verb: 'note' }
  | { readonly verb: 'consent'; readonly choice: 'store-yes' | 'store-no' | 'risk-yes' | 'risk-no' }
  | { readonly verb: 'delete'; readonly choice: 'confirm' | 'cancel' }
  | { readonly verb: 'checkin' | 'checklist-new' | 'help' | 'pause-week' | 'export' | 'share-new' };

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
    case 'link-accept':
    case 'link-decline':
    case 'link-end':
    case 'share-pick':
    case 'share-to':
    case 'share-preview':
    case 'share-send':
    case 'share-cancel':
    case 'share-revoke':
    case 'share-one':
      return `${VERSION}:${action.verb}:${action.id}`;
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
    case 'note':
    case 'share-new':
      return arg === undefined ? { verb } : undefined;
    case 'link-accept':
    case 'link-decline':
    case 'link-end':
    case 'share-pick':
    case 'share-to':
    case 'share-preview':
    case 'share-send':
    case 'share-cancel':
    case 'share-revoke':
    case 'share-one':
      return arg !== undefined && /^[1-9]\d{0,15}$/.test(arg) ? { verb, id: Number(arg) } : undefined;
    default:
      return undefined;
  }
}

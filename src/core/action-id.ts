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
  'share-older',
  'share-newer',
  'share-to',
  'share-preview',
  'share-send',
  'share-cancel',
  'share-revoke',
  'share-one',
  'community',
] as const;
type WithId = (typeof WITH_ID)[number];

export type Action =
  | { readonly verb: 'reflect' | 'not-today' | 'checklist' | 'protect'; readonly deliveryId: number }
  /**
   * Care links and shares: the id is a link id for `link-*` and `share-to`, an entry id for
   * `share-one`, a member id for `community`, a share id otherwise.
   */
  | { readonly verb: WithId; readonly id: number }
  | { readonly verb: 'note' }
  | { readonly verb: 'consent'; readonly choice: 'store-yes' | 'store-no' | 'risk-yes' | 'risk-no' }
  /** `withdraw`: take back every share still in a therapist's DM, then erase. */
  | { readonly verb: 'delete'; readonly choice: 'confirm' | 'withdraw' | 'cancel' }
  /** A time zone chosen with one click (an IANA name, checked again when it is set). */
  | { readonly verb: 'zone'; readonly zone: string }
  | {
      readonly verb:
        | 'checkin'
        | 'checklist-new'
        | 'help'
        | 'pause-week'
        | 'export'
        | 'share-new'
        | 'safety-ok';
    };

const VERSION = 'v1';
export const MAX_ACTION_ID = 100;

const ID = /^[1-9]\d{0,15}$/;
/** The shape of an IANA zone name (`Europe/London`, `America/Argentina/Buenos_Aires`). */
const ZONE = /^[A-Z][A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2}$/;
const isWithId = (verb: string): verb is WithId => (WITH_ID as readonly string[]).includes(verb);

export function encodeAction(action: Action): string {
  if ('deliveryId' in action) return `${VERSION}:${action.verb}:${action.deliveryId}`;
  if ('id' in action) return `${VERSION}:${action.verb}:${action.id}`;
  if ('choice' in action) return `${VERSION}:${action.verb}:${action.choice}`;
  if ('zone' in action) return `${VERSION}:${action.verb}:${action.zone}`;
  return `${VERSION}:${action.verb}`;
}

/** Parses an id; `undefined` means unknown or stale (from an old message), never an error. */
export function decodeAction(id: string): Action | undefined {
  if (id.length > MAX_ACTION_ID) return undefined;
  const [version, verb = '', arg, ...rest] = id.split(':');
  if (version !== VERSION || rest.length > 0) return undefined;
  if (isWithId(verb)) return arg !== undefined && ID.test(arg) ? { verb, id: Number(arg) } : undefined;
  switch (verb) {
    case 'reflect':
    case 'not-today':
    case 'checklist':
    case 'protect':
      return arg !== undefined && ID.test(arg) ? { verb, deliveryId: Number(arg) } : undefined;
    case 'consent':
      return arg === 'store-yes' || arg === 'store-no' || arg === 'risk-yes' || arg === 'risk-no'
        ? { verb, choice: arg }
        : undefined;
    case 'delete':
      return arg === 'confirm' || arg === 'withdraw' || arg === 'cancel' ? { verb, choice: arg } : undefined;
    case 'zone':
      return arg !== undefined && ZONE.test(arg) ? { verb, zone: arg } : undefined;
    case 'checkin':
    case 'checklist-new':
    case 'help':
    case 'pause-week':
    case 'export':
    case 'note':
    case 'share-new':
    case 'safety-ok':
      return arg === undefined ? { verb } : undefined;
    default:
      return undefined;
  }
}

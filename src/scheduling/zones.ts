import { encodeAction } from '../core/action-id';
import type { Element } from '../core/model';
import { type Locale, type MessageKey, t } from '../i18n';

/** A time zone offered with one click: its IANA name and the catalogue key of its label. */
interface ZoneChoice {
  readonly zone: string;
  readonly label: MessageKey;
}

const zone = (name: string, label: MessageKey): ZoneChoice => ({ zone: name, label });
const NEW_YORK = zone('America/New_York', 'schedule.zone.newYork');
const LOS_ANGELES = zone('America/Los_Angeles', 'schedule.zone.losAngeles');

/**
 * The zones offered to a member whose zone Between does not know (Discord says nothing about it),
 * by language: where that language's members most often live. Ten each: two rows of Discord
 * buttons. Any other zone is typed (`/between settings timezone Asia/Manila`).
 */
export const COMMON_ZONES: Readonly<Record<Locale, readonly ZoneChoice[]>> = {
  en: [
    NEW_YORK,
    zone('America/Chicago', 'schedule.zone.chicago'),
    zone('America/Denver', 'schedule.zone.denver'),
    LOS_ANGELES,
    zone('America/Toronto', 'schedule.zone.toronto'),
    zone('Europe/London', 'schedule.zone.london'),
    zone('Europe/Dublin', 'schedule.zone.dublin'),
    zone('Australia/Sydney', 'schedule.zone.sydney'),
    zone('Australia/Perth', 'schedule.zone.perth'),
    zone('Pacific/Auckland', 'schedule.zone.auckland'),
  ],
  es: [
    zone('America/Mexico_City', 'schedule.zone.mexicoCity'),
    zone('America/Bogota', 'schedule.zone.bogota'),
    zone('America/Lima', 'schedule.zone.lima'),
    zone('America/Caracas', 'schedule.zone.caracas'),
    zone('America/Santiago', 'schedule.zone.santiago'),
    zone('America/Argentina/Buenos_Aires', 'schedule.zone.buenosAires'),
    zone('America/Guatemala', 'schedule.zone.guatemala'),
    zone('Europe/Madrid', 'schedule.zone.madrid'),
    NEW_YORK,
    LOS_ANGELES,
  ],
};

/** One button per common zone of `locale`; pressing one sets the member's zone. */
export function zoneButtons(locale: Locale): Element {
  return {
    kind: 'buttons',
    buttons: COMMON_ZONES[locale].map((choice) => ({
      id: encodeAction({ verb: 'zone', zone: choice.zone }),
      label: t(locale, choice.label),
    })),
  };
}

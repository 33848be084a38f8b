import { encodeAction } from '../core/action-id';
import type { Element, OutgoingMessage } from '../core/model';
import { findRegion, type Language, REGIONS, type Region } from './crisis-lines';
import type { RiskSubject } from './rule';

export type { Language } from './crisis-lines';

const WORDS = {
  en: {
    notCrisis: 'Between is not a crisis service and nobody reads your answers as you write them.',
    in: (place: string) => `In ${place}:`,
    emergency: 'In an emergency:',
    elsewhere: 'Elsewhere, or in an emergency: call your local emergency number.',
    setRegion: 'Tip: /between settings region sets which numbers I show first.',
    selfHeading:
      'Thank you for writing this down. It sounds like things may be very hard right now, and you deserve support straight away.',
    selfAfter: 'If you can, reach out to someone you trust, or your therapist, today.',
    otherHeading:
      'It sounds like someone you care about may be in danger. You do not have to handle this on your own.',
    otherSteps:
      'If they might act on it now, call the emergency number and stay with them if it is safe for you. Otherwise: ask them calmly and directly whether they are thinking about suicide, listen without judging, and help them reach a crisis line, or call it together.',
    otherAfter: 'These lines also support worried friends and family: you can call for yourself too.',
    notAboutMe: 'This wasn’t about me / I’m safe',
  },
  es: {
    notCrisis: 'Between no es un servicio de crisis y nadie lee tus respuestas mientras escribes.',
    in: (place: string) => `En ${place}:`,
    emergency: 'En una emergencia:',
    elsewhere: 'En otro lugar, o en una emergencia: llama al número de emergencias de donde estés.',
    setRegion: 'Consejo: /between settings region elige qué números te muestro primero.',
    selfHeading:
      'Gracias por ponerlo en palabras. Parece que estás pasando por algo muy difícil, y mereces apoyo ahora mismo.',
    selfAfter: 'Si puedes, habla hoy con alguien de confianza o con tu terapeuta.',
    otherHeading:
      'Parece que alguien que te importa podría estar en peligro. No tienes que enfrentarlo sola ni solo.',
    otherSteps:
      'Si podría hacerse daño ahora, llama a emergencias y quédate a su lado si es seguro para ti. Si no: pregúntale con calma y directamente si está pensando en el suicidio, escúchale sin juzgar y ayúdale a llamar a una línea de crisis, o llamen juntos.',
    otherAfter: 'Estas líneas también apoyan a amigos y familiares preocupados: puedes llamar por ti.',
    notAboutMe: 'No era sobre mí / Estoy bien',
  },
} as const;

/** Shown when a member has not set a region: the lines people most often need, in their language. */
const DEFAULT_REGIONS: Readonly<Record<Language, readonly string[]>> = {
  en: ['US', 'GB', 'IE'],
  es: ['US', 'ES', 'MX', 'AR'],
};

function regionLines(region: Region, language: Language, withPlace: boolean): string[] {
  const lines = region.lines.map((l) => l.say[language]);
  const emergency = region.emergency?.say[language];
  const place = withPlace ? `${WORDS[language].in(region.name[language])} ` : '';
  if (lines.length === 0) return emergency ? [`${place}${emergency}.`] : [];
  return [
    `${place}${lines.join('; ')}.`,
    ...(emergency && !withPlace ? [`${WORDS[language].emergency} ${emergency}.`] : []),
  ];
}

/** Crisis lines for the member's region (or the common ones when it is unknown). Deterministic text. */
export function crisisLines(regionCode: string | null, language: Language = 'en'): string[] {
  const region = findRegion(regionCode);
  if (region && region.lines.length > 0) return regionLines(region, language, false);
  const shown = region ? [region] : DEFAULT_REGIONS[language].flatMap((c) => findRegion(c) ?? []);
  return [...shown.flatMap((r) => regionLines(r, language, true)), WORDS[language].elsewhere];
}

export const NOT_A_CRISIS_SERVICE = WORDS.en.notCrisis;

/** "Between is not a crisis service…", in `language`: the card's own words, for help and the welcome too. */
export const notACrisisService = (language: Language): string => WORDS[language].notCrisis;

/**
 * The card shown at once when the screen matches: crisis lines for the member's region, in their
 * language. `other`: the "someone you know" card, for a friend or relative at risk.
 */
export function crisisMessage(
  regionCode: string | null,
  language: Language = 'en',
  subject: RiskSubject = 'self',
): OutgoingMessage {
  const w = WORDS[language];
  const lines = crisisLines(regionCode, language);
  const tip = findRegion(regionCode) ? [] : [w.setRegion];
  const elements: Element[] =
    subject === 'self'
      ? [
          { kind: 'text', text: w.selfHeading, tone: 'heading' },
          { kind: 'text', text: lines.join('\n') },
          { kind: 'text', text: [`${w.notCrisis} ${w.selfAfter}`, ...tip].join('\n'), tone: 'muted' },
          {
            kind: 'buttons',
            buttons: [{ id: encodeAction({ verb: 'safety-ok' }), label: w.notAboutMe }],
          },
        ]
      : [
          { kind: 'text', text: w.otherHeading, tone: 'heading' },
          { kind: 'text', text: w.otherSteps },
          { kind: 'text', text: lines.join('\n') },
          { kind: 'text', text: [`${w.otherAfter} ${w.notCrisis}`, ...tip].join('\n'), tone: 'muted' },
        ];
  return { fallback: `${elements[0]?.kind === 'text' ? elements[0].text : ''} ${lines.join(' ')}`, elements };
}

/** Region codes a member can choose, with their names (for settings and help). */
export const REGION_CODES = REGIONS.map((r) => r.code);

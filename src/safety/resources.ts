import { encodeAction } from '../core/action-id';
import type { Element, OutgoingMessage } from '../core/model';
import { type MessageKey, t } from '../i18n';
import { findRegion, type Language, REGIONS, type Region } from './crisis-lines';
import type { RiskSubject } from './rule';

export type { Language } from './crisis-lines';

/**
 * Shown when a member has not set a region: the lines people most often need, in their language.
 * A language without its own list gets English's.
 */
const DEFAULT_REGIONS: Readonly<Partial<Record<Language, readonly string[]>>> = {
  en: ['US', 'GB', 'IE'],
  es: ['US', 'ES', 'MX', 'AR'],
};

function regionLines(region: Region, language: Language, withPlace: boolean): string[] {
  const lines = region.lines.map((l) => l.say[language]);
  const emergency = region.emergency?.say[language];
  const sentence = (said: string) =>
    withPlace
      ? t(language, 'safety.lines.in', { place: t(language, region.name), lines: said })
      : t(language, 'safety.lines.here', { lines: said });
  const [first, ...rest] = lines;
  if (first === undefined) return emergency ? [sentence(emergency)] : [];
  const said = rest.reduce(
    (before, line) => t(language, 'safety.lines.join', { lines: before, line }),
    first,
  );
  return [
    sentence(said),
    ...(emergency && !withPlace ? [t(language, 'safety.lines.emergency', { emergency })] : []),
  ];
}

/** Crisis lines for the member's region (or the common ones when it is unknown). Deterministic text. */
export function crisisLines(regionCode: string | null, language: Language = 'en'): string[] {
  const region = findRegion(regionCode);
  if (region && region.lines.length > 0) return regionLines(region, language, false);
  const common = DEFAULT_REGIONS[language] ?? DEFAULT_REGIONS.en ?? [];
  const shown = region ? [region] : common.flatMap((c) => findRegion(c) ?? []);
  return [...shown.flatMap((r) => regionLines(r, language, true)), t(language, 'safety.lines.elsewhere')];
}

/** "Between is not a crisis service…", in `language`: the card's own words, for help and the welcome too. */
export const notACrisisService = (language: Language): string => t(language, 'safety.notCrisis');

export const NOT_A_CRISIS_SERVICE = notACrisisService('en');

/**
 * The card shown at once when the screen matches: crisis lines for the member's region, in their
 * language. `other`: the "someone you know" card, for a friend or relative at risk.
 */
export function crisisMessage(
  regionCode: string | null,
  language: Language = 'en',
  subject: RiskSubject = 'self',
): OutgoingMessage {
  const say = (key: MessageKey) => t(language, key);
  const lines = crisisLines(regionCode, language);
  const tip = findRegion(regionCode) ? [] : [say('safety.setRegion')];
  const notCrisis = say('safety.notCrisis');
  const elements: Element[] =
    subject === 'self'
      ? [
          { kind: 'text', text: say('safety.self.heading'), tone: 'heading' },
          { kind: 'text', text: lines.join('\n') },
          {
            kind: 'text',
            text: [`${notCrisis} ${say('safety.self.after')}`, ...tip].join('\n'),
            tone: 'muted',
          },
          {
            kind: 'buttons',
            buttons: [{ id: encodeAction({ verb: 'safety-ok' }), label: say('safety.notAboutMe.button') }],
          },
        ]
      : [
          { kind: 'text', text: say('safety.other.heading'), tone: 'heading' },
          { kind: 'text', text: say('safety.other.steps') },
          { kind: 'text', text: lines.join('\n') },
          {
            kind: 'text',
            text: [`${say('safety.other.after')} ${notCrisis}`, ...tip].join('\n'),
            tone: 'muted',
          },
        ];
  return { fallback: `${elements[0]?.kind === 'text' ? elements[0].text : ''} ${lines.join(' ')}`, elements };
}

/** Region codes a member can choose, with their names (for settings and help). */
export const REGION_CODES = REGIONS.map((r) => r.code);

/**
 * Crisis lines by region. A wrong crisis number is worse than none, so every line shown was
 * checked on 2026-12-02 against the organisation's own page or a government page (stored public
 * copies read through the project's search tool), and the page is cited beside it. Lines that
 * only news reports confirmed are kept below as `pending`, with what was found, and are NOT shown
 * until someone confirms them on the organisation's own page.
 *
 * The numbers live here, beside their sources; the wording around them (and each region's name)
 * lives in the catalogue (`src/i18n/parts/safety.*.ts`), with the number as `{number}`, so that a
 * language is added in the catalogue alone. Sources, check notes and pending lines are for
 * maintainers and are never shown to anyone.
 */
import { LOCALES, type Locale, type MessageKey, t } from '../i18n';

/** The languages the card is written in: every language of the catalogue. */
export type Language = Locale;

/** The catalogue key of a line's wording: "call or text {number} (…)". */
export type LineKey = Extract<MessageKey, `safety.line.${string}` | `safety.emergency.${string}`>;
/** The catalogue key of a region's name, as it follows "In …". */
export type RegionKey = Extract<MessageKey, `safety.region.${string}`>;

interface LineData {
  /** The wording, in the catalogue, with this line's number as `{number}`. */
  readonly key: LineKey;
  readonly number: string;
  /** Any further number the wording holds, by its placeholder (`{ text: '0477 13 11 14' }`): same source. */
  readonly otherNumbers?: Readonly<Record<string, string>>;
  /** The page that states the number. */
  readonly source: string;
  /** When it was checked, and what the page is. */
  readonly checked: string;
}

export interface CrisisLine extends LineData {
  /** What to do, in each language, with the number in it: "call or text 988 (…)" (from the catalogue). */
  readonly say: Readonly<Record<Language, string>>;
}

interface RegionData<Line> {
  readonly code: string;
  /** The catalogue key of the region's name. */
  readonly name: RegionKey;
  /** Crisis and support lines, shown first. */
  readonly lines: readonly Line[];
  /** The emergency number(s) for immediate danger. */
  readonly emergency?: Line;
  /** Found only in news reports; not shown. */
  readonly pending?: readonly string[];
}

export type Region = RegionData<CrisisLine>;

const CHECKED = '2026-12-02';

const DATA: readonly RegionData<LineData>[] = [
  {
    code: 'US',
    name: 'safety.region.us',
    lines: [
      {
        number: '988',
        key: 'safety.line.us988',
        source: 'https://988lifeline.org/get-help/what-to-expect',
        checked: `${CHECKED}, the Lifeline's own page (Spanish: "Press 2", "text AYUDA")`,
      },
    ],
    emergency: {
      number: '911',
      key: 'safety.emergency.call',
      source:
        'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
      checked: `${CHECKED}, Wyoming Department of Health page ("in immediate danger … call 911")`,
    },
  },
  {
    code: 'GB',
    name: 'safety.region.gb',
    lines: [
      {
        number: '116 123',
        key: 'safety.line.samaritans',
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        checked: `${CHECKED}, Samaritans' own page ("24 hours a day, every day of the year")`,
      },
      {
        number: '85258',
        key: 'safety.line.shout',
        source: 'https://giveusashout.org/about-us/faq',
        checked: `${CHECKED}, Shout's own FAQ ("free, 24/7"; page updated 4 November 2024)`,
      },
    ],
    emergency: {
      number: '999',
      key: 'safety.emergency.call',
      source: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
      checked: `${CHECKED}, an NHS trust's page ("call 999 or go to the emergency department")`,
    },
  },
  {
    code: 'IE',
    name: 'safety.region.ie',
    lines: [
      {
        number: '116 123',
        key: 'safety.line.samaritans',
        source:
          'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
        checked: `${CHECKED}, Samaritans' own page (free to call since March 2014, 24 hours)`,
      },
    ],
    emergency: {
      number: '112',
      key: 'safety.emergency.callEither',
      otherNumbers: { also: '999' },
      source: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
      checked: `${CHECKED}, HSE page ("two emergency numbers in Ireland — 112 and 999")`,
    },
    pending: ['Pieta 1800 247 247 (text HELP to 51444): news reports only; pieta.ie copy shows no number'],
  },
  {
    code: 'ES',
    name: 'safety.region.es',
    lines: [],
    emergency: {
      number: '112',
      key: 'safety.emergency.call',
      source: 'https://boe.es/buscar/doc.php?id=BOE-A-1997-14058',
      checked: `${CHECKED}, BOE, Real Decreto 903/1997 (112, the single European emergency number)`,
    },
    pending: [
      'Línea 024 de atención a la conducta suicida: many national news reports (RTVE 2022-05-09), no sanidad.gob.es copy found',
      'Teléfono de la Esperanza 717 003 717: news reports only',
    ],
  },
  {
    code: 'MX',
    name: 'safety.region.mx',
    lines: [],
    emergency: {
      number: '911',
      key: 'safety.emergency.call',
      source: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
      checked: `${CHECKED}, gob.mx ("el 911 como el único número nacional de atención a emergencias")`,
    },
    pending: ['Línea de la Vida 800 911 2000: news reports only, no gob.mx copy found'],
  },
  {
    code: 'AR',
    name: 'safety.region.ar',
    lines: [],
    emergency: {
      number: '911',
      key: 'safety.emergency.call',
      source: 'http://emergencias911.mseg.gba.gov.ar/preguntas',
      checked: `${CHECKED}, Provincia de Buenos Aires page (911, free, 24 h)`,
    },
    pending: [
      'Centro de Asistencia al Suicida 135 / (011) 5275-1135: news reports only, and not 24 h (08:00–24:00)',
      'Ministerio de Salud 0800-999-0091: launch news 2022 only; may no longer run',
    ],
  },
  {
    code: 'CO',
    name: 'safety.region.co',
    lines: [
      {
        number: '106',
        key: 'safety.line.bogota106',
        otherNumbers: { whatsapp: '300 754 8933' },
        source: 'http://www.bogota.gov.co/servicios/guia-de-tramites-y-servicios/linea-106',
        checked: `${CHECKED}, Bogotá city page ("lunes a domingo, 24 horas"; Bogotá phones only)`,
      },
    ],
    pending: [
      'Emergencias 123: news reports quoting the government only',
      'MinSalud 192 opción 4: 2020–21 news only; may no longer run',
    ],
  },
  {
    code: 'CL',
    name: 'safety.region.cl',
    lines: [],
    pending: [
      'Línea *4141 (MINSAL): news reports only, perhaps mobile phones only',
      'Salud Responde 600 360 7777: news reports only',
      'SAMU 131: news reports only',
    ],
  },
  {
    code: 'CA',
    name: 'safety.region.ca',
    lines: [
      {
        number: '9-8-8',
        key: 'safety.line.ca988',
        source:
          'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        checked: `${CHECKED}, Government of Canada release of 2023-11-30 ("24 hours a day and seven days a week")`,
      },
    ],
    emergency: {
      number: '9-1-1',
      key: 'safety.emergency.call',
      source: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html',
      checked: `${CHECKED}, Government of New Brunswick page`,
    },
  },
  {
    code: 'AU',
    name: 'safety.region.au',
    lines: [
      {
        number: '13 11 14',
        key: 'safety.line.auLifeline',
        otherNumbers: { text: '0477 13 11 14' },
        source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
        checked: `${CHECKED}, a Lifeline centre's own page (24-hour line; lifeline.org.au itself was not in the store)`,
      },
    ],
    emergency: {
      number: '000',
      key: 'safety.emergency.call',
      source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
      checked: `${CHECKED}, the same Lifeline page ("If you are in immediate danger call 000")`,
    },
  },
  {
    code: 'NZ',
    name: 'safety.region.nz',
    lines: [
      {
        number: '1737',
        key: 'safety.line.nz1737',
        source:
          'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        checked: `${CHECKED}, Ministry of Health item of 2019-03-17`,
      },
      {
        number: '0800 543 354',
        key: 'safety.line.nzLifeline',
        source: 'http://www.lifeline.co.nz/history-lifeline/',
        checked: `${CHECKED}, LifeLine New Zealand's own (older) page ("available 24/7")`,
      },
    ],
    emergency: {
      number: '111',
      key: 'safety.emergency.call',
      source: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
      checked: `${CHECKED}, govt.nz ("111 calls are free")`,
    },
  },
];

/** What a line says in each language: its wording from the catalogue, with its numbers put in. */
function spoken(line: LineData): CrisisLine {
  const values = { ...line.otherNumbers, number: line.number };
  const say = Object.fromEntries(LOCALES.map((locale) => [locale, t(locale, line.key, values)]));
  return { ...line, say: say as Record<Language, string> };
}

export const REGIONS: readonly Region[] = DATA.map((region) => ({
  ...region,
  lines: region.lines.map(spoken),
  emergency: region.emergency && spoken(region.emergency),
}));

/** The region a member chose, or undefined (not set, or not one Between lists). */
export function findRegion(code: string | null | undefined): Region | undefined {
  return code ? REGIONS.find((r) => r.code === code) : undefined;
}

/**
 * Crisis lines by region. A wrong crisis number is worse than none, so every line shown was
 * checked on 2026-12-02 against the organisation's own page or a government page (stored public
 * copies read through the project's search tool), and the page is cited beside it. Lines that
 * only news reports confirmed are kept below as `pending`, with what was found, and are NOT shown
 * until someone confirms them on the organisation's own page.
 */

export type Language = 'en' | 'es';
type Words = Readonly<Record<Language, string>>;

export interface CrisisLine {
  /** What to do, in each language, with the number in it: "call or text 988 (…)". */
  readonly say: Words;
  readonly number: string;
  /** The page that states the number. */
  readonly source: string;
  /** When it was checked, and what the page is. */
  readonly checked: string;
}

export interface Region {
  readonly code: string;
  readonly name: Words;
  /** Crisis and support lines, shown first. */
  readonly lines: readonly CrisisLine[];
  /** The emergency number(s) for immediate danger. */
  readonly emergency?: CrisisLine;
  /** Found only in news reports; not shown. */
  readonly pending?: readonly string[];
}

const CHECKED = '2026-12-02';

export const REGIONS: readonly Region[] = [
  {
    code: 'US',
    name: { en: 'the US', es: 'Estados Unidos' },
    lines: [
      {
        number: '988',
        say: {
          en: 'call or text 988 (988 Suicide & Crisis Lifeline), any time; for Spanish, press 2 or text AYUDA to 988',
          es: 'llama o escribe al 988 (988 Suicide & Crisis Lifeline), a cualquier hora; en español, marca 2 al llamar o envía AYUDA al 988',
        },
        source: 'https://988lifeline.org/get-help/what-to-expect',
        checked: `${CHECKED}, the Lifeline's own page (Spanish: "Press 2", "text AYUDA")`,
      },
    ],
    emergency: {
      number: '911',
      say: { en: 'call 911', es: 'llama al 911' },
      source:
        'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
      checked: `${CHECKED}, Wyoming Department of Health page ("in immediate danger … call 911")`,
    },
  },
  {
    code: 'GB',
    name: { en: 'the UK', es: 'el Reino Unido' },
    lines: [
      {
        number: '116 123',
        say: {
          en: 'call Samaritans free on 116 123, any time',
          es: 'llama gratis a Samaritans al 116 123, a cualquier hora (en inglés)',
        },
        source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
        checked: `${CHECKED}, Samaritans' own page ("24 hours a day, every day of the year")`,
      },
      {
        number: '85258',
        say: {
          en: 'or text SHOUT to 85258',
          es: 'o envía SHOUT al 85258 (en inglés)',
        },
        source: 'https://giveusashout.org/about-us/faq',
        checked: `${CHECKED}, Shout's own FAQ ("free, 24/7"; page updated 4 November 2024)`,
      },
    ],
    emergency: {
      number: '999',
      say: { en: 'call 999', es: 'llama al 999' },
      source: 'https://www.lpft.nhs.uk/contact-us/need-help-now',
      checked: `${CHECKED}, an NHS trust's page ("call 999 or go to the emergency department")`,
    },
  },
  {
    code: 'IE',
    name: { en: 'Ireland', es: 'Irlanda' },
    lines: [
      {
        number: '116 123',
        say: {
          en: 'call Samaritans free on 116 123, any time',
          es: 'llama gratis a Samaritans al 116 123, a cualquier hora (en inglés)',
        },
        source:
          'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
        checked: `${CHECKED}, Samaritans' own page (free to call since March 2014, 24 hours)`,
      },
    ],
    emergency: {
      number: '112',
      say: { en: 'call 112 or 999', es: 'llama al 112 o al 999' },
      source: 'https://www2.hse.ie/emergencies/when-to-call-112-or-999/',
      checked: `${CHECKED}, HSE page ("two emergency numbers in Ireland — 112 and 999")`,
    },
    pending: ['Pieta 1800 247 247 (text HELP to 51444): news reports only; pieta.ie copy shows no number'],
  },
  {
    code: 'ES',
    name: { en: 'Spain', es: 'España' },
    lines: [],
    emergency: {
      number: '112',
      say: { en: 'call 112', es: 'llama al 112' },
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
    name: { en: 'Mexico', es: 'México' },
    lines: [],
    emergency: {
      number: '911',
      say: { en: 'call 911', es: 'llama al 911' },
      source: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
      checked: `${CHECKED}, gob.mx ("el 911 como el único número nacional de atención a emergencias")`,
    },
    pending: ['Línea de la Vida 800 911 2000: news reports only, no gob.mx copy found'],
  },
  {
    code: 'AR',
    name: { en: 'Argentina', es: 'Argentina' },
    lines: [],
    emergency: {
      number: '911',
      say: { en: 'call 911', es: 'llama al 911' },
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
    name: { en: 'Colombia', es: 'Colombia' },
    lines: [
      {
        number: '106',
        say: {
          en: 'in Bogotá, call 106 (Línea 106, any time) or WhatsApp 300 754 8933',
          es: 'en Bogotá, llama al 106 (Línea 106, a cualquier hora) o escribe por WhatsApp al 300 754 8933',
        },
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
    name: { en: 'Chile', es: 'Chile' },
    lines: [],
    pending: [
      'Línea *4141 (MINSAL): news reports only, perhaps mobile phones only',
      'Salud Responde 600 360 7777: news reports only',
      'SAMU 131: news reports only',
    ],
  },
  {
    code: 'CA',
    name: { en: 'Canada', es: 'Canadá' },
    lines: [
      {
        number: '9-8-8',
        say: {
          en: 'call or text 9-8-8 (Suicide Crisis Helpline), any time, in English or French',
          es: 'llama o escribe al 9-8-8 (Suicide Crisis Helpline), a cualquier hora, en inglés o francés',
        },
        source:
          'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
        checked: `${CHECKED}, Government of Canada release of 2023-11-30 ("24 hours a day and seven days a week")`,
      },
    ],
    emergency: {
      number: '9-1-1',
      say: { en: 'call 9-1-1', es: 'llama al 9-1-1' },
      source: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html',
      checked: `${CHECKED}, Government of New Brunswick page`,
    },
  },
  {
    code: 'AU',
    name: { en: 'Australia', es: 'Australia' },
    lines: [
      {
        number: '13 11 14',
        say: {
          en: 'call Lifeline on 13 11 14, or text 0477 13 11 14, any time',
          es: 'llama a Lifeline al 13 11 14 o escribe al 0477 13 11 14, a cualquier hora (en inglés)',
        },
        source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
        checked: `${CHECKED}, a Lifeline centre's own page (24-hour line; lifeline.org.au itself was not in the store)`,
      },
    ],
    emergency: {
      number: '000',
      say: { en: 'call 000', es: 'llama al 000' },
      source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
      checked: `${CHECKED}, the same Lifeline page ("If you are in immediate danger call 000")`,
    },
  },
  {
    code: 'NZ',
    name: { en: 'New Zealand', es: 'Nueva Zelanda' },
    lines: [
      {
        number: '1737',
        say: {
          en: 'call or text 1737 (Need to talk?), any time',
          es: 'llama o escribe al 1737 (Need to talk?), a cualquier hora, con intérprete si lo pides',
        },
        source:
          'https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy',
        checked: `${CHECKED}, Ministry of Health item of 2019-03-17`,
      },
      {
        number: '0800 543 354',
        say: {
          en: 'or Lifeline Aotearoa on 0800 543 354',
          es: 'o Lifeline Aotearoa al 0800 543 354 (en inglés)',
        },
        source: 'http://www.lifeline.co.nz/history-lifeline/',
        checked: `${CHECKED}, LifeLine New Zealand's own (older) page ("available 24/7")`,
      },
    ],
    emergency: {
      number: '111',
      say: { en: 'call 111', es: 'llama al 111' },
      source: 'https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/',
      checked: `${CHECKED}, govt.nz ("111 calls are free")`,
    },
  },
];

/** The region a member chose, or undefined (not set, or not one Between lists). */
export function findRegion(code: string | null | undefined): Region | undefined {
  return code ? REGIONS.find((r) => r.code === code) : undefined;
}

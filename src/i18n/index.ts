import { IntlMessageFormat } from 'intl-messageformat';
import { DateTime } from 'luxon';
import { en } from './en';
import { es } from './es';

/**
 * Between's languages. Every user-facing text is a key in `en.ts` (the source) and in each other
 * language's catalogue (`es.ts`, typed so that the compiler keeps the keys in step), written in
 * ICU MessageFormat: `{name}` arguments, `{n, plural, one {…} other {…}}`, `{x, select, …}`.
 * Use cases name a key and its values; the language comes from the member, here, in one place.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof en;
export type MessageValues = Readonly<Record<string, string | number | Date>>;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, es };

/** The locale Intl (and luxon) formats numbers, dates, weekdays and plural rules with, per language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { en: 'en', es: 'es-419' };

/**
 * The supported language of a locale tag, if any: `es-MX`, `es_ES.UTF-8`, `es-419` and `ES` are
 * Spanish; `en-GB` is English; `C`, `POSIX`, `fr-FR`, an empty or missing tag are none.
 */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  const language = /^([A-Za-z]{2,3})(?:[-_.@]|$)/.exec(tag?.trim() ?? '')?.[1]?.toLowerCase();
  return LOCALES.find((l) => l === language);
}

/** The language to speak for a locale tag: a supported one, else English. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return supportedLocale(tag) ?? 'en';
}

/** The one place a member's language is read from (their stored `locale`). */
export function localeOf(member: { readonly locale: string | null } | undefined): Locale {
  return resolveLocale(member?.locale);
}

const cache = new Map<string, IntlMessageFormat>();

function formatter(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let format = cache.get(id);
  if (!format) {
    // `ignoreTag`: a `<` in a message is text, not markup.
    format = new IntlMessageFormat(CATALOGUES[locale][key], INTL_LOCALE[locale], undefined, {
      ignoreTag: true,
    });
    cache.set(id, format);
  }
  return format;
}

/** The message `key` in `locale`, with `values` put in (numbers, plurals and dates by ICU rules). */
export function t(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const formatted = formatter(locale, key).format(values);
  return Array.isArray(formatted) ? formatted.join('') : String(formatted);
}

/** A translator bound to one language: `const say = translator('es'); say('help.title')`. */
export function translator(locale: Locale): (key: MessageKey, values?: MessageValues) => string {
  return (key, values) => t(locale, key, values);
}

/** How each language writes a whole date ("Monday 28 December 2026", "lunes 28 de diciembre de 2026"). */
const LONG_DATE: Readonly<Record<Locale, string>> = {
  en: 'cccc d LLLL yyyy',
  es: "cccc d 'de' LLLL 'de' yyyy",
};

/** A calendar date (`YYYY-MM-DD`, or a luxon date in the member's zone) written out in `locale`. */
export function longDate(locale: Locale, date: DateTime | string): string {
  const day = typeof date === 'string' ? DateTime.fromISO(date, { zone: 'utc' }) : date;
  return formatIn(locale, day, LONG_DATE);
}

/** How each language writes a day and a time, short ("Mon 23 Nov, 10:00", "lun 23 de nov, 10:00"). */
const DAY_AND_TIME: Readonly<Record<Locale, string>> = {
  en: 'ccc d LLL, HH:mm',
  es: "ccc d 'de' LLL, HH:mm",
};

/** A moment (a luxon date-time in the member's zone) as a short day and 24-hour time in `locale`. */
export function dayAndTime(locale: Locale, date: DateTime): string {
  return formatIn(locale, date, DAY_AND_TIME);
}

/**
 * A luxon date-time written in `locale` with that language's pattern from `patterns` (luxon tokens:
 * each language orders a date its own way, `d LLL` against `d 'de' LLL`).
 */
export function formatIn(locale: Locale, date: DateTime, patterns: Readonly<Record<Locale, string>>): string {
  return date.setLocale(INTL_LOCALE[locale]).toFormat(patterns[locale]);
}

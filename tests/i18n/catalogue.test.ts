import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LOCALES,
  type Locale,
  longDate,
  type MessageKey,
  resolveLocale,
  supportedLocale,
  t,
} from '../../src/i18n';
import { en } from '../../src/i18n/en';

const KEYS = Object.keys(en) as MessageKey[];
const OTHERS = LOCALES.filter((l) => l !== 'en');

/** An argument a message uses: its name and kind (`name:argument`, `count:plural`, `x:select(a|b|other)`). */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        into.add(`${element.value}:argument`);
        break;
      case TYPE.number:
        into.add(`${element.value}:number`);
        break;
      case TYPE.date:
      case TYPE.time:
        into.add(`${element.value}:date`);
        break;
      case TYPE.select:
        // The choices of a select are values the code passes: every language has the same ones.
        into.add(`${element.value}:select(${Object.keys(element.options).sort().join('|')})`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.plural:
        // Plural categories differ by language (`one`/`other`, `one`/`many`/`other`): only the name counts.
        into.add(`${element.value}:plural`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, into);
        break;
      case TYPE.tag:
        argumentsOf(element.children, into);
        break;
      default:
        break;
    }
  }
  return into;
}

function parsed(locale: Locale, key: MessageKey): MessageFormatElement[] {
  const text = CATALOGUES[locale][key];
  if (text === undefined) throw new Error(`${locale}: key ${key} is missing`);
  try {
    return parse(text, { ignoreTag: true });
  } catch (error) {
    throw new Error(`${locale}: ${key} is not valid ICU MessageFormat: ${String(error)}`);
  }
}

/** Sample values for a message: every plain argument a word, every number 2, one run per select choice. */
function samples(locale: Locale, key: MessageKey): Record<string, string | number | Date>[] {
  const args = [...argumentsOf(parsed(locale, key))];
  const base: Record<string, string | number | Date> = {};
  const selects: [string, string[]][] = [];
  for (const arg of args) {
    const [name = '', kind = ''] = arg.split(':');
    if (kind === 'number' || kind === 'plural') base[name] = 2;
    else if (kind === 'date') base[name] = new Date('2026-12-28T12:00:00Z');
    else if (kind.startsWith('select(')) {
      selects.push([name, kind.slice(7, -1).split('|')]);
      base[name] ??= 'sample';
    } else base[name] = 'sample';
  }
  const runs = [base];
  for (const [name, choices] of selects) {
    // A select argument may also be used plainly inside its own choices (`{since}`): keep the sample word for `other`.
    for (const choice of choices) runs.push({ ...base, [name]: choice === 'other' ? 'sample' : choice });
  }
  return runs;
}

describe('the catalogues', () => {
  it.each(OTHERS)('%s has exactly the English keys', (locale) => {
    const keys = new Set(Object.keys(CATALOGUES[locale]));
    const missing = KEYS.filter((k) => !keys.has(k)).map((k) => `${locale}: missing key ${k}`);
    const extra = [...keys].filter((k) => !(k in en)).map((k) => `${locale}: extra key ${k} (not in en.ts)`);
    expect([...missing, ...extra]).toEqual([]);
  });

  it.each(OTHERS)('%s uses, per key, the same arguments as English', (locale) => {
    const mismatches = KEYS.flatMap((key) => {
      const want = [...argumentsOf(parsed('en', key))].sort();
      const got = [...argumentsOf(parsed(locale, key))].sort();
      return want.join(',') === got.join(',')
        ? []
        : [`${locale}: ${key} uses {${got.join(', ')}} where English uses {${want.join(', ')}}`];
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('every %s message formats with sample values, leaving no braces or gaps', (locale) => {
    const problems = KEYS.flatMap((key) =>
      samples(locale, key).flatMap((values) => {
        try {
          const text = t(locale, key, values);
          if (/[{}]|undefined|\[object /.test(text) || text.trim() === '')
            return [`${locale}: ${key} formats as ${JSON.stringify(text)}`];
          return [];
        } catch (error) {
          return [`${locale}: ${key} fails to format with ${JSON.stringify(values)}: ${String(error)}`];
        }
      }),
    );
    expect(problems).toEqual([]);
  });

  it('formats messages without arguments exactly as written', () => {
    for (const locale of LOCALES) {
      for (const key of KEYS) {
        if (argumentsOf(parsed(locale, key)).size === 0)
          expect(t(locale, key), `${locale}: ${key}`).toBe(CATALOGUES[locale][key]);
      }
    }
  });
});

describe('locales', () => {
  it.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['es_ES.UTF-8', 'es'],
    ['es-419', 'es'],
    ['ES', 'es'],
    ['en-GB', 'en'],
    ['en_US.UTF-8', 'en'],
    ['fr-FR', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%j speaks %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it('tells a supported language from a fallback', () => {
    expect(supportedLocale('es-CO')).toBe('es');
    expect(supportedLocale('fr')).toBeUndefined();
    expect(supportedLocale('C')).toBeUndefined();
  });

  it('writes dates the way each language does', () => {
    expect(longDate('en', '2026-12-28')).toBe('Monday 28 December 2026');
    expect(longDate('es', '2026-12-28')).toBe('lunes 28 de diciembre de 2026');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES } from '../../src/i18n';
import { REGIONS } from '../../src/safety/crisis-lines';
import { crisisLines, crisisMessage } from '../../src/safety/resources';
import { eventsFor, replyText } from '../fixtures/app';
import { createHarness, type Harness } from '../scheduling/harness';

/** Every line and emergency number, with the region it belongs to. */
const everyLine = REGIONS.flatMap((region) =>
  [...region.lines, ...(region.emergency ? [region.emergency] : [])].map((line) => ({ region, line })),
);

describe('the crisis lines’ wording lives in the catalogue, their numbers beside their sources', () => {
  it.each(LOCALES)('in %s, every line’s wording takes its numbers as placeholders', (locale) => {
    for (const { region, line } of everyLine) {
      const wording = CATALOGUES[locale][line.key];
      expect(wording, `${region.code} ${line.number}`).toContain('{number}');
      for (const name of Object.keys(line.otherNumbers ?? {})) {
        expect(wording, `${region.code} ${line.number}`).toContain(`{${name}}`);
      }
      expect(line.say[locale]).toContain(line.number);
      for (const other of Object.values(line.otherNumbers ?? {})) expect(line.say[locale]).toContain(other);
    }
  });

  it.each(LOCALES)('in %s, no line’s wording writes a phone number of its own', (locale) => {
    // A number typed into a translation would escape the citation beside it in crisis-lines.ts.
    // "988" is part of the US Lifeline's name; "press 2" is a menu choice, not a number to call.
    for (const { line } of everyLine) {
      const wording = CATALOGUES[locale][line.key].replace(/\{\w+\}/g, '');
      const numbers = wording.match(/\d[\d\s-]*\d/g) ?? [];
      expect(numbers.filter((n) => n !== '988')).toEqual([]);
    }
  });

  it.each(LOCALES)('in %s, every region has a name and every card is whole', (locale) => {
    for (const region of REGIONS) {
      expect(CATALOGUES[locale][region.name]).toMatch(/\p{L}/u);
      for (const subject of ['self', 'other'] as const) {
        const card = crisisMessage(region.code, locale, subject);
        const words = card.elements.map((e) => (e.kind === 'text' ? e.text : '')).join('\n');
        expect(words).not.toMatch(/[{}]/);
      }
    }
    expect(crisisLines(null, locale).join(' ')).not.toMatch(/[{}]/);
  });

  it('names each region in Spanish among the common lines', () => {
    const es = crisisLines(null, 'es').join('\n');
    expect(es).toMatch(/^En Estados Unidos: llama o escribe al 988 /m);
    expect(es).toMatch(/^En España: llama al 112\.$/m);
    expect(es).toMatch(/^En México: llama al 911\.$/m);
    expect(crisisLines(null, 'en').join('\n')).toMatch(
      /^In the UK: call Samaritans free on 116 123, any time; or text SHOUT to 85258\.$/m,
    );
  });

  it('puts every number of a line with two into its wording', () => {
    expect(crisisLines('IE').join(' ')).toContain('In an emergency: call 112 or 999.');
    expect(crisisLines('IE', 'es').join(' ')).toContain('En una emergencia: llama al 112 o al 999.');
    expect(crisisLines('AU', 'es').join(' ')).toContain('escribe al 0477 13 11 14');
    expect(crisisLines('CO').join(' ')).toContain('(Línea 106, any time) or WhatsApp 300 754 8933');
  });
});

describe('"This wasn’t about me / I’m safe", answered in the member’s language', () => {
  let h: Harness;
  afterEach(() => h.cleanup());
  const cal = eventsFor({ platform: 'shell', workspaceId: 'local', userId: 'cal' });

  it('thanks a member in English', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.command('help'));
    expect(replyText(await h.app.handle(cal.action('v1:safety-ok')))).toMatch(
      /^Thank you for telling me\. Nothing else happens: nobody is told/,
    );
  });

  it('thanks a member whose language is Spanish in Spanish, with the card in Spanish too', async () => {
    h = createHarness(new Date('2026-11-23T09:00:00Z'));
    await h.app.handle(cal.command('settings language es'));
    const card = replyText(await h.app.handle(cal.message('Kestrel-words: honestly I want to die')));
    expect(card).toMatch(/Gracias por ponerlo en palabras/);
    expect(card).toMatch(/No era sobre mí \/ Estoy bien/);
    expect(replyText(await h.app.handle(cal.action('v1:safety-ok')))).toMatch(
      /^Gracias por decírmelo\. No pasa nada más: nadie recibe aviso/,
    );
  });
});

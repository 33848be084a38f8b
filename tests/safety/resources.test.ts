import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../src/safety/crisis-lines';
import { crisisLines, crisisMessage, NOT_A_CRISIS_SERVICE } from '../../src/safety/resources';

const textOf = (m: ReturnType<typeof crisisMessage>) =>
  m.elements
    .map((e) =>
      e.kind === 'text' ? e.text : e.kind === 'buttons' ? e.buttons.map((b) => b.label).join(' ') : '',
    )
    .join('\n');

describe('the crisis lines file', () => {
  it('cites, for every number it shows, the page that states it and when it was checked', () => {
    for (const region of REGIONS) {
      for (const line of [...region.lines, ...(region.emergency ? [region.emergency] : [])]) {
        expect(line.source, `${region.code} ${line.number}`).toMatch(/^https?:\/\/[^ ]+$/);
        expect(line.checked, `${region.code} ${line.number}`).toMatch(/^\d{4}-\d{2}-\d{2}, /);
        expect(line.say.en).toContain(line.number);
        expect(line.say.es).toContain(line.number);
      }
    }
  });

  it('covers the regions the product promises', () => {
    expect(REGIONS.map((r) => r.code)).toEqual([
      'US',
      'GB',
      'IE',
      'ES',
      'MX',
      'AR',
      'CO',
      'CL',
      'CA',
      'AU',
      'NZ',
    ]);
  });

  it('never shows a number that only news reports confirmed', () => {
    const shown = REGIONS.flatMap((r) => [...crisisLines(r.code, 'en'), ...crisisLines(r.code, 'es')]).join(
      ' ',
    );
    for (const pending of ['024', '800 911 2000', '*4141', '5275-1135', '1800 247 247', '717 003 717']) {
      expect(shown).not.toContain(pending);
    }
  });
});

describe('crisisLines', () => {
  it('gives 988, with the Spanish option, and 911 in the US', () => {
    expect(crisisLines('US').join(' ')).toMatch(/988[\s\S]*press 2 or text AYUDA[\s\S]*911/);
    expect(crisisLines('US', 'es').join(' ')).toMatch(/988[\s\S]*marca 2[\s\S]*911/);
  });

  it.each([
    ['GB', '999'],
    ['IE', '112 or 999'],
  ])('gives Samaritans on 116 123 in %s, with %s for emergencies', (region, emergency) => {
    const text = crisisLines(region).join(' ');
    expect(text).toContain('Samaritans');
    expect(text).toContain('116 123');
    expect(text).toContain(emergency);
    expect(text).not.toContain('988');
  });

  it.each([
    ['CA', '9-8-8'],
    ['AU', '13 11 14'],
    ['NZ', '1737'],
    ['CO', '106'],
  ])('gives the verified line in %s (%s)', (region, number) => {
    expect(crisisLines(region).join(' ')).toContain(number);
  });

  it('gives the emergency number where no crisis line could be verified, and says to use the local one', () => {
    expect(crisisLines('ES', 'es').join(' ')).toMatch(/España: llama al 112[\s\S]*número de emergencias/);
    expect(crisisLines('MX', 'es').join(' ')).toContain('911');
  });

  it('without a region, lists the most used lines for the language and the local emergency number', () => {
    const en = crisisLines(null).join(' ');
    expect(en).toMatch(/988[\s\S]*116 123[\s\S]*local emergency number/);
    const es = crisisLines(null, 'es').join(' ');
    expect(es).toMatch(/988[\s\S]*112[\s\S]*911[\s\S]*número de emergencias/);
  });
});

describe('crisisMessage', () => {
  it('says it is not a crisis service, offers "not about me", and is deterministic', () => {
    const text = textOf(crisisMessage('US'));
    expect(text).toContain(NOT_A_CRISIS_SERVICE);
    expect(text).toContain('This wasn’t about me / I’m safe');
    expect(crisisMessage('GB')).toEqual(crisisMessage('GB'));
  });

  it('has a "someone you know" card with what to do and the same lines', () => {
    const text = textOf(crisisMessage('GB', 'en', 'other'));
    expect(text).toMatch(/someone you care about may be in danger/);
    expect(text).toMatch(/stay with them if it is safe/);
    expect(text).toContain('116 123');
    expect(text).not.toContain('This wasn’t about me');
  });

  it('speaks Spanish, with the lines in Spanish', () => {
    const text = textOf(crisisMessage('US', 'es'));
    expect(text).toMatch(/Gracias por ponerlo en palabras/);
    expect(text).toMatch(/Between no es un servicio de crisis/);
    expect(text).toMatch(/No era sobre mí/);
  });
});

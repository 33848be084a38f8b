import { describe, expect, it } from 'vitest';
import { crisisLines, crisisMessage, NOT_A_CRISIS_SERVICE } from '../../src/safety/resources';

describe('crisisLines', () => {
  it('gives 988 and 911 in the US', () => {
    const text = crisisLines('US').join(' ');
    expect(text).toContain('988');
    expect(text).toContain('911');
    expect(text).not.toContain('116 123');
  });

  it.each([
    ['GB', '999'],
    ['IE', '112'],
  ])('gives Samaritans on 116 123 in %s, with %s for emergencies', (region, emergency) => {
    const text = crisisLines(region).join(' ');
    expect(text).toContain('Samaritans');
    expect(text).toContain('116 123');
    expect(text).toContain(emergency);
    expect(text).not.toContain('988');
  });

  it.each([
    ['an unknown region', null],
    ['a region with no listed line', 'DE'],
  ])('gives both lines and the local emergency number for %s', (_label, region) => {
    const text = crisisLines(region).join(' ');
    expect(text).toContain('988');
    expect(text).toContain('116 123');
    expect(text).toContain('local emergency number');
  });
});

describe('crisisMessage', () => {
  it('carries the lines for the region, the not-a-crisis-service notice, and a plain fallback', () => {
    const message = crisisMessage('US');
    const texts = message.elements.map((element) => ('text' in element ? element.text : '')).join('\n');
    expect(texts).toContain('988');
    expect(texts).toContain(NOT_A_CRISIS_SERVICE);
    expect(message.fallback).toContain('988');
  });

  it('is the same every time for the same region', () => {
    expect(crisisMessage('GB')).toEqual(crisisMessage('GB'));
  });
});

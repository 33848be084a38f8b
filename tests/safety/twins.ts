import { expect } from 'vitest';
import { detectRisk, screenAll } from '../../src/safety/detect';

/*
 * The assertions the twin tests share: each kind of miss a tuning batch showed is written as a
 * look-alike that stays quiet and a close twin that still shows the card (the right one).
 */

/** No card at all: no rule, and not the second reader either. */
export const quiet = (text: string) => expect(detectRisk(text)).toBeUndefined();

/** The card for the writer (`self`) or the "someone you know" card (`other`). */
export const cardFor = (text: string, subject: 'self' | 'other' = 'self') =>
  expect(detectRisk(text)?.subject).toBe(subject);

/** No rule speaks (the second reader may still: the tests hold the rules, not the reader, to it). */
export const noRule = (text: string) => expect(screenAll(text)).toEqual([]);

/** No English rule speaks (a Spanish rule may still, until its own guards are fitted). */
export const noEnglishRule = (text: string) =>
  expect(screenAll(text).filter((m) => m.rule.startsWith('en.'))).toEqual([]);

/** No Spanish rule speaks (an English rule may still, until its own guards are fitted). */
export const noSpanishRule = (text: string) =>
  expect(screenAll(text).filter((m) => m.rule.startsWith('es.'))).toEqual([]);

/** The rule that shows the card, if any. */
export const rule = (text: string) => detectRisk(text)?.rule;

/** The ids of the rules that match, one per sentence (before anything else is asked). */
export const rules = (text: string) => screenAll(text).map((m) => m.rule);

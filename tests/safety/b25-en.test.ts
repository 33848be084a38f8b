import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, rule } from './twins';

/*
 * The kinds of miss English tuning batch 25 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 25 showed', () => {
  it.each<[string, string, string]>([
    [
      'food eaten in one go, "unalived" (en.unalive guard)',
      'about to unalive this entire tub of ice cream, no regrets',
      'about to unalive tonight, no regrets',
    ],
    [
      'self-harm in the teens, the scars "are faded" now (safeNow)',
      'Years ago I self-harmed a lot in my teens. My scars are all faded now and I wear short sleeves to work.',
      "Years ago I self-harmed a lot in my teens. My scars are all faded now but I've started again.",
    ],
    [
      'an attempt long ago, and "this week I felt really content" (safeNow, not recurring)',
      "I had an attempt when I was 20. I'm 41 now and this week I felt really content.",
      "I had an attempt when I was 20. I'm 41 now and this week I've been thinking about it again.",
    ],
    [
      'contentment is no comfort when it comes with peace made (safeNow stays narrow)',
      "I had an attempt when I was 20. I'm 41 now and this week I felt really content.",
      "I had an attempt when I was 20. This week I felt really content, I've made my peace with everything.",
    ],
    [
      '"I\'m done!" beside a piece of work handed in (en.give-up unlessBeside)',
      "I'm done!! Submitted my thesis at 4pm, pub time.",
      "I'm done. I can't hand in my thesis, I can't do any of it.",
    ],
    [
      'work handed in is no comfort when the sentence beside it is dark (en.give-up unlessBeside)',
      "I'm done!! Submitted my thesis at 4pm, pub time.",
      "I'm done. Submitted my final essay and there's no point to any of it anymore.",
    ],
    [
      'a will made because the family business passes on (en.affairs)',
      "Updated my will last week because my daughter's taking over the family bakery.",
      "Updated my will last week because I won't be around much longer.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    noRule(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('reads "my 13 yo" as someone else, and gives the "someone you know" card (thirdPerson)', () => {
    expect(rule('My 13 yo searched how to hang yourself on the family PC last night.')).toBe('en.kill-self');
    cardFor('My 13 yo searched how to hang yourself on the family PC last night.', 'other');
    cardFor('I searched how to hang yourself on the family PC last night.');
  });

  it('still reads a will made with no reason given as a sign (en.affairs)', () => {
    expect(rule('Wrote out my will at the kitchen table last night.')).toBe('en.affairs');
  });
});

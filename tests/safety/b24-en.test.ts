import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, rule } from './twins';

/*
 * The kinds of miss English tuning batch 24 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 24 showed', () => {
  it.each<[string, string, string]>([
    [
      'a thing, not a person, that "needs to die" (en.want-die guard)',
      "Honestly the wallpaper in our hall needs to die, it's brown swirls from 1974.",
      "Honestly I need to die, I can't do this anymore.",
    ],
    [
      'how to respond when someone says it, taught as a topic (en.end-life guard)',
      'Our first aid refresher covered how to respond if a customer tells you they want to end their life.',
      "My brother tells me he wants to end his life and I don't know what to do.",
    ],
    [
      'thrown off something no higher than a sofa (en.method guard)',
      "If my toddler asks for one more snack I'll throw myself off the sofa.",
      "If this week goes on like this I'll throw myself off the multi-storey car park.",
    ],
    [
      'old blades finally got rid of (en.blade guard)',
      'Had the old blades in my drawer for ages, then finally got rid of them.',
      'Had the old blades in my drawer for ages, then finally used them.',
    ],
    [
      '"N years clean from self-harm" is a distant past (distantPast)',
      'Three years clean from self-harm this week, I kept the blades in my bedside drawer for ages though.',
      "Three years clean from self-harm this week but I kept the blades in my bedside drawer and I've been holding them again.",
    ],
    [
      'a wish to be dead long ago, written down "so I remember the difference" (safeNow)',
      'Four years ago I wanted to be dead, every single morning. This afternoon I taught my niece to ride a bike. Writing it down so I remember the difference.',
      'Four years ago I wanted to be dead, every single morning. This afternoon I taught my niece to ride a bike.',
    ],
    [
      'a funeral planned long ago, a family celebration planned now (safeNow)',
      "Three years ago I was choosing songs for my own funeral. Now I'm booking our son's baptism.",
      'Three years ago I was choosing songs for my own funeral.',
    ],
    [
      'goodbyes to each of the ones the writer coaches (en.goodbye guard)',
      'End of the swim season, so I said goodbye to each swimmer and handed out the medals.',
      'I said goodbye to each of my friends tonight.',
    ],
    [
      'an instrument given to the one learning it (en.affairs guard)',
      "Gave my guitar to the lad next door who's been learning on his phone.",
      'Gave my guitar to the lad next door, and my books to my sister.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    noRule(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('reads "what to do if someone says they want to die" as a topic (en.want-die guard), not a named person', () => {
    noRule('Our trainer showed us what to do if a pupil says they want to die.');
    cardFor('I never know what to do when my sister says she wants to die.', 'other');
  });

  it('gives the "someone you know" card when someone posts their wrists or wounds (en.wounds-posted-other)', () => {
    expect(
      detectRisk("Someone in my form posted a photo of her wrists with 'sorry' written underneath."),
    ).toMatchObject({ rule: 'en.wounds-posted-other', subject: 'other' });
    noRule('Someone in my form posted a photo of her wrists with her new charm bracelets.');
  });

  it('gives the "someone you know" card when someone shuts themselves in after a sign (en.locked-in-other)', () => {
    expect(rule("My brother has tried this before, and tonight he's barricaded himself in the shed.")).toBe(
      'en.locked-in-other',
    );
    cardFor("My brother has tried this before, and tonight he's barricaded himself in the shed.", 'other');
    noRule('My brother barricaded himself in the shed with his new drum kit.');
  });
});

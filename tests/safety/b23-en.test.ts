import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, quiet, rule } from './twins';

/*
 * The kinds of miss English tuning batch 23 showed (risk said of oneself in the second or third
 * person, understatement and images), each as a risk message that shows the card and a close twin
 * that stays quiet. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 23 showed', () => {
  it.each<[string, string, string]>([
    [
      'signs of risk in others taught at school (shared topic guard)',
      'Assembly today was about noticing signs that a friend is suicidal.',
      'Assembly today was long and I felt suicidal the whole way through.',
    ],
    [
      'a risk word as a measured variable (shared topic guard)',
      'The grant is for a self-harm incidence dataset across three counties.',
      'The grant got rejected and I self-harmed again last night.',
    ],
    [
      'a goodbye letter as a form in writing craft (en.note guard)',
      'Our stanza had to sound like a farewell note before the last line turns it hopeful.',
      'I wrote a farewell note last night and hid it in my drawer.',
    ],
    [
      'a will made at an age given as "at 81" (en.affairs guard)',
      "At 81 I've made my will, the grandkids get the caravan.",
      "At this point I've made my will, the grandkids get the caravan.",
    ],
    [
      'an attempt long ago, a day kept to celebrate still being alive (safe now)',
      'Three years ago I tried to end it. This weekend I ran a 10k to celebrate still being alive.',
      'Three years ago I tried to end it. This weekend I felt that way again.',
    ],
    [
      "a pet's next keeper arranged, with a reason or with none (en.who-gets-pet)",
      'Spent the evening working out who gets the cat after the divorce.',
      'Spent the evening working out who gets my cat. My cousin adores her.',
    ],
    [
      'a reaction pictured to the writer having jumped, or to a jumped queue (en.found-out-after)',
      'My sister will be livid when she finds out I jumped the queue for tickets.',
      'My sister will be livid when she finds out I jumped. Not a joke this time.',
    ],
    [
      'messages on a timer for after, or for after a match (en.note-scheduled)',
      'Set up texts to go out on Sunday after the match, to remind the lads about subs.',
      "Set up texts to go out on Sunday, after I'm gone, to my brother and my mates.",
    ],
    [
      'an own obituary drafted as an exercise, or a funeral planned in the head (en.eulogy-imagined)',
      "For the writing course I'm drafting my own obituary again, a strange but good exercise.",
      "Lie awake planning my own funeral in my head, the songs and who'd be crying.",
    ],
    [
      'things said "while I still can", before a grandmother goes into a hospice (en.said-while-i-could)',
      "Told my gran she's the best thing that ever happened to me. Needed it said while I still can, before she goes into the hospice.",
      "Told my sister she's the best thing that ever happened to me. Needed it said while I still can.",
    ],
    [
      'waiting for the day of doing none of it, with retirement named (en.day-no-more)',
      "Up, work, home, bed. Waiting for the day I don't have to do any of it, roll on retirement.",
      "Up, work, home, bed. Waiting for the day I don't have to do any of it.",
    ],
    [
      'a body part or a boat shrugged at, with no risk taken (en.come-what-may)',
      "The old van's MOT is due on Monday. If it fails, it fails, I'll get a bike.",
      'Drinking from noon every day now. If my liver packs in, it packs in.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('reads the writer as a thing left behind that nobody comes back for (en.left-behind-object)', () => {
    expect(rule("I'm a suitcase forgotten on a carousel. Nobody's coming back for it.")).toBe(
      'en.left-behind-object',
    );
    noRule("Found a suitcase forgotten on the carousel. Nobody's coming back for it, so I handed it in.");
  });

  it('gives the "someone you know" card for means named and "the end of him" (en.end-of-them)', () => {
    expect(
      detectRisk(
        "My uncle says one day he'll drive the tractor into the river and that'll be the end of him.",
      ),
    ).toMatchObject({ rule: 'en.end-of-them', subject: 'other' });
    noRule('My uncle took the rifle out for the rabbits this morning and that will be the end of them.');
  });

  it('gives the "someone you know" card for an intent to swallow all of someone\'s tablets (en.swallow-all-means)', () => {
    expect(
      detectRisk(
        "A girl in my year messaged that she's going to swallow all her nan's tablets after school.",
      ),
    ).toMatchObject({ rule: 'en.swallow-all-means', subject: 'other' });
    noRule("My nan's going to take all her tablets with breakfast from now on, the GP said.");
  });

  it('doses taken with a meal are no intent, doses taken together still are (en.method guard)', () => {
    noRule("Dad's taking all his tablets with his meals now, the pharmacist sorted a chart.");
    cardFor("Dad said he's taking all his tablets at once tonight and I can't stop him.", 'other');
  });

  it("reads marks on someone's inner or upper arm as theirs (en.hurt-self)", () => {
    cardFor('Saw fresh burns on his inner arm when my son took his hoodie off.', 'other');
    noRule('Saw a new tattoo on his inner arm when my son took his hoodie off.');
  });

  it('reads a plan named only as "it", with a time, for whoever has it (en.plan)', () => {
    cardFor("My friend from uni says she's got a plan and she's doing it on Saturday.", 'other');
    noRule("My friend from uni says she's got a plan and she's doing it on Saturday, her first marathon.");
  });

  it('a game named as where the writer met someone is no game (shared guard narrowed)', () => {
    cardFor("A guy I play Minecraft with told me he's got a plan and he's doing it tonight.", 'other');
    noRule('I play Minecraft with my little brother and he keeps killing me with lava lol.');
  });
});

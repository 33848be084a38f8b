import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, quiet, rule } from './twins';

/*
 * The kinds of miss English tuning batch 22 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 22 showed', () => {
  it.each<[string, string, string]>([
    [
      'work things handed on to the ones who stay (en.affairs guard)',
      "I've been giving away my teaching books to the junior staff, it's my last term.",
      "I've been giving away my guitar and my books to my nephew, it's my last term.",
    ],
    [
      'things given away, a move named as the reason further on (en.affairs)',
      "I've given away my bike, my books, the good blender and the rug to my neighbours, because we're emigrating to Perth in May.",
      "I've given away my bike, my books, the good blender and the rug to my neighbours, because I won't need them.",
    ],
    [
      'goodbyes said at a workplace, keys handed back (en.prepare-more guard)',
      'Handed back my work laptop and said my goodbyes to the girls on the ward. Retirement starts Monday!',
      "I've said my goodbyes to the girls. Everything is sorted for after.",
    ],
    [
      'a thing, not a person, "self-deleting" (en.unalive guard)',
      'Our group photos are self-deleting after a day now, the admin turned that setting on.',
      "Some days I'm so close to self-deleting, I can't keep doing this.",
    ],
    [
      'an overdose risk flagged on a prescription (en.method guard)',
      'The till threw an overdose-risk alert on a methadone and diazepam script, so I rang the prescriber.',
      'I keep thinking about an overdose tonight, the tablets are right here.',
    ],
    [
      "a death's manner debated (en.suicide guard)",
      'Argued with my dad all through dinner about whether the poet died by murder or suicide.',
      'Argued with my dad all through dinner and I have been suicidal ever since.',
    ],
    [
      'missed at one event, not in the world (en.absence-weighed and en.vanish guard)',
      'No one would miss me at the Christmas do, so I stayed in with a pizza.',
      "No one would miss me. I've stopped pretending otherwise.",
    ],
    [
      'a quoted note, then shown to be a list (en.note)',
      "My flatmate stuck a 'note for after I'm gone' on the fridge. It was a shopping list for while she's away.",
      "My flatmate stuck a 'note for after I'm gone' on the fridge. It was addressed to her mum.",
    ],
    [
      'own words reported, then plainly called a joke (explained next)',
      'I told my mate I wanted to die when the bus left without me. Just a joke, obviously.',
      "I told my mate I wanted to die when the bus left without me. I wasn't joking.",
    ],
    [
      'an attempt long ago, marked as past and safe now',
      "Ten years ago this week I tried to end my life. I don't feel like that now, and I like to mark the day.",
      'Ten years ago this week I tried to end my life. Lately I feel like that again.',
    ],
    [
      'old scars under a tattoo, a past told as past',
      "I used to cut as a teenager. There's a tattoo over the old scars now, a little fox, and I love it.",
      "I used to cut as a teenager. There's a tattoo over the old scars and I cut again last week.",
    ],
    [
      'a letter written and "it" to follow, or a letter for a job (en.note-and-it)',
      "She's written a note to her boss and she's going to do it, quit on Friday.",
      "She's written a note and she's going to go through with it on Friday.",
    ],
    [
      'a wish to vanish made lasting in the next words (en.vanish-for-good)',
      'I want to disappear for a weekend. Somewhere with no signal, phone off.',
      'I want to vanish. Permanently.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('gives the "someone you know" card when someone sends the writer a picture of means (en.means-sent-other)', () => {
    expect(
      detectRisk('A girl from my course sent me a snap of a handful of tablets and said sorry.'),
    ).toMatchObject({
      rule: 'en.means-sent-other',
      subject: 'other',
    });
    noRule('My nan sent me a photo of her pill organiser to check she had filled it right.');
  });

  it('reads a note and "it" to follow as a plan, for whoever it is (en.note-and-it)', () => {
    cardFor(
      "My mate told me he's finished his letter and he's going to go through with it after payday.",
      'other',
    );
    expect(rule("I've finished my letter and I'm going to do it after payday.")).toBe('en.note-and-it');
  });

  it('reads someone on a bridge rail as risk, but not a sunset watched from it (en.method)', () => {
    expect(detectRisk("My flatmate just texted that she's sitting on the bridge rail.")).toMatchObject({
      rule: 'en.method',
      subject: 'other',
    });
    noRule('Sitting on the bridge rail watching the sunset with a coffee.');
  });

  it('a game named as the community where the writer moderates is no game (shared guard)', () => {
    cardFor('A kid in our Roblox server keeps posting photos of fresh cuts on her wrists.', 'other');
    noRule('A kid in our Roblox game got killed by his own trap three times, we were crying laughing.');
  });

  it('"with the word \'sorry\'" is a message, not a word talked about (shared guard)', () => {
    cardFor("My sister texted me a photo of her pills with the word 'goodbye'.", 'other');
    noRule("Our teacher asked us what the word 'unalive' means and nobody knew.");
  });

  it('a wish to vanish somewhere no one comes looking, with no break named (en.vanish)', () => {
    expect(rule('I just want to vanish somewhere no one would come looking.')).toBe('en.vanish');
    noRule('I want to vanish somewhere no one would come looking for a week, phone off.');
  });

  it('the lasting word must follow a wish to disappear said flat (en.vanish-for-good)', () => {
    expect(rule('I need to disappear. For good.')).toBe('en.vanish-for-good');
    noRule('I want to disappear under a blanket with tea. Then sleep. Properly.');
  });

  it('"moving on" is no move: things given away stay a sign (en.affairs guard narrowed)', () => {
    expect(rule("I've given my dog to my sister, because I'm moving on from all this.")).toBe('en.affairs');
    noRule("I've given my dog to my sister, because I'm moving to a flat with no garden.");
  });
});

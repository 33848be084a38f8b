import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, quiet, rules } from './twins';

/*
 * The kinds of miss English tuning batch 21 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 21 showed', () => {
  it.each<[string, string, string]>([
    [
      'the others better off for the absence, in any measure (en.more-without-me)',
      'Booked the weekend away, the kids will have more room without me in the back of the car.',
      "They'd all have more money and more peace without me. Every way you count it.",
    ],
    [
      'a wish for the lights to go out and stay out (en.lights-stay-off)',
      "I'd love the landing lights to go off at 11 and stay off till 7, the timer's broken.",
      "Some nights I'd like the lights to just go out and stay out.",
    ],
    [
      'pain drawn as a trap, then unbearable (en.unbearable-image)',
      "It's like a sauna on fire in this office and the drilling next door, I can't take it much longer.",
      "It's like being buried alive with the air running out. I can't take it much longer.",
    ],
    [
      'care of oneself stopped line after line, "winding down" (en.winding-down)',
      'stopped answering emails\nstopped cooking big dinners\nwinding down for christmas',
      'stopped eating properly\nstopped opening the post\nstopped replying\nsort of winding down now',
    ],
    [
      'a pet handed over with its things, "better off with her" (en.pet-better-off)',
      "Dropped Pip at my sister's with his bed and his bowls for the week. He'll be happier with her while we're in Spain.",
      "Walked Pip over to my sister's with his bed and his toys. He'll be better off with her. I told her not to bring him back.",
    ],
    [
      'finishing an episode, not a life (en.end-it guard)',
      'The audiobook was so good I stayed up till two to finish it.',
      "Stayed up till two and decided I'm going to finish it. Everything.",
    ],
    [
      'a death in scripture, preached on (en.kill-self guard)',
      'The vicar read about Saul and how he fell on his sword in the end. Long service.',
      'The vicar read about Saul and how he fell on his sword. I keep thinking I should kill myself the same way.',
    ],
    [
      'a soda mix called a "suicide" (en.suicide guard)',
      "Kids ordered a 'suicide' at the soda fountain, every flavour in one cup.",
      "Kids ordered a 'suicide' at the soda fountain. I've been suicidal all week and couldn't even smile.",
    ],
    [
      'a player "suicidal" with his passing (en.suicide guard)',
      'Their centre back was totally suicidal with his backpasses, we scored twice off him.',
      'Their centre back was totally suicidal after the match, he told me so in the car park.',
    ],
    [
      'a lyric sung in quotes (en.hurt-self and en.act-short guard)',
      "Choir's doing a cover and I keep fluffing the chorus on 'I hurt myself today'.",
      'Choir was awful and I hurt myself today when I got home.',
    ],
    [
      'cases listed on a shift (en.method guard)',
      'Night shift done: three overdoses, a crash on the bypass and a fall at the care home.',
      'Night shift done and I took an overdose when I got in.',
    ],
    [
      "a dog's food poisoning called an overdose (en.method guard)",
      'The puppy got into the Easter eggs, a chocolate overdose the vet says, but he is fine now.',
      'The puppy got into the Easter eggs and honestly I took an overdose of my tablets after.',
    ],
    [
      'a syllabus recited (en.method guard)',
      'pharmacology viva monday. opioid overdoses, lithium toxicity, the lot',
      'pharmacology viva monday. i have the lithium and i keep thinking about an overdose',
    ],
    [
      'affairs in order, explained at once as admin (en.affairs guard)',
      'Got my affairs in order, as in I filed my receipts and set up the direct debits.',
      'Got my affairs in order. The dog is going to my sister for good.',
    ],
    [
      'the last note sung (en.note guard)',
      'The band held the final note for ages and the crowd went wild.',
      "I wrote the final note tonight and left it for my brother to read after I'm gone.",
    ],
    [
      'an old wish to die, marked as past and safe now',
      'I used to think the world was better off without me. I do not think that now. Just wanted to mark it.',
      "I used to think the world was better off without me. Lately I'm back to thinking it.",
    ],
    [
      'a year since an attempt, "still here, still grateful"',
      'This time last year I was on the ward after an attempt. Went for a swim today. Still here, still grateful.',
      'This time last year I was on the ward after an attempt. Still here, still grateful, but tonight I want to die.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('gives the "someone you know" card for a mate from a team who posted a goodbye', () => {
    cardFor('a lad from five-a-side put a goodbye message on his story and now his phone is off', 'other');
    cardFor('I posted a goodbye message on my story and now my phone is off', 'self');
  });

  it('reads a hanging in scripture as a sermon, but not when the writer takes it as their own', () => {
    noRule('The pastor preached on Judas, how he hanged himself after the betrayal.');
    expect(
      rules('The pastor preached on Judas and I have been thinking I should hang myself too.'),
    ).not.toEqual([]);
  });

  it('a risk word named, then claimed as what one wants to do to oneself (en.that-to-myself)', () => {
    expect(
      detectRisk("unalive is such a stupid word but yeah. that's what i want to do to myself"),
    ).toMatchObject({
      subject: 'self',
    });
    noRule("unalive is such a stupid word. that's what i said to my sister");
  });
});

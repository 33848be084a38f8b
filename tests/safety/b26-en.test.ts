import { describe, expect, it } from 'vitest';
import { cardFor, noRule, rule } from './twins';

/*
 * The kinds of miss English tuning batch 26 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 26 showed', () => {
  it.each<[string, string, string]>([
    [
      'a piece of writing that "needs to die" in revision (en.want-die guard)',
      'My editor reckons the prologue needs to die, so I am rewriting it this weekend.',
      'My editor reckons the prologue is rubbish and honestly I need to die.',
    ],
    [
      'a traffic jam named as the cause of "I want to die" (en.want-die guard)',
      'The traffic on the ring road was so bad this morning, I want to die already. Taking the train tomorrow.',
      "The traffic on the ring road was so bad this morning, I want to die, I've got nothing left.",
    ],
    [
      "a heckler's abuse at a gig (en.kill-self guard)",
      'A heckler at the open mic yelled that I should kill myself, so I dedicated my next joke to him. Best set all month.',
      'A heckler at the open mic yelled that I should kill myself and honestly he might be right.',
    ],
    [
      "a character's death acted on stage (en.hurt-self and en.kill-self guard)",
      'I played Cleopatra poisoning herself with the asp in our drama club show, my dad clapped the loudest.',
      'I played Cleopatra in our drama club show and afterwards I kept thinking about poisoning myself.',
    ],
    [
      'a favourite band whose name begins with the word (en.suicide guard)',
      'My favourite band is Suicide Machines, my gran thinks the name is awful.',
      "My favourite band is Suicide Machines and I've been suicidal all week.",
    ],
    [
      'an overdose of television (en.method guard)',
      'Had a proper telly overdose this weekend, three seasons in two days.',
      'Watched telly all weekend and then took an overdose on Sunday night.',
    ],
    [
      'a stand-up task as the trivial alternative (en.rather-dead guard)',
      "Told my mate I'd rather die than do improv, then signed up for improv classes.",
      "Told my mate I'd rather die than go on like this.",
    ],
    [
      'thoughts of ending life dated to a past year, and "somewhere much better now" (distantPast, safeNow)',
      "During 2016 I thought about taking my own life. I'm somewhere much better now, with a partner and a dog.",
      "During 2016 I thought about taking my own life. I'm somewhere much better now, but lately it's coming back.",
    ],
    [
      'a next try with other means, for sleep (en.next-time-method unlessBeside)',
      "Two attempts at fixing my insomnia with sleeping tablets now. Next time won't be tablets, I'm booking CBT.",
      "Two attempts now, both with tablets. Next time won't be tablets.",
    ],
    [
      'an ending near and accepted, of a series (en.ending-near-accepted)',
      "The series ending is close and I'm at peace with it, five seasons was plenty.",
      "My ending is close and I'm at peace with it.",
    ],
    [
      'diary pages written as the last, of a notebook running out (en.last-messages)',
      "I've been writing in my diary like it's the last pages of the notebook, a new one comes on Friday.",
      "I've been writing in my diary like each entry is the final words.",
    ],
    [
      'a gun within reach and its lock no bar, for a licence test (en.gun-code-known)',
      "My uncle's rifle is in the gun cabinet and I know the combination, he's taking me to the range on Sunday for my licence test.",
      "Can't do this anymore. My uncle's rifle is in the gun cabinet and I know the combination.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    noRule(lookAlike);
    cardFor(risk);
  });

  it('keeps quiet for a pharmacy customer turned away at the till, not for a distressed one (en.means guard)', () => {
    noRule(
      'A man tried to buy three boxes of paracetamol at my till so I told him about the two-pack rule. Normal Tuesday.',
    );
    cardFor('A man tried to buy three boxes of paracetamol at my till and he was crying.', 'other');
  });

  it('reads death felt as warm and safe as a sign, not a wish for somewhere warm (en.death-comfort)', () => {
    expect(rule('Reading about death feels so cosy lately, like a blanket.')).toBe('en.death-comfort');
    cardFor('Reading about death feels so cosy lately, like a blanket.');
    noRule("I'm dying for a holiday somewhere that feels warm.");
  });

  it('reads going over the side to drown as risk, not a day on the water (en.sea-have)', () => {
    cardFor(
      'My brother says one night he will step over the side of the ferry and let the waves take him.',
      'other',
    );
    noRule('On the boat trip we went over the side one night for a swim with the glowing plankton.');
  });

  it('reads an apology sent to the whole family as a farewell, not a late apology (en.farewell-more)', () => {
    cardFor("My uncle texted 'tell my family I'm sorry' and now he isn't answering.", 'other');
    noRule("My uncle texted 'tell my family I'm sorry I'll miss the barbecue, stuck at work'.");
  });

  it('takes "he wasn\'t joking" as no joke marker (JOKE)', () => {
    cardFor("If we lose this match I'm killing myself and I wasn't joking when I said it.");
    noRule("If we lose this match I'm killing myself, joking obviously, it's only five-a-side.");
  });

  it('reads a game teammate as someone else, and a support group as the writer (thirdPerson)', () => {
    cardFor("Our jungler said 'I'm going to kill myself after this match' and he wasn't joking.", 'other');
    cardFor('In our support group I said I want to die.');
  });
});

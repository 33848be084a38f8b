import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { cardFor, noRule, quiet, rules } from './twins';

/*
 * The kinds of miss English tuning batch 19 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 19 showed', () => {
  it('a funeral arranged with nothing wrong, in a hurry (en.funeral-sorted-now): no rule on a plan paid for at sixty', () => {
    // The second reader, retrained with batch 21, speaks up on this look-alike (SAFETY.md): the rules
    // are held quiet on it, the reader is left alone.
    noRule(
      "Paid for a funeral plan at sixty. Nothing's wrong with me, I just wanted it sorted for the kids' sake.",
    );
    expect(
      detectRisk(
        "Picked my coffin and the readings this afternoon. Nothing's wrong with me, I just want everything sorted this week.",
      ),
    ).toBeDefined();
  });

  it('a gun held the wrong way round, at the writer (en.gun-turned): no rule on a rifle packed that way', () => {
    // The second reader, retrained with batch 20, speaks up on this look-alike (SAFETY.md): the rules
    // are held quiet on it, the reader is left alone.
    noRule("Packed the rifle into its case the wrong way round and the lid wouldn't shut.");
    expect(
      detectRisk(
        'Sat in the truck last night with the shotgun turned the wrong way round, my thumb on the trigger.',
      ),
    ).toBeDefined();
  });

  it.each<[string, string, string]>([
    [
      "a game's death with no second life, said of real life (en.permadeath-irl)",
      'Hardcore run tonight with permadeath switched on, no respawn if the boss gets me. Wish me luck.',
      "Real life permadeath this weekend, I've already said my goodbyes to the guild.",
    ],
    [
      'affairs sorted to join someone who died, on their day (en.with-the-dead)',
      "Since Dad died we've paid off the mortgage together. I'm going to be with Mum on his anniversary.",
      "Since Tom died I've paid off the loan and arranged for the cat to go to my neighbour. I'm going to be with Tom on his birthday.",
    ],
    [
      "asking to be struck off everything, in a trade's words (en.off-everything)",
      "Take me off the rota, off the group chat, off everything for two weeks, I'm on honeymoon!",
      "Take me off the rota, off the group chat, off everything. I'm finished.",
    ],
    [
      'messages written as if each were the last (en.last-messages)',
      "I sign off my emails like they're the last ones before the holidays, far too many exclamation marks.",
      "Lately I've been ending my calls with my mum like they're the last ones. She hasn't noticed.",
    ],
    [
      'a burn on kitchen equipment (en.hurt-self guard)',
      'Caught my wrist on the fryer again at lunch service, standard chef tattoo.',
      'Burned my wrist with the lighter again after service, on purpose.',
    ],
    [
      'a hard shift or climb nicknamed in quotes (en.suicide guard)',
      'The cycling club calls the climb after the pub "the suicide hill" and nobody enjoys it.',
      'The cycling club climb is brutal, and on it I keep thinking about suicide.',
    ],
    [
      'plants "committing suicide" (en.suicide guard)',
      'My tomato seedlings are basically committing mass suicide on the windowsill.',
      'Watering my seedlings and thinking about committing suicide.',
    ],
    [
      'practising the screening question (shared study guard)',
      'Spent the morning practising asking "are you having thoughts of killing yourself?" with my placement buddy.',
      'Spent the morning practising asking "can I tell you I keep thinking about killing myself?" before my appointment.',
    ],
    [
      'someone brought in after an overdose, seen at work (en.method guard)',
      'A young lad was brought in after an overdose at the start of my placement and the team were amazing.',
      'I was brought in after an overdose at the start of my placement and nobody knows.',
    ],
    [
      'an "overdose" call on shift (en.method)',
      'Got an "overdose" call that was just a man who had too much cough syrup, he was fine.',
      'Got off the phone with my sister and took an overdose of my tablets.',
    ],
    [
      'a food overdosed on at a meal (en.method guard)',
      'Overdosed on it at brunch, the cheesecake there is dangerous.',
      'Overdosed on them at home last night, the whole strip.',
    ],
    [
      'a scene in a script (shared fiction guard)',
      "The overdose scene in act three needs to be less graphic, so we're cutting away.",
      "The overdose scene in act three was hard to read. I'm planning my own overdose.",
    ],
    [
      'a risk phrase said as a habit about a trivial thing (shared habit guard)',
      'My partner says I should stop saying "I want to die" when the wifi drops.',
      'My partner wants me to stop saying "I want to die" every time my mood drops.',
    ],
    [
      "a denial in a message whose time word tells of someone else's act (hedge)",
      "Tonight the new manager binned my whole prep. I'm not going to hurt myself over a job, I just need to vent.",
      "Tonight the new manager binned my whole prep. I'm not going to hurt myself over a job, probably.",
    ],
    [
      'an old wish to die and a wish to see something grow (safe now)',
      'Four years ago I wanted to die after the divorce. This spring I planted an apple tree and I really want to see it flower.',
      'Four years ago I wanted to die after the divorce. Lately it is creeping back, even with the apple tree I planted.',
    ],
    [
      'an old plan and "okay, really okay" (safe now)',
      "Two years ago I had a plan and the means. I'm okay. Really okay.",
      "Two years ago I had a plan and the means. Last week I made a new one. I'm okay. Really okay.",
    ],
    [
      "an illness's old voice and a recovery that works (distant past, safe now)",
      "My depression used to tell me I'd be better off dead, and I believed it for years. Recovery is slow and it's working.",
      "My depression used to tell me I'd be better off dead. Lately I believe it again.",
    ],
    [
      "goodbye to a job's regulars (en.goodbye guard)",
      'Said goodbye to the regulars today, eleven years behind that bar.',
      "Said goodbye to the regulars today and I won't be around much longer.",
    ],
    [
      "goodbye forever to a job's things (en.goodbye guard)",
      "Handed my notice in. Goodbye forever, office printer, I won't miss you.",
      "Goodbye forever, everyone. I won't be here to miss you.",
    ],
    [
      "a hypothetical friend's words beside the writer's own (en.want-die guard)",
      "Asked my class what they'd do if a friend said they wanted to die. Good answers all round.",
      'I asked what to do if a friend said they wanted to die, because I want to die too.',
    ],
    [
      "a time word telling of someone else's day is no hedge (hedge)",
      "What got to me today was my supervisor, and tonight she shouted at me again. I'm not going to hurt myself, I just need sleep.",
      "I'm not going to hurt myself tonight, my mum is staying over.",
    ],
    [
      'a day named as the subject is no hedge, a day that limits a denial is (hedge)',
      'Today was long and tonight we argued about the rent. I would never harm myself.',
      'Today was long. I would never harm myself, not today anyway.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('envy of how peaceful the dead look (en.dead-look-peaceful): no rule on the look-alike, shown on its twin', () => {
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('Watched the baby nap on the train and was jealous of how peaceful she looked, what a life.');
    expect(
      detectRisk(
        'One of our residents died this morning and I was envious of how calm he looked. I keep thinking about it.',
      ),
    ).toBeDefined();
  });

  it.each<[string, string, string]>([
    [
      "cuts found on someone else's body (en.cuts-found-other)",
      "Found scratches all over my son's arms, the new kitten is a menace.",
      "Found fresh cuts on my daughter's wrists tonight and she won't talk to me.",
    ],
    [
      'drugs taken from work and a wish to be gone (en.means-pocketed-wish)',
      "My housemate wants to be gone before the exams so she can revise at her parents'.",
      'My colleague has been stashing meds from the drugs cupboard. Yesterday he said he wants to be gone by spring.',
    ],
    [
      "a hypothetical friend's words, and a real one's (en.want-die guard)",
      "We talked about what he'd do if a friend said they wanted to die, and he said he'd tell a teacher.",
      "My son's friend told him she wants to die, and he came straight to me.",
    ],
  ])('%s: quiet on the look-alike, the third-party card on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    cardFor(risk, 'other');
  });

  it('gives the "someone you know" card for English slang after a Spanish third-person reflexive', () => {
    cardFor('una chica del stream dijo que se iba a unalive esta noche y se desconecto', 'other');
    cardFor('esta noche me voy a unalive, ya no puedo', 'self');
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(rules('irl permadeath on friday, no respawn.')).toContain('en.permadeath-irl');
    expect(rules('86 me.')).toContain('en.off-everything');
    expect(rules("Found cuts up my 14yo's arms this morning, she says it helps.")).toContain(
      'en.cuts-found-other',
    );
    expect(
      rules("Since Ana died I've written down the passwords. I'm going to be with Ana on her birthday."),
    ).toContain('en.with-the-dead');
  });
});

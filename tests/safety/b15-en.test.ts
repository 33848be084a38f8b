import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { noRule, rules } from './twins';

/*
 * The kinds of miss English tuning batch 15 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 15 showed', () => {
  it.each<[string, string, string]>([
    [
      'a suicide attended at work (en.suicide)',
      'Got called out to a suicide on the railway last night. Debrief went fine and I am okay.',
      'Got called out to a suicide on the railway last night and now I keep thinking about killing myself too.',
    ],
    [
      'a plain denial, and "maybe" that only counts hours (hedge)',
      'Not suicidal, just worn out. The toddler was up all night and I got maybe two hours of sleep.',
      'Not suicidal, maybe. Just worn out.',
    ],
    [
      'a plain denial, and "maybe" that sets a horizon still hedges (hedge)',
      'Not suicidal, just worn out. The toddler was up all night and I got maybe two hours of sleep.',
      'Not suicidal, just worn out. Maybe a week more of this.',
    ],
    [
      'a plain denial, and "today" that says feeling better (hedge)',
      "To be clear, I'm not thinking about harming myself. Last week was a rant about my manager. Feeling much calmer today.",
      "To be clear, I'm not thinking about harming myself today. Feeling much calmer.",
    ],
    [
      'self-harm told as school-years history, the scars healed (distant past, safe now)',
      'I self-harmed in secondary school. My scars have faded and I wore a short-sleeved dress to the wedding.',
      'I self-harmed in secondary school. My scars have faded but I cut again last week.',
    ],
    [
      'still at school: not history',
      'I self-harmed in secondary school. My scars have faded and I wore a short-sleeved dress to the wedding.',
      "I'm in high school and I self-harm. The old scars have healed and I hide the new ones.",
    ],
    [
      'an overdose told as the using years, with clean time (distant past, safe now)',
      'Eighteen months sober this week! When I was drinking I overdosed once. Now I make the tea at meetings.',
      'Eighteen months sober this week. When I was drinking I overdosed once, and lately I keep wanting to do it on purpose.',
    ],
    [
      'an attempt told as history, "in a better place these days" (recurring)',
      "I attempted when I was 17. I'm in a better place these days and I volunteer at that same hospital.",
      "I attempted when I was 17. I'm in a better place, but I think about it a lot these days.",
    ],
    [
      'asking someone in general whether they are thinking of it: a skill, not a person (shared study guard)',
      'On the course we practised asking somebody straight out if they are thinking about killing themselves.',
      'I keep asking my brother if he is thinking about killing himself and he just changes the subject.',
    ],
    [
      'dying and waking up on a day off: hyperbole (en.want-die)',
      'Twelve-hour night with a confused patient. I want to die on the sofa and wake up on Saturday.',
      'Twelve-hour night with a confused patient. I want to die on the sofa and never wake up.',
    ],
    [
      'a customer buying at the counter (en.means)',
      'A customer wanted to buy four boxes of paracetamol at the till, so I told her about the limit.',
      'I wanted to buy four boxes of paracetamol but the pharmacist told me about the limit, so I went to two other shops.',
    ],
    [
      'death thought about in the abstract (en.reckless)',
      'I think about death in an abstract way since my uncle’s funeral, what it means and whether anything comes after.',
      'I think about death a lot since my uncle’s funeral, and not in an abstract way.',
    ],
    [
      'a will made because of a house bought (en.affairs)',
      "Made my will this week since we're buying a flat. Very grown up of me.",
      'Made my will this week. I just want everything sorted.',
    ],
    [
      'someone shown where the papers are, with a reason or for a thing (en.affairs)',
      'Before my hip operation I showed my son where all the important papers are.',
      "I've shown my son where all the important papers are and who to phone. He told me not to be daft.",
    ],
    [
      'someone shown where the paperwork for a thing is (en.affairs)',
      'I showed my flatmate where the paperwork for the boiler is.',
      'I showed my flatmate where the paperwork is, and who to call when I am not around anymore.',
    ],
    [
      'wanting to be with the dead "someday" is faith (en.be-where-dead)',
      "Dad died ten years ago. I'd like to be wherever he is someday, when my time comes.",
      "Dad died ten years ago this week. I'd like to be wherever he is.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toBeDefined();
  });

  it('wanting to be where someone living is: no rule speaks; shown when the one wished for has died', () => {
    // The rule needs a death in the message. The second reader, retrained with batch 19, speaks up
    // on this look-alike (SAFETY.md): the rules are held quiet on it, the reader is left alone.
    noRule("My girlfriend's in Lisbon for the semester. I'd love to be wherever she is.");
    expect(detectRisk("Two years since mum today. I'd love to be where she is now.")).toBeDefined();
  });

  it.each<[string, string, string]>([
    [
      'a life-saving medicine stopped with a wish to go (en.stopped-treatment)',
      'Grandad stopped his heart tablets because the consultant switched him to a new one, and he says he has had enough of hospitals.',
      "My grandad has stopped taking his heart tablets and says he's had enough.",
    ],
    [
      'a medicine stopped for having had enough of one thing (en.stopped-treatment)',
      "Grandad stopped taking his heart tablets because he'd had enough of the nausea, so the GP is trying another.",
      "Grandad stopped taking his heart tablets because he'd had enough, he says.",
    ],
    [
      'a vehicle to be driven into a tree, not one that skidded (en.method)',
      'My dad drove his ute into a tree on black ice last winter. He is fine now.',
      'A mate from work said he is going to drive his truck into a wall.',
    ],
    [
      'methadone saved up (en.means)',
      'My clinic lets me take my methadone home for the weekend now, which feels like trust.',
      "A guy in my group says he's been stockpiling his methadone.",
    ],
  ])('%s: quiet on the look-alike, the "someone you know" card on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toMatchObject({ subject: 'other' });
  });

  it('keeps a guard to its own words: the writer’s risk, or a worry about the customer, still shows', () => {
    expect(
      detectRisk("Responded to a suicide on shift and honestly I'm feeling suicidal myself."),
    ).toMatchObject({
      subject: 'self',
    });
    expect(
      detectRisk(
        'A customer tried to buy four boxes of paracetamol and she was crying and shaking the whole time.',
      ),
    ).toBeDefined();
  });

  it('finds the writer’s own risk in the same words', () => {
    expect(detectRisk("I've stopped my insulin and I'm done with it all.")).toMatchObject({
      subject: 'self',
    });
    expect(detectRisk("I've been saving my methadone so I can take it all at once.")).toMatchObject({
      subject: 'self',
    });
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(rules("Two years since mum today. I'd love to be where she is now.")).toContain(
      'en.be-where-dead',
    );
    expect(rules("My grandad has stopped taking his heart tablets and says he's had enough.")).toContain(
      'en.stopped-treatment',
    );
    expect(rules('A mate from work said he is going to drive his truck into a wall.')).toContain('en.method');
    expect(rules("A guy in my group says he's been stockpiling his methadone.")).toContain('en.means');
  });
});

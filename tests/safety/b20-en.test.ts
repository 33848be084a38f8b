import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { noEnglishRule, noRule, quiet, rules } from './twins';

/*
 * The kinds of miss English tuning batch 20 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 20 showed', () => {
  it.each<[string, string, string]>([
    [
      '"it" timed so that nobody misses the writer (en.unnoticed-day)',
      'If I do the big shop on a Monday nobody else is in the aisles, so Monday it is.',
      'If I do it on a Friday night nobody will look for me till Monday.',
    ],
    [
      'a Scots reflexive (en.kill-self, "masel")',
      'Am gonnae treat masel to a fish supper the morn.',
      'Cannae dae this anymair, gonnae top masel the night.',
    ],
    [
      'trapped with the way out closed (en.sealed-in)',
      'The kids peered down into the old well at the museum, the lid was propped open.',
      "I'm at the bottom of a pit and someone has already filled it in above me.",
    ],
    [
      'making sure everyone has had a goodbye, with no leaving named (en.goodbyes-made)',
      "We're moving to Leeds in March, so I'm making sure everyone gets a proper goodbye.",
      "Hugged my brother for ages tonight. I'm making sure everyone gets a proper goodbye.",
    ],
    [
      'a locker cleared with the usual reason denied (en.cleared-out-still-kept)',
      'Cleared my desk for the office move. Still got the job, just a new floor.',
      "Emptied my locker at the station after the shift. I've still got the job. Felt right to leave it clean.",
    ],
    [
      'driving at speed with the lights off (en.dark-at-speed)',
      'Pulled into the lay-by and drove the last bit with the lights off to watch the stars.',
      'Took the bypass at 100 with the headlights off, just to see.',
    ],
    [
      'a pet handed over with a cover story (en.pet-cover-story)',
      "Dropped the cat with my mum for the week while we're in Cornwall. Told her it's the kitchen refit.",
      "Gave the cat to my neighbour's this morning. Told her it's my new hours at work.",
    ],
    [
      'an old wish to die and "glad I stayed" (safe now)',
      "Three years ago I wanted to die. Last weekend I walked my sister down the aisle and I'm so glad I stayed.",
      "Three years ago I wanted to die. Lately I'm not so glad I stayed.",
    ],
    [
      'an old attempt and what got the writer through it (safe now)',
      'Back in 2017 I tried to kill myself. A peer group got me through it and I help run it now.',
      "Back in 2017 I tried to kill myself. A peer group got me through it, but it's come back again this week.",
    ],
    [
      'thoughts after leaving the forces, gone for years (distant past, safe now)',
      "When I left the army I thought about ending it every night. It's been two years since those thoughts came round.",
      "When I left the army I thought about ending it every night. It's been two years since those thoughts came round, and last night they came back.",
    ],
    [
      'an attempt a year ago, marked as a milestone (distant past, safe now)',
      'This time last year I was in hospital after an overdose. Just wanted to mark it.',
      "This time last year I was in hospital after an overdose. Tonight I've got the tablets out again.",
    ],
    [
      'past self-harm and a job helping others with it now (distant past, safe now)',
      "I used to cut at college. Now I'm a youth worker and I run a group on it. Full circle.",
      "I used to cut at college. Now I'm a youth worker, and last week I did it again.",
    ],
    [
      'a self-harm-free streak counted in years (distant past, safe now)',
      "Haven't self harmed in three years as of this week, treated myself to sushi.",
      "Haven't self harmed in three years but I came close tonight.",
    ],
    [
      'a screening question answered "I told her honestly no" (answered no; an appointment today is no hedge)',
      "Clinic appointment today. The nurse asked if I'd had thoughts of being better off dead. I told her honestly no, and I meant it.",
      "Clinic appointment today. The nurse asked if I'd had thoughts of being better off dead. I told her no, but that wasn't true.",
    ],
    [
      'a screening question answered no, then hedged (hedge)',
      "Clinic appointment today. The nurse asked if I'd had thoughts of being better off dead. I told her honestly no, and I meant it.",
      "Clinic appointment today. The nurse asked if I'd had thoughts of being better off dead. I told her honestly no. Not today, anyway.",
    ],
    [
      'a risky move called "suicide" (en.suicide guard)',
      'That overtake on the bypass was suicide, the lorry missed us by inches.',
      'That overtake on the bypass was suicide, and I wish it had been actual suicide for me.',
    ],
    [
      'suicide barriers or nets on a bridge (en.suicide guard)',
      'The council is finally putting suicide nets under the viaduct.',
      'The viaduct gets suicide nets next month and I keep thinking about suicide.',
    ],
    [
      'overdoses counted among the cases of a shift (en.method guard)',
      'A&E was rammed. Three overdoses, a man with a broken wrist and a kid with a bead up his nose.',
      'A&E was rammed. Three overdoses, and one of them was me.',
    ],
    [
      "an overdose's treatment learned for an exam (en.method guard)",
      'The overdose management protocol is on my mind because the exam is Monday.',
      'The overdose management protocol is on my mind because I took an overdose last week.',
    ],
    [
      'a relative\'s "rather die than go to X\'s" (en.rather-dead guard)',
      "My brother said he'd rather die than go to Uncle Pete's for Christmas again.",
      "My brother said he'd rather die than go to Uncle Pete's again, and I'd rather die full stop.",
    ],
    [
      "a group's last post as the course ends (en.goodbye guard)",
      'This is my final post here since the course ends on Friday, see you in the alumni chat!',
      'This is my final post here. See you on the other side.',
    ],
    [
      'goodbyes to a community named in a list (en.goodbye guard)',
      'Saying my goodbyes to everyone, the choir, the mosque, the lads at football, before we move to Dubai.',
      "Saying goodbye to everyone, you've all been kind, I won't be around much longer.",
    ],
    [
      'things not needed in the place one is moving to (en.affairs guard)',
      "Gave my wellies away, I won't need them in Lisbon.",
      "Gave my wellies away, I won't need them in a few weeks.",
    ],
    [
      "a trivial group exercise as the joke's cause (shared joke guard)",
      "One more icebreaker and I'm walking into the sea lol",
      "One more day like this and I'm walking into the sea.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    quiet(lookAlike);
    expect(detectRisk(risk)).toBeDefined();
  });

  it('a note left for whoever finds the writer (en.note-finder): no rule on the look-alike, shown on its twin', () => {
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule('Left a note on the fridge for whoever finds my keys first.');
    expect(
      detectRisk("Fed the dog, paid the gas. The letter's on the kitchen table for whoever finds me."),
    ).toBeDefined();
  });

  it('thinking about not waking up (en.want-die): no rule on the look-alike, shown on its twin', () => {
    // The English reader retrained after batch 22 flags the look-alike (SAFETY.md): rules held quiet.
    noRule('Thinking about not waking up till noon tomorrow, bliss.');
    expect(rules("Thinking about not waking up at all. Best thought I've had this week.")).toEqual([
      'en.want-die',
    ]);
  });

  it('keeps the English rules quiet on a device "unalived", and reads the self', () => {
    // A Spanish rule (es.third-kill-self) still reads this look-alike: reported, not fitted here.
    noEnglishRule('Honestly this spreadsheet makes me want to unalive my printer.');
    expect(detectRisk('Honestly this spreadsheet makes me want to unalive myself.')?.subject).toBe('self');
  });

  it('keeps en.suicide quiet on the Latin root of the word in a Spanish lesson', () => {
    quiet('En clase vimos que la palabra viene del latín sui y de caedere, qué curioso.');
    expect(detectRisk('sui thoughts again tonight, I can not shake them.')).toBeDefined();
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(rules('if i do it over the bank holiday no one will even check on me')).toContain(
      'en.unnoticed-day',
    );
    expect(rules('envelope by the kettle for whoever finds me')).toContain('en.note-finder');
    expect(rules('It feels like being at the bottom of a well with the hatch shut.')).toContain(
      'en.sealed-in',
    );
    expect(rules('Cleared out my pigeonhole at school. Not been sacked or anything.')).toContain(
      'en.cleared-out-still-kept',
    );
    expect(rules('Doing 120 on the motorway with my lights off at 3am.')).toContain('en.dark-at-speed');
  });
});

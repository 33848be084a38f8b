import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { noRule, rules } from './twins';

/*
 * The kinds of miss English tuning batch 17 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 17 showed', () => {
  it.each<[string, string, string]>([
    [
      'a strap and a chosen tree (en.ligature-place)',
      "Bought a tow strap for the Land Rover and I know which oak we'll hang the tyre swing from.",
      'Bought a ratchet strap last week and I know which beech in the woods behind the school.',
    ],
    [
      'a day picked after a means or a hazard (en.day-chosen)',
      'I know what the new paint would do to the fence. Picked Saturday to paint it.',
      "There's a shotgun in dad's cabinet. Picked Saturday, when they're all at my aunt's.",
    ],
    [
      'going back to a place to work up to it (en.working-up-to)',
      'Been up there at the quarry every evening working up to it, my first dive off the ledge with the club.',
      'Been down there at the river bridge every night this week working up to it.',
    ],
    [
      'an attempt told as "had a go at it" (en.had-a-go)',
      'Had a go at it with the car in the garage, the clutch is fixed now.',
      'Had a go at it with the pills in March and woke up in hospital. Wouldn’t mind another go.',
    ],
    [
      'drugs taken from work until there is enough (en.means-pocketed)',
      "Been pocketing the biscuits from the staff room at work. I've got enough for the whole week.",
      "I've been nicking the wastage from the ward's drugs cupboard for weeks. I've got enough now.",
    ],
    [
      'a work weapon not handed back (en.weapon-kept)',
      "Range day on Friday, so I'm not signing the rifle back in till after training day.",
      "I carry a pistol at work. After my last shift I'm not signing it back in, I'm taking it to the woods.",
    ],
    [
      '"that\'s me finished" after a means (en.thats-me)',
      "Garage is cleared out and the car is washed, that's me finished for the weekend.",
      "Got a strap hidden in the garage. Sunday night and that's me finished.",
    ],
    [
      'a time set and "no more anything" (en.time-set-final)',
      'Last exam on Friday, then no more anything till September, freedom!',
      "Alarm's set for 4am Friday. That's when. no more anything.",
    ],
    [
      'affairs wrapped up, then a strange calm (en.settled-calm)',
      'Paid my brother back what I owed before the move, feels calm.',
      'Paid my brother back what I owed and handed my keys back. Feels strangely calm.',
    ],
    [
      'family shown where the papers are (en.told-where)',
      'Showed my daughter where the insurance papers for the car are.',
      "Showed my daughter where the insurance papers are. That's it sorted.",
    ],
    [
      'a crash that would not be minded (en.vehicle-wish)',
      "If the van ended up in a ditch tonight I wouldn't be bothered, the insurance would finally get me a new one.",
      "If the van ended up in the river on the way home I wouldn't be bothered.",
    ],
    [
      'danger shrugged at: "if it gets me it gets me" (en.shrug-it-gets-me)',
      "Quit smoking last year. If the cravings come back, I'll ring the helpline.",
      'Working on live boards with no gloves lately. If it gets me it gets me.',
    ],
    [
      'no future past this term, with no reason (en.not-finishing)',
      "I don't think I'll be finishing this term, I'm transferring to a college nearer home.",
      "Been quiet with everyone. I don't think I'll be finishing this term.",
    ],
    [
      'savings sent to family with no reason (en.savings-moved)',
      'Transferred all my savings to my sister for her wedding.',
      "Transferred all my savings to my sister's account last night and wrote her a letter.",
    ],
    [
      'envy of the dead the writer cares for (en.death-envy-work)',
      'I envy the residents when they go on the Thursday trip to the seaside.',
      'I envy the patients when they slip away quietly.',
    ],
    [
      'the dead called the lucky ones at work (en.best-deal-dead)',
      'Busy week at the funeral home. The families have got the best deal with our new prices, honestly.',
      "Quiet week at the mortuary. Sometimes I think they've got the best deal of anyone.",
    ],
    [
      'own treatment stopped, no point (en.own-meds-stopped)',
      "Stopped my own tablets because of the side effects, haven't told the GP yet but I've booked in.",
      "Stopped taking my own meds a fortnight ago. Can't see the point of mine.",
    ],
    [
      'thanks for trying passed on to a helper (en.thanks-for-trying)',
      'Tell Sam thanks for trying to fix the car.',
      'Tell my counsellor thanks for trying.',
    ],
    [
      'others fine without the writer (en.fine-without-me)',
      "The team will be fine without me while I'm on holiday next week.",
      'I keep thinking my kids would be fine without me, less hassle for them.',
    ],
    [
      'the writer taken out of the picture as the fix (en.out-of-picture)',
      'Taking me out of the picture would sort the rota, my manager says.',
      'Taking me out of the picture would fix everything for them.',
    ],
    [
      'regards passed on, and a farewell (en.regards-idiom)',
      'Remember me to your dad when you see him!',
      "Remember me to your dad when I'm gone.",
    ],
    [
      'a date picked for an event, and for it (en.date-for-event)',
      "I've been picking a date for the christening.",
      "I've been picking a date for it.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toMatchObject({ subject: 'self' });
  });

  it('not coming down from a roof till a job is done: no rule speaks; shown at a quarry', () => {
    // The second reader, retrained with batch 19, speaks up on this look-alike (SAFETY.md): the
    // rules are held quiet on it, the reader is left alone.
    noRule("Went up on the roof to fix the aerial and I'm not coming down till it works.");
    expect(
      detectRisk("Went to the quarry after my shift again. Third time I'm not stepping back."),
    ).toMatchObject({
      subject: 'self',
    });
  });

  it.each<[string, string, string]>([
    [
      'another’s life in Patois (en.life-dialect)',
      'mi bredda seh him a go tek him own time fi fix di car',
      'mi sista seh she a go tek her own life',
    ],
    [
      'someone asking the writer for enough of a means (en.means-asked-for)',
      "My nan asked me to bring her enough tablets for the week, it's all in the dosette box.",
      'A client keeps begging me to get him enough pills to finish it.',
    ],
    [
      'someone saying they had better die (en.better-go-die)',
      'My sister says she better go and die of embarrassment after that karaoke.',
      "My dad keeps saying he might as well go and die so he won't be a burden.",
    ],
    [
      'means found hidden in another’s room (en.found-means-other)',
      "Found some razor blades in my dad's shed, threw them out.",
      "Found blades hidden under my daughter's mattress. She's 15.",
    ],
  ])('%s: quiet on the look-alike, the "someone you know" card on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toMatchObject({ subject: 'other' });
  });

  it('keeps quiet on the look-alikes batch 17 shared words with', () => {
    for (const text of [
      'Two years ago I tried to end it. Today we had a picnic. Never thought I’d get here.',
      'Started on the self-harm liaison team this month, busy caseload but I’m fine.',
      'Nearly killed myself on a live cable at a job today, the last sparky wired it wrong. Shaken but fine.',
      'The wife says I’ve got a death wish on that ladder. I’m just clumsy.',
      'Cut myself like an absolute numpty fitting the new worktop.',
      'My legs are gone, I wanted to die on every hill of that half marathon.',
      'a zombie unalived me in my own base again lol',
      'Our vicar preached on Jonah asking God to take his life. Good sermon.',
      'Listened to a true crime podcast about a murder staged to look like a suicide.',
      'If I hear that advert one more time I’m throwing myself off a bridge',
      'A customer asked how many paracetamol would be too many, he was writing a crime novel.',
    ]) {
      expect(detectRisk(text), text).toBeUndefined();
    }
  });

  it('keeps the new rules to their own words', () => {
    // A day picked for something named, a chore finished, a typo for "dye", a time with its reason.
    noRule('I know what the rope would do to the paintwork. Picked Saturday for the bbq.');
    noRule('Washed the car, that’s me finished.');
    expect(detectRisk("I'd better go and die my hair before the party.")).toBeUndefined();
    noRule('Set an alarm for 6am. That’s when the taxi comes.');
    expect(rules('Set an alarm for 6am on the 21st. That’s when.')).toContain('en.time-set-when');
    expect(
      detectRisk("Took the rifle up to the woods for deer season, I'm not signing it back in till Monday."),
    ).toBeUndefined();
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(rules('Deleted my accounts and paid my mate the £50 I owed him. Feels oddly peaceful.')).toContain(
      'en.settled-calm',
    );
    expect(rules('Hoping a lorry veers onto my side on the way home so it would all stop.')).toContain(
      'en.vehicle-wish',
    );
    expect(rules('Nutten nah go change fi mi.')).toContain('en.nothing-change-dialect');
    expect(rules('Walked the roof edge unclipped at height today. Didn’t care.')).toContain(
      'en.unclipped-uncaring',
    );
    expect(rules("The will's signed. Cancelled the milk from next week.")).toContain('en.will-done-quiet');
  });
});

import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { rules } from './twins';

/*
 * The kinds of miss English tuning batch 16 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 16 showed', () => {
  it.each<[string, string, string]>([
    [
      'the same plan as someone who died by suicide (en.same-plan)',
      "My uncle took his own life in 2019. I've got the same plan as last year for the memorial walk.",
      "My cousin killed himself last spring. I've got the same method he used, and I keep thinking about it.",
    ],
    [
      'a death to look like an accident, for the insurance (en.staged-accident)',
      'The murder in my novel has to look like an accident, so I spent all night on the plot.',
      "I'll take the bike out on Friday. It has to look like an accident so my wife gets the payout.",
    ],
    [
      'a target picked for a crash (en.staged-accident)',
      "Worked out which tree I'd hit if the brakes failed on that hill, then booked the car in for a service.",
      "On the drive home I picked which bridge pillar I'd drive into on the motorway.",
    ],
    [
      'everything set up in the garage for tonight, after words of dying or fuel (en.garage-set)',
      "Filled the tank, so the tank's full. Everything's set up in the garage for tonight's darts party.",
      "Nobody would miss a dead man. It's all set up in the garage for tonight.",
    ],
    [
      'a crash by someone else’s vehicle welcomed (en.accident-welcome)',
      'If a truck takes me out on the A road, the helmet cam will catch the number plate.',
      'Some nights I ride without lights. If a van takes me out, fine, saves me the bother.',
    ],
    [
      'logging off an online group for good, with no reason (en.logging-off)',
      'Logging off for a long time, exams start Monday, see you all in June!',
      'Logging off for good. It was a laugh while it lasted, love you guys.',
    ],
    [
      'picturing others going on without the writer, lighter for it (en.without-me-lighter)',
      "I keep picturing the team carrying on without me while I'm on maternity leave, and it looks fine, which is a relief.",
      'I keep imagining my friends getting on without me and it looks so much easier for them.',
    ],
    [
      'dreading an all-clear from a scan or a biopsy (en.dread-all-clear)',
      "I'm scared the tests will come back normal because then we still don't know what's causing the pain.",
      "The biopsy is on Thursday and honestly I'm more afraid it'll come back benign.",
    ],
    [
      'missing the self who still had hope (en.hope-self-gone)',
      'I miss the old me who thought things would get better on their own; now I know it takes work.',
      'I miss the girl I was who believed things would work out.',
    ],
    [
      'belongings given away, the usual reason asked about and denied (en.give-away-no-reason)',
      'Told my sister she can have my old bike. She asked if I was getting a new one. I am, a cargo bike.',
      'Gave my cousin my guitar and my amp. He asked if I was moving. No.',
    ],
    [
      'a pet promised to someone for good (en.affairs)',
      "I've asked my neighbour whether she'd keep the cat for good, because my new landlord doesn't allow pets.",
      "I've asked my sister if she'd take my dog for good. Everything else is sorted now.",
    ],
    [
      'a scene in a film or a show (shared fiction guard)',
      'The overdose scene in that show last night was hard to watch.',
      'The overdose scene in that show last night made me want to do the same.',
    ],
    [
      'asked about risk, "and I said no" (shared asked-no guard)',
      "The nurse asked if I'd ever wanted to kill myself and I said no, never.",
      "The nurse asked if I'd ever wanted to kill myself and I said no, which was a lie.",
    ],
    [
      'a risk word judged as a word (shared word guard)',
      'Kms is such a cringe word, my little brother says it about homework.',
      'Kms is such a cringe word. I still want to kms tonight.',
    ],
    [
      'a patient brought in to the writer’s work (en.self-harm, en.hurt-self)',
      'Saw a teenager with self-harm scars come into A&E tonight, handed her over to the liaison team.',
      'Saw a teenager with self-harm scars come into A&E tonight. When I got home I cut myself again.',
    ],
    [
      'goodbyes before a flight (en.goodbye)',
      'Saying goodbye to everyone tonight, I fly out on Monday for two weeks.',
      "Saying goodbye to everyone tonight. I won't be around much longer.",
    ],
    [
      'an eye-roll after a trivial "one more time" (shared joke guard)',
      "If my boss schedules one more meeting I'm jumping off the roof 🙄",
      'I keep thinking about jumping off the roof 🙄 nobody would even notice.',
    ],
    [
      '"end it..." and the thing ended named after the pause (en.end-it, en.act-more)',
      'Decided to end it... the phone contract, I mean. Forty quid for a phone I never use.',
      'Decided to end it... the pain has to stop.',
    ],
    [
      '"I\'m done" told to an ex (en.give-up)',
      "Told my boyfriend I'm done. Moving my stuff out on Sunday.",
      "Told my boyfriend I'm done. Honestly I'm done with everything.",
    ],
    [
      'an attempt long past, "haven\'t had those thoughts in over a year" (safe now)',
      "Three years ago I tried to kill myself. I haven't had those thoughts in over a year and I just got engaged.",
      "Three years ago I tried to kill myself. I haven't had those thoughts in over a year, but they came back last night.",
    ],
    [
      'done with a nuisance (en.nuisance-done, so the second reader is not asked)',
      "I'm so done with this drilling next door, I want to sleep.",
      "I'm so done with this drilling next door. I want to sleep and never wake up.",
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toBeDefined();
  });

  it.each<[string, string, string]>([
    [
      'driving off a quay or a pier, said as intent (en.method)',
      'My mate drove off the ferry at the quay this morning, first trip to Skye.',
      "My brother says he's going to drive off the pier tonight.",
    ],
    [
      'a bullet with his name on it, kept (en.bullet-named)',
      'Grandad always said he never met the bullet with his name on it in Korea.',
      "My husband says he's saving a bullet with his name on it.",
    ],
    [
      'someone else with the means in front of them (en.means-close)',
      'She has her tablets in front of her every morning with breakfast.',
      'My friend just texted that she has the pills in front of her.',
    ],
    [
      '"I\'d be better off with the insurance", said by someone close (en.insurance-said)',
      "My dad says I'd be better off with the insurance money than a loan for the roof.",
      "My wife keeps saying I'd be better off with the life insurance.",
    ],
    [
      'someone else logging off for good (en.logging-off)',
      "My son says he's logging off for good, he's quitting the game because of the cheaters.",
      "Someone in our server said they're logging off for good and thanked everyone.",
    ],
    [
      'asking what a risk word means (shared word guard)',
      'My son asked what kms means after seeing it in a game chat, so I explained.',
      'My son asked what kms means. Last night he told me he wants to kms.',
    ],
  ])('%s: quiet on the look-alike, the "someone you know" card on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toMatchObject({ subject: 'other' });
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(
      rules('Some nights I ride without lights. If a van takes me out, fine, saves me the bother.'),
    ).toContain('en.accident-welcome');
    expect(rules('Gave my cousin my guitar and my amp. He asked if I was moving. No.')).toContain(
      'en.give-away-no-reason',
    );
    expect(rules("The biopsy is on Thursday and honestly I'm more afraid it'll come back benign.")).toContain(
      'en.dread-all-clear',
    );
    expect(rules("Nobody would miss a dead man. It's all set up in the garage for tonight.")).toContain(
      'en.garage-set',
    );
  });

  it('keeps the insurance card on the speaker, and the writer’s own words on the writer', () => {
    expect(detectRisk("My wife keeps saying I'd be better off with the life insurance.")).toMatchObject({
      subject: 'other',
    });
    expect(detectRisk('Honestly my family would be better off with the insurance money.')).toMatchObject({
      subject: 'self',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { rules } from './twins';

/*
 * The kinds of miss English tuning batch 18 showed, each as a look-alike that stays quiet and a
 * close risk twin that still shows the card. Every sentence here is written for this file.
 */

describe('English, the kinds tuning batch 18 showed', () => {
  it.each<[string, string, string]>([
    [
      'an attempt told by what it failed to do (en.attempt-failed)',
      'Tried the new sleeping tablets for my insomnia and they did not work, just woke up at four again.',
      "Tried on Friday with everything in the bathroom drawer and it didn't work, I just threw up all night.",
    ],
    [
      'pills kept back by skipping doses (en.means, the skipping-rope guard)',
      'Bought a skipping rope and some new trainers, the kids want to race me on Sunday.',
      'Been saving up my sertraline for a month, skipping doses and hiding the strips in a shoebox.',
    ],
    [
      'a high place studied for its drop (en.place-scouted)',
      'Walked up to the viaduct at dawn for a photo, working out which spot is highest for the drone shot.',
      'Went up to the multi-storey again and spent an hour working out which side is highest.',
    ],
    [
      'a next visit promised at a high place (en.place-scouted)',
      'Sat on the bench by the bridge with a coffee watching the sunset. Next time I will bring the camera.',
      "Drove out to the cliffs after work and sat in the car. Next time I won't just sit.",
    ],
    [
      'nerve lost at a place of danger, with a return (en.bottled-it)',
      'Went to the bungee platform on the bridge, lost my nerve at the last second. Going back next summer with my brother.',
      'Walked along the railway line to where the trains come fast. Lost my nerve at the last minute. Going back tonight.',
    ],
    [
      'a round kept with someone in mind (en.round-for-someone)',
      'Had a bullet engraved as a keyring for the best man, I know exactly who it is for.',
      "There's a bullet in my bedside drawer next to the pistol. I know who it's for.",
    ],
    [
      'a future booking passed over as not needed (en.wont-need-future)',
      "The family are booking the cottage for next summer. Didn't put my name down. Won't need to, I'm already paid up.",
      "The team are booking the Christmas do for next year. Didn't put my name down. Won't need to.",
    ],
    [
      'appointments cancelled as pointless (en.cancel-no-point)',
      'Cancelled the gym and two streaming services to save money. No point paying for things I never watch.',
      'Cancelled my physio and the optician for next month. No point having anything booked in.',
    ],
    [
      'affairs put in order with no occasion for it (en.affairs-no-occasion)',
      'Updated my will and the life insurance before the surgery next week, the nurse said it is sensible.',
      'Updated my will and my next of kin, wrote letters to my kids. No trip coming up or anything.',
    ],
    [
      'things given away with a withdrawal from life (en.give-away-withdrawn)',
      'Giving away my old console and games to whoever wants them, upgrading to a new pc. Not doing much of anything else this week.',
      'Giving away my guitars and amps to whoever wants them. Not doing much of anything anymore.',
    ],
    [
      'an accident survived with regret (en.survival-disappointed)',
      'The car skidded on black ice and my first thought was the kids in the back. We were all fine.',
      'The car skidded on the ice this morning and my first thought was finally. Then I was disappointed when it stopped in time.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toBeDefined();
  });

  it.each<[string, string, string]>([
    [
      'drinking to die said as meant, about someone else (en.drink-to-death)',
      "My uncle joked he'd drink himself to death at the wedding, he was dancing all night.",
      "My uncle told me he is going to drink himself to death on purpose, he wasn't joking.",
    ],
  ])('%s: quiet on the look-alike, the third-party card on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toMatchObject({ subject: 'other' });
  });

  it.each<[string, string, string]>([
    [
      'a pharmacy mix-up told at work (en.method guard)',
      'There was an accidental overdose on the ward today, a patient took her evening tablets twice by mistake. All fine.',
      'I took my whole box of sleeping tablets on Sunday and woke up in hospital.',
    ],
    [
      'a news report of a stranger (en.method guard)',
      'The paper says a woman jumped from the viaduct last night. Such a sad thing to read.',
      'Keep thinking about jumping from the viaduct like that woman in the paper.',
    ],
    [
      'asking someone directly, learned as a skill (shared study guard)',
      'The course showed us how to ask someone plainly if they are thinking of killing themselves.',
      'I keep thinking of killing myself since the course ended.',
    ],
    [
      'a welfare check at work (en.hurt-self guard)',
      'Did a welfare check on a lad who had said he would hurt himself. He was safe and we got him to the crisis team.',
      'My flatmate said he would hurt himself tonight and he is not answering.',
    ],
    [
      'death in a sermon (en.death-comfort guard)',
      'The homily was about death and eternal life and I found it comforting.',
      'Thinking about death is the only thing that comforts me now.',
    ],
    [
      'a body part that cannot go on (en.unbearable guard)',
      'My back cannot go on like this, the osteopath wants me off the bike for a month.',
      "I can't go on like this anymore.",
    ],
    [
      'a last message before bed (en.last-post guard)',
      'Last post tonight, heading to bed, night all.',
      'This is my last post. Thank you all.',
    ],
    [
      'a tattoo over old scars (en.self-harm guard)',
      'Got a laser session booked for my old self-harm scars, ready to see them fade.',
      "I've started self-harming again, the old scars have company.",
    ],
    [
      'what a word means, taught in class (shared word guard)',
      "Our teacher went through what 'kms' means in the internet safety lesson.",
      'kms tonight, honestly, I mean it literally.',
    ],
    [
      'a death in a game (shared game guard)',
      'Killed myself with my own rocket in ranked match, the lobby was howling.',
      'Died to my own grenade in ranked again. I want to kill myself, honestly.',
    ],
    [
      'thanks bounded by a year (en.farewell guard)',
      'Thank you for everything you have done for me this term, see you after the break.',
      'Thank you for everything you did, you were the only one who tried.',
    ],
    [
      'a denial and a mood of the day (hedge)',
      'No thoughts of harming myself. Just tired today.',
      'No thoughts of harming myself today.',
    ],
    [
      'a holiday absence with a return date (en.no-future, en.goodbye guards)',
      "Won't be around next week, we're in Devon. Back the 21st.",
      "Won't be around next year. Nobody will notice.",
    ],
    [
      'goodbye to the unit before a transfer (en.goodbye guard)',
      'Said goodbye to the squad and handed in my kit before the posting up north. Excited for the new role.',
      'Said goodbye to everyone I love last night. This is the end for me.',
    ],
  ])('%s: quiet on the look-alike, shown on its twin', (_kind, lookAlike, risk) => {
    expect(detectRisk(lookAlike)).toBeUndefined();
    expect(detectRisk(risk)).toBeDefined();
  });

  it('reads the new kinds with rules, not only with the second reader', () => {
    expect(rules('Been hiding my lithium for weeks, skipping doses. Nearly enough now.')).toContain(
      'en.means',
    );
    expect(
      rules(
        'My first reaction was great when the bike skidded out on the bend. Then I was gutted when I walked away.',
      ),
    ).toContain('en.survival-disappointed');
    expect(rules('Sorted out the life insurance and my will. No operation planned or anything.')).toContain(
      'en.affairs-no-occasion',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { detectRisk, screenAll, sentences } from '../../src/safety/detect';
import { normalise } from '../../src/safety/normalise';
import { cardFor, noRule } from './twins';

/*
 * The screen is deterministic (product principle 4): a false alarm costs a kind message with
 * phone numbers, a miss could cost far more. These cases pin its behaviour on the phenomena the
 * corpus measures in bulk (tests/safety/corpus.test.ts): every case here is written for this file.
 */

describe('detectRisk finds explicit risk however it is written', () => {
  it.each<[string, string]>([
    ['plain', 'I want to kill myself'],
    ['algospeak', 'been thinking about unaliving tbh'],
    ['algospeak, sewer slide', 'the sewer slide thoughts are loud tonight'],
    ['self-deletion', 'honestly considering self deletion'],
    ['kms', 'kms. not joking'],
    ['leetspeak', 'i w4nt t0 k1ll mys3lf'],
    ['a typo in want', 'i wnat to die'],
    ['a typo in suicide', 'having sucidal thoughts again'],
    ['a dropped letter', 'i want to kil myself'],
    ['repeated letters', 'i want to dieeeee'],
    ['spelled out', 'thinking about s u i c i d e'],
    ['shouting', 'I AM GOING TO END MY LIFE'],
    ['self-harm with another verb', 'i burned myself with a lighter again'],
    ['a body part instead of myself', 'cut my thighs last night'],
    ['the abbreviation sh', 'relapsed on sh after a month'],
    ['a blade held, not used', 'sat with the razor in my hand for an hour'],
    ['means saved, object first', 'the pills i have been saving are in the drawer'],
    ['means saved, verb first', 'been stockpiling my sleeping tablets'],
    ['a note for after', 'wrote letters for my kids for after i am gone'],
    ['a final goodbye', 'this is my last message, thank you for everything'],
    ['a method told as a story', 'stood on the bridge for ages last night'],
    ['an attempt told as a story', 'crashed my car on purpose in the spring'],
    [
      'an overdose without the word',
      'took all my tablets with vodka and woke up in hospital after taking them',
    ],
    ['ending it, any subject', 'honestly thinking about ending it'],
    ['rather be dead, no joke marked', "i'd rather be dead than feel like this"],
  ])('%s', (_phenomenon, text) => {
    expect(detectRisk(text)).toMatchObject({ category: 'explicit', subject: 'self' });
  });
});

describe('detectRisk finds indirect warning signs', () => {
  it.each<[string, string]>([
    ['hopelessness', "what's the point of any of it"],
    ['no future', "i can't picture myself still being around next year"],
    ['a broken phrase', "i don't really want to be here anymore"],
    ['burden, other words', 'they would all be lighter without me'],
    ['vanishing for good', 'i want to disappear for good'],
    ['worthlessness', 'sorry for existing'],
    ['trapped', "there's only one way out of this"],
    ['unbearable pain', 'i just want the pain to stop'],
    ['a passive wish', "if a bus hit me i wouldn't mind"],
    ['a farewell', 'you were always so kind to me'],
    ['affairs in order', 'gave my cat to my sister and made a will'],
    ['death as comfort', 'the thought of dying calms me'],
    ['not caring whether one survives', "drank until i passed out and didn't care if i woke up"],
  ])('%s', (_phenomenon, text) => {
    expect(detectRisk(text)).toMatchObject({ subject: 'self' });
  });
});

describe('detectRisk tells someone else at risk from the writer', () => {
  it.each([
    'my brother keeps saying he wants to kill himself',
    'my friend texted me goodbye and her phone is off',
    'she told me she has been cutting her arms again',
    'a colleague said he would be better off dead',
  ])('"%s" asks for the someone-you-know card', (text) => {
    expect(detectRisk(text)).toMatchObject({ subject: 'other' });
  });

  it("reads posted and written words as the poster's, and an English slang word in Spanish by its Spanish subject", () => {
    cardFor("My cousin keeps posting 'kms for real this time' under pictures of his meds.", 'other');
    cardFor("un compa del grupo escribe 'kms' todas las noches y ya me asusta", 'other');
    cardFor('en el chat de la clase una chava dijo que se quiere unalive este finde', 'other');
    // Typed in a game's chat, posted to a story (found by batch 26's helpers).
    cardFor("our healer typed 'kms' in voice chat after the raid wiped and went offline", 'other');
    cardFor("una amiga posteó 'ya me quiero morir' en su historia y no me contesta", 'other');
    cardFor("I typed 'kms' to the squad last night and I wasn't kidding", 'self');
    // The writer's own words stay the writer's, in either language.
    cardFor('My cousin posting memes again, I want to kms lol no I mean it I have the pills', 'self');
    cardFor('me quiero unalive, ya no puedo', 'self');
  });

  it('puts the writer first when both are at risk', () => {
    expect(detectRisk('my sister wants to die and honestly so do i. i want to die too')).toMatchObject({
      subject: 'self',
    });
  });

  it('takes calm grief for what it is', () => {
    expect(detectRisk('my uncle died by suicide ten years ago and I can talk about him now')).toBeUndefined();
  });
});

describe('detectRisk keeps its guards narrow', () => {
  it('takes a plain denial at its word (policy: see detect.ts)', () => {
    expect(detectRisk("I'm not going to hurt myself, I just needed to say I'm tired")).toBeUndefined();
    expect(detectRisk("I'm not suicidal, just exhausted")).toBeUndefined();
  });

  it('reads a hedged denial as risk', () => {
    expect(detectRisk("I don't think I'd actually kill myself... probably")).toBeDefined();
    expect(detectRisk("I'm not going to hurt myself tonight")).toBeDefined();
  });

  it('does not let a topic word elsewhere in a long sentence silence risk', () => {
    expect(
      detectRisk(
        'we had a suicide prevention training at work this morning, and sitting there for two hours made me realise that i have been suicidal for months',
      ),
    ).toBeDefined();
  });

  it.each([
    [
      'in class we talked about self-harm and i learned a lot',
      'in class we talked about self-harm and i cut myself again last night',
    ],
    [
      'my dissertation is about suicide and i have been writing all week',
      'my dissertation is about suicide and i have been suicidal for months',
    ],
    [
      'revising for my toxicology exam and i keep mixing up overdose thresholds',
      'revising for finals and i want to kill myself',
    ],
  ])('keeps a topic guard in its own clause: quiet on "%s", shown on "%s"', (topic, own) => {
    expect(detectRisk(topic)).toBeUndefined();
    expect(detectRisk(own)).toMatchObject({ subject: 'self' });
  });

  it('reads "rather die than" with a trivial alternative, or a joke marked, as hyperbole', () => {
    expect(detectRisk("I'd rather die than sing karaoke again")).toBeUndefined();
    expect(detectRisk('rather be dead than go to that meeting lol')).toBeUndefined();
    expect(detectRisk('I would rather be dead than go back to that house')).toBeDefined();
  });

  it('takes "asked if…, and honestly no" at its word, but not when the writer says it was a lie', () => {
    expect(
      detectRisk('my GP asked if I had thoughts of ending my life and honestly no, just work stress'),
    ).toBeUndefined();
    expect(
      detectRisk('my GP asked if I had thoughts of ending my life and I said no, which was a lie'),
    ).toBeDefined();
  });

  it('lets a reason told in the next sentence explain a goodbye, but only beside it and only when not meant for real', () => {
    noRule('Relocating to Cork in March. Said goodbye to the lads at the yard, pints were had.');
    noRule('Said my goodbye to the street I grew up on. New flat has a proper bath.');
    // No reason beside it: a goodbye.
    cardFor('Said goodbye to the street I grew up on. Nobody has to put up with me after tonight.');
    // The reason two sentences away explains nothing.
    cardFor(
      'We are moving to Leeds in spring. The kids are asleep. Said goodbye to everyone tonight, for good.',
    );
    // Meant for real: no guard holds.
    cardFor(
      'Moving to Leeds was meant to fix things. Said goodbye to everyone today. I mean that literally.',
    );
  });

  it('knows a title that carries a risk word without quotation marks', () => {
    expect(detectRisk('finished The Virgin Suicides for book club, beautiful writing')).toBeUndefined();
    expect(detectRisk('I keep thinking about suicide since book club')).toBeDefined();
  });
});

describe('detectRisk reads long answers sentence by sentence', () => {
  it('finds risk in the middle of a long answer', () => {
    const answer = [
      'This week I tried the breathing exercise before work and it helped on Monday.',
      'Tuesday was harder; my manager moved the deadline again.',
      'Honestly some nights I think everyone would be lighter if I was gone.',
      'On Saturday I saw my cousin and we cooked together, which was nice.',
    ].join(' ');
    expect(detectRisk(answer)).toMatchObject({ category: 'indirect', subject: 'self' });
  });

  it('finds risk in a pasted wall of text with no full stop, wherever the windows cut it', () => {
    const risk = 'honestly i want to kill myself';
    for (const before of [0, 250, 283, 330, 399, 5000]) {
      const wall = `${'I feel tired and '.repeat(Math.ceil(before / 17)).slice(0, before)} ${risk} ${'and more words '.repeat(600)}`;
      expect(detectRisk(wall)?.rule, `risk at ${before}`).toBe('en.kill-self');
    }
  });

  it('lists one match per sentence, in reading order', () => {
    const matches = screenAll('I want to die. The weather was fine. I cut my arm again.');
    expect(matches.map((m) => m.category)).toEqual(['explicit', 'explicit']);
  });

  it('cuts text into sentences and clauses', () => {
    expect(sentences("I'm fine.\nReally! but not today")).toEqual(["i'm fine.", 'really!', 'not today']);
  });
});

describe('detectRisk reads typographic variants the same way', () => {
  it.each<[string, string]>([
    ['a curly apostrophe', 'I don’t want to be here anymore'],
    ['a modifier-letter apostrophe', 'I donʼt want to be here anymore'],
    ['an acute accent as apostrophe', 'I don´t want to be here anymore'],
    ['no apostrophe in dont', 'i dont want to be here anymore'],
    ['no apostrophe in im', 'im going to end my life'],
    ['no apostrophe in ive', 'Ive been thinking about suicide'],
    ['no apostrophe in cant', 'i cant go on like this'],
    ['no apostrophe in theres', 'theres no point in living'],
    ['upper case', 'I WANT TO KILL MYSELF'],
    ['mixed case', 'I Want To End My Life'],
    ['extra spaces', 'I   want  to    kill   myself'],
    ['new lines between words', "I don't\nwant to be\n\nhere\r\nany more"],
    ['a tab and a non-breaking space', 'I want\tto\u00a0die'],
    ['my self written as two words', 'i want to kill my self'],
    ['a Unicode hyphen', 'I keep thinking about self\u2010harm'],
    ['no hyphen', 'I keep thinking about selfharm'],
    ['a zero-width space between words', 'I want to kill\u200bmyself'],
    ['a soft hyphen inside a word', 'I want to kill my\u00adself'],
    ['wanna', 'i just wanna die'],
    ['full-width letters', 'Ｉ ｗａｎｔ ｔｏ ｄｉｅ'],
  ])('flags a message with %s', (_variant, text) => {
    expect(detectRisk(text)).toBeDefined();
  });
});

describe('detectRisk does not flag benign look-alikes', () => {
  it.each([
    'this homework is killing me',
    "I'm dying to see my sister",
    'I could kill for a coffee',
    'that joke killed me',
    "I'm dead tired",
    'my phone died',
    'we killed it at the presentation',
    "I'm not going anywhere",
    'deadline is killing me',
    // Borderline, decided not to flag: "could die of <something>" is a fixed idiom for a feeling,
    // hypothetical rather than a wish, and here with "lol". No rule treats "could die" as risk.
    // "I want to die of embarrassment" is still flagged, because "want to die" always is.
    'I could die of embarrassment lol',
    'I need some space from my family',
    'I over-apologise a lot',
    "I can't go on holiday this year",
    "I can't keep going to these meetings",
    "I don't want to be around people today",
    "I don't want to be here at this party",
    'I hurt myself playing football',
    'I cut myself shaving',
    'I burned myself on the stove',
    'I cut myself off from friends when things get close',
    'I need to cut myself some slack',
    'I was killing myself laughing',
    "I'd rather die than sing karaoke again",
    "I'm ready to die on this hill",
    "I'm taking my life back one day at a time",
    'I want to disappear for a weekend in the mountains',
    'I want this feeling to disappear forever',
    'I took all my meds this morning',
    'I said goodbye to everyone at the airport',
    "I'm giving my old clothes away to charity",
    'I want to finish it all before Friday',
    'Life is worth living again',
    'We watched Suicide Squad last night',
    'I want to end it with him, he never listens',
    "I'm thinking about dying my hair red",
    'I could sleep forever',
    "I'm giving away my stuff before the move",
    'I said goodbye to my dog for the last time, he was put down',
    'I want to kill my brother lol he ate my fries',
  ])('does not flag "%s"', (text) => {
    expect(detectRisk(text)).toBeUndefined();
  });

  it('has no rule for a reason to live, or for an early start (the English reader retrained after batch 22 and 24 flags them: SAFETY.md)', () => {
    noRule('I want to be here for my kids');
    noRule("I don't want to wake up early tomorrow");
  });
});

describe('detectRisk', () => {
  it('does not flag an empty message', () => {
    expect(detectRisk('')).toBeUndefined();
  });

  it('names the rule, its category, whose risk and the language, never the text', () => {
    const match = detectRisk('I want to kill myself');
    expect(Object.keys(match ?? {}).sort()).toEqual(['category', 'language', 'rule', 'subject']);
    expect(match?.rule).toMatch(/^en\.[a-z-]+$/);
  });
});

describe('normalise', () => {
  it.each<[string, string]>([
    ['I Don’t  KNOW', "i don't know"],
    ['im  fine\treally', "i'm fine really"],
    ['dont cant wont', "don't can't won't"],
    ['self\u2011harm', 'self-harm'],
    ['wanna gonna', 'want to going to'],
    ['k1ll mys3lf', 'kill myself'],
    ['wnat sucide myslef', 'want suicide myself'],
    ['dieeeee', 'die'],
    ['s u i c i d e', 'suicide'],
    ['Está cansadísima', 'esta cansadisima'],
    ['kiero m4t4rm3', 'quiero matarme'],
    // A spoken filler between commas does not break a phrase.
    ['i want it all to, like, end', 'i want it all to end'],
    ['quiero, o sea, morirme', 'quiero morirme'],
    ['the end of the, well, road', 'the end of the road'],
    // Emoji that name a means, and bare numbers in a message written in leetspeak.
    ['💊💊 saved up', 'pills pills saved up'],
    ['1 w4n7 70 d13', 'i want to die'],
    ['at 1 pm on the 2nd', 'at 1 pm on the 2nd'],
    // Real words next to a key term stay as they are.
    ['i will dye my hair', 'i will dye my hair'],
    ['at 10pm on the 2nd', 'at 10pm on the 2nd'],
  ])('turns "%s" into "%s"', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

/*
 * Tuning batch 10: each guard below stands beside a risk twin that must still fire, so that a
 * guard written for a look-alike cannot silence the statement it resembles.
 */
describe('detectRisk on the kinds tuning batch 10 showed', () => {
  const quiet = (text: string) => expect(detectRisk(text)).toBeUndefined();
  const fires = (text: string, subject: 'self' | 'other' = 'self') =>
    expect(detectRisk(text)?.subject).toBe(subject);

  it('reads an overdose of food or TV as hyperbole, but not an overdose of pills or one on purpose', () => {
    quiet('overdosed on pancakes at brunch, worth it');
    quiet("I've OD'd on Gilmore Girls this month");
    fires('I overdosed on my antidepressants on Sunday');
    fires("OD'd on purpose last month and nobody knows");
  });

  it('reads overdose met at work or in calm grief as not the writer’s', () => {
    quiet('Three overdose admissions on my shift tonight and a woman who had taken a whole bottle of pills.');
    quiet('Lost my uncle to an overdose in 2019. I run a naloxone stall at the market now.');
    fires('Lost my uncle to an overdose. Last night I overdosed too.');
  });

  it('knows "suicide" as a title or a term of sport or records', () => {
    quiet('Suicide Blonde by INXS came on in the car and we all sang');
    quiet("'Suicide Blonde' by INXS is my karaoke song");
    quiet('The suicide squeeze won us the game in the 8th');
    quiet('Fewer suicide files on my desk since I moved team.');
    fires('I keep thinking about suicide since I moved team');
  });

  it('takes a question about risk answered "never" in the next sentence at its word, not a yes', () => {
    quiet('The GP asked if I had thought about suicide. Truthfully never.');
    fires('The GP asked if I had thought about suicide. Yes, every day.');
    quiet('Not one urge to self-harm since spring.');
    fires('Strong urge to self-harm since spring.');
  });

  it('reads a joke marked in the next sentence as a joke, but not "not kidding"', () => {
    quiet('If I have to sit through one more standup I will walk into the sea. Joking.');
    fires("I'm going to walk into the sea. Not kidding.");
    // Laughter is not a retraction, and a plan or its means is never read as a joke.
    fires('i want to kill myself tonight. lol');
    fires('honestly i want to die. haha');
    fires("I'm going to jump off the bridge tonight. Kidding.");
    fires('I bought a rope to hang myself. jk');
  });

  it('reads letters for a birthday, a will after a divorce, and an ordinary place as everyday', () => {
    quiet('Writing letters to my children to open on their 21st birthdays, like my mum did.');
    fires('Writing letters to my children for after I am gone.');
    quiet('Redid my will now the divorce is final.');
    fires('Redid my will. They will not need me after this.');
    quiet("I'd rather die than go back to the call centre.");
    fires("I'd rather die than go on like this.");
  });

  it('finds plans, means and self-harm said flatly or in other words', () => {
    fires('My plan is Friday.');
    quiet('My plan is to paint the fence on Friday.');
    fires('Bit of an accident with the scissors last night, on purpose.');
    fires('headbanged the door until it bruised');
    fires('they say I would never kill myself. I have the tablets right here.');
  });

  it('finds indirect signs said in new ways', () => {
    fires('why am i really still here');
    fires('Taking me out of the picture would fix it.');
    fires('Cancelled my phone contract and paid my sister back. Nice to have it all sorted before.');
    quiet('I went to the cinema alone, which I had never done before.');
    fires('Remember me as someone who tried.');
    quiet('Remember me to your mum!');
    fires('Ran the red light and sort of hoped.');
    fires("Please stop checking in. I'm not worth the trouble.");
    // The readers retrained after batch 25 (stronger shrinkage) flag it (SAFETY.md): rules held quiet.
    noRule("I'm not worth the trouble of a second date apparently");
  });

  it('gives the other card to a quote after "said" with a bare noun, and to someone "ready to go"', () => {
    fires("Coworker said 'I'm going to kill myself if they cut my hours'", 'other');
    fires("Dad keeps saying he's 'ready to go' and that his affairs are in order.", 'other');
    fires("My sister posted 'last one' on her story from the bridge.", 'other');
  });

  it('finds means taken "to die", a plan had, a loaded gun at hand, and drugs used on oneself', () => {
    fires('Swallowed most of my citalopram on Sunday to die and woke up on Monday.');
    quiet('took a load of ibuprofen for my knee this morning');
    fires('had a plan to end it last spring and the stuff is still in my drawer');
    fires("The rifle's loaded and it's on my knees.");
    fires('My brother is a nurse and keeps talking about using the insulin on himself.', 'other');
  });

  it('finds indirect signs the reader alone had caught', () => {
    fires("it really doesn't matter what happens to me anymore");
    fires("I've stopped caring whether I wake up.");
    fires('I keep thinking about vanishing where nobody will find me.');
    quiet('Booked a cabin where nobody can find me for the weekend, bliss.');
    fires("There's no point trying again. It's too late for me.");
    quiet("It's too late for me to apply this year.");
    fires("If it spreads I'm not fighting it this time.");
    fires('Make sure my brother gets my guitar.');
    quiet('Make sure my brother gets my message about Sunday.');
    fires('Told my dad that none of it was his fault.');
  });

  it('lets only the English reader read an English message with "no" in it', () => {
    quiet("I'm tired but I'm safe. No plans, no thoughts like that. Just want to talk about work.");
  });
});

describe('detectRisk on the kinds tuning batch 11 showed', () => {
  const quiet = (text: string) => expect(detectRisk(text)).toBeUndefined();
  const fires = (text: string, subject: 'self' | 'other' = 'self') =>
    expect(detectRisk(text)?.subject).toBe(subject);

  it('silences risk that is past and resolved only with a distant past, a safe present and nothing recent', () => {
    quiet('Three years ago I wanted to die. Now I’m in a much better place, mad how things change.');
    quiet(
      'It’s five years since my attempt this week. I’m in a different place and I want to bring that to session as a win.',
    );
    quiet('i used to self harm as a teen, the scars don’t bother me much now');
    // Dangerous twins: recent, recurring, or no safe present.
    fires('I wanted to die yesterday. I’m in a better place today.');
    fires('I tried to end my life last week. I’m safe now.');
    fires('Three years ago I wanted to die. Lately it’s coming back and I’m scared.');
    fires('Two years ago I tried to kill myself and I think about it again.');
    fires('Five years since my attempt. I still want to die.');
    fires('Two years ago I attempted. Nothing has changed.');
    fires('Three years ago I tried to end my life. I’m in a better place. I have the pills saved though.');
  });

  it('lets the writer undo a joke or an idiom, never the other way round', () => {
    quiet("I'd rather be dead than go back to that job lol");
    fires(
      "I'd rather be dead than go back to that job. And I don't mean that the way people usually mean it.",
    );
    fires('gonna yeet myself off the top of the car park lol. jk. unless? genuinely not sure anymore');
    fires('gonna yeet myself off the car park roof lol');
    // Laughter alone still silences nothing it did not before, and never a plan with its means.
    fires('I have the rope ready. lol');
  });

  it('finds means set aside, a pronoun plan, split preparation and a picked date', () => {
    expect(detectRisk("Have kept my dad's BP tablets aside. Just in case I decide.")).toBeDefined();
    quiet('Put the tablets aside for the school trip first-aid kit.');
    fires("Going to do it this weekend. Nobody'll find me till Sunday.");
    quiet('Going to do it this weekend while everyone is at the wedding, the loft needs clearing.');
    fires('Bought charcoal and gaffer tape. It’s in the boot.');
    fires('Bought a rope. It’s in the boot.');
    quiet('Bought charcoal for the bbq and some tape for the gazebo.');
    quiet('Bought rope for the tent. It’s in the boot.');
    fires("I'm so done, I want to be dead. I've been picking a date");
    quiet("I've been picking a date for the wedding");
    // No rule: the date needs death talk before it (the second reader, trained on this kind, may still ask).
    noRule('Mum and I chatted all night. I have been picking a date');
  });

  it('finds estate questions, reckless indifference, a gun with hopelessness and a goodbye post', () => {
    fires("been asking my mum weird questions about who'd get my stuff. she says I'm morbid");
    quiet("we're writing our wills now the baby's here, so we talked about who'd get my stuff");
    fires("Drank loads and drove back. Didn't care what happened.");
    fires("My grandad keeps a shotgun in the house and keeps saying he's useless now.", 'other');
    quiet('The old shotgun is useless now, grandad sold it for scrap.');
    fires('a girl from my class posted that this would be her last story and deleted her account', 'other');
    quiet('this is my last story for a while, taking a break for exams');
  });

  it('keeps quiet on plots, work, sea swims and nuisances, but not their twins', () => {
    quiet('Book club did a novel. I know the plot is him trying to end it but it was warm.');
    fires("I've lost the plot, I want to end it all.");
    quiet('Long shift on the ward. Had a young woman in after an overdose, she’s stable.');
    fires('I had an overdose last week and nobody knows.');
    quiet('Jumped off the Forty Foot this morning with the swim group. Freezing!');
    fires('Thinking of jumping off the bridge tonight.');
    quiet("can't go on like this with the neighbours' dog barking all night, ringing the council tomorrow");
    fires("can't go on like this with everything, I'm so tired");
    quiet('Dropped a tray of glasses at the party, wanted to die on the spot.');
    fires('I want to die right now.');
  });
});

/** No rule speaks up on `text` (the second reader is not asked). */
/** The screen shows the card for `text`, about the writer or about someone else. */

describe('detectRisk on the kinds tuning batch 12 showed', () => {
  it('finds a plan for an empty house, means known by amount or gathered at work, and a shrug at a crash', () => {
    cardFor("Gonna do it on Friday once everyone's asleep.");
    noRule("Gonna do it on Friday once everyone's asleep: wrap the presents so the kids don't see.");
    cardFor('As a carer I know which meds I’d use and how many, it would be easy.');
    cardFor('Been taking them home from work bit by bit for months.');
    cardFor('No seatbelt, 100 on the back roads. If I crash, I crash.');
    noRule('Tried the gas station sushi. If I die, I die.');
    cardFor('Punched the door till my knuckles were bleeding.');
    cardFor('I keep slamming my own head into the wall when the thoughts get loud.');
  });

  it('keeps quiet on a fall, a trip, a leaving email, a goodbye to a therapist and a karaoke bridge', () => {
    noRule('Came off the scooter and broke my wrist, so typing one-handed.');
    cardFor('I broke my wrist on purpose.');
    noRule("Won't be around next week, off to a festival with no signal.");
    noRule('Sent my goodbye message, i.e. the leaving email to colleagues. Cried at the replies.');
    noRule('Said goodbye to my therapist today and thanked her; she’s retiring.');
    noRule("I'd sooner jump off a bridge than sit through another quiz night.");
    cardFor("I'd rather jump off a bridge than live like this.");
    noRule('Overdosed on garlic at dinner, the whole flat smells.');
  });

  it('does not end a sentence at an abbreviation, so a guard there still reaches its words', () => {
    expect(sentences('Wrote my goodbye note, i.e. the leaving card. Then home.')).toHaveLength(2);
    expect(sentences('Saw Dr. Patel, e.g. about sleep. Fine.')).toHaveLength(2);
  });
});

describe('detectRisk on the kinds tuning batch 13 showed', () => {
  it('finds a height measured, means with their use denied, a packet taken and a passive wish', () => {
    cardFor('Went up to the car park roof to check whether it would be high enough.');
    noRule('Checked if the ladder is high enough to reach the gutter.');
    cardFor("Bought rope at the hardware store, and it's not for the tent.");
    noRule('Bought rope at the hardware store for the tent.');
    cardFor('Last night I took the whole packet.');
    noRule('Took the whole packet of biscuits to the staff room.');
    cardFor("wouldn't be upset if the plane went down tbh");
  });

  it('keeps quiet on a habit that annoys, a move, a helpline shift, a dosing chart and a farmhouse', () => {
    noRule('I want to die every time my flatmate microwaves fish.');
    cardFor('I want to die every time I wake up.');
    noRule("Giving away the sofa and the bikes since we're moving interstate.");
    noRule('Busy helpline shift, so many calls about self-harm. Debriefed and fine.');
    noRule('Pharmacist life: a whole afternoon on overdose thresholds for the new dosing chart.');
    noRule('Said my goodbyes to the old cottage before the new owners got the keys.');
    noRule('nothing to live for except payday lol (kidding, the dog too)');
  });
});

describe('detectRisk on the kinds tuning batch 14 showed', () => {
  it('finds a number of tablets, the shortest goodbye, an illness wished for and a cover story', () => {
    cardFor('Swallowed about forty paracetamol on Sunday and told no one.');
    noRule('Swallowed two paracetamol for the headache.');
    cardFor('gonna do it. love you all');
    cardFor('Hoping I catch something nasty and it takes me.');
    noRule('Hoping I catch the early train so it takes me straight to Leeds.');
    cardFor("Got a rope from the garden centre. Told them it's for the shed.");
    noRule("Told them it's for the shed, the new shelves I mean.");
    cardFor('My dad took an overdose on Friday.', 'other');
    noRule('I overdosed on Christmas pudding.');
  });
});

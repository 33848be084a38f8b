import { describe, expect, it } from 'vitest';
import { detectRisk, normalise } from '../../src/safety/detect';

/*
 * The detector is a deterministic keyword screen (product principle 4). A false alarm costs the
 * person a kind message with phone numbers; a miss could cost far more. So where a phrase is
 * genuinely ambiguous we flag it, and say so next to the case. Everyday idioms that only share
 * words with risk language ("this homework is killing me") must stay quiet, or the reply stops
 * meaning anything.
 */

describe('detectRisk flags explicit risk language', () => {
  it.each<[string, string]>([
    ['I want to kill myself', 'kill-self'],
    ["I don't want to live with this pain anymore", 'intent-overrides-idiom'],
    ['I hurt myself at work on purpose', 'intent-overrides-idiom'],
    ['I feel like ending it', 'intent-overrides-idiom'],
    ["I don't want to be here at all", 'not-be-here'],
    ["I'm going to kill myself tonight", 'kill-self'],
    ["I've been thinking about suicide", 'suicide'],
    ['I have had suicidal thoughts all week', 'suicide'],
    ["I'm going to end my life", 'end-life'],
    ['I have thought about taking my own life', 'end-life'],
    ['Some days I just want to end it all', 'end-it'],
    ['I want to die', 'want-die'],
    ['I wish I was dead', 'wish-dead'],
    ["I wish I'd never been born", 'wish-dead'],
    ['I keep thinking about self-harm', 'self-harm'],
    ['I started cutting again', 'self-harm'],
    ['I cut myself again last night', 'hurt-self'],
    ['I want to hurt myself', 'hurt-self'],
    ['I think about taking an overdose', 'overdose'],
    ["I've been saving up my sleeping pills", 'method'],
    ['I keep thinking about jumping off the bridge', 'method'],
  ])('flags "%s" (rule %s)', (text, rule) => {
    expect(detectRisk(text)).toEqual({ rule });
  });
});

describe('detectRisk flags indirect risk language', () => {
  it.each<[string, string]>([
    ["I don't want to be here anymore", 'not-be-here'],
    ["I don't want to live anymore", 'not-be-here'],
    ['I no longer want to exist', 'not-be-here'],
    ['everyone would be better off without me', 'better-off'],
    ['The world would be a better place without me', 'better-off'],
    ['Nobody would even notice if I was gone', 'burden'],
    ['I wish I could go to sleep and not wake up', 'not-wake-up'],
    ["I hope I don't wake up tomorrow", 'not-wake-up'],
    ["I can't go on like this", 'cant-go-on'],
    ["I can't keep going.", 'cant-go-on'],
    ["there's no point in living", 'no-reason'],
    ["I've got nothing left to live for", 'no-reason'],
    ["Life isn't worth living", 'no-reason'],
    ['I just want to disappear forever', 'disappear'],
    ["I've been giving my things away and saying goodbye", 'plan'],
    ["I've been saying my goodbyes to everyone for good", 'plan'],
    ["I don't deserve to live", 'want-die'],
    ['Everyone would be happier without me', 'better-off'],
    ['I want to stop existing', 'not-be-here'],
    ["I've lost the will to live", 'no-reason'],
  ])('flags "%s" (rule %s)', (text, rule) => {
    expect(detectRisk(text)).toEqual({ rule });
  });
});

describe('detectRisk flags ambiguous text, erring towards caution', () => {
  it.each<[string, string]>([
    // "anymore" after "don't want to live" is read as intent, so that "live with this pain anymore"
    // is caught; the cost is that a wish to move out gets the resources too.
    ["I don't want to live with my parents anymore", 'intent-overrides-idiom'],
    // Negation is not parsed: a person who mentions suicide at all gets the resources.
    ["I'm not suicidal, just exhausted", 'suicide'],
    // Usually exam hyperbole, but "kill myself" is the most direct phrase there is.
    ["I'll kill myself if I fail this exam", 'kill-self'],
    // "Killing myself at work" can mean overworking; not distinguishable from the literal phrase.
    ["I've been killing myself at work", 'kill-self'],
    // Internet slang for "kill myself"; often flippant, never safe to ignore.
    ['this week makes me want to kms', 'kill-self'],
    // Could be fear (panic, illness), but it puts death at the centre of the message.
    ["I don't want to die", 'want-die'],
    // Could be about a job or a relationship; it is also a classic way of saying "I can't go on".
    ["I can't do this anymore", 'cant-go-on'],
    // "Here" may be a place, but with no place named the phrase is read as risk.
    ["I don't want to be here", 'not-be-here'],
    // May be about moving away; it is also a warning sign.
    ["I won't be around much longer", 'not-be-here'],
    // Could be burnout, could be passive ideation.
    ["I don't want to live like this", 'not-be-here'],
    // Could be a wish for a break; a bare "disappear" is read as risk (a named break is not, below).
    ['I just want to disappear.', 'disappear'],
    // Could be clearing out before a move; giving possessions away is a warning sign.
    ["I'm giving away all my things", 'plan'],
    // Often a joke about coffee or chocolate, but the word is a method.
    ["I'm going to OD on coffee", 'overdose'],
    // A breakup phrase as often as a risk phrase.
    ['My ex is better off without me', 'better-off'],
    // A bare "end it" may mean a relationship; at the end of a sentence it is read as risk
    // ("I want to end it with him" is not flagged, below).
    ['I want to end it.', 'end-it'],
    // Could be grief or a passing thought; thoughts of death are asked about, not assumed away.
    ['Sometimes I think about dying', 'want-die'],
    // Mostly venting about traffic; "lol" does not switch a rule off.
    ["I can't take it anymore lol this traffic", 'cant-go-on'],
    // Perceived burdensomeness is a recognised risk factor.
    ["I'm a burden to everyone", 'burden'],
  ])('flags "%s" (rule %s)', (text, rule) => {
    expect(detectRisk(text)).toEqual({ rule });
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
    'I want to be here for my kids',
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
    "I don't want to wake up early tomorrow",
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
});

describe('detectRisk', () => {
  it('does not flag an empty message', () => {
    expect(detectRisk('')).toBeUndefined();
  });

  it('returns only the rule name, never the text, for the audit log', () => {
    const match = detectRisk('I want to kill myself');
    expect(match).toBeDefined();
    expect(Object.keys(match ?? {})).toEqual(['rule']);
  });

  it('finds risk language inside a longer answer', () => {
    const answer =
      'Work was fine and I went for a walk.\n\nHonestly though, I keep thinking everyone would be better off without me. Anyway, see you Tuesday.';
    expect(detectRisk(answer)).toEqual({ rule: 'better-off' });
  });
});

describe('normalise', () => {
  it.each<[string, string]>([
    ['I Don’t  KNOW', "i don't know"],
    ['im  fine\treally', "i'm fine really"],
    ['dont cant wont', "don't can't won't"],
    ['self\u2011harm', 'self-harm'],
    ['wanna gonna', 'want to going to'],
  ])('turns "%s" into "%s"', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

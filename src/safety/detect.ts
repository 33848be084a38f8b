import { setFlagsFromString } from 'node:v8';
import { normalise } from './normalise';
import readerEn from './reader-en.json' with { type: 'json' };
import readerEs from './reader-es.json' with { type: 'json' };
import type { RiskCategory, RiskLanguage, RiskRule, RiskSubject, RuleSet } from './rule';
import { ENGLISH } from './rules/en';
import { SPANISH } from './rules/es';
import { type ReaderModel, reads } from './second-reader';

// The rules are large alternations. V8 first runs a regular expression in its bytecode interpreter
// and compiles it only once it runs again; interpreted, these took 1–2 s of the main thread for each
// of the first messages after a start (and Slack's and Discord's acknowledgements wait behind it).
// Compiled at first use, the first message costs about 0.3 s and every later one a few ms.
setFlagsFromString('--no-regexp-tier-up');

/**
 * The risk screen: deterministic, explainable, no network, no generated text. A message is
 * normalised (see `normalise.ts`), cut into sentences, and every English and Spanish rule is tried
 * on each sentence, whatever language the member set: people write in the language they feel in.
 *
 * It errs towards caution: a false alarm costs a kind message with phone numbers; a miss could
 * cost far more. The guards that keep it quiet are narrow, and each is tested:
 * - a rule's own `unless` (an idiom, a title, a topic, an accident) on the same sentence;
 * - a plain denial about oneself ("I'm not suicidal", "I would never hurt myself") cancels the
 *   words it governs, unless the message hedges anywhere ("probably", "I don't think",
 *   "not tonight", "yet", "I guess"): a hedged denial is read as risk. This is a policy decision:
 *   a calm, unhedged "I'm not going to hurt myself" is taken at its word, as a careful reader of
 *   one message would; any other sign in the same message still shows the card.
 *
 * The match names its rule id and category (which may be logged), never the text.
 */
export interface RiskMatch {
  readonly rule: string;
  readonly category: RiskCategory;
  /** `other`: a friend or relative is at risk, and the writer needs the "someone you know" card. */
  readonly subject: RiskSubject;
  readonly language: RiskLanguage;
}

const RULE_SETS: readonly RuleSet[] = [ENGLISH, SPANISH];
const READERS: readonly (readonly [RuleSet, ReaderModel])[] = [
  [ENGLISH, readerEn as ReaderModel],
  [SPANISH, readerEs as ReaderModel],
];

/**
 * Sentences (and clauses after "but"/"pero"), so that a guard in one never silences another. An
 * ellipsis is a pause, not an end: "me quiero matar... de la risa" is one sentence.
 */
export function sentences(input: string): string[] {
  // Line breaks are read as spaces: on phones a sentence is often wrapped, even over a blank line.
  const parts = normalise(input)
    .split(
      /(?<=[!?;:]|(?<!\.|\b(?:i\.e|e\.g|vs|dr|mr|mrs|ms|sr|sra|dra))\.)\s+(?:(?:but|pero|aunque|though)\s+)?|(?<!\b(?:nothing|all|anything|nada|todo))\s+(?:but|pero|aunque|though)\s+|\s*[!?;]{2,}\s*/,
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  // A joke marked in a sentence of its own ("…walk into the sea. Kidding.") belongs to the one before.
  const joined: string[] = [];
  for (const part of parts) {
    if (joined.length > 0 && JOKE_ALONE.test(part)) joined[joined.length - 1] += ` ${part}`;
    else joined.push(part);
  }
  return joined;
}

/**
 * A sentence that only says the one before was a joke: "Kidding.", "jk". Laughter alone ("lol",
 * "jaja") is not such a sentence: people laugh after saying something real too. (Not Spanish
 * "es broma" yet: the Spanish joke guards would then silence a plan with its means, "tengo la
 * soga lista. es broma", which the English rules for means never do.)
 */
const JOKE_ALONE = /^(?:(?:just |only |i'm |im )?(?:kidding|joking)|jk)[.!)]*$/;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index ?? last;
  return last;
}

const THIRD_REFLEXIVE = /\b(?:herself|himself|themselves|themself|her|his|their)\b/;
/** Verbs that report words said or written, in both lists below (kept in one place so they cannot drift). */
const REPORTING_VERBS =
  'said|says|saying|wrote|writes|texted|posted|posting|typed|types|typing|keeps saying|dice|dijo|decia|diciendo|escribio|escribe|escribia|posteo|postea|posteaba|puso|pone|ponia';
/** Someone else's words reported: the speaker is the person named before the last of these. */
const REPORTING_ALL = new RegExp(
  `\\b(?:${REPORTING_VERBS}|texts|posts|shared|shares|sharing|messaged|told|tells|me mando|publico|publica)\\b`,
  'g',
);
/** A quotation: "…", '…', «…» (an apostrophe inside a word is not one). */
const QUOTE = /(?:^|(?<=[\s:,(]))["'«]((?:[^"'»]|(?<=[a-z])'(?=[a-z])){2,}?)["'»](?=[\s.,!?;:)]|$)/g;

/** Words reported as said or written, by the writer or anyone: "I wrote", "dice que", "escribi". */
const REPORTED = new RegExp(
  `\\b(?:${REPORTING_VERBS}|say|write|told \\w+|tells \\w+|dije|digo|escribi|puse|mande|mando)\\b`,
);

/** Someone named without "my" before a reporting verb: "Colleague said '…'", "Friend on discord said '…'". */
const BARE_SPEAKER =
  /^(?:(?:a|an|the|our|one) )?(?:(?:best|close|old|work|school|uni|online|new) )?(?:friend|colleague|coworker|co-worker|mate|boss|manager|brother|sister|mum|mom|dad|son|daughter|partner|boyfriend|girlfriend|husband|wife|cousin|flatmate|housemate|roommate|student|client|patient|neighbou?r|teammate|someone|somebody|guy|girl|kid|lad|bloke|teacher|amig[oa]|companer[oa]|compa|jefe|jefa|vecin[oa]|alumn[oa])s?\b/;

/** Where the quotation holding `index` starts, if the matched words are quoted. */
function quoteStart(sentence: string, index: number): number | undefined {
  for (const q of sentence.matchAll(QUOTE)) {
    const start = q.index ?? 0;
    if (index > start && index < start + q[0].length) return start;
  }
  return undefined;
}

/**
 * Who said quoted words: `other` only when a reporting verb names a third person before the
 * quotation ("mi amiga me escribio 'ya no aguanto'"); otherwise undefined.
 */
function quotedSpeaker(set: RuleSet, sentence: string, index: number): RiskSubject | undefined {
  const quoted = quoteStart(sentence, index);
  if (quoted === undefined || quoted === 0) return undefined;
  const before = sentence.slice(0, quoted);
  const verb = lastIndex(REPORTING_ALL, before);
  if (verb < 0) return undefined;
  const speaker = before.slice(0, verb);
  if (lastIndex(set.firstPerson, speaker) >= 0) return undefined;
  return lastIndex(set.thirdPerson, speaker) >= 0 || BARE_SPEAKER.test(speaker) ? 'other' : undefined;
}

/**
 * Whose words these are is read in the sentence's own language: an English slang rule in a Spanish
 * sentence ("una alumna escribió que se quiere unalive") looks for the Spanish third person.
 */
function personsFor(set: RuleSet, sentence: string): RuleSet {
  const languages = languagesOf(sentence);
  if (languages.has(set.language)) return set;
  return RULE_SETS.find((other) => languages.has(other.language)) ?? set;
}

/**
 * Whose risk the matched words are about: fixed by the rule; named by a reflexive or possessive
 * ("kill herself", "cuts on her arms"); for quoted words, the person who said them ("she texted
 * 'I can't do this anymore'"), even from the sentence before; otherwise the closest subject.
 */
function subjectOf(
  set: RuleSet,
  rule: RiskRule,
  sentence: string,
  index: number,
  words: string,
  previous: string,
): RiskSubject {
  if (rule.about === 'other') return rule.about;
  if (rule.about === 'self') return quotedSpeaker(set, sentence, index) === 'other' ? 'other' : 'self';
  const said = sentence.slice(index, index + words.length + 16);
  if (THIRD_REFLEXIVE.test(said) && !/\b(?:my|myself|mi|me)\b/.test(words)) return 'other';
  const quoted = quoteStart(sentence, index);
  const before =
    quoted === undefined ? sentence.slice(0, index) : quoted === 0 ? previous : sentence.slice(0, quoted);
  if (quoted !== undefined) {
    // Quoted words belong to whoever said them: the subject before the reporting verb.
    const verb = lastIndex(REPORTING_ALL, before);
    if (verb < 0) return subjectOf(set, rule, sentence.slice(quoted + 1), index - quoted - 1, words, '');
    const speaker = before.slice(0, verb);
    if (lastIndex(set.firstPerson, speaker) < 0 && BARE_SPEAKER.test(speaker)) return 'other';
    return lastIndex(set.thirdPerson, speaker) > lastIndex(set.firstPerson, speaker) ? 'other' : 'self';
  }
  return lastIndex(set.thirdPerson, before) > lastIndex(set.firstPerson, before) ? 'other' : 'self';
}

/**
 * The words around a match: a guard looks only this far, so it cannot silence risk elsewhere in a
 * long sentence; and not past "and I…", where the writer starts saying something of their own ("in
 * class we talked about self-harm and I cut myself again last night": the class is the topic of the
 * first clause, not of the second).
 */
function around(sentence: string, index: number, length: number): string {
  const end = index + length;
  let from = Math.max(0, index - GUARD_REACH);
  let to = Math.min(sentence.length, end + GUARD_REACH);
  // "One more meeting and I'm…" is one thought: the first part is the cause of the second.
  if (CONDITIONAL.test(sentence)) return sentence.slice(from, to);
  for (const clause of sentence.slice(from, to).matchAll(OWN_CLAUSE)) {
    const at = from + (clause.index ?? 0);
    if (at + clause[0].length <= index) from = at + clause[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return sentence.slice(from, to);
}

/**
 * Where the writer starts a clause of their own: "… and i want to…", "… and now i've…"; not an
 * answer ("asked if…, and i said no").
 */
const OWN_CLAUSE =
  /\s(?:and|and now|and then)\s(?=i\b(?! (?:said|told|answered|replied|say|tell)\b)|i'(?:m|ve|d|ll)\b)/g;
/** A sentence that opens on a condition: "one more…", "another…", "if…". */
const CONDITIONAL = /^(?:one more|another|any more|if|when|every time|each time)\b/;

const GUARD_REACH = 60;
const GLOBAL = new WeakMap<RegExp, RegExp>();
/** Every place a rule matches, so that a guarded first match does not hide a later one. */
function allMatches(pattern: RegExp, text: string): IterableIterator<RegExpMatchArray> {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    GLOBAL.set(pattern, global);
  }
  return text.matchAll(global);
}

/**
 * The first unguarded match in a sentence; `guarded` when risk words were there but a guard or a
 * denial deliberately silenced them (the second reader then leaves the message alone).
 */
function matchSentence(
  sentence: string,
  previous: string,
  next: string,
  hedged: ReadonlySet<RiskLanguage>,
  message: MessageReading,
  earlier: string,
): RiskMatch | 'guarded' | undefined {
  let guarded = false;
  for (const set of RULE_SETS) {
    // Risk told as past and resolved: a distant time in this sentence, a safe present elsewhere.
    const resolvedPast = message.resolved.has(set.language) && set.distantPast.test(sentence);
    for (const rule of set.rules) {
      if (rule.context && !rule.context.test(`${earlier} ${sentence}`)) continue;
      for (const found of allMatches(rule.pattern, sentence)) {
        const index = found.index ?? 0;
        const negated = set.negation.test(sentence.slice(0, index));
        // A question about risk the writer was asked, answered with a plain no in the next sentence.
        const answeredNo =
          set.asked.test(sentence.slice(0, index)) && set.answeredNo.test(next) && !hedged.has(set.language);
        // Quoted or reported words the next clause explains ("…'me quiero morir' pero era por el ridiculo").
        const explained =
          set.explainedNext.test(next) &&
          (quoteStart(sentence, index) !== undefined ||
            REPORTED.test(sentence.slice(0, index + found[0].length)));
        if (
          answeredNo ||
          explained ||
          resolvedPast ||
          (!message.serious &&
            (rule.unless?.test(around(sentence, index, found[0].length)) ||
              rule.unlessBeside?.test(`${previous} ${next}`))) ||
          (negated && !rule.negationProof && !hedged.has(set.language))
        ) {
          guarded = true;
          continue;
        }
        return {
          rule: rule.id,
          category: rule.category,
          subject: subjectOf(personsFor(set, sentence), rule, sentence, index, found[0], previous),
          language: set.language,
        };
      }
    }
  }
  return guarded ? 'guarded' : undefined;
}

/** A sentence longer than this is read in overlapping windows (see `windows`). */
const WINDOW = 400;
const OVERLAP = 120;

/**
 * A very long run of words without a full stop (a pasted wall of text) read in windows of `WINDOW`
 * characters that overlap by `OVERLAP`, cut between words: the rules' patterns span well under the
 * overlap, so nothing is missed at a cut, and reading stays linear in the text's length instead of
 * growing with the square of the sentence's (56,000 characters took 9.5 s, holding every platform).
 */
function windows(sentence: string): string[] {
  if (sentence.length <= WINDOW) return [sentence];
  const parts: string[] = [];
  for (let start = 0; start < sentence.length; ) {
    let end = Math.min(sentence.length, start + WINDOW);
    if (end < sentence.length) {
      const space = sentence.lastIndexOf(' ', end);
      if (space > start + OVERLAP) end = space;
    }
    parts.push(sentence.slice(start, end));
    if (end >= sentence.length) break;
    const next = sentence.indexOf(' ', end - OVERLAP);
    start = next > start && next < end ? next + 1 : end;
  }
  return parts;
}

/** What the whole message says about its sentences' guards. */
interface MessageReading {
  /** The writer says the words are meant for real: no joke, idiom or hyperbole guard holds. */
  readonly serious: boolean;
  /** Languages in which the message states a safe present and nothing recent or recurring. */
  readonly resolved: ReadonlySet<RiskLanguage>;
}

/** Each sentence's verdict, in reading order. */
function readSentences(text: string): (RiskMatch | 'guarded' | undefined)[] {
  const parts = sentences(text).flatMap(windows);
  const hedged = new Set(
    RULE_SETS.filter((set) => parts.some((s) => set.hedge.test(s))).map((set) => set.language),
  );
  const whole = parts.join(' ');
  const message: MessageReading = {
    serious: RULE_SETS.some((set) => set.serious.test(whole)),
    resolved: new Set(
      RULE_SETS.filter((set) => set.safeNow.test(whole) && !set.recurring.test(whole)).map(
        (set) => set.language,
      ),
    ),
  };
  return parts.map((s, i) =>
    matchSentence(s, parts[i - 1] ?? '', parts[i + 1] ?? '', hedged, message, parts.slice(0, i).join(' ')),
  );
}

const isMatch = (verdict: RiskMatch | 'guarded' | undefined): verdict is RiskMatch =>
  verdict !== undefined && verdict !== 'guarded';

/** Every match in the text, one per sentence at most, in reading order. */
export function screenAll(text: string): RiskMatch[] {
  return readSentences(text).filter(isMatch);
}

/** The commonest words of each language: enough to tell which a message is (mostly) written in. */
const COMMON: Record<RiskLanguage, ReadonlySet<string>> = {
  en: new Set(
    'the and i to of a my is it was that you in for me but with have this just not so be at on are he she they'.split(
      ' ',
    ),
  ),
  es: new Set(
    'el la que de y en me mi no es lo por un una los las con para pero se ya muy mas le su al del yo esta estoy'.split(
      ' ',
    ),
  ),
};

const SHARED_WORDS: ReadonlySet<string> = new Set(['no', 'me', 'a']);

/**
 * The languages a message is written in: each whose common words are at least a quarter of the
 * common words found (both, for a message that mixes them; both when none is found).
 */
function languagesOf(normal: string): Set<RiskLanguage> {
  // "no" and "me" are words of both languages: they tell nothing ("No plans, no thoughts like that").
  const words = normal.split(/[^a-z']+/).filter((w) => !SHARED_WORDS.has(w));
  const found = (language: RiskLanguage) => words.filter((w) => COMMON[language].has(w)).length;
  const en = found('en');
  const es = found('es');
  const all = new Set<RiskLanguage>();
  if (en + es === 0 || en >= (en + es) / 4) all.add('en');
  if (en + es === 0 || es >= (en + es) / 4) all.add('es');
  return all;
}

/**
 * The second reader's verdict, asked only when no rule matched: an indirect sign, about whoever
 * the message's last subject is. Each language's reader reads only messages written (at least in
 * part) in its language: a model of Spanish words says nothing about an English message.
 */
function secondReading(text: string): RiskMatch | undefined {
  const normal = normalise(text);
  const languages = languagesOf(normal);
  for (const [set, model] of READERS) {
    if (!languages.has(set.language) || !reads(model, text)) continue;
    const subject =
      lastIndex(set.thirdPerson, normal) > lastIndex(set.firstPerson, normal) ? 'other' : 'self';
    return { rule: `${set.language}.second-reader`, category: 'indirect', subject, language: set.language };
  }
  return undefined;
}

/**
 * The screen's verdict on one message: the writer's own risk comes first (explicit before
 * indirect); a third person's only when nothing is about the writer. When no rule matched, the
 * second reader (see `second-reader.ts`) is asked, unless `reader: false` (Between's own command
 * syntax, which no reader was trained on: see `screen.ts`).
 */
export function detectRisk(text: string, options: { readonly reader?: boolean } = {}): RiskMatch | undefined {
  const verdicts = readSentences(text);
  const matches = verdicts.filter(isMatch);
  // Words a guard or a plain denial silenced are not second-guessed.
  if (matches.length === 0) {
    return verdicts.includes('guarded') || options.reader === false ? undefined : secondReading(text);
  }
  const rank = (m: RiskMatch) => (m.subject === 'self' ? 0 : 2) + (m.category === 'explicit' ? 0 : 1);
  return matches.sort((a, b) => rank(a) - rank(b))[0];
}

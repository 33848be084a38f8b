/** What a rule recognises: a direct statement of risk, or a warning sign that says it less directly. */
export type RiskCategory = 'explicit' | 'indirect';

/** Whose risk it is: the writer's own, or someone else's the writer is worried about. */
export type RiskSubject = 'self' | 'other';

export type RiskLanguage = 'en' | 'es';

/**
 * One risk rule. It is tried on each sentence of the normalised text (see `normalise.ts`), so it
 * is written in lower case, without accents, with straight apostrophes and single spaces.
 */
export interface RiskRule {
  /** Stable id, e.g. `en.kill-self`: logged and audited instead of any text. */
  readonly id: string;
  readonly category: RiskCategory;
  readonly pattern: RegExp;
  /** A narrow exception tried on the same sentence: an idiom, a title, a topic, an accident. */
  readonly unless?: RegExp;
  /**
   * A narrow exception tried on the sentences just before and after the match: the ordinary reason
   * told beside the words ("Moving to Leeds next week. Said goodbye to the old town today.").
   * Like `unless`, lifted when the writer says they mean it.
   */
  readonly unlessBeside?: RegExp;
  /**
   * Whose risk the words are about. `self` and `other` are fixed by the words themselves
   * ("kill myself", "kill herself"); `either` (the default) is decided by the sentence's subject.
   */
  readonly about?: RiskSubject | 'either';
  /**
   * Words that must also be there, in the same sentence or earlier in the message, for the rule to hold:
   * preparation or recklessness told over two sentences ("Drank loads and drove back. Didn't care
   * what happened.").
   */
  readonly context?: RegExp;
  /** Negation does not cancel this rule (its words already carry the negation, or a denial is no comfort). */
  readonly negationProof?: boolean;
}

/**
 * Builds a rule pattern from a template in which `{NAME}` stands for a set of alternatives, so that
 * rules read as phrases: `{I_WANT} to die`.
 */
export function phrase(macros: Readonly<Record<string, string>>, template: string): RegExp {
  const expanded = template.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const alternatives = macros[name];
    if (alternatives === undefined) throw new Error(`unknown macro {${name}} in a risk rule`);
    return `(?:${alternatives})`;
  });
  return new RegExp(expanded);
}

/** A language's rules and the words that tell its sentences apart (see detect.ts). */
export interface RuleSet {
  readonly language: RiskLanguage;
  readonly rules: readonly RiskRule[];
  /** Ends a stretch of words that negates what follows ("i'm not going to ", "nunca me "). */
  readonly negation: RegExp;
  /** Anywhere in a message: the denial is hedged ("probably", "creo"), so it cancels nothing. */
  readonly hedge: RegExp;
  /** Before the matched words: the writer was asked about risk ("asked if I'd ever thought about suicide"). */
  readonly asked: RegExp;
  /** The whole next sentence is a plain no ("Honestly never have."), which answers that question. */
  readonly answeredNo: RegExp;
  /** The whole next clause says what quoted or reported words meant ("era por el ridiculo", "lo dice riendose"). */
  readonly explainedNext: RegExp;
  /**
   * The writer says the words are meant for real ("unless?", "I don't mean that the way people
   * usually mean it", "es en serio"): anywhere in the message, it lifts the rules' `unless` guards
   * (jokes, idioms, hyperbole) for every rule; denials still count.
   */
  readonly serious: RegExp;
  /**
   * Risk told as past and resolved: a distant time in the same sentence ("two years ago", "as a
   * teen", "a los 19"), a present safe statement elsewhere in the message ("I'm safe", "hoy estoy
   * bien"), and nothing that says it is back or recent (`recurring`). All three are needed.
   */
  readonly distantPast: RegExp;
  readonly safeNow: RegExp;
  readonly recurring: RegExp;
  /** A third person as the subject ("she", "my brother", "mi hermana"); global flag. */
  readonly thirdPerson: RegExp;
  /** The writer as the subject ("i", "me", "yo"); global flag. */
  readonly firstPerson: RegExp;
}

/**
 * Deterministic risk-language detection for free text. It errs towards caution: a false alarm
 * costs a kind message with phone numbers; a miss could cost far more. It never decides
 * anything else and never generates advice.
 *
 * The rules see the text after {@link normalise}: lower case, one straight apostrophe, single
 * spaces, and common apostrophe-less contractions restored ("dont" → "don't", "im" → "i'm"),
 * so each rule only has to spell a phrase one way. Negation is not parsed ("I'm not suicidal"
 * still matches): the rules look for risk language, not for a verdict. Where an everyday idiom
 * shares words with a risk phrase (“killing myself laughing”, “cut myself some slack”, “take my
 * life back”), a narrow look-ahead excludes that idiom only; tests/safety/detect.test.ts lists the
 * cases and the decisions taken on ambiguous ones.
 */

export interface RiskMatch {
  /** Which rule matched (for the audit log; never the text itself). */
  readonly rule: string;
}

const RULES: readonly { readonly rule: string; readonly pattern: RegExp }[] = [
  // "suicide squad" is a film title; every other mention of suicide is flagged, including negated,
  // third-person and past ones.
  { rule: 'suicide', pattern: /\bsuicid(e|es|al|ality)\b(?! squad)/ },
  {
    rule: 'kill-self',
    pattern:
      /\b(kill|kills|killing|killin|killed) m[ey] ?self\b(?! laughing| with laughter)|\bto off m[ey] ?self\b|\boffing m[ey] ?self\b|\bunalive(d|ing)?\b|\bkms\b/,
  },
  {
    rule: 'end-life',
    // "take my life back" / "taking my life in a new direction" are recovery talk, not risk.
    pattern:
      /\b(end|ends|ending|ended|take|takes|taking|took) (my|my own) life\b(?! (back|in|into|forward|seriously|more seriously|over|out)\b)/,
  },
  {
    rule: 'end-it',
    // A bare "end it" may be about a relationship; it only counts at the end of a clause, not
    // in "end it with him".
    pattern:
      /\b(end|ends|ending|ended) it all\b|\bend (things|everything) for good\b|\b(want to|going to|thinking of|thinking about|planning to|plan to|ready to|decided to|i'll|i will|just) (just )?(end|ending) it(?= ?($|[^a-z0-9' ]|now|tonight|today|soon|for good))/,
  },
  {
    rule: 'want-die',
    pattern:
      /\b(want|wants|wanted|wanting|wish|wishing|ready|deserve|deserving) (to )?(just )?(die|be dead)\b(?! on (this|that|the) hill)|\bfeel(ing)? like dying\b|\b(don't|do not) deserve to (live|be alive|exist)\b|\bi (shouldn't|should not) (be alive|exist|have been born)\b|\b(think|thinking|thought|thoughts) (about|of) (dying|death|being dead|my death|not being alive)\b(?! (my|her|his|their|it|the) )/,
  },
  {
    rule: 'wish-dead',
    pattern:
      /\bwish (that )?(i'd|i) ((was|were) (dead|never born|not alive)|(had )?never (been born|existed)|(hadn't|had not|wasn't|weren't|was not) (been )?born|(could )?(just )?(die|stop existing|cease to exist|not exist|not be alive))\b/,
  },
  // "I'd rather die than sing karaoke" is hyperbole; without "than" it is flagged.
  {
    rule: 'rather-dead',
    pattern: /\b(rather|prefer to) (just )?(be dead|die|not (be alive|exist|wake up))\b(?! than)/,
  },
  {
    rule: 'better-off',
    pattern:
      /\b(better off|be better|better place|be easier|easier for everyone) (dead|without me|if i (was|were|wasn't|weren't|was not|were not) (gone|dead|here|around|alive))\b|\b(everyone|everybody|they|the world|my family|people)( would|'d| will|'ll)?( all)? be happier (without me|if i (was|were) gone)\b/,
  },
  {
    rule: 'burden',
    pattern:
      /\b(no ?one|no-one|nobody) (would|will|'d)( even)? (miss me|(care|notice) if i( was| were)? (dead|died|gone|disappeared))\b|\b(i'm|i am) (just )?(such )?a burden (to|on) (everyone|everybody|my family|everyone around me|the people i love)\b/,
  },
  {
    rule: 'not-be-here',
    // Each verb carries its own guard: "be here at this party", "live with my parents", "be around
    // people" and "wake up early" are everyday wishes, not risk.
    pattern:
      /\b(don't|do not|no longer|never) (want|wish) to (be alive|exist|be on this earth|be in this world|keep living|go on living|carry on living|be here\b(?! (at(?! all)|in(?! this world)|with|for|during|on (a|the|my)|if|when|while)\b)|live\b(?! (with|in|at|near|on|there|here|abroad|alone|together|next to|close to|far from|under|somewhere|anywhere|by|like (him|her|them|my|that|those))\b)|be around(?= ?($|[^a-z0-9' ]|any ?more|any longer|much longer|for much longer))|wake up\b(?! (early|late|at(?! all)|before|so|too|for|in time|on time|when|to|until|till)\b))|\b(won't|will not) be (around|here) (for )?(much |very )?(longer|long)\b|\b(want|wish|wanna|need) to (just )?(stop existing|cease to exist|not exist|not be alive)\b/,
  },
  {
    rule: 'not-wake-up',
    pattern:
      /\b(hope|wish|want|pray)( that)? (i|i'd|i'll|to|i could|i would|i might) (just )?(don't|do not|never|not|won't|will not|wouldn't|would not)( ever)? wake( up)?\b(?! (early|late|up|at(?! all)|before|so|too|for|in time|on time|when|to|until|till)\b)|\b(go to sleep|fall asleep|want to sleep|wish i could sleep) forever\b|\b(sleep|asleep|go to bed|lie down) and (just )?(not|never) wake( up)?\b(?! (early|late|up|at(?! all)|before|so|too|for|in time|on time|when|to|until|till)\b)/,
  },
  {
    rule: 'no-reason',
    pattern:
      /\b(no|what's the|what is the|(don't|can't) see (the|any)|lost (the|any|my)) (reason|point|will)( in| to| of)? (live\b(?! (with|in|at|near|on|there|here|abroad|alone|together|by)\b)|living|life\b(?! (admin|insurance|coach)\b)|be alive|being alive|exist|existing|(go|going|carry|carrying) on(?= ?($|[^a-z0-9' ]|like (this|that)|any ?more|any longer|living))|keep going(?= ?($|[^a-z0-9' ]|like (this|that)|any ?more|any longer)))|\bnothing (left )?to live for\b|\b(life|living)('s| is)? (not|isn't|ain't|no longer) worth (it|living)\b|\bnot worth living\b|\b(tired|sick|done|exhausted|weary) (of|with) (living|life|being alive|existing)\b(?! (admin|in|at|as)\b)|\bgiv(e|en|ing) up on (life|living)\b/,
  },
  {
    rule: 'cant-go-on',
    // "I can't go on holiday" and "can't keep going to these meetings" are not risk: "go on" and
    // "keep going" only count at the end of a clause or with "like this", "anymore" and the like.
    pattern:
      /\b(can't|cannot|can not|don't want to|no longer want to) (go on|carry on|keep going|keep living|go on living)(?= ?($|[^a-z0-9' ]|like (this|that)|any ?more|any longer|living|with (this|life|my life)|much longer))|\b(can't|cannot|can not) ((do this|take (it|this)|cope|handle (it|this)|live like this) )?(any ?more|any longer)\b/,
  },
  {
    rule: 'self-harm',
    pattern:
      /\bself ?-? ?(harm|harms|harmed|harming|injury|injure|injured|injuring|mutilation)\b|\b(started|start|been|keep|kept|back to|go back to|went back to|urge to|urges to|want to|wanting to) cut(ting)? again\b/,
  },
  {
    rule: 'hurt-self',
    // Accidents ("cut myself shaving", "burned myself on the stove") and idioms ("cut myself off",
    // "cut myself some slack") are excluded; "cut myself again" or "with a knife" is not.
    pattern:
      /\b(hurt|hurts|hurting|harm|harms|harmed|harming|cut|cuts|cutting|burn|burns|burned|burnt|burning|starve|starved|starving) m[ey] ?self\b(?! (off|out|some slack|a break|loose|free|short|down to size)\b| (by accident|accidentally)\b| ((while|when|by|from) )?(playing|shaving|cooking|chopping|slicing|peeling|lifting|running|skiing|cycling|climbing|training|exercising|gardening|ironing|baking|working out|falling|tripping|slipping|moving)\b| (when|while) i (fell|tripped|slipped)\b| (on|with|at|in) (the|a|an|my|some) (stove|oven|kettle|iron|pan|hob|grill|paper|gym|kitchen|fall|crash|accident|garden|game|match)\b| at (work|the gym|football|rugby|training)\b)/,
  },
  {
    rule: 'intent-overrides-idiom',
    // The exceptions above keep everyday wishes quiet ("live with my parents", "hurt myself at
    // work"); an "anymore" or "on purpose" in the same sentence turns them back into risk.
    pattern:
      /\b(don't|do not|no longer) want to (live|be here|be around|exist|keep going|go on|wake up)\b[^.!?]{0,40}\b(any ?more|any longer)\b|\b(hurt|hurts|hurting|harm|harmed|harming|cut|cutting|burn|burned|burnt|burning)( m[ey] ?self|ing m[ey] ?self)\b[^.!?]{0,40}\b(on purpose|deliberately|intentionally)\b|\b(feel|feels|felt|feeling) like (just )?(ending|end) it\b(?! with\b)/,
  },
  {
    rule: 'overdose',
    pattern: /\b(overdos(e|ed|es|ing)|od(ing|'d|ed)? on)\b/,
  },
  {
    rule: 'method',
    pattern:
      /\bhang(ing|ed|s)? m[ey] ?self\b|\b(slit|slitting|cut|cutting) (open )?my wrists?\b|\bjump(ing|ed|s)? (off|from) (a|the|my) (bridge|building|roof|balcony|tower|car park|multi-storey)\b|\b(jump|jumping|step|stepping|throw myself|throwing myself) in front of (a|the) (train|bus|car|lorry|truck)\b|\b(take|taking|took|swallow|swallowing|swallowed) (all (of )?(my|the) (pills|tablets|meds|medication|painkillers|sleeping pills) (at once|together|in one go)|(the whole (bottle|packet|pack|box) of( my)?|a (whole )?(bottle|packet|box) of|a (bunch|handful|load|lot) of) (pills|tablets|meds|painkillers|sleeping pills|paracetamol))\b|\b(stockpil\w*|hoard\w*|saving up|saved up|collecting) (my |the |some )?(pills|tablets|meds|medication|painkillers|sleeping pills)\b/,
  },
  {
    rule: 'disappear',
    // "I want to disappear for a weekend" is a wish for a break: only a bare or final
    // disappearance counts.
    pattern:
      /\b(want|wanna|wish i could|i could|i'll|i will|i'm going|i am going|i need|i'd like)( to)?( just)? (disappear|vanish)\b(?= ?($|[^a-z0-9' ]|forever|for ever|for good|permanently|completely|off the face of|from (this|the) (world|earth|planet)|and never come back|and not come back))/,
  },
  {
    rule: 'plan',
    pattern:
      /\b(give|gives|giving|given|gave) away (all |most )?(of )?my (things|stuff|belongings|possessions|prized possessions)\b(?! (before|for|because of) (the|my|our|a) (move|house move|moving|declutter)| to (a |the )?charity)|\b(give|gives|giving|given|gave) (all |most )?(of )?my (things|stuff|belongings|possessions) away\b(?! (before|for|because of) (the|my|our|a) (move|house move|moving|declutter)| to (a |the )?charity)|\b(saying|said|say) (my )?goodbyes? to (everyone|everybody|all of you|the people i love|my loved ones)\b(?! (at|before|after|on|in|when|as|and (left|went|headed))\b)/,
  },
];

/**
 * Lowercases and folds typography so the rules see one form of the text: curly and other
 * apostrophes become ', dashes become -, invisible characters go, runs of white space (new lines
 * included) become one space, and apostrophe-less contractions get their apostrophe back.
 */
export function normalise(text: string): string {
  return (
    text
      // Before NFKC, which would turn ´ into a space and a combining accent.
      .replace(/[\u2018\u2019\u201b\u2032\u02bc`´]/g, "'")
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\u00ad|\u200c|\u200d|\u2060|\ufeff/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\s\u200b]+/g, ' ')
      .replace(/\bi(m|ve|d)\b/g, "i'$1")
      .replace(/\b(don|can|won|didn|doesn|isn|wasn|weren|wouldn|couldn|shouldn|aren|ain)t\b/g, "$1't")
      .replace(/\b(there|what)s\b/g, "$1's")
      .replace(/\bwanna\b/g, 'want to')
      .replace(/\bgonna\b/g, 'going to')
  );
}

export function detectRisk(text: string): RiskMatch | undefined {
  const normal = normalise(text);
  for (const { rule, pattern } of RULES) {
    if (pattern.test(normal)) return { rule };
  }
  return undefined;
}

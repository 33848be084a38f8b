import { phrase, type RiskRule, type RuleSet } from '../rule';

/**
 * English risk rules, grounded in the published warning-sign lists (988 Lifeline, Samaritans,
 * NHS, the Columbia C-SSRS screener). Each pattern is tried on one normalised sentence; the
 * `unless` guards are narrow on purpose and each has a test in tests/safety/.
 */
const M: Record<string, string> = {
  // Reflexives of every person: whose risk it is is decided from the words (see detect.ts).
  SELF: 'myself|my self|meself|masel|maself|herself|himself|themselves|themself|yourself|myslef|my slef|mysef|mysefl|mysel|myselff|myseld|mself|mysself',
  WANT: "want|wants|wanted|wanting|wish|wishes|wished|wishing|need|needs|needed|would like|'d like|would love|'d love|feel like|feels like|felt like|feeling like|ready|hope|hoping|tempted|deserve|deserves|just want|rly want|really want|honestly want",
  BODY: 'wirst|wirsts|wrsit|wrsits|thighss|calf|calves|rib|ribs|finger|fingers|knuckle|knuckles|scalp|breast|breasts|waist|foot|feet|toes|lip|lips|cheek|cheeks|knee|knees|shin|shins|back|collarbone|tummy|arm|arms|forearm|forearms|wrist|wrists|thigh|thighs|leg|legs|hip|hips|stomach|belly|skin|hand|hands|head|face|chest|ankle|ankles|body|shoulder|shoulders|neck',
  HARM_VERB:
    'hurt|hurts|hurting|harm|harms|harmed|harming|harmin|cut|cuts|cutting|cuttin|cutt|cutted|cuted|cuting|burnin|burn|burns|burned|burnt|burning|scratch|scratched|scratches|scratching|hit|hits|hitting|punch|punched|punches|punching|carve|carved|carving|slice|sliced|slicing|slit|slitting|stab|stabbed|stabbing|bruise|bruised|bruising|starve|starved|starving|bite|bit|biting|bang|banged|banging|smash|smashed|smashing|slash|slashed|slashes|slashing|scrape|scraped|scrapes|scraping|broke|break|breaking|gouge|gouged|gouging|jab|jabbed|jabbing|pierce|pierced|piercing|tear|tore|tearing|rip|ripped|ripping|whack|whacked|whacking|pinch|pinched|pinching|choke|choked|choking|strangle|strangled|strangling|suffocate|suffocated|suffocating',
  MEANS:
    'pills|tablets|meds|medication|medications|medicine|painkillers|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|sleeping pills|sleeping tablets|sleepers|insulin|prescriptions|antidepressants|opioids|oxys?|xanax|benzos|lithium|codeine|tramadol|sertraline|citalopram|escitalopram|fluoxetine|prozac|mirtazapine|amitriptyline|quetiapine|seroquel|venlafaxine|diazepam|valium|zopiclone|temazepam|lorazepam|clonazepam|propranolol|pregabalin|gabapentin|morphine|oxycodone|fentanyl|olanzapine|lamotrigine|naproxen|co-codamol|cocodamol|heroin|methadone|buprenorphine|subutex|suboxone|rope|noose|charcoal',
  HOARD:
    'saving|saved|save|saves|stockpil\\w*|hoard\\w*|collect\\w*|stash\\w*|squirrel\\w*|putting aside|put aside|(?:a|one|two|a few) (?:packet|box|bottle|strip|pack)s? at a time|keeping back|kept back|(?<=\\b(?:kept|keeping|keep|set|setting|put|putting|laid|tucked)\\b[^.!?]{0,40})aside(?! from\\b| for (?:the|a|my|our|his|her|their) (?!(?:right|end|day|moment|night|time)\\b)\\w+)|put by|hid|hiding|hidden|building up|built up|gathering|gathered|been keeping|picked up from different|from different (?:shops|pharmacies|chemists|stores)|instead of taking',
  PLACE:
    'bridge|roof|rooftop|ledge|cliff|cliffs|balcony|railing|railings|platform|tracks|train tracks|car park|carpark|multi-storey|parking garage|parking structure|tower|overpass|top floor|\\w+ floor|window|edge',
  THIRD_REFLEXIVE: 'herself|himself|themselves|themself',
  // A wish to vanish, and where to: "want to just disappear", "somewhere no one would come looking".
  WISH_VANISH:
    "(?:want|wanna|need|wish i could|'d like|would like) to (?:just )?(?:disappear|vanish|go missing)",
  NOBODY_LOOKING:
    '(?:some)?where (?:nobody|no ?one|no-one) (?:comes|would come|will come|can come|could come|would|will|can|could|ever) (?:looking|look for me|find me)',
  // Someone close, as a possessive: "my daughter's", "my 15yo's".
  SOMEONES:
    "my (?:\\w+ )?(?:\\d+ ?(?:yo|y/o|year old|yr old)|son|daughter|kid|child|teen|boy|girl|brother|sister|friend|partner|girlfriend|boyfriend|husband|wife|flatmate|housemate|roommate|student|niece|nephew|cousin)'s",
};

const p = (template: string) => phrase(M, template);

/** Several patterns as one: each alternative reads on its own line. */
const anyOf = (...patterns: RegExp[]) => new RegExp(patterns.map((r) => r.source).join('|'));

/** Everyday accidents and idioms that share the words of self-harm. */
/** A risk word as the subject of study, work or talk, not of the writer's life. */
const TOPIC =
  /\b(?:course|training|essay|policy|policies|guide|guidance|journalis\w*|research\w*|lecture|module|workshop|seminar|article|podcast|documentary|(?:a|gave a|giving a|the) talk (?:on|about)|volunteer\w*|practi[sc]ed asking|safe messaging|awareness|first aid|dissertation|thesis|statistics|stats|campaign|charity|fundrais\w*|webinar|curriculum|lesson|teaching|taught|(?:calls?|callers?|texts?|chats?|contacts?) (?:about|on|re|regarding))\b/;

/** The writer's work brings them near risk: a paramedic's call, a nurse's patient. */
const PROFESSION =
  /\b(?:(?:as a|i'm a|i am a|work as a|i work as an?) (?:gp|doctor|nurse|therapist|counsell?or|psychiatrist|psychologist|paramedic|teacher|social worker|pharmacist|police officer|firefighter|support worker|carer|youth worker)|bad call|call-?out|on shift|my shift)\b[^.]{0,60}\b(?:a|an|the|one) (?:\w+ )?(?:patient|client|lad|girl|boy|man|woman|kid|person|caller|teen|teenager|student|pupil)s? who(?:'d| had| was)?\b/;

const ACCIDENT =
  /\b(?:by accident|accident(?:ally|al)?|mandoline|grater|sunburn\w*|suncream|sunscreen|sunbathing|at the beach|in the sun|shaving|cooking|chopping|slicing (?:onions|bread|veg|vegetables|tomatoes|an? \w+)|peeling|baking|ironing|gardening|playing (?:football|rugby|hockey|netball|with)|skiing|cycling|climbing|fell (?:off|over|down|from|on|onto|out of)|falling (?:off|over|down)|(?:coming|came|come|comes) off (?:my|the|a|his|her) (?:\w+ )?(?:bike|motorbike|horse|scooter|e-?scooter|skateboard|board|ladder)|tripped|slipped|washing up|doing the dishes|on (?:the|a) (?:broken )?(?:stove|oven|kettle|iron|pan|hob|grill|glass|can|tin|nail|fence|sparkler|candle|bbq|barbecue|campfire|bonfire|straighteners|curling tongs|glue gun|soldering iron|toaster|exhaust|radiator)|paper cut|at (?:work|the gym|football|rugby|practice)\b(?! (?:in|toilets?|bathroom|again))|(?:my|the|our) (?:cat|dog|kitten|puppy|rabbit|hamster|parrot) (?:scratched|bit)|cut myself (?:off|out|some slack|a break|loose|free|short|down)|hurt myself (?:lifting|running|moving)|burn(?:ed|t)? myself out|burnout|hit myself (?:on|against) (?:the|a) (?:door|cupboard|table|shelf)|bit my (?:tongue|lip|nails)|hair ?cut|haircut|garden|rose ?bush|bush|brambles?|thorns?|kitten|the cat|(?:on|against|into) (?:the|a|my) (?:\w+ )?(?:door|cupboard|table|shelf|doorframe|beam|ceiling|bunk|car door|branch))\b/;

/** A joke about something trivial: a laugh marker and a trivial cause both near the words. */
const JOKE =
  /^(?=[\s\S]*(?:😂|🤣|💀|😆|😹|😭|🙄|🤦|\b(?:lol|lmao|lmfao|haha\w*|hehe|jk|rofl)\b|(?<!\b(?:not|no|not even|ain't|never|wasn't|isn't|weren't|aren't|was not|is not|were not|are not) )\b(?:kidding|joking)\b(?! (?:aside|apart)\b)))(?=[\s\S]*(?:\bif (?:they|he|she|i have to|this|that|the|my|one more|anyone)\b|\bif i (?:get|see|hear|lose|miss|fail)\b|\bfor an? (?:holiday|coffee|pizza|nap|lie-?in|beer|drink|burger|chocolate|day off|break|takeaway)\b|\bevery time i (?:hear my (?:own )?voice|see (?:that|my) (?:photo|video|selfie|face)|remember (?:that|what i said))\b|\brecording\b|\bone more time\b|\b(?:sit|sitting|sat) through (?:one more|another)\b|\buntil i\b|\bat this rate\b|\b(?:essay|assignment|deadline|death of me|meeting|zoom|teams call|sync|standup|stand-up|commute|commuting|printer|team lost|lost again|burpees|gym|exam|homework|traffic|song|class|queue|boss|emails?|spreadsheet|charger|wifi|rains?|mondays?|match|score|referee|playlist|karaoke|presentation|group chat|laundry|dishes|embarrass\w*|cringe|meme|icebreakers?|team-?building|trust exercises?|name games?|role-?plays?|away ?days?)\b|\b(?:my|the) (?:cat|dog|kids?|toddler|nan|gran)\b))/;

/** Words in quotation marks named as a title: a song, a poem, a book. */
const TITLE =
  /^(?=[\s\S]*"[^"]{1,60}")(?=[\s\S]*\b(?:song|lyrics?|poem|book|novel|film|movie|album|track|episode|series|play|band|called|titled|book club|watched|watching|listening to|singing|sang|stuck in my head|by|pub quiz|playlist)\b)/;

/** A song named by its artist, in single quotes or none: "listening to Suicide Blonde by INXS", "'Suicide Blonde' by INXS". */
const TITLE_BY =
  /(?:^|(?<=[\s(]))'[^']{1,60}' by (?!(?:my|the|a|an|myself|him|her|them|me|accident|mistake)\b)[a-z]+\b|\b(?:song|album|film|movie|book|novel|poem|track|playlist)\b[^.!?']{0,20}'[^']{1,60}'|\b(?:listening to|listened to|blasting|on repeat|stuck in my head|a cover of|covering)\b[^.!?]{0,40}\b[a-z]+ by (?!(?:my|the|a|an|myself|him|her|them|me|accident|mistake|hand|the way)\b)[a-z]+\b/;

/** A story's plot, not the writer's life. */
const FICTION =
  /^(?![\s\S]*\b(?:do the same|same thing|copy (?:him|her|them)|follow (?:him|her|them)))[\s\S]*(?:\b(?:film|movie|show|series|episode|book|novel|play|documentary|story|musical|opera|game) (?:ends|ended|where|in which|had a|has a|about a|about someone)\b|\b(?:a|the|main) character\b|(?<!\blost )\bthe (?:plot|storyline) (?:is|was|where|of)\b|\bthe (?:villain|hero|heroine|protagonist|narrator)\b|\bscene in (?:act|reel|part|episode) (?:one|two|three|four|five|\d)\b|\bscene (?:needs|need|has|have) to be (?:less|more|cut|toned)\b|\bscene (?:in|from|of) (?:the|a|that|this|tonight's|last night's) (?:film|movie|show|series|episode|book|novel|play|musical|documentary|season|finale)\b)/;

/** Risk as the subject of study or prevention work. */
const STUDY =
  /\b(?:statistics|stats|research|data|rates?|study|studies|module|lecture|training|essay|dissertation|thesis|paper|policy|guidance|literature|prevention|awareness) (?:of|on|about|into|around|for)\b|\bpracti[sc]ed (?:asking|responding|talking)\b|\bpracti[sc](?:ing|e) (?:how to )?ask(?:ing)? (?:"(?:are|have|do|did|were|would) you\b|(?:\w+ )?(?:directly|outright|about|if|whether|someone|people|clients?|patients?|students?|each other)\b)|\bvolunteer\w* (?:on|at|for|with) (?:a |the )?(?:crisis|help|support|listening) ?line\b|\bpublic health\b|\b(?:ask|asking) (?:someone|somebody|people|a person|clients?|patients?|callers?|students?) (?:directly |outright |straight out |plainly )?(?:if|whether) (?:they|he or she)(?:'re| are|'ve| have)?\b|\b(?:talked|learned|learnt|taught|discussed|covered|studied)\b[^.]{0,20}\bin (?:class|a lesson|the lesson|the lecture|the seminar|training)\b|\bin (?:class|the lecture|the seminar|training) (?:about|on|we)\b|\b(?:research|study|dissertation|thesis|project|paper|module|essay|phd|masters|report) (?:looks at|examines|explores|is about|covers|focuses on|investigates)\b|\b(?:overdose|suicide) (?:deaths|rates|figures|data|statistics)\b|\b(?:studying|revising|revision for|pharmacology|toxicology|med(?:ical)? school|warning signs|for my (?:\w+ )?(?:exam|module|course|assignment))\b|\b(?:spot|spotting|recogni[sz]e|recogni[sz]ing|notice|noticing) (?:the )?(?:warning )?signs (?:that|of|when|if) (?:someone|somebody|a (?:friend|person|student|pupil|colleague|mate|child|teen)|people|others|your (?:friend|mate|child|kid)|a loved one)\b|\b(?:self[- ]?harm|suicid\w*|overdose) (?:prevalence|incidence|epidemiolog\w*|analys[ie]s|dataset|data ?set|cohort|meta-?analys[ie]s|literature review|surveillance)\b/;

/** Titles that carry a risk word, named without quotation marks. */
const KNOWN_TITLE =
  /\b(?:the virgin suicides|suicide squad|suicide room|suicide club|suicidal tendencies|suicide blonde|thirteen reasons why|13 reasons why|the bell jar|girl,? interrupted|the suicide shop|suicide notes? from beautiful girls|killing me softly|death of a salesman|dead poets society|the lovely bones|(?:a|the) (?:man|woman|girl|boy) called \w+)\b/;

/** Asked about risk and answering no: "the GP asked if I'd had thoughts of ending my life, and honestly no". */
const ASKED_NO =
  /\basked (?:me )?(?:if|whether|about)\b[^.!?]{0,70}\b(?:and|,) (?:i (?:said|told (?:her|him|them)|answered|replied),? )?(?:honestly |truthfully |genuinely |the answer (?:is|was) )?no\b(?!\w)(?![^.!?]{0,20}\b(?:lie|lied|lying|not true|truth is)\b)/;

/** The writer says what earlier words meant: "'I just want it to end' was about the renovation". */
const CLARIFIED =
  /\b(?:i meant|meant) (?:the|my|our|work|school|that)\b(?! (?:life|death|plan|pills|future)\b)|\bwas (?:about|talking about) (?:the|my|our|me and)\b(?! (?:life|death|plan|pills|future)\b)|\bi mean (?:in|at|from) (?:this|the|my|our) (?:flat|house|home|job|city|town|country|school|place)\b/;

/** A word talked about as a word; a game's kills; the usual screening questions. */
const NOT_OF_LIFE =
  /\b(?:the word|the term|the phrase)\b(?! ['"]?(?:sorry|goodbye|bye|forgive me|love you)\b)|\b(?:linguistics|algospeak)\b|\b(?:is|was|'s) (?:such |just )?(?:a|an) (?:dumb|stupid|silly|weird|cringe|cringey|funny|ridiculous|strange|odd|made[- ]up|tiktok|new|daft|awful|annoying) (?:word|term|euphemism|phrase)\b|\b(?:asked|ask|asking|wondered|wondering|explain\w*|googled|looked up|look up) (?:me |us )?what (?:\w+ ){1,2}(?:means|meant|stands for)\b|\b(?:went through|went over|talked (?:us |them |the class )?through|taught (?:us|them|the class)|told (?:us|them|the class)|explain\w* (?:to (?:us|them|the class) )?) what\b[^.!?]{0,50}\b(?:means?|meant|stand for|stands for)\b|\b(?:minecraft|fortnite|valorant|warzone|apex|call of duty|cod|roblox)\b(?! (?:discord|server|group chat|groupchat|community|forum|subreddit|clan|guild)\b)(?<!\b(?:someone|somebody|a (?:guy|girl|kid|lad|friend|mate)|(?:he|she|they)) (?:i|we) (?:play|played|game|gamed) \w+(?: \w+)?)|\b(?:(?<!\bno )respawn\w*|in (?:the|this|a) game|best game|one round|the whole squad|boss fight|escape room|final circle|battle royale|ranked match|(?:my|his|her) own (?:grenade|nade|rocket|c4|molotov|molly|trap))\b|(?<!\b(?:weird|strange|odd|morbid|funny|random) )\b(?:usual |the )?questions? (?:about|on)\b(?! (?:who|whether|what (?:happens|would happen)|my (?:will|funeral|stuff|things|savings))\b)|\bquestionnaire\b/;

/** A risk phrase someone asks the writer to stop saying about a trivial thing: "stop saying 'I want to die' when a seam itches". */
const HABIT_PHRASE =
  /\bstop saying "[^"]{1,40}" (?:when(?:ever)?|every time) (?:a|an|the|my|some) (?!(?:mood|head|brain|mind|thoughts?|urges?|feelings?|depression|anxiety|panic|life|pain|days?|weeks?|nights?|memories|voices?|pills|plan)\b)\w+/;

const SHARED_GUARD = anyOf(
  HABIT_PHRASE,
  JOKE,
  TITLE,
  TITLE_BY,
  FICTION,
  STUDY,
  KNOWN_TITLE,
  ASKED_NO,
  CLARIFIED,
  NOT_OF_LIFE,
);

/** Every rule also keeps quiet for a marked joke, a title, a plot or a topic of study. */
const guarded = (rules: readonly RiskRule[]): readonly RiskRule[] =>
  rules.map((rule) => {
    const own = [rule.unless, MORE_GUARDS[rule.id]].filter((r): r is RegExp => r !== undefined);
    return { ...rule, unless: anyOf(...own, SHARED_GUARD) };
  });

/**
 * Narrow look-alikes added to single rules after tuning batches 17 to 20: risk words as the writer's
 * job or reading, a DIY slip, a sermon, a prepaid funeral, a move or a retirement, a game, a news story,
 * a risky move called "suicide", cases counted on a shift, a device "unalived", a group's last post.
 */
const TRUE_CRIME = /\bstaged to look like (?:a )?suicide\b|\btrue crime\b/;

/** A lyric sung or rehearsed, in quotes: "my voice cracks on 'I hurt myself today'". */
const LYRIC_SUNG =
  /\b(?:voice (?:cracks|cracked|breaks|broke|goes|went)|sing|singing|sang|sung|belt\w*|harmoni[sz]\w*|the line|the lyric|the chorus|the verse|the bridge) (?:on |at )?'[^']{1,40}'/;

/** Further on in the sentence, a move or a retirement given as the reason. */
const MOVING_ON =
  /(?![^.!?]*\b(?:because|cos|since|as|now that) (?:i'm|i am|we're|we are) (?:relocating|emigrating|retiring|downsizing|moving (?:to|house|abroad|overseas|interstate|back|in with|cities|country))\b)/;

/** The family farm or business passing on, given as the reason: "since my niece is taking over the shop". */
const SUCCESSION =
  /\b(?:since|because|as|now that|cos) (?:the |my |our )?(?:[a-z]+(?:'s| is)? ){0,2}(?:coming into|taking over|joining|going into|stepping into|inheriting) (?:the |our |my )?(?:family )?(?:farm|business|firm|shop|practice|company|pub|restaurant|garage|bakery|dairy|vineyard)\b/;

/** A will made, and the family business passing on given as the reason further on. */
const WILL_FOR_SUCCESSION = `(?:made|make|making|wrote|write|writing|updated|updating|sorted|sorting|drew up|redid|did) (?:out )?(?:a |my )will\\b[^.!?]*${SUCCESSION.source}`;

/** Someone sent the writer a picture of something: "sent me a photo of a pile of …" (a pattern source for `p`). */
const SENT_A_PICTURE =
  "\\b(?:sent|sends|sending|texted|snapped|snapchatted|dm'd|dmed|dm-ed|messaged|showed|shown|forwarded) (?:me|us|the group|our group|the chat) (?:a |an |this |some )?(?:pic|pics|picture|pictures|photo|photos|snap|snaps|selfie|video|image|images|screenshot) of (?:a |an |the |some |his |her |their )?(?:(?:pile|handful|heap|load|row|stack|bottle|bottles|packet|packets|box|boxes|strip|strips|tub|jar|bag) of (?:his |her |their )?)?";

/** Missed at one event, not in the world: "nobody would miss me at the office party". */
const MISSED_AT_EVENT =
  /\b(?:miss|notice) me at (?:the|a|an|my|our|this|that|tonight's|friday's|saturday's|the \w+'s) (?:\w+ )?(?:party|do|drinks|meeting|event|dinner|wedding|bbq|barbecue|gathering|reunion|quiz|match|game|class|lecture|session|meet-?up|launch|social|night out|lunch|training|gig|service|rehearsal|practice|conference|standup|stand-up)\b/;

/** A thing, not a person, that "needs to die": "the agent says the kitchen 'needs to die'". */
const THING_MUST_DIE =
  /\b(?:the|this|that|these|those|our|my|his|her|their|your|[a-z]+'s)(?: [a-z]+){0,2} (?:kitchen|bathroom|carpets?|wallpaper|lino|tiles|decor|sofa|couch|settee|curtains|blinds|cabinets|units|fireplace|conservatory|suite|paintwork|colour scheme|feature wall|artex|border|trend|font|printer|laptop|phone|fridge|boiler|song|meme|show|haircut|fringe|mullet|outfit|jumper|cardigan|pattern|logo|slide ?deck|website|app|playlist)s?(?: (?:in|on|at|from) (?:the|our|my|his|her|their|this|that) [a-z]+)? [,'"]?\s?(?:really |just |honestly |simply |seriously )?(?:needs|has|deserves|must|should) (?:to )?die\b/;

/** Thrown off something no higher than a desk: "I'll throw myself off the photocopier". */
const LOW_PERCH =
  /\b(?:throw|throwing|threw|thrown|fling|flinging|flung|hurl|hurling|launch|launching|chuck|chucking|jump|jumping|jumped|leap|leaping|dive|diving) (?:myself|herself|himself|themselves) (?:off|from) (?:the|my|a|our|this|that|his|her|their) (?:\w+ )?(?:photocopier|printer|desk|chair|office chair|swivel chair|sofa|couch|settee|bed|bunk ?bed|kerb|curb|footstool|stool|bar stool|step|steps|doorstep|pouffe|coffee table|filing cabinet|treadmill|exercise bike|sun ?lounger|bouncy castle|trampoline|worktop|kitchen counter|counter|toilet|paddling pool)\b(?! (?:roof|top|on the (?:roof|top floor)))/;

/** A topic of training: "what to do when someone says they want to end their life". */
const WHEN_SOMEONE_SAYS =
  /\b(?:what to do|what to say|how to (?:respond|react|help|reply|answer|handle it)) (?:when|if) (?:someone|somebody|a person|people|anyone|a (?:caller|client|patient|customer|student|pupil|young person|member of the public|service user|resident)) (?:says?|tells? (?:you|us|them)|mentions?|discloses?|admits?|talks? about|(?:is|are) talking about)\b/;

/** Old blades done with: "kept the old blade box for ages and finally binned it". */
const BLADES_BINNED =
  /\b(?:finally |eventually )?(?:binned|chucked|ditched|threw (?:it|them|the \w+(?: \w+)?) (?:out|away)|threw (?:out|away)|thrown (?:out|away)|got rid of|handed (?:it|them) (?:in|over) to)\b(?![^.!?]*\b(?:kept one|kept some|except|new ones|more|again|bought|buy|replace\w*)\b)/;

/** A gift to the one who will use it: "gave my guitar to the one who's been practising". */
const GIFT_TO_LEARNER =
  /\b(?:gave|give|giving|given|handed|handing|passed|passing)(?: away| on| down| over)? (?:my|our) (?:old |spare )?(?:\w+ )?(?:guitar|ukulele|uke|violin|cello|keyboard|piano|drum kit|drums|bass|amp|flute|trumpet|saxophone|sax|clarinet|harmonica|easel|paints|camera|chess set|skates|skateboard|boots|kit)\b[^.!?]{0,30}\bto (?:the|a|one|my|our|this|that) (?:\w+ ){0,3}who(?:'s| is| has|'d| had)(?: been| just| always)? (?:practi[sc]ing|learning|taking lessons|started lessons|starting lessons|started|wanted one|wanted to learn|begging for one|been begging)\b(?![^.!?]*\b(?:won't need|will not need|won't be needing|where i'm going|after i'm gone|when i'm gone)\b)/;

/** Goodbyes to the ones the writer leads or teaches, each by name. */
const GOODBYE_EACH =
  /\bsaid goodbye to (?:every|each|all (?:the|of the|my|of my)) (?:single )?(?:kids?|child|children|students?|pupils?|scouts?|cubs?|brownies|guides|campers?|players?|members?|residents?|regulars?|volunteers?|young people|learners?|trainees?|apprentices?|choristers?|swimmers?|dancers?)\b(?![^.!?]*\b(?:won't be|will not be|for good|forever|last time|the end|won't see)\b)/;

/** What else "the next time" may be about: sleep, a diet, a habit, a pet, an exam (en.next-time-method). */
const OTHER_TREATMENT =
  /\b(?:sleep|insomnia|quit(?:ting)? smoking|nicotine|diet|weight|hay ?fever|migraines?|headaches?|period pains?|vet|the dog|the cat|driving test|exams?|ivf|hangover|jet ?lag)\b/;

/** A piece of writing cut in revision "needs to die": "chapter three needs to die and be reborn". */
const DRAFT_MUST_DIE =
  /\b(?:chapter|section|paragraph|draft|first draft|intro|introduction|conclusion|prologue|epilogue|subplot|scene|verse|chorus|slide|lit review|literature review|methods section)s?(?: (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))? [,'"]?\s?(?:really |just |honestly |simply )?(?:needs|has|deserves|must|should) (?:to )?die\b/;

/** A hold-up on the road named as the cause in the same breath: "the jam on the highway so bad, I want to die already". */
const STUCK_IN_TRAFFIC =
  /\b(?:traffic|jam|tailback|gridlock|roadworks|rush hour|the queue|commute)\b[^.!?]{0,40}\b(?:so |damn |very |really |super |was |is |this morning |today )+(?:teruk|bad|terrible|awful|horrible|slow|long|insane|crazy|jialat|sian)\b[^.!?]{0,15}\bi (?:swear |seriously )?(?:want|wanna|wan) (?:to )?die\b(?![^.!?]*\b(?:anymore|any more|every day|nothing left|for real|not joking|pills|tonight|end it)\b)/;

/** A heckler's abuse at a gig, not the writer's wish: "a heckler shouting that I should top myself". */
const HECKLED =
  /\bheckl\w*\b[^.!?]{0,40}\b(?:should|to) (?:go )?(?:top|kill|off|unalive|neck) myself\b(?![^.!?]*\b(?:right|maybe|might|agree|true|point|should i|tempted)\b)/;

/** A character's death acted on stage by the writer: "I played Juliet stabbing herself with the dagger". */
const ROLE_PLAYED =
  /\b(?:i|we) (?:played|play|'m playing|am playing|was playing|got cast as|was cast as|acted|performed)(?: as)? (?:the part of |the role of )?[a-z]+(?: [a-z]+)? (?:who )?(?:stab|stabs|stabbing|stabbed|kill|kills|killing|killed|hang|hangs|hanging|hanged|poison|poisons|poisoning|poisoned|drown|drowns|drowning|drowned|shoot|shoots|shooting|shot) (?:herself|himself|themselves)\b/;

/** A band whose name begins with the word, the one mention within reach: "my fave band is Suicide Silence". */
const BAND_NAMED =
  /^(?![\s\S]*\bsuicid\w*\b[\s\S]*\bsuicid)[\s\S]*\b(?:fave|favourite|favorite|fav|fav'?rite) (?:band|group|artist)s? (?:is|are|was|were|=|:|ever is)\s*['"]?suicide (?!(?:attempt|note|plan|pact|thoughts?|risk)\b)[a-z]+\b/;

const MORE_GUARDS: Readonly<Record<string, RegExp>> = {
  'en.self-harm':
    /\b(?:tattoo\w*|cover(?:ed|ing)? up|laser\w*)\b[^.!?]{0,30}\bold (?:sh|self-harm) scars\b|\bself-harm (?:liaison|team|service|nurse|caseload|referrals?|pathway|assessments?)\b|\b(?:risk )?assessments? (?:for|on) self-harm\b|\bthe self-harm (?:parts|scenes|bits|chapters?|storyline|content)\b|\bold (?:sh|self-harm) scars\b(?=[^.!?]{0,60}\b(?:itch\w*|sun|factor \d+|suncream|sun cream|tattoo\w*|moisturi\w*)\b)/,
  'en.kill-self': anyOf(
    HECKLED,
    ROLE_PLAYED,
    // A sermon or reading that tells of a death in scripture: "preached on Judas, how he hanged himself".
    /\b(?:pastor|preach\w*|sermon|homily|vicar|priest|minister|bible study|scripture|gospel|judas|saul|ahithophel|samson)\b[^.!?]{0,60}\b(?:hanged|hung|killed|fell on) (?:himself|herself|themselves|his sword|her sword)\b(?![^.!?]*\b(?:i|me|myself)\b)/,
    /\bnearly (?:killed|electrocuted|fried) myself on (?:a|the|some) (?:live |dodgy |faulty )?(?:neutral|wire|cable|socket|circuit|board|fuse ?box|panel|plug)\b(?=[^.!?]{0,80}\b(?:wired|wrote it up|shaken|cowboy|fine|ok|okay)\b)/,
  ),
  'en.intent-more':
    /\b(?:says|said|reckons|thinks|told me) (?:i've|i have|i) got a death wish\b(?![^.!?]{0,40}\b(?:she's|he's|they're) right\b)/,
  // Fresh cuts on someone else's body: en.cuts-found-other gives the "someone you know" card.
  'en.hurt-self': anyOf(
    LYRIC_SUNG,
    ROLE_PLAYED,
    p(
      '\\b(?:fresh|new) (?:cuts|scars|burns) (?:all )?(?:on|over|up|along|across|down) {SOMEONES} (?:{BODY})\\b',
    ),
    /\b(?:welfare check|call-?out|callout|shout|job|visit|referral)\b[^.!?]{0,20}\bon (?:a|an|this) (?:\w+ )?(?:guy|man|woman|lad|girl|person|bloke|kid|teen|lady|fella|gent)\b who(?:'d| had)? (?:threatened|said|talked about|spoken about)\b|\bcut myself (?:twice |again |three times )?like an? (?:absolute |total |complete |right )?(?:idiot|numpty|muppet|eejit|plonker|clown|amateur)\b/,
  ),
  'en.want-die': anyOf(
    THING_MUST_DIE,
    DRAFT_MUST_DIE,
    STUCK_IN_TRAFFIC,
    WHEN_SOMEONE_SAYS,
    /\bif (?:a|any|one of (?:his|her|their|my|your|the)|his|her|their|your) (?:\w+ )?(?:friends?|mates?|classmates?|teammates?|someone|anyone|somebody) (?:ever )?(?:said|says|told (?:him|her|them|you|me)) (?:that )?(?:they|he|she) (?:wanted|want|wants|were going|was going) to\b(?![^.!?]*\b(?:i|i'm|me|myself)\b[^.!?]*\b(?:die|dead|kill|end it|suicid\w*)\b)|\bwhen i first (?:came to|joined|started|went to|walked into|got to) (?:aa|na|ca|the program(?:me)?|recovery|the rooms|meetings|group|therapy|rehab)\b[^.!?]{0,50}\bwanted to die\b(?![^.!?]{0,40}\b(?:still|again|now)\b)|\bwant(?:ed)? to die on (?:every|each|that|this|the) (?:single )?(?:hill|climb|rep|lap|mile|set|incline|sprint)\b/,
  ),
  'en.unalive': anyOf(
    // A thing, not a person, "self-deleting": cells in a lesson, messages set to vanish.
    /\b(?:cells?|files?|messages?|texts?|photos?|pics?|posts?|snaps?|stories|emails?|chats?|apps?|data|backups?|folders?|programs?|bacteria|neurons?|tumou?rs?|proteins?)\b (?:are|is|were|was|keep|kept|just|all|that|which)?(?: (?:be|been|being|just|all|kind of|basically))? ?self[- ]?delet\w*|\bself[- ]?delet(?:ing|ed) (?:cells?|files?|messages?|texts?|photos?|posts?|snaps?|stories|emails?|chats?|apps?|data|backups?|programs?)\b/,
    /\b(?:creeper|zombie|skeleton|boss|mob|npc|enemy|sniper|noob|camper|warden|ender dragon)s? unalived? me\b/,
    /\bun[- ]?alive (?:my|the|this|that) (?:laptop|phone|computer|pc|printer|router|wifi|tv|telly|alarm(?: clock)?|keyboard|monitor|console|controller|code|essay|homework|assignment|toaster|microwave|kettle|car|headphones|charger|tablet)\b/,
    // Food eaten in one go: "gonna unalive this whole cheesecake".
    /\bun[- ]?alive (?:my|the|this|that|these|those|a|an) (?:whole |entire |full |massive |giant |huge |family[- ]size(?:d)? |large |extra[- ]large )*(?:pizzas?|cakes?|cheesecake|burgers?|kebab|curry|takeaway|chippy|tub of ice cream|ice cream|tubs?|bags? of (?:crisps|chips|sweets|doritos)|crisps|sweets|chocolate(?: bar)?|box of (?:chocolates|doughnuts|donuts|cookies|biscuits)|doughnuts?|donuts?|cookies|biscuits|brownies?|lasagne|lasagna|nachos|fries|chips|sandwich|sub|pie|roast|buffet|cheeseboard|pasta|ramen|burrito|tacos)\b/,
  ),
  'en.end-life': anyOf(
    WHEN_SOMEONE_SAYS,
    /\b(?:pastor|preach\w*|sermon|vicar|priest|bible study|home group|elijah|jonah|scripture|psalms?)\b[^.!?]{0,60}\b(?:take|took|end|ended) (?:his|her|their) (?:own )?life\b/,
  ),
  'en.affairs': anyOf(
    GIFT_TO_LEARNER,
    // A will made at an age that explains it: "at 78 I've finally made my will".
    /^at (?:[7-9]\d|6[5-9])\b|\bat my age\b/,
    // Work things handed on at a retirement or a job's end: "my teaching books to the younger staff".
    /\b(?:gave|give|giving|given|handed|handing|passed|passing)(?: away| on| over)? (?:all |some of |most of )?(?:my|our) (?:old )?(?:teaching|work|office|school|classroom|uniform|lab|desk|training) (?:books|suits|clothes|stuff|things|kit|gear|resources|materials|folders|supplies|shoes|boots|plants)\b|\b(?:gave|give|giving|given|handed|handing|passed|passing)\b[^.!?]{0,60}\bto (?:the |my |our )?(?:younger|junior|new|newer|incoming|remaining) (?:staff|colleagues|teachers|team|nurses|lads|members|starters|recruits|hires|apprentices|trainees)\b/,
    // Said and explained at once: "affairs in order, meaning I finally did my tax return".
    /\baffairs in order\b\s*(?:[-–—,:]\s*)?(?:meaning|i mean|as in|by which i mean|ie|i\.e\.) (?:i (?:finally |just )?(?:did|sorted|filed|paid|submitted|cleared|set up)|my) (?:\w+ ){0,2}(?:tax|taxes|tax return|admin|paperwork|bills|direct debits|finances|emails|inbox|filing|receipts)\b/,
    /\b(?:pre-?need|prepaid|pre-?paid) (?:seminar|plan|funeral|cover)\b|\bplanned my own funeral\b(?=[^.!?]{0,60}\b(?:seminar|cover|policy|plan|cheaper)\b)|\b(?:cos|because|since|as) i(?:'m| am) (?:moving(?! on\b)|retiring|emigrating|leaving for)\b|\b(?:moving to \w+ for uni|before i retire|last shift)\b|\b(?:since|cos|because|as) i (?:can't|cannot|won't be able to) take (?:it|them)\b(?! (?:with me|where))|\bgave (?:away )?my (?:fob watch|pens|uniform|scrubs|stethoscope|tools|desk plants?|books)\b[^.!?]{0,40}\bto the (?:students|team|new starters?|juniors|apprentices?|trainees)\b/,
    /\b(?:won't|will not|wont) (?:need|be needing) (?:it|them|any of (?:it|this|them)) in (?!(?:a|an|the|heaven|hell|my|future|time|days?|weeks?|months?|years?|\d+|two|three|few|there|here|the end)\b)[a-z]+\b/,
  ),
  'en.suicide': anyOf(
    TRUE_CRIME,
    BAND_NAMED,
    // A nickname for a hard shift or drill, in quotes: calls the early prep "the suicide shift".
    /^(?![\s\S]*\b(?:suicidal|kill(?:ing)? myself|want(?:ed)? to die|end it|so am i|me too|i (?:want|will|am going|'m going)|i'll)\b)[\s\S]*\b(?:calls?|called|nickname[sd]?|dubbed|known as)\b[^.!?"]{0,40}"the suicide (?:shift|run|lap|sprint|drill|hill|slot|bend|corner|seat|round|class|set|workout)"/,
    // Things that are not people "committing suicide": plants, fish, a phone battery.
    /^(?![\s\S]*\b(?:suicidal|kill(?:ing)? myself|want(?:ed)? to die|end it|so am i|me too|i (?:want|will|am going|'m going)|i'll)\b)[\s\S]*\b(?:plants?|houseplants?|succulents?|seedlings|tomatoes|basil|herbs|orchids?|cacti|cactus|goldfish|fish|lemmings|brain cells|phone|battery)\b (?:are|is|keep|have been|has been) (?:\w+ )?commit\w* (?:mass |collective )?suicide\b/,
    // A risky move called "suicide", barriers on a bridge: each holds only when it is the one mention
    // of suicide within reach, so it cannot silence another.
    /^(?![\s\S]*\bsuicid\w*\b[\s\S]*\bsuicid)[\s\S]*(?:\bsuicide (?:barriers?|nets?|netting|fences?|fencing|signs?|patrols?)\b|\b(?:that|this|the) (?:\w+ )?(?:presentation|meeting|pitch|interview|exam|move|decision|idea|route|drive|climb|hill|run|race|match|game|deadline|schedule|outfit|haircut|trade|bet|strategy|tactic|play|call|menu|gamble|tackle|overtake)(?: (?:on|in|at|with|before|after) (?:the|a|that|my) \w+)? (?:was|is|'s|would be|'d be|would have been|felt like) (?:pure |total |absolute |basically |literally |career |social )?suicide\b(?= ?(?:$|[,;.!?])))/,
    // A soda mix called a "suicide", and a player "suicidal with his passing": the one mention within reach.
    /^(?![\s\S]*\bsuicid\w*\b[\s\S]*\bsuicid)[\s\S]*(?:\b(?:had|have|get|got|order\w*|try|tried|make|made|pour\w*) an? ['"]suicide['"](?! (?:attempt|note|plan|pact)\b)(?=[^.!?]{0,60}\b(?:gas station|sonic|soda|fountain|machine|cup|slurpee|slushie|drinks?|pop)\b)|\b(?:keeper|goalie|defen[cs]e|defender|striker|midfield|back line|(?:our|their|the|his|her|your) (?:\w+ ){1,2}) ?(?:was|is|were|has been|looked) (?:absolutely |totally |utterly |just |pretty )?suicidal (?:with (?:his|her|their|the) (?:passing|defending|tackling|distribution|backpass\w*|kicking|positioning|decisions?|clearances?|shot selection|play)|at the back)\b)/,
    // The manner of a death debated, a case or a history lesson: "whether it was murder or suicide".
    /^(?![\s\S]*\bsuicid\w*\b[\s\S]*\bsuicid)(?![\s\S]*\b(?:suicidal|kill(?:ing)? myself|want(?:ed)? to die|i (?:want|will|am going|'m going)|i'll)\b)[\s\S]*(?:\b(?:murder|homicide|an accident|accident|foul play|natural causes|misadventure|manslaughter) or (?:a )?suicide\b|\bsuicide or (?:a |an )?(?:murder|homicide|accident|foul play|natural causes|misadventure|manslaughter)\b)/,
    // The Latin root of the word, named in a lesson (read in a Spanish message too): "del latín sui".
    /\b(?:latin|prefix|root|etymolog\w*|etimolog\w*|prefijo|raiz) sui\b/,
  ),
  'en.act-short': LYRIC_SUNG,
  'en.poison':
    /\btrue crime\b|\b(?:the|her|his) (?:husband|wife|boyfriend|girlfriend|killer|murderer|suspect|defendant|accused|poisoner)\b (?:\w+ ){0,2}did it\b|\b(?:a|the) poisoning (?:in|case|trial)\b/,
  'en.farewell':
    /\bthank(?:s| you) for everything you (?:did|have done|'ve done) (?:for me )?(?:this|last) (?:year|term|semester|season|school year)\b(?![^.!?]{0,50}\b(?:sorry|goodbye|bye|forgive|last|the end|won't|wont|never)\b)/,
  'en.no-future':
    /\bback (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)\b|\bback (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bwe're (?:in|at|off to) (?!(?:a|the) (?:bad|dark|hole)\b)[a-z]+\b/,
  'en.death-comfort':
    /\b(?:sermon|homily|mass|vicar|priest|pastor|bible study|resurrection|easter|heaven)\b[^.!?]{0,40}\b(?:death|dying)\b|\b(?:death|dying)\b[^.!?]{0,20}\b(?:and )?(?:resurrection|the afterlife|eternal life)\b/,
  'en.unbearable':
    /\bmy (?:knees?|back|hips?|shoulders?|ankles?|wrists?|neck|feet|foot|elbows?|legs?|car|van|laptop|phone|boiler|bank account|wallet|budget) (?:can't|cannot|can not) (?:go on|take (?:it|this|much more)|cope)\b/,
  'en.last-post':
    /\blast (?:message|post|text|comment) (?:for )?(?:tonight|today|this evening)\b(?=[^.!?]{0,30}\b(?:bed|sleep|night all|nighty|night night|gn)\b)/,
  'en.goodbye': anyOf(
    GOODBYE_EACH,
    /\bsaid goodbye to (?:the|my|our) (?:dispatchers|drivers|regulars|customers|staff|patients|pupils|students|residents|depot|yard|warehouse|site|ward|crew|kitchen|office)\b(?![^.!?]*\b(?:won't be|will not be|for good|forever|last time|the end)\b)|\bgoodbye forever,? (?:to )?(?:the |my |you )?(?:\w+ )?(?:dishwasher|fryer|desk|cubicle|office|commute|uniform|rota|till|hairnet|spreadsheet|printer|alarm clock|inbox|job|boss|lanyard|locker)\b|\bsaid goodbye to (?:the|my|our) (?:lads|unit|squad|crew|regiment|platoon|battalion|company|boys|girls|guys|team-?mates|shipmates|crewmates)\b|\bwon't be around (?:next|this|for the|until|till|over)\b(?=[^.!?]{0,60}\b(?:back|holiday|with the kids|we're in|away|camping)\b)/,
    // A group or course ending, and a meeting elsewhere still to come.
    /\b(?:since|because|as|now that|cos) (?:the|this|our|my) (?:programme|program|course|group|class|term|module|cohort|server|forum)\b (?:ends|is ending|closes|is closing|finishes|wraps up|is over)\b|\bsee (?:you|u|y'all|everyone|you all) (?:in|at|on) (?:the|our) (?!other side\b)[a-z]+ (?:chat|group|server|channel|reunion|meet-?up|class|course)\b/,
    // Goodbyes to a community named in a list: "to everyone, the church, the choir".
    /\bgoodbyes? to (?:everyone|everybody)\b[^.!?]{0,15}, (?:the|my|our) (?:church|choir|club|team|office|school|gym|neighbours?|neighbors?|class|mosque|temple|congregation|band|ladies|lads|girls|boys|group)\b/,
  ),
  'en.note': anyOf(
    /\b(?:sang|sing|sung|singing|played|play|playing|hit|hold|held|holding) (?:the|our|that|my) (?:last|final|high|top|closing) note\b/,
    // A form used in writing craft: "a verse can read like a goodbye letter".
    /\b(?:verse|verses|song|lyrics?|poem|chorus|stanza|track|chapter|scene|draft|piece|monologue)\b[^.!?]{0,30}\b(?:reads?|read|sounds?|written|framed|structured) (?:like|as) (?:a|an) (?:goodbye|farewell|suicide) (?:letter|note)\b/,
  ),
  'en.blade': anyOf(
    BLADES_BINNED,
    /\bfound\b[^.!?]{0,40}\b(?:in|under|behind|inside) (?:my|our|his|her) (?:son|daughter|kid|child|teen|boy|girl|brother|sister|husband|wife|partner|dad|mum|mom)'s\b/,
  ),
  'en.method': anyOf(
    LOW_PERCH,
    // Doses taken with a meal: "she's going to take all her tablets with breakfast now".
    /\b(?:take|taking|takes|took|swallow|swallowing) all (?:of )?(?:my|her|his|their) (?:tablets|pills|meds|medication|medicine|vitamins) with (?:breakfast|lunch|dinner|tea|food|a meal|meals|her meals|his meals|my meals)\b/,
    /\boverdos\w* on (?:it|them|that|this) at (?:the )?(?:family meal|staff meal|dinner|lunch|breakfast|brunch|buffet|christmas dinner|party)\b(?![^.!?]*\b(?:pills|tablets|meds|medication|bottle|packet|strip|box|paracetamol|painkillers)\b)|\b(?:a|an|the|one) (?:\w+ )?(?:teenager|teen|woman|man|lad|girl|boy|kid|patient|lady|bloke|guy|person|student|gent) (?:came|was brought|got brought|comes|is brought) in (?:after|with|following) (?:an? |his |her |their )?(?:overdose|od)\b|\btrue crime\b|\bbungy\b|\b(?:news|paper|headline|local page|reports?)\b (?:says?|said|reported|reports)\b[^.!?]{0,30}\b(?:a|an|some) (?:man|woman|lad|girl|person|bloke|teenager|guy|boy)\b|\b(?:had|we had|there was) an accidental overdose\b|\b(?:took|taken|swallowed) (?:his|her|their)\b[^.!?]{0,60}\b(?:by mistake|by accident|mixed up)\b|\bstaged to look like\b|\b(?:saw|heard|read) (?:on|in) the (?:news|paper|local news)\b[^.!?]{0,30}\b(?:a|an|some) (?:man|woman|lad|girl|person|bloke|teenager|guy)\b|\bif i (?:hear|see) (?:that|this|the) (?:\w+ ){0,2}(?:song|sound|ad|advert|jingle|tune|meme|phrase) one more time\b/,
    // Cases listed on a shift: "two overdoses, a lad who…", with nothing of the writer's own near.
    /^(?![\s\S]*\b(?:i|i'm|i've|i'd|me|my|myself)\b)[\s\S]*\b(?:two|three|four|five|six|\d+|several|a few|a couple of) (?:overdoses|ods),? (?:and )?(?:a|an|one|two|plus|then)\b(?=[^.!?]{0,50}\b(?:lad|man|woman|girl|boy|guy|kid|patient|bloke|lady|person|fella|gent|fall|falls|baby|crash|rta|cardiac arrest|stroke|seizure|chest pain|delivery)\b)/,
    // An overdose risk flagged on a prescription: "caught an overdose-risk flag on an opioid combo".
    /\boverdose[- ]risk (?:flags?|alerts?|warnings?|checks?|scores?|screens?|assessments?|tools?|combos?|combinations?|interactions?)\b|\b(?:flag(?:ged)?|caught|spotted|checked)\b[^.!?]{0,20}\b(?:an? )?overdose[- ]risk\b(?![^.!?]*\b(?:i'm|i am|myself|my own)\b)/,
    // A pet's poisoning by a food it ate: "a theobromine overdose" after the dog got into the chocolate.
    /\b(?:theobromine|chocolate|xylitol|grape|raisin) (?:overdose|poisoning|toxicity)\b(?![^.!?]*\b(?:i|me|myself|my own)\b)/,
    // A syllabus recited: "paracetamol toxic doses, TCA overdose, the lot".
    /\b(?:toxic doses?|overdoses?|poisonings?),? (?:[a-z]+ )?(?:overdoses?|toxicity|poisonings?),? (?:the lot|and so on|etc|all of it|the works)\b/,
    // The treatment of an overdose, learned or applied: "the paracetamol overdose nomogram".
    /^(?![\s\S]*\b(?:took|taken|take|taking|swallow\w*|jump\w*|my overdose|i overdosed|again)\b)[\s\S]*\boverdose (?:treatment|management|protocols?|guidelines?|nomograms?|antidotes?|pathways?|algorithms?)\b/,
  ),
  'en.end-it': anyOf(
    /\b(?:bring|get|give|buy|fetch|sneak) (?:him|her|them) enough (?:\w+ ){1,2}to (?:end|finish) (?:it|things|it all)\b/,
    // Staying on to finish an episode or a book: "couldn't stop listening, sat in the car to finish it".
    /\b(?:listen\w*|watch\w*|reading|binge\w*|episode|podcast|audiobook|chapter|the book|the series|the show|the film)\b[^.!?]{0,50}\b(?:to|so i could|till i could|until i could) finish (?:it|this)\b(?= ?(?:$|[.!?,;]))/,
  ),
  'en.give-up': /\b(?:dating apps?|tinder|hinge|bumble|dating)\b/,
  'en.means-staged':
    /\b(?:writing|writes|wrote) (?:a|his|her|my) (?:crime |murder |detective )?(?:novel|book|story|script)\b/,
  // A job left or retired from: work things handed on to the ones who stay, keys handed back.
  'en.prepare-more':
    /\bhand(?:ed|ing)? (?:over|in|back) (?:my|the) (?:office |work |door |building )?(?:keys|key|fob|badge|lanyard|pass|laptop)\b|\bsaid my goodbyes to (?:the|my|our) (?:lads|girls|guys|team|crew|staff|regulars|customers|colleagues|workmates|patients|pupils|residents) (?:on|at|in) (?:the )?(?:floor|ward|site|shop|office|depot|yard|line|desk|unit|factory|warehouse)\b/,
  'en.absence-weighed': MISSED_AT_EVENT,
  // A picture of means someone sent the writer: en.means-sent-other gives the "someone you know" card.
  'en.means': p(`${SENT_A_PICTURE}(?:{MEANS})\\b`),
  'en.vanish': MISSED_AT_EVENT,
  'en.rather-dead':
    /^(?![\s\S]*\b(?:rather|sooner) (?:die|be dead)\b[\s\S]*\b(?:rather|sooner) (?:die|be dead))[\s\S]*\b(?:she'd|he'd|they'd|she would|he would|they would) (?:rather|sooner) die than (?:go(?:ing)?|went) (?:back )?(?:to|round to|over to) (?:auntie|aunty|aunt|uncle|nan|gran|grandma|grandad|cousin|the in-laws|[a-z]+)(?: [a-z]+)?'s\b(?=[^.!?]{0,60}\b(?:again|christmas|hosting|dinner|party|lunch|tea|birthday)\b)/,
};

/** An accident is no guard when the writer says it is the story they tell ("I tell people it was the cat"). */
const COVERED_ACCIDENT = new RegExp(
  `^(?![\\s\\S]*\\b(?:tell (?:people|everyone|them|my \\w+)|told (?:people|everyone|them|my \\w+)|say it was|said it was|saying it was|says it was|it wasn't|it was not|pretend\\w*|blame\\w* (?:it on )?the|cover story|lie|lied|on purpose|deliberately)\\b)[\\s\\S]*(?:${ACCIDENT.source})`,
);

/** "End it... the gym membership": the thing ended, named after a pause. */
const THING_ENDED =
  /\bend(?:ing)? (?:it|things|this)(?:\.{2,}|…|\s*[-–—:,])\s*(?:the|my|our) (?:\w+ )?(?:membership|subscription|contract|lease|tenancy|account|plan|streak|diet|gym|relationship|situationship|course|group chat|chat|podcast|channel|blog|band)\b/;

/** Someone brought in to the writer's work: "had a young man with self-harm cuts come into A&E". */
const BROUGHT_IN =
  /\b(?:had|saw|seen|treated|assessed|triaged|admitted|looked after|cared for) (?:a|an|another|one|two|three|this) (?:\w+ ){0,2}(?:woman|man|lad|girl|boy|kid|teen|teenager|patient|lady|bloke|guy|person|student|gent|client)s? (?:with|who)\b[^.!?]{0,60}\b(?:c[ao]me in|c[ao]me into|brought in|in (?:a&e|resus|majors|triage|the er|the ed|clinic)|to (?:a&e|resus|majors|triage|the er|the ed|mental health|the liaison|the crisis team|psych))\b/;

/** Slang for suicide after a Spanish third-person reflexive: "un viewer dijo que se iba a unalive". */
const UNALIVE_SE =
  /\bse (?:iba|va|fue|quiere|queria|piensa|pensaba|estaba por) a (?:un[- ]?alive|kms|self[- ]?delete)\b/;

const RULES: readonly RiskRule[] = guarded([
  {
    id: 'en.same-way',
    category: 'explicit',
    about: 'self',
    // Copying a death: "I'll go the same way as my dad", "I want to do the same".
    pattern: anyOf(
      /\b(?:i'll|i will|i'm going to|going to|gonna|i want to|want to) (?:go|end up|die) (?:the same way as|like) (?:my \w+|him|her|them)\b(?=[^.!?]*\b(?:suicide|killed|took (?:his|her|their)|hanged|jumped|overdose\w*)\b)/,
      /\b(?:want|wanna|going|gonna|thinking of|tempted|need) to do the same\b(?<=\b(?:killed (?:him|her|them)sel(?:f|ves)|suicide|took (?:his|her|their) (?:own )?life|jumped|hanged|overdosed)\b[^.!?]*)|\b(?:want|wanna|going|gonna|ready|tempted|thinking of|need) to follow (?:her|him|them|my \w+)\b(?<=\b(?:died|suicide|killed|took (?:his|her|their)|passed|dead)\b[^.!?]*)/,
    ),
  },
  {
    id: 'en.gun-self',
    category: 'explicit',
    about: 'self',
    // "I've got my dad's gun and I keep thinking about using it": whose gun it is does not make it theirs.
    pattern:
      /\b(?:know|found|found out|worked out|figured out) where (?:my \w+|mum|mom|dad|he|she|they) (?:keeps?|hides?|stores?|puts?) (?:his|her|their|the) (?:gun|guns|rifle|shotgun|pistol|pills|tablets|meds|sleeping (?:pills|tablets)|insulin|gun cabinet key)\b|\bi(?:'ve| have)? (?:got|get|have|found|took|bought|know where) (?:my \w+'?s |a |the |his |her )?(?:gun|shotgun|rifle|pistol|firearm)\b[^.!?]{0,60}\bi (?:keep |can't stop )?(?:thinking|thought|think) (?:about|of) (?:using|using it|it|pulling the trigger)\b/,
  },
  // ── Explicit ────────────────────────────────────────────────────────────
  {
    id: 'en.suicide',
    category: 'explicit',
    // A mention of suicide is risk unless it is plainly a topic, a title, a sport drill or grief.
    pattern:
      /\b(?:suicide|suicides|suicidal|suicidality|sui|attempted suicide)\b(?! (?:squad|squeeze|blonde|lane|seat|mission|files?|cases|inquests?|reports?|records|prevention|awareness|drills?|sprints?|runs?|wings?|hotline|helpline|line|lines|crisis line|training|course|module|rates?|statistics|stats|risk assessment|risk assessments|research|policy|forest|doors?|king|is painless|bomb\w*|pact film|note scene|watch\b|bereavement|loss|survivors? group))/,
    unless:
      /\b(?:course|training|essay|polic(?:y|ies)|guide|journalists?|research|lecture|module|workshop|webinar|volunteer\w*|safe messaging|first aid|awareness)\b|\b(?:calls?|callers?|texts?|chats?|contacts?) (?:about|on|re|regarding) suicide\b|\b(?:for|with) (?:young people|clients|patients|people|students|service users|callers|residents) with suicidal (?:thoughts|ideation|feelings)\b|\b(?:died by|committed|lost (?:him|her|them|my \w+|a \w+) to|(?:his|her|their)(?: own)?) suicide\b|\b(?!(?:it|that|he|she|what|there|who|here|where|everyone|one|life|this)'s)[a-z]+'s suicide\b(?! (?:attempts?|notes?|threats?|plans?|thoughts|ideation|risk|pact)\b)|\bsuicidal tendencies (?:came|song|band|album|gig|concert|were|are|played|t-?shirt)\b|\b(?:the word|podcast|book|talk|lecture|documentary|article|module|seminar|course|training|workshop|film|movie|show|series|episode|song|album|poem|essay|study|studies|research|volunteer\w*|helpline|crisis line)\b[^.]{0,60}\bsuicid|\bsuicid\w*\b[^.]{0,40}\b(?:training|workshop|awareness|prevention|volunteer\w*|podcast|documentary|lecture|drills?|sprints?|practice|coach|basketball|hockey|football|soccer)\b|\b(?:read|reading|film|book|novel|story|movie|show|play)\b[^.]{0,40}\babout (?:a|an|the|someone|people|\w+ who)\b|\basked (?:me )?(?:if|whether|about) (?:i|i'd|i've|i had|i have|i was|i'm|i am|any)\b[^.]{0,40}\bsuicid\w*\b[^.]{0,30}\b(?:i )?(?:said|say|told (?:her|him|them)|answered|replied) no\b|\b(?:as a|i'm a|i am a|work as a) (?:gp|doctor|nurse|therapist|counsell?or|psychiatrist|psychologist|paramedic|teacher|social worker|pharmacist)\b|\b(?:learned|learnt|taught|teaching|training|practi[sc]ed) (?:us |me )?how to (?:ask|talk|support|help|respond)\b|\b(?:coach|practice|basketball|netball|hockey|football|soccer|training|pe|gym|sprints?|drills?|running club|club|squad|team)\b[^.]{0,60}\bsuicides\b|\b(?:called|doing|did|run|ran) suicides\b|\b(?:attended|responded to|(?:got |was |were )?called (?:out )?to|first on scene (?:at|to)|dealt with|cleaned up after) (?:a|an|another|two|three|\d+) (?:\w+ )?suicides?\b(?![^.!?]*\b(?:i'm|i am|i feel|feeling|i've been|i was) (?:\w+ )?suicidal\b)/,
  },
  {
    id: 'en.kill-self',
    category: 'explicit',
    pattern: p(
      '\\b(?:top|tops|topping|topped|neck|necking|necked|kill|kills|killing|killin|off|offing|unalive|unaliving|un-alive|un alive|delete|deleting|hang|hanging|hanged|drown|drowning|shoot|shooting|poison|poisoning|gas|gassing|end|ending|finish|finishing) (?:{SELF})\\b(?! (?:laughing|with laughter|out|off|up)\\b)|\\bkilled (?:myself|my self|meself)\\b|\\b(?:do|doing|did|done) (?:{SELF}) in\\b(?! (?:the|a|my|at|with)\\b)|\\b(?:blow|blowing|blew) (?:my|his|her|their) brains out\\b|\\b(?:put|putting) a (?:bullet|gun) (?:in|to|through) (?:my|his|her|their) (?:head|brain|mouth)\\b|\\b(?:use|using|used) (?:it|the gun|a gun|the knife|the rope|them|the pills|(?:the |some |those |his |her |my )?(?:\\w+ )?(?:drugs?|meds|medication|insulin|injections?)) on (?:{SELF})\\b|\\b(?:nearly|almost|tried to|try to|trying to|attempted to|going to|gonna) (?:kill|killed|off|offed|unalive|unalived|hang|hanged|drown|drowned|shoot|shot|poison|poisoned) (?:{SELF})\\b(?! (?:laughing|with laughter)\\b)',
    ),
    // "Killing myself at the gym" and "killing myself over this essay" are overwork, not risk;
    // "killed myself" is the writer's own words (a loss, "he killed himself", is not matched); a joke disclaimed
    // ("😂 (I'm not…)") and a play's plot are not the writer's.
    unless:
      /\b(?:kill|killing|killed) myself (?:at|over|for|with|on) (?:the |this |that |my )?(?:work|job|gym|workout|training|essay|exam|exams|project|deadline|assignment|revision|shift|shifts|overtime)\b|\b(?:killed|kill|killing) myself (?:laughing|with laughter|doing|trying to|to get|getting|running|over (?:a|this|that|the))\b|\b(?:nearly|almost) killed (?:myself|herself|himself|themselves) (?:on (?:the|a|an|those|that) (?:stairs|ice|bike|scooter|step|steps|kerb|curb)|(?:falling|tripping|slipping) (?:off|over|on|down))\b|\b(?:kill|killing) myself\b[^.]{0,8}(?:😂|🤣|😆|💀|\blol\b|\blmao\b)[^.]{0,6}\(?(?:i'm not|i am not|not really|jk|just kidding|kidding|joking)\b|\b(?:play|film|movie|novel|book|episode|opera|scene|story|musical) (?:ended|ends|where|in which|when|with)\b[^.]{0,40}\b(?:herself|himself|themselves)\b|\b(?:the|a) (?:heroine|hero|character|protagonist|villain|narrator|main character)\b[^.]{0,30}\b(?:herself|himself|themselves)\b/,
  },
  {
    id: 'en.unalive',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:un[- ]?alived?|un[- ]?alivin[g]?|un alive|kms|ctb|self[- ]?delet(?:e|es|ed|ing|ion)|delete myself|sewer ?slide|toaster bath|s\*icide|catch(?:ing)? the bus (?:for good|forever)|(?:ready|want|wanting|wanted|planning|plan|thinking about|thinking of|time) to catch the bus\b(?! (?:to|home|into|at|from)\b))/,
      /\b(?:want to|wanna|gonna|going to|might|i'll|i will|about to|just) kys\b|\b(?:want|going|planning|thinking about|thought about|ready|about) to commit\b(?= ?(?:$|[.!?,]|tonight|soon|today))|\b(?:passive|active|my|the|have|having|had) si\b|\bsi (?:is|was|has been|again|thoughts?|urges?|all (?:day|week|night)|today|tonight|getting|comes|came|bad)\b/,
    ),
    // A Spanish reflexive ("se iba a unalive") is someone else's: en.unalive-se gives that card.
    unless: UNALIVE_SE,
  },
  {
    id: 'en.want-die',
    category: 'explicit',
    pattern: anyOf(
      p(
        "\\b(?:{WANT}) (?:to )?(?:just |really |honestly |simply )?(?:not be alive|not exist|stop existing|cease to exist|stop living|not wake up|never wake up)\\b|\\b(?:{WANT}) to (?:just )?dye\\b(?= ?(?:$|[.!?,]|honestly|tbh|so|already|right now|now|tonight|i mean|lol no|no (?:really|seriously|i mean)))|\\b(?:{WANT}) (?:to )?(?:just |really |honestly |simply )?(?:die|be dead|not be alive|not exist|stop existing|cease to exist|stop living|be gone for good|not be here anymore)\\b(?! (?:for (?:a|an|some|the|that|this|one)\\b|of (?:laughter|embarrassment|boredom|cringe|shame|laughing|envy|jealousy)|on (?:this|that|the) hill|happy|laughing|a hero|old|rich|peacefully in my sleep at 9\\d))|\\b(?:let me|please let me|why can't i just|why cant i just|can i just|i could just|i'd like to|i'd love to|i'm ready to|i just want to) (?:just )?(?:die|be dead)\\b(?! (?:for|of|laughing)\\b)|\\bwish(?:ed|ing)? (?:that )?(?:i'd|i|i had|i could) (?:just )?(?:die|died|be dead|not wake up|never (?:been born|existed|woken up)|(?:was|were) (?:dead|never born|not alive|gone)|(?:hadn't|had not|wasn't|weren't|was not) (?:been )?born|stop existing|cease to exist|not exist)\\b|\\bbetter off dead\\b|\\b(?:think|thinking|thought|thoughts|dreaming|dream|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:dying|my (?:own )?death|being dead|not being (?:alive|here|around)|not existing|not waking up\\b(?! (?:early|till|until|before|in time|on time|for|at(?! all)|to)\\b)|ending (?:it|my life|things))\\b(?! with\\b)|\\b(?:i'm|i am|feel|feeling|felt) (?:so |very |really )?(?:ready to go\\b(?= ?(?:$|[.!?;]|,? (?:now|honestly|i think|for good|tbh)\\b))|done with (?:life|living|being alive)\\b)|\\bwhy (?:can't|cant|won't) i (?:just )?(?:die|be dead|not wake up)\\b|\\b(?:hope|hoping|pray|praying) (?:that )?i (?:just )?(?:die|don't wake up|never wake up)\\b(?! (?:of|laughing)\\b)",
      ),
      /\b(?:feel|feeling|felt) like dying\b(?! (?:of|laughing|from|inside)\b)|\b(?:death|dying|being dead) (?:would be|is|'d be|seems|sounds) (?:so much |much |a lot )?(?:better|easier|preferable|kinder)\b/,
      /\b(?:want|wanna|wish|need) 2 (?:die|be dead)\b|\bwan die\b|\b(?:want|wish|need) (?:my life|it all|everything|this life|my existence) to (?:be over|end|stop)\b(?! for (?:a|an|one|the) (?:minute|second|sec|bit|moment|while|day|night|hour|weekend|week|evening))|\bi should (?:just )?(?:die|be dead)\b|\b(?:pray|praying|prayed|hope|hoping|wish|wishing) (?:that )?(?:god|the lord|jesus|death|something|someone) (?:takes|will take|would take|to take|comes for|would come for) me\b(?! (?:to|back|with|out|through|along|seriously)\b)|\b(?:pray|prayed|praying|prays)\b[^.!?]{0,25}\btake me\b(?! (?:to|back|seriously|through|out|with|along|for)\b)|\b(?:god|lord|jesus|death),? (?:please |just )?take me\b(?= ?(?:$|[.!?,;'"]|now|already|home|away))/,
      /\bbetter off (?:in the ground|in (?:a|my|her|his|their) grave|six feet under)\b/,
      /\b(?:want|wanted|wanting|need|wish|ready|going) to (?:just )?bleed out\b|\b(?:go|going|went|ready to go) home to (?:god|jesus|the lord|heaven)\b(?=[^.!?]*\b(?:tonight|tomorrow|soon|this week|decided|myself|plan|planning|going to|i'll|by my own hand)\b)/,
      /\bmake sure (?:that )?i (?:don't|do not|never|won't) wake(?: up)?\b|\b(?:i'm|i am) (?:so |just |completely )?(?:done|finished) (?:living|existing|being alive|with this life|with this world)\b/,
      /\bwish(?:es|ed|ing)? (?:that )?(?:i|she|he|they)(?:'d| had)? (?:hadn't|had not|didn't|did not|never) (?:woken|woke|wake)(?: up)?\b/,
    ),
    // A laughing or skull emoji marks a joke; a crisis-line script is someone else's words.
    unless:
      /💀|😂|🤣|😆|😹|\bdie (?:every time|whenever|each time) (?:someone|somebody|people|anyone|they|he|she|my (?:boss|mum|mom|dad|sister|brother|teacher|flatmate|roommate|neighbou?r|manager))\b|\b(?:scripts?|role-?plays?|callers?|crisis (?:text )?line|helpline|volunteer\w*)\b[^.]{0,60}\b(?:wanting|want|wants) to die\b|\bdie (?:at home|in (?:a |the )?hospital|in a hospice|with dignity|rather than)\b|\b(?:assisted dying|dignitas|euthanasia)\b|\bdie on (?:this|that|the) hill\b|\bdied (?:my|her|his|their|your) (?:hair|beard|clothes|shoes|jeans)\b|\b(?:hung ?over|hangover|so embarrass\w*|mortified|cringe\w*)\b[^.]{0,40}\b(?:wanted|want|wanting) to die\b|\bdying (?:my|her|his|their|your) (?:hair|beard|clothes|shoes|jeans|\w+ (?:hair|clothes))\b|\bwanted to die (?:on the spot|right there(?: and then)?|there and then)\b(?![^.]{0,30}\b(?:still|again|now)\b)|\bdie\b[^.!?]{0,30}\band (?:wake up|come back|come round) (?:on|in|at|for) (?:my (?:day off|days off|holiday|weekend|birthday)|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|payday|pay day|(?:a|one|two) (?:week|fortnight|month)|next (?:week|month|year|term)|the (?:summer|holidays)|christmas|spring)\b/,
  },
  {
    id: 'en.end-life',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:end|ends|ending|take|takes|taking|to take|took my|took (?:his|her|their) own) (?:my|my own|his|her|their|his own|her own|their own) life\b(?! (?:back|in|into|forward|seriously|more seriously|over|out|by the horns|one day at a time|step by step|to the next level|in a new direction)\b)|\btook my (?:own )?life\b/,
      /\bend (?:my|the|all (?:my|this)) suffering (?:permanently|for good|forever|once and for all)\b/,
      /\bend (?:my|the|all (?:my|this)|this) (?:suffering|pain|misery|torment|existence)\b (?:permanently|for good|forever|once and for all)\b/,
      /\b(?:want|wanting|wanted|wish|ready|going|gonna|plan|planning|planned|decided|time|need|about) to (?:leave|exit|depart) (?:this|the) (?:world|earth|planet|life|mortal coil)\b(?= ?(?:$|[.!?,;]|tonight|soon|for good|now|and (?:i|never)|behind)\b)|\b(?:leave|leaving|exit|exiting) (?:this|the) (?:world|earth|planet|mortal coil) (?:tonight|soon|this week|on \w+day|for good)\b|\b(?:check|checking|checked) out (?:for good|permanently|of (?:life|this life|this world))\b|\b(?:check|checking) out early\b(?![^.!?]*\b(?:hotel|airbnb|room|holiday|trip|work|shift|office|library|books?)\b)|\b(?:make|making) my (?:final )?exit\b(?! (?:from|interview|early from|strategy)\b)|(?<!\b(?:made|built|written|crafted|drawn|painted|sewn|knitted|planted|cooked) )\bby my own hand\b(?! (?:i|we)\b)|\bif (?:things|it|nothing|this|life) (?:aren't|isn't|doesn't|don't|hasn't|haven't) (?:get |gets |got )?(?:better|changed?|improved?)\b[^.!?]{0,30}\b(?:by|before|after) (?:my birthday|christmas|new year|the end of \w+|\w+day|next \w+|then)\b[^.!?]{0,30}\b(?:i'm going|i'll go|i'm done|i'll do it|i'm out|i'll end it|that's it)\b(?= ?(?:$|[.!?,;]))/,
    ),
    // Grief: "she took her own life years ago" is a loss, not a risk now.
    unless: /\b(?:took|ended) (?:his|her|their) (?:own )?life\b(?![^.]{0,20}\b(?:nearly|almost)\b)/,
  },
  {
    id: 'en.euphemism',
    category: 'explicit',
    // A euphemism for dying ("the long sleep", "meet my maker", "go home to God", "rope") said as an
    // intent, a date or a plan: the words are soft, the statement is not.
    pattern: anyOf(
      /\b(?:i'm going to|i'm gonna|going to|gonna|i'll|i will|want to|planning(?: on| to)?|plan to|ready (?:for|to)|decided to|time (?:for|to)|about to) (?:just |finally )?(?:take the (?:long|big|eternal) sleep|(?:take|have) a dirt nap|sleep with the fishes|go (?:home )?to (?:god|the lord|jesus)|meet my maker|(?:permanently )?log off (?:for good|permanently|forever)|permanently log off)\b(?! (?:from|of|on|instagram|facebook|twitter|tiktok|social)\b)/,
      /\b(?:i'll|i will) be dead (?:by|before) (?:\w+day|tonight|tomorrow|christmas|the weekend|next \w+|my birthday)\b|\b(?:by|this time) (?:next \w+|tomorrow|\w+day)\b[^.!?]{0,10}\bi'll be dead\b|\bi(?: will|'m going to|'m gonna) die (?:tonight|today|this week|this weekend|by my own (?:choice|hand))\b/,
      /\b(?:die|dying|go home to \w+|meet my maker|end it|end things|check out)\b[^.!?]{0,20}\bon my own terms\b(?<!\b(?:leave|leaving|quit|quitting|retire|retiring)\b[^.!?]{0,40})/,
      /\b(?:going to|gonna|want to|wanna|thinking of|thinking about|about to|might) rope\b(?! (?:in|into|off|him|her|them|you|someone|people|the|a)\b)|\broping\b(?= ?(?:$|[.!?,;]|tbh|fr|honestly|tonight))/,
      /\b(?:planning|planned|booked|ready for) (?:my|the) (?:long|big|eternal|forever) sleep\b|\b(?:my|the) (?:long|big|eternal|forever) sleep\b[^.!?]{0,20}\b(?:for|this|tonight|by) (?:\w+day|tonight|tomorrow|the weekend|this weekend|soon)\b|\b(?:pushing up daisies|six feet under|in the ground|in my grave|dead and buried) (?:by|before) (?:christmas|\w+day|next \w+|the weekend|the end of \w+|my birthday|new year)\b/,
    ),
    // Hyperbole about a workload or a parent's anger, or a joke marked.
    unless:
      /\b(?:at this rate|if (?:my|she|he|they|mum|mom|dad|i have to|i don't)|lol|lmao|haha|jk|finds? out|deadline|exams?|workload|knackered|shattered|hungover|spicy|sunburn|hospice|palliative|terminal|cancer|old age)\b|\b(?:she's|he's|they're|aged?) [789]\d\b|😂|🤣|💀/,
  },
  {
    id: 'en.end-it',
    category: 'explicit',
    // "Ending it" with any subject, unless it is plainly a relationship or a thing being ended.
    pattern: anyOf(
      /\b(?:end|ending|finish|finishing) (?:it|it all|everything|things|this)(?: all)?\b(?=\s*(?:$|[.!?,;]|all|now|tonight|today|soon|for good|forever|once|after|before|this|when|if|because|and|so|but|again|already|right now|tbh|honestly|lol|…|on \w+day|by \w+day|this weekend|next week|tomorrow))|\b(?:end|ending|ended) it all\b|\b(?:end|ending) (?:everything|things) for good\b|\bthinking about ending\b/,
      /\b(?:it|this|the pain|everything|all of this|it all|my life) (?:ends|will end|is ending|'s ending|'ll end) (?:tonight|today|this week|this weekend|tomorrow|soon|on \w+day|for good|here)\b|\b(?:ending|end|finish|finishing) (?:it|things|everything)\b[^.!?]{0,20}\b(?:once|when|after|before) (?:the|my|i)\b(?=[^.!?]*\b(?:cat|dog|kids|settled|sorted|gone|exams?|christmas|birthday|wraps? up)\b)|\bi'll make sure of it\b/,
    ),
    unless: anyOf(
      THING_ENDED,
      /\b(?:end|ending|finish|finishing) (?:it|it all|things|this)(?: all)? (?:with (?:a|an|some|the)|between|there|early|on a|in style)\b|\b(?:end|ending|finish|finishing) (?:it|things|this) with\b|\b(?:relationship|situationship|friendship|marriage|engagement|breakup|break up|dating|the call|the meeting|the conversation|the chat|the game|the series|the book|the contract|the lease|the subscription|the session|my shift)\b[^.]{0,30}\bend(?:ing)? (?:it|things|this)\b|\bend(?:ing)? (?:it|things|this)\b[^.]{0,30}\b(?:with (?:him|her|them|my)|relationship)\b|\b(?:course|term|semester|contract|lease|season|series|sale|show|job|project|holiday|trial|subscription|offer|film|book|game|match|shift|week off)\b[^.]{0,30}\bends\b|\bfinish(?:ing)? (?:it|it all|everything|this)(?: all)? (?:before|by|after|on|in time)\b|\bwe(?:'re| are|'ve| have)? (?:\w+ ){0,2}(?:end|ending|ended|finish\w*) (?:it|things)\b|\bend(?:ing)? (?:it|things|this)\b[^.]{0,30}\b(?:the (?:lease|contract|subscription|membership|tenancy|gym)|that is)\b|\b(?:end|ending|ended) (?:it|things)\b[^.!?]{0,15}\bafter (?:\w+ )?(?:years|months|weeks) (?:together|of dating|of marriage)?\b/,
    ),
  },
  {
    id: 'en.rather-dead',
    category: 'explicit',
    pattern:
      /\b(?:rather|prefer to|prefer|sooner) (?:just )?(?:be dead|die|not (?:be alive|exist|wake up)|be gone|not be here)\b/,
    // "I'd rather die than sing karaoke" is hyperbole: only when the alternative is trivial, or a joke is marked.
    unless:
      /\bthan (?:sing|singing|karaoke|eat|eating|wear|wearing|watch|watching|listen|go(?:ing)? to (?:another|one more) \w+|go(?:ing)? to (?:the|a|another|that) (?:\w+ )?(?:meeting|party|gym|class|dentist|wedding|work do|office party|team ?building|event|dinner|lecture|conference|networking)|do (?:maths|math|my taxes|taxes|homework|the dishes|the washing up|cardio|burpees|a presentation|crowd work|improv|an open mic|stand-?up|public speaking|small talk|a (?:best man's |wedding )?speech|a toast|a (?:\w+ )?(?:set|reading|quiz|audition))|talk to (?:him|her|them|my ex)|admit|ask|text|call|apologi[sz]e|use|drink|cook|clean|run|dance|be seen|lose (?:to|an argument)|miss|sit through|present|speak in public|do another|attend|play|hear|read|fly|get up early)\b|\b(?:lol|lmao|haha+|hehe|jk|just kidding|kidding)\b|😂|🤣|😆|😅|\bif i (?:have to|hear|see|get)\b[^.!?]{0,40}\bone more time\b|\brather die (?:an? (?:\w+ ){0,2}(?:man|woman|person)|on my feet|fighting|trying|doing)\b|\bthan (?:go(?:ing)?|went|return(?:ing)?|move|moving|commut\w*|work(?:ing)?) (?:back )?(?:to|into|in) (?:the|a|an|that|my|our|this) (?:[\w-]+ ){0,2}(?:office|job|school|uni|college|gym|dentist|shops?|mall|supermarket|call centre|warehouse|restaurant|pub|club|hometown|commute|cubicle|retail|meeting|party|lecture|class|town|village|salon|kitchen|agency)s?\b|\bthan (?:go(?:ing)? back to )?(?:retail|hospitality|customer service|sales|(?:working|work) (?:in|at) (?:a|an|the) (?:bank|shop|office|call centre|warehouse|factory|restaurant|pub|bar|supermarket))\b|\bthan\b[^.!?]{0,30}\b(?:karaoke|party|meeting|gym|presentation|small talk|dentist|wedding|ikea|quiz|exam|zoom|cardio|dance|disco|team ?building|icebreakers?)\b/,
  },
  {
    id: 'en.self-harm',
    category: 'explicit',
    pattern: anyOf(
      /\bself[- ]?(?:harm|harms|harmed|harming|injur\w*|mutilat\w*)\b(?! (?:awareness|training|module|research|policy|course|lecture|charity|service|team|nurse)\b)|\b(?:relaps\w+|slipped) (?:on |into |with |back into )?sh\b|\bsh (?:urges?|scars?|again|relapse|free|clean|wounds?|marks?|tools?|kit)\b|\b(?:clean|free) (?:from|of) sh\b|\b(?:did|do|doing|urge to|urges to|want to|wanted to) sh\b|\bmy sh\b|\b(?:urges?|urge) to (?:cut|burn|hurt myself|self[- ]?harm|scratch|hit myself)\b|\b(?:cut|cutting|burn|burning|burned|scratching|sh) again\b|\bused to (?:cut|self[- ]?harm|burn myself|hurt myself)\b|\b(?:started|start|been|keep|kept|back to|go back to|went back to) (?:cutting|burning myself|hurting myself|scratching myself)\b/,
      /\bsh(?:'d|'ed|'ing|d|ing)\b|\b(?:cut|cutting|cuts|burn(?:ed|t|ing)?) (?:deeper|too deep|deep|(?:as|so) deep as|again|for the first time in)\b|\b(?:relapsed|relapse)\b[^.!?]{0,40}\b(?:cut|cutting|cuts|burn\w*|harm\w*|blade)\b/,
      /\b(?:want|wanting|wanted|need|needing|urge|urges|tempted|itching) to (?:cut|bleed|burn myself|cut myself|see blood)\b(?= ?(?:$|[.!?,]|so|again|tonight|really|badly|myself|deep|more))/,
      /\bi\b[^.!?]{0,80}\b(?:and|then) (?:cut|burned|burnt|scratched)\b(?= ?(?:$|[.!?;]| again\b| myself\b| for (?:the first time|ages|hours)\b))/,
      /\b(?:didn't|haven't|hadn't|not|went without) (?:cut|cutting|burn|burning|burned|self[- ]?harm\w*|hurt myself|hurting myself|sh'?d?) (?:for|in) (?:\w+ )?(?:days?|weeks?|months?|years?)\b|\b(?:days?|weeks?|months?) (?:without|free of|clean of|clean from) (?:cutting|self[- ]?harm\w*|sh|hurting myself)\b/,
      /\bnot (?:cutting|cut|burning) (?:as|so) (?:deep|much|badly|often)\b/,
    ),
    unless: anyOf(
      anyOf(
        TOPIC,
        PROFESSION,
        /\b(?:piece|reporting|guidelines|report|paper|recovery book|book about|safeguarding|refresher|one of my (?:young people|clients|patients|students|pupils|service users|residents))\b/,
      ),
      BROUGHT_IN,
      /\bcut myself (?:some slack|off|out|a break|loose|free|short)\b/,
    ),
  },
  {
    id: 'en.hurt-self',
    category: 'explicit',
    pattern: anyOf(
      p(
        '\\b(?:{HARM_VERB}) (?:{SELF})\\b(?! (?:out|off|some slack|a break|loose|free|short|down to size|up|over it|with (?:work|worry)|thinking)\\b)|\\b(?:{HARM_VERB})(?: up| open)? (?:open )?(?:into )?(?:my|the skin on my|the inside of my)(?: own| inner| upper| lower| left| right)? (?:{BODY})\\b|\\bdug (?:my )?(?:nails|fingernails) into my\\b|\\bpulled my hair out\\b[^.]{0,40}\\b(?:punish|on purpose|till|until|bled)\\b|\\b(?:cuts|burns|scars|marks) (?:i (?:did|made|gave) (?:to )?myself|on my (?:arms?|wrists?|thighs?|legs?|stomach)|i hide)\\b|\\b(?:fresh|new) (?:cuts|scars|burns)\\b|\\b(?:sliced|slit|slitting) (?:my )?wrists?\\b',
      ),
      /\b(?:cut|cuts|cutting|burn|burns|burning|burned|burnt|carve|carved|carving|slit|slitting) (?:her|his|their) (?:arms?|forearms?|wrists?|thighs?|legs?|stomach|skin|hips?)\b|\b(?:cuts|burns|scars|marks|bruises|scratches) (?:on|all over|up) (?:her|his|their|my)(?: upper| inner| lower| left| right)? (?:arms?|forearms?|wrists?|thighs?|legs?|hips?|ribs|stomach|skin|body)\b|\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the|my|her|his|their) (?:cuts|burns|scars|fresh marks)\b|\b(?:burning|burn|burnt|burned|stubbing|stubbed) (?:cigarettes|a cigarette|a lighter) (?:on|into) (?:my|her|his|their)\b|\b(?:burning|burnt|burned|burn) (?:my|her|his|their) (?:arms?|wrists?|skin|thighs?|legs?|hands?) with (?:a |cigarettes|a cigarette|a lighter|lighters?|matches)\b|\blong sleeves\b[^.!?]{0,40}\b(?:heatwave|summer|heat|boiling|hot)\b|\bblood on (?:her|his|their) (?:towels?|sheets|sleeves?|tissues)\b/,
      /\b(?:carve|carved|carving|scratch\w*|etch\w*|cut|cutting)\b (?:\w+ ){0,3}into (?:my|her|his|their) (?:arms?|forearms?|wrists?|thighs?|legs?|stomach|skin|hips?|hands?)\b/,
    ),
    unless: anyOf(
      COVERED_ACCIDENT,
      BROUGHT_IN,
      /\bon (?:the|a|my) (?:\w+ )?(?:trimmer|saw|knife|scissors|tin|lid|can|mower|strimmer|secateurs|chisel|drill|hammer|tray|radiator|heater|wire|pan|oven|iron|kettle|stove|salamander|fryer|deep fryer|griddle|flat ?top|plancha|hotplate|steamer|oven door|sheet pan|bain-?marie)\b|\btetanus\b|\bwith (?:a|the) (?:hammer|drill|saw)\b/,
    ),
  },
  {
    id: 'en.on-purpose',
    category: 'explicit',
    // An accident guard must not hide intent: "on purpose" in the sentence turns it back into harm.
    pattern: anyOf(
      p(
        '\\b(?:{HARM_VERB}) (?:(?:{SELF})|(?:my|the skin on my)(?: own| inner| upper| lower| left| right)? (?:{BODY}))\\b[^.!?]{0,60}\\b(?:on purpose|deliberately|intentionally|to punish|to feel something|until it bled|till it bled|until i bled|till i bled)\\b|\\b(?:on purpose|deliberately|intentionally)\\b[^.!?]{0,40}\\b(?:{HARM_VERB}) (?:(?:{SELF})|my (?:{BODY}))\\b',
      ),
      /\b(?:punch|punches|punched|punching|hit|hits|hitting|kick|kicks|kicked|kicking|smash\w*|bang\w*|headbang\w*|head-?butt\w*) (?:my head (?:on|against|into) )?(?:the |a |at )?(?:walls?|floor|door|mirror)\b[^.!?]{0,40}\b(?:bled|bleed|bleeding|broke (?:my|a)|deserved|punish|(?:until|till|til) (?:it|i|they|my (?:knuckles|hands?|fists?|head|skin)) (?:bruised|bled|split|hurt|swelled|cracked|(?:was|were) (?:bleeding|bloody))|bruis\w*)\b|\b(?:hit|hits|hitting|bang\w*|smash\w*|slam\w*|punch\w*|head-?butt\w*) (?:my own|myself (?:in|on) the) (?:head|face|body|legs?|arms?|stomach|ribs)\b|\b(?:pick|picking|picked|pull|pulling|pulled|scratch\w*|bit|biting|bite)\b[^.!?]{0,40}\b(?:until|till) (?:it|they|i) (?:bleed|bled|bleeds)\b|\b(?:made myself|make myself) (?:throw up|sick|vomit)\b[^.!?]{0,30}\b(?:cut|burn\w*|hurt)\b/,
      /\b(?:press|pressed|pressing|hold|held|holding|put|putting)\b (?:a |the |my )?(?:lighter|lit cigarette|cigarette|hot \w+|match|matches|flame|blade|razor|knife|scissors|compass)\b[^.!?]{0,10}\b(?:to|against|on|into) (?:my|her|his|their) (?:skin|arms?|forearms?|wrists?|thighs?|legs?|stomach|hips?)\b|\b(?:used|use|using) (?:the|a|some|broken) (?:glass|shard|blade|razor|knife|scissors|compass|pencil sharpener|lighter)\b (?:on|against) (?:my|her|his|their) (?:skin|arms?|forearms?|wrists?|thighs?|legs?|stomach|hips?)\b|\b(?:my|the) (?:skin|arms?|forearms?|wrists?|thighs?|legs?|stomach)\b[^.!?]{0,20}\b(?:until|till) (?:it|they) (?:blister\w*|bled|bleeds?|bruised|bruises|scarred|burned|burns)\b/,
    ),
  },
  {
    id: 'en.blade',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:razor|razors|razor blade|razor blades|blade|blades|sharpener blade|box cutter|stanley knife)\b(?=[^.!?]*\b(?:in my hand|in my hands|just in case|in case i|didn't use|did not use|didn't do it|put it (?:back|away)|for ages|for an hour|bathroom floor|staring at|stared at|wallet|under my (?:bed|pillow|mattress)|hidden|hide|hiding|holding|held|keep|keeping)\b)|\b(?:holding|held|had|hold) (?:a |the |my )?(?:razor|blade|knife|razor blade)\b[^.!?]{0,40}\b(?:didn't|did not|couldn't|put it|an hour|for ages|wrist|arm|skin)\b/,
      /\b(?:knife|knife's|blade|blades|razor|razors|razor blade)\b[^.!?]{0,40}\b(?:bedside|under my (?:pillow|bed|mattress)|pencil case|in my (?:room|bag|wallet|pocket|drawer))\b/,
      /\b(?:sat|sitting|sit|lay|lying|stood|standing|locked myself in)\b[^.!?]{0,30}\bwith (?:a|the|my|that) (?:razor|razors|blade|blades|razor blade|knife|box cutter)\b/,
      /\b(?:razor|razors|blade|blades|razor blades?)\b[^.!?]{0,20}\b(?:taped|tucked|hidden|stashed)\b/,
    ),
    unless:
      /\b(?:shav\w*|beard|legs? (?:were|are) (?:smooth|hairy)|cooking|chef|kitchen knife|whittl\w*|craft\w*|box (?:at|for) work|unbox\w*|parcels?)\b/,
  },
  {
    id: 'en.means',
    category: 'explicit',
    pattern: anyOf(
      p(
        "\\b(?:{HOARD})\\b[^.!?]{0,30}\\b(?:{MEANS})\\b|\\b(?:{MEANS})\\b[^.!?]{0,40}\\b(?:{HOARD})\\b|\\b(?:stash|stockpile|hoard|collection|pile|supply) of (?:\\w+ )?(?:{MEANS})\\b|\\b(?:bought|buy|buying|got|ordered|have|has|had|keeps|keep|kept|tied|tying|made) (?:a |some |the )?(?:rope|noose)\\b|\\b(?:rope|noose) (?:is|'s) (?:in|under|hidden|ready)\\b|\\bnoose\\b|\\bhow many (?:\\w+ ){0,2}(?:tablets|pills|of them|paracetamol|meds)\\b[^.!?]{0,20}\\b(?:would|will|it'd|it would|to) (?:take|kill|be (?:lethal|fatal|enough))\\b|\\b(?:lethal|fatal) dose\\b|\\b(?:quickest|easiest|painless|least painful|best) (?:\\w+ )?(?:way|ways|method|methods) to (?:die|go|do it|end it)\\b|\\b(?:quickest|easiest) painless way\\b|\\bresearch\\w* (?:the )?(?:quickest|painless|easiest|ways|methods|how to die)\\b|\\b(?:two|three|four|five|several|different|multiple) (?:different )?(?:chemists|pharmacies|shops|stores|supermarkets)\\b[^.!?]{0,40}\\b(?:so (?:nobody|no one|no-one|they wouldn't)|wouldn't (?:ask|notice)|ask questions)\\b|\\b(?:{MEANS}|note|letters?)\\W+(?:bought|written|ready|sorted|counted|done|got)\\b(?! (?:for|by|from|at|it|me|the|my|that|this)\\b)|\\b(?:have|got|there's|there are|enough) (?:enough|plenty of) (?:\\w+ )?(?:{MEANS})\\b(?=[^.!?]*\\b(?:to (?:do it|die|end|not wake)|saved|put aside|in case|it's enough|enough to)\\b)|\\b(?:know|i know) (?:it's|it is) enough\\b",
      ),
      /\b(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills|insulin|antidepressants|rope|noose)\b[^.!?]{0,50}\b(?:keep looking at (?:them|it)|staring at (?:them|it)|stare at (?:them|it)|looking at them|counting them|counted them|holding them)\b|\b(?:holding|counting|counted|lined up|laid out|lining up)(?: out)? (?:the|my|all the|all my) (?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills|insulin|antidepressants|rope|noose)\b|\benough (?:\w+ ){0,2}to (?:kill me|do it|end it|not wake up|die)\b/,
      /\b(?:sat|sitting|sit|lay|lying|stood|standing|spent (?:an hour|hours|the night|ages))\b[^.!?]{0,30}\bwith (?:a|the|my|that|those|all (?:my|the)) (?:(?:bottle|packet|box|strip|tub|jar)s? of )?(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills|sleeping tablets|rope|noose)\b|\b(?:the|a|my) (?:rope|noose|hose|charcoal)\b (?:i|i've) (?:bought|got|ordered|kept|hid|hidden|tied|made)\b|\bknow (?:exactly |precisely )?(?:what|which \w+|how much|how many) (?:would|will|it'd|it would) (?:work|do it|be enough|kill me)\b[^.!?]{0,30}\b(?:where to (?:get|find|buy) (?:it|them)|how to get (?:it|them))\b/,
      /\b(?:needed|bought|buying|buy|got|getting) (?:two|three|four|five|six|several|\d+) (?:boxes|packets|packs|bottles)\b(?=[^.!?]*\b(?:chemist|pharmacy|pharmacist|didn't ask|no questions|paracetamol|pills|tablets|painkillers)\b)|\b(?:chemist|pharmacy|pharmacist|shop)\b[^.!?]{0,40}\b(?:didn't|did not|never|wouldn't) ask (?:why|questions|what for)\b(?![^.!?]*\bof (?!(?:paracetamol|pills|tablets|painkillers|ibuprofen|sleeping)\b))|\b(?:bought|ordered|got|buying|ordering) (?:a |some |the )?(?:helium|nitrogen)\b(?![^.!?]*\b(?:balloons?|party|birthday|wedding|celebration|science|lab)\b)|\bexit bag\b/,
      /\bhow (?:much|many) (?:of )?(?:my |the |his |her )?(?:pills|tablets|meds|medication|insulin|paracetamol|painkillers|sleeping pills|antidepressants|lithium|codeine)\b[^.!?]{0,20}\b(?:it would take|it'd take|would take|would do it|to take|would kill|is lethal|would be lethal)\b|\b(?:keeping|saving|kept|saved|holding on to|putting aside|put aside)\b[^.!?]{0,30}\bfor (?:the end|when i'?m ready|the right (?:time|moment|night)|that day)\b(?<=\b(?:pills|tablets|meds|medication|painkillers|insulin|strong ones)\b[^.!?]*)|\b(?:keep thinking|can't stop thinking|thinking) about (?:the|my|all the|all my) (?:pills|tablets|rope|noose|blade|razor|gun)\b(?= ?(?:$|[.!?,;]|in (?:the|my)|under|i've (?:saved|kept|got)|upstairs|again))|\b(?:the|a|my) (?:rope|noose|belt) (?:in|under|hidden in|behind) (?:my|the) (?:wardrobe|cupboard|closet|drawer|bag|car|garage|shed|room)\b|\b(?:i've got|i have|got|have|the) (?:the )?means\b(?= ?(?:$|[.!?,;]| (?:to do it|are there|is there|now|ready|and)\b))/,
      /\b(?:have|got|'ve got|has) (?:the|enough|my|some) (?:\w+ )?(?:pills|tablets|meds|rope|paracetamol|insulin|painkillers) to do it\b/,
    ),
    // A cover story the writer names ("I told myself it's for the garden") is no guard.
    unless:
      /^(?![\s\S]*\b(?:told myself|tell myself|telling myself|pretend\w*|cover story|it's not|its not)\b)[\s\S]*\b(?:organi[sz]er|pill ?box|dosette|blister pack|for the week|the way the (?:nurse|pharmacist|doctor|gp) showed|first aid|climbing|skipping(?! (?:doses?|my (?:meds|pills|tablets|doses?)|pills|tablets|meds)\b)|jump rope|tow|boat|swing|tent|washing line|clothes ?line|dog|cat|vet|allotment|for the garden|saving (?:money|up for|up to buy)|save money|saving up (?:\w+ )?(?:money|cash|pennies|for))\b|\brope (?:bridge|course|swing)\b|\b(?:a|one|the|another|this|that) (?:customer|patient|punter|client|lady|woman|man|gent|gentleman|bloke|guy|fella|lad|girl|young (?:man|woman|lad)|older (?:man|woman|lady|gent))\b (?:\w+ )?(?:try|tried|trying|wanted|came in|asked|asking)(?: to)? (?:to )?buy\b(?![^.!?]*\b(?:worried|concerned|scared|crying|shaking|upset|distressed|wanted to (?:die|end|hurt|kill)|said (?:she|he|they) (?:wanted|was going))\b)/,
  },
  {
    id: 'en.note',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:wrote|written|writing|write|left|leave|leaving|drafted|drafting|draft|typed|typing|recorded|recording)\b(?! (?:a |an |the )?')[^.!?]{0,40}\b(?:note|notes|letter|letters|message|messages|something|video)\b[^.!?]{0,40}\b(?:for after|after i'm gone|when i'm (?:gone|not here|not around|dead)|to read (?:after|when)|to find|for when i'm gone|in case i'm not)\b|\b(?:(?:suicide|goodbye|farewell|final) (?:note|letter|letters|message|video)|last (?:note|letter|letters|video)|last message (?:to|for) (?:you all|everyone|everybody|all of you|the world|my family))\b(?! (?:was|is|were|about|to the (?:group|team|class)|from|before|in the|on the|of the (?:day|week|year|term))\b)/,
      /\b(?:wrote|written|writing|write|left|leaving|drafted|drafting) (?:a |some )?(?:letters|notes|a letter|a note|goodbye \w+) (?:to|for) (?:each of|all of|every one of|everyone|everybody|(?:her|his|their|my) (?:family|kids|children|parents|brothers|sisters))\b|\b(?:letters?|notes?) (?:to|for) (?:\w+ ){0,5}(?:for after|after i'm gone|when i'm gone)\b|\bfor after\b(?= ?(?:$|[.!?,]))|\bexplaining why i'm going to\b|\b(?:letter|letters) (?:i'm|i am|i'll be|i will be|i've been) (?:leaving|writing) (?:him|her|them|my \w+)\b|\bso (?:she|he|they|nobody|no one|no-one|my \w+|you) (?:won't|doesn't|don't|wouldn't|will not|never (?:has|have) to) (?:feel guilty|blame (?:herself|himself|themselves|yourself)|have to (?:deal with|sort) (?:it|anything))\b[^.!?]{0,15}\b(?:afterwards|after|when i'm gone|after i'm gone|once i'm gone)\b/,
    ),
    // Letters for an occasion still to come ("to open on their 18th birthdays"), or a family tradition.
    unless:
      /\bto (?:open|read) (?:on|at) (?:their|her|his|your|my \w+'s) (?:\w+ )?(?:birthdays?|wedding days?|graduations?)\b|\b(?:\d+(?:st|nd|rd|th)|eighteenth|twenty-first|twenty first) birthdays?\b|\b(?:time capsule|family tradition|a tradition|leaving (?:email|card|speech|message|do|drinks)|the (?:whole )?office|colleagues|co-?workers|as in the)\b/,
  },
  {
    id: 'en.goodbye',
    category: 'explicit',
    pattern: anyOf(
      /\bthis is (?:my )?(?:last|final) (?:message|post|reflection|entry|time|check-?in|note|answer|text|one)\b|\bgoodbye (?:everyone|everybody|all|forever|world|for good|cruel world|to everyone)\b|\bthis is goodbye\b|\b(?:won't|will not|wont) be (?:around|here|alive) (?:to|for|by|when|tomorrow|much longer|any ?more|next (?:week|month)|this time next \w+)\b|\bby the time (?:anyone|you|someone|somebody|they|u) (?:reads?|sees?|gets?) this\b|\bi'?l?l be gone (?:by|before|soon|tomorrow|tonight)\b|\b(?:i'll|i will|i'd|i would|he'd|she'd|they'd|he'll|she'll|they'll|i'm going to|i'm gonna) be '?gone (?:by|before) (?:christmas|new year|the weekend|next \w+|the end of \w+|my birthday|\w+day|spring|summer|autumn|winter)\b|\b(?:this is|this'll be|that was|it's) the last time (?:you'll|you will|you'd|anyone will|anyone'll|you) (?:ever )?(?:see|hear from) me\b|\b(?:sent|posted|texted|shared|put up)\b[^.!?]{0,20}\b(?:picture|photo|pic|snap|selfie|story|video) of (?:(?:a|the|his|her|their|some|my) )?(?:blade|blades|razor|razors|knife|pills|tablets|rope|noose|bridge|ledge|rooftop|roof|tracks|cliff|cliffs|drop)\b(?=[^.!?]*\b(?:final|goodbye|sorry|last|bye|forgive|the end)\b)|\btonight(?: is|'s) the night\b|\b(?:posted|posting|texted|texting|messaged|messaging|sent|sending|wrote|writing|said|saying|left)\b[^.!?]{0,40}\bsorry for everything\b|\bdeleted (?:all )?(?:of )?(?:my|his|her|their) (?:socials|social media|accounts|instagram)\b|\b(?:texted|messaged|sent|said|posted|wrote)(?: me| us| everyone| a| her| his| their| him| them| my \w+)* (?:final )?goodbye\b(?! and (?:thanked|hugged|wished|waved)\b| to (?:my|our|the) (?:therapist|counsell?or|teacher|coach|manager|team|colleagues|class)\b)|\bsaying (?:my )?(?:final )?goodbyes?\b(?! (?:at|before|after|on|in|when|as|to the|to my (?:old )?(?:flat|house|job|team|colleagues|class))\b)/,
      /\bthis (?:is|will be|'ll be|'s) (?:probably |likely |maybe )?(?:my|the) (?:last|final) (?:message|post|reflection|entry|check-?in|note|answer|text|one|time you hear from me)\b|\bsee you on the other side\b(?! of\b)|\b(?:wanted|want|wanna|just wanted|needed) to say (?:goodbye|bye|my goodbyes)\b(?! to (?:the|my|our|her|his) (?:old |)(?:house|flat|home|job|team|colleagues|class|dog|cat|gran\w*|nan|mum|dad|friends?))/,
      /\b(?:won't|will not|wont) be (?:alive|around|here)\b(?= ?(?:$|[.!?,]))/,
      /\btonight(?: is|'s)? the night\b(?! (?:we|of|for)\b)/,
      /\b(?:written|wrote|writing|recorded|left) (?:my|all my|the) goodbyes\b|\b(?:nobody|no one|no-one|you|they|anyone|everyone) (?:will|'ll)? ?(?:have to|need to|won't have to|won't need to) (?:worry|deal) (?:about|with) me (?:after|from|past) (?:\w+day|tonight|tomorrow|this week|next week|the weekend|christmas)\b/,
    ),
    unless:
      /\b(?:retir\w*|leaving card|camping|no signal|festival|handed in my notice|quit my (?:\w+ )?job|last shift|my manager)\b|\b(?:last|final) (?:check-?in|session|entry|reflection)!|\b(?:holiday|vacation|trip|leaving do|moving|move|farewell party|graduation|new job|last day at|off to|flight|flying|abroad|away for|fly (?:to|out|home|back|off)|for (?:\d+|two|three|four|five|six|a couple of) (?:days|weeks|months))\b|\b(?:break|summer|christmas|easter|before (?:the|my|i(?! go ?(?:$|[.!?,;])))|until|till|back (?:on|in|next)|for (?:now|a while|a bit|a few)|discharged|finish\w* (?:therapy|the programme|the course)|graduat\w*)\b|\b(?:said|saying|say) goodbye to (?:my|the|our) (?:old )?(?:flat|house|home|job|team|colleagues|class|car|office|school|dog|cat|gran\w*|nan|neighbours?|neighbors?|book club|club|choir|band|classmates|coworkers|co-workers)\b|\bgoodbyes?\b[^.!?]{0,40}\b(?:cake|drinks|a card|presents?|leaving do|send-?off|farewell (?:lunch|drinks|party)|start(?:ing)? (?:the|my) new)\b|\b(?:cake|card|banner|balloons?|leaving do|send-?off)\b[^.!?]{0,30}\bgoodbye\b|\b(?:wedding|funeral of|conference|festival|for work|in [a-z]+ for)\b|\b(?:airport|station|school gates|the party|visiting|staying (?:with|at)|on (?:leave|a course|nights|call)|at my (?:parents'?|mum's|mom's|dad's|nan's|gran's))\b/,
    // A move or a send-off told in the sentence next to the goodbye ("Moving to Leeds next week.").
    unlessBeside:
      /\b(?:moving|relocating|emigrating|move) (?:to|house|abroad|overseas|back|out|cities|country|away)\b|\b(?:new (?:job|flat|house|place|school)|leaving do|farewell (?:party|drinks|do|lunch)|retir(?:ing|ement|ed))\b/,
  },
  {
    id: 'en.method',
    category: 'explicit',
    pattern: anyOf(
      p(
        "\\b(?:stood|standing|stand|went|go|going|walked|walk|walking|sat|sitting|climbed|climbing|looked down|looking down|stared down|staring down|leaned over|leaning over|(?<=\\bi (?:(?!(?:him|her|them|his|their|my|caught|saw|found|watched)\\b)[a-z']+ ){0,2})(?:looked at|looking at|stared at|staring at|watched|watching)|was|were)\\b[^.!?]{0,25}\\b(?:{PLACE})\\b(?=[^.!?]*\\b(?:for ages|for an hour|for hours|all night|half an hour|thought about|thinking about|how long it would take|for a long time|a long time|for a while|a long while|how easy|how quick|how fast|no one would see|nobody would see|didn't jump|did not jump|almost jumped|nearly jumped|jump|jumping|the drop|looked down|looking down|looking over|looked over|leaned over|leaning over|edge|railing|fast train|working up|work up|couldn't do it|could not do it|this time|waiting for the train|over the edge|how high)\\b)|\\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|step|stepping|stepped) (?:off|from|in front of|under|onto the tracks)\\b(?! (?:the|a) (?:(?:high |top |low )?(?:diving )?board|springboard|boat|pier|swing|trampoline|wall|bus|tram|kerb|curb|ladder|step|stool|chair|escalator|plane|stage|rocks into the (?:sea|lake|river)))|\\b(?:didn't|did not|almost|nearly|about to|going to|want to|wanted to|thought about|think about|thinking about) (?:jump|jumping|jumped)\\b(?! (?:out of my skin|for joy|up|in|into|on(?! (?:mon|tues|wednes|thurs|fri|satur|sun)day)|at|ship|the gun|to conclusions|the queue|rope|around)\\b)|\\b(?:drove|drive|driving|crashed|crash|crashing|steer|steered|swerve|swerved|aimed)\\b[^.!?]{0,40}\\b(?:on purpose|deliberately|intentionally|so i'd die|to die)\\b|\\b(?:swallowed|took|taken|take|taking|downed|necked) (?:a whole|all|every|the whole|an entire|a full|loads of|a handful of|\\d+|twenty|thirty|forty|fifty) (?:of )?(?:my |the |a |those |her |his |their )?(?:packet|box|bottle|strip|blister|pack|tub|jar)?s? ?(?:of )?(?:my |[a-z]+'s )?(?:{MEANS})\\b|\\btook too many\\b(?= ?(?:$|[.!?,]|of (?:my|the|them)|pills|tablets|meds|painkillers|sleeping|and|last|again))|\\boverdo(?:es|ed) on\\b|\\b(?:swallowed|took|downed|necked) (?:everything|all|whatever)\\b[^.!?]{0,30}\\b(?:cabinet|drawer|box|bottle|packet|cupboard)\\b|\\b(?:woke up|ended up|came round|came to) in (?:hospital|the hospital|the ambulance|an ambulance|a&e|a and e|the er|icu|intensive care|resus)\\b[^.!?]{0,40}\\b(?:after|because) (?:taking|swallowing|i took|i swallowed|i tried)\\b|\\b(?:had|having) my stomach pumped\\b|(?<!\\blost (?:my |his |her |their |our |a )?(?:[a-z']+ ){0,2}to (?:an? )?)(?<!\\b(?:he|she|they|my [a-z]+|[a-z]+'s [a-z]+) (?:died|passed away) (?:of|from) (?:an? )?)\\b(?:my |an? |the )?(?:overdos\\w*|od'd|od'ed|oded|od on|od-ed)\\b(?!\"? (?:calls?|shouts?|jobs?)\\b)(?! on (?:(?:the|some|all the|all those|a|an|too much|way too much|so much|far too much) )?(?!(?:{MEANS}|purpose|my|his|her|their|them|it|something|everything|anything|whatever|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|new year's|boxing day|drugs?|heroin|coke|cocaine|ket|ketamine|mdma|spice|fent|alcohol|booze|vodka|sleeping|pain|prescription|street|opiates?|benzos?|pills?|tablets?|stuff|what)\\b)[a-z]+)|\\b(?:my|an|the|a|previous|last|first|second) (?:suicide )?attempts?\\b(?! (?:at|to|of|on|in|for)\\b)|\\b(?:i've|i have|i) (?:tried|attempted) (?:it )?(?:before|twice|once|again|three times|\\d+ times)\\b|\\battempted (?:again|last|yesterday|this|a few|recently|twice)\\b|\\bi (?:finally |actually |already )?attempted\\b(?= ?(?:$|[.!?,;]|again|last|yesterday|on \\w+day|\\w+day|when i was\\b|at \\d+\\b|in (?:19|20)\\d\\d\\b|as a (?:teen|teenager|kid|student)\\b))|\\b(?:tried|trying|try|attempted) to die\\b|\\b(?:do|doing|try|trying|did) it again and (?:get|getting) it right\\b",
      ),
      /\b(?:engine|motor|car) (?:running|on)\b[^.!?]{0,40}\b(?:garage|closed|shut|hose)\b|\b(?:closed|shut) garage\b[^.!?]{0,40}\bengine\b|\bhose(?:pipe)? (?:to|from|into|on) the exhaust\b|\bhow easy it (?:would|'d|could) be to (?:jump|climb over|step off|step out|stop and climb|fall|let go|drive off|swerve|just go|end it|do it)\b|\bclimb over (?:the )?(?:railings?|edge|barrier|side|fence)\b|\b(?:going|go|went|heading|walk(?:ing|ed)?|driv(?:e|ing)|drove) (?:up |back )?to (?:the|a) (?:bridge|cliffs?|tracks|train tracks|rooftop|roof|car park|multi-storey|viaduct|quarry)\b(?! (?:club|game|night|tournament|restaurant|café|cafe|pub)\b)(?=[^.!?]*\b(?:tonight|now|alone|again|at night|\d+ ?am|to jump|to end|for the last time|and stood)\b)|\b(?:stepping|step|stepped|throw(?:ing)? myself|threw myself|walk(?:ing|ed)?|jump(?:ing|ed)?) (?:(?:off|out) (?:the |a )?platform|in front of (?:the |a )?(?:platform|train|bus|lorry|truck|traffic|car))\b|\b(?:drive|driving|drove|swerve|swerving|steer|steering|crash|crashing) (?:off (?:the|a) (?:road|bridge|cliff)|into (?:the|a|oncoming) (?:barrier|wall|tree|traffic|lorry|truck|river|bridge|pillar))\b|\b(?:i've|i have|i) (?:\w+ ){0,2}(?:tried|attempted) (?:to )?(?:end (?:my|it)|kill|hang|overdose|take my)\b/,
      /\b(?:going to|gonna|wants? to|wanted to|will|'ll|'d|would|threaten\w* to|talk\w* about|thinking (?:about|of)|plans? to|planning to) (?:just )?(?:drive|driving|steer|steering) (?:(?:my|his|her|their|the) (?:car|van|truck|lorry|ute|cab|bus|forklift|motorbike|bike) )?(?:off|into) (?:the|a) (?:quay|quayside|dock|harbou?r|pier|jetty|cliff|cliffs|edge|river|canal|sea|lake|reservoir|quarry)\b/,
      /\b(?:going to|gonna|wants? to|wanted to|will|'ll|'d|would|threaten\w* to|talk\w* about|thinking (?:about|of)) (?:drive|driving|crash|crashing|steer|steering|wrap|wrapping) (?:my|his|her|their) (?:car|bike|van|ute|truck|lorry|motorbike|motorcycle|pickup|jeep|tractor|4x4) (?:off (?:the|a) (?:road|bridge|cliff)|(?:into|round|around) (?:the|a|an|oncoming) (?:barrier|wall|tree|traffic|lorry|truck|river|bridge|pillar|bus|pole|lamppost))\b|\b(?:drive|driving|drove|crash|crashing|steer|steering) (?:my |the )?(?:car|bike|van) (?:off (?:the|a) (?:road|bridge|cliff)|into (?:the|a|an|oncoming) (?:barrier|wall|tree|traffic|lorry|truck|river|bridge|pillar|bus))\b|\b(?:gun|firearm|shotgun|rifle|pistol|revolver)\b[^.!?]{0,80}\b(?:using it|use it|on myself|on himself|on herself|on themselves|in my mouth|to my head|hold it|holding it|held it|loaded it|load it|the easy (?:road|way out)|end it|do it)\b|\b(?:tide|sea|waves|river|ocean|water)\b[^.!?]{0,60}\b(?:walk|walking|swim|swimming|wade|wading) (?:out )?(?:to meet (?:it|them|the \w+)|into (?:it|them)|out until|out and (?:not|never) come back|out too far)\b|\b(?:drink|drinking|swallow|swallowing|drank|swallowed) (?:some |the )?(?:bleach|antifreeze|weedkiller|drain cleaner)\b|\b(?:walk|walking|walked) into (?:the )?(?:sea|river|lake|ocean|water|traffic)\b(?![^.!?]*\b(?:swim|paddl\w*|dip|surf\w*|wetsuit)\b)/,
      /\bhow easy it (?:would|'d|could) be to just (?:jump|step off|let go|fall|drive off|swerve|go|end it)\b|\b(?:take|taking|swallow|swallowing|drink|drinking|neck|necking) (?:something|everything|it all|the lot|the whole lot|them all)\b[^.!?]{0,40}\band be done\b(?! with (?:the|this|that|my) (?:\w+ )?(?:job|work|exam|essay|week|project|course)\b)/,
      /\b(?:i'm|i am|standing|sitting|stood|sat|lay|lying) (?:on|at) (?:the|a) (?:bridge|roof|rooftop|ledge|edge|cliff edge|cliff|top of \w+)(?: (?:rail|rails|railing|railings|edge|ledge|parapet|barrier|wall))?\b(?=[^.!?]*\b(?:right now|now|tonight|again|alone|looking down)\b|[.!?]*$)|\b(?:stood|standing|sat|sitting|lay|lying|laid|walked|walking) (?:on|along|across) (?:the )?(?:train tracks|railway line|railway tracks|tracks)\b|\b(?:think|thinking|thought|imagine|imagining|picture|picturing)\b[^.!?]{0,20}\b(?:crashing|crash) (?:my|the) car\b/,
      /\b(?:put|putting|tied|tying|wrapped|wrapping|tightened|tightening|had) (?:a|the|my|his|her|their) (?:belt|rope|cord|scarf|ligature|noose|cable|dressing gown cord) (?:around|round) (?:my|his|her|their) (?:own )?neck\b/,
      /\b(?:thinking|thought|think|looking|staring|waiting)\b[^.!?]{0,40}\b(?:train|\d{1,2}[:.]\d{2}|express|fast one)\b[^.!?]{0,20}\b(?:doesn't|does not|won't) stop\b|(?<=\b(?:river|sea|lake|canal|bridge|cliffs?|roof|edge|tracks|water|quarry|reservoir)\b[^.!?]{0,60})\b(?:intending|intended|meaning|meant|planning|planned|wanting|wanted|going) to (?:go in|jump|go over|step off|walk in|not come back)\b|\b(?:stood|standing|stand|climbed) on (?:a|the|my) (?:chair|stool|bucket|box)\b[^.!?]{0,30}\b(?:cord|rope|belt|noose|cable|scarf|ligature)\b|\b(?:drank|downed|necked)\b[^.!?]{0,30}\b(?:and|then|with) (?:took|swallowed|downed) (?:the|all the|all my|my|a load of|loads of) (?:pills|tablets|meds|painkillers)\b|\b(?:took|swallowed) (?:the|all the|all my|my) (?:pills|tablets|meds|painkillers) with (?:a bottle of |the )?(?:vodka|wine|whisky|whiskey|gin|alcohol|booze|rum)\b|\b(?:going to|gonna|want to|wanted to|i'll|thinking of|thinking about|plan to|planning to) (?:crash|wreck|total) (?:my|the) (?:car|bike|motorbike|van)\b(?! (?:insurance|payments)\b)/,
      /\b(?:take|taking|took|swallow|swallowing|swallowed|down|downed|neck|necked) (?:the whole|a whole|an entire|every) (?:bottle|packet|box|lot|strip|pack|tub)\b(?= ?(?:$|[.!?,;]|tonight|now|of (?:them|it|my|the|pills|tablets|meds|paracetamol|painkillers)\b|at once|in one go|and))|\bgarage\b[^.!?]{0,30}\b(?:engine|motor) (?:running|on)\b|\b(?:thought|thinking|think|thoughts) (?:about|of) (?:hanging|drowning|overdosing|shooting|gassing|slitting|poisoning)(?: myself)?\b(?= ?(?:$|[.!?,;]|myself|again))/,
    ),
    unless:
      /\b(?:every summer|with (?:my|the) (?:cousins|mates|friends|kids|boys|girls|lads)|(?:only|about|just) (?:about )?\d+ ?m\b|cliff jumping|tombstoning|bridge jumping|waterhole|swimming)\b|\boverdos\w* (?:case|cases|patient|patients|call|calls|admissions?)\b|\bfirst aid\b|\brefresher\b|\b(?:would|could|might) have been an? (?:overdos\w*|od)\b|\bnear miss\b|\b(?:binged?|binge-?watch\w*|series|seasons?|episodes?|box ?set|marathon)\b[^.!?]{0,60}\boverdos\w*\b|\b(?:sunset|sunrise|the views?|photos?|fireworks|crowded|packed|rush hour|delayed|cancelled|how happy|so happy|for joy|with (?:joy|happiness|excitement)|thrilled|buzzing)\b|\b(?:i'd|i would|id) (?:rather|sooner)\b[^.!?]{0,50}\bthan (?!(?:live|living|be alive|go on|keep going|wake up|face|feel|be here|exist|carry on|stay|be me)\b)|\b(?:overdos\w*|od'd|od'ed|oded|od) (?:on|of|de) (?:garlic|ajo|salt|sal|spice|chilli|chili|picante|azucar|cafe|sugar|chocolate|caffeine|coffee|netflix|tv|telly|carbs|candy|cake|sweets|pizza|cheese|tiktok|youtube|memes|reality tv|christmas|fun|cuteness|vitamin\w*|sunshine|sun|nostalgia|people|drama|love|content|music|podcasts|books|work|exercise|adrenaline|gossip|\w+(?:ising|izing|ling|ting))\b|\b(?:sugar|caffeine|chocolate|carb|cuteness|cheese|serotonin|dopamine|netflix|christmas|tv|telly|screen|screen ?time|box ?set|rerun|reruns|reality tv|youtube|tiktok|anime|k-?drama|football|cricket|nostalgia|fun|sun|vitamin d|meme|content|social media|gossip|pasta|pizza|cake) overdose\b|\b(?:patient|patients|client|clients|customer|someone at work|a man|a woman|a lad|a guy|shift|ward|a&e|ambulance crew|paramedic|naloxone|narcan|nurse|pharmacist|pharmacy|dispensary|chemist|on call|call-?out|case|cases|two ods|the ods)\b(?![^.]{0,60}\bso (?:i|that i) (?:can|could)\b)[^.]{0,60}(?<!\bmy )\b(?:overdos\w*|ods?)\b|(?<!\bmy )\b(?:overdos\w*|ods?)\b[^.]{0,60}\b(?:shift|ward|patient|naloxone|narcan|training|at work|call-?outs?|dosing|thresholds?|guidelines?|chart)\b|\battempts? (?:at|to)\b|\bwe had (?:an?|two|three|four|\d+) (?:overdoses?|ods?)\b|\bpulled through\b|\bswim (?:group|club|crew|squad|team|buddies)\b|\b(?:sea|wild|cold[- ]water) swim\w*\b|\bhad (?:a|an) (?:\w+ ){0,2}(?:woman|man|lad|girl|boy|kid|teen|teenager|patient|lady|bloke|guy|person|student|gent) in (?:after|with|following)\b|\bjump(?:ed|ing)? (?:off|from) (?:the )?(?:diving board|boat|pier|swing|wall|sofa|couch|bed|stage)\b|\b(?:bungee|parachute|skydiv\w*|zip ?line|cliff diving|diving board)\b|\b(?:dissertation|thesis|research|essay|article|paper|study|lecture|module|statistics|stats) (?:is |was )?(?:on|about|into)\b|\btook (?:all )?my (?:meds|tablets|pills|medication) (?:this morning|today|tonight|as prescribed|on time|at \w+)\b/,
  },
  {
    id: 'en.took-to-die',
    category: 'explicit',
    // Means taken with the intent said plainly: "took a load of my sertraline on Friday to die".
    pattern: p(
      '\\b(?:took|swallowed|downed|necked|taken|drank)\\b[^.!?]{0,30}\\b(?:{MEANS}|the lot|them all|all of them|everything|bleach)\\b[^.!?]{0,25}\\bto (?:die|not wake up|end it|kill myself)\\b|\\b(?:took|swallowed|downed|necked|taken) (?:approximately |about |around |nearly |over |like |maybe |roughly )?(?:[2-9]\\d|1\\d\\d|twenty|thirty|forty|fifty|sixty|a hundred)(?: or so)? (?:of (?:my |the |her |his )?)?(?:{MEANS})\\b|\\b(?:took|swallowed|downed|necked|taken) (?:a load|loads|a lot|lots|a bunch|a handful|a fistful|half|most|the rest|a pile) of (?:my |the )?(?:{MEANS})\\b(?! (?:as prescribed|this morning|for (?:my|the|a) \\w+)\\b)',
    ),
    unless: /\b(?:by accident|accidentally|mixed up|forgot|double dose|vet|the dog|the cat)\b/,
  },
  {
    id: 'en.absolve',
    category: 'indirect',
    about: 'self',
    // Telling someone close that none of it was their fault, unprompted: a farewell said as comfort.
    pattern:
      /\b(?:told|telling|tell|said to|wrote to|texted) (?:my \w+|mum|mom|dad|her|him|them)\b[^.!?]{0,50}\bnone of (?:it|this) (?:was|is|will be) (?:her|his|their|your) fault\b/,
  },
  {
    id: 'en.plan',
    category: 'explicit',
    pattern: anyOf(
      /\bi (?:have|'ve got|made|got|'ve made) a plan (?:and a date|to (?:die|end|do it|go through with it|kill))\b|\b(?:a|the) (?:plan|method|way) and a (?:date|time)\b|\bchosen (?:the|a) (?:method|way to die)\b|\b(?:go|going|gone|went) through with it\b|\bact(?:ing)? on (?:it|them|the thoughts|those thoughts|my thoughts|the urges?)\b|\bdo (?:anything|something) (?:stupid|drastic)\b|\bworked out (?:exactly )?(?:how|when|where) (?:i'd|i would|i'll|he'd|she'd|they'd|to) do it\b|\b(?:not going to|won't|wouldn't) do (?:anything|it) tonight\b/,
      /\b(?:picked|chosen|chose|set|decided on|fixed) (?:a|the) (?:date|day|time|night|weekend) (?:to die|for it|to do it|to go|to end (?:it|my life|things))\b|\b(?:picked|chosen|chose|set|decided on) (?:a|the) (?:date|day)\b(?= ?(?:$|[.!?,]))|\bmy plan is to (?:do it|end it|go|die)\b|\b(?:do it|end it|go through with it)\b[^.!?]{0,40}\b(?:when (?:the house is empty|everyone's (?:asleep|out|away)|no ?one's (?:home|around)|nobody's (?:home|around)|i'm alone)|after (?:my|the|her|his) \w+ (?:leaves|goes|is gone)|while (?:they're|everyone's|she's|he's) (?:away|out|asleep))\b|\b(?:know|worked out|figured out|decided) (?:exactly )?(?:how|when|where) (?:i'd|i would|i'll|i will|i'm going to) do it\b|\bi've got it all worked out\b|\bjust waiting now\b/,
      /\b(?:thinking|thought|think|figuring out|worked out|working out|picture|picturing|pictured|imagine|imagining|imagined|planning|planned) (?:about |of )?(?:exactly )?how (?:i'd|i would|i'll|i could|i'm going to|to) do it\b(?! (?:differently|better|again|next time|properly|right|without)\b)/,
      /\b(?:already )?(?:picked|chosen|chose|found|scouted|decided on|settled on|picking|choosing) (?:out )?(?:the|a|my) (?:bridge|cliff|overpass|viaduct|multi-storey|car park roof|rooftop|spot to jump|method)\b|\bwho(?:'d| would|'ll| will|'s going to| is going to) find (?:me|you|my body)\b(?= ?(?:$|[.!?,;]|first|afterwards|after|when))|\b(?:six feet under|in the ground|pushing up daisies|the long sleep|the big sleep|the eternal sleep)\b[^.!?]{0,60}\b(?:planning|planned|plan|not joking|i mean it|for real)\b/,
      /\bi (?:know|'ve picked|'ve chosen|have picked|have chosen) (?:which|what) (?:bridge|cliff|car park|multi-storey|method|rooftop)\b(?= ?(?:$|[.!?,;]))|\bwhen (?:the kids|the children|everyone|my \w+|they|he|she) (?:are|is|'s|'re) (?:at|away|out|asleep|gone)\b[^.!?]{0,40}\b(?:i'm going to|i'll|i will|i'm gonna|gonna) (?:do it|end it|go through with it)\b|\bforgive me for what i'm (?:about|going) to do\b/,
      /\bmy plan is\b[^.!?]{0,15}\b(?:pills|tablets|paracetamol|insulin|the rope|a rope|the bridge|the train|the tracks|the car|an overdose|jumping|hanging)\b/,
      /(?<=\b(?:don't worry|i promise|promise)\b[^.!?]{0,30}\b(?:not going to|not gonna|won't|will not|wouldn't) )do anything\b/,
      /\b(?:i've|i have) decided (?:how|when|where) (?:i'm going to|i'll|i will|to) (?:die|do it|end it)\b/,
      /\b(?:had|have|made|got) a plan to (?:die|end (?:it|my life|things|it all)|kill myself|do it)\b/,
      // A plan named only as "it", with a time and nothing else: "he's got a plan and he's doing it after his exams".
      /(?<=\b(?:i(?:'ve| have)?|he(?:'s| has)|she(?:'s| has)|they(?:'ve| have)) )got a plan,? and (?:i'm|i am|he's|he is|she's|she is|they're|they are) (?:doing|going to do|gonna do|going through with) it (?:after|on|when|once|before|at|tonight|tomorrow|this|next)\b(?![^.!?]{0,40}\b(?:trip|travel\w*|holiday|gap year|business|marathon|mov(?:e|ing)|wedding|propos\w*|quit\w*|resign\w*|diet|renovat\w*|launch\w*|tattoo|haircut|dye|sav(?:e|ing)|buy\w*|appl(?:y|ication)|audition|tell (?:her|him|them|everyone)|come out|coming out)\b)[^.!?:]{0,40}(?= ?(?:$|[.!?]))/,
      // A plan that is only a date, said flat: "My plan is Thursday."
      /^(?:so |and )?my plan is (?:for |on )?(?:\w+day|tonight|tomorrow(?: night)?|this weekend|next week|the (?:\d+(?:st|nd|rd|th)|weekend))[.!]*$/,
    ),
    negationProof: true,
  },

  {
    id: 'en.unsafe',
    category: 'explicit',
    // "I'm not safe", "I can't keep myself safe": the C-SSRS safety question answered no. Its words
    // carry their own negation, so a denial cannot cancel it.
    pattern:
      /\b(?:i'm|i am|i feel|feeling|i don't feel|i do not feel|i'm not feeling) (?:really |very |so )?(?:not safe|unsafe)\b(?! (?:at (?:work|home|school)|in (?:my|the|this) (?:flat|house|area|neighbourhood|neighborhood|relationship)|walking|driving|around (?:him|her|them))\b)|\b(?:i'm|i am) not safe\b(?= ?(?:$|[.!?,]|right now|tonight|today|with myself|around myself|on my own|alone|to be (?:alone|left)))|\b(?:don't|do not|can't|cannot) (?:feel safe|trust myself) (?:with|around|on my own|alone)(?: myself)?\b(?! (?:with (?:him|her|them|my (?:ex|partner|dad|mum|husband|wife))|(?:(?:around|with|near) )?(?:the )?(?:chocolate|food|cake|biscuits|sweets|snacks|crisps|money|my card|the credit card|online shopping|shopping|wine|the fridge|pizza|dessert|the biscuit tin)\b))|\b(?:can't|cannot|couldn't|not sure i can|don't think i can) keep myself safe\b|\b(?:scared|afraid|worried|terrified|frightened) (?:that )?i(?:'ll| will| might| could|'m going to) (?:do something (?:to myself|stupid|drastic)|hurt myself|act on (?:it|them)|do it (?:this time|tonight|one day|eventually|next time)|not be able to stop myself)\b/,
    negationProof: true,
  },

  {
    id: 'en.intent-more',
    category: 'explicit',
    // Slang and roundabout intent: "take myself out", "checking out", "all I want is to die".
    pattern: anyOf(
      /\b(?:going to|gonna|planning to|plan to|want to|wanna|thinking (?:about|of)|might|about to|i'll|i will|ready to|tempted to) (?:just )?(?:take|taking) (?:myself|meself) out\b(?= ?(?:$|[.!?,;]|permanently|for good|tonight|of (?:the picture|this world|the equation)))/,
      /\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) (?:just )?(?:checking out|check out)\b(?! (?:early|late|from|tomorrow|today|on|the|a|an|that|this|those|these|new|other|some|his|her|their|your|my|how|what|where|at|from|of (?:the|a|my|our|that) (?!world|life)\w+)\b)/,
      /\ball i (?:want|wanna|wish for|need|ever want|think about) (?:is|to do is) (?:to )?(?:just )?(?:die|be dead|not wake up|not exist|stop existing|end it|kill myself|disappear for good)\b/,
      /\b(?:dying|death|being dead|not waking up|not existing)(?: honestly| just| really)? (?:sounds|seems|looks|feels) (?:so |really |pretty |quite |kind of |like )?(?:good|nice|appealing|tempting|peaceful|lovely|like a relief|better|easier|like the answer)\b/,
      /\b(?:hope|hoping|pray|praying)(?: that)? i (?:won't|will not|don't|do not|never) wake(?: up)?\b/,
      /\b(?:i'm|i am|i've been) (?:seriously |really |actually )?(?:considering|contemplating|weighing up) (?:suicide|killing myself|ending (?:it|my life|things)|dying|an overdose|jumping)\b/,
      /\b(?:i'm|i am|i feel like i'm|i've become) (?:a )?(?:real |serious )?danger to myself\b(?! (?:in|on|with|around|when|behind)\b)|\b(?:i have|i've got|i've had) (?:a|this) death wish\b(?= ?(?:$|[.!?,;]|honestly|tbh|lately|again|for (?:weeks|months|years)))|\b(?:the )?(?:urge|urges|need|pull) to (?:die|jump|end it|kill myself|not exist)\b(?! (?:in|into|on|up|around|for|of|laughing|with)\b)|\b(?:thinking of|thinking about|going to|want to) (?:doing|do) something to myself\b|\b(?:wish|hope|hoping|pray|praying) (?:that )?i (?:would|'d|will|could) (?:just )?die\b(?! (?:of|laughing|happy|old|in my sleep at 9\d)\b)|\b(?:hope|hoping|wish|pray|praying) (?:that )?i (?:get|got|catch|develop) (?:cancer|something|covid|hit by \w+)\b[^.!?]{0,15}\b(?:and die|and don't recover|that kills me)\b|\b(?:i've|i have) had enough of (?:life|living|being alive|existing|this life)\b(?! (?:admin|in|at|on|with)\b)|\b(?:want|wanna|going) to give up on (?:life|living)\b|\bi'll (?:just )?end it (?:then|there and then|all)\b(?= ?(?:$|[.!?,;]))|\bwant (?:this|it|everything) over with,? (?:permanently|for good|forever)\b|\b(?:rather|prefer to|sooner) (?:just )?be (?:in the ground|six feet under|in a (?:coffin|grave))\b(?! (?:floor|level|flat)\b)|\b(?:rather|prefer|honestly prefer) (?:being|to be) dead\b|^(?:being )?dead would be (?:better|easier|a relief|preferable)\b|\bwhat if i (?:just )?(?:ended|end) (?:it|it all|things|my life)\b(?! with\b)|\b(?:can|could|would|will) (?:you|i|someone|a person) die (?:from|of|if you take) (?:\d+|a (?:packet|box|bottle)|twenty|thirty|fifty)\b|\b(?:is|would) (?:drowning|hanging|jumping|an overdose|overdosing|bleeding out) (?:be )?(?:painful|painless|quick|slow)\b(?! for (?:fish|animals|a|the|them|mice|rats|cats|dogs)\b)|\b(?:painless|easy|quick|quiet) way out\b(?= ?(?:$|[.!?,;]|for me|of (?:this|life|here)))|\b(?:take|taking|thinking about) the (?:easy|coward's|cowards|quick) way out\b(?= ?(?:$|[.!?,;]|tonight|soon|for good|and end))|\bthe coward's way out\b[^.!?]{0,20}\b(?:looking|looks|sounds|seems) (?:good|better|tempting|appealing)\b|\bmy life (?:needs|has) to end\b|\bi (?:should've|should have|should) died\b|\bi'm (?:meant|supposed) to be dead\b(?! (?:tired|on|beat|to the world)\b)|\bit should(?:'ve| have) been me (?:that|who) died\b|\bwhy don't (?:you|i) just die\b/,
    ),
    unless:
      /😂|🤣|💀|\b(?:lol|lmao|haha\w*|jk)\b|\b(?:hair|grey|gray|dye)\b|\bwake(?: up)? (?:early|late|before|in time|on time|when|until|till|too|at \d)/,
  },
  {
    id: 'en.plan-more',
    category: 'explicit',
    pattern: anyOf(
      /\bi (?:have|'ve got|got|'ve made|made|have made) (?:a|the) plan\b(?= ?(?:$|[.!?;]|, (?:i|and|it's)\b|now$|to do it|for (?:how|when|it|doing it|tonight)\b))/,
      /\b(?:\w+day|tonight|tomorrow|this weekend|friday night|saturday night|my birthday)(?:'s| is) the (?:day|night)\b(?=[^.!?]*\b(?:decided|chosen|picked|i'm doing it|i'll do it)\b)/,
      /\b(?:planned|worked|figured|thought|mapped) (?:it |everything )?(?:all )?out\b[^.!?]{0,40}\b(?:when|while|once) (?:everyone|everybody|the house|no ?one|nobody|they|my \w+)(?:'s| is| are|'re)? (?:away|out|asleep|gone|empty|at work|not home)\b/,
      /\bthe plan is\b[^.!?]{0,15}\b(?:pills|tablets|paracetamol|insulin|the rope|a rope|the bridge|the tracks|an overdose|jumping|hanging|to (?:die|do it|end it))\b/,
      /\bi (?:know|'ve worked out|have worked out|'ve decided|have decided|'ve figured out) (?:exactly |already )?(?:how and when|when and how|how and where|where and how|when and where|where and when)\b(?= ?(?:$|[.!?,;]|i'm|i'll|i will|to do it))/,
    ),
    unless:
      /\b(?:budget|diet|revision|study|workout|meal|savings|safety|crisis|coping|wellness|birth|business|treatment|care|exercise|plan b|wedding|party|holiday|trip|move|moving|interview|exam|race|marathon|launch|date night|surprise)\b/,
    negationProof: true,
  },
  {
    id: 'en.prepare-more',
    category: 'explicit',
    // Notes, goodbyes and a tidy house left for the people who find the writer.
    pattern: anyOf(
      /\b(?:written|wrote|writing|finished|drafted|drafting|started|left|rewrote|rewriting|re-?written) (?:writing )?my note\b(?= ?(?:$|[.!?,;]|again|tonight|already|last night|for (?:them|everyone|after|when)|to (?:everyone|everybody|them|my (?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|sister|brother))))/,
      /\bmy note (?:is|'s) (?:written|done|finished|ready|hidden|under|in (?:the|my) (?:drawer|desk|bag|wallet|notes app))\b/,
      /\b(?:when|after|once|for when) (?:they|someone|somebody|my \w+|mum|mom|dad|you) (?:finds?|find) (?:me|my body)\b(?= ?(?:$|[.!?,;]|first|after|afterwards))/,
      /\b(?:easier|simpler|less work|less to sort) for (?:them|everyone|everybody|my \w+|her|him) (?:after|afterwards|when i'm gone|once i'm gone)\b/,
      /\bso (?:they|she|he|you|no ?one|nobody|my \w+)\b[^.!?]{0,30}\b(?:after|once|when) i'm (?:gone|dead)\b/,
      /\b(?:said|done|made|sent) (?:all )?my goodbyes\b(?! (?:to (?:the|my|our) (?:old )?(?:\w+ )?(?:flat|\w*house|home|cottage|farm|place|apartment|room|job|team|colleagues|class|office|school|friends at)|at|before (?:the|my) (?:flight|move|trip))\b)/,
      /\battempted (?:on|last|this|in|at|over|twice|again|yesterday|a few|recently|once)\b(?! (?:the|a|an|to|my|his|her|their|it|that|(?:\w+ )?(?:exam|test|recipe|course|puzzle|climb|run|hike|dish|route|problem|question))\b)/,
      p(
        "\\b(?:{MEANS})\\b (?:are|is|'s) (?:all )?(?:in|under|behind|inside) (?:my|the) \\w+,? (?:all )?(?:ready|waiting)\\b(?! for (?:the|my) (?:week|trip|holiday|morning|flight))",
      ),
      /\bthe (?:first|second|third|last|other) time i (?:tried|attempted)\b(?= ?(?:$|[.!?,;]|, i was|i was|to (?:kill|end|die|hang|overdose|take my)))/,
      /\b(?:woke up|came round|came to|ended up) in (?:hospital|the hospital|a&e|icu|intensive care|resus)\b[^.!?]{0,25}\b(?:again|after (?:i tried|the attempt|trying|i did it))\b/,
      /\b(?:broke|break|breaking|took|take|taking|prised|pried|unscrewed|unscrewing) (?:apart |open )?(?:a |the |my |another )?(?:pencil )?sharpeners?\b|\bblades? out of (?:a|the|my) (?:pencil )?(?:sharpener|razor)\b|\b(?:got|get|getting|took|take|taking) (?:the|my|a) (?:blades?|razors?|razor blades?) out\b(?! (?:to|for) (?:shave|shaving|cook|open|cut (?:the|a) \w+))/,
      /\b(?:sitting|sat|sit|sitting up)\b (?:in|inside) (?:the|my) (?:garage|car)\b[^.!?]{0,40}\b(?:engine (?:on|running)|car keys|keys|hose|thinking about it)\b/,
      /\b(?:stood|standing|sat|sitting) on (?:the|a) (?:roof|rooftop|ledge|bridge|edge)\b(?= (?:last night|again|for ages|for an hour|for a while|and (?:thought|looked down|looked over|counted))\b)/,
    ),
    unless:
      /\b(?:shav\w*|cook\w*|craft\w*|fireworks|sunset|sunrise|views?|stars|party|smoke|smoking|phone|music)\b/,
  },

  {
    id: 'en.means-more',
    category: 'explicit',
    pattern: anyOf(
      p(
        '\\b(?:{MEANS})\\b[^.!?]{0,30}\\b(?:to add to (?:the|my) (?:rest|pile|stash|collection|others|box)|add(?:ed|ing)? (?:them |it )?to (?:the|my) (?:pile|stash|collection|rest|box))\\b|\\b(?:take|taking|swallow|swallowing|down|downing|neck|necking|took|swallowed|downed|necked) (?:every|each|all the|all of the|every single) (?:pill|pills|tablet|tablets|meds|capsules?)\\b|\\b(?:take|taking|swallow|swallowing|took|swallowed|downed|necked) (?:everything|all|whatever|the lot) (?:in|from) (?:the|my|our) (?:medicine |bathroom )?(?:cabinet|cupboard|drawer|box|bag)\\b|\\b(?:swallowed|downed|necked) (?:a|two|three|half a|a full) (?:bottle|packet|box|strip|tub|jar|pack)s? of (?:my |the )?(?:{MEANS})\\b|\\b(?:getting|get|ordering|ordered|order|buying) (?:a|some|the) (?:rope|noose)\\b|\\bhose(?:pipe)?\\b[^.!?]{0,20}\\bexhaust\\b|\\b(?:fill|filled|filling|refill\\w*|order\\w*|request\\w*|collect\\w*) (?:my |the )?(?:prescriptions?|repeats?|scripts?) early\\b[^.!?]{0,30}\\b(?:enough|extra|spare|stock|more)\\b|\\b(?:skipping|skipped|not taking|stopped taking|pretending to take|spitting out|spat out)\\b (?:my |the )?(?:{MEANS})\\b[^.!?]{0,30}\\b(?:keeping|saving|hiding|stashing|putting aside|kept|saved|hid) (?:them|it)\\b',
      ),
      /\b(?:keep|kept|keeps|been|i'm|i was) (?:looking|staring|stare) at (?:the|my|a|that) (?:razor|blade|blades|razors|knife|pills|tablets|rope|noose|bottle of pills)\b(?! (?:of|on|in)\b)/,
    ),
    unless:
      /\b(?:vet|the dog|the cat|antibiotics?|course of|prescribed|tent|boat|climbing|swing|skipping rope|camping|garden|washing|vitamins?|multivitamin|shav\w*|cooking|chef)\b/,
  },
  {
    id: 'en.intent-slang',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:want|wanna|going|gonna|ready|need) (?:to )?(?:just )?end me\b(?= ?(?:$|[.!?,;]))|\b(?:not|never) wak(?:e|ing) up (?:on purpose|deliberately)\b|\b(?:might|may) as well (?:just )?(?:be dead|die|not exist|not be here|end it)\b|\bmade (?:myself|my \w+) bleed\b|\bmake (?:myself|my \w+) bleed\b(?! (?:by accident|accidentally)\b)|\b(?:kms|kys) is what i\b|\b(?:thinking about|want|wanting|ready for|planning|dreaming of|craving|longing for) (?:the|a|my) (?:forever|eternal|permanent|endless) (?:nap|sleep|rest|snooze)\b|\b(?:stop|stopped|stopping|not) (?:eating|drinking|taking my \w+)\b[^.!?]{0,20}\b(?:until|till) i (?:die|'m dead|drop dead|waste away)\b/,
      /\b(?:leave|leaving|left|write|writing|wrote|written) (?:a |some |the )?(?:letters?|notes?) explaining (?:everything|why|it all)\b|\bthe (?:letters|notes|note|letter) (?:are|is|'s) (?:all )?(?:written|done|finished|ready)\b(?= ?(?:$|[.!?,;]))|\b(?:you|nobody|no one|no-one|anyone|they)(?:'ll| will)? (?:won't|will not|wont|never) (?:hear from|see) me again\b|\b(?:won't|will not|wont) (?:still )?be alive (?:by|for|at|on|in|to see|next)\b/,
    ),
    unless:
      /😂|🤣|\b(?:lol|lmao|haha\w*|jk)\b|\b(?:period|nosebleed|blood test|donat\w*|gym|diet|fasting|ramadan|invitations?|cards|wedding|application|cover letter|references|thank you|holidays?|vacation|trip|abroad)\b|\bagain (?:until|till|for (?:a|the)|before|after|once|this (?:week|month|year))\b/,
  },

  {
    id: 'en.act-more',
    category: 'explicit',
    // Plans, close calls and aftermaths told in passing.
    pattern: anyOf(
      /\b(?:want|wanna|wish|need|going|gonna) (?:too|2|ta) (?:just )?(?:die|be dead|kill myself|end it)\b|\b(?:tried|trying|try|going|gonna|want|wanted|about) to od\b|\b(?:had|have|got|get|getting|needed|need) (?:to (?:have|get) )?my stomach pumped\b|\b(?:ambulance|paramedics|999|911|a&e)\b[^.!?]{0,40}\bafter i (?:took|swallowed|cut|tried|jumped|od'd|overdosed)\b|\b(?:this|so|that|very|really) close to (?:jumping(?! (?:for joy|up|in|into|ship|the gun|on|at))|ending it|doing it|killing myself|taking (?:them|the pills|it all)|going through with it|cutting|hanging myself)\b/,
      /\b(?:i was|i'm|i am|i got|got|i climbed|climbed) (?:up )?(?:on|onto|out on(?:to)?) (?:the|a) (?:ledge|parapet|cliff edge|railings|wrong side of the (?:railings|barrier|fence))\b(?! of (?:the|a|my) (?:pool|bath|shelf|fireplace|window|sink|counter|stage|bed)\b)|\b(?:got|i got|made it) as far as the (?:roof|rooftop|bridge|ledge|edge|cliff|tracks|platform edge|top floor)\b|\b(?:test|tested|testing|check|checked|checking) (?:if|whether|that) (?:the|a|my) (?:beam|rail|hook|door|bannister|banister|branch|pipe|rope|belt|loft hatch) (?:would|could|will|can) (?:hold|take) (?:me|my weight)\b|\bthe (?:rope|belt|cord|noose|ligature|branch|beam) (?:was too short|snapped|broke|gave way|didn't hold|wasn't strong enough)\b/,
      /\b(?:bought|buying|buy|got|ordered|getting|order) (?:myself )?(?:a |some |new |more |a new |fresh |another )+(?:razor )?blades?\b(?! (?:for (?:my|the|a) (?:razor|stanley|knife|saw|cutter|mower|shaver|trimmer|craft)|for work)\b)|\bfor when i'm ready\b(?<=\b(?:pills|tablets|meds|rope|blades?|razors?|vodka|paracetamol|insulin|stash)\b[^.!?]*)/,
      /\b(?:i've|i have|i) (?:finally )?decided (?:to die|to end (?:it|my life|things)|to kill myself|to go through with it)\b(?! with\b)|\b(?:when|once|after|while) (?:everyone|everybody|the house|no ?one|nobody|they|my \w+|mum|mom|dad|the kids)(?:'s| is| are|'re| will be| has| have)? (?:\w+ )?(?:asleep|out|away|gone|empty|at work|at school|in bed|at their \w+|left)\b[^.!?]{0,30}\b(?:i'm going to|i'll|i will|i'm gonna|gonna|i can) (?:do it|end it|go through with it|finally do it)\b/,
      /\b(?:don't|do not|can't|cannot) trust myself (?:tonight|right now|anymore|any more|today|at the moment|at the minute|this weekend|alone)\b|\b(?:can't|cannot|won't|couldn't) promise (?:i'll|i will|to|that i'll) (?:be|stay|keep (?:myself )?) ?(?:safe|alive|here)\b|\b(?:can't|cannot|won't) promise (?:i won't|not to|that i won't) (?:do (?:anything|something)|hurt myself|act on)\b|\b(?:scared|afraid|terrified|frightened|worried) (?:of|about) what i(?:'ll| will| might|'d| could) do to myself\b/,
    ),
    unless: anyOf(
      THING_ENDED,
      /\b(?:shav\w*|craft\w*|lino|scalpel for|climbing|abseil\w*|roofer|scaffold\w*|work(?:ing)? on the roof|fixing|gutters?|concert|gig|party)\b/,
    ),
    negationProof: true,
  },

  {
    id: 'en.plan-alone',
    category: 'explicit',
    about: 'self',
    // Waiting for the house to empty: "the kids will be at their dad's so I can do it then".
    pattern:
      /\b(?:will be|'ll be|are|is|'s|'re) (?:at|away|out|asleep)\b[^.!?]{0,30}\bso i can (?:do it|end it|go through with it)\b|\b(?:i'll|i will|i'm going to|i'm gonna|gonna) (?:do it|end it|go through with it)\b[^.!?]{0,15}\b(?:once|when|while|after) (?:my \w+|mum|mom|dad|the kids|everyone|everybody|they)(?:'s| is| are|'re| has| have)? (?:\w+ )?(?:at work|at school|out|away|asleep|in bed|gone|left)\b|\bi(?:'ve| have) made up my mind\b[^.!?]{0,20}\b(?:i'm doing it|i'll do it|i'm going to do it|doing it)\b/,
    unless:
      /\b(?:i mean|surprise|cake|clean\w*|tidy\w*|homework|present|gift|party|laundry|decorat\w*|paint\w*|hoover\w*|call|ring|phone)\b/,
  },

  {
    id: 'en.ask-method',
    category: 'explicit',
    // Questions about doses, heights and ways, and wishes in other words.
    pattern: anyOf(
      p(
        '\\b(?:would|will|could|is|are|does|do) (?:\\d+|ten|twenty|thirty|forty|fifty|a hundred|a (?:packet|box|bottle|strip) of) (?:of (?:my |the |these |those )?)?(?:{MEANS})\\b[^.!?]{0,20}\\b(?:do it|be enough|kill (?:me|you|someone)|be lethal|be fatal)\\b',
      ),
      /\bhow (?:high|tall|far|long|deep|much|many)\b[^.!?]{0,40}\b(?:to die|to kill (?:you|me|yourself|myself)|(?:is|be) (?:fatal|lethal))\b/,
      /\b(?:want|wanna|hope|hoping|wish|going to|gonna|ready to|just)\b(?: i)?(?: \w+)? (?:cark|kark) it\b|\b(?:want|wanna|wish|need|just want|really want) (?:to )?(?:just )?be gone\b(?= ?(?:$|[.!?,]|for good|forever|already|now|tbh|honestly))|\b(?:happy|glad|content|relieved|more than happy) to (?:just )?(?:not exist|not be alive|not wake up|stop existing|die|be dead)\b(?! (?:for|on|in|with|of|laughing)\b)/,
    ),
    unless:
      /\b(?:plane|flight|water|food|sleep|cat|dog|plant|fish|hamster|dinosaurs?|quiz|exam|class|module|period|pain|headache|migraine|cramps|fever|toothache|back|hangover|cold|flu)\b|😂|🤣|\b(?:lol|lmao|haha\w*)\b/,
  },

  {
    id: 'en.algospeak-more',
    category: 'explicit',
    // Words bent past the spelling fixer, and new euphemisms.
    pattern: anyOf(
      /\b(?:comm?itt?(?:ing|ed|s)?|commit) (?:sudoku|seppuku|toaster bath|sewer ?slide)\b|\bsewer[- ]?slid(?:e|ing|ed)\b|\byeet(?:ing|ed)? myself (?:off (?:a|the|my) (?:bridge|roof|cliff|building|balcony|ledge|car park)|into (?:the sun|traffic|oncoming|the (?:river|sea|canal) for good)|in front of)\b/,
      /\b(?:press|hit|flip|pull|switch) (?:the )?(?:off switch|off button|plug) (?:on|of) (?:my life|myself|me|my existence)\b|\bswitch (?:myself|me) off (?:for good|permanently|forever)\b/,
      /\b(?:wnt|wnat|wamt|wabt|wana|wannna|wanr|wan) (?:to |2 |too )?(?:die|kill myself|be dead|end it)\b|\bend it al\b|\bend (?:my|me) (?:lfie|lief|liife|lyfe|lif|lfe|lyf|liffe)\b|\b(?:want|wanna|wish|need|going|gonna) (?:to |2 )?(?:just )?(?:dy|deid|dei|di|diee|dieing|dyee)\b(?= ?(?:$|[.!?,]|so|now|already|tonight|honestly|tbh|rn|right now))|\b(?:takin|jumpin|hangin|overdosin|endin|killin|cuttin|slittin) (?:all my (?:pills|tablets|meds)|off (?:the|a) (?:bridge|roof|cliff)|my ?self|myself|it all|my life)\b|\bself[- ]?harm(?:in|n)\b|\b(?:want|wanna|ready) to be (?:done|finished) (?:living|existing|with (?:life|living|it all|being alive))\b|\b(?:i'm|i am) (?:so |fully |completely )?prepared to die\b(?! (?:for|on|in|of)\b)|\bend (?:my|the|all (?:my|this)|this) (?:suffering|pain|misery|torment|existence) (?:tonight|soon|today|this week|now)\b|\bwant out (?:permanently|for good|forever|of (?:everything|existence|being alive))\b|\b(?:iwant(?:to|2)(?:die|killmyself)|iwanna(?:die|kms)|killmyself|wanttodie|wannadie|endmylife)\b|\bwant to di\b(?= ?(?:$|[.!?]))/,
      /\b(?:thinking about|think about|want|wanting|ready for|planning|dreaming of|craving|longing for) (?:(?:the|my) (?:big|long|forever|eternal|permanent|endless) (?:sleep|dirt nap)|(?:the|a|my) (?:forever|eternal|permanent|endless|dirt) (?:nap|sleep|snooze))\b/,
    ),
    unless:
      /😂|🤣|\b(?:lol|lmao|haha\w*)\b(?![^.!?]*\b(?:not joking|i mean it|fr|seriously)\b)|\b(?:bed|sofa|couch|pool|novel|chandler|film|book|game|nap time|toddler|baby)\b/,
  },

  {
    id: 'en.figurative',
    category: 'explicit',
    // A place that calls, God helped along, the thing with the blade: intent said in pictures.
    pattern: anyOf(
      /\b(?:sea|river|water|ocean|tracks|bridge|edge|cliffs?|drop|canal|lake|rope|pills|blade|razor|train)(?:'s| is| has| have| keeps| kept| are)?(?: been)? (?:calling|whispering|pulling)(?: to)? (?:me|my name|at me)\b/,
      /\b(?:help|helping|helped) (?:him|god|it|things|nature|death|the lord) along\b(?<=\b(?:lord|god|die|dying|death|take me|gone|end)\b[^.!?]*)|\bspeed (?:things|it|the process|this) up\b(?=[^.!?]*\b(?:god|lord|death|dying|taking (?:too|so) long)\b)|\bone[- ]way ticket to (?:beachy head|the gap|the cliffs?|the bridge|the coast|the sea)\b|\b(?:be|is|'s|'d be|would be) a good (?:day|night) to die\b(?! (?:for|in|lol)\b)/,
      /\b(?:doing|did|do|done) (?:the|that) thing (?:again )?with (?:the|a|my) (?:compass|razor|blade|blades|lighter|scissors|sharpener|knife|pills)\b|\b(?:let|watched) (?:\w+|\d+) trains? (?:go|pass|come)\b[^.!?]{0,40}\b(?:edge|yellow line|platform|close)\b|\b(?:standing|stood|stand) (?:right|too close|close) (?:at|to|on) the (?:edge|platform edge|yellow line|tracks)\b/,
      /\b(?:practi[sc]ing|practi[sc]ed|tying|tied|learning) (?:the|a) (?:knot|noose|slip ?knot|hangman's knot)\b(?<!\btied the knot)|\b(?:measured|measuring|checked|checking|tested|testing|looked at|looking at) (?:the height of|how (?:high|strong|sturdy) (?:the|my|a))\b[^.!?]{0,30}\b(?:stairwell|bannister|banister|balcony|rail|beam|hook|bridge|roof|window|drop|loft|door)\b|\b(?:i've been|i'm|i was|i've) (?:picking|choosing|scouting|finding) (?:the|a) (?:spot|place|location)\b(?= ?(?:$|[.!?,;]|for it|to do it))/,
    ),
    unless:
      /\b(?:booked|book|week in|weekend|beach|summer|swim\w*|surf\w*|seaside|cornwall|paddle\w*|scouts?|sailing|boat|climbing|wedding|tied the knot|holiday|hiking|walking|fishing|trek|picnic|camp\w*|diy|shelf|curtain|blinds|star trek|klingon|lol|lmao|haha\w*|😂)\b/,
  },

  {
    id: 'en.denied-do-it',
    category: 'explicit',
    // "I'm not going to do it... probably": the words are a denial, so the negation rule cancels them
    // unless the message hedges; a hedged denial of "doing it" is read as risk.
    pattern:
      /(?<=\b(?:i'm|i am|i|i'd) (?:not going to|not gonna|won't|wouldn't|would never|will never|will not|would not|never) (?:actually |really |ever )?)do (?:it|anything)\b(?= ?(?:$|[.!?,;]|\.\.\.| (?:i think|probably|maybe|i guess|yet|i promise|while|as long as|until)\b))/,
  },
  {
    id: 'en.means-close',
    category: 'explicit',
    pattern: anyOf(
      /\bkeep(?:ing|s)? (?:the|my|all the|all my) (?:pills|tablets|meds|blade|blades|razor|razors|rope|paracetamol|painkillers) (?:close|near|nearby|within reach|by my bed|next to me|on me)\b/,
      /\bi(?:'ve| have)? (?:got |have )?(?:the|my|all the|all my|a) (?:pills|tablets|meds|blade|blades|razor|razors|rope|paracetamol|painkillers|knife|gun) (?:right here|in my hand|in front of me|next to me|beside me)\b(?= ?(?:$|[.!?,;]|now|ready|tonight))/,
      /\b(?:he|she|they)(?:'s| has| have|'ve)? (?:got |has |have )?(?:the|his|her|their|all the|all his|all her|a) (?:pills|tablets|meds|blade|blades|razor|razors|rope|paracetamol|painkillers|knife|gun) (?:right there|in (?:his|her|their) hands?|in front of (?:him|her|them)|next to (?:him|her|them)|beside (?:him|her|them))\b(?= ?(?:$|[.!?,;]|now|ready|tonight))/,
      /\b(?:gun|pistol|rifle|shotgun|revolver)(?:'s| is)? loaded\b[^.!?]{0,30}\b(?:in my (?:lap|hand|hands|mouth)|next to me|on my (?:lap|bed|knee|knees))\b/,
      /\b(?:want|wanna|wish|need) (?:i could |to )?(?:just )?stop waking up\b|\b(?:nice|good|easier|better|a relief|peaceful|lovely) (?:to )?(?:just )?(?:not (?:to )?exist|not be (?:here|alive|around) any ?more|stop existing|not wake up)\b(?! (?:on|in|at|for a|online|early|late)\b)|\b(?:i've|i have) (?:thought|been thinking) about how\b(?= ?(?:$|[.!?]| i'd do it| to do it| i would do it))/,
    ),
    unless: /\b(?:seizures?|epilep\w*|asthma|inhaler|allerg\w*|migraines?|diabet\w*)\b/,
  },

  {
    id: 'en.there-now',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:i'm|i am|sitting|sat|standing|stood|lying)\b[^.!?]{0,30}\bwith (?:the|a|my) (?:rope|noose|belt and|cord|ligature|pills|tablets|blade|razor)\b(?= ?(?:$|[.!?,;]|now|again|tonight|right now))/,
      /\b(?:i'm|i am) (?:at|on|up on|on top of|by) (?:the|a) (?:bridge|roof|rooftop|ledge|cliff|cliffs|car park roof|top of the car park|multi-storey|overpass|viaduct|tracks|railway|edge)\b[^.!?]{0,10}\b(?:now|right now|alone|again)[.!]*$/,
    ),
    unless:
      /\b(?:meet\w*|waiting for (?:you|him|her|them|my)|work\w*|fixing|party|view|sunset|sunrise|drinks|smok\w*|camping|tent|climbing|boat|gym|skipping|vitamins?|photos?)\b/,
  },

  {
    id: 'en.self-harm-more',
    category: 'explicit',
    // Self-harm told with other words, tools and counts.
    pattern: anyOf(
      p(
        '\\b(?:carve|carved|carving|scratch\\w*|etch\\w*|cut|cutting)\\b (?:\\w+ ){0,3}into (?:my|her|his|their)(?: own| inner| upper| lower)? (?:{BODY})\\b|\\b(?:rubbed|rub|rubbing|scrubbed|scrubbing) (?:my )?(?:{BODY}|skin) raw\\b',
      ),
      /\bpull(?:ed|ing|s)? (?:my )?hair out\b[^.!?]{0,40}\b(?:punish|on purpose|till|until|bled|to feel)\b|\b(?:give|gave|giving) myself (?:bruises|cuts|burns|scars|marks|black eyes?)\b|\bsh-(?:ing|ed|d)\b|\bi (?:cut|burned|burnt|scratched|sh'd|relapsed) (?:last (?:week|weekend|month|\w+day)|on \w+day|this week|at the weekend)\b|\b\d+ (?:days?|weeks?|months?) clean\b[^.!?]{0,20}\b(?:gone|ruined|over|lost|reset|back to (?:zero|day one|0))\b|\bmy (?:cutting|self[- ]?harm\w*|burning|scratching)\b(?! (?:board|tool|machine|mat|edge|skills|awareness)\b)|\bpunish(?:ed|ing)? myself (?:by|with) (?:cutting|burning|hitting|scratching|starving|hurting)\b|\b(?:stitches|steri-?strips|glued)\b[^.!?]{0,40}\b(?:i did it (?:to )?myself|did it on purpose|self-inflicted)\b/,
    ),
    unless: anyOf(
      TOPIC,
      /\b(?:cutting (?:board|edge)|tattoo|wood|pumpkin|soap|ice sculpture|diet|carbs|sugar|smoking|drinking|coffee|my burning (?:question|desire|ambition))\b/,
    ),
  },

  {
    id: 'en.goodbye-more',
    category: 'explicit',
    // Notes left to be found, last messages and farewells said for good.
    pattern: anyOf(
      /\bmy note(?:'s| is)? (?:in|on|under) (?:the|my) \w+ for (?:my \w+|mum|mom|dad|them|everyone)\b|\b(?:left|leaving|written|wrote|writing) instructions for (?:the|my) (?:cat|dog|pets?|kids|plants|funeral)\b|\bfor (?:them|someone|my \w+|mum|mom|dad|you) to find\b(?= ?(?:$|[.!?,;]|after|afterwards|when))|\bto (?:hear|read|watch|see|open) (?:after|afterwards|when i'm gone|once i'm gone)\b(?= ?(?:$|[.!?,;]))/,
      /\bif (?:you're|you are|anyone's|anyone is|someone's|someone is) reading this,? (?:i'm|i am|i've|i have) (?:already )?(?:gone|dead|no longer here|done it)\b|\b(?:sent|sending|posted|wrote|writing) my (?:last|final) (?:texts?|messages?|posts?|tweets?|letters?)\b|\b(?:to say|saying|i say) (?:thank you|thanks|sorry) and (?:goodbye|bye)\b|\bfarewell,? (?:everyone|everybody|all|world|friends|cruel world)\b|\bsee (?:you|ya|u) never\b|\bhave a (?:nice|good|great) life,? (?:everyone|everybody|all|guys|all of you)\b|\b(?:i'm|i am) checking out (?:tonight|today|soon|now)\b(?= ?(?:$|[.!?,;]))/,
    ),
    unless:
      /\b(?:easter|eggs?|treasure|hunt|surprise|present|gift|birthday|card|hotel|room|airbnb|library|shop|store|flight|last day|office|team|cake|leaving do|farewell (?:party|drinks|do)|retir\w*|new job|moving|lol|lmao|haha\w*|jk|ex|spam)\b|😂|🤣/,
  },
  {
    id: 'en.goodbye-soft',
    category: 'indirect',
    pattern:
      /\b(?:please )?tell (?:my \w+|mum|mom|dad|everyone|them) (?:that )?i'm sorry\b(?= ?(?:$|[.!?;]))|\bthis is it for me\b(?= ?(?:$|[.!?;]))/,
    unless: /\b(?:late|missed|forgot|party|game|season|job|race|career|holiday|trip|lol|haha\w*)\b/,
  },

  {
    id: 'en.means-hoard-more',
    category: 'explicit',
    pattern: anyOf(
      p(
        "\\b(?:kept|keeping|keep|stored|storing|store|hoard\\w*)\\b (?:all )?(?:of )?(?:my|the) (?:old |leftover |spare |unused |extra )(?:{MEANS}|prescriptions|pills)\\b|\\b(?:drawer|box|bag|tin|shoebox|cupboard)(?:ful| full| stuffed| packed) (?:of|with) (?:old |leftover )?(?:{MEANS}|prescriptions|pill packets)\\b|\\b(?:{MEANS})\\b[^.!?]{0,30}\\b(?:stored up|stored away|put by|piled up|stacked up|never throw (?:them |it )?(?:away|out)|don't throw (?:them |it )?(?:away|out)|a lot now|building up)\\b|\\bnever throw (?:away|out) (?:my )?(?:leftover|old|spare) (?:{MEANS})\\b|\\b(?:i've got|i have|i got|ive got|got|there's|there are) (?:hundreds|dozens|loads|tons|a stack|piles|a pile|a mountain) of (?:{MEANS})\\b|\\b(?:bought|buying|got) (?:another|one more|yet another) (?:box|packet|pack|bottle|strip)s? of (?:{MEANS})\\b|\\b(?:buying|bought|buy|getting|picking up)\\b (?:\\w+ )?(?:{MEANS})\\b[^.!?]{0,20}\\b(?:every|each|different) (?:shop|chemist|pharmacy|store|supermarket|one)\\b|\\bpocket(?:ed|ing|s)? (?:one|two|a few|some) of (?:my \\w+'s |her |his |the |my )(?:{MEANS})\\b",
      ),
      /\btake (?:one|a|two|half a) (?:less|fewer|pill less|tablet less)\b[^.!?]{0,30}\b(?:keep|save|hide|stash)\b|\bpretend(?:ing|ed)? to take (?:them|my (?:pills|tablets|meds|medication|\w+ine|\w+am)|it)\b|\b(?:bought|got|ordered|buying)\b[^.!?]{0,25}\b(?:and some|and a) (?:rope|noose)\b|\bi(?:'ve)? (?:just )?(?:got|bought|ordered) (?:a|my own) (?:gun|firearm|pistol|handgun|shotgun)\b(?= ?(?:$|[.!?,;]|now|today|yesterday))/,
    ),
    unless:
      /\bfor (?:my|a|the) (?:\w+ )?(?:cold|flu|headache|migraine|cramps|period|back|tooth|toothache|hangover|fever|pain)\b|\b(?:licen[cs]e|shooting club|hunting|clay|range|airsoft|nerf|paintball|water gun|glue gun|vet|dog|cat|expired|pharmacy returns?|take them back|dispose|disposal|climbing|boat|tent|swing)\b/,
  },

  {
    id: 'en.blade-attempt-more',
    category: 'explicit',
    // A blade kept or taken apart, and attempts told by their aftermath.
    pattern: anyOf(
      /\b(?:keep|kept|keeping|hid|hide|hiding|carry|carrying) (?:a |my |the )?(?:razor blade|blade|razor)s? (?:in|inside|under|behind) (?:my|the) \w+(?: \w+)?\b|\bmy (?:blade|blades|razor blade)s? (?:is|are|'s) (?:in|inside|under|behind|hidden)\b|\b(?:took|take|taking|broke|break|breaking) (?:the |a |my )?(?:razor|shaver|disposable razor)s? apart\b|\b(?:picked up|held|had|holding|grabbed) (?:the|a|my) (?:kitchen )?(?:knife|blade|razor|scissors)\b[^.!?]{0,40}\b(?:put it (?:down|back|away)|for ages|for an hour|in my hand)\b/,
      /\bthe (?:last|first|other) time i tried,? i (?:nearly|almost) died\b|\b(?:sectioned|hospitali[sz]ed|admitted|in (?:hospital|a&e|icu|psych))\b[^.!?]{0,20}\bafter i tried to\b|\bi (?:almost|nearly) did it (?:last night|tonight|today|yesterday|on \w+day|this week|again)\b(?= ?(?:$|[.!?;]))|\b(?:stopped|caught) myself at the (?:last second|last minute|last moment|edge)\b(?! (?:from|before)\b)|\bi survived,? (?:unfortunately|sadly|worse luck|annoyingly)\b|\bi woke up,? (?:which wasn't|that wasn't|and that wasn't) the plan\b|^i tried,? (?:but )?i woke up\b/,
    ),
    unless:
      /\b(?:clean\w*|fix\w*|repair\w*|shav\w*|cook\w*|chef|kitchen (?:drawer|block)|carving the|dinner|roast|craft\w*|exam|test|recipe|interview|diet|driving|sing\w*|jump(?:ed)? the queue|lol|haha\w*)\b/,
  },

  // ── Indirect warning signs ──────────────────────────────────────────────
  {
    id: 'en.no-point',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:what's|what is|whats|what even is|there's no|there is no|i see no|don't see|can't see|no|lost (?:the|any|all)|lost my|can't find (?:the|a|any))(?: even| the| any| a)? (?:point|reason|purpose|meaning|will)(?: in| of| to| for)? (?:anything|any of (?:it|this)|it all|going on|carrying on|trying|living|life\b(?! (?:admin|insurance|coach))|being alive|being here|existing|getting up|keep going|keeping going|continuing|waking up|me|staying|carry on|live|be alive|exist|go on|stay|try any ?more|me being here)|\bno point (?:trying|anymore|any more|in me|to me)\b|\bwhat(?:'s| is|s)? (?:even )?(?:is )?the point\b(?=\s*(?:$|[.!?,]|anymore|any more|of (?:it|any|me|anything|trying|life|living|going on|this|getting up|being)|in (?:anything|it|trying|living|going on|me)|honestly|seriously|tbh))|\b(?:run|ran|running) out of reasons to\b|\bnothing (?:left )?to live for\b|\b(?:life|living)(?:'s| is)? (?:not|isn't|ain't|no longer) worth (?:it|living)\b|\bnot worth living\b|\bpointless\b(?=[^.!?]*\b(?:all|everything|life|living|trying|it|anything|me|existing)\b)/,
      /\b(?:no|what's|what is|what would be|what'd be|where's|don't see|can't see|never any|never a|not any|isn't any|there's no|there was no|is there (?:any|a))\b(?:,? (?:the|a|any|really|actually|even|like|honestly|real|bloody|fucking|damn|single|more|much|of),?)* (?:point|reason|purpose|use)\b(?:,? (?:in|of|to|for|like|really|even|actually),?)* (?:me\b(?! (?:going|coming|doing|asking|calling|telling|getting|bringing|buying|waiting|trying to|being there|explaining))|my (?:life|existence|being here)|living|life\b(?! (?:admin|insurance|coach))|going on|carrying on|sticking around|staying (?:alive|here|around)|being (?:here|alive|around)|existing|any of (?:it|this)|anything|getting up|waking up|keep(?:ing)? going|it all)|\bwhat's the (?:bloody |fucking |damn )?use\b(?= ?(?:$|[.!?,]|any ?more|of (?:anything|it all|me|living|trying)))|\bthere (?:was|is|'s) never (?:been )?any point\b/,
    ),
    unless:
      /\bwhat(?:'s| is)? the point (?:of (?:the|this|that) (?:meeting|email|form|app|rule|exercise|homework|call|class|lecture))\b|\bto live for except\b[^.!?]{0,60}\b(?:lol|lmao\w*|haha\w*|kidding|jk|joking)\b/,
  },
  {
    id: 'en.hopeless',
    category: 'indirect',
    pattern: anyOf(
      /\bhopeless\b(?! (?:at|with|romantic|case at)\b)|\b(?:no hope|lost (?:all )?hope|without hope|given up hope|give up hope|gave up hope)\b(?! (?:for|of) (?:the|my|a) (?:team|match|game|bus|train|refund|parcel)\b)|\b(?:nothing|it|things|life|this|i) (?:is|are|will|'s|'ll)? ?(?:ever |never )?(?:going to |gonna )?(?:never )?(?:get|be|change|improve) (?:any )?better\b(?=[^.!?]*\b(?:never|nothing|for me|i know|won't|not going to)\b)|\b(?:it|things|nothing|life) (?:will|is going to|'s going to|'ll) never (?:get|be|change|improve)\b|\bnever (?:going to |gonna )?gets? better\b|\b(?:don't|do not) (?:think|believe|reckon) (?:i'm|i am|i'll|i will|things are|things will|it's|it is|it will|this is|this will) (?:ever )?(?:going to |gonna )?(?:get|be|feel) (?:any )?(?:better|okay|ok|well|normal)\b(?! (?:grades|marks|at|than|soon|tomorrow|by)\b)|\bno future\b(?! (?:tense|proof)\b)/,
      /\bnothing(?:'s| is| will)? ever (?:going to |gonna )?(?:get|be|change|improve)\b|\b(?:can't|cannot|don't) see (?:it|things|anything|life|this) (?:ever )?(?:getting|being|changing|improving|going to (?:get|change))\b|\bstopped (?:expecting|hoping for|believing in) (?:anything|things to|it to)\b|\b(?:it|life|everything|things) (?:always )?(?:goes|go|went) back to (?:grey|gray|black|nothing|the same)\b|\b(?:i'll|i will|i'm) never (?:going to |gonna )?be (?:happy|okay|ok|better|well|normal)\b(?! (?:with|about|at|in)\b)|\b(?:knackered|fed up|sick|done) with (?:life|living|existing)\b/,
      /\b(?:i'm|i am) (?:beyond|past) (?:help|saving|repair|fixing)\b(?! (?:with|when|in)\b| at (?!this point\b))(?![^.!?]*\b(?:lol|lmao|haha)\b)/,
    ),
    // "Last week I said I felt hopeless. This week's better": a feeling reported as past.
    unless:
      /\bhopeless at \w+|\bno future (?:in|at|with) (?:that|this|the) (?:company|job|role|relationship|team|place|field|industry)\b|\blast (?:week|month|time|session) i (?:said|wrote|told \w+) i (?:felt|was) hopeless\b|\b(?:mentioned|said|wrote|told you)\b[^.!?]{0,20}\bhopeless\b[^.!?]{0,30}\b(?:last|the other) (?:week|time|session)\b/,
  },
  {
    id: 'en.no-future',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:can't|cannot|don't|can not) (?:even )?(?:picture|imagine|see) (?:myself|me|a future|my future|any future)\b[^.!?]{0,50}\b(?:next year|in (?:five|5|ten|10|a few) years|future|old|older|still (?:being )?(?:here|around|alive)|being around|there's nothing|blank)\b|\b(?:don't|do not) think i'?l?l (?:still )?be (?:here|around|alive) (?:for|by|in|next|much|to see)\b|\bstopped making plans\b|\bsee myself\b[^.!?]{0,40}\bnowhere\b|\b(?:won't|wont|will not) (?:still )?be (?:here|around) (?:for|by|in|next|to see)\b|\bnot (?:be|being) around (?:for|by|in|next|to see|much longer)\b|\bthere's nothing (?:there|ahead) (?:when|for me)\b/,
      /\b(?:can't|cannot|can not|don't|couldn't) (?:even )?(?:picture|imagine|see|envision)\b[^.!?]{0,30}\b(?:next (?:month|year|christmas|summer|birthday)|(?:a|any|my) future\b(?! (?:with|at|in (?:this|the|that))\b)|the future for me|being (?:\d+|thirty|forty|fifty|old|older|around|alive|here)|growing old|getting old(?:er)?|turning \d+|myself (?:older|old|alive|around))|\b(?:for me|there) (?:there )?(?:is|'s) no tomorrow\b|\bno tomorrow for me\b|\b(?:run|ran|running) out of road\b|\bno (?:more |other |real )?reasons? (?:for |left )?(?:to|for) (?:live|living|stay|be here|keep going|go on|carry on|exist|be alive)\b/,
      /\b(?:scared|afraid|terrified|frightened) of (?:another|more|the next) (?:\w+ )?(?:years|decades) of (?:this|it|living|life|feeling like this)\b|\b(?:can't|cannot) (?:do|face|stand) (?:another|the next) (?:\w+ )?(?:years|decades) of (?:this|it|feeling like this)\b/,
      /\b(?:don't|do not) (?:plan|intend|expect) (?:on|to) (?:being|be) (?:here|around|alive) (?:for|by|in|next|much|this time)\b(?![^.!?]*\b(?:holiday|vacation|trip|moving|away)\b)/,
    ),
    unless:
      /\b(?:visiting|staying with|on holiday|working|work|job|career|company|here in(?! (?:a |an |\w+ )?(?:days?|weeks?|months?|years?|time)\b)|this town|this city|living here|moving|wedding|cancel\w*|hospital|holiday|trip|conference|back (?:on|in|next|when)|will message|when i'm back|off to|camping|festival|travel\w*|flying|catch up|no signal|abroad|away (?:at|in|on|for|with)|having (?:his|her|their|my) \w+ done)\b/,
  },
  {
    id: 'en.give-up',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:i've|i have|i|i'm|i am|just) (?:given|gave|give|giving) up\b(?=\s*(?:$|[.!?,]|on (?:everything|myself|me|life|living|trying|getting better|it all|the future|ever|any of it|people|hope)|completely|totally|for good|now|anymore|any more))|\bgive up on everything\b|\b(?:done|tired of|sick of|exhausted from) fighting\b|\b(?:have|got) nothing left\b(?! (?:in the|to (?:eat|wear|watch|read|do)|on my|in my (?:bank|account|wallet))\b)|\bnothing left (?:to give|in me|to fight (?:for|with))\b|\b(?:stopped|done|quit|finished) trying\b(?! (?:to|new|on|with|for|out)\b)|\bcan't fight (?:it |this )?any ?more\b|\bi'm done\b(?=\s*(?:$|[.!?,]|with (?:everything|it all|life|living|trying|being here)|for good))/,
      /\b(?:i've|i have|i|i'm|i am|just|been)(?: \w+ly| been| just)* (?:given|gave|giving) up\b(?=,? (?:bit by bit|slowly|on (?:everything|myself|life|living|me)))|\bgiving up\b[^.!?]{0,40}\bi (?:think i )?(?:finished|'m finished|am finished)\b/,
    ),
    unless:
      /\b(?:sugar|coffee|smoking|drinking|alcohol|meat|caffeine|chocolate|dairy|gluten|social media|instagram|tiktok|twitter|my seat|diet|the project|the course)\b|\b(?:told|tell|telling|texted|messaged|said to) (?:my |the )?(?:ex|boyfriend|girlfriend|bf|gf|him|her|boss|manager|landlord|coach|club|team) (?:that )?(?:i'm|i am) done\b/,
    // "I'm done!" told beside a piece of work handed in; not when the sentence beside it carries
    // anything dark.
    unlessBeside:
      /^(?![\s\S]*\b(?:nothing|pointless|no point|can't|cannot|anymore|any more|goodbye|sorry|end it|die|dead|kill\w*|hurt\w*|nobody|no one|no-one|alone|worthless|hate myself|give up|giving up)\b)[\s\S]*\b(?:handed in|submitted|turned in|sent off|uploaded|finished|filed|defended|passed) (?:my|the|our|all my|all of my|my last|my final|the last|the final) (?:\w+ )?(?:dissertation|thesis|essay|essays|coursework|assignment|assignments|portfolio|exam|exams|tax return|manuscript|final draft|viva|project)\b/,
  },
  {
    id: 'en.not-be-here',
    category: 'indirect',
    // Each verb carries its own guard: "be here at this party", "live with my parents" and
    // "wake up early" are everyday wishes, not risk.
    pattern: anyOf(
      /\b(?:don't|do not|didn't|did not|no longer|never|doesn't|does not|not) (?:really |even |actually |honestly |always )?(?:want|wanted|wanting|wants|wanna|wish|wished|feel like|care) (?:to )?(?:be alive|exist|be on this earth|be in this world|keep living|go on living|carry on living|see tomorrow|be anywhere|be here\b(?! (?:at(?! all)|in(?! this world)|with|for(?! much)|during|on (?:a|the|my)|if|when|while|tonight|today|this weekend)\b)|live\b(?! (?:with|in|at|near|on|there|here|abroad|alone|together|next to|close to|far from|under|somewhere|anywhere|by|like (?:him|her|them|my|that|those))\b)|be around(?= ?(?:$|[^a-z0-9' ]|any ?more|any longer|much longer|for much longer|for long))|wake up\b(?! (?:early|late|at(?! all)|before|so|too|for|in time|on time|when|to|until|till)\b)|continue\b(?! (?:with|the|this|my|our|therapy)\b))|\b(?:won't|will not) be (?:around|here) (?:for )?(?:much |very )?(?:longer|long)\b|\b(?:want|wish|wanna|need) to (?:just )?(?:stop existing|cease to exist|not exist|not be alive|not be here)\b|\b(?:hope|hoped|hoping|wish|wished|wishing|pray|prayed|praying)(?: that)? (?:i|i'd|i'll|to) (?:just )?(?:don't|do not|never|not|won't|will not|wouldn't|would not|didn't)(?: ever)? wake(?: up)?\b(?! (?:up )?(?:early|late|at(?! all)|before|so|too|for|in time|on time|when|to|until|till)\b)|\b(?:so |really |just )?(?:tired|sick|done|exhausted|weary) (?:of|with) (?:being here|existing|living|life|being alive|being me|it all|everything)\b(?! (?:admin|in|at|as|on|with (?:my|the))\b)|\b(?:don't|do not) (?:want|wanna) to (?:be|exist) (?:right now|any ?more|anymore)\b/,
      /\b(?:don't|do not) want (?:this|my) life (?:any ?more|any longer)\b|\b(?:hate|done with) my life\b[^.!?]{0,30}\b(?:don't want it|want it (?:over|to end|gone))\b|\bhate (?:being alive|existing|that i'm (?:still )?alive|waking up (?:every day|alive))\b/,
    ),
    // Somewhere else named: "I wanted to be at the beach".
    unless: /\bwant(?:ed)? to be (?:at|in|on) (?:the|my|a|an|home|work|bed)\b/,
  },
  {
    id: 'en.burden',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:everyone|everybody|they|they'd|the world|my family|my kids|my parents|my partner|my wife|my husband|my friends|people|she|he|she'd|he'd|things|life|it|we|them)\b(?: all| just)?(?: would| 'd| will| 'll| might|'d|'ll)? (?:all )?(?:be|feel|have it|get) (?:so |much |a lot |far )?(?:better|lighter|happier|easier|relieved|free|freer|at peace|calmer|fine|okay|ok)(?: off)?\b[^.!?]{0,20}\b(?:without (?:me|him|her|them)|if i (?:just |simply )?(?:was|were|wasn't|weren't|was not|were not) (?:gone|dead|here|around|in the picture|alive)|when i'm (?:gone|not here|dead)|once i'm gone|if i (?:died|disappeared|left for good|wasn't around|weren't around))|\b(?:i'm|i am|i feel like) (?:just |such |only |a )?(?:a |such a )?(?:burden|weight|drain|dead weight)\b(?! (?:of|to carry) (?:the|a)\b)|\bdrag(?:s|ging)? (?:them|everyone|him|her|you|us|my \w+) down\b|\b(?:make|making|makes|made) (?:life|everything|things) (?:harder|worse) for (?:everyone|the people|them|my)\b|\bdeserves? (?:a|an|better)\b[^.!?]{0,30}\b(?:who doesn't|than me|instead of me)\b|\b(?:better|easier|lighter|happier) (?:off )?without (?:me|him|her|them)\b|\bif i (?:wasn't|weren't) (?:in the picture|around|here)\b/,
      /\b(?:i'm|i am|i feel like|feel like|i've become|being|such|just|only|nothing but)\b(?: \w+){0,3} (?:a |an )?(?:burden|millstone|albatross|dead weight|drain|liability)\b(?! (?:of proof|of the)\b)|\b(?:a|such a|just a|only a|constant|dead) (?:\w+ )?weight (?:on|to|round|around|for) (?:them|everyone|everybody|my \w+|her|him|you|us|people)\b|\b(?:isn't|is not|wasn't|doesn't have|without) (?:such )?(?:a |an )?(?:drain|burden|weight|problem|mess) (?:on|to|for)\b|\b(?:millstone|albatross) (?:round|around) (?:my|his|her|their|everyone's) \w+'?s? neck\b|\b(?:better|easier|lighter|happier|relieved|a relief|manage better|have more of everything|be fine|more money|more time|free)\b[^.!?]{0,40}\bif i (?:just |simply |finally )?(?:wasn't|weren't|was not|were not|'m not|am not|stepped out|disappeared|was gone|were gone|died|left for good|didn't exist|wasn't here|wasn't around|weren't around)\b|\bme not being (?:here|around|alive)\b[^.!?]{0,30}\b(?:relief|better|easier|favour|favor)\b|\b(?:step|stepped|stepping) out of the picture\b[^.!?]{0,20}\b(?:for good|forever|permanently)\b|\bi cost (?:everyone|them|my family|my parents|my kids|people) (?:so much|too much|everything)\b|\b(?:only|just|nothing but) (?:a )?(?:problem|trouble|nuisance|bother|worry|disappointment) (?:for|to) (?:them|everyone|everybody|my \w+|people)\b/,
      /^(?:just |only )?(?:a |an )?(?:burden|drain|dead weight|waste of space) (?:to|on|for) (?:everyone|everybody|them|my \w+|people|the people)\b/,
      /\b(?:better|easier|lighter|happier|relieved)\b[^.!?]{0,30}\bif i (?:just )?killed myself\b/,
      /\bi'm the problem (?:in|for) (?:everyone(?:'s)?|everybody's|my family's|their|all their) li(?:fe|ves)\b/,
      /\b(?:remove|take away|subtract|minus|delete|take out|cut out) me and (?:the|everything|everyone|it all|things|life|the world)\b|\b(?:i'm|i am) the problem\b[^.!?]{0,40}\b(?:solution|answer|fix) is (?:obvious|simple|clear)\b(?= ?(?:$|[.!?;]))/,
    ),
    unless:
      /\bburden on the (?:nhs|system|team|service)\b|\bburden when i (?:ask|call|text|need)\b|\bused to (?:feel|think|be)(?: like)? (?:a |such a )?burden\b/,
  },
  {
    id: 'en.vanish',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:disappear|disappeared|disappearing|vanish|vanished|vanishing|fade out|fade away|fading away|be gone|go away)\b(?: \w+)? (?:for good|forever|for ever|permanently|and never come back|and not come back|off the face of|from (?:this|the) (?:world|earth|planet))\b|\b(?:no ?one|nobody|no-one|nobody at all)(?: would| will|'d)?(?: even| actually| really| ever)? (?:notice|care|miss me|text|ask|realise|realize|come looking)\b[^.!?]{0,40}\b(?:if i|when i'm gone|if i'm gone|if i was|i'm gone)\b|\bif i (?:was|were|died|disappeared|vanished) (?:gone )?(?:tomorrow )?(?:no ?one|nobody)\b|\bno ?one would (?:miss|notice) me\b|\bwouldn't be missed\b/,
      /\b(?:disappear|disappeared|vanish|vanished|fade out|fade away|walk off|walk away|walk into the (?:sea|woods|bush|water)|drift away|slip away|go missing)\b[^.!?]{0,40}\b(?:for good|forever|for ever|permanently|(?:and|to) (?:just )?(?:not|never) (?:come back|return|be found)|off the face of)\b|\b(?:no ?one|nobody|no-one|not a (?:single )?(?:person|soul))\b[^.!?]{0,25}\b(?:notice|care|miss|realise|realize|come looking|know)\b[^.!?]{0,30}\b(?:if|when) (?:i|he|she|they) (?:was|were|wasn't|weren't|died|disappeared|vanished|drove off|jumped|'m gone|'s gone|is gone|am gone|was not|were not)\b|\bno ?one would (?:miss|notice) (?:me|him|her|them)\b/,
      // "…somewhere no one would come looking", with no break or trip named.
      p(
        '\\b{WISH_VANISH}\\b[^.!?]{0,30}\\b{NOBODY_LOOKING}\\b(?![^.!?]*\\b(?:holiday|vacation|trip|cabin|retreat|for (?:a|the|one|two) (?:week|weekend|day|night|fortnight|bit|while)|till|until)\\b)',
      ),
      /\b(?:if i|i could|i can) (?:vanish|vanished|disappear|disappeared|died|die|was gone|were gone)\b[^.!?]{0,10}\band (?:the|everyone|everybody|nobody|no ?one|the world|life|things)\b[^.!?]{0,30}\b(?:keep going|keeps going|carry on|carries on|go on|goes on|would notice|notice|care)\b/,
    ),
    unless:
      /\bif i (?:left|leave|skipped|skip|didn't (?:go|come|show)|missed|went home|stayed home|wore|didn't turn up)\b|\b(?:feeling|feelings|pain|thought|thoughts|anxiety|sadness|worry|worries|headache|itch|rash) to (?:disappear|vanish|go away|fade away)\b/,
  },
  {
    id: 'en.worthless',
    category: 'indirect',
    pattern: anyOf(
      /\bsorry (?:for|about) (?:existing|being alive|being born|being here|taking up space|being me|being a burden)\b|\bsorry i (?:exist|take up space|was born|am alive|'m alive|'m like this)\b|\b(?:i'm|i am|i feel like|feel like) (?:a |such a |just a |nothing but a )?(?:waste of (?:space|oxygen|air|life|skin)|worthless|useless piece|mistake that shouldn't)\b|\b(?:the world|everyone|no ?one|nobody|noone) (?:doesn't|does not|don't|would not|wouldn't)? ?needs? me\b|\b(?:world|life|things|everything|it all) would (?:tick along|go on|carry on|be|keep going) (?:fine|better|the same|just fine)? ?without me\b|\b(?:don't|do not) deserve to (?:be here|live|exist|be alive)\b|\b(?:shouldn't|should not) (?:be here|exist|have been born|be alive)\b/,
      /\bsorry (?:for|about|that|i)\b(?: \w+){0,2} (?:exist|existing|being (?:alive|born|here|me|in the room)|was (?:ever )?born|taking up (?:space|room|air|oxygen)|take up (?:space|room|air)|am alive|'m alive|breathing|needing anything)\b|\b(?:i'm|i am|i feel like|feel like)(?: just| such| only| nothing but)? (?:a |an )?(?:complete |total |utter )?waste of (?:everyone's |everybody's |my (?:parents'|family's) )?(?:space|oxygen|air|life|skin|time|money|breath|a life|a person)\b/,
      /\b(?:i'm|i am|i was|i feel like)(?: just| only| nothing but)? (?:a|one big|a big) mistake\b(?! (?:to|for|with|at|in|on|about)\b)/,
      // "I'm nothing.", "I add nothing to anyone's life": worth denied outright.
      /\b(?:i'm|i am|i feel like i'm|i'm just) (?:nothing|no one|nobody)\b(?= ?(?:$|[.!?,;]|to (?:anyone|anybody|nobody|no one|them|you)|at all))|\bi (?:add|bring|give|contribute|offer) nothing (?:to|into) (?:anyone|anybody|anything|anyone's|anybody's|the world|this world|people's)\b/,
    ),
    // "Worthless before my first coffee" is a morning, not a life.
    unless:
      /\bbefore (?:my )?(?:first )?(?:coffee|tea|cuppa|caffeine)\b|\b(?:till|until) (?:\d|i've had)\b|\bat (?:maths|math|cooking|football|parking|\w+ing)\b/,
  },
  {
    id: 'en.trapped',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:only|just) one way out\b|\bthe only (?:way out|escape|exit)\b(?! of (?:the|this|that) (?:meeting|car park|building|queue)\b)|\ba permanent (?:solution|way out|escape|fix|exit)\b|\bno way out\b(?! of (?:the|this|that) (?:meeting|contract|lease|car park|queue|deal)\b)|\b(?:trapped|stuck)\b[^.!?]{0,40}\b(?:no (?:exit|escape|way out|doors?)|forever|for ever|nowhere to go)\b|\b(?:feel|feeling|felt|i'm|i am) (?:completely |so |totally |just )?trapped\b(?! (?:in (?:traffic|a lift|the lift|the car|a meeting|the rain))\b)|\bcan't escape (?:this|it|my life|my head|myself)\b|\ba room with no doors\b/,
      /\b(?:only|just) one (?:exit|escape|door|solution|way out)\b|\bno (?:escape|exit)\b(?! (?:from|of) (?:the|this|that) (?:\w+ )?(?:meeting|music|rain|traffic|queue|heat|noise|song|ads?|emails?|contract|lease|deal|car park|building|in-laws)\b)(?=[^.!?]*\b(?:except|but|other than|apart from|obvious|only|left|trapped|stuck)\b)|\b(?:except|apart from|other than) the obvious (?:one|way|exit)\b|\b(?:in a|like a) (?:box|cage|room|hole|pit) with (?:no (?:doors|way out|exit|windows)|the lid (?:nailed )?(?:shut|closed))\b/,
      /\bway out except\b/,
    ),
    unless:
      /\btrapped in (?:this|my|a|the) (?:job|role|contract|lease|traffic|meeting)\b[^.]{0,30}\b(?:but|looking|until|new)\b|\b(?:trapped|stuck) in (?:this|my|a|the|that) (?:\w+ )?(?:job|role|contract|lease|traffic|meeting|lift|elevator|queue|call|lecture|conversation|webinar|seminar|car|train|airport|waiting room)\b|\bno way out of (?:the|a|that|this|my) (?:\w+ )?(?:chat|group|whatsapp|meeting|contract|deal|lease|membership|subscription|wedding|party|dinner|event|invite|invitation|trip|call|job|course)\b/,
  },
  {
    id: 'en.unbearable',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:can't|cannot|can not|couldn't) (?:bear|take|stand|handle|cope with|deal with|do|carry) (?:this|it|the pain|the shame|this pain|any of it|living|life|this life|another day|this anymore)? ?(?:any ?more|any longer)\b|\b(?:can't|cannot|can not) bear (?:it|this|the pain|the shame|this pain|the hurt)\b|\b(?:pain|shame|hurt|ache|guilt|grief|sadness|loneliness|emptiness|feeling|everything|life|it all|it|this) (?:is|feels|has become|'s) (?:so |just |completely )?(?:unbearable|too much to bear)\b|\b(?:want|need|wish) (?:it|this|all of (?:it|this)|it all|the (?:pain|hurt|hurting|ache|aching|feeling|feelings|thoughts|voices|suffering|torment|misery|noise in my head)) (?:to|would) (?:just )?(?:stop|end|go away)\b(?! (?:raining|snowing|ringing|being)\b)|\b(?:hurts|hurt) too much to (?:carry on|go on|keep going|live|be alive)\b|\b(?:can't|cannot) (?:go on|carry on|keep going|keep living|live)(?: like this| like that| this way)\b|\b(?:can't|cannot|can not|don't want to|no longer want to) (?:go on|carry on|keep going|keep living|go on living)\b(?=\s*(?:$|[.!?,;]|like (?:this|that)|any ?more|any longer|living|with (?:this|life|my life)|much longer))/,
      /\b(?:don't know|not sure|no idea|can't say) how (?:much )?(?:longer|long) i can (?:hold on|keep going|go on|carry on|survive|take it|take this|cope|last|keep (?:doing )?this up)\b|\b(?:can't|cannot|couldn't) live with (?:myself|what i(?:'ve)? (?:done|did)|the (?:shame|guilt|pain)|this (?:pain|shame|guilt))\b|\btoo much to (?:keep )?(?:living|live|bear|carry) with\b|\b(?:can't|cannot) face (?:anyone|anybody|people|the world|life|another day|tomorrow\b(?!')|living|being alive)\b(?=[^.!?]*\b(?:ever again|any ?more|any longer|not ever|again)\b|[^.!?]*$)|\b(?:can't|cannot) (?:cope|go on|carry on|keep going|hold on) any ?(?:more|longer)\b|\b(?:i'm|i am) (?:so |just )?(?:tired|sick|exhausted) of (?:being alive|existing|living|fighting to stay alive)\b/,
    ),
    unless:
      /\b(?:heat|weather|rain|cold|noise|traffic|commute|job|boss|printer|queue|decaf|coffee|crossword|puzzle|wordle|sudoku|level|homework|spreadsheet|essay)\b[^.]{0,40}\b(?:any ?more|any longer|impossible)\b|\b(?:any ?more|any longer)\b[^.]{0,20}\b(?:this|the) (?:crossword|puzzle|wordle|sudoku|level|homework|spreadsheet|essay)\b|\bstop for (?:a|one) (?:minute|second|moment|sec|bit)\b|\b(?:laptop|phone|car|boiler|battery|computer|printer|fridge|washing machine|kettle|van|bike|telly|tv)\b[^.!?]{0,15}\bcan't go on\b|\b(?:can't|cannot) (?:go on|carry on|keep going|take (?:it|this)|cope) (?:like this |any ?more )?with (?:the|my|our|these|this|that) (?:[\w']+ ){0,2}(?:neighbou?rs?'?|dog|dogs|barking|noise|landlord|builders|roadworks|commute|damp|mould|mold|heating|boiler|leak|printer|wifi|internet|traffic|rota|shifts|flatmate's \w+)\b|\b(?:ringing|calling|complaining to|emailing|reporting (?:it|them|him|her) to) (?:the )?(?:council|landlord|letting agent|environmental health|management|hr)\b/,
  },
  {
    id: 'en.passive-wish',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:if|hope|hoping|wish|wished|wouldn't mind if) (?:a |the )?(?:car|bus|lorry|truck|train|plane|van)\b[^.!?]{0,30}\b(?:hit|hits|would hit|crashed|crashes|went down|goes down|drifted|drifts|ran me over|runs me over)\b|\bwouldn't (?:mind|care|swerve|move|step back|complain|be (?:mad|upset|sad|bothered|sorry|angry|gutted))\b[^.!?]{0,30}\b(?:if (?:a|the|i)|hit|die|died|dead|crash|happen)\b|\b(?:wouldn't|would not) (?:swerve|move out of the way|get out of the way)\b|\bsleep forever\b|\b(?:go to sleep|fall asleep|sleep|drift off)(?: \w+){0,4} and (?:just )?(?:not|never) (?:come back|wake up|wake)\b|\b(?:want|wanted|wish|need) (?:everything|it all|it|the world|all of it|things|everything and everyone) to (?:just )?(?:stop|end|be over)\b(?! (?:raining|snowing|ringing|being|for (?:a|an|one|the) (?:minute|second|sec|bit|moment|while|day|night|hour|weekend|week|evening))\b)|\b(?:hoping|hope|wish|wished) (?:the scan|the results|the test|it) (?:shows?|is|comes back) (?:something serious|cancer|terminal|bad)\b|\bso (?:it's|it is|it'd be|it would be) over\b|\b(?:let|letting) it happen\b|\bwouldn't mind (?:dying|not waking up|if i died|being dead|if it ended|if i didn't wake)\b|\b(?:hope|hoping|wish) (?:i|something) (?:die|dies|get hit|gets me|kills me|doesn't wake)\b/,
      /\b(?:happily|gladly) (?:never|not) wake(?: up)?\b|\bif (?:i|a \w+|the \w+)\b[^.!?]{0,40}\b(?:died|die|dead|didn't wake|don't wake|never woke|crashed|came off|fell|hit me|got hit|get hit|didn't see me|ran me over|went down|got killed)\b[^.!?]{0,40}\b(?:(?:that|it|i)(?:'d| would) be (?:fine|alright|ok|okay|relieved|glad|happy|grateful)|i(?:'d| would) (?:count|call|take|see) it as an? \w+|(?:a|such a) (?:win|bonus|blessing|mercy)\b|(?:fine|alright|ok|okay) (?:by|with) me|wouldn't (?:be )?(?:the worst thing|so bad|mind|care)|a relief|a mercy)\b|\b(?:wouldn't|would not|won't) be (?:the worst thing|so bad|a bad thing|such a bad thing)\b[^.!?]{0,20}\bif\b[^.!?]{0,40}\b(?:died|die|dead|didn't wake|never woke|crashed|hit me|didn't see me|ran me over|got hit|wasn't here|was gone|didn't come back|killed|went down)\b|\b(?:hope|hoping|wish|wishing|pray|praying)\b[^.!?]{0,20}\b(?:cancer|tumou?r|illness|disease|heart attack|stroke|virus|fever|infection|flu|covid|pneumonia)\b[^.!?]{0,25}\b(?:comes back|gets me|takes me|kills me|finishes me|spreads|is terminal|out of my hands|gets worse|turns into something)\b|\b(?:so|then) (?:it'd|it would|it'll|it will|it's) be out of my hands\b|\b(?:it'd|it would|it'll|things would) be (?:easier|better|simpler) if i (?:just |simply )?(?:wasn't|weren't|didn't exist|was gone|were gone)\b(?= ?(?:$|[.!?,]|here|around|alive|anymore|any more|at all))/,
      /\b(?:wouldn't|would not|won't|don't|do not) (?:bother|mind|care)\b[^.!?]{0,20}\bif i (?:just |simply )?(?:didn't|did not|don't|never|won't) (?:wake|woke)(?: up)?\b|\bif i (?:just )?(?:didn't|never|don't) wake(?: up)?\b[^.!?]{0,30}\b(?:relief|a blessing|fine by me|okay by me|ok by me)\b|\bdeserves? (?:someone|somebody|a (?:home|family|person)) (?:who(?:'ll| will)|that(?:'ll| will)) (?:actually |still |always )?be (?:around|here|there)\b|\b(?:rest|sleep) (?:forever|for ever|for good|permanently)\b|\bsleep\b[^.!?]{0,30}\band (?:just )?(?:not|never) wake\b|\b(?:easier|better) (?:to|if i could) (?:just )?(?:not be (?:here|alive|around)|not exist|disappear for good|be gone)\b|\bwant (?:off|out of) (?:this ride|this planet|this world|this life)\b|\bwant (?:it|life|this|everything) (?:to be )?over\b(?= ?(?:$|[.!?,]|now|already|for good))/,
      /\b(?:wake|woke|waking) up (?:\w+ )?(?:disappointed|annoyed|angry|upset|gutted|sad|sorry)\b[^.!?]{0,20}\b(?:i did|i'm (?:still )?(?:alive|here)|to be (?:alive|here)|i woke(?: up)?|i'm awake)\b|\b(?:let|letting) the (?:water|waves|sea|tide|current|river) (?:win|take me|have me|pull me under|close over me)\b|(?<=\b(?:tide|current|waves|water|sea|drown\w*|pulling me under)\b[^.!?]*)\b(?:tired|sick|exhausted|worn out) (?:of|from) (?:trying to )?(?:swimming|staying afloat|stay afloat|keeping my head above water)\b/,
    ),
    unless:
      /(?<!wish |want to |if )\bi could (?:just )?sleep forever\b|\bwake up (?:till|until|before) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the weekend|next week|tomorrow|noon|lunch|christmas)\b/,
  },
  {
    id: 'en.farewell',
    category: 'indirect',
    pattern: anyOf(
      /\byou (?:were|have been|'ve been) (?:always |so |really |the only one who was )?(?:so )?(?:good|kind|nice|patient) (?:to|with) me\b|\bthank(?:s| you) for everything you (?:did|have done|'ve done|tried)\b|\byou made a difference\b|\b(?:won't|will not|wont|not going to) (?:be at|need|come to|make it to|be needing|see you at) (?:the |my )?(?:next|another|any more|future|next week's) (?:session|appointment|group|meeting|sessions|appointments)\b|\bor any (?:after|other) (?:that|session|one)s?\b|\b(?:tell|say to) (?:the group|everyone|them|my \w+) i said (?:bye|goodbye)\b|\b(?:won't|wont|will not) (?:need|be needing) (?:another|any more|the next|next week's|any)\b(?: \w+)?\b|\bthank you for (?:trying|everything)\b[^.!?]{0,40}\b(?:with me|i'm sorry|sorry|forgive me|it wasn't your fault)\b|\btake care of (?:my|the) (?:cat|dog|kids|children|mum|mom|plants|rabbit) for me\b/,
      /^goodbye[.!]*$|\bthank(?:s| you) for (?:everything|all of it|all you did|trying)\b[^.!?]{0,40}\b(?:you were|you tried|you did|you've been|you have been|the only one)\b|\byou (?:were|are|'re) the only (?:one|person) who (?:ever )?(?:tried|cared|listened|understood|helped)\b|\b(?:tell|say to) (?:\w+ ){0,2}i said (?:thanks|thank you|bye|goodbye|sorry)\b(?! for (?:the|my|a|that|this|your) \w+)|\b(?:won't|will not|wont|don't|not|never) (?:have to |need to |ever have to )?(?:worry|deal|put up) (?:about|with) me (?:much longer|for much longer|for long|any ?more|any longer|soon)\b|\b(?:tell|say|hear|know|thank)\b[^.!?]{0,30}\bwhile i (?:still )?(?:can|have the chance)\b|\bwhile (?:i'm|i am) still (?:here|around|alive)\b|\b(?:thank\w*|hug\w*|kiss\w*|said goodbye|saying goodbye)\b[^.!?]{0,40}\b(?:like|as if|as though) (?:it was|it were|it's|this was|this is) (?:the|our|their|his|her) last (?:time|day|goodbye)\b|\bthank(?:s|ing|ed)? (?:you |everyone |everybody |all |us all |us )?'?for (?:the|all the) memories\b|\bsaid my (?:bits|piece|goodbyes) to (?:the people|everyone|everybody|those|all)\b|\b(?:won't|will not|wont|not going to) be (?:doing|booking|coming to|at|attending|needing|around for|back for|joining) (?:the |my |any |a )?(?:next|another|future|more|other) (?:\w+ )?(?:session|sessions|block|appointment|appointments|group|prompt|prompts|check-?in|one|week)s?\b/,
      /\btell (?:everyone|everybody|them all|my \w+|mum|mom|dad) (?:that )?i love (?:them|her|him|you)\b/,
      // Read only to be silenced by the reasons below, so that the second reader leaves a plain absence alone.
      /\b(?:can't|cannot|won't|will not|not going to|unable to|not able to|i'll miss|going to miss|have to miss|need to miss|can't come to|won't make) (?:make |come to |attend |be at |do )?(?:it to )?(?:the |my |our |next week's |this week's |\w+day's )?(?:next )?(?:session|appointment|group|meeting|check-?in)\b(?=[^.!?]*\b(?:holiday|away|work|sick|ill|dentist|doctor|wedding|moving|covid|flu|garage|childcare|strike|shift|vet|visiting|kids?|son|daughter|exams?|conference|trip|operation|surgery)\b)/,
    ),
    // An absence with a reason is just an absence.
    unless:
      /\b(?:holiday|vacation|away|trip|travel\w*|sick|ill|work|conference|wedding|dentist|doctor|reschedule|rescheduled|next week(?!'s)|because of|as i'm (?:away|on|at|going)|moving|exams?|funeral of|surgery|operation|discharged|graduat\w*|finished therapy|ending therapy|last session was|better now|car(?:'s| is)? in the garage|garage|covid|flu|childcare|babysitter|strike|shift|vet|school run|visiting|(?:my|our) \w+'s (?:wedding|party|birthday|graduation)|kids? (?:is |are )?sick|(?:my|the|our) (?:kid|kids|son|daughter|child|baby|partner|wife|husband|mum|mom|dad)(?:'s| has| have| is| are)? (?:got )?(?:\w+ )?(?:\w+pox|measles|tonsillitis|covid|flu|sick|ill|poorly|a cold|a fever|a bug|a virus|norovirus|in hospital)|(?:son|daughter) is (?:sick|ill|poorly))\b/,
  },
  {
    id: 'en.affairs',
    category: 'indirect',
    // Things given away for a move or a retirement, or a will made for the family farm passing on,
    // said as the reason further on in the sentence ("…my plants, my fan and the kettle, because
    // I'm relocating"): past the guards' reach.
    pattern: new RegExp(
      `${MOVING_ON.source}(?!${WILL_FOR_SUCCESSION})(?:${
        anyOf(
          /\b(?:made|make|making|wrote|write|writing|updated|updating|sorted|sorting|drew up|drawn up|redid|did) (?:out )?(?:a |my )(?:will|living will)\b|\b(?:gave|give|giving|given)\b(?: away| me| him| her| us| them)? (?:my|all my|all of my|most of my|her|his|their|all (?:her|his|their)) (?:(?!old |spare |extra |outgrown )\w+ )?(?:cat|dog|pet|guitar|boots|things|stuff|belongings|possessions|books|records|vinyl|clothes|jewellery|jewelry|plants|rabbit|hamster|bird|fish|car|bike|games|console|camera|watch|ring)\b|\b(?:gave|give|giving|given) (?:\w+ )?(?:my|our) (?:cat|dog|pet|rabbit|guitar|bike|ring|watch)\b|\bfound (?:a )?(?:good |new |nice )?home for (?:my|the) (?:cat|dog|pet|rabbit|bird)\b|\b(?:planned|planning|plan|chose|chosen|picked|picking|choosing|sorted) (?:out )?(?:my|the songs for my|the music for my) (?:own )?funeral\b|\bmy funeral (?:songs|music|plans?|playlist|wishes)\b|\bwho gets what\b|\b(?:won't|will not|wont) (?:need|be needing) (?:it|them|any of (?:it|this|them))\b|\bwrote down (?:all )?(?:of )?my (?:passwords|pin|bank details)\b|\b(?:cancelled|canceled|cancelling|closing|closed|shut down) (?:all )?(?:of )?my (?:subscriptions|accounts|social media)\b[^.!?]{0,40}\b(?:passwords|for (?:my|him|her)|so (?:no ?one|nobody))\b|\b(?:put|putting|got|getting|get|'s put|has put|'d put) (?:my|his|her|their) affairs in order\b|\b(?:my|his|her|their) affairs (?:are|were|is|'re) (?:all )?(?:sorted|in order|settled|arranged|tied up)\b|\btying up (?:all )?(?:the )?loose ends\b/,
          /\bpasswords\b[^.!?]{0,40}\b(?:for|to) (?:my|him|her|them)\b|\b(?:songs|music|hymns?|readings?|flowers) (?:i'd|i would|i want|i'd like)\b[^.!?]{0,20}\b(?:at|for) my funeral\b|\bat my funeral\b(?![^.!?]*\b(?:lol|lmao|haha|joke|joking)\b)|\bwhich hymns? i'd like\b|\bwho (?:should |will |is to |gets to )?(?:have|get|gets|inherit|take)s? (?:what|my \w+)\b|\b(?:bank details|important papers|will and|insurance papers|deeds)\b[^.!?]{0,40}\b(?:for (?:my|him|her)|are|is)\b(?=[^.!?]*\b(?:told|left|showed|desk|folder|son|daughter|brother|sister)\b)|\b(?:gave|give|giving|given) (?:away )?(?:all |most of |some of )?(?:my|his|her|their) (?:\w+ )?(?:gear|tools|collection|furniture|paintings|medals|savings|wedding ring|ring|records|laptop|jewellery|jewelry)\b(?! (?:to (?:the )?charity|back)\b)|\bgiving (?:my|his|her|their) (?:things|stuff|belongings) away\b/,
          /\b(?:asked|asking|ask|arranged for|arranging for|sorted (?:it )?(?:with|for))\b[^.!?]{0,50}\b(?:keep|take|have|look after) (?:him|her|the (?:cat|dog|pet|rabbit|bird|hamster|parrot|budgie|tortoise|kitten|puppy)|my (?:cat|dog|pet|rabbit|bird|hamster|parrot|budgie|tortoise|kitten|puppy)) (?:for good|permanently|for keeps|forever)\b/,
          /\bfor my (?:own )?funeral\b(?![^.!?]*\b(?:lol|lmao|haha|joke|joking)\b)|\brehom(?:ed|ing|e) (?:my|the|our) (?:cat|dog|pet|rabbit|bird|hamster|kitten|puppy)\b|\b(?:cat|dog|pet|rabbit)(?:'s| is) going to (?:my|a) \w+\b|\bpaid off (?:all )?(?:of )?my debts?\b(?=[^.!?]*\b(?:closed (?:all )?(?:of )?(?:my )?accounts|cancelled|canceled|cancelling|tidy|finished|sorted everything|given away|going to)\b)|\b(?:closed|cancelled|canceled|cancelling|closing)\b[^.!?]{0,40}\bpaid off (?:all )?(?:of )?my debts?\b|\b(?:telling|told|showing|showed|shown|show|tell) (?:people|everyone|everybody|my \w+|him|her|them) where (?:all )?(?:my|the) (?:important )?(?:documents|papers|paperwork|will|passwords|bank details|insurance (?:papers|documents))\b(?! for (?:the|a|our) (?!will\b|funeral\b)\w+)/,
        ).source
      })`,
    ),
    unless:
      /\bpower of attorney\b|\b(?:i'm|i am|aged?|turned|she's|he's|they're) (?:[7-9]\d|a hundred)\b|\b(?:i'm|i am|aged?|turned) 6\d\b|\bwe (?:finally |just |have |'ve )?(?:made|wrote|did|sorted|updated|drew up) (?:a|our) wills?\b|\b(?:twins|newborn|guardians? for)\b|\b(?:holiday|vacation|surgery|operation|deployment|mov(?:e|ing) (?:to|house|abroad|overseas|interstate|back)|relocat\w*|emigrat\w*|while (?:i'm|we're|i am|we are) (?:away|on|at|in))\b|\bbefore (?:my|the|our) (?:trip|flight|op|travels)\b|\bbecause (?:he|she|they)(?:'s| is| are|'re) (?:learning|starting|into|getting into|taking up)\b|\b(?:library|(?:a|the|car boot|garage|yard|jumble) sale|car boot|ebay|vinted|freecycle|shelter|food ?bank|(?:don't|doesn't) allow pets|no pets|landlord|new flat|(?:was|were) born|since the baby|godchild|godson|goddaughter)\b|\b(?:charity|donat\w*|declutter\w*|moving(?! on\b)|move house|house move|spring clean\w*|marie kondo|too small|outgrown|new baby|baby|got married|getting married|divorc\w*|(?:bought|buying|buy|purchas\w*) (?:a|the|our|my|first) (?:new |first )?(?:house|flat|home|property)|solicitor (?:said|advised|suggested|recommended|told)|new house|separation|remarri\w*|mortgage|solicitor said|work(?:place)? will|free will|will power|willpower|the will of|upgrade|upgraded|new one|allerg\w*)\b|\b(?:flying|because (?:i'm|we're) (?:flying|travelling|going)|clean\w* out|wardrobe|op shop)\b|\b(?:the|our|my) move\b/,
  },
  {
    // "Make sure my brother gets my guitar": a belonging left to someone. Said of a message, a parcel
    // or a lift it is an errand; matched and guarded, so that nothing else reads it as risk either.
    id: 'en.bequest',
    category: 'indirect',
    pattern:
      /\bmake sure (?:(?:my|our|the) )?[a-z]+(?: [a-z]+)? (?:gets?|has|have|keeps?|takes?|inherits?|looks? after) my (?:[a-z]+ )?[a-z]+\b/,
    unless:
      /\bmy (?:[a-z]+ )?(?:messages?|emails?|texts?|notes?|letters?|cards?|invites?|invitations?|parcels?|packages?|post|reply|replies|number|address|lunch|keys|homework|order|booking|tickets?|voicemails?|lift|birthday|present|gift|cake|rsvp|forms?|payment|share|rent)\b|\b(?:about|for) (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|party|meeting|trip|holiday|dinner)\b|\bwhile (?:i'm|i am) (?:away|on holiday|in hospital|at work)\b/,
  },
  {
    id: 'en.death-comfort',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:death|dying|being dead|not existing|not being here|not waking up|not being alive|the thought of (?:dying|death|not existing|being dead|not being here)|thinking about (?:death|dying|being dead))\b[^.!?]{0,40}\b(?:relief|relieving|peaceful|peace|calm|calms|comfort|comforting|comforts|restful|a rest|such a rest|soothing|soothes|settles|welcome|a release|an escape|the only escape|so nice|warm bath)\b/,
      /\b(?:imagining|imagine|picturing|picture|fantasi[sz]ing about|dreaming about) (?:my|my own) death\b|\b(?:comfort\w*|relief|reassur\w*|calming|soothing)\b[^.!?]{0,30}\b(?:always (?:an? )?(?:exit|way out|option|escape)|there's an? (?:exit|way out|escape))\b|\b(?:death|dying) (?:doesn't|does not|no longer|don't) (?:scare|frighten)s? me\b/,
      // Death felt as a warm, safe place: "I keep reading about dying and it feels warm".
      /\b(?:death|dying|being dead|not existing|the thought of (?:dying|death|being dead))\b(?! (?:to|for|of|laughing|inside|embers|light|sun|fire|leaves|battery|phone|plants?|art)\b)[^.!?]{0,30}\b(?:feels?|felt|seems?|sounds?) (?:so |really |kind of |sort of |almost |strangely |weirdly )?(?:warm|cosy|cozy|safe|like home|like (?:a )?rest|like a place to rest)\b/,
      /\b(?:the long sleep|the big sleep|(?:eternal|endless|forever) (?:sleep|rest)|six feet under|the grave|oblivion|nothingness|not waking up|never waking up)\b[^.!?]{0,30}\b(?:sounds?|looks?|seems?|feels?) (?:so |really |quite |pretty )?(?:nice|good|appealing|tempting|inviting|lovely|peaceful|restful|like a relief|better)\b/,
    ),
    unless:
      /\b(?:doula|hospice|palliative|grandma|grandad|grandpa|grandmother|grandfather|nan|her|his|their|was peaceful at the end)\b|\b(?:faith|buddhis\w*|church|god|religio\w*|hospice)\b/,
  },
  {
    id: 'en.not-caring',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:doesn't|does not|don't|do not) (?:really )?matter (?:any ?more )?what happens to me\b|\bstopped caring (?:if|whether) i (?:wake|live|die|make it|survive)\b/,
      /\b(?:don't|didn't|do not|did not|doesn't|wouldn't|won't|don't really|didn't really|honestly didn't|honestly don't) (?:really |honestly |even )?care (?:if|whether) (?:i|i'd|i'll) (?:wake|woke|live|lived|die|died|survive|survived|make it|made it|crash|crashed|get hurt|come back|wake up|woke up|see tomorrow|ever wake)\b|\b(?:don't|didn't|do not|did not) (?:really |even )?care (?:what|whatever) (?:happens|happened|it does|it did|would happen) to me\b|\b(?:don't|didn't) (?:really |even )?care what happens\b|\bdidn't care what happened\b|\bwhatever happens,? happens\b|\bwithout looking\b[^.!?]{0,30}\b(?:now|anymore|don't care|whatever)\b|\b(?:drove|driving|drive|doing) (?:\w+ )?(?:at )?(?:1\d\d|2\d\d)\b[^.!?]{0,40}\b(?:care|whatever|didn't brake|not caring|without caring|eyes (?:half )?(?:shut|closed))\b|\b(?:stopped|stop|not) (?:eating|taking my (?:meds|medication|insulin|tablets|pills))\b[^.!?]{0,40}\b(?:don't care|whatever|what's the point|no point|so i can go|so it (?:ends|stops))\b|\bmixed my (?:meds|pills|tablets|medication) with\b/,
      /\b(?:walk|walking|walked|step|stepping|stepped|cross|crossing|crossed) (?:into|out into|onto) (?:the )?(?:road|roads|traffic)\b[^.!?]{0,20}\bwithout looking\b/,
      /\b(?:without looking|red lights?|into (?:the )?(?:road|traffic)|in front of|too fast|no seatbelt|the edge)\b[^.!?]{0,40}\band (?:sort of |kind of |kinda |half |secretly |partly |maybe |a bit )?(?:hoped|wished)\b(?= ?(?:$|[.!?,]))/,
    ),
  },
  {
    id: 'en.no-way-forward',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:no|don't see a|can't see a|can't see any|cannot see a|not a single) (?:way forward|way through|way out of this\b(?! (?:contract|lease|deal|job|meeting|course|queue))|light at the end|future for me|reason to stay)\b|\b(?:can't|cannot|don't|do not) see (?:myself|me) (?:getting through|making it|surviving|lasting|being here|still here|alive)\b|\b(?:everything|it all|life|all of it|it)(?:'s| is) (?:so |just |completely )?pointless\b|\bnothing (?:matters|means anything)(?: to me)?(?: any ?more| any longer| now)?(?= ?$|[.!?,])|\b(?:don't|do not) want to (?:do|be doing) (?:this|any of this|it|life) (?:any ?more|any longer)\b|\b(?:can't|cannot|won't|don't think i (?:can|will|'ll)) survive (?:another|this|much|the rest)\b|\b(?:hope|hoping) i (?:don't|do not|won't) make it (?:to|through|past)\b|\bnot (?:going to|gonna) make it (?:to|through|past) (?:my|the|next|christmas|new year|the weekend|the end)\b|\bnothing (?:left )?for me (?:here|in this world|anymore)\b|\bthere's nothing left for me\b/,
      /\b(?:everything|it all|life|all of it|living|existing)(?: feels| seems|'s| is)(?: so| just| completely)? pointless\b|\b(?:won't|will not|wont|don't think i'll|don't think i will) make it (?:to|through|past) (?:my birthday|christmas|new year|the weekend|next (?:week|month|year))\b(?!'| party| dinner| drinks| do)|\bwhy (?:bother|even bother|keep) (?:living|existing|waking up|staying alive)\b|\bwhy (?:am|do) i (?:(?:even|still|really|honestly) ){0,2}(?:alive|exist|bother (?:living|existing)|here\b(?= ?(?:$|[.!?,])))/,
      /\bwhy (?:even )?(?:keep|bother) (?:going|trying|carrying on|going on)\b(?! to\b)/,
    ),
    unless: /\bno way forward (?:with|on|for) (?:this|the|that|my) (?!life\b)\w+/,
  },
  {
    id: 'en.finality',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:soon|before long) (?:it|none of this|nothing) (?:won't|will not|wont|will) matter\b|\b(?:it'll|it will|this will|everything will) (?:all )?be over soon\b|\b(?:won't|will not|wont) be (?:a problem|a burden|your problem|anyone's problem|in the way) (?:for )?(?:much longer|long|soon|any ?more)\b|\b(?:it's|it is) time (?:for me )?to go\b(?= ?(?:$|[.!?,]|now|for good|for real))|\bmade (?:my )?peace with (?:dying|death|it all|my decision|leaving|going|not being here)\b|\b(?:picture|picturing|imagine|imagining|planning|plan) (?:my|my own) funeral\b|\bwho (?:would|will|'d|'ll)(?: even| actually| really)? (?:come to|turn up at|go to|show up at|bother with) my funeral\b|\bfeel(?:s)? like i'm already (?:gone|dead)\b|\bsoon (?:i'll|i will) be (?:gone|free|at peace)\b|\bnot (?:for )?much longer now\b/,
      /\b(?:sorry|miss me|regret \w+|happy|relieved|better off) (?:when|once) i'm (?:gone|dead)\b|\bi'm not (?:going to|gonna) be (?:here|around|alive) (?:for )?(?:much|very) (?:longer|long)\b|\b(?:won't|will not|wont|not going to) be (?:a problem|a burden|your problem|anyone's problem|in (?:the|your) way|a bother|a worry)(?: for| to)? (?:you|anyone|them|everyone)? ?(?:much longer|for much longer|for long|long|soon|any ?more)\b|\b(?:i'll|i will|you'll|you will)(?: \w+)? never (?:have to )?(?:see|hear from) me again\b|\b(?:saying|says|said|keeps saying) '?not (?:much )?long(?:er)? now\b/,
      /\b(?:keeps|kept|keep|been|always) saying (?:that )?(?:she's|he's|they're|she is|he is|they are|she was|he was|i'm|i am) '?(?:ready to go|ready to die|done with (?:life|living|it all|everything)|not long for this world)\b/,
      /\b(?:hurt|hurts|hurting) (?:them|her|him|everyone|everybody|people|my \w+) less\b[^.!?]{0,20}\bwhen i(?:'m)? (?:go|gone|die|leave)\b|\bwhen i(?:'m)? (?:go|gone|die)\b[^.!?]{0,20}\b(?:hurt|hurts) (?:them|her|him|everyone|everybody|people|my \w+) less\b|\bfeel(?:s|ing)? like (?:i'm |i am |i've |i have |i )?(?:already (?:a ghost|dead|died|gone)|(?:a ghost|dead|gone) already)\b|\b(?:ghost|dead|gone)\b[^.!?]{0,40}\bmake it official\b/,
      /\bmade my (?:choice|decision)\b(?! (?:about|on|to|for)\b)[^.!?]{0,30}\bat peace\b/,
    ),
  },
  {
    id: 'en.method-research',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:looked up|looking up|look up|googled|googling|searched|searching|researched|researching|read up on|reading up on|reading about|read about|asked (?:chatgpt|google|an? ai|the ai)|watched videos on)\b[^.!?]{0,40}\b(?:how (?:long|many|much|to die|to do it|to end)|ways to (?:die|go|end|kill)|methods|bleed out|bleeding out|lethal|overdose|hanging|painless|suicide|tall(?:est)? (?:bridges|buildings))\b|\bhow (?:long|much|many)\b[^.!?]{0,30}\b(?:bleed out|to die|would kill|to kill me|before you die)\b/,
      /\b(?:looked up|looking up|look up|googled|googling|searched|searching|researched|researching)\b[^.!?]{0,40}\b(?:tallest|highest|nearest|closest) (?:bridges?|buildings?|cliffs?|car parks?|multi-storeys?|roofs?)\b|\bhow to (?:tie|make) a (?:noose|knot that)\b|\b(?:looked up|googled|searched|researched)\b[^.!?]{0,30}\broof access\b/,
    ),
    // A plant or a phone battery dies too.
    unless:
      /\b(?:plants?|cat|dog|fish|hamster|battery|phone|tree|grass|lawn|flowers?|goldfish|cells?|bacteria|virus)\b/,
  },
  {
    id: 'en.act-short',
    category: 'explicit',
    pattern:
      /\bi (?:cut|burned|burnt|scratched|hurt myself) (?:last night|again|today|yesterday|this morning|tonight|earlier|after (?:the|my|we|she|he|they))\b|\b(?:the|my) (?:blade|razor|blades|razors) again\b|\b(?:took|swallowed|downed|necked|taken) (?:a bunch of|loads of|lots of|a load of|a lot of|too many|extra|double|triple|a fistful of|handfuls of|all of|the rest of|a pile of|\d+|ten|twenty|thirty|forty|fifty) (?:my |the |of my |of the )?(?:pills|tablets|meds|sleeping pills|painkillers|paracetamol)\b|\b(?:pills|tablets|meds|rope|noose|everything) (?:are |is )?(?:ready|lined up|counted|counted out|laid out|sorted)\b(?! for (?:the|my) (?:week|trip|holiday))|\b(?:want|wanted|need) to stop (?:breathing|my heart)\b|\b(?:i )?want out of (?:this life|life|this world|here|it all)\b|\bwant out\b(?= ?(?:$|[.!?,]))|\b(?:want|wish|wishing|wanted) (?:i could )?(?:just )?stop being\b(?= ?(?:$|[.!?,]| alive| here| a person| me))|\b(?:thought|think|thinking|tempted|wanted|want|urge|urges)\b[^.!?]{0,30}\b(?:drive|driving|drove|steer|steering|swerve|swerving) (?:off|into|in front|over)\b|\b(?:left|leaving|wrote|writing) (?:letters|notes|a letter|a note) for (?:everyone|everybody|each of|all of|my)\b/,
    // A dose for a headache and a note about the bins are everyday.
    unless:
      /\bfor (?:my|a|the|this) (?:\w+ )?(?:migraine|headache|cold|flu|cramps|period|back|tooth|toothache|hangover|allergies|hay ?fever)\b|\bslept it off\b|\b(?:note|notes|letter)\b[^.!?]{0,30}\b(?:about the|to remind|reminding|bins|rota|shopping|dinner|keys|rent|parcel|milk|chores|feed the)\b/,
  },
  {
    id: 'en.join-the-dead',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:want|wish|wanting|long|longing|ready|wanted|need) to (?:go )?(?:be with|join|see) (?:my|him|her|them)\b[^.!?]{0,40}\b(?:died|dead|passed|gone|heaven|grave|again|up there|on the other side)\b|\b(?:go|going) (?:to )?be with (?:my \w+|him|her|them) (?:again|in heaven|up there)\b|\b(?:like|love|want|wants|wanted|long|longs|longing|ready|waiting|wait) to join (?:him|her|them|my (?:late )?\w+)\b(?:(?<=\b(?:died|dead|passed|late|lost|widow\w*|since)\b[^.!?]*)|(?=[^.!?]*\b(?:died|dead|passed|heaven|grave|up there|the other side)\b)|(?= ?(?:$|[.!?,;'"])))|\b(?:ready|want|wants|wanting|waiting|longing|long) to (?:meet|go to|go home to|be with) (?:jesus|god|my maker|(?:his|her|their) maker|the lord)\b/,
      /\b(?:i'll|i will|i'm going to|i'm gonna) be (?:joining|with) (?:mum|mom|dad|him|her|them|my \w+) (?:again )?soon\b(?= ?(?:$|[.!?;]|,? (?:i've|i have|i promise|i think|i hope|i'm sure)\b))/,
    ),
    // A calm "someday" is faith or grief, not a wish to go now.
    unless:
      /\b(?:someday|some day|one day|when my time comes|when it's my time|eventually|not for a long time)\b/,
  },
  {
    id: 'en.live-or-die',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:care|cares|notice|notices|mind|minds|miss|matter)\b (?:whether|if) i (?:live|lived|die|died|was gone|were gone|disappeared|vanished|was dead|were dead|existed|exist)\b|\bbetter off (?:not existing|not (?:being )?(?:here|alive|around)|gone)\b|\b(?:can't|cannot) stand being (?:alive|me|here|in my own skin)\b|\b(?:don't|do not) belong (?:anywhere|in this world|here)\b[^.!?]{0,30}\b(?:never|ever|and never will)\b|\b(?:i'm|i am|i feel|i feel like)\b[^.!?]{0,30}\b(?:a|such a|just a) (?:burden|drain|nuisance|problem for (?:everyone|everybody|them|my family))\b|\b(?:doing|do) (?:everyone|everybody|them|the world) a favou?r\b[^.!?]{0,30}\b(?:not being here|dying|if i (?:died|was gone|disappeared)|by (?:leaving|going|disappearing))\b|(?<!\b(?:saying|says|said|tells me|told me|telling me) (?:that )?(?:i'd|i would|we'd|we would|you'd|you would) be )\bbetter off with the (?:insurance|life insurance|money)\b/,
      /\b(?:the )?only (?:thing|reason|person|people|ones?) (?:keeping|that keeps?|that's keeping|holding) me (?:here|alive|going|around)\b(?![^.!?]*\b(?:job|work|pension|contract|money|salary|lease|visa|city|town|mortgage)\b)/,
    ),
    unless: /\bburden on the (?:nhs|system|team|service)\b|\bburden when i (?:ask|call|text|need)\b/,
  },
  {
    id: 'en.reckless',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:drank|drunk|drinking|high|wasted|off my face)\b[^.!?]{0,40}\b(?:drove|driving|drive)\b[^.!?]{0,30}\b(?:whatever|don't care|didn't care|who cares|so what)\b|\b(?:haven't|not|stopped|barely) (?:eaten|eating|slept|sleeping|showered|taking my \w+)\b[^.!?]{0,30}\b(?:don't|didn't|do not) (?:really )?care\b|\b(?:thinking|think|thought) (?:about|of) death\b(?! (?:of|penalty|metal|star|row|toll|rates?|certificate|in the family|and taxes)\b)/,
      /\b(?:been leaving|keep leaving|started leaving|stopped (?:wearing|putting on)) (?:my|the) seatbelt\b/,
    ),
    unless:
      /\b(?:since (?:my|our) \w+ (?:passed|died)|grief|grieving|memento mori|stoic\w*|philosoph\w*|appreciate life|faith|church|god|religio\w*|used to scare|afterlife)\b|(?<!\bnot )\bin an? (?:abstract|philosophical|theoretical|academic|normal|healthy|practical|grown-?up|everyday) (?:way|sense)\b|\bwhat happens (?:after|when) (?:we|you|people) die\b/,
  },
  // ── Indirect signs in unexpected words ──────────────────────────────────
  {
    id: 'en.other-unreachable',
    category: 'explicit',
    about: 'other',
    // Someone else's farewell, then silence or a dangerous place: "she texted goodbye and isn't answering".
    pattern: anyOf(
      /\b(?:goodbye|for everything|i'm sorry|love you all|night all)\b[^.!?]{0,60}\b(?:(?:she|he|they)(?:'s|'re| is| are)? (?:isn't|is not|not|won't|hasn't|has not|stopped) (?:answering|picking up|replying|responding)|(?:she|he|they) (?:went|has gone|'s gone) offline|turned (?:her|his|their) phone off)\b|\b(?:messaged|texted|posted|sent|said)\b[^.!?]{0,40}\b(?:sorry|goodbye|bye)\b[^.!?]{0,5} from the (?:cliffs?|bridge|roof|edge|tracks|car park|top)\b|\bin (?:his|her|their) car in (?:the|a) (?:closed |locked )?garage\b[^.!?]{0,60}\b(?:won't|not|isn't|hasn't|engine|hours?|locked)\b/,
      /\b(?:posted|texted|sent|messaged|wrote|put)\b[^.!?]{0,20}\b(?:last|final|goodbye|bye)\b[^.!?]{0,60}\b(?:at|on|near|by|from) the (?:cliffs?|bridge|edge|roof|rooftop|tracks|car park|viaduct|pier|quarry)\b(?![^.!?]*\b(?:holiday|trip|vacation|of the (?:holiday|trip|summer|season|year|day))\b)/,
      p(
        "\\b(?:asking|asked) (?:me )?how many (?:{MEANS})\\b[^.!?]{0,60}\\b(?:went offline|stopped (?:answering|replying)|(?:isn't|not) answering)\\b",
      ),
    ),
  },
  {
    id: 'en.means-staged',
    category: 'explicit',
    pattern: anyOf(
      p(
        '\\b(?:bottles?|packets?|boxes?|strips?|packs?) of (?:{MEANS})\\b[^.!?]{0,30}\\b(?:and|with|plus) (?:a |some )?(?:bottle|litre|half) of (?:vodka|whisky|whiskey|gin|rum|wine|booze)\\b|\\b(?:bottles?|litre) of (?:vodka|whisky|whiskey|gin|rum|wine)\\b[^.!?]{0,30}\\b(?:and|with|plus) (?:a )?(?:bottles?|packets?|boxes?|strips?) of (?:{MEANS})\\b|\\b(?:putting|put|pouring|poured|tipping|tipped|emptying|emptied|laying|laid|lining|lined|counting|counted) (?:out )?(?:all )?(?:the |my )?(?:{MEANS})\\b[^.!?]{0,20}\\b(?:in|into|on|onto|out on|in front of) (?:a|the|my) (?:bowl|pile|table|desk|bed|hand|palm|glass|cup|row)\\b',
      ),
      /\b(?:tied|tie|tying|hung|attached|fixed)\b[^.!?]{0,20}\b(?:belt|rope|cord|cable|scarf|tie|sheet|lead)\b[^.!?]{0,30}\b(?:door ?frame|door|banisters?|bannisters?|beam|hook|rail|pipe|loft hatch)\b[^.!?]{0,30}\b(?:would hold|it'd hold|hold me|take my weight|take the weight|strong enough)\b/,
      /\bchecked (?:which|what|where)\b[^.!?]{0,30}\bno (?:barriers?|railings?|fences?|rails?|nets?)\b|\bwaiting for the (?:fast|express|non-?stop(?:ping)?|right) one\b(?= ?(?:$|[.!?]))|\bletting (?:the )?trains (?:go|pass|go past|go by)\b/,
      /\b(?:collected|saved|stockpiled|gathered|built up|got) enough\b[^.!?]{0,40}\b(?:pharmacy|pharmacies|chemists?|prescriptions?|gp|doctor)\b|\b(?:done it|did it|doing it|been doing it) slowly so (?:nobody|no one|no-one) (?:would )?notice[ds]?\b/,
      /\bjust (?:took|swallowed|taken|downed) (?:all of them|them all|the lot|all of it|every one of them)\b(?= ?(?:$|[.!?,]))/,
      p(
        '\\bhow many (?:{MEANS})\\b[^.!?]{0,20}\\b(?:is|are|would be) (?:too many|lethal|enough to|fatal)\\b',
      ),
    ),
    unless: /\b(?:dosette|pill organi[sz]er|weekly box|for (?:the|my) (?:week|trip|holiday))\b/,
  },
  {
    id: 'en.affairs-quiet',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:passwords|pins?|pin numbers|bank details|logins)\b[^.!?]{0,60}\b(?:with (?:my|her|his) \w+'s name on|where (?:my|her|his) \w+ (?:will|can|would|'ll) find)\b|\b(?:finding|find|reading|read|seeing|see) (?:them|it|these|this|my \w+) after\b(?= ?(?:$|[.!?,]))|\bworth (?:something|more) to (?:them|my \w+|everyone) (?:that way|dead|when i'm gone|once i'm gone)\b|\bnot (?:moving|going) anywhere,? just leaving\b|\bcan leave (?:things|everything|it all) on a good note\b/,
      /\bi wanted (?:her|him|them|my \w+) to remember (?:it|this|me)\b(?= ?(?:$|[.!?]))|^goodbyes?,? i (?:think|guess|suppose)\b/,
    ),
    // "I don't want my family finding them after": the "don't" is about being found, not about going.
    negationProof: true,
  },
  {
    id: 'en.absence-weighed',
    category: 'indirect',
    pattern: anyOf(
      /\bif i (?:went|go|was gone|were gone|left|disappeared|died)(?: for good)?\b[^.!?]{0,60}\b(?:small ripple|ripple|carry on|move on|get over it|exhale|sigh of relief|more room)\b|\b(?:doesn't|does not|wouldn't|won't) matter (?:whether|if) i'm (?:here|alive|around|gone)\b|\bwould (?:anyone|anybody|people) (?:even |actually |really )?(?:notice|care|miss)\b[^.!?]{0,40}\bif (?:i|my)\b|\bstop setting a place\b|\bwould it (?:really |even |honestly )?be (?:such )?a (?:loss|big loss|tragedy)\b(?=\?)/,
      /\b(?:grieve|mourn|cry|be sad)\b[^.!?]{0,20}\bfor a (?:week|day|bit|while|month)\b[^.!?]{0,20}\bthen\b|\bone less\b[^.!?]{0,30}\b(?:won't|wouldn't|doesn't) (?:make a dent|matter|make a difference)\b|\b(?:nothing|nobody|no one|no-one) (?:would|will|'d|'ll|is going to|is gonna) (?:even )?(?:miss|notice) me\b|\b(?:exhale|sigh of relief|breathe easier)\b[^.!?]{0,30}\bif i (?:was|were|'m) gone\b|\b(?:cope|manage|do) (?:fine|better|just fine|okay) without me\b/,
      /\b(?:i'm|i am|im) not worth (?:the effort|the trouble|the bother|the hassle|saving|bothering with|checking on|your time|anyone's time|the time|the energy|it any ?more)\b(?! (?:of|for|to|on)\b)|\bi keep costing (?:people|everyone|them|my \w+)\b|\b(?:i'm|i am|i feel like) (?:just |like |only )?(?:a|an) (?:bad investment|bill nobody|write-off|lost cause|rounding error|tab left open|broken thing people keep)\b|\b(?:i'm|i am) the (?:crack|stain|rot|bad apple|black cloud|dark cloud) in (?:every|this|that|the|our|my|their)\b|\b(?:take|cut|leave|rub) me out and (?:the|everything|it|everyone)\b|\bif (?:they|you|she|he|people|everyone) (?:put|set|dropped) me down\b|\bsomeone should (?:just )?(?:close|delete|end|switch off|turn off|put down) me\b|\bstop wasting (?:glue|effort|time|energy|money) on me\b|\b(?:want|wish) them to stop wasting\b/,
      /\bapologi[sz](?:ing|e|es|ed) (?:to (?:people|everyone|everybody|you|them|my \w+) )?for (?:existing|being alive|being born|taking up (?:space|room|air)(?: on this (?:earth|planet))?|breathing)\b|\bi (?:don't|do not|never|didn't) (?:really )?matter(?:ed)?\b(?= ?(?:$|[.!?,;]|to (?:anyone|anybody|no ?one|nobody|anything)|at all|any ?more|never))|\b(?:don't|do not) deserve (?:to (?:be here|live|exist|be alive)|anything\b[^.!?]{0,30}\b(?:being here|being alive|to live|to exist|existing))\b|\b(?:god|the universe)\b[^.!?]{0,20}\bmade a mistake (?:with|making|creating) me\b/,
    ),
    unless: /\b(?:holiday|leave|trip|week off|day off|while i'm away)\b/,
  },
  {
    id: 'en.exit-wished',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:disappear\w*|vanish\w*)\b[^.!?]{0,30}\b(?:nobody|no one|no-one) (?:can|will|could|would) (?:ever )?find me\b(?![^.!?]*\b(?:holiday|cabin|retreat|weekend|festival|off-?grid)\b)/,
      /\b(?:envy|envying|envied|jealous of)\b[^.!?]{0,30}\b(?:funerals?|the dead|dead people|in the (?:box|coffin))\b|\bthe one in the (?:box|coffin)\b|\b(?:quiet|peaceful|still|dark|cold) and final\b|\b(?:afterlife|heaven|other side|next life)\b[^.!?]{0,30}\b(?:quieter|better|kinder|easier|calmer) than (?:this|here)\b/,
      /\b(?:wish|want|like|love) (?:i could |to )?(?:just )?(?:stay|stay there|stay asleep|sleep|vanish|disappear|go)\b[^.!?]{0,20}\b(?:permanently|forever|for good|and never wake)\b|\bsleep\b[^.!?]{0,40}\bwish (?:it was|it were|i could do) (?:twenty-four|24|all day|forever)\b|\bwake me\b[^.!?]{0,30}\bor (?:don't|not|never)\b|\b(?:disappointed|gutted|annoyed|upset) (?:that )?(?:my eyes opened|i woke(?: up)?|to wake(?: up)?|i'm still (?:here|alive|breathing)|i didn't die)\b/,
      /\b(?:vanish|disappear|go away|gone)\b[^.!?]{0,15}\b(?:like |just )?permanently\b|\b(?:permanently|forever|for good) (?:would be|sounds|'d be) (?:nice|good|better|ideal|lovely|great)\b|\bsomewhere permanent\b|^(?:like|i mean|as in),? (?:permanently|for good|forever)\b|\bwant to be (?:erased|deleted|wiped out|unmade)\b|\bdisappear from (?:your|my) (?:own )?life\b/,
      /\b(?:ready|want|wanting|like|happy|time) to (?:give|hand) (?:it|my life|this life) back\b|\b(?:hoping|hope|wish|wishing|praying) (?:that )?my (?:heart|body|lungs|brain) (?:just )?(?:gives up|gives out|stops|fails|packs in)\b|\b(?:hoping|hope|wish|wishing|praying) for (?:a|an) (?:heart attack|stroke|aneurysm|fatal)\b|\bif (?:a|the) (?:bus|car|lorry|truck|train)\b[^.!?]{0,20}\b(?:took me out|hit me|ran me over|killed me)\b[^.!?]{0,40}\b(?:grateful|thankful|relieved|wouldn't mind|thank)\b/,
      /\b(?:wanted|want|wanting|hoped|hoping|wished) to (?:slip|fall|fall in|fall off)\b(?= ?(?:$|[.!?,]|tbh\b|honestly\b))|\b(?:walked|walk|went|go|going)\b[^.!?]{0,50}\b(?:worst|dodgiest|most dangerous|dangerous)\b[^.!?]{0,40}\bon purpose\b|\b(?:didn't|did not) die\b[^.!?]{0,60}\b(?:wasn't|not|am not)\b(?: exactly| really)? (?:rooting|hoping|wishing|glad|pleased|happy|thrilled)\b|\b(?:let|letting) (?:it|the (?:tide|water|current|sea|waves)) (?:take|pull|drag|carry) me\b[^.!?]{0,40}\bunder\b/,
      /\b(?:want|wish|need|long) to be where (?:she|he|they|my \w+) (?:is|are)\b(?<=\b(?:died|dead|passed|gone|lost)\b[^.!?]*)|\bstop \w+ing, stop (?:waking|being|existing|breathing)\b|\b(?:wasn't|was not|not) (?:exactly |really )?rooting for (?:that outcome|survival|myself|me)\b/,
    ),
  },
  {
    id: 'en.hope-gone-figurative',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:doors?|exits?|ways? out)\b[^.!?]{0,30}\bpainted on\b|\bno (?:exits?|way out|ways out)\b[^.!?]{0,20}\b(?:every|each|all the) doors? (?:is |are )?(?:shut|closed|locked|bolted)\b|\b(?:every|each|all the) doors? (?:is |are )?(?:shut|closed|locked|bolted)\b[^.!?]{0,20}\bno (?:exits?|way out)\b|\b(?:can't|cannot) breathe in this (?:life|world|body)\b|\b(?:stopped|stop) (?:lowering|throwing|sending) (?:down )?(?:the|a) (?:rope|ladder|lifeline)\b|\b(?:walls?|ceiling)\b[^.!?]{0,30}\b(?:closer|closing in)\b[^.!?]{0,40}\b(?:run out|ran out|no more|can't)\b|\b(?:i'd|i would|i'll) take any way out\b|\b(?:run|ran|running) out of (?:ways|places) to (?:hide|push|fight|escape|cope)\b|\b(?:running|run|ran) out of (?:reasons|excuses) to (?:stay|live|keep going|be here|carry on|exist)\b/,
      /\bstop (?:looking for|reaching for|plugging in) (?:a |the )?charger\b|\bghost who (?:hasn'?t|has not|doesn'?t|does not|didn'?t)\b|\b(?:soul|spirit)\b[^.!?]{0,30}\b(?:already (?:packed|left|gone)|left the (?:house|body))\b|\b(?:living|being alive|existing|life|being me) is (?:a|an) (?:job|contract|subscription|shift|sentence|life sentence)\b[^.!?]{0,50}\b(?:notice|quit|resign|cancel|way out|parole)\b/,
      /\b(?:better|happiness|hope|the future|good things) (?:is|are) (?:a place |something |just )?(?:for|meant for) other people\b|\bno (?:dawn|morning|sunrise|spring) (?:scheduled|coming|on the way|for me)\b|\b(?:i'm|i am) not coming back from this\b|\bversion of me (?:that|who) (?:makes it|survives|gets through|is still here)\b|\btired\b[^.!?]{0,30}\b(?:sleep (?:can't|won't|doesn't|has nothing)|no amount of sleep)\b|\bnot '?done with [\w ]+'? done\b|\bdone done\b|\b(?:i'm|i am) (?:just |simply )finished\b(?= ?(?:$|[.!?]))|\bmade (?:my|the) decision\b(?! (?:about|on|to|for)\b)[^.!?]{0,40}\b(?:quiet|calm|peace|peaceful|lighter|relief)\b|\bi meant me\b(?= ?(?:$|[.!?]))|\bnot (?:for|waiting for) anything to (?:change|get better|improve)\b/,
      /\b(?:pain|shame|noise|voices|guilt)\b[^.!?]{0,10}\b(?:louder|bigger|stronger) than (?:everything|anything|me)\b|\b(?:shame|guilt|pain|grief)\b[^.!?]{0,50}\b(?:getting heavier|heavier every)\b|\bnothing\b[^.!?]{0,50}\b(?:i can|i could) (?:picture|imagine|see) (?:myself|me)\b|\b(?:what keeps me (?:going|alive|here)|reasons? to (?:keep going|live|stay))\b[^.!?]{0,30}\b(?:couldn't|can't|could not) think of (?:anything|one)\b/,
    ),
  },
  // ── Said another way (tuning batches 7 and 8: phrasings the rules above did not reach) ──
  {
    id: 'en.attempt-more',
    category: 'explicit',
    pattern: anyOf(
      /\btalked me down\b(?! (?:from (?:buying|spending|getting|the price|a|an|my)|on (?:the )?price)\b)/,
      /\b(?:climb\w*|got|get|getting|went|swung my legs) (?:over|past|onto) the (?:railing|railings|barrier|parapet|safety fence|balcony rail)\b/,
      /\b(?:already|have|'ve|had) (?:tried|attempted) (?:it )?(?:twice|three times|\d+ times|before)\b|\b(?:next|this|third|last) time,? i(?:'ll| will) (?:make sure|get it right|do it properly|finish it)\b/,
      /\b(?:stood|standing|waited|waiting|sat|sitting)\b[^.!?]{0,40}\bfor (?:\w+ )?(?:hours?|minutes|ages|a while)\b[^.!?]{0,30}\b(?:waiting for (?:a|the) train|over the edge|the drop)\b/,
    ),
  },
  {
    id: 'en.self-harm-tool',
    category: 'explicit',
    // "used the kitchen knife on my leg": a blade named and a body part, in any verb.
    pattern: p(
      '\\b(?:used|use|using|took|take|taking|put|ran|run|running|dragged|drag|pressed|press|held|hold|holding)\\b(?: (?:a|the|my|an|his|her|that))?(?: \\w+)? (?:knife|blade|razor|scissors|compass|lighter|glass|pin|needle|sharpener|nail file)\\b (?:on|to|across|into|over|against) (?:my|his|her|their) (?:{BODY})\\b',
    ),
    unless: /\b(?:shav\w*|splinter|manicure|pedicure|cooking|chopping)\b/,
  },
  {
    id: 'en.burden-more',
    category: 'indirect',
    pattern: anyOf(
      /\bdoing (?:everyone|them|my \w+|the world|everybody) a favou?r\b[^.!?]{0,30}\b(?:not being|if i (?:wasn't|weren't|was gone|disappeared|left)|by (?:going|leaving|disappearing|not))\b/,
      /\b(?:they|everyone|everybody|she|he|my \w+)(?:'d| would| will|'ll) (?:float|fly|thrive|breathe (?:easier|again)|be free|manage fine|cope fine)\b[^.!?]{0,15}\bwithout me\b/,
      /\b(?:kindest|best|most loving) thing i (?:could|can) do\b[^.!?]{0,60}\b(?:get out of (?:their|the|everyone's) way|disappear|not be here|be gone|go for good)\b/,
      /\bgrieve (?:once|now)\b[^.!?]{0,40}\b(?:than|instead)\b|\bsaves? (?:everyone|them|you all|everybody|my \w+) the (?:hassle|bother|trouble|cost|worry)\b/,
      /\b(?:getting|get|got|gotten) used to me not being (?:there|here|around)\b/,
      /\b(?:removing|remove|erasing|deleting|subtracting|taking|getting rid of) me\b(?: (?:out|from (?:the|their|your|this) \w+))? (?:would|will|'d|could|might) (?:fix|solve|sort|help|make (?:it|things|everything) (?:better|easier|right))\b/,
    ),
  },
  {
    id: 'en.passive-more',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:not|won't be|wouldn't be|i'm not|i am not) fighting it (?:this time|again|any ?more)\b|\bi(?:'d| would) (?:honestly |actually )?welcome (?:it|death|the end)\b(?! (?:back|home|to|in|with|as)\b)/,
      /\b(?:wouldn't|won't|would not|not going to|wouldn't even) fight it if\b|\b(?:came|come|comes) to collect me\b/,
      /\bif (?:tonight|today|this) (?:was|were|is) the (?:last|end)\b[^.!?]{0,40}\b(?:i'd be|i would be|i'm|fine|ok|okay|relieved|at peace|wouldn't mind)\b/,
      /\bif (?:the|my) (?:scan|results?|biopsy|tests?|bloods) (?:shows?|comes? back|came back|are|is|were|was)\b[^.!?]{0,40}\b(?:relieved|relief|glad|fine with it|okay with it|welcome it)\b/,
      /\bready for (?:it|me|my light|the light|everything) to (?:go out|stop|end)\b|\bif my (?:body|heart|liver|kidneys) (?:packs|gives|gave|pack|give|packed) (?:in|out|up)\b[^.!?]{0,30}\b(?:fair enough|fine|so be it|whatever|good|let it)\b/,
      /\bput (?:it all|everything|it) down (?:one day )?for good\b/,
    ),
  },
  {
    id: 'en.death-envy',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:swap|trade|switch) places with\b[^.!?]{0,30}\b(?:cemetery|graveyard|the dead|in the ground|in a coffin|obituar\w*|dead people)\b/,
      /\b(?:obituar\w*|the dead|dead people|people in the ground)\b[^.!?]{0,30}\b(?:jealous|envious|envy)\b|\b(?:jealous|envious) of (?:the dead|dead people|people who (?:die|died)|the ones who (?:die|died))\b/,
      /\bbeing gone\b[^.!?]{0,30}\b(?:sounds?|seems?|feels?|looks?) (?:so |really |quite )?(?:peaceful|nice|good|restful|like a relief)\b/,
    ),
  },
  {
    id: 'en.hopeless-more',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:it's|it is|its) (?:far |way |just )?too late for me\b(?= ?(?:$|[.!?,;]|now|anyway))/,
      /\bnothing(?:'s| is| will)? (?:ever )?(?:going to |gonna )?(?:change|help|fix (?:it|this|me|anything)|work)\b(?= ?(?:$|[.!?,;]|for me|any ?more|and))/,
      /\b(?:stopped|stop|given up) waiting for (?:it|things|anything|something)\b|\brun out of ways to (?:wait|keep going|hope|cope)\b/,
      /^(?:there's |theres )?no point[.!]*$|^what's the point[.!?]*$/,
      /\b(?:i'm|i am|i've run|i ran|i have run) out of road\b|\b(?:can't|cannot|can not|couldn't) (?:picture|imagine|see) (?:a |any )?tomorrow\b/,
      /\bplans? for (?:next|the) \w+ (?:like|as if|as though) i(?:'ll| will) be (?:there|part of (?:it|them)|around|here)\b/,
      /\b(?:stopped|quit|gave up) (?:doing|bothering)\b(?= ?(?:$|[.!?,;]|anything))/,
    ),
  },
  {
    id: 'en.finality-more',
    category: 'indirect',
    pattern: anyOf(
      /\bmy body (?:just )?(?:hasn't caught up|is still here|'s still here|hasn't got the message)\b|\bwaiting for the rest (?:of me )?to (?:follow|catch up)\b/,
      /\b(?:don't|won't|do not|will not) (?:need|have) to (?:check (?:in )?on|worry about|look after|deal with) me (?:any ?more |any longer )?(?:after|from|past) (?:\w+day|tonight|tomorrow|this week|next week|the weekend)\b/,
      /\b(?:like|want|rather|prefer|wish) (?:there )?(?:not to be|to not be|there to be no|there was no|there were no) (?:a |any )?(?:next|more|another) (?:session|sessions|week|time|check-?in)\b/,
      /\bwhile there (?:was|is|'s) still time\b|\b(?:need|needs) someone (?:\w+ ){0,2}and that (?:won't|will not|isn't going to) be me\b/,
      /\b(?:calm|peace|peaceful|relief|lighter|relieved)\b[^.!?]{0,30}\b(?:since|now that|after) i (?:made|'ve made|have made) (?:my|the|a) (?:decision|mind up|choice)\b|\bmade my (?:decision|choice)\b[^.!?]{0,30}\b(?:calm|peace|peaceful|relieved|lighter)\b/,
      /\bif i (?:vanished|disappeared|was gone|went|died)\b[^.!?]{0,60}\b(?:that'd be it|that would be it|would just (?:reassign|replace|carry on|move on))\b/,
    ),
  },
  {
    id: 'en.affairs-more',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:gave|left|handed) (?:the|my) (?:dog|cat|pets?|rabbit|kids?)\b[^.!?]{0,40}\b(?:might|could|may) be for a (?:long time|long while|good while)\b|\bmake sure (?:my \w+|\w+) gets? my (?!(?:message|text|email|letter|parcel|post|card|present|gift|invite)s?\b)\w+\b/,
      /\b(?:passwords?|logins?|pins?|bank details)\b[^.!?]{0,60}\b(?:will find|where (?:\w+ )?(?:will|can|would) find|for (?:\w+ )?to find|in (?:an|the|a) (?:envelope|folder|drawer|safe))\b/,
      /\b(?:has|have|gave \w+|given \w+) the (?:pin|password|passwords|codes|logins?) (?:for|to) everything\b/,
      /\b(?:want|wants|'d like|would like|like) to be (?:buried|cremated)\b|\bwhat i(?:'d| would)? (?:want|like) to be (?:buried|cremated) in\b/,
      /\b(?:cats?|dogs?|pets?|rabbits?|guinea pigs?|hamsters?|birds?|tortoise|horse|kitten|puppy)(?:'s| is| are) going to (?:my|a|live with|stay with) \w+\b/,
      /\b(?:getting|got|get|put|putting|have|'ve got|quietly getting) (?:\w+ )?(?:things|everything|it all) in order\b/,
      /\b(?:tidied|sorted|squared|wrapped|cleared|settled|in order)\b(?: (?:up|away|out))?[^.!?]{0,15}\bbefore[.!]*$/,
    ),
    unless:
      /\b(?:holiday|vacation|trip|moving|move|allerg\w*|landlord|new baby|surgery|operation|while (?:i'm|we're) away|for the move|for the wedding|before the move)\b/,
  },
  {
    id: 'en.explicit-more',
    category: 'explicit',
    pattern: anyOf(
      /\b(?:going to|gonna|will|i'll|want to|planning to|plan to|tried to|try to) (?:walk|wade|swim|drive|go) (?:out )?(?:into|off) (?:the|a) (?:sea|river|lake|ocean|canal|quarry|cliff|waves)\b/,
      /\bi've got everything (?:i need|ready) (?:for it|to do it)\b/,
      /\b(?:rope|noose|pills|tablets|blade|razor|gun|hose|charcoal|poison)\b[^.!?]{0,50}\b(?:isn't|is not|aren't|are not|not) for (?:towing|camping|the garden|climbing|anything|the rats|rats|work|cooking|the car|the boat)\b/,
      /\bworking up (?:the (?:courage|nerve) )?to (?:jump\w*|do(?:ing)? it|go(?:ing)? through with it)\b|\bwhere i(?:'ll| will) jump\b|\bpick(?:ing|ed)? (?:the|a) (?:spot|place|bridge|cliff|day|date)\b[^.!?]{0,30}\b(?:i'll|i will|to) (?:jump|do it|go)\b/,
      /\b(?:got out|get out|went|climbed|walked|stopped)\b[^.!?]{0,40}\bto jump\b(?! (?:in|into|on|over|the (?:queue|gun)|rope|start|ship)\b)/,
      /\b(?:cord|rope|belt|cable|scarf|sheet|flex)\b[^.!?]{0,20}\b(?:didn't|did not|wouldn't|snapped|broke)\b[^.!?]{0,20}\b(?:hold|take) my weight\b|\btry(?:ing)? again with (?:something|a) (?:stronger|thicker|higher)\b/,
      /\b(?:held|holding|hold|put|pressed) (?:it|the gun|a gun|the barrel|the knife|the blade) (?:to|against) my (?:head|temple|throat|chest|wrist|mouth)\b/,
      /\b(?:razor|blade|knife|pills|tablets)\b[^.!?]{0,20}\bin the bath\b|\bcheck(?:ing)? out\b[^.!?]{0,20}\bnot the (?:hotel|shop|supermarket|library) kind\b/,
      /\bcatch(?:ing)? the bus\b[^.!?]{0,20}\bnot the real (?:bus|one)\b/,
      /\bon purpose\b[^.!?]{0,40}\b(?:blister\w*|burn\w*|bled|bleed\w*|bruis\w*|scald\w*)\b|\b(?:blister\w*|burn\w*|scald\w*)\b[^.!?]{0,40}\bon purpose\b|\b(?:rub|rubbed|rubbing|scrub\w*)\b[^.!?]{0,40}\b(?:till|until) (?:it|they) (?:went raw|bled|bleeds?|blistered)\b/,
      /\bopen(?:ed|ing)? (?:up )?(?:my|the) (?:old )?(?:scars?|cuts?|wounds?)\b|\bopen(?:ed|ing)? (?:up )?my \w+ (?:up )?with (?:a|the|my) (?:razor|blade|knife|scissors|glass)\b|\bjust to feel (?:something|anything)\b(?<=\b(?:cut|nick\w*|razor|blade|burn\w*|scratch\w*|bled|bleed\w*|hit|punch\w*)\b[^.!?]*)/,
      /\b(?:scalpel|box cutter|stanley knife|craft knife|safety pin|compass|razor|blade)\b[^.!?]{0,30}\b(?:on|to|across|into) (?:my|his|her) (?:inner |upper |lower |left |right )?(?:thigh|thighs|arm|arms|wrist|wrists|leg|legs|stomach|hip|hips|ankle|ankles|skin)\b/,
      /\bnone of it (?:was|is) (?:our|your|my|anyone's) fault\b/,
      /\b(?:knife|blade|razor|scissors|lighter|compass|glass|sharpener)\b[^.!?]{0,40}\bon purpose\b(?! (?:to (?:open|cut (?:the|a)|make)|for (?:the|a))\b)/,
    ),
  },
  {
    id: 'en.poison',
    category: 'explicit',
    // A household poison drunk, kept or bought for oneself ("drank the Sniper I bought", "kept the rat poison").
    pattern: anyOf(
      /\b(?:drank|drink|drinking|swallowed|took|take|taking|will take|i'll take)\b[^.!?]{0,20}\b(?:rat poison|sniper|weedkiller|weed killer|pesticide|paraquat|bleach|antifreeze|kerosene|dettol)\b/,
      /\b(?:kept|keeping|hid|hidden|hiding|bought|buying|got)\b[^.!?]{0,30}\b(?:rat poison|sniper|weedkiller|weed killer|pesticide|paraquat|antifreeze)\b/,
      /\b(?:do|get) it (?:properly|right) (?:next time|this time)\b|\b(?:put|putting|puts) an end to (?:myself|my life|it all|me)\b/,
    ),
    unless:
      /\b(?:garden|weeds|lawn|allotment|patio|driveway|rats in|mice|pests?|slugs|wasps|ants|by accident|accident\w*|toddler|the dog|the cat|car|radiator|engine|lamp|stove)\b/,
  },
  {
    id: 'en.indirect-more',
    category: 'indirect',
    pattern: anyOf(
      /\b(?:let (?:them|everyone)|they can|better if (?:they|everyone)|easier if (?:they|everyone)) forget (?:about )?me\b[^.!?]{0,30}\b(?:easier|better) for (?:everyone|them|everybody|all of them)\b|\b(?:better off|safer) (?:with (?:them|her|him|you)|there) than with me\b|\bfor what's coming\b/,
      /\bwaiting for (?:it all|everything|life|this|it) to (?:be over|end|stop)\b|\b(?:end of the road|the end of the line) for me\b/,
      /\bstopped (?:looking|searching|hoping) for (?:one|a way out|a way|help|an exit|a ladder)\b|\bnobody(?:'s| is) coming(?= ?(?:$|[.!?,]|for me|to (?:get|help|save) me))/,
      /\b(?:world|life|everything)\b[^.!?]{0,10}\b(?:would|will) (?:turn|spin|keep turning|keep spinning) (?:just )?(?:fine|the same)? ?without me\b|\bmy (?:existence|birth|being here|life) (?:is|was) (?:a|one big) mistake\b/,
      /\b(?:can't|cannot) keep fighting\b|\bout of fight\b|\b(?:stone|millstone|anchor|albatross|weight) (?:around|round|on) (?:everyone's|their|my \w+'s|your|his|her|everybody's) necks?\b/,
      /\b(?:don't|didn't|do not) care if (?:\w+ ){0,4}(?:finishes|finish|finished|kills?|killed|ends?|ended) me(?: off)?\b/,
    ),
  },
  // ── Kinds from batch 11 ─────────────────────────────────────────────────
  {
    id: 'en.plan-pronoun',
    category: 'explicit',
    // A plan with only "it" and a hiding place: "Nobody'll find me till Sunday".
    pattern:
      /\b(?:nobody|no one|no-one|noone)(?:'ll| will|'d| would|'s going to| is going to|'s gonna| is gonna) (?:find|reach|get to) me (?:till|until|before|for (?:days|hours|a while|ages))\b/,
  },
  {
    id: 'en.date-picked',
    category: 'explicit',
    // "I've been picking a date", after talk of death: the date is for it.
    context:
      /\b(?:dead|die|dying|death|suicid\w*|kill (?:myself|me)|end (?:it|my life)|not be here|goodbye|do it)\b/,
    pattern:
      /\b(?:i(?:'ve| have)?|i'm|i am) (?:been )?(?:picking|picked|choosing|chosen|chose|setting|set|deciding on|decided on) (?:a|the|my) date\b(?=\s*(?:$|[.!?,;]|already|now|for it|to do it))/,
  },
  {
    id: 'en.prep-means',
    category: 'explicit',
    // Charcoal with tape to seal a car or room; a yeet off a height.
    pattern: anyOf(
      /\bcharcoal\b[^.!?]{0,40}\b(?:tape|gaffer|sealant|seal (?:the|up|it)|taping)\b|\b(?:gaffer|duct|parcel) tape\b[^.!?]{0,40}\bcharcoal\b/,
      /\byeet(?:ing|ed)? myself (?:off|from|into|in front of|out of)\b/,
    ),
    unless: /\b(?:bbq|barbecue|grill|drawing|sketch\w*|art|easel|life class|fire ?pit)\b/,
  },
  {
    id: 'en.means-stowed',
    category: 'explicit',
    // The means bought in one sentence and put away in the next: "Bought charcoal and tape. It's in the boot."
    context:
      /^(?![\s\S]*\b(?:for (?:the|a|my|our) \w+|tent|camping|towing|bbq|barbecue|grill|garden|climbing|boat|swing|art|drawing)\b)[\s\S]*\b(?:charcoal|rope|noose|hose ?pipe|hose|exit bag|helium|gaffer tape|duct tape)\b/,
    pattern:
      /^(?:it's|its|it is|they're|they are|all|everything's|both|the lot's) (?:\w+ )?(?:in|under) (?:the|my) (?:boot|car|trunk|glovebox|garage|wardrobe|drawer|bag|shed)\b/,
  },
  {
    id: 'en.fall-wished',
    category: 'explicit',
    // "sat on the edge… I wanted to fall, I didn't slip"; "worked out whether the fall would kill me".
    context: /\b(?:roof|rooftop|ledge|edge|balcony|bridge|cliff|window|\w+ floor|railing|parapet)\b/,
    pattern:
      /\b(?:wanted|want|wanting|meant|hoping|hoped) to (?:fall|let go|slip off|tip over)\b(?! (?:asleep|in love|for|behind|back|apart)\b)/,
    unless: /\b(?:pool|sea|lake|water|diving|trampoline|bungee|parachut\w*|skydiv\w*|asleep)\b/,
  },
  {
    id: 'en.fall-calculated',
    category: 'explicit',
    pattern:
      /\b(?:whether|if) (?:the|a) (?:fall|drop|height|jump) (?:would|'d|will|could) (?:kill|be enough to kill) me\b|\bif there (?:was|were|is) a (?:button|switch|pill)\b[^.!?]{0,40}\b(?:die|not exist|not wake up|disappear|be gone)\b[^.!?]{0,40}\bi(?:'d| would) (?:press|push|take|flip) it\b/,
  },
  {
    id: 'en.estate-questions',
    category: 'indirect',
    // Questions about who gets one's things, with no reason given (a will, a baby, a move).
    pattern:
      /\bwho(?:'d| would| will|'ll)? (?:get|gets|have|inherit|end up with|take) (?:all )?my (?:stuff|things|savings|money|belongings|possessions)\b(?! (?:while|when i'm (?:away|abroad)|for the)\b)|\bwhether my (?:savings|money|pension|stuff|things) (?:would |will )?go(?:es)? to\b/,
    about: 'self',
    unless:
      /\b(?:(?:a|my|our|the) will|wills|solicitor|baby|pregnan\w*|pension (?:form|nomination)|mortgage|beneficiar\w*|insurance|nominat\w*|moving|divorc\w*|while i'm away|on holiday|when i'm away|travell?ing)\b/,
  },
  {
    id: 'en.affairs-for-gone',
    category: 'indirect',
    pattern:
      /\b(?:everything|it all|all of it)(?:'s| is| has been) (?:sorted|ready|arranged|organised|organized|in place|in order|set up) for (?:when|after) i(?:'m| am) gone\b(?! (?:on|for|to)\b)/,
  },
  {
    id: 'en.means-hopeless',
    category: 'indirect',
    // A gun in the house and someone saying they are useless: means with hopelessness.
    pattern:
      /\b(?:gun|guns|shotgun|rifle|pistol|revolver|firearm)\b[^.!?]{0,80}\b(?:(?:he's|she's|they're|i'm|he is|she is|they are|i am) (?:just |so )?(?:useless|no use(?: to anyone)?|no good to anyone|worthless|a burden|a waste of space|good for nothing|past it)|better off without (?:him|her|them|me))\b|\b(?:useless|worthless|a burden|no use to anyone|good for nothing)\b[^.!?]{0,60}\b(?:has|have|got|keeps?|kept) (?:a|his|her|my|their|the) (?:gun|shotgun|rifle|pistol|revolver|firearm)\b/,
    unless:
      /\b(?:the|this|that|my|his|her) (?:gun|shotgun|rifle|pistol|revolver)(?:'s| is) (?:useless|no use|no good)\b|\b(?:nerf|water (?:gun|pistol)|paintball|airsoft|glue gun|staple gun|nail gun|in the game)\b/,
  },
  {
    id: 'en.last-post',
    category: 'indirect',
    // "this would be her last story" and an account closed: a goodbye post.
    pattern:
      /\b(?:this|it|that) (?:is|was|would be|will be|'d be|'ll be|'s|was going to be) (?:my|his|her|their) (?:last|final) (?:story|post|video|tweet|message|upload|stream)\b(?! (?:for|of|before|until|till|on|in|here|this)\b)/,
    unless: /\b(?:break|detox|holiday|vacation|exams?|a while|offline|new account|moving|new phone)\b/,
  },
  {
    id: 'en.farewell-more',
    category: 'indirect',
    pattern: anyOf(
      /\byou(?:'ve| have)? (?:been|were) (?:so |really |always )?(?:good|kind) to me\b[^.!?]{0,20}\b(?:better than i deserved|more than i deserved|that's all)\b|\bbetter than i deserved\b/,
      /\b(?:take care of|look after|mind) (?:my|the) (?:cat|dog|kids|children|mum|mom|plants|rabbit|boys|girls|baby|babies|pets?) (?:for me|when i'm gone|after)\b/,
      /^(?:please |just )?remember me (?:for|as|by|fondly|kindly|well|like)\b/,
      // An apology sent to the whole family at once: "a text at midnight saying 'tell the kids I'm sorry'".
      /\btell (?:the kids|my kids|the children|my children|the boys|the girls|my boys|my girls|everyone|everybody|my family|the family) (?:that )?i(?:'m| am) (?:so )?sorry\b(?= ?(?:$|[.!?'"]))/,
    ),
  },
  {
    id: 'en.when-alone',
    category: 'explicit',
    // "It" with a time and an empty place: "I'm going to do it this weekend when the flat's empty".
    pattern:
      /\b(?:i'm|i am|im) (?:going to|gonna) do it\b[^.!?]{0,40}\b(?:when|while|once|after) (?:the (?:flat|house|place|home)(?:'s| is) empty|(?:everyone|everybody|they|the others|my \w+)(?:'s|'re| is| are) (?:gone|away|out|asleep)|(?:nobody|no one)(?:'s| is) (?:home|around|in)|i'm (?:alone|on my own|by myself))\b/,
    about: 'self',
  },
  {
    id: 'en.means-known',
    category: 'explicit',
    // Knowing the means and the amount, or gathering them from work a little at a time.
    pattern: anyOf(
      /\bknow (?:exactly |just )?(?:what|which \w+) i'?d (?:take|use)\b[^.!?]{0,20}\bhow (?:much|many)\b/,
      /\b(?:bringing|brought|taking|took|sneaking|snuck|pocketing|pocketed) (?:it|them|some|a few|bits) home from (?:the ward|work|the pharmacy|the hospital|the surgery)\b[^.!?]{0,30}\b(?:a (?:bit|few) at a time|bit by bit|slowly|every shift|each shift)\b/,
    ),
    about: 'self',
  },
  {
    id: 'en.come-what-may',
    category: 'indirect',
    // Risk taken with a shrug at the outcome: "140 in the rain without a helmet. If I came off, I came off."
    context:
      /\b(?:without (?:a |my )?(?:helmet|seatbelt|seat belt|life ?jacket|buoyancy aid)|no (?:helmet|seatbelt|seat belt|life ?jacket|buoyancy aid)|\d{3}\b|speed\w*|drunk|drink-?driv\w*|in the rain|red lights?|didn't care|don't care|pissed|wasted|stopped checking|force [6-9]|gale|drinking (?:from|all day|every day|till|until)|till i pass out|until i pass out)\b/,
    // Also said of the boat, the car or the body: "if she went over, she went over", "if the liver give up, it give up".
    pattern:
      /\bif i (came off|come off|crash(?:ed)?|die|died|fall|fell|go|went|get hit|got hit|don't make it|didn't make it),? (?:then )?(?:i \1|so be it|whatever|oh well|that's that)\b|\bif (?:she|it|the (?:boat|dinghy|kayak|car|bike|motorbike|van|liver|heart|kidneys|body|lungs)|my (?:liver|heart|kidneys|body|lungs)) ((?:went|goes|go) (?:over|under|down)|capsiz\w*|sinks?|sank|flip(?:s|ped)?|roll(?:s|ed)?|crash(?:es|ed)?|give up|gives up|gave up|packs? in|packed in|stops?|stopped|fails?|failed|gives out|gave out|give out),? (?:then )?(?:she|it|they) \2\b/,
    about: 'self',
  },
  {
    id: 'en.height-checked',
    category: 'explicit',
    // Measuring a height or a drop for oneself: "stopped at the top to work out if it's high enough".
    pattern:
      /\b(?:work(?:ed|ing)? out|check(?:ed|ing)?|figur(?:e|ed|ing) out|wonder(?:ed|ing)?|see(?:ing)?|judg(?:e|ed|ing)) (?:if|whether|how) (?:it's|it is|it'd be|it would be|it was|the drop is|the drop's|the drop was|the drop would be) (?:high|tall|deep|far|big) enough\b/,
    unless:
      /\b(?:ladder|shelf|shelves|fence|hedge|jump(?:s|ed)? (?:for|on) (?:the|my) (?:horse|bike|board)|ceiling|tree ?house|swing|trampoline|pool|diving)\b/,
    about: 'self',
  },
  {
    id: 'en.means-not-for',
    category: 'explicit',
    // Means bought with their ordinary use denied: "razor blades, and they're not for shaving".
    pattern:
      /\b(?:razor ?blades?|blades|rope|pills|tablets|paracetamol|charcoal|a hose(?:pipe)?)\b[^.!?]{0,50}\b(?:(?:they're|it's|they are|it is|and|but|which are|that are)(?: definitely| really)? not for (?:shaving|the (?:garden|tent|car|bbq|barbecue|boat|washing)|(?:a |my )?headaches?|cooking|work|crafts?|the pain))\b/,
    about: 'self',
  },
  {
    id: 'en.go-bye',
    category: 'explicit',
    // The shortest goodbye: "gonna do it. bye".
    context: /\b(?:gonna|going to|about to|i'll|i will) do it\b/,
    pattern: /^(?:bye|goodbye|bye all|bye everyone|bye x+|love you all|sorry|sorry everyone)[.!x]*$/,
    about: 'self',
  },
  {
    id: 'en.illness-wished',
    category: 'indirect',
    // A passive wish through illness: "I hope I get sick with something and it takes me".
    pattern:
      /\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i|it) (?:get|gets|catch|catches|got|come down with) (?:really |very )?(?:sick|ill|something|cancer|covid|a disease|an illness|a virus|pneumonia|the flu|flu)\b[^.!?]{0,30}\b(?:takes me|take me|kills me|finishes me off|and (?:i )?(?:die|don't recover|never recover))\b/,
    about: 'self',
  },
  {
    id: 'en.cover-story',
    category: 'explicit',
    // Means with a cover story told: "bought blades. told myself its for shaving lol. its not".
    context: /\b(?:blades?|razors?|rope|pills|tablets|paracetamol|charcoal|hose(?:pipe)?|poison|bleach)\b/,
    pattern:
      /\b(?:told|tell|telling) (?:myself|them|him|her|the \w+|people|everyone)(?: that)? (?:it'?s|it was|its|they'?re|they were) (?:just )?for (?:shaving|the (?:garden|tent|car|washing|trailer|boat|shed)|a (?:headache|project))\b/,
    about: 'self',
  },
  {
    id: 'en.be-where-dead',
    category: 'indirect',
    // Wanting to be where the dead are, told on an anniversary: "a year since dad. I'd like to be wherever he is".
    context:
      /\b(?:died|passed|funeral|grave|buried|cremat\w*|anniversary|(?:a|one|two|\d+) (?:year|years|months?) (?:today )?since (?:mum|mom|dad|nan|gran|grandad|grandma|grandpa|he|she|my \w+)(?: (?:died|passed|went))?(?: today)?(?=[.!?,;]|$))/,
    pattern:
      /\b(?:want|wanted|wish|'d like|would like|'d love|would love|long|longing|need) to be (?:wherever|where) (?:he|she|they|mum|mom|dad|nan|gran|grandad|my \w+) (?:is|are|went|has gone|'s gone|is now|are now)\b/,
    unless: /\b(?:someday|some day|one day|when my time comes|eventually)\b/,
  },
  {
    id: 'en.stopped-treatment',
    category: 'indirect',
    // Stopping a life-saving medicine with a wish to die: "she's stopped her insulin and she's ready to go".
    pattern:
      /\b(?:stopped|stopping|quit|quitting|refus\w*|not taking|isn't taking|won't take|given up) (?:taking |on )?(?:my|her|his|their) (?:insulin|dialysis|heart (?:pills|tablets|meds|medication)|blood thinners|meds|medication|tablets|pills|treatment)\b[^.!?]{0,50}\b(?:ready to (?:go|die)|wants? to (?:die|go)\b(?! (?:to|back|home|out|for|on|with)\b)|done with (?:it all|life|living|everything)|had enough\b(?! of)|(?:no|what's the) point|doesn't want to be here|don't want to be here|let (?:herself|himself|themselves|myself) go)\b/,
    unless:
      /\b(?:doctor|gp|consultant|specialist|hospice|palliative|terminal|end of life|pump|switched|new (?:meds|tablets|pills|medication)|side effects|advised|advice|care team|dnr|comfort care|vet)\b/,
  },
  {
    id: 'en.same-plan',
    category: 'explicit',
    about: 'self',
    // Copying the plan of someone who died by suicide, told after it: "he took his own life. I've got the same plan".
    context:
      /\b(?:killed (?:him|her|them)sel(?:f|ves)|suicide|took (?:his|her|their) (?:own )?life|hanged (?:him|her|them)sel(?:f|ves)|overdosed|jumped)\b/,
    pattern:
      /\b(?:i've got|i have got|i have|i've|i got|i've made|i made|i'll use|i will use|i'm going to use|i'm gonna use|gonna use|i'd use|i would use|i want to use|i'll do|i'm going to do) the same (?:plan|method|way out)\b/,
    unless:
      /\bsame (?:plan|method) as (?:last|every|usual|before|always|the (?:\w+ )?(?:year|time|week|month))\b|\b(?:for|at) (?:the|a|his|her|their) (?:memorial|funeral|vigil|run|walk|service|fundraiser|wake|anniversary do|reunion)\b/,
  },
  {
    id: 'en.staged-accident',
    category: 'explicit',
    // A death to be passed off as an accident, or chosen so others get the insurance; a target picked
    // for a crash: "worked out which tree I'd hit at full speed", "it has to look like an accident".
    pattern: anyOf(
      /\b(?:it |this |my death )?(?:has to|have to|needs? to|got to|must|should|would|will|could|can|'ll|gonna|going to) look like an accident\b|\b(?:make|making|made) (?:it|this|my death|it all) (?:look|seem) like an accident\b/,
      /\bso (?:the kids|my kids|the children|my children|my family|my wife|my husband|my partner|mum|mom|my \w+) (?:get|gets|can get|will get|would get|still get|still gets|can claim|get paid) (?:the |my )?(?:life )?(?:insurance|payout|pay-?out|policy)\b/,
      /\b(?:worked out|working out|work out|picked|picking|chosen|chose|choosing|know|figured out|decided) (?:exactly )?(?:which|what) (?:pylon|tree|wall|pillar|bridge|barrier|lorry|truck|bridge support|abutment|lamppost|post|pole|bend|overpass)s?\b[^.!?]{0,30}\b(?:i'd|i would|i'll|i will|i'm going to|to) (?:hit|drive into|aim for|crash into|plough into|plow into|steer into|go into)\b/,
    ),
    unless:
      /\b(?:novel|book|plot|story|stories|character|game|murder|mystery|script|screenplay|killer|villain|dnd|d&d|campaign|episode|film|movie|show|podcast|if the brakes|if i (?:skid|skidded|lost control|lose control)|brakes? (?:fail|failed|went))\b/,
  },
  {
    id: 'en.garage-set',
    category: 'explicit',
    about: 'self',
    // Everything ready in a garage or a car for tonight, after words of dying or a fuel-and-hose set-up.
    context:
      /\b(?:a dead (?:man|woman|person|guy|girl)|be dead|to die|end it|kill myself|not be (?:here|around)|hose(?:pipe)?|exhaust|full of petrol|full tank|tank(?:'s| is) full|engine running)\b/,
    pattern:
      /\b(?:everything|it all|it's all|it is all|all of it|the hose|the car|the lot)(?:'s| is)? (?:set up|ready|sorted|in place|rigged up|prepared)\b[^.!?]{0,15}\bin the (?:garage|shed|car|woods|loft|attic|lock-?up)\b(?=[^.!?]*\b(?:tonight|tomorrow|later|after|when)\b)/,
    unless:
      /\b(?:party|practice|band|gig|rehearsal|movie night|film night|sleepover|games? night|birthday|bbq|barbecue|workshop|project|gym|ping pong|table tennis|darts|poker|quiz|screening|watch party|jam|podcast|stream|lan)\b/,
  },
  {
    id: 'en.accident-welcome',
    category: 'indirect',
    about: 'self',
    // Death by someone else's vehicle welcomed: "if a truck takes me out, fine, saves me the bother".
    pattern: anyOf(
      /\bif (?:a|the|some) (?:\w+ )?(?:truck|lorry|car|bus|van|train|tram|driver|taxi|cab)s? (?:takes me out|took me out|hits me|hit me|gets me|kills me|killed me|flattens me|runs me over|ran me over|wipes me out|finishes me off|ends me),? (?:then )?(?:fine|good|great|so be it|whatever|oh well|that's fine|i don't care|who cares|saves? me|less hassle|job done|no loss|even better)\b/,
      // Any such "if", matched so that a practical one is silenced below without asking the second reader.
      /\bif (?:a|the|some) (?:\w+ )?(?:truck|lorry|car|bus|van|taxi|cab)s? (?:takes me out|hits me|runs me over)\b/,
      /\bsaves? me the (?:bother|trouble|effort|job|hassle)\b(?<=\b(?:hits? me|takes? me out|took me out|kills? me|die|dead|crash\w*|runs? me over|ran me over|flatten\w*)\b[^.!?]{0,60})/,
    ),
    // The practical side of a road accident: a camera, a plate, the police, the insurer, a witness.
    unless:
      /\b(?:helmet cam|cam|camera|dashcam|number plate|licen[cs]e plate|plate number|police|insurance (?:claim|company)|witness)\b/,
  },
  {
    id: 'en.logging-off',
    category: 'indirect',
    // A farewell to an online group with no reason given: "logging off for good, it was fun while it lasted, love you all".
    pattern: anyOf(
      /\b(?:logging|signing|checking|clocking|tapping) (?:out|off) (?:for (?:a (?:long|very long|long long) (?:time|while)|good|ever|the last time)|permanently)\b/,
      /\b(?:it was|it's been|was) (?:fun|good|nice|great|a laugh|real) while it lasted\b(?=[^.!?]*\blove (?:you|y'?all|u|ya|you all|u all|everyone|you guys)\b)/,
    ),
    unless:
      /\b(?:exams?|revision|revise|detox|digital detox|break|holiday|vacation|moving|travel\w*|deploy\w*|new job|back (?:in|on|next|after|when|soon)|see (?:you|y'?all|ya|u)|until|till|when|after|rehab|hospital|busy|focus|new baby|wedding|grounded|phone|wifi|internet|banned|ban|quitting (?:the )?game|uninstall\w*|switching|moved)\b/,
  },
  {
    id: 'en.without-me-lighter',
    category: 'indirect',
    about: 'self',
    // Picturing others' lives going on without the writer, and better for it.
    pattern:
      /\b(?:picture|picturing|pictured|imagine|imagining|imagined|see|seeing|think about)\b[^.!?]{0,40}\b(?:carrying on|getting on|going on|living|moving on|doing fine|managing|coping|being)\b[^.!?]{0,15}\bwithout me\b[^.!?]{0,60}\b(?:lighter|better|easier|happier|calmer|fine|relief|relieved|peaceful|brighter|freer)\b/,
    unless:
      /\b(?:leave|holiday|vacation|trip|retire\w*|maternity|paternity|sabbatical|move|moving|uni|university|college|gap year|deploy\w*|promotion|new job|office|shift|rota|cover|conference|surgery|operation)\b/,
  },
  {
    id: 'en.dread-all-clear',
    category: 'indirect',
    about: 'self',
    // Dreading good news about one's health, or hoping for bad: "more scared they'll come back clear".
    pattern: anyOf(
      /\b(?:scared|afraid|worried|dreading|terrified|nervous|frightened)\b[^.!?]{0,20}\b(?:they'll|it'll|they will|it will|they'd|it'd|the results? (?:will|'ll)|the scan (?:will|'ll)|the tests? (?:will|'ll)|the biopsy (?:will|'ll)) (?:come back )?(?:clear|all clear|fine|normal|benign|negative|ok|okay)\b/,
      /\b(?:hope|hoping|part of me hopes?|secretly hop(?:e|ing))\b[^.!?]{0,15}\b(?:it's|it is|they find|the results? (?:show|are|is)|the scan shows?|the biopsy shows?) (?:cancer|malignant|something (?:bad|serious|terminal)|terminal|bad news)\b/,
    ),
    unless:
      /\b(?:because|cos|cause|then (?:i|we|they)|in my head|no answers?|no (?:diagnosis|explanation)|what's (?:wrong|causing)|still (?:won't|don't) know|not believe|dismiss\w*|imagining it|told it's nothing|pregnan\w*|ivf|the baby|the dog|the cat|vet)\b/,
  },
  {
    id: 'en.hope-self-gone',
    category: 'indirect',
    about: 'self',
    // Grieving one's own lost hope: "I miss the version of me who thought things would get better".
    pattern:
      /\bmiss(?:ed|ing)? (?:the )?(?:version of me|old me|me|person i (?:was|used to be)|(?:girl|guy|boy|kid|man|woman) i (?:was|used to be)) (?:that|who) (?:thought|believed|used to (?:think|believe)|still (?:thought|believed)|had hope|hoped|could (?:still )?hope|was hopeful)\b[^.!?]{0,40}\b(?:better|hope|future|work out|worth it|get easier|improve)\b/,
    unless:
      /\bnow i know\b|\b(?:it is|it's|things are|they are|they're) (?:actually |really |slowly )?(?:getting|got) better\b|\bon (?:their|its) own\b/,
  },
  {
    id: 'en.give-away-no-reason',
    category: 'indirect',
    about: 'self',
    // Belongings given away, and the usual reason asked about and denied: "he asked if I was moving. I'm not".
    context:
      /^(?=[\s\S]*\b(?:can have|can keep|gave|giving|given|handed|handing|let (?:him|her|them) have)\b[^.!?]{0,40}\bmy\b)(?=[\s\S]*\basked (?:me )?(?:if|whether) i (?:was|were|am|'m) (?:moving|leaving|emigrating|selling|going (?:away|somewhere)|upgrading|getting (?:a )?new|having a clear-?out|clearing out|decluttering|skint|broke)\b)/,
    pattern:
      /^(?:and |but )?(?:i'm not|i am not|i wasn't|i was not|no,? i'm not|nope|not really|no|i'm not though)[.!]*$|\basked (?:me )?(?:if|whether) i (?:was|were|am|'m) (?:moving|leaving|emigrating|selling|going (?:away|somewhere)|upgrading|getting (?:a )?new)\b[^.!?]{0,15}\b(?:and )?(?:i'm not|i am not|i wasn't|i said no)\b/,
    negationProof: true,
  },
  {
    id: 'en.bullet-named',
    category: 'explicit',
    // A round kept for oneself: "he's got a round with his name on it", "saving the last bullet for myself".
    pattern:
      /\b(?:got|have|has|keeps?|kept|keeping|saving|saved|set aside|put aside|carry|carries|carrying)(?: got)? (?:a|one|the) (?:round|bullet|shell|cartridge|slug) with (?:my|his|her|their) (?:own )?name on it\b|\b(?:sav\w*|keep\w*|kept) (?:the )?last (?:round|bullet) for (?:myself|himself|herself|themselves|me)\b/,
    unless:
      /\b(?:out there|enemy|sniper|downrange|somewhere|lottery|over there|in (?:iraq|afghanistan|the war|combat))\b/,
  },
  {
    // "I'm done with this generator noise, I want to sleep": a nuisance. Matched and guarded, so that
    // the second reader does not read "I'm done" as risk either.
    id: 'en.nuisance-done',
    category: 'indirect',
    pattern:
      /\b(?:i'm|im|i am) (?:so |just |really |officially )?(?:done with|tired of|sick of|fed up with) (?:this|that|the|these|all this|all the) (?:\w+ )?(?:noise|racket|heat|cold|rain|weather|traffic|power cuts?|outages?|generator|nepa|wifi|internet|printer|queue|commute|landlord|neighbou?rs?|builders?|drilling|mosquitoes|flies|snow|humidity|load ?shedding)\b/,
    unless:
      /\b(?:noise|racket|heat|cold|rain|weather|traffic|power cuts?|outages?|generator|nepa|wifi|internet|printer|queue|commute|landlord|neighbou?rs?|builders?|drilling|mosquitoes|flies|snow|humidity|load ?shedding)\b(?![^.!?]{0,40}\b(?:forever|for good|and never|not wake|everything|life|living|alive|anymore|any more)\b)/,
  },
  {
    id: 'en.insurance-said',
    category: 'indirect',
    about: 'other',
    // Someone close saying the writer would be better off with the insurance: a warning sign about the speaker.
    pattern:
      /\b(?:saying|says|said|tells me|told me|telling me|keeps saying) (?:that )?(?:i'd|i would|we'd|we would|you'd|you would|the family would|mum would|mom would) be better off with (?:the|his|her|their) (?:life )?(?:insurance|money|pension|payout)\b/,
    unless: /\bthan\b|\b(?:claim|roof|car|repair|loan|damage|flood|fire|excess|premium|cheaper|boiler|van)\b/,
  }, // ── Kinds tuning batch 17 showed ────────────────────────────────────────
  {
    id: 'en.ligature-place',
    category: 'explicit',
    about: 'self',
    // A strap or rope and a chosen tree or beam: "got a ratchet strap in the boot and I know which beech".
    context: /\b(?:tow strap|ratchet strap|strap|straps|rope|cord|flex|cable|dog lead|belt|ligature|noose)\b/,
    pattern:
      /\b(?:i know|i've found|i have found|i found|i've picked|i picked|found|picked|chosen) (?:exactly )?(?:which|what|the) (?:oak|tree|beech|ash|elm|pine|beam|branch|rafter|banister|bannister|joist|hook)\b/,
    unless:
      /\b(?:plant\w*|prun\w*|cut (?:it )?down|fell(?:ing)?|tree surgeon|fort|bird feeder|swing|hammock|tyre swing|tire swing|treehouse|tree house|tow (?:the|a|my|his|her) (?:car|van|boat|trailer)|climb\w*|conker|photo|paint\w*|sketch\w*|bird box|nest box)\b/,
  },
  {
    id: 'en.day-chosen',
    category: 'explicit',
    about: 'self',
    // A day chosen after a means or a hazard the writer knows: "I know what it would do. Picked Friday."
    context:
      /\b(?:i know what (?:it|that|they|the \w+) (?:would|'d|could|will) do|which (?:oak|tree|beam|branch|bridge)|tow strap|ratchet strap|rope|noose|weapon|gun|rifle|pistol|shotgun|firearm|tablets|pills|the edge|the drop|live (?:panel|wire|cable))\b/,
    pattern:
      /\b(?:i've |i have |i )?(?:picked|chosen|chose|set|decided on|going with) (?:a |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+(?:st|nd|rd|th)|the day|a day)\b/,
    unless:
      /\b(?:picked|chosen|chose|set|decided on|going with) (?:a |the )?\w+(?: \w+)? (?:for|to) (?!(?:it|do it|go|end it)\b)|\b(?:wedding|party|birthday|bbq|barbecue|holiday|trip|match|game|meeting|interview|date night|viewing|appointment|move|moving|flight|concert|gig|paint\w*|colour|color|fishing|shoot(?:ing)? day|clay|range|deer|season|licen[cs]e|dentist|doctor|gp|review)\b/,
  },
  {
    id: 'en.not-coming-back',
    category: 'explicit',
    about: 'self',
    // Going to a height and not coming back from it: "I'm not walking back off it", "third time I'm not stepping back".
    context:
      /\b(?:bridge|quarry|edge|ledge|cliff|cliffs|roof|rooftop|car park|multi-storey|viaduct|pier|dam|weir|overpass|railing|railings|balcony|tower|platform|tracks|the drop)\b/,
    pattern:
      /\b(?:i'm not|i am not|i won't|i will not|not|won't|never) (?:be )?(?:(?:stepping|step) back|(?:walking|walk|coming|come|climbing|climb|getting|get) (?:back )?(?:down|off(?: it)?))\b(?! (?:to|into|in|on|for|home|till|until|unless|before|yet|from (?:work|school|the shop|the (?:committee|board|role)))\b)/,
    negationProof: true,
    unless:
      /\b(?:fix\w*|aerial|gutters?|repair\w*|tiles?|slates?|in a hurry|to (?:the|my) (?:car|house|flat|shop|office)|on stage|the (?:stage|ladder|scaffold|horse|bike)|diet|gym|job|relationship|committee|role|board|project|moved|moving|the league|argument|position|promise|offer|stand|decision|bet|words?|apologi\w*|sorry)\b/,
  },
  {
    id: 'en.working-up-to',
    category: 'explicit',
    about: 'self',
    // Going back to a height again and again to get ready: "been up there most nights working up to it".
    context:
      /\b(?:bridge|quarry|edge|ledge|cliff|cliffs|roof|rooftop|car park|multi-storey|viaduct|pier|dam|weir|overpass|railing|railings|balcony|tower|tracks|river|the drop)\b/,
    pattern:
      /\b(?:been|going|went|go|gone) (?:down|up|out|over) there\b[^.!?]{0,50}\b(?:working (?:myself )?up to it|getting up the nerve|building up to it|psyching myself up)\b/,
    unless:
      /\b(?:swim\w*|dive|diving|abseil\w*|bungee|zip ?line|jump(?:ing)? in|proposal|propose|ask(?:ing)? (?:her|him) out|fishing|photo\w*|sunrise|sunset)\b/,
  },
  {
    id: 'en.had-a-go',
    category: 'explicit',
    about: 'self',
    // An attempt told as "having a go at it" with its means: "had a go wi the car in the garage".
    pattern:
      /\b(?:had|took|gave it) a (?:go|crack|shot|try) at it\b[^.!?]{0,40}\b(?:car in the garage|garage (?:an|and) the door shut|engine running|exhaust|hose ?pipe|pills|tablets|rope|noose|belt|off the bridge|the bridge)\b/,
    unless:
      /\b(?:clutch|mechanic|repair\w*|fix\w*|brakes|oil|mot|gearbox|tyres?|paint\w*|tidy\w*|clear\w* (?:out|up))\b/,
  },
  {
    id: 'en.had-a-go-again',
    category: 'explicit',
    about: 'self',
    context:
      /\b(?:had|took) a (?:go|crack|shot|try) at it\b[^.!?]{0,40}\b(?:car in the garage|garage|engine|exhaust|hose ?pipe|pills|tablets|rope|noose|belt|bridge)\b/,
    pattern:
      /\b(?:wouldn't|would not|wouldnae|wouldna|woudn't|don't|do not|wouldn't really) mind (?:another|a second|one more) (?:go|crack|shot|try)\b/,
    negationProof: true,
  },
  {
    id: 'en.means-pocketed',
    category: 'explicit',
    about: 'self',
    // Drugs taken from work until there is enough: "been pocketing the returns from the ward. I've got enough now."
    context:
      /\b(?:pocket\w*|nick\w*|pinch\w*|skimm?\w*|squirrel\w*|stash\w*|stockpil\w*|hoard\w*|wastage|returns)\b[^.!?]{0,50}\b(?:drugs? cupboard|cd cupboard|controlled drugs|dispensary|pharmacy|med(?:ication|s)? (?:trolley|room|cupboard|cabinet)|the ward|work|stock|wastage|returns)\b/,
    pattern:
      /\b(?:i've got|i have got|i have|i've|i got|got) (?:more than )?enough(?: (?:now|saved|put by|stashed|by now))?\s*(?:$|[.!?,;])|\b(?:have|has|will have|'ll have|would have|'d have) me sectioned\b/,
  },
  {
    id: 'en.weapon-kept',
    category: 'explicit',
    about: 'self',
    // A work weapon not handed back: "not signing it back in", "keeping the sidearm after my last shift".
    context: /\b(?:weapon|gun|firearm|pistol|sidearm|rifle|shotgun|glock|taser)\b/,
    pattern:
      /\b(?:i'm |i am |i'll be )?not (?:signing|handing|booking|checking|giving|putting|bringing) (?:it|the (?:weapon|gun|firearm|pistol|sidearm|rifle)) back(?: in)?\b|\b(?:i'm |i am )?(?:taking|bringing) (?:it|the (?:weapon|gun|firearm|pistol|sidearm|rifle)) (?:to|up to|down to|out to) (?:the|a) (?:lay-?by|woods|forest|quarry|lake|beach|car park|hills?|moors?|field)\b/,
    negationProof: true,
    unless:
      /\b(?:armoury closed|range day|training day|cleaning|audit|amnesty|inspection|repair|for service|deer|hunting|stalking|shoot(?:ing)? (?:day|season)|season|clays?|pigeons?|rabbits?|foxes|vermin|permit|licen[cs]e)\b/,
  },
  {
    id: 'en.thats-me',
    category: 'explicit',
    about: 'self',
    // "And that's me finished": the end of the writer, in British words, after a means or a place.
    context:
      /\b(?:weapon|gun|firearm|pistol|rifle|rope|strap|noose|bridge|quarry|edge|ledge|cliff|lay-?by|exhaust|hose ?pipe)\b/,
    pattern: /\bthat's me (?:finished|gone)\b(?!\s*(?:for|with|till|until|at|on|then|now|to|off|out|home)\b)/,
    unless:
      /\b(?:shift|work|exams?|uni|course|dissertation|essay|painting|decorating|christmas|presents|shopping|jabs?|vaccin\w*|marathon|training|season|paid|signed off|retired|holiday|packed)\b/,
  },
  {
    id: 'en.time-set-final',
    category: 'explicit',
    about: 'self',
    // A time set and an end of everything: "alarm set for 4am Friday. that's when. no more anything".
    pattern: /\bno more (?:anything|everything)\b/,
    unless:
      /\b(?:holiday|summer|free|freedom|graduat\w*|retire\w*|finished (?:school|exams)|leavers|party)\b/,
  },
  {
    id: 'en.time-set-when',
    category: 'explicit',
    about: 'self',
    // "Set an alarm for 3am on the 21st. That's when.": a time set, and nothing said it is for.
    context: /\b(?:set|setting|put) (?:a|an|the|my) (?:reminder|alarm|countdown|timer)\b/,
    pattern: /^(?:and )?that's (?:when|the day|the night|the time)[.!]*$/,
  },
  {
    id: 'en.life-dialect',
    category: 'explicit',
    about: 'other',
    // Another's life in Jamaican Patois: "him a go tek him own life".
    pattern: /\b(?:tek|teck|tak|tek way) (?:him|her|dem|dem own|them) (?:own )?life\b/,
  },
  {
    id: 'en.life-dialect-self',
    category: 'explicit',
    about: 'self',
    pattern: /\b(?:tek|teck|tak|tek way) (?:mi|me|my) (?:own )?life\b/,
  },
  {
    id: 'en.means-asked-for',
    category: 'explicit',
    about: 'other',
    // Someone asking the writer for enough of a means to end it: "begs me to get her enough pills to end it".
    pattern: p(
      '\\b(?:bring|get|give|buy|fetch|sneak|slip|order|save) (?:him|her|them) enough (?:of (?:his|her|their|the) )?(?:{MEANS})\\b[^.!?]{0,25}\\bto (?:\'|")?(?:finish (?:it|himself|herself|themselves|things|it all)|end (?:it|things|it all|his life|her life|their life)|do it|die|not wake up|go to sleep for good)\\b',
    ),
    unless: /\b(?:for the week|for the trip|for the holiday|dosette|blister pack|prescription runs out)\b/,
  },
  {
    id: 'en.better-go-die',
    category: 'explicit',
    // "She better go and die so she won't burden us": a wish to die said as what one should do.
    pattern:
      /\b(?:i|she|he|they|mum|mom|dad|i'd|she'd|he'd|they'd) (?:had )?(?:better|might as well|may as well|should just) (?:go and |go |just )?(?:die|be dead|kill (?:myself|herself|himself|themselves))\b/,
    unless:
      /\b(?:of (?:laughter|embarrassment|shame|boredom)|laughing|if (?:i|she|he|they) (?:lose|miss|fail)|lol|haha|joke|joking)\b|\bdie (?:my|her|his|their|it|the) (?:hair|roots|fringe|beard|clothes|shirt|jeans|eyebrows)\b/,
  },
  {
    id: 'en.not-burden',
    category: 'indirect',
    // Dying talked of so as not to burden others: "so she won't burden us", "so I'm not a burden on anyone".
    pattern:
      /\bso (?:i|she|he|they|mum|mom|dad|my \w+) (?:won't|will not|wouldn't|would not|don't|doesn't|isn't|aren't|am not|'m not|is not) (?:be )?(?:a )?(?:burden|burdening|be a burden (?:on|to)) ?(?:on |to )?(?:us|you|them|anyone|anybody|the family|everyone|the kids|me)?\b/,
    negationProof: true,
    unless:
      /\b(?:moved|moving|care home|sheltered|downsiz\w*|paid|pays|saved|savings|insurance|funeral plan|bungalow|stairlift|independent|power of attorney|lpa|care plan|will|pension|exercis\w*|physio|fit|healthy)\b/,
  },
  {
    id: 'en.settled-calm',
    category: 'indirect',
    about: 'self',
    // Affairs wrapped up, then a strange calm: "deleted my accounts, paid back what I owed. Feels peaceful."
    context:
      /\b(?:deleted (?:the|my|all (?:the|my)) (?:socials|accounts|apps|instagram|facebook|profiles?)|paid (?:\w+ ){0,2}(?:back|the \w+ i owed|what i owed|everyone back)|paid \w+ (?:the )?[£$]?\d+ i owed|handed (?:the|my) keys\b[^.!?]{0,30}\bback|tidying (?:things|everything|it all) up|(?:all|it's all|everything's) (?:straight|squared away|in order|sorted)|rehomed (?:my |our )?\w+|gave (?:away )?(?:her|him|them) (?:his|her|my) (?:lead|bed|things|stuff))\b/,
    pattern:
      /\b(?:feels?|feeling|felt) (?:\w+ )?(?:calm|peaceful|at peace|settled|light|lighter|weightless)\b|\b(?:strangely|weirdly|oddly) (?:calm|peaceful|at peace|settled)\b/,
    unless:
      /\b(?:foster\w*|detox|digital detox|moving|moved|move|new job|holiday|retire\w*|mindful\w*|yoga|spring clean|declutter\w*|clear-?out|fresh start|new chapter|therapy (?:helped|is helping)|meditat\w*)\b/,
  },
  {
    id: 'en.told-where',
    category: 'indirect',
    about: 'self',
    // Telling family where the papers are, the will done, and no reason: "showed my daughter where the deeds are".
    pattern:
      /\b(?:told|showed|shown|telling|showing) (?:the lad|the lass|the kids|the wife|the missus|the husband|my \w+|our \w+|him|her|them) where (?:the|my|all the|all my) (?:bank|insurance|pension|will|deeds|passwords?|policy|policies|savings|papers|paperwork|documents|account)\b/,
    unless:
      /\bwhere (?:the|my|all the|all my) \w+ (?:stuff |papers |paperwork )?(?:for|of) (?:the|my|our|a|his|her) (?!will\b|funeral\b|life insurance\b)\w+|\b(?:in case (?:of|i'm) (?:an emergency|away|ill)|holiday|hospital|operation|surgery|power of attorney|lasting power|when i'm away|while i'm away|just in case (?:i|of) (?:get|fall|go into|emergenc\w*))\b/,
  },
  {
    id: 'en.will-done-quiet',
    category: 'indirect',
    about: 'self',
    // The will done and small things ended, closed with a shrug: "Will's signed. Cancelled the milk. That'll do."
    context:
      /\b(?:will's done|will is done|will's signed|will is signed|did (?:my|the) will|will (?:done|sorted|signed))\b/,
    pattern:
      /\bcancel(?:led|ed)? (?:the|my) (?:paper|papers|milk|newspaper|subscriptions?|direct debits?|gym)\b/,
    unless:
      /\b(?:moving|move|holiday|divorce|baby|grandchild|new house|bought|retire\w*|emigrat\w*|away for|cheaper|switch\w*)\b/,
  },
  {
    id: 'en.vehicle-wish',
    category: 'indirect',
    about: 'self',
    // A crash welcomed: "if the car went off the bypass I wouldn't be bothered", "hoping a lorry crosses onto my side".
    pattern: anyOf(
      /\bif (?:the|my|a) (?:van|car|truck|lorry|bus|bike|motorbike|cab)\b[^.!?]{0,40}\b(?:went off|came off|crashed|flipped|left the road|hit|ended up)\b[^.!?]{0,50}\b(?:i wouldn't|i would not|i'd not|i wouldnae|i wouldna|wouldn't|wouldnae) (?:be )?(?:bothered|care|mind)\b/,
      /\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\b[^.!?]{0,15}\b(?:a|the|some) (?:lorry|truck|car|bus|van|artic|tanker|train)\b[^.!?]{0,20}\b(?:crosses|comes|veers|swerves|drifts|hits|ploughs|plows|runs)\b[^.!?]{0,40}\b(?:so (?:it|this|everything) (?:would|could|can|will) (?:all )?stop|my side|into me|so i)\b/,
    ),
    negationProof: true,
    unless: /\b(?:insurance|write-?off|written off|excess|no-?claims|new car|scrap)\b/,
  },
  {
    id: 'en.shrug-it-gets-me',
    category: 'indirect',
    about: 'self',
    // Danger taken with a shrug: "if it gets me it gets me", "if the liver packs in, it packs in".
    context:
      /\b(?:no (?:isolation|gloves|harness|ppe|helmet|seatbelt|hard hat)|without (?:clipping on|a harness|gloves|isolating|ppe)|jobs nobody|live (?:wire|panel|cables?|board)|bottle|drinking|drink|booze|liver|smok\w*|scaffold)\b/,
    pattern:
      /\bif (?:it|the \w+|my \w+|that) (gets me|packs in|packs up|gives out|gives up|goes|fails|kills me|takes me|finishes me),? (?:then )?(?:it|they|that) \1\b/,
  },
  {
    id: 'en.unclipped-uncaring',
    category: 'indirect',
    about: 'self',
    // Danger at work on purpose, and not caring: "went up the ladder unclipped. didn't care".
    context:
      /\b(?:without (?:clipping on|a harness|gloves|isolating|ppe|a hard hat)|unclipped|no (?:harness|gloves|isolation|ppe|hard hat)|at height|scaffold edge)\b/,
    pattern:
      /^(?:and )?(?:i )?(?:didn't|did not|don't|do not|still don't|dont) (?:really )?care(?: (?:either|at all|much))?[.!]*$|\bstill (?:don't|do not)[.!]*$/,
    negationProof: true,
  },
  {
    id: 'en.not-finishing',
    category: 'indirect',
    about: 'self',
    // No future past a near date, with no reason: "I don't think I'll be finishing this term".
    pattern:
      /\b(?:don't think|doubt|can't see) (?:that )?i(?:'ll| will)? be (?:finishing|around (?:for|at|by)|here (?:for|at|by)|seeing|making it to|back for|sitting) (?:this|the|next|my) (?:term|year|semester|christmas|summer|birthday|month|exams?|finals)\b/,
    negationProof: true,
    unless:
      /\b(?:moving|transfer\w*|drop(?:ping)? out|leaving (?:school|uni|college)|fees|expelled|deferr?\w*|gap year|pregnan\w*|illness|operation|surgery|visa|new school|job|away|visiting|going to|staying|in-laws|abroad|travel\w*|trip)\b/,
  },
  {
    id: 'en.nothing-change-dialect',
    category: 'indirect',
    about: 'self',
    // Hopelessness in Patois: "nutten nah go change fi mi", "mi just a wait now".
    pattern:
      /\b(?:nutten|nuttin|nothing) (?:nah|nuh|naa|not) (?:go |a go |gwaan )?(?:change|better)\b|\bmi (?:just )?a wait (?:now|fi (?:di )?end)\b/,
  },
  {
    id: 'en.savings-moved',
    category: 'indirect',
    about: 'self',
    // Savings moved to family with no reason, and a long message: "sent all my savings to my brother".
    pattern:
      /\b(?:transferred|sent|moved|gave|wired) (?:all )?(?:of )?my (?:life )?savings (?:to|over to|into) (?:my |mama's |mum's |mom's |[a-z]+'s )?(?:\w+)\b/,
    unless:
      /\b(?:house|deposit|isa|new account|better rate|interest|joint account|bills|rent|tuition|fees|wedding|hospital bill|operation|surgery|business|loan|scam\w*|mortgage|safe|safer|safekeeping|rate|invest\w*|pension|fraud|hack\w*|for (?:her|his|their) (?:\w+ )?(?:house|surgery|fees|wedding))\b/,
  },
  {
    id: 'en.understand-someday',
    category: 'indirect',
    // "She will understand someday": said of a choice after a goodbye.
    context:
      /\b(?:long (?:message|letter)|wrote (?:her|him|them) a (?:long )?(?:letter|message)|gave (?:my|away)|transferred|savings|goodbye)\b/,
    pattern:
      /\b(?:she|he|they|you|mama|mum|mom)(?:'ll| will) understand (?:someday|some day|one day|eventually|in time|why)\b/,
    unless: /\b(?:moving|abroad|contract|job|visa|married|wedding|engaged|leaving for)\b/,
  },
  {
    id: 'en.death-envy-work',
    category: 'indirect',
    about: 'self',
    // Envy of the dead the writer cares for: "I envy the patients when they slip away", "I'd swap".
    pattern: anyOf(
      /\benv(?:y|ied|ying) (?:the|my|our) (?:\w+ )?(?:residents|patients|clients|dead|deceased|ones)\b[^.!?]{0,30}\b(?:go|die|pass|passed|slip away|are gone|get to go|gone)\b/,
    ),
    unless:
      /\b(?:their (?:pension|holiday|cruise|garden)|lottery|retire\w*|trip|outing|seaside|day out|home|discharged)\b/,
  },
  {
    id: 'en.best-deal-dead',
    category: 'indirect',
    about: 'self',
    // The dead as the lucky ones: "the ones in the mortuary have got the best deal".
    context: /\b(?:prep room|mortuary|morgue|funeral|embalm\w*|coffins?|bodies|deceased|the dead)\b/,
    pattern:
      /\b(?:they've|they have|they) (?:got|get|have) (?:the )?(?:best|easiest|better) (?:deal|of it|life)(?: of (?:anyone|all|everyone|us))?\b(?=[^.!?]{0,60}\b(?:quiet|nobody|no one|peace|rest)\b|\s*(?:$|[.!?]))/,
    unless:
      /\b(?:pension|retire\w*|holiday|the living|lottery|plans?|prices?|offer|discount|package|quotes?)\b/,
  },
  {
    id: 'en.swap-with-dead',
    category: 'indirect',
    about: 'self',
    // "I'd swap", said just after the dead were called the lucky ones.
    context:
      /\b(?:prep room|mortuary|morgue|embalm\w*|coffins?|bodies|deceased|the dead|best deal|nobody needing)\b/,
    pattern:
      /^(?:honestly |sometimes |tbh )?(?:i'd|i would) (?:happily |gladly )?(?:swap|trade|switch)(?: (?:places|with (?:them|him|her)))?[.!]*$/,
  },
  {
    id: 'en.own-meds-stopped',
    category: 'indirect',
    about: 'self',
    // The writer's own treatment stopped for no point: "stopped my own tablets, can't see the point of mine".
    context:
      /\b(?:stopped|quit|not) (?:taking )?my (?:own )?(?:prescriptions?|meds|medication|tablets|pills|antidepressants|insulin|inhalers?)\b/,
    pattern:
      /\b(?:can't|cannot|don't|do not) see the point (?:of|in) (?:mine|them|taking (?:them|mine|it)|my own)\b|\bhaven't (?:really )?told (?:the gp|my gp|the doctor|anyone|anybody)\b/,
    negationProof: true,
    unless:
      /\b(?:side effects|gp (?:said|told|agreed|advised)|doctor (?:said|told|agreed|advised)|taper\w*|weaning|switched|pregnan\w*)\b/,
  },
  {
    id: 'en.thanks-for-trying',
    category: 'indirect',
    // Thanks passed on to a helper as a farewell: "tell Dr Shah thanks for trying".
    pattern:
      /\b(?:tell|say to|pass on to) (?:dr|doctor|the doctor|my (?:gp|therapist|counsellor|nurse|key ?worker|doctor)|\w+) (?:\w+ )?(?:thanks|thank you|cheers) for (?:trying|everything (?:she|he|they) tried)\b/,
    // Matched whatever follows, so that thanks for an ordinary try is silenced here, not left to the reader.
    unless:
      /\b(?:match|game|quiz|interview|job|application|lift|car|exam|offer|audition|fixing|repair|the (?:cake|meal|dinner))\b/,
  },
  {
    id: 'en.fine-without-me',
    category: 'indirect',
    about: 'self',
    // Others pictured as fine without the writer, less worry for them: "the family would get on fine without me".
    pattern:
      /\b(?:thinking|think|thought|reckon|reckoning|feel|feeling|sure|know|knowing)\b[^.!?]{0,30}\b(?:would|'d|will|'ll) (?:get on|be|manage|cope|do|carry on) (?:just )?(?:fine|better|ok|okay|alright|all right|great)\b[^.!?]{0,10}\bwithout me\b/,
    unless:
      /\b(?:holiday|trip|away|weekend|week off|leave|conference|course|shift|while i'm|when i'm (?:away|in hospital|at)|for a (?:few|couple)|night out|hen|stag|festival|training|retire\w*|moving|move|uni)\b/,
  },
  {
    id: 'en.found-means-other',
    category: 'explicit',
    about: 'other',
    // Means found hidden in another's room: "found blades taped under my son's desk".
    pattern:
      /\bfound (?:a |some |the )?(?:razor|razors|blades?|razor blades?|pencil sharpener blades?|pills|tablets|rope|noose)\b[^.!?]{0,40}\b(?:in|under|behind|inside) (?:my|our|his|her) (?:son|daughter|kid|child|teen|boy|girl|brother|sister|husband|wife|partner|dad|mum|mom)'s\b/,
    unless:
      /\b(?:shed|garage|toolbox|tool box|workshop|loft|threw (?:them|it) (?:out|away)|expired|out of date|use-?by)\b/,
  },
  {
    id: 'en.out-of-picture',
    category: 'indirect',
    about: 'self',
    // The writer's removal as the fix: "taking me out of the picture would sort everything".
    pattern:
      /\b(?:taking|take|took|getting|get|with) me out of the (?:picture|equation|way)\b[^.!?]{0,30}\b(?:would|'d|will|'ll|could) (?:fix|solve|sort|help|make|be)\b/,
    unless:
      /\b(?:rota|schedule|shift|project|meeting|team|deal|negotiation|group chat|hiring|interview|the car|custody hearing|photo)\b/,
  },
  {
    id: 'en.regards-idiom',
    category: 'indirect',
    // "Remember me to your mum": regards passed on, matched and guarded so the second reader does not
    // read it as a farewell.
    pattern: /\bremember me to (?:your|ur|his|her|their|the|all|everyone|everybody|him|them)\b/,
    unless:
      /\bremember me to (?:your|ur|his|her|their|the|all|everyone|everybody|him|them)\b(?![^.!?]{0,50}\b(?:gone|dead|die|i'm not here|when i'm not|after i|after me)\b)/,
  },
  {
    id: 'en.date-for-event',
    category: 'explicit',
    about: 'self',
    // "I've been picking a date for it": matched alone, and guarded when the date is for anything named.
    pattern:
      /\b(?:i(?:'ve| have)?|i'm|i am) (?:been )?(?:picking|picked|choosing|chosen|chose|setting|set|deciding on|decided on) (?:a|the|my) date for (?:it|the|our|my|a|his|her|their|us)\b/,
    unless:
      /\bdate for (?!it\b|(?:my|the) (?:end|death|exit|last day|goodbye)\b)|\b(?:wedding|engaged|engagement|party|move|holiday|christening|surgery|operation)\b/,
  },
  {
    id: 'en.attempt-failed',
    category: 'explicit',
    about: 'self',
    // An attempt told by what it did not do: "tried with the pills and it didn't work, just slept for a day".
    pattern:
      /\b(?:tried|took (?:them|it|the lot|everything))\b[^.!?]{0,70}\b(?:didn't|didnt|did not) work\b[^.!?]{0,40}\b(?:slept (?:for )?(?:\d+|a day|two days|all day|a whole day|the whole day)|woke up|threw up|spewed|vomit\w*|puked|was sick|sick for)\b/,
    unless:
      /\b(?:diet|recipe|sleeping (?:pills|tablets) for|melatonin|insomnia|jet ?lag|hangover|food poisoning|new (?:tablets|pills|meds|medication)|antibiotics|for (?:my|the) (?:cold|flu|migraine|headache|back|tooth))\b/,
    negationProof: true,
  },
  {
    id: 'en.place-scouted',
    category: 'explicit',
    about: 'self',
    // A high place studied for its drop, or a next visit promised: "working out which part is highest".
    context:
      /\b(?:bridge|roof|rooftop|ledge|cliffs?|balcony|railings?|car park|multi-storey|parking garage|tower|overpass|viaduct|quarry|top floor|level crossing|railway|tracks|platform)\b/,
    pattern:
      /\b(?:work(?:ed|ing)? out|check(?:ed|ing)?|figur(?:e|ed|ing) out|look(?:ed|ing)? for|find(?:ing)? out) (?:which|where|what) (?:bit|part|spot|side|point|section|end|stretch)\b[^.!?]{0,15}\b(?:highest|tallest|deepest|steepest|quietest|darkest|unfenced|no fence|no railing)\b|\bnext time i (?:won't|wont|will not|am not going to|'m not going to|ain't gonna|won't be) just (?:sit|stand|look|watch|stare|drive|walk) ?(?:$|[.!?,;]|there|and)/,
    unless:
      /\b(?:photo\w*|picture|view|sunset|sunrise|abseil\w*|bungee|bungy|climb(?:ing)? wall|survey\w*|inspect\w*|fishing|paint\w*|drone)\b/,
    negationProof: true,
  },
  {
    id: 'en.bottled-it',
    category: 'explicit',
    about: 'self',
    // Nerve lost at a place of danger, with a return promised: "lost my nerve at the last second, going back".
    context:
      /\b(?:bridge|roof|rooftop|ledge|edge|cliffs?|balcony|railings?|car park|multi-storey|tower|overpass|viaduct|quarry|level crossing|railway|tracks|platform|train|motorway|river|lorry)\b/,
    pattern:
      /\b(?:bottled it|bottled out|chickened out|lost my nerve|lost the nerve|couldn't go through with it|could not go through with it|pulled back|stepped back)\b(?=[^.!?]*\b(?:last (?:second|minute|moment)|going back|go back|next time|again|tomorrow|tonight)\b|[\s\S]*\b(?:going back|go back) (?:tomorrow|tonight|next|again|on)\b)/,
    unless:
      /\b(?:bungee|bungy|skydiv\w*|zip ?line|abseil\w*|dive|diving|swim\w*|jump(?:ing)? in|tombstoning|ask(?:ing)? (?:her|him|them) out|propos\w*|speech|karaoke|tattoo|overtak\w*|the race|the ride|rollercoaster|roller coaster|interview|audition|open mic)\b/,
    negationProof: true,
  },
  {
    id: 'en.round-for-someone',
    category: 'explicit',
    // A round or a weapon kept with someone in mind: "the bullet's in my drawer, I know who it's for".
    context:
      /\b(?:round|rounds|bullet|bullets|cartridge|shell|ammo|pistol|rifle|gun|firearm|sidearm|shotgun|glock|revolver)\b/,
    pattern:
      /\bi (?:know|knew) (?:exactly |already |just )?(?:who|whom) (?:it's|it is|its|that's|that one's|they're|it'll be|this one's) for\b/,
    unless:
      /\b(?:deer|stag|rabbits?|fox(?:es)?|pigeons?|vermin|trophy|souvenir|keyring|key ring|necklace|gift|present|birthday|christmas|engraved|collector|medal)\b/,
  },
  {
    id: 'en.drink-to-death',
    category: 'explicit',
    // Drinking to die said as meant: "he's going to drink himself to death on purpose, and he meant it".
    pattern: p(
      "\\b(?:drink|drinking|drank) (?:{SELF}) to death\\b(?=[^.!?]*\\b(?:on purpose|deliberately|meant it|means it|mean it|for real|serious|not joking|wasn't joking|isn't joking|that's the plan|the plan)\\b)",
    ),
    negationProof: true,
  },
  {
    id: 'en.wont-need-future',
    category: 'indirect',
    about: 'self',
    // Future plans passed over as unneeded: "didn't put my name down. won't need to".
    context:
      /\b(?:next (?:year|month|summer|spring|autumn|winter|season)|reunion|booking|booked|sign(?:ing)?[- ]up|put my name down|renew\w*|tickets?|plans? for)\b/,
    pattern:
      /^(?:and |but |i )?(?:won't|wont|will not) (?:need|be needing) (?:to|it|them|one|that|any)(?: now| anyway)?(?= ?(?:$|[.!?,;]))|\b(?:didn't|did not|not) (?:put|putting) my name down\b[^.!?]{0,20}\b(?:won't|wont) (?:need|be needing) (?:to|it)\b/,
    unless:
      /\b(?:already|paid|sorted|covered|booked (?:it )?for me|got a lift|driving|working that|on shift|can't afford|skint|broke|moving|abroad|emigrat\w*)\b/,
    negationProof: true,
  },
  {
    id: 'en.cancel-no-point',
    category: 'indirect',
    about: 'self',
    // Appointments and renewals dropped as pointless: "no point having things booked in", "stuff I won't be using".
    context:
      /\b(?:cancel\w*|stopped renewing|not renewing|didn't renew|let (?:it|them) lapse|stopped booking)\b/,
    pattern:
      /\bno point (?:having|booking|keeping|renewing|paying for|making) (?:things|stuff|anything|it|them|appointments|plans)\b|\b(?:paying|pay|paid) for (?:stuff|things|it|them|anything) (?:that )?i (?:won't|wont|will not) (?:be )?(?:using|use|need|needing|around for)\b|\bstopped renewing (?:things|stuff|everything)\b/,
    unless:
      /\b(?:moving|emigrat\w*|abroad|redundan\w*|skint|broke|budget|cost of living|save money|saving money|cheaper|switch\w*|new job|retir\w*)\b|\bi (?:never|rarely|barely|don't|hardly (?:ever )?) (?:use|watch|go|read|open|play|listen)\b/,
    negationProof: true,
  },
  {
    id: 'en.affairs-no-occasion',
    category: 'indirect',
    about: 'self',
    // Affairs put in order with the usual reason denied: "no deployment coming up or anything".
    context:
      /\b(?:next of kin|life insurance|(?:my|the) will\b|letters? (?:for|to) (?:the kids|my (?:kids|wife|husband|partner|mum|mom|dad|son|daughter))|beneficiar\w*|power of attorney)\b/,
    pattern:
      /\bno (?:deployment|tour|trip|operation|op|surgery|travel|flight|reason|diagnosis|procedure)s? (?:coming up|planned|due|booked|or anything|on the cards)\b/,
    negationProof: true,
  },
  {
    id: 'en.give-away-withdrawn',
    category: 'indirect',
    about: 'self',
    // Things given away with a withdrawal from all of life: "not doing much of anything anymore".
    context: /\b(?:giv(?:e|ing) away|gave away|given away|whoever wants)\b/,
    pattern: /\bnot doing (?:much of )?(?:anything|much) (?:anymore|any more)\b/,
    unless:
      /\b(?:new (?:pc|console|phone|rig)|upgrad\w*|switch\w* to|for charity|moving|exams?|new job|baby)\b/,
    negationProof: true,
  },
  {
    id: 'en.survival-disappointed',
    category: 'indirect',
    about: 'self',
    // An accident survived with regret: "disappointed when the car stopped in time", "first thought was good".
    pattern:
      /\b(?:disappointed|gutted|let down)\b[^.!?]{0,30}\bwhen (?:it|i|the \w+|we) (?:landed (?:upright|on its wheels)|stopped in time|missed(?: me)?|righted|didn't (?:hit|tip|flip|crash|roll)|walked away)\b|\b(?:tipped|flipped|skidded|swerved|rolled|slid|lost control|brakes? failed)\b[^.!?]{0,60}\bmy first (?:thought|reaction) was (?:oh )?(?:good|finally|thank god|at last|yes|great)\b/,
    unless: /\b(?:video|footage|clip|insurance|pay ?out|write-?off|new (?:car|bike|quad))\b/,
  },
  {
    id: 'en.that-to-myself',
    category: 'explicit',
    about: 'self',
    // A risk word named (even as a word one dislikes), then claimed: "unalive is such a stupid word
    // but yeah. that's what i want to do to myself".
    context: /\b(?:un[- ]?alive|kill(?:ing)?|suicide|sewerslide|self[- ]?delete|end it|die|dying)\b/,
    pattern:
      /\b(?:that's|thats|that is|it's|its|it is) (?:exactly |literally |honestly )?what i (?:want|wanna|need|mean|'m going|am going|'m gonna|plan) (?:to )?(?:do )?(?:to myself|with myself)\b/,
  },
  {
    id: 'en.unalive-se',
    category: 'explicit',
    about: 'other',
    // The same slang as en.unalive, about someone else in a Spanish message (it cannot be the writer's).
    pattern: UNALIVE_SE,
  },
  {
    id: 'en.permadeath-irl',
    category: 'explicit',
    // A game's word for a death with no second life, said of real life: "irl permadeath tonight".
    pattern:
      /\b(?:irl|real[- ]life|real) permadeath\b|\bpermadeath (?:irl|in real life|for real)\b|\bno respawns? (?:irl|in real life|this time|for me)\b/,
  },
  {
    id: 'en.gun-turned',
    category: 'explicit',
    // A gun held the wrong way round, at the writer: "sat with the rifle turned the wrong way round".
    pattern:
      /\b(?:gun|rifle|shotgun|pistol|revolver|handgun)\b (?:\w+ ){0,2}(?:turned|pointed|pointing|facing|held|round|around) (?:the )?wrong way(?: round| around)?\b|\b(?:gun|rifle|shotgun|pistol|revolver|handgun)\b[^.!?]{0,30}\b(?:turned|pointed|pointing|aimed|aiming) (?:back )?(?:at|towards?) (?:me|myself|my (?:chest|head|face|heart|chin|temple))\b/,
    unless: /\b(?:robber\w*|mugg\w*|held me up|hold-?up|stick-?up|police|intruder|burglar|carjack\w*)\b/,
  },
  {
    id: 'en.with-the-dead',
    category: 'explicit',
    about: 'self',
    // Affairs put in order to join someone who died, on their day: "I'm going to be with Ella on her anniversary".
    context:
      /^(?=[\s\S]*\b(?:died|passed away|since (?:\w+ )?(?:died|passed)|lost (?:her|him|them))\b)(?=[\s\S]*\b(?:paid off|passwords|my will|arranged for|sorted (?:out )?(?:my|the)|given away|rehom\w*|(?:go|gone|going) to my \w+)\b)/,
    pattern:
      /\b(?:i'm|i am|i'll|i will) (?:going to )?be with (?:her|him|them|(?!(?:my|the|our|mum|mom|dad|family|friends|kids|nan|gran|sister|brother)\b)[a-z]+) (?:again |at last |finally )?(?:on|for|by) (?:her|his|their) (?:anniversary|birthday)\b|\b(?:i'm|i am) going to be with (?:her|him|them) (?:again|soon|at last)\b/,
    unless: /\b(?:holiday|trip|away|visit\w*|grave|cemetery|memorial|service|mass)\b/,
  },
  {
    id: 'en.off-everything',
    category: 'indirect',
    about: 'self',
    // Asking to be struck off everything, in a trade's words: "86 me", "take me off the rota, off everything".
    pattern: /^86 me[.!]*$|\btake me off (?:(?:the|my) (?:\w+ ){0,2}\w+,? (?:off )?){1,4}everything\b/,
    unless:
      /\b(?:for (?:a|the|two|three|\d+) (?:days?|weeks?|months?)|holiday|honeymoon|leave|spam|emails?|newsletters?|mailing)\b/,
  },
  {
    id: 'en.last-messages',
    category: 'indirect',
    about: 'self',
    // Messages written as if each were the last: "signing off my texts like they're the last ones".
    pattern:
      /\b(?:signing off|sign off|signed off|ending|finishing|writing|sending) (?:all )?(?:my |every |each )?(?:texts|messages|calls|emails|letters|voice ?notes)\b[^.!?]{0,40}\blike (?:they're|they are|they were|it's|it is|each one is|every one is|each is) (?:the|my) (?:last|final)\b(?! (?:ones? )?(?:before|of the|for the|until|till|at work|in the office)\b)|\b(?:writing|write|wrote|keep writing)(?: in)? (?:my|the|every|each) (?:journal|diary)(?: entries| entry| pages)?\b[^.!?]{0,20}\blike (?:it's|it is|they're|they are|each (?:one|entry|page) is|every (?:entry|page) is) (?:the|my) (?:last|final) (?:pages?|entries|entry|chapters?|words)\b(?! (?:of (?:the|this|my) (?:notebook|journal|diary|pad)|before)\b)/,
  },
  {
    id: 'en.funeral-sorted-now',
    category: 'indirect',
    about: 'self',
    // A funeral arranged with nothing wrong and in a hurry: "nothing's wrong with me, I just wanted it sorted this month".
    context: /\b(?:funeral|coffin|casket|hymns|burial|cremation|headstone)\b/,
    pattern:
      /\bnothing(?:'s| is) wrong with me\b[^.!?]{0,30}\b(?:i )?(?:just )?want(?:ed)? (?:it all|everything|things|it) (?:sorted|done|in order|settled|arranged) (?:this (?:month|week)|by the end of (?:the|this) (?:month|week)|now|soon|quickly)\b/,
    negationProof: true,
  },
  {
    id: 'en.dead-look-peaceful',
    category: 'indirect',
    about: 'self',
    // Envy of how peaceful the dead look: "another patient passed and I was jealous of how peaceful she looked".
    context:
      /\b(?:passed(?: away| on)?(?! (?:the|my|an?|his|her|it|me|out)\b)|died|slipped away|death|funeral|the body|open casket)\b/,
    pattern:
      /\b(?:jealous|envious)\b (?:of )?how (?:peaceful|calm|at peace|restful|still|free) (?:she|he|they|the \w+|[a-z]+) (?:looked|looks|seemed|seems|was|were|is)\b/,
  },
  {
    id: 'en.means-pocketed-wish',
    category: 'indirect',
    // Drugs taken from work and a wish to be gone: "pocketing meds from the ward. She wants to be gone".
    context:
      /\b(?:pocket\w*|nick\w*|pinch\w*|skimm?\w*|squirrel\w*|stash\w*|stockpil\w*|hoard\w*|steal\w*|stole)\b[^.!?]{0,50}\b(?:drugs? cupboard|cd cupboard|controlled drugs|dispensary|pharmacy|med(?:ication|s)? (?:trolley|room|cupboard|cabinet)|the ward|work|stock|wastage|returns)\b/,
    pattern: /\b(?:wants?|wanted|wish(?:es|ed)?|needs?) to be gone\b/,
  },
  {
    id: 'en.cuts-found-other',
    category: 'indirect',
    about: 'other',
    // Marks found on someone else's body: "found cuts all over my 15yo's thighs".
    pattern: p(
      '\\b(?:found|saw|noticed|spotted|seen|discovered) (?:fresh |new |old |deep )?(?:cuts|scars|slashes|burns|scratches) (?:all )?(?:over|on|up|along|across|down) (?:her|his|their) (?:{BODY})\\b|\\b(?:cuts|scars|slashes|burns|scratches) (?:all )?(?:over|on|up|along|across|down) {SOMEONES} (?:{BODY})\\b',
    ),
    unless: COVERED_ACCIDENT,
  },
  // ── Kinds from batch 20 ─────────────────────────────────────────────────
  {
    id: 'en.unnoticed-day',
    category: 'explicit',
    about: 'self',
    // "It" timed so that nobody misses the writer: "if I do it on a Friday nobody will look for me till Monday".
    pattern:
      /\b(?:if i do it|i'll do it|i will do it|doing it|i'm doing it|do it) (?:on (?:a |the )?|at the |over the |this |next |before |after )?(?:\w+day|weekend|bank holiday|holiday|night shift|week off)\b[^.!?]{0,40}\b(?:nobody|no one|no-one|noone)(?:'ll| will|'d| would| is going to|'s going to)? (?:even )?(?:expect to hear from me|hear from me|notice (?:i'm|i am|i've) (?:gone|missing)|miss me|find me|check on me|look for me|come looking)\b/,
  },
  {
    id: 'en.note-finder',
    category: 'explicit',
    about: 'self',
    // A note left for the person who finds the writer: "the letter's by the door for whoever finds me".
    pattern:
      /\b(?:note|notes|letter|letters|message|envelope)\b[^.!?]{0,40}\bfor (?:whoever|whomever|the (?:person|one) who|whichever \w+) (?:finds|find|found|will find) me\b|\bwhoever finds me\b(?=[^.!?]{0,40}\b(?:note|letter|sorry|don't|do not|call|ring)\b)/,
    unless:
      /\b(?:hide and seek|hide-and-seek|treasure hunt|scavenger hunt|geocach\w*|escape room|lost (?:phone|wallet|keys|dog|cat))\b/,
  },
  {
    id: 'en.sealed-in',
    category: 'indirect',
    about: 'self',
    // Trapped with the way out closed: "at the bottom of a pit and someone's filled it in".
    pattern:
      /\b(?:feels? like|felt like|like being|i'm|i am|stuck) (?:at|in) the bottom of (?:a|the) (?:well|pit|hole|shaft|mine)\b[^.!?]{0,60}\b(?:lid|cover|hatch|filled (?:it )?in|bricked (?:it )?up|sealed|closed (?:it|the top)|no (?:ladder|rope|way (?:up|out)))\b/,
  },
  {
    id: 'en.goodbyes-made',
    category: 'indirect',
    about: 'self',
    // Making sure everyone has had a goodbye, with no leaving named: "important that they've all had a proper goodbye".
    pattern:
      /\b(?:(?:they've|they have|everyone's|everyone has|everybody's|everybody has|they'd|they had|each of them has|we've|we have) (?:all )?(?:had|got)|(?:make|making|made) sure (?:everyone|everybody|they|each of them|all of them)(?: has| have| had| gets?| got)?) (?:a |their |my |our )?(?:proper|last|final|real|good) (?:goodbye|farewell|send-?off)\b/,
    unless:
      /\b(?:funeral|wake|grave|hospice|(?:the|my|our) (?:dog|cat|vet)|moving|move|emigrat\w*|abroad|leaving do|retir\w*|deploy\w*|flight|new job|before (?:she|he|they) (?:died|passed|went))\b/,
  },
  {
    id: 'en.cleared-out-still-kept',
    category: 'indirect',
    about: 'self',
    // A locker or desk cleared with the usual reason denied: "still got the job, nobody's let me go".
    context:
      /\b(?:cleared|emptied|cleaned out|cleared out|packed up|boxed up) (?:out )?(?:my|the) (?:locker|desk|drawers?|workspace|office|pigeonhole|workstation|cubicle|peg)\b/,
    pattern:
      /\b(?:i've |i have |i )?still (?:got|have) (?:the|my) job\b|\b(?:nobody|no one)(?:'s| has) (?:sacked|fired|let go of|laid off) me\b|\bnot (?:been )?(?:sacked|fired|made redundant|laid off|let go)\b|\b(?:i'm|i am) not (?:leaving|quitting|moving (?:on|jobs))\b/,
    unless:
      /\b(?:promot\w*|new (?:office|desk|floor|building|site)|refurb\w*|hot-?desk\w*|moving (?:desks|offices|floors)|office move|audit|inspection|clear-?out day|declutter\w*)\b/,
    negationProof: true,
  },
  {
    id: 'en.dark-at-speed',
    category: 'indirect',
    about: 'self',
    // Driving at speed with the lights off: "on the dual carriageway at 110 with the lights off, just to see".
    pattern:
      /\b(?:drove|driving|drive|doing (?:\d+|a ton)|motorway|dual carriageway|the road|a road|country lanes?|the a\d+|the m\d+)\b[^.!?]{0,40}\b(?:with (?:the |my )?|and )?(?:head)?lights? off\b|\b(?:head)?lights? off\b[^.!?]{0,30}\b(?:just to see|to see what (?:happens|would happen)|didn't care)\b/,
    unless:
      /\b(?:parked|car park|stars|stargaz\w*|meteor\w*|aurora|northern lights|drive-?in|camp\w*|battery|deer|owls?|sunrise|dashboard lights?|warning lights?|fog lights?|interior lights?|the lights off in)\b/,
  },
  {
    id: 'en.pet-cover-story',
    category: 'indirect',
    about: 'self',
    // A pet handed over with a reason the writer frames as what they told people: "Told her it's the new hours."
    context:
      /^(?![\s\S]*\b(?:holiday|trip|away for|for the (?:week|weekend|night)|for (?:a|two|three|\d+) (?:days?|nights?|weeks?)|while i'm|while we're|till|until|back on|back next|vet|groom\w*|kennels?|cattery|surgery|operation|hospital|moving|allerg\w*)\b)[\s\S]*\b(?:took|gave|handed|dropped|drove|brought|left) (?:the|my|our) (?:dog|cat|pets?|puppy|kitten|rabbit|horse|budgie|parrot|hamster|guinea pigs?)\b[^.!?]{0,20}\b(?:to|off at|round to|over to|with) (?:my \w+|mum|mom|dad|nan|gran|\w+)(?:'s)?\b/,
    pattern:
      /^told (?:him|her|them|my \w+|everyone)(?: that)? (?:it's|it is|it was|its) (?:the|my|because|cos|for)\b/,
  },
  {
    id: 'en.more-without-me',
    category: 'indirect',
    about: 'self',
    // The others better off for the writer's absence, in any measure: "they'd all have more room without me".
    pattern:
      /\b(?:everyone|everybody|they|people|the family|my family|the kids|my kids|the house|the world)(?:'d| would| will|'ll)? (?:all )?(?:have|get|be) (?:so |a lot |much |way )?(?:more|better|easier|happier|lighter|calmer|quieter|freer)\b[^.!?]{0,25}\bwithout me\b(?! (?:for|at|on|tonight|this|next|while|till|until)\b)/,
    unless:
      /\b(?:moving out|move out|moved out|my room|the spare room|holiday|trip|away|weekend|business trip|uni|university|when i leave for|hospital stay|in the car|in the back|on the sofa|in the bed|at the table|in the tent)\b/,
  },
  {
    id: 'en.lights-stay-off',
    category: 'indirect',
    about: 'self',
    // A wish that the lights go out and stay out: "I'd quite like the lights to go off one night and stay off".
    pattern:
      /\b(?:like|love|want|wish|wishing|hope|hoping|pray\w*)\b[^.!?]{0,20}\b(?:the )?lights? (?:to )?(?:go|went|goes|switch|be switched|be turned) (?:off|out)\b[^.!?]{0,30}\b(?:stay|stays|stayed) (?:off|out)\b/,
    unless:
      /\b(?:power cut|blackout|timer|motion sensor|bulb|landlord|neighbou?rs?|street ?lights?|security light|christmas lights|the baby|the kids|for the (?:baby|kids|night)|till|until|at \d+|by \d+|bills?|electric\w*)\b/,
  },
  {
    id: 'en.unbearable-image',
    category: 'indirect',
    about: 'self',
    // Pain drawn as a trap with no way out, then said to be unbearable: "like a house fire with me locked in".
    context:
      /\b(?:like|as if|as though)\b[^.!?]{0,40}\b(?:fire|burning|on fire|drowning|locked in|trapped|buried alive|crushed|screaming|suffocating|no air|walls closing)\b/,
    pattern:
      /\b(?:can't|cannot|can not|couldn't) (?:stand|take|bear|do|hold) (?:it|this|on) (?:much|any|a lot|for much) longer\b/,
    unless:
      /\b(?:heat|weather|noise|neighbou?rs?|traffic|commute|job|boss|queue|music|drilling|builders|toddler|baby|teething|kids|smell|itch\w*|hunger|starving|bladder|wee|loo|toilet|suspense|cliffhanger|excitement)\b/,
  },
  {
    id: 'en.winding-down',
    category: 'indirect',
    about: 'self',
    // Care of oneself stopped, one line after another, and called a winding down.
    context:
      /\bstopped (?:charging|washing|showering|eating|answering|opening|getting up|brushing|taking|going out|replying|cooking|changing)\b[\s\S]*\bstopped (?:charging|washing|showering|eating|answering|opening|getting up|brushing|taking|going out|replying|cooking|changing)\b/,
    pattern:
      /\b(?:just )?(?:sort of |kind of |slowly |quietly )?winding (?:down|myself down)\b(?= ?(?:$|[.!?,…]|now|i guess|i think))/,
    unless:
      /\b(?:holiday|holidays|christmas|for the (?:night|evening|weekend|year|summer)|before bed|bedtime|the term|the season|retire\w*|the business|the shop|the project|the lease|the contract|the account)\b/,
  },
  {
    id: 'en.pet-better-off',
    category: 'indirect',
    about: 'self',
    // A pet handed over with its things, and "he'll be better off with her".
    context:
      /\b(?:took|gave|handed|dropped|brought|left)\b[^.!?]{0,60}\b(?:with (?:his|her|their|the) (?:bed|lead|leash|bowls?|food|toys?|cage|crate|basket|blanket)|(?:his|her|their) (?:bed|lead|leash|bowls?|toys?|cage|crate|basket) and)\b/,
    pattern:
      /\b(?:he'd|she'd|they'd|he'll|she'll|they'll|he would|she would|they would|he will|she will|they will|he's|she's|they're)(?: be)? (?:so |much |a lot )?(?:happier|better off)(?: with (?:her|him|them|\w+))?\b(?! (?:for (?:a|the) (?:week|weekend|night|fortnight|few)|while|till|until)\b)/,
    unless:
      /\b(?:holiday|trip|away|for the (?:week|weekend|fortnight)|while (?:i'm|we're)|back on|till|until|vet|kennels?|cattery|groom\w*|allerg\w*|landlord|no pets|new baby|moving|garden|more space|bigger|farm|field|other dogs|company|retired|retirement)\b/,
  },
  // ── Kinds from batch 22 ─────────────────────────────────────────────────
  {
    id: 'en.note-and-it',
    category: 'explicit',
    // A note written and "it" set to follow: "he's written a note and he's going to do it after Easter".
    pattern:
      /\b(?:written|wrote|writing|finished|left|drafted|typed) (?:a|the|his|her|their|my) (?:(?:suicide|goodbye|farewell|final|last|little|short|long) )?(?:note|notes|letter|letters)\b[^.!?]{0,40}\b(?:going to|gonna|will|'ll|plans? to|planning to|about to|ready to) (?:do it|go through with it|end it|end things)\b/,
    // A letter for a job, a complaint or a confession: "written a note to her boss and she's going to do it, quit".
    unless:
      /\b(?:resign\w*|notice|quit\w*|complain\w*|council|landlord|boss|manager|propos\w*|ask (?:her|him|them) out|confess\w*|apply|application|cover letter|love letter|valentine|come out|coming out|break up|dump)\b/,
  },
  {
    id: 'en.means-sent-other',
    category: 'explicit',
    about: 'other',
    // Someone sent the writer a picture of means: "she just sent me a photo of a pile of pills".
    pattern: p(`${SENT_A_PICTURE}(?:{MEANS}|blades?|razors?|razor blades?|a knife|knives|a gun)\\b`),
    unless:
      /\b(?:organi[sz]er|pill ?box|dosette|prescription (?:mix-?up|error)|which (?:one|ones)|is this the right|dose for|vet|(?:the|her|his|their|my) (?:dog|cat)'s)\b/,
  },
  {
    id: 'en.vanish-for-good',
    category: 'indirect',
    about: 'self',
    // A wish to disappear said flat, made lasting in the next short sentence or two: "I want to
    // disappear. Not for a weekend. Properly."
    context: p('\\bi (?:just |really |honestly )?{WISH_VANISH}[.!]+ (?:[^.!?]{1,30}[.!]+ )?[^.!?]*[.!]*$'),
    pattern: p(
      '^(?:and )?(?:properly|for good|forever|for ever|permanently|for real|not (?:just )?for (?:a|the|one) (?:weekend|holiday|break|week|day|bit|while|night|trip)|{NOBODY_LOOKING}|and (?:never|not) come back)[.!]*$',
    ),
  },
  {
    id: 'en.found-out-after',
    category: 'explicit',
    about: 'self',
    // Someone's reaction pictured to the writer's death, told as done: "she'll be so mad when she finds out I jumped".
    pattern:
      /\b(?:when|once|after|if) (?:she|he|they|people|everyone|everybody|my \w+|mum|mom|dad) (?:finds?|found|find|hears?|heard) out (?:that )?i (?:jumped(?= ?(?:$|[.!?,;]| before| after| off (?:the|a|that) (?:bridge|roof|car park|building|cliff|tower|balcony|ledge|multi-storey)))|killed myself|hanged myself|hung myself|overdosed|took my (?:own )?life|ended it|went through with it|'m dead|am dead|was dead)\b/,
  },
  {
    id: 'en.note-scheduled',
    category: 'explicit',
    about: 'self',
    // Messages set to go out after the writer's death: "emails on a timer for Friday, when it's done".
    pattern:
      /\b(?:emails?|messages?|texts?|posts?|letters?|notes?|voice ?notes?)\b[^.!?]{0,40}\b(?:on a timer|scheduled|set to (?:send|go out|post|deliver)|timed to (?:send|go out|post)|to go out|queued)\b[^.!?]{0,40}\b(?:when it's done|when it is done|once it's done|after it's done|when it's over|after i'm gone|once i'm gone|when i'm gone|after i'm dead|when i'm not here|after it happens|when it happens)\b/,
  },
  {
    id: 'en.eulogy-imagined',
    category: 'indirect',
    about: 'self',
    // The writer's own funeral or eulogy composed in their head: "writing my own eulogy in my head on the bus".
    pattern:
      /\b(?:writing|written|wrote|drafting|drafted|composing|composed|rehearsing|planning|planned|imagining|picturing|going over) (?:my|my own) (?:eulogy|obituary|obit|funeral|wake|epitaph)\b(?=[^.!?]{0,40}\b(?:in my head|at night|in bed|again|every (?:night|day)|all the time|over and over)\b)|\b(?:imagining|picturing|imagine|picture|wondering|thinking about) (?:who'd|who would|who will|who'll) (?:come|turn up|show up|cry|be there|care)\b(?=[^.!?]{0,30}\b(?:to )?my (?:funeral|wake)\b)/,
    unless:
      /\b(?:exercise|class|course|workshop|prompt|assignment|homework|retreat|death cafe|prepaid|pre-?paid|pre-?need|funeral director|insurance|policy|cover|birthday|party|wedding)\b/,
  },
  {
    id: 'en.said-while-i-could',
    category: 'indirect',
    about: 'self',
    // Things said now, "while I could": a farewell that names no leaving.
    pattern:
      /\b(?:wanted|want|needed|need|had) (?:it|that|them|him|her|this|things|everything) (?:said|to know|known|told|out there|on record)\b[^.!?]{0,15}\bwhile i (?:still )?(?:could|can|had the chance|have the chance|had time|have time|was able|am able)\b/,
    unless:
      /\b(?:before (?:she|he|they|my \w+) (?:died|passed|went|goes|go|dies)|hospice|dying|terminal|in hospital|last days|before (?:i|we) (?:leave|left|fly|flew|move|moved|emigrat\w*|deploy\w*|lose my nerve|bottle it)|before (?:my|the|our) (?:flight|move|op|operation|surgery|deployment|wedding)|moving|emigrat\w*|deploy\w*|dementia|alzheimer\w*|memory|sober|tipsy|nerve)\b/,
  },
  {
    id: 'en.day-no-more',
    category: 'indirect',
    about: 'self',
    // Waiting for a day of no more living, said of "it" or "I": "waiting for the day it doesn't have to do either".
    pattern:
      /\b(?:waiting|wait|waits|longing|looking forward|can't wait) (?:for )?(?:the day|the time|the morning|the point|a day)(?: when)? (?:it|i|this one|this body|the shape|this shape|he|she) (?:doesn't|does not|don't|do not|won't|will not|no longer|never) (?:have|has|need|needs) to (?:do (?:either|any of (?:it|this|that)|anything(?: at all)?|it all)(?: (?:anymore|any more|again))?(?= ?(?:$|[.!?,;]))|wake up(?! (?:at|early|for|to|before|with|in)\b)|exist|be here|keep going|carry on|go on|breathe|keep pretending|pretend)\b/,
    unless:
      /\b(?:retire\w*|pension|lottery|holiday|weekend|alarm|commute|half-?term|school run|redundan\w*|notice period|new job|degree|exams?|graduat\w*)\b/,
  },
  {
    id: 'en.left-behind-object',
    category: 'indirect',
    about: 'self',
    // The writer as a thing left behind that nobody comes back for: "I'm a coat left on a hook... Nobody is coming back for it".
    context:
      /\b(?:i am|i'm|i feel like|i've become|i have become|i'm just|i am just|i'm like|i am like) (?:a|an) (?:\w+ ){1,3}(?:left|abandoned|forgotten|dumped|discarded|thrown out|thrown away|left behind)\b/,
    pattern:
      /\b(?:nobody|no one|no-one|noone)(?: is|'s)? (?:ever )?(?:coming|going to come|gonna come|will come|'ll come) back for (?:it|me|them)\b|\b(?:nobody|no one|no-one|noone) (?:wants|will want|would want|needs|misses|would miss|will miss|notices|would notice) (?:it|me)\b/,
  },
  {
    id: 'en.who-gets-pet',
    category: 'indirect',
    about: 'self',
    // A pet or a belonging's next keeper arranged, no reason named: "sorting out who gets the dog".
    pattern:
      /\b(?:sorting|sorted|working|worked|figuring|figured|deciding|decided|settling|settled|arranging|arranged)(?: out)? who (?:gets|will get|'ll get|should get|takes|will take|'ll take|should have|'ll have|is having|is taking|has) (?:the|my) (?:dog|cat|pet|rabbit|bird|hamster|parrot|budgie|tortoise|kitten|puppy|horse|pony|guitar|tools|car|bike|records|watch|ring)s?\b/,
    unless:
      /\b(?:divorc\w*|split\w*|ex|separat\w*|break-?up|broke up|moving|move|emigrat\w*|care home|nursing home|hospital|surgery|operation|holiday|away|trip|baby|allerg\w*|landlord|new flat|abroad|deploy\w*|kids|when we|weekend|week|while)\b/,
  },
  {
    id: 'en.end-of-them',
    category: 'explicit',
    // Means named and "that'd be the end of him": "he'll take the shotgun up the field and that'd be the end of him".
    context:
      /\b(?:shotgun|rifle|gun|pistol|firearm|rope|noose|pills|tablets|bridge|cliff|tracks|train|river|quarry|ledge|roof|motorway)\b/,
    pattern:
      /\b(?:that'd|that would|that'll|that will|that's|that is|it'd|it would|it'll) be (?:the )?(?:end of (?:me|him|her|them)|last of (?:me|him|her))\b(?! (?:laughing|at the|in the))/,
    unless:
      /\b(?:crows?|rabbits?|fox(?:es)?|vermin|pigeons?|rats?|squirrels?|deer|magpies?|mink|the (?:fox|rabbit|rat|crow)|laugh\w*|embarrass\w*|cringe|boss|exam|job|diet|career|marriage|relationship)\b/,
  },
  {
    id: 'en.swallow-all-means',
    category: 'explicit',
    // A stated intent to swallow all of someone's means: "they're going to swallow all their mum's pills tonight".
    pattern: p(
      "\\b(?:going to|gonna|about to|will|'ll|want(?:s|ed)? to|wanna|threaten\\w* to|plan(?:s|ning)? to) (?:swallow|take|neck|down) (?:all|every one|the whole lot|the lot) (?:of )?(?:the|my|her|his|their|(?:my|her|his|their) \\w+(?:'s|s)?) (?:{MEANS})\\b",
    ),
    unless:
      /\b(?:with (?:food|breakfast|dinner|lunch|water|milk|a meal|meals)|at once each|organi[sz]er|dosette|each day|daily|every (?:morning|night|day|evening)|as prescribed|course|antibiotics|finish the course)\b/,
  },
  // ── Kinds from batch 24 ─────────────────────────────────────────────────
  {
    id: 'en.wounds-posted-other',
    category: 'indirect',
    about: 'other',
    // Someone shows their wounds online or to the writer: "posted a pic of her wrists on her story".
    pattern:
      /\b(?:posted|posting|posts|shared|sharing|shares|sent|sending|sends|snapped|snapchatted|uploaded|put up|dm'd|dmed|messaged) (?:me |us |the group |the chat |our group )?(?:a |an |some |this |these )?(?:pic|pics|picture|pictures|photo|photos|snap|snaps|selfie|video|image|images|story|screenshot) of (?:her|his|their) (?:(?:fresh|new|deep|bleeding|bloody|cut|slit|slashed|bandaged) )?(?:cuts|wounds|wrists|(?<=(?:fresh|new|deep|bleeding|bloody|cut|slit|slashed|bandaged) )(?:arms?|thighs?|legs?|scars|burns))\b(?![^.!?]*\b(?:tattoo\w*|bracelets?|bangles?|watch|henna|nails|manicure|cast|splint|brace|sprain\w*|rings?|jewell?ery|charity|awareness|recovery|healed|proud)\b)/,
    unless: COVERED_ACCIDENT,
  },
  {
    id: 'en.locked-in-other',
    category: 'explicit',
    about: 'other',
    // Someone shut in alone after saying they will do it, or with means: "said she's going to do it
    // tonight and locked herself in the bathroom".
    context:
      /\b(?:(?:going to|gonna|about to|will|'ll|wants? to) (?:do it|end it|go through with it|kill (?:herself|himself|themselves)|die)|(?:done|tried) (?:it|this) before|pills|tablets|blades?|razors?|a knife|rope|end (?:her|his|their) life|said goodbye|goodbye (?:text|message|note))\b/,
    pattern:
      /\b(?:locked|locking|locks|barricaded|barricading|shut) (?:herself|himself|themselves|themself) in (?:the|her|his|their|a|our|my) (?:\w+ )?(?:bathroom|toilet|loo|room|bedroom|car|garage|shed|en-?suite|flat)\b/,
  },
  // ── Kinds from batch 26 ─────────────────────────────────────────────────
  {
    id: 'en.next-time-method',
    category: 'explicit',
    negationProof: true,
    // Attempts told, and the next one with other means: "had a go at it twice. both times pills. third time won't be pills".
    context:
      /\b(?:(?:had|took|gave it|'ve had|have had) a (?:go|crack|shot|try) at it|(?:tried|attempted|done) it (?:before|twice|once|three times|\d+ times|already)|attempts?|attempted|overdosed|od'?d|tried to (?:kill|end|hang|overdose|take))\b/,
    pattern: p(
      "\\b(?:third|fourth|fifth|next|second) time (?:won't|will not|isn't going to|is not going to|ain't gonna|ain't going to|wouldn't) be (?:with )?(?:the |my )?(?:{MEANS}|tablets|blades?|a blade|cutting)\\b|\\b(?:third|fourth|fifth|next|second) time (?:i'll|i will|i'm going to|i'm gonna|it'll|it will|it's going to|it's gonna) (?:be|use|try|do it) (?:with )?(?:the |a |my )?(?:rope|gun|shotgun|rifle|bridge|train|tracks|knife|something (?:stronger|that works|more certain|that'll work)|properly|right)\\b",
    ),
    unless: OTHER_TREATMENT,
    unlessBeside: OTHER_TREATMENT,
  },
  {
    id: 'en.ending-near-accepted',
    category: 'indirect',
    about: 'self',
    // One's own ending felt near and accepted calmly: "the ending's near and I'm fine with that".
    pattern:
      /\b(?:the |my )?end(?:ing)?(?:'s| is) (?:near|close|coming|nigh|in sight|not far(?: off)?)\b[^.!?]{0,30}\b(?:i'm|i am|i feel) (?:fine|ok|okay|alright|at peace|ready|content|calm|good|happy) with (?:that|it)\b|\bi(?:'m| am) (?:fine|ok|okay|alright|at peace|ready|content|calm) with (?:the|my) end(?:ing)? (?:being )?(?:near|close|coming)\b/,
    unless:
      /\b(?:series|show|season|book|novel|film|movie|term|semester|contract|lease|tenancy|project|game|tour|course|degree|pregnancy|holiday|job|shift|era|week|month|year|saga|trilogy|podcast|story|chapter|match|race|marathon|summer|winter|autumn|spring|exams?|school|uni|battery|phone)\b/,
  },
  {
    id: 'en.gun-code-known',
    category: 'explicit',
    about: 'self',
    // A gun within the writer's reach, the lock no bar: "the gun is my dad's, it's in the cupboard and I know the code".
    context: /\b(?:gun|guns|rifle|shotgun|pistol|firearm|revolver|handgun|glock)\b/,
    pattern:
      /(?<=\b(?:gun|guns|rifle|shotgun|pistol|firearm|revolver|handgun|glock|safe|cabinet|cupboard|lockbox|lock box)\b[^.!?]{0,80})\bi (?:know|found|worked out|figured out|have|got|'ve got|saw him put in|watched him put in) (?:the |his |her |their |dad's |my \w+'s )?(?:code|combination|combo|pin|key|keys|password)\b|\bi (?:know|found|worked out|figured out|have|got|'ve got) (?:the |his |her |their |dad's |my \w+'s )?(?:code|combination|combo|pin|key|keys|password) (?:to|for) (?:it|the (?:gun \w+|safe|cabinet|lockbox))\b/,
    unless:
      /\b(?:range|hunting|hunt|deer|stalking|clays|shooting (?:club|season|range|lessons?)|licen[cs]e|safety (?:course|lessons?)|taught me|teach me|season|cleaning|in case of|burglar\w*|intruder\w*)\b/,
  },
  {
    id: 'en.sea-have',
    category: 'explicit',
    // Going overboard to drown: "he'll just go over the side one night and let the sea have him".
    pattern:
      /\blet the (?:sea|river|water|waves|tide|ocean|current) (?:have|take) (?:me|him|her)\b|\b(?:go|going|went|slip|slipping|step|stepping|jump|jumping) over the side\b(?=[^.!?]*\b(?:one night|and not come back|never come back|let the (?:sea|water|waves)|tonight|for good)\b)/,
    unless:
      /\b(?:holiday|swim\w*|surf\w*|sail\w*|paddl\w*|kayak\w*|snorkel\w*|div(?:e|ing)|wetsuit|for (?:a|the) (?:day|week|weekend|afternoon|morning|summer)|boat party)\b/,
  },
]);

export const ENGLISH: RuleSet = {
  language: 'en',
  rules: RULES,
  // "Not gonna lie", "I don't know why", "never felt so": words with a "not" that deny nothing.
  negation:
    /(?<!\b(?:said|says|saying|thinks|thought|reckons?|reckoned|told me|tells me|bet|betting|doubts?|doubted) (?:that )?(?:i'd|id|i would|i'll|i will|i) (?:[a-z]+ )?)\b(?:not|never|don't|do not|won't|will not|wouldn't|would not|no intention of|no plans? to|no way|(?:no|zero|not one|not a single) (?:thoughts? (?:of|about)|urges? to|desire to))\b(?! (?:know|care|think|sure|even|only|just|lying|kidding|joking|exaggerating|(?:gonna|going to|to) lie|a joke|being dramatic)\b)(?! (?:[a-z']+ ){0,2}(?:so|this|more|as|such)\b)(?: [a-z']+){0,3} ?$|\b(?:no|zero) $|\b(?:don't|do not|never|haven't|have not|didn't|did not|not)(?: [a-z']+){0,2} (?:thoughts?|urges?|plans?|intentions?|desire|wish) (?:of|about|to|for) $/,
  // A question hedges only when it doubts the denial ("…right?", "would I?"); "Can we talk about
  // sleep next session?" hedges nothing.
  asked:
    /\b(?:asked\b[^.!?]{0,30}\b(?:if|whether|about)|questions? (?:about|on)|(?:form|questionnaire|screening|screener) (?:asked|asks))\b/,
  answeredNo:
    /^(?:i (?:said|told (?:her|him|them)|answered|replied),? )?(?:(?:and )?(?:honestly|truthfully|genuinely|in all honesty|to be honest|tbh),? )?(?:no|nope|never|never have|never had|never did|i never have|i never had|i haven't|i have not|not once|not ever|nothing like that)(?:,? (?:ever|at all|not once|thank god|thankfully))?(?:,? and (?:it felt (?:good|true|right)|i meant it)(?: to say it)?(?: and (?:mean|meant) it)?)?[.!]*$/,
  explainedNext:
    /^(?:(?:it|that) )?(?:was|were) (?:(?:just|only|all) )?(?:about|because of|over)\b(?! (?:life|death|plan|pills|future|it|real)\b)|^i meant (?:the|my|work|school)\b(?! (?:life|death|plan|pills|future)\b)|^(?:(?:she|he|they) )?(?:says|said) it (?:laughing|as a joke|jokingly|with a grin)\b|^(?:she|he|they) (?:laughs|laughed|was laughing|is laughing) (?:when|as|while) (?:she|he|they) (?:says|said) it\b|^(?:it|that|the (?:note|letter|message|envelope))(?:'s| is| was| turned out to be) (?:just |only |actually |basically |literally )?(?:a|an) (?:joke|prank|gag|wind-?up|(?:shopping|to-?do|grocery|pizza|takeaway|chore|packing) list|list of (?:who owes|debts|what (?:\w+ )?owes?|iou)|ious?|bill|invoice|receipt|recipe|takeaway menu|meme)\b|^(?:(?:it was|that was|it's|that's) )?(?:obviously|clearly|just|only) (?:a )?(?:joke|joking|kidding)\b/,
  hedge:
    /\bat least not\b|\bnot (?:this|next) (?:week|month|weekend|time)\b|\bnot making (?:any )?promises\b|\bwhile (?:my \w+|mum|mom|dad|nan|gran|[a-z]+)(?:'s| is| are|'re)? (?:still )?(?:alive|around|here)\b|\bas long as\b|\bit's just that i(?:'ve| have)? (?:been|keep|can't stop)\b|\b(?:probably|maybe(?! (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|half an?|a couple of|a few) (?:hours?|hrs|minutes?|mins|cups?|pages?|miles?)\b)|i think|i don't think|not sure|yet|tonight(?! (?:he|she|they|we|(?:the|my|our) \w+) (?!(?:is|are|will|won't|can't|might|may|and)\b)\w+)|(?<!\b(?:better|calmer|lighter|brighter|sad|tired|low|down|flat|rough|meh|wiped|exhausted|knackered) )(?<!\b(?:appointment|appt|clinic|scan|check-?up|review|consultation)\b[^.!?]{0,30})today(?! (?:was|has been)\b)|for now|i guess|i hope|kind of|sort of|unless|this time|not anymore|except|who knows|we'll see|no promises|can't promise|i mean,? i might|or i might|might not)\b|\b(?:but|just|still) (?:think|thinking) about it\b|\bthink(?:ing)? about it (?:every|all the|a lot|constantly)\b|\b(?:right|am i|would i|will i|could i|or what|or not|is it|isn't it|do i)\?/,
  serious:
    /\bunless\?|\bgenuinely not sure\b|\b(?:don't|do not|didn't) mean (?:it|that|this) (?:the way (?:people|everyone|you) (?:usually |normally )?(?:mean|say) it|as a (?:joke|figure of speech)|figuratively)\b|\bnot (?:as )?a figure of speech\b|\bi mean(?:t)? (?:it|that) literally\b|\bliterally,? not figuratively\b/,
  distantPast:
    /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple of|several|many) (?:years?|months) (?:ago|since|back|on)|(?:a|one) year (?:ago|since)|as a (?:teen|teenager|kid|child|student)|in my (?:teens|twenties|early twenties)|when i was (?:\d+|a (?:teen|teenager|kid|child|student)|younger|at (?:school|uni))|at (?:1[0-9]|2[0-9])\b(?! ?(?:am|pm|mg|%))|back in (?:19|20)\d\d|(?:in|during) (?:19\d\d|20[01]\d|202[0-2])|(?<!\b(?:i'm|i am|im|still|now|currently|we're|and) )(?:in|during) (?:high|secondary|middle|junior high) school|when i was (?:using|drinking|on the gear|in (?:active )?addiction)|(?:voice|thoughts?|brain|head|illness|depression|ed) used to (?:tell|say to|whisper to|scream at) me|this time (?:last|two|three) years?(?: ago)?|when i (?:got out of|came out of|left) the (?:army|forces|navy|military|marines|raf|service|regiment)|i used to (?:self[- ]?harm|cut|hurt myself|burn myself|want to die|be suicidal|think|believe|feel like)|(?:haven't|have not|not) (?:self[- ]?harmed|cut|sh'?d|hurt myself|burned myself) (?:in|for) (?:over |more than |almost |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) years|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) years (?:clean|free) (?:from|of|off) (?:cutting|self[- ]?harm(?:ing)?|sh|hurting myself|burning))\b/,
  safeNow:
    /\b(?:so i (?:can |always )?|to |i want to |helps me )remember the difference\b|\bwhat a difference (?:a |one |two |three |\d+ |a few |a couple of )?(?:years?|months?) (?:makes?|made)\b|\b(?:today|now|this year) (?:i'm|i am|we're|we are) (?:planning|organi[sz]ing|booking|getting ready for) (?:my|our|a|the) (?:[a-z]+(?:'s)? ){0,2}(?:christening|baptism|naming day|wedding|birthday party|graduation|baby shower|anniversary|bar mitzvah|bat mitzvah)\b|\b(?:i'm|i am|i feel|i'm feeling) (?:now )?(?:safe|in (?:a|such a) (?:completely |totally |really |much |very )?(?:different|better|good) place|doing (?:really |so )?well)\b|\b(?:i'm|i am) (?:now )?somewhere (?:completely |totally |really |so |very |much )?(?:different|better)(?: now)?\b|\b(?:haven't|have not|hasn't|not) (?:had|felt) (?:those|these|any|the|that) (?:thoughts|urges|feelings) (?:in|for) (?:well )?(?:over )?(?:a|one|two|three|\d+) (?:years?|months)\b|\b(?:don't|doesn't|do not|does not) (?:really )?bother me (?:much |at all )?(?:now|anymore|any more)\b|\bas a win\b|\bhow (?:far i've come|things change|much has changed)\b|\bglad (?:i'm|i am|to be) (?:still )?(?:here|alive)\b|\bnever thought i'd (?:get|make it) (?:here|this far)\b|\bweight (?:lifted|off my (?:chest|shoulders))\b|\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen) (?:years?|months) (?:clean|sober)\b|\b(?:the |my |old )?scars (?:have |had |'ve |are |were )?(?:long |all |mostly |now )?(?:faded|healed)\b|\bi (?:felt|feel|'ve felt|have felt|'m feeling|am feeling) (?:really |so |genuinely |truly |properly |quite |very )?content\b(?![^.!?]{0,40}\b(?:peace|decided|decision|ready|goodbye|plan\w*|sorted|in order)\b)|\b(?:i'm|i am) (?:okay|ok|fine|alright)[.,]? (?:genuinely|really|truly|honestly) (?:okay|ok|fine|alright)\b|\b(?:actually|really|genuinely) want to (?:see|watch) (?:it|them|her|him) (?:bloom|flower|grow up|grow|graduate)\b|\brecovery (?:is|'s)\b[^.!?]{0,40}\b(?:it's|it is|and) working\b|\b(?:so |really |very )?glad i stayed\b|\b(?:got|pulled|helped|carried) me through (?:it|that|those (?:years|months|days|times)|the worst)\b|\b(?:it's|it has|it's been|it has been|been) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-?four|several|many) (?:years?|months) since (?:those|these|the|that|my|any) (?:thoughts|urges|feelings|days)\b|\bfull circle\b|\bstill here,? (?:and )?still (?:grateful|standing|going|singing|smiling)\b|\bi (?:don't|do not) (?:think|feel) (?:that|that way|like that) (?:any ?more|now)\b|\b(?:a |the |my )?tattoo (?:over|covering) (?:the|my) (?:old )?scars\b|\bi laughed (?:properly|for real|like i meant it)\b|\b(?:haven't|have not|not) (?:self[- ]?harmed|cut|sh'?d|hurt myself|burned myself) (?:in|for) (?:over |more than |almost |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a couple of|a few) years\b|\b(?:just )?(?:wanted|want|like|liked) to mark (?:it|the day|this|today)\b|\bto (?:mark|celebrate) (?:me )?(?:still )?(?:being (?:here|alive)|surviving|making it (?:this far|through))\b|\bnow i(?:'m| am) (?:a |an )(?:\w+ )?(?:nurse|doctor|teacher|counsell?or|therapist|peer (?:mentor|supporter|worker)|support worker|youth worker|social worker|paramedic|psychologist)\b/,
  recurring:
    /\b(?:(?<!\b(?:talking|speaking|talk|speak|visiting|texting|ringing|calling) (?:to |with )?(?:me|us) )again|lately|recently|(?<!\b(?:place|better|well|calmer|happier|settled|stable)(?: now)? )these days|(?<!\bago )this week i(?! (?:felt|feel|'ve felt|have felt) (?:really |so |genuinely |truly |properly |quite |very )?(?:content|happy|good|great|well)\b(?![^.!?]{0,40}\b(?:peace|decided|decision|ready|goodbye|plan\w*|sorted|in order)\b))|back to|coming back|came back|creeping back|relaps\w*|still (?:want|think|feel|have (?:thoughts|urges))|tonight|tomorrow|not safe|yesterday|last (?:night|week))\b/,
  thirdPerson:
    /\b(?:she|he|they|she's|he's|they're|she'd|he'd|she'll|he'll|they'll|they'd|her|his|them|my (?:best |close |old |little |big |younger |older |(?!inner )[a-z]+ )?(?:friend|sister|brother|mom|mum|mother|dad|father|partner|boyfriend|girlfriend|bf|gf|wife|husband|son|daughter|cousin|roommate|flatmate|housemate|colleague|coworker|co-worker|teen|kid|child|niece|nephew|aunt|uncle|grandma|grandpa|gran|nan|grandad|grandmother|grandfather|bestie|bff|ex|student|mate|twin|teammate|team-mate|mentee|neighbour|neighbor|stepdad|stepmom|stepmum|client|patient)s?|one of my \w+|(?:a|this|that|the) (?:friend|colleague|coworker|girl|guy|boy|woman|man|kid|student|client|patient|lad|member|person|mate|teen|teammate|regular|customer|neighbour|neighbor|old man|old lady)|(?:friend|mate|colleague|pal|buddy) of (?:mine|ours)|our (?:support|healer|tank|jungler|adc|carry|mid laner|top laner|igl|keeper|goalie|sniper)(?! (?:group|groups|session|sessions|worker|workers|team|network|line|plan|staff|services?|bubble|system|circle|call|chat)\b)|(?:a |my |this )?(?:friend|mate|pal|buddy|colleague|lad|teammate) from (?:my |the |our )?(?:work|school|uni|college|church|club|gym|footie|football|five-a-side|5-a-side|\d+-a-side|rugby|cricket|netball|choir|band|group|team|the pub)|(?:my|our|a|an) (?:\d+|\w+teen|\w+ty)[- ]?(?:year|yr)[- ]?old|(?:my|our|a|an) \d+ ?(?:yo|y\/o|y\.o\.?)|mum|mom|dad|mother|father|grandma|grandpa|gran|nan|grandad|granddad|someone|somebody)\b/g,
  firstPerson: /\b(?:i|i'm|i've|i'd|i'll|me|myself)\b/g,
};

// Whether a sentence supports an answer: it must contain the question's key terms (or the forms and
// synonyms the article uses) and the kind of thing the question asks for (a number for "how many", a
// date for "when", a place for "where"), in the tense the question asks about.

import { COUNT_WORD, NUMBER_WORD, ORDINAL_WORD } from '../extract/numbers.js';
import { FULL_MONTH, WEEKDAY } from '../extract/lexicon/calendar.js';
import { COUNTRIES } from '../extract/lexicon/countries.js';
import { findCountries } from '../extract/countries.js';
import { contentTerms, isOwnStem, stem } from './retrieve.js';
import { isAlnum } from '../extract/tokens.js';

/** Words a question is made of that are not what it is about. */
const QUESTION_WORDS = new Set(
  [
    'how',
    'many',
    'much',
    'long',
    'far',
    'old',
    'what',
    'which',
    'who',
    'whom',
    'whose',
    'when',
    'where',
    'why',
    'did',
    'does',
    'do',
    'is',
    'are',
    'was',
    'were',
    'will',
    'would',
    'can',
    'could',
    'should',
    'has',
    'have',
    'had',
    'say',
    'said',
    'tell',
    'told',
    'according',
    'article',
    'story',
    'report',
    'text',
    'time',
    'day',
    'date',
    'year',
    'month',
    'number',
    'share',
    'percentage',
    'proportion',
    'amount',
    'figure',
    'total',
    // "What is the death toll?": the count of the dead, "toll" no word of it.
    'toll',
    'place',
    'worth',
    'cost',
    'value',
    'valued',
    'held',
    'hold',
    'take',
    'took',
    'happen',
    'happened',
    'there',
    'get',
    'got',
    'give',
    'given',
    'make',
    'made',
    'new',
    'big',
    'large',
    'size',
    // "How far away is it?": the distance is the answer, "away" no word of it.
    'away',
    // "What else was discussed?": the rest, in no particular word.
    'else',
    // "Has anyone been killed?": who, in no particular words.
    'anyone',
    'anybody',
    'someone',
    'somebody',
    // "Was he acquitted of anything?": what, in no particular words.
    'anything',
    'something',
    // "Is the company still hiring?": whether it goes on, which the text need not say in that word.
    'still',
    // "How much did he allegedly take?": a claim asked as such, which the text tells in its own words ("prosecutors said").
    'allegedly',
    'reportedly',
    'supposedly',
    // "When will it cool down?", "When did the talks break up?": a verb's particle, which the text need not write.
    'down',
    'up',
  ].map(stem),
);

/** The words a report and a question call a company by: "the company", "the airline", "the carmaker". */
export const COMPANY_KINDS: readonly string[] = [
  'company',
  'firm',
  'carmaker',
  'automaker',
  'drugmaker',
  'chipmaker',
  'retailer',
  'airline',
  'carrier',
  'insurer',
  'lender',
  'manufacturer',
  'bank',
];

/** Bodies a question may name in common words ("What did the bank say?"), each first in its row, with the words a report
 * may call the same kind of body by ("the lender"): a text that writes none of a row's words names no such body, whoever
 * else it quotes. Only a row's first word is asked of this way; the others are only other ways to write it. */
export const BODY_KINDS: ReadonlyArray<readonly string[]> = [
  ['bank', 'lender'],
  ['airline', 'carrier'],
  ['insurer'],
  ['hospital', 'clinic'],
  ['school'],
  ['university', 'college'],
  ['museum', 'gallery'],
  ['club'],
  ['party'],
  ['committee', 'panel', 'commission'],
  ['federation', 'association'],
  ['regulator', 'watchdog', 'authority'],
  ['embassy', 'consulate'],
  ['union'],
  ['court', 'judge', 'justice', 'tribunal'],
  ['police', 'officer', 'constabulary'],
  ['army', 'military', 'troops', 'soldier'],
  ['ministry', 'minister', 'department'],
  ['government', 'administration', 'cabinet', 'ministry', 'minister', 'president', 'premier', 'chancellor'],
  ['council', 'councillor', 'councilor'],
  ['board', 'trustee', 'director'],
  ['charity'],
  ['agency'],
];

/** Whether a text writes a body of the kind a common word names ("bank": "the bank", "banks", "the lender's"); null for a
 * word that is no row's first. */
export function writesBodyKind(kind: string, text: string): boolean | null {
  const row = BODY_KINDS.find((r) => r[0] === kind);
  if (!row) return null;
  // (In any number: "party", "parties"; "bank", "banks".)
  const forms = row.flatMap((w) => [w, w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`]);
  return new RegExp(`\\b(?:${forms.join('|')})\\b`, 'i').test(text);
}

/** What a plan holds, as reports word it (stems): "includes", "calls for", "is made up of". */
export const HOLDS: readonly string[] = [
  'includ',
  'contain',
  'compris',
  'calls for',
  'call for',
  'sets out',
  'set out',
  'made up of',
  'consist',
  'involv',
  'provides for',
];

/** Other words the article may use for a question's word (stems on both sides). */
const SYNONYMS: ReadonlyArray<readonly string[]> = [
  ['attend', 'take part', 'particip', 'present', 'join'],
  ['discuss', 'talk', 'agenda', 'debat'],
  // ("When did the truce start?" is answered by "The truce … took effect on Monday".)
  [
    'start',
    'begin',
    'open',
    'commenc',
    'broke out',
    'break out',
    'erupt',
    'took effect',
    'take effect',
    'takes effect',
    // ("When does she start?" is answered by "She takes over in June".)
    'take over',
    'takes over',
    'took over',
    'came into force',
    'come into force',
    'comes into force',
  ],
  // A deadline as reports word it: "What is the deadline?" is answered by "Halvex has until noon on 3 May to …".
  ['deadline', 'has until', 'have until', 'had until', 'no later than'],
  // ("When does the contract end?" is answered by "The contract runs until 2031"; "When does the warning end?" by "A storm
  // warning is in effect until Friday"; "When will the heat end?" by "The heat is expected to last until Friday".)
  [
    'end',
    'close',
    'finish',
    'conclud',
    'expir',
    'runs until',
    'run until',
    'lasts until',
    'last until',
    'lasted until',
    'in effect until',
    'in force until',
    'in place until',
  ],
  // A body meets in session: "When will parliament meet?" is answered by "the new assembly's first sitting on June 3".
  // (… and a consortium's or a company's meeting of all its members: "The members' next general assembly is in Lima in May".)
  ['meet', 'met', 'meeting', 'talk', 'session', 'sitting', 'convene', 'general assembl', 'annual general meeting'],
  // Talks taken up again: "When will talks resume?" is answered by "both sides would sit down again in Lima next week".
  // (… or a hearing adjourned until a day: "When will the hearing resume?" is answered by "adjourned the hearing until 3 May".)
  ['resum', 'again', 'reconven', 'restart', 'adjourn'],
  ['country', 'nation', 'state'],
  ['die', 'dead', 'death', 'kill', 'fatal'],
  // ("Is anyone missing?" is answered by "three crew are unaccounted for".)
  ['miss', 'unaccounted for'],
  // A quake is an earthquake: "How strong was the quake?" is answered by "A magnitude 6.8 earthquake struck …".
  ['quake', 'earthquake', 'tremor'],
  // A measure asked by its adjective, given by its noun: "How deep was it?" → "at a depth of 10 kilometres".
  ['deep', 'depth'],
  ['wide', 'width'],
  // ("Who will get the money?" is answered by "They will keep most of the proceeds.")
  ['money', 'fund', 'pledg', 'financ', 'proceeds'],
  // An estimate as reports word it: "What was the estimate?" is answered by "It had been expected to fetch $5 million".
  ['estimat', 'expected to fetch', 'expected to sell for'],
  ['win', 'won', 'winner', 'prize', 'beat'],
  // ("How much will it invest?" is answered by "will spend 2 billion euros on new plants".)
  ['pay', 'paid', 'cost', 'spend', 'spent', 'fee', 'invest'],
  // An abstention is a way of voting: "Did Peru vote for it?" is answered by "Peru and Chile abstained"; so is a judge's
  // dissent: "Who voted against?" of a court, by "Justices Ana Roy and Tom Vale dissented".
  ['vote', 'voted', 'ballot', 'abstain', 'dissent'],
  // Opposition as reports word it: "Who opposed it?" is answered by "Ana Roy and Tom Vale voted against the budget", or by
  // a dissent; "Who was against it?" by "The plan was opposed by two councillors", or "Three others also voted no".
  // (The verb with its "to": "objected" alone would read as the noun "objects", "displays 4,000 objects".)
  ['oppos', 'opposed', 'against', 'objected to', 'objection', 'voted against', 'voted no', 'dissent', 'not accept', 'refused to accept'],
  // Support as reports word it: "Who supported the moratorium?" is answered by "Palau and Fiji pushed for a moratorium".
  ['support', 'backed', 'backing', 'pushed for', 'push for', 'pushing for', 'in favour of', 'in favor of', 'voted for', 'endorsed'],
  ['member', 'membership'],
  ['share', 'percent', 'per cent', '%'],
  // A rate is given as a percentage: "What is the inflation rate?" is answered by "Inflation fell to 2.9 per cent".
  ['rate', 'percent', 'per cent', '%'],
  // A company's forecast, as reports word it: "What is the margin forecast?" is answered by "now expects an operating margin of 5 per cent".
  ['forecast', 'expects', 'guidance', 'outlook', 'guided'],
  // Reopening as reports word it: "When will schools reopen?" is answered by "will remain closed until May 4".
  ['reopen', 'closed until', 'shut until'],
  // Height as reports give it: "How tall is the tower?" is answered by "a 32-storey tower".
  ['tall', 'height', 'storey', 'storeys', 'stories', 'metres', 'meters', 'feet'],
  ['people', 'person', 'resident', 'adult', 'patient', 'participant', 'individual', 'viewer', 'spectator', 'passenger'],
  ['next', 'upcom', 'follow', 'future', 'further', 'again', 'second'],
  ['misclassifi', 'classifi', 'sham', 'contractor'],
  ['trade', 'commerce'],
  // A union of states by its letters: "What did the EU say?" is answered by "The European Union's envoy to Lima said …".
  ['eu', 'european union'],
  // Putting off as reports word it: "What was delayed?" is answered by "… but put off the vote on the port plan".
  ['delay', 'put off', 'postpon', 'defer'],
  // More of a thing as reports word it: "Will there be more strikes?" is answered by "The union will hold another strike in May".
  ['more', 'another', 'additional'],
  // Jobs as reports count them: "How many jobs will be lost?" is answered by "Some 40 posts will be lost in Lima".
  ['job', 'position', 'post'],
  // Putting a bill or a text forward, as reports word it: "Who proposed it?" is answered by "The bill, introduced by Ana Roy".
  ['propos', 'put forward', 'suggest', 'introduced by', 'tabled by', 'sponsored by', 'drafted'],
  // What a plan holds, as reports word it: "What does the plan include?" is answered by "The plan calls for A, B and C".
  HOLDS,
  // How a whole is divided: "How is the fund split?" is answered by "It is made up of 3 billion in loans and 2 in grants".
  ['split', 'made up of', 'divid', 'compris', 'consist', 'broken down'],
  // (… as a market report words a day's move: "Halvex shares closed up 2.3%".)
  // ("How high did the river rise?" is answered by "The river peaked at 5.2 metres".)
  ['rise', 'raise', 'increas', 'climb', 'jump', 'surg', 'soar', 'gain', 'closed up', 'closed higher', 'ended higher', 'finished higher', 'peaked'],
  ['deal', 'takeover', 'acquisition', 'merger'],
  // A ceasefire as reports word it: "When does the ceasefire start?" is answered by "The truce is due to take effect …".
  ['ceasefire', 'truce', 'armistice'],
  // "Will customers be compensated?" is answered by "users would get a full refund".
  ['compensat', 'refund', 'reimburs'],
  // "Is it a record fine?" is answered by "the largest penalty it has ever given".
  ['record', 'largest', 'biggest', 'highest ever'],
  // ("When will it cool down?" is answered by "temperatures would start to fall on Monday".)
  ['fall', 'drop', 'declin', 'lower', 'reduc', 'closed down', 'ended down', 'finished down', 'cool'],
  // A cut as reports word it: "How much will Saudi Arabia cut?" is answered by "trimming 500,000 bpd".
  ['cut', 'trim', 'slash', 'reduc'],
  ['obstacle', 'barrier', 'hurdle'],
  // Asking for something, as reports word it: "What did X ask for?" is answered by "She made two requests: …", "She
  // called for a ceasefire", "urged donors to give more".
  ['ask', 'request', 'call for', 'calls for', 'called for', 'urg'],
  ['travel', 'trip', 'visit'],
  ['apolog', 'sorry', 'regret'],
  ['aid', 'assistance', 'relief'],
  // Getting somewhere, as reports word it: "When will they reach Lima?" is answered by "… expected to fly on to Lima on Tuesday".
  // ("When will the troops arrive?" is answered by "Peru would deploy 200 soldiers by June".)
  // ("When will the jets arrive?" is answered by "The first trains are due to be delivered in 2029".)
  ['arriv', 'reach', 'fly', 'flew', 'flown', 'land', 'deploy', 'deliver'],
  // An obligation as reports word it: "What must the company do?" is answered by "ordered the company to delete …".
  // ("When must X report?" is answered by "The resolution asks X to report every 90 days".)
  ['must', 'order', 'requir', 'oblig', 'has to', 'have to', 'asks', 'asked', 'calls on', 'called on'],
  // Losing a post, as reports word it: "When was the coach sacked?" is answered by "was dismissed on October 30".
  ['sack', 'dismiss', 'oust'],
  // To confirm is to verify, whatever "confirmed in" tells below of where a disease spread: "Is the result confirmed?" is
  // not answered by "covered in ice".
  ['confirm', 'verif', 'corroborat'],
  // Filling a post, as reports word it: "Who will replace her?" is answered by "X would take over the ministry".
  ['replac', 'take over', 'takes over', 'took over', 'successor', 'in place of', 'in his place', 'in her place'],
  // A promise as reports word it: "What did X promise?" is answered by "She campaigned on building 20,000 homes".
  ['promis', 'pledg', 'vow', 'campaigned on'],
  // An aircraft as reports word it: "Where did the plane crash?" is answered by "a passenger jet that crashed in the Andes".
  ['plane', 'jet', 'aircraft', 'airliner', 'freighter'],
  // A crash as reports word it: "What caused the crash?" of a report whose train "derailed".
  ['crash', 'derail', 'collision', 'collided', 'accident'],
  // A failure is what failed: "What caused the failure?" is answered by "its booking software had failed under the load".
  ['fail', 'failur', 'broke down', 'malfunction'],
  // Who was on board (read as "aboard"), as reports word it: "How many passengers were on board?" is answered by "was carrying
  // about 90 passengers".
  ['aboard', 'carrying'],
  // A thing by its short name: "How many bikes were recalled?" is answered by "the recall of 12,000 electric bicycles".
  ['bike', 'bicycl'],
  ['phone', 'handset', 'smartphone'],
  // A loan as reports word it: "How will the loan be repaid?" is answered by "agreed to lend Ukraine $50 billion, to be repaid …".
  ['loan', 'lend', 'lent', 'lending'],
  // An audience as reports word it: "How many people watched?" is answered by "drew 19.5 million viewers".
  ['watch', 'viewer', 'audience', 'spectator'],
  // A resignation as reports word it: "Why did Ana Roy resign?" is answered by "Roy stepped down after an audit found …".
  ['resign', 'step down', 'stepped down', 'steps down', 'stepping down', 'quit'],
  // A strike as reports word it: "What percentage voted for strikes?" is answered by "98% backed industrial action".
  // ("How long will the strike last?" is answered by "would walk out for 48 hours"; "How much did the strike cost?" by "the
  // two-day stoppage cost …".)
  ['strike', 'industrial action', 'walkout', 'walk out', 'walks out', 'walked out', 'walking out', 'stoppage'],
  // Whether a vote binds, as reports word it: "Was the vote binding?" is answered by "The vote is advisory".
  ['binding', 'advisory'],
  // A verdict as reports word it: "What was X convicted of?" is answered by "found … guilty of three counts of bribery".
  // A company by its trade: "Why was the company fined?" is answered by "fined carmaker Halvex … for colluding".
  COMPANY_KINDS.map(stem),
  // ("What was the verdict?" is answered by "found … guilty".)
  ['convict', 'guilty', 'verdict'],
  // "How long could he be jailed?" is answered by "faces up to 20 years in prison"; "Why was she jailed?" by "sentenced to
  // 12 years for …".
  ['jail', 'prison', 'imprison', 'sentenced'],
  // "Was anyone hurt?" is answered by "No one was seriously injured".
  // (… and by "Three officers were treated for smoke inhalation", "Two were taken to hospital".)
  ['hurt', 'injur', 'wound', 'treated for', 'treated in hospital', 'taken to hospital', 'hospitalis', 'hospitaliz'],
  // "How many people were evacuated?" is answered by "forced more than 30,000 people to leave their homes".
  // (… and by "the fighting has forced 40,000 people from their homes".)
  ['evacuat', 'flee', 'fled', 'leave their homes', 'left their homes', 'from their homes', 'displac'],
  // "How many firefighters are fighting the fire?" is answered by "2,100 firefighters … are battling the blaze".
  ['fight', 'battl', 'tackl'],
  ['fire', 'blaze', 'flames', 'wildfire'],
  // What an outbreak or a storm reached, as reports word it: "Which countries are affected?" is answered by "has spread to
  // three provinces", "Cases were confirmed in Peru and Chile".
  ['affect', 'hit', 'spread to', 'spread into', 'confirmed in', 'reported in'],
  // A fixture as reports word it: "Who will England play next?" is answered by "where they will face France on Saturday".
  ['play', 'face', 'take on'],
  // A goal as match reports word it: "Who scored for Lima?" is answered by "Lima's second goal was a header from …".
  ['score', 'scorer', 'netted', 'goal'],
  // Where something is based: "Where will the force be based?" is answered by "would be headquartered in Bahrain".
  ['base', 'headquarter'],
  // A listing as reports word it: "How much did the IPO raise?" is answered by "an initial public offering that raised …".
  ['ipo', 'initial public offering', 'flotation'],
  // A law before and after it passes: "When will the law take effect?" of "the bill … would take effect".
  ['law', 'bill', 'legislation'],
  // How often, as reports count it: "How many times did he break the rules?" is answered by "on nine occasions".
  ['time', 'occasion'],
  // Staying on: "Will X stay on the board?" is answered by "She will remain a trustee".
  ['stay', 'remain'],
  // A worry as reports word it: "What are the concerns?" is answered by "Ana Roy warned that the dam could dry the river".
  ['concern', 'worri', 'worry', 'fear', 'warn'],
  // An accusation as reports word it: "What is X accused of?" is answered by "was charged with taking bribes".
  ['accus', 'charged with', 'alleg', 'suspected of', 'on suspicion of'],
].map((group) => group.map(stem));

/** A verb's irregular forms, and its noun where the stem differs ("lose", "lost", "loss"): matched whole,
 * never as a prefix ("sent" is not "sentence"). */
const IRREGULAR: ReadonlyArray<ReadonlySet<string>> = [
  ['write', 'wrote', 'written'],
  ['begin', 'began', 'begun'],
  ['lose', 'lost', 'loss', 'losses', 'defeat', 'defeated', 'defeating'],
  ['decide', 'decided', 'decision'],
  ['sell', 'sold', 'sale'],
  ['buy', 'bought', 'purchase'],
  ['rise', 'rose', 'risen'],
  ['fall', 'fell', 'fallen'],
  ['grow', 'grew', 'grown', 'growth'],
  ['leave', 'left'],
  // Short verbs whose past the stemmer cannot see through ("owed" is four letters).
  ['owe', 'owed', 'owes', 'owing', 'debt', 'debts'],
  ['use', 'used', 'uses', 'using'],
  // ("How much will be paid?" is answered by "a first payment of $40 million is due in May".)
  ['pay', 'paid', 'pays', 'paying', 'payment', 'payments'],
  ['run', 'ran', 'runs', 'running'],
  ['abstain', 'abstained', 'abstaining', 'abstains', 'abstention', 'abstentions'],
  // A verb's noun in "-sion": "How long is the extension?" is answered by "voted to extend the loan for another six months".
  ['extend', 'extended', 'extends', 'extending', 'extension', 'extensions'],
  ['bring', 'brought'],
  ['send', 'sent'],
  ['speak', 'spoke', 'spoken', 'speech'],
  ['choose', 'chose', 'chosen', 'choice'],
  // ("What was found?" is answered by "Divers have uncovered the wreck of a ship".)
  ['find', 'found', 'discover', 'discovered', 'uncover', 'uncovered', 'unearth', 'unearthed'],
  ['build', 'built'],
  // ("What drove the rise?" is answered by "Growth was driven by exports".)
  ['drive', 'drove', 'driven'],
  // A theft as reports word it: "How much was stolen?" is answered by "a £3 million armed robbery".
  ['steal', 'stole', 'stolen', 'theft', 'robbery', 'robbed', 'heist', 'burglary', 'looted'],
  ['fight', 'fought'],
  ['sink', 'sank', 'sunk', 'sinking', 'sinks'],
  // A release as reports word it: "Who was freed?" is answered by "Two hostages … were released on Friday".
  ['free', 'freed', 'frees', 'freeing', 'release', 'released', 'releases', 'releasing'],
  ['take', 'took', 'taken'],
  ['give', 'gave', 'given'],
  ['keep', 'kept'],
  ['tell', 'told'],
  ['swear', 'swore', 'sworn'],
  ['think', 'thought'],
  // ("When did the quake hit?" is answered by "struck … before dawn on Friday".)
  ['strike', 'struck', 'hit', 'hits'],
  // "Where was the epicentre?" is answered by "The quake, centred near the town of …".
  ['epicentre', 'epicenter', 'centred', 'centered'],
  // A response as people word it: "What did X say about the response?" is answered by "I've gotten three different answers".
  ['response', 'responses', 'answer', 'answers', 'reply', 'replies'],
  ['wind', 'winds', 'gust', 'gusts', 'gale', 'gales'],
  // "What is the planet called?" is answered by "The planet, named Lima 12 b, …".
  ['called', 'named', 'dubbed'],
  ['draw', 'drew', 'drawn'],
  // "Who owns the mine?" is answered by "the mine's owner, Lima Coal, said".
  ['own', 'owns', 'owned', 'owner', 'owners'],
  ['break', 'broke', 'broken', 'breaks', 'breaking'],
  // ("Does she deny it?" is answered by "She denies any wrongdoing.": the stemmer reads "deny" and "denies" apart.)
  ['deny', 'denies', 'denied', 'denying', 'denial'],
  // A law by its title's word: "When was the law passed?" is answered by "The Lima Water Act was passed last year" (whole
  // words: "act" as a stem would be "action", "actual").
  ['law', 'laws', 'act', 'acts'],
  // A contest a vote settles: "Who won?" is answered by "The committee chose Lima to host the Games".
  ['win', 'won', 'winning', 'winner', 'victory', 'chose', 'chosen', 'selected'],
  ['agree', 'agreed', 'agreement'],
  // A target as reports write it: "agreed to raise bilateral trade to $40 billion by 2030".
  ['target', 'targets', 'goal', 'goals', 'aim', 'aims', 'raise'],
  ['want', 'wanted', 'demand', 'demanded', 'demanding', 'demands', 'seek', 'seeking', 'seeks', 'sought'],
  ['kill', 'killed', 'death', 'deaths', 'dead', 'die', 'died', 'fatal', 'fatality', 'fatalities', 'bodies'],
  // An outbreak's toll of the sick: "How many are sick?" is answered by "has sickened more than 900".
  ['sick', 'sickened', 'sickening', 'sickens', 'illness', 'illnesses'],
  ['cause', 'caused', 'because', 'reason', 'blamed'],
  ['affect', 'affected', 'cover', 'covers', 'covered', 'involved', 'concerned'],
  // "When does the rule take effect?" is answered by "The rule applies to students who begin … from October 2027".
  ['effect', 'effective', 'force', 'apply', 'applies', 'applied'],
  // An election, as reports word it: "Who won the election?" is answered by "… winning 34 percent of the vote".
  // (Not "race": a race is run as often as it is voted in, and "Who won the election?" of a marathon is no question of it.)
  ['election', 'vote', 'poll', 'ballot'],
  // How a vote came out, whichever way: "Was the amendment passed?" is answered by "which was defeated".
  ['pass', 'passed', 'carried', 'adopted', 'approved', 'defeated', 'rejected'],
].map((group) => new Set(group.map(stem)));

/** "How long did the outage last?": the duration is the answer, "last" no word of it. */
const LASTED = new Set(['last', 'take'].map(stem));

/** "Who came second?", "Who finished third?": a placing asked for, which the text may word with any verb ("Ana Roy was
 * second, 22 seconds behind"); the verb is no word the text must use. */
export const PLACING_QUESTION = /^who\s+(?:came|finished|placed|ended|ended up|was|were)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|last|runners?-up)\b/i;
const PLACED = new Set(['come', 'came', 'finish', 'place', 'end', 'up'].map(stem));

/** "How did X react?": a reaction asked for, which the text words as what was done or said. */
export const HOW_REACTED = /^how (?:did|do|does|will|would|has|have|had)\b.*\b(?:react|respond)(?:ed)?\s*\??$/i;
const REACT = new Set(['react', 'respond'].map(stem));
/** "How did the vote go?", "How have the talks gone?": how it turned out is the answer; "go" is no word the text must use. */
const HOW_IT_WENT = /^how (?:did|do|does|has|have|had)\b.*\b(?:go|gone)\s*\??$/i;
const GO = stem('go');
/** The key "go" becomes in a question of jobs, which ownForms reads as going or cutting (below). */
const GO_OR_CUT = 'go or cut';
/** "What was the ballot result?", "What was the outcome of the vote?": the tally is the answer; "result" is no word the text
 * must use. */
const RESULT_OF_A_VOTE = /\b(?:vote|ballot|election|poll|referendum)\b/i;
const RESULT = new Set(['result', 'outcome'].map(stem));

/** "share" asks "what share of …"; "the shares" are a company's, a key of its own that no percentage answers. */
const SHARE = stem('share');
const COMPANY_SHARES = 'shares';

/** "the strike", "a strike", "the last strike": a stoppage of work, asked of in its own words ("walked out", "industrial
 * action"), not in a blow's ("the quake struck", "hit by floods") nor in a player's ("Striker X scored"). */
const STRIKE_NOUN = /\b(?:the|a|this|its|their|any|last)\s+strikes?\b/i;
const WORK_STOPPAGE = 'work stoppage';

/** "Who was fired?", "Was anyone sacked?": one put out of a job, as reports word it ("was sacked", "dismissed"), not a fire
 * ("caught fire", "the fire service"), a shot ("fired water cannon") nor a thing rejected ("dismissed the plan as …"). */
const DISMISSAL_ASKED = /^(?!what\b).*\b(?:was|were|been|be|got)\b.*\b(?:fired|sacked|dismissed|ousted)\b/i;
const DISMISSAL = 'dismissal';
/** A text's "fired" of a job: "was fired", "had been fired as coach"; not shots "fired at" a crowd. */
const FIRED_FROM_A_JOB = /\b(?:was|were|been)\s+fired\b(?!\s+(?:at|on)\b)/i;
/** "Who was appointed?", "Whom did they appoint?": one put into a post, as a text tells it ("appointed Ana Roy", "the
 * appointment of Ana Roy as"), not what a clinic books ("its outpatient appointments", which "How many appointments …?" still
 * asks of). */
const APPOINTED_ASKED = /\bappoint(?:ed)?\b/i;
const APPOINTMENT = 'appointment';
const APPOINTED_IN_TEXT = /\bappoint(?:ed|s)?\b|\bappointment\s+of\b/i;
/** A thing rejected, no one put out: "dismissed the budget as …", "dismissed claims that …", "dismissed the case". */
const REJECTED = /\bdismissed\s+(?:[\p{L}'’-]+\s+){1,4}?as\b|\bdismissed\s+(?:the\s+)?(?:claims?|concerns|criticism|case|appeal|charges)\b/giu;

/** "Who was elected?", "Did they elect a leader?": the verb of a vote that chose someone, as a text tells it ("was elected",
 * "re-elected", "won the presidency"), not an election still to come ("before the next election", "called a snap
 * election"), nor one a rule sets ("is to be elected by the assembly"). */
const ELECT = stem('elect');
const ELECTED_IN_TEXT =
  /(?<!\bbe\s)\belect(?:ed)?\b|\bwon\s+(?!the\s+next\b)(?:[\p{L}'’-]+\s+){0,3}?(?:election|re-election|vote|ballot|run-off|presidency|leadership|seats?)\b/iu;

/** Question words that mean a thing of their own when the question says so (`when`), each with the key it becomes. Written
 * in the plural, they name a thing the text must name: "What happened to the shares?" asks of a company's shares (no
 * percentage answers it); "How much are the costs?" of "told to pay 9,000 soles in costs" ("How much will it cost?" asks
 * the measure). And jobs that "go" go or are cut: "How many jobs will go?" is answered by "400 posts will go" and by
 * "Halvex will cut 400 jobs" (though "Where did Roy go?" asks of no cut). */
const THINGS_ASKED: ReadonlyArray<{ when: RegExp; term: string; key: string }> = [
  { when: STRIKE_NOUN, term: stem('strike'), key: WORK_STOPPAGE },
  ...['fired', 'sacked', 'dismissed', 'ousted'].map((w) => ({ when: DISMISSAL_ASKED, term: stem(w), key: DISMISSAL })),
  { when: APPOINTED_ASKED, term: stem('appointed'), key: APPOINTMENT },
  { when: /\bshares\b/i, term: SHARE, key: COMPANY_SHARES },
  { when: /\bcosts\b/i, term: stem('cost'), key: stem('cost') },
  { when: /\b(?:jobs?|posts?|positions?|roles?|staff|workers)\b.*\b(?:go|going)\b/i, term: GO, key: GO_OR_CUT },
];

/** The stems a key standing for a word's sense is matched by where a text's words are only stems (a headline's, whether
 * the question is about the event): "sack", "dismis", "oust" for a dismissal (not "fir", a fire's too), "appoint" for an
 * appointment; the key alone for any other. */
export function termsOfKey(key: string): readonly string[] {
  // (Not a strike's: "Where is the strike?" of a report headlined with another walkout asks of no event's place.)
  return key === DISMISSAL || key === APPOINTMENT ? ownForms(key) : [key];
}

/** "on board": one word's sense, "aboard" (no "board" a text's committee holds). */
const ON_BOARD = /\bon board\b/gi;

/** The key terms of a question: its content words, less the words every question has. */
export function keyTerms(question: string): string[] {
  const duration = /^how long\b/i.test(question);
  const things = THINGS_ASKED.filter((x) => x.when.test(question));
  // "How big is the fund?", "How much is the deal worth?", "How heavy is the probe?": the size asked for is the answer's,
  // not a word the text must use; nor is "involved" or "at stake" of "How much money was involved?".
  const sizeWord =
    /^how (big|large|small|high|low|tall|deep|heavy|strong|fast|powerful|hot|cold|warm|cool)\b/i.exec(question)?.[1] ??
    /^(?:how much|what)\b.*\b(worth|weigh|involved|stake)\b/i.exec(question)?.[1] ??
    null;
  const size = sizeWord ? stem(sizeWord.toLowerCase()) : null;
  // "How did shares react?", "How did the union respond?": what they did or said is the answer, whatever it was.
  const reacted = HOW_REACTED.test(question);
  const went = HOW_IT_WENT.test(question);
  const tally = RESULT_OF_A_VOTE.test(question);
  const placing = PLACING_QUESTION.test(question);
  return [
    ...new Set(
      contentTerms(question.replace(ON_BOARD, 'aboard'), false)
        .filter(
          (t) =>
            (!QUESTION_WORDS.has(t) || things.some((x) => x.term === t)) &&
            !(duration && LASTED.has(t)) &&
            t !== size &&
            !(reacted && REACT.has(t)) &&
            !(went && t === GO) &&
            !(tally && RESULT.has(t)) &&
            !(placing && PLACED.has(t)),
        )
        .map((t) => things.find((x) => x.term === t)?.key ?? t),
    ),
  ];
}

/** A country's one-word names and demonyms, stemmed, each to all of them: "Cuba" is "Cuban" ("cost Cuba" /
 * "cost the Cuban economy"). */
const COUNTRY_WORDS = new Map<string, string[]>();
for (const c of COUNTRIES) {
  const forms = [...new Set([...c.names, ...c.demonyms].filter((f) => /^\p{L}+$/u.test(f)).map(stem))];
  for (const f of forms) COUNTRY_WORDS.set(f, forms);
}

const MONEY = stem('money');
const AGAINST = stem('against');
const IN_FAVOUR = new Set(['favour', 'favor'].map(stem));
/** A small body's tally in words: "by six votes to three". */
export const TALLY_IN_WORDS = String.raw`\b${COUNT_WORD}\s+votes?\s+to\s+${COUNT_WORD}\b`;
/** A vote's tally: "by 31 votes to 22", "by 412 to 38", "a 6-5 vote", "by six votes to three", "in a vote of 112 to 88",
 * "voted 112-88". */
const TALLY = new RegExp(
  String.raw`\b\d[\d,]*\s+votes?\s+to\s+\d|\bby\s+\d[\d,]*\s+to\s+\d|\b\d{1,3}-\d{1,3}\s+(?:vote|in favou?r)\b|\b(?:votes?\s+of|voted)\s+\d[\d,]*\s*(?:to|-|–)\s*\d|${TALLY_IN_WORDS}`,
  'i',
);
const COUNTRY = new Set(['country', 'countries', 'nation', 'nations'].map(stem));
/** A sum's currency written before it: a sign, or a code ("$135 million", "EUR 450 million"). */
export const MONEY_BEFORE = String.raw`(?:[$€£¥₹]|\bRs\.?|\b(?:USD|EUR|GBP|JPY|CNY|CHF|INR|AUD|CAD|SEK|NOK|DKK)\s)\s?\d`;
/** A currency's name after a sum, singular or plural: "euros", "kroner", "reais", "a dinar". */
export const CURRENCY_NOUN =
  '(?:dollars?|cents|pence|euros?|pounds?|soles|yen|yuan|rupees?|francs?|pesos?|reais|rand|naira|shillings?|dinars?|riyals?|dirhams?|rubles?|roubles?|crowns?|kronor|kroner|krona|krone|zloty|forints?|lira|lire|lev|leva|lei|leu|kuna|hryvnias?|tenge|baht|ringgit|rupiah|dong|taka|cedis?|kwacha|birr|manat|lari|kyats?|quetzal(?:es|s)?|colones|bolivianos?)';
/** A sum in a currency: "$135 million", "500 million soles", "2 million euros"; not a year before a verb ("opened in 1989,
 * won the prize"). */
export const CURRENCY_SUM = new RegExp(
  String.raw`${MONEY_BEFORE}|\b\d(?:[\d,.]*\d)?\s+(?:(?:million|billion|thousand|crore|lakh)\s+)?(?:${CURRENCY_NOUN}|won)\b`,
  'i',
);

/** A general word asked about, and the particular words a report may use for it, one way only: "Where will the
 * next meeting be held?" is answered by "The next forum will be held in …"; "the next conference" is no summit.
 * (And a deal and an agreement, each the other's: "How much will the deal cost?" is answered by "The agreement will cost
 * …"; though not through the synonyms' stems, where "agree" would find every deal: "Did they agree?" asks no takeover.) */
const PARTICULAR: ReadonlyMap<string, readonly string[]> = new Map([
  [stem('meeting'), ['summit', 'forum', 'conference', 'congress', 'gathering'].map(stem)],
  // (… and a truce is the deal or the agreement a report of one asks about: "Who signed the deal?" of "The truce takes effect
  // on Tuesday. It was signed by …".)
  [stem('deal'), ['agreement', 'truce', 'ceasefire'].map(stem)],
  [stem('agreement'), ['deal', 'truce', 'ceasefire'].map(stem)],
  // (… and a prize is the award a report of one names: "When will the prize be given?" is answered by "The award will be
  // given at a dinner in May"; not the other way, nor as a win's synonym: a council that "awards contracts" won nothing.)
  [stem('prize'), [stem('award')]],
  // (… and what comes next may be named by its ordinal: "When is the next round?" is answered by "The fifth round will be held
  // in May"; not the other way, where "Who came fourth?" would ask of "was second".)
  [
    stem('next'),
    ORDINAL_WORD.split('|')
      .filter((w) => w !== 'first')
      .map(stem),
  ],
  // (… and a win is defeating another: "Who won?" is answered by "elected Ana Roy as its president, defeating Tom
  // Vale"; though "defeat" is no synonym whose irregular forms would come too, "lost" among them.)
  [stem('win'), [stem('defeat')]],
  [stem('won'), [stem('defeat')]],
  // (… and a hurt is burns suffered: "Was anyone hurt?" is answered by "Three workers suffered serious burns"; though not a fire's
  // "burned 400 hectares", nor as a synonym, where "How severe was it?" would ask of burns.)
  ...['hurt', 'injured', 'wounded'].map((w): [string, string[]] => [stem(w), ['suffered burns', 'minor burns', 'serious burns', 'severe burns']]),
]);

/** Every stem a key term may appear as in the article: itself, its synonyms, a country's other words. */
export function formsOf(term: string): readonly string[] {
  const particular = PARTICULAR.get(term);
  return particular ? [...new Set([...ownForms(term), ...particular])] : ownForms(term);
}

/** What may follow a word's stem in its own forms: "-s", "-ed", "-ing", "-ity"; not "-line" ("dead", "deadline"), nor
 * "-st" ("again", "against"). */
const ENDING = /^(?:|s|d|e|y|es|ed|er|ly|[aeiouy].*)$/;

/** What follows a stem in a word is one of its endings, its last consonant doubled before it or not ("expel", "expelled"). */
const endsOn = (stemmed: string, rest: string) => ENDING.test(rest) || (rest[0] === stemmed.at(-1) && ENDING.test(rest.slice(1)));

/** The forms of the keys a question's word becomes (THINGS_ASKED): a synonyms' group's, or the word's own (read once: a
 * question reads them for every sentence). */
const KEY_FORMS: ReadonlyMap<string, readonly string[]> = new Map([
  [COMPANY_SHARES, [SHARE]],
  [DISMISSAL, [...(SYNONYMS.find((g) => g.includes(stem('sack'))) ?? [])]],
  [APPOINTMENT, [stem('appointed')]],
  [WORK_STOPPAGE, [...(SYNONYMS.find((g) => g.includes(stem('strike'))) ?? [])]],
]);

function ownForms(term: string): readonly string[] {
  const keyed = KEY_FORMS.get(term);
  if (keyed) return keyed;
  if (term === GO_OR_CUT) return [...ownForms(GO), ...ownForms(stem('cut')), ...['lost', 'axe', 'shed'].map(stem)];
  // A short stem is a whole word: "law" is no prefix of "lawyer", nor "end" of "endorse"; and a longer one is no
  // prefix of a word it only opens ("dead" of "deadline"): what follows it is an ending, short or from a vowel.
  const group = SYNONYMS.find((g) =>
    g.some(
      (s) =>
        term === s || (s.length >= 4 && term.startsWith(s) && ENDING.test(term.slice(s.length))) || (term.length >= 4 && s.startsWith(term) && !isOwnStem(s)),
    ),
  );
  const forms = [term, ...(group ?? []), ...(COUNTRY_WORDS.get(term) ?? [])];
  // Each form's irregular forms too: "drop" is "fall", and so "fell".
  return [...new Set([...forms, ...forms.flatMap((f) => [...(IRREGULAR.find((g) => g.has(f)) ?? [])])])];
}

/** An office and the body it heads share a stem, but a minister is no ministry: "What did the minister say?" is not
 * answered by what "the Ministry of Justice said". */
const OFFICE_AND_BODY = new Set(
  [
    ['minister', 'ministry'],
    ['secretary', 'secretariat'],
    ['director', 'directorate'],
    ['commissioner', 'commission'],
    ['president', 'presidency'],
    ['councillor', 'council'],
    ['governor', 'government'],
  ].flatMap(([office, body]) => [`${stem(office)} ${stem(body)}`, `${stem(body)} ${stem(office)}`]),
);

/** Two stems of one word: equal, or sharing six letters ("consum", "consumpt"), or one a prefix of the other past five
 * letters that the other goes on from with an ending ("expel", "expell"; not "again", "against", nor "count", "countr"). */
const sameStem = (a: string, b: string) =>
  a === b ||
  (Math.min(a.length, b.length) >= 5 &&
    ((a.startsWith(b) && endsOn(b, a.slice(b.length))) || (b.startsWith(a) && endsOn(a, b.slice(a.length))) || a.slice(0, 6) === b.slice(0, 6)) &&
    !OFFICE_AND_BODY.has(`${a} ${b}`));

/** Capitalised words with the small words a name may hold between them: "Food and Drug Administration". */
const NAME_PHRASE = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|and|for|the|de|du)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/** Short words a question uses as words, never as a name's initials. */
const SHORT_WORDS = new Set(['no', 'go', 'do', 'so', 'up', 'me', 'we', 'he', 'my', 'ok', 'am', 'yes', 'not', 'new', 'old', 'now']);

/** The name the text writes out for an acronym: the name's last capitalised words whose initials it is, in order, with the
 * small words between them ("The U.S. Food and Drug Administration" ends in "FDA": "Food and Drug Administration"; a name
 * ends in its head word); null when the text writes out none. */
export function spelledOutName(text: string, acronym: string): string | null {
  const wanted = acronym.toLowerCase();
  for (const m of text.matchAll(NAME_PHRASE)) {
    // The whole run, or a name before an "and" that joins it to the next ("The European Union and Britain").
    const parts = m[0].split(/\s+and\s+/);
    for (let n = 1; n <= parts.length; n++) {
      const words = parts.slice(0, n).join(' and ').split(/\s+/);
      const capitals = words.flatMap((w, i) => (/^\p{Lu}/u.test(w) ? [i] : []));
      const initials = capitals.map((i) => words[i][0].toLowerCase()).join('');
      // (Not the possessive of the name: "the World Health Organization's envoy".)
      if (initials.endsWith(wanted))
        return words
          .slice(capitals[capitals.length - wanted.length])
          .join(' ')
          .replace(/['’]s$/, '');
    }
  }
  return null;
}

const spellsOut = (text: string, acronym: string) => spelledOutName(text, acronym) !== null;

/** The word at `at` and the capitalised word after it are a name ("Victoria Vale"). */
function opensName(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && /\p{L}/u.test(text[k])) k++;
  return text[k] === ' ' && /\p{Lu}/u.test(text[k + 1] ?? '');
}

/** A capitalised form opens a sentence of the text after `before` (a full stop and a space, or a line break), not as the
 * first word of a name. */
function sentenceOpens(text: string, before: string, form: string): boolean {
  const opening = `${before}${form}`;
  for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) if (!opensName(text, at + before.length)) return true;
  return false;
}

/** The words that close a name as the kind of thing it names: "the Lima Water Act", "the Andes Roads Bill". */
const NAME_KINDS = new Set(['act', 'acts', 'bill', 'law', 'treaty', 'accord', 'convention']);

/** A capitalised form closes a name: after a capitalised word or a bracket ("the Lima Water (Amendment) Act"), and
 * before no other letter. */
function closesName(text: string, form: string): boolean {
  const opening = ` ${form}`;
  for (let at = text.indexOf(opening); at > 0; at = text.indexOf(opening, at + 1)) {
    if (/\p{L}/u.test(text[at + opening.length] ?? '')) continue;
    let k = at - 1;
    if (text[k] === ')') return true;
    while (k > 0 && /\p{L}/u.test(text[k - 1])) k--;
    if (k < at - 1 && /\p{Lu}/u.test(text[k])) return true;
  }
  return false;
}

/** The text holds the form where a word starts: "agree" is in "agreed", not in "disagree"; and, for a form read as a prefix,
 * where what follows it in the word is one of its own endings: "count" is in "counted", not in "country"; "again" is not in
 * "against". */
function atWordStart(text: string, form: string, prefix = false): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (at > 0 && isAlnum(text.charCodeAt(at - 1))) continue;
    if (!prefix || endsOn(form, /^[\p{L}]*/u.exec(text.slice(at + form.length))![0].toLowerCase())) return true;
  }
  return false;
}

/** Stems read only as the stems of the text's own words, never as what a word opens with: "strik" is "strikes" and
 * "striking", not "striker", a player. */
const WHOLE_STEMS = new Set([stem('strike')]);

/** A key's words where a text means another thing by them, read as nothing when the key is asked: one who "sent
 * apologies" or "sent regrets" was away from a meeting, and what is "regrettable", done "with regret" or regretted "that"
 * others did is no apology (though it may be regret); a mission "wound down" hurt no one; and a plan, a claim or a case
 * "dismissed" was rejected, no one put out of a job. */
const OTHER_SENSES: ReadonlyArray<{ of: (term: string) => boolean; not: RegExp }> = [
  {
    of: (term) => /^(?:apolog|sorr)/.test(term),
    not: /\bsent\s+(?:\w+\s+)?(?:apologies|regrets)\b|\bregrettable\b|\bwith\s+regret\b|\bregret(?:s|ted)?\s+that\b/gi,
  },
  // (Not asked of "wound" itself, which "When will the mission be wound down?" asks in that sense.)
  { of: (term) => /^(?:hurt|injur)/.test(term), not: /\bwound\s+(?:down|up)\b/gi },
  { of: (term) => term === DISMISSAL, not: REJECTED },
];

/** Keys a text holds only in these words, whatever their stems: an election won, an appointment made. */
const ONLY_AS_WRITTEN: ReadonlyMap<string, RegExp> = new Map([
  [ELECT, ELECTED_IN_TEXT],
  [APPOINTMENT, APPOINTED_IN_TEXT],
]);

/** True when the stemmed terms contain the key term or one of its forms. */
export function hasTerm(terms: ReadonlySet<string>, term: string, text: string): boolean {
  const only = ONLY_AS_WRITTEN.get(term);
  if (only) return only.test(text);
  if (term === DISMISSAL && FIRED_FROM_A_JOB.test(text)) return true;
  // (Its words in the text once those it means another thing by are read as nothing: "dismissed the plan as …".)
  const other = OTHER_SENSES.find((o) => o.of(term))?.not;
  const read = other ? text.replace(other, (m) => ' '.repeat(m.length)) : text;
  if (read !== text) return hasTerm(new Set(contentTerms(read)), term, read);
  const forms = formsOf(term);
  // Another word for the term counts as a common word, not inside a name ("beat" is no "Beate"); a country's other
  // names are names.
  const countryForms = COUNTRY_WORDS.get(term);
  const asName = (f: string) => f === term || !!countryForms?.includes(f);
  // (Capitalised only where a sentence starts: "Shares in Lima Telecom rose …"; not a name opening it: "Victoria Vale
  // welcomed the plan" holds no "victory".)
  const inText = (f: string) => {
    const opening = f[0].toUpperCase() + f.slice(1);
    return (
      atWordStart(text, f) ||
      (text.startsWith(opening) && !opensName(text, 0)) ||
      sentenceOpens(text, '. ', opening) ||
      sentenceOpens(text, '\n', opening) ||
      // (A name's kind closing it is the common word: "When was the law passed?" of "The Lima Water Act was passed …".)
      (NAME_KINDS.has(f) && closesName(text, opening))
    );
  };
  if (forms.some((f) => terms.has(f) && (asName(f) || inText(f)))) return true;
  // "the FDA" is "the Food and Drug Administration" written out.
  // (Not a short word of its own: "Who said no?" asks of no "Dr Ivo Nash of Orvex", whose initials end in "n", "o".)
  if (/^[a-z]{2,6}$/.test(term) && !SHORT_WORDS.has(term) && spellsOut(text, term)) return true;
  // "How much money …?": a sum in a currency is money, whatever the text calls it; "Which countries …?": a country named is one.
  if (term === MONEY && CURRENCY_SUM.test(text)) return true;
  if (COUNTRY.has(term) && findCountries(text).length > 0) return true;
  // "Did anyone vote against?", "How many voted in favour?": a vote's tally counts either side ("passed by 31 votes to 22").
  if ((term === AGAINST || IN_FAVOUR.has(term)) && TALLY.test(text)) return true;
  if (term.length >= 5) for (const t of terms) if (sameStem(t, term)) return true;
  const lower = text.toLowerCase();
  // Prefix forms ("particip" for "participated") and multi-word forms ("take part"); another word's, as a common word
  // ("victor" of "victory" is not in "Victoriano").
  // (The term itself in any case, a name's too, where a word starts and goes on with an ending: "again" is not in "against".)
  return forms.some((f) => (f.includes(' ') || (f.length >= 5 && !WHOLE_STEMS.has(f))) && (asName(f) ? atWordStart(lower, f, true) : inText(f)));
}

export type AnswerType = 'number' | 'amount' | 'date' | 'place' | 'any';

/** "How much": a sum, a share or a quantity with its unit, not any digit (a date has digits too). */
const AMOUNT =
  /[$€£¥%]|\b(?:million|billion|trillion|thousand|crore|lakh|per ?cent|percent|euros?|dollars?|pounds?|yuan|rupees?|francs?|tonnes?|barrels?|bpd|kg|km|mph|mw|gw|kilometres?|kilometers?|miles?|hectares?|acres?|litres?|liters?|hours?|minutes?|days?|weeks?|months?|years?)\b/i;

const NUMBER = new RegExp(`\\d|\\b(?:${NUMBER_WORD}|hundred|thousand|million|billion|dozens?|half|quarter|third|majority|none|all)\\b`, 'i');
/** A month cut short, with its day: "Nov. 3", "Sept 14" (a bare "Jan" may be a name). */
const SHORT_MONTH_DAY = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}';
/** A time of day in figures: "9:15 a.m.", "7pm", "14:30". */
const CLOCK_DIGITS = String.raw`\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)(?!\w)|\b\d{1,2}:\d\d\b`;
/** A date or a time a "When" question is answered by; a year before 1900 only after its preposition ("founded in 1821";
 * "1800 homes" is a count); a span after which something happens ("will review it after 12 months"), not one an activity
 * lasted ("after two weeks of hearings"). */
const DATE = new RegExp(
  `\\b${FULL_MONTH}\\b|\\b${SHORT_MONTH_DAY}\\b|\\b${WEEKDAY}\\b|\\b(?:19|20)\\d\\d\\b|(?<=\\b(?:in|since|from|until|by|around|circa)\\s)1[5-8]\\d\\d\\b|${CLOCK_DIGITS}|\\b(?:today|tomorrow|yesterday|tonight|immediately|with immediate effect|next (?:week|month|year|spring|summer|autumn|fall|winter)|last (?:week|month|year)|(?:an?|one|two|three|\\d+|several|a few) (?:minute|hour|day|week|month|year)s? (?:earlier|later|ago|before|after)|this (?:week|month|year)|every (?:(?:\\d+|${NUMBER_WORD}) )?(?:day|week|month|year)s?|in the coming (?:days|weeks|months)|(?<=\\b(?:this|last|next|in|by|until|early|late)\\s+(?:the\\s+)?)fall|(?:within|in|(?:has|have|had)(?: only)?) (?:\\d+|a|an|${NUMBER_WORD}|several|a few) (?:working |business )?(?:days?|weeks?|months?|years?)|after (?:\\d+|a|an|${NUMBER_WORD}|several|a few) (?:days?|weeks?|months?|years?)(?! of\\b)|(?:after|before|until|by) the (?:\\p{Lu}\\p{L}+ )?(?:recess|holidays?|break|election|elections|summer|winter|autumn|spring)|(?:by|before|until|at|from|towards?) the (?:end|start|beginning|middle|close) of (?:the |this |next )?(?:year|month|week|decade|season|session|term|quarter)|(?:in|by|during|before) the (?:first|second|third|fourth|final|last) quarter|in the \\d{1,3}(?:st|nd|rd|th) minute|in (?:the )?(?:first|second) half|in (?:extra|stoppage|injury|added) time|(?:after|within) (?:\\d+|${NUMBER_WORD}|a few) (?:minutes|seconds)|(?:before|after|at|just before|soon after) half-?time)\\b`,
  'iu',
);
/** A season, as a time; not one that opens a name ("the Winter Cup", "the Summer Palace"). */
const SEASON = /\b(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\b(?!\s+\p{Lu})/u;
/** A time of day: "at 9:15 a.m.", "by noon". */
export const CLOCK_TIME = new RegExp(`${CLOCK_DIGITS}|\\b(?:noon|midday|midnight)\\b`, 'i');
/** When the text says there is no date yet, or what it waits on: "No date was set.", "No date for the hearing has been set.",
 * "… would resume once both sides …", "A ruling is not expected for several years." */
export const NO_DATE_YET =
  /\b(?:no (?:new )?date (?:for [^.;,]{1,40}? )?(?:was|has been|had been|is) (?:yet )?(?:set|fixed|given|announced)|(?:not|yet to) (?:yet )?(?:set|fixed|given|announced|named) (?:a |any )?(?:new )?dates?\b|(?:would|will) \w+ (?:once|as soon as|only when)\b|(?:for up to|not (?:expected |due )?for|not until|for at least) (?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) )?(?:days?|weeks?|months?|years?)\b)/i;
/** A place after a preposition; after "for", only where something is set for it ("pencilled in for Lima"); or a part of
 * the country named by its kind ("in the capital", "in the north-east", "on Peru's west coast", "along the border"); or a
 * building named by its kind ("outside the embassy"). A month or a day is no place ("set for May"). */
const PLACE = new RegExp(
  String.raw`\b(?:in|at|to|from|across|throughout|near|outside|visit(?:s|ed|ing)?|left|departed|leaving|(?:north|south|east|west)(?:-?(?:east|west))? of|(?:scheduled|planned|set|pencill?ed in|slated|due|booked)\s+for)\s+(?:the\s+)?(?:(?:central|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|coastal|rural|remote)\s+)?(?:(?:town|city|capital|village|port|region|province|district|state|county|island)(?:\s+of|,)\s+)?(?!${FULL_MONTH}\b|${WEEKDAY}\b)\p{Lu}[\p{L}'’.-]+|\b(?:in|at|to|from|near)\s+the\s+(?:capital|north|south|east|west|north-east|north-west|south-east|south-west|centre|center|interior|coast)\b|\b(?:on|along|off)\s+(?:the|\p{Lu}[\p{L}-]+['’]s)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+)?(?:\p{Lu}[\p{L}-]+\s+)?(?:coast|coastline|border|shore|outskirts|banks?|island|peninsula)\b` +
    // (… or a building or a site in common words: "outside the embassy", "near the town hall", "at the main square".)
    String.raw`|\b(?:in|at|near|outside|inside|opposite|in front of)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:building|parliament|palace|embassy|consulate|ministry|square|stadium|station|airport|harbou?r|courthouse|city hall|town hall|cathedral|market|hospital|prison|camp|checkpoint|border crossing)\b`,
  'u',
);

export function hasType(text: string, type: AnswerType): boolean {
  if (type === 'number') return NUMBER.test(text);
  if (type === 'amount') return NUMBER.test(text) && (AMOUNT.test(text) || CURRENCY_SUM.test(text));
  if (type === 'date') return DATE.test(text) || SEASON.test(text) || NO_DATE_YET.test(text);
  if (type === 'place') return PLACE.test(text);
  return true;
}

/** "How many couriers …": a number right before the counted word (or up to two words before it). */
export function countsNoun(text: string, noun: string): boolean {
  const re = new RegExp(
    // An ordinal counts its series too: "its third cut this year", "the 33rd year in a row".
    // ("third-party developers" is no count.)
    // ("3.9 million metal and electrical workers": a scale after the figure, and modifiers joined by "and".)
    `(?:(?:\\d[\\d,.]*(?:\\s+(?:million|billion|thousand|crore|lakh)\\b)?|\\b(?:${NUMBER_WORD}|hundreds?|thousands?|millions|dozens?|several|all)\\b)[\\s-]+|(?:\\d+(?:st|nd|rd|th)|\\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\\s+)(?:[\\p{L}-]+\\s+(?:(?:and|or)\\s+)?){0,2}${noun}` +
      // "cut the number of ships allowed to pass each day from 36 to 24": the number of them, then its figure.
      // ("The number of people waiting for surgery reached a record 2.1 million.")
      `|\\bnumber of\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}[^.;]{0,80}?\\b(?:to|at|from|by|reached|hit)\\s+(?:(?:a\\s+)?(?:record|new high)\\s+(?:of\\s+)?|about\\s+|around\\s+|some\\s+)?\\d` +
      // "The office has a staff of 40", "a crew of 12": the whole body counted by its size.
      `|\\ban?\\s+${noun}\\s+of\\s+(?:[\\p{L}-]+\\s+)?\\d`,
    'iu',
  );
  return re.test(text);
}

/** A meeting agreed on: "agreed to meet again in Lima", "will reconvene again". */
export const MEETING_AGREED = 'agreed to (?:meet|reconvene|convene|hold)|(?:meet|reconvene) again';

/** Future: "will be held next", "is due", "the next round", "plans a second flight", "is forecast to fall", "is set for
 * May", "are to be freed",
 * in reported speech "would seek", a
 * meeting agreed on ("agreed to meet again in Lima"), and what is ordered done, set off after it ("ordered inspections of 42
 * bridges, to be completed within 30 days"). */
export const FUTURE = new RegExp(
  String.raw`\b(?:will|next|upcoming|due to|is due|are due|to be held|scheduled|planned|plans? (?:to|an?)|(?:is|are) (?:expected|set|poised|forecast|projected|predicted) to|(?:is|are|has been|have been) (?:set|fixed|slated|pencilled|penciled)(?: in)? for|(?:is|are) to be|${MEETING_AGREED})\b|\bwould (?!have\b)|,\s+to be [a-z]+ed\b`,
  'i',
);

/** A vote's outcome either way shares one group of forms ("Was the amendment passed?" is answered by "which was
 * defeated"); a question of what was rejected, or of what was passed, is answered only by its own side. */
const OUTCOME_AGAINST = new Set(['reject', 'defeat'].map(stem));
const CONCEDE = stem('conceded');
const OUTCOME_FOR = new Set(['pass', 'adopt', 'approv'].map(stem));
/** The text words a rejection ("rejected", "voted down", "was not adopted"); not a loser's "conceded defeat", which rejects
 * nothing. */
const SAYS_AGAINST =
  /\b(?:reject(?:ed|s|ing|ion)?|defeat(?:ed|s)|(?<!\b(?:conceded|admitted|accepted)\s)defeat|turned down|voted down|(?:not|never|failed to be) (?:adopted|passed|approved|carried))\b/i;
/** "Who opposed it?": the text words opposing it; "opposition" only in lower case, since "Opposition leader" is a title. */
const OPPOSE = stem('opposed');
const SAYS_OPPOSED = /\b(?:[Oo]ppos(?:e|ed|es|ing)|[Oo]pponents?|opposition|[Aa]gainst|[Oo]bjected|[Oo]bjections?|[Rr]ejected)\b/;
const SAYS_SUPPORTED = /\b(?:voted (?:in favou?r|for)|backed|supported|welcomed|endorsed|accept(?:ed|s))\b/i;
const SAYS_FOR = /\b(?<!\b(?:not|never|be)\s)(?:pass(?:ed|es|ing)?|carried|adopt(?:ed|s|ing|ion)?|approv(?:ed|es|al|ing))\b/i;
/** Which way a vote went, by the word of its outcome ("carried", "adopted": for; "rejected", "failed": against; "withdrawn":
 * neither): "How many proposals passed?" is answered by "three of the six were adopted". */
export function voteSide(word: string): 'for' | 'against' | null {
  return SAYS_FOR.test(word) ? 'for' : SAYS_AGAINST.test(word) || /^(?:failed|lost)$/i.test(word) ? 'against' : null;
}

/** A participle as an adjective before its noun: "a proposed agreement", "the newly planned route". */
const DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|that|these|those|our|any)\s+(?:\p{L}+ly\s+)?$/iu;
/** … though in a report's text, "that" before a verb is a relative pronoun: "fighting that killed more than 200 people". */
const TEXT_DETERMINER_BEFORE = /\b(?:a|an|the|its|their|his|her|this|these|those|our|any)\s+(?:\p{L}+ly\s+)?$/iu;
const NOUN_AFTER = /^\s+\p{Ll}/u;
const adjectiveAt = (text: string, at: number, word: string) =>
  /ed$/i.test(word) && TEXT_DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 40), at)) && NOUN_AFTER.test(text.slice(at + word.length));
/** In a question, a participle before a noun with no determiner in between ("its armed forces", "the original proposed
 * fine"), or one a determiner makes a noun ("Who visited the injured?"), not a verb before its object ("Who signed the
 * deal?", "Who proposed it?"). */
const NOUN_NOT_OBJECT =
  /^\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|to|by|at|in|on|for|with|from|of|into|over|about|up|out|off|down|back|and|or|it|them|him|us|me|you|any\w*|some\w*|what|which|who|whom)\b)\p{Ll}/u;
const adjectiveInQuestion = (question: string, at: number, word: string) =>
  /ed$/i.test(word) && (NOUN_NOT_OBJECT.test(question.slice(at + word.length)) || DETERMINER_BEFORE.test(question.slice(Math.max(0, at - 40), at)));

/** A question's verbs in the past ("Who won?", "What was signed?", "Who announced it?"): what happened, not what may. */
const PAST_VERB = /\b(?:won|lost|beat|chose|sold|bought|met|made|took|gave|left|held|struck|\p{L}{3,}ed)\b/giu;

/** Of the key terms, those a question asks of in the past tense. */
export function pastVerbKeys(question: string, keys: readonly string[]): string[] {
  // ("When will the rule be finalized?", "Where would the force be based?": a participle of what is to come.)
  if (/\b(?:will|would|shall|going to|is to|are to|be|next|upcoming)\b/i.test(question)) return [];
  // ("When is a final judgment expected?": asked in the present, its participle is one, however far from its "is".)
  if (/^when\s+is\b/i.test(question)) return [];
  // (A participle after "is" or "are" is the present: "How many cars are recalled?"; one before its noun is an adjective:
  // "… spend on its armed forces?", "What was the original proposed fine?".)
  const past = new Set(
    [...question.matchAll(PAST_VERB)]
      .filter((m) => !/\b(?:is|are|am|being)\s+$/i.test(question.slice(0, m.index)) && !adjectiveInQuestion(question, m.index ?? 0, m[0]))
      .map((m) => stem(m[0].toLowerCase())),
  );
  return keys.filter((k) => past.has(k));
}

/** What governs a verb that has not happened: a modal ("will win", "could have won", "would have won"), an attempt, a
 * wish, a plan or an expectation ("tries to win back customers", "hopes to sign", "is due to meet"), or a negation ("has
 * never won", "not declaring victory"); not what did happen ("went on to win"), nor news told in reported speech ("said it
 * would recall 410,000 cars"). */
const UNREALISED_BEFORE =
  /(?:\b(?:will|could|can|may|might|shall|should|must|cannot)|\bwould(?=\s+have\b)|n['’]t|\b(?:tr(?:y|ies|ied|ying)|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|expect(?:s|ed|ing)?|(?:is|are|was|were) (?:set|due|likely|unlikely|going)|bids?|attempts?|efforts?|in order|fight(?:s|ing)?|fought|struggl(?:e|es|ed|ing)|needs?|needed|ha(?:s|ve|d)|ready|vow(?:s|ed)|promis(?:e|es|ed)|pledg(?:e|es|ed)|threaten(?:s|ed)|intend(?:s|ed)?|fail(?:s|ed)?|chance|race) to|\b(?:not|never)(?:\s+yet)?(?:\s+\p{Ll}+ing)?)\s+(?:be\s+|been\s+|have\s+)?(?:\p{L}+ly\s+)?$/iu;

/** The text has the term only as something that has not happened ("tries to win back customers" for "Who won?"), inside
 * a compound, which names no act ("win-win cooperation", "an award-winning film"), or as an adjective before a noun, which
 * says of no one that they did it ("to discuss a proposed agreement" for "Who proposed it?"). */
export function onlyUnrealised(key: string, text: string): boolean {
  const forms = new Set(formsOf(key));
  const found = [...text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)].filter((m) => m[0].split('-').some((w) => forms.has(stem(w.toLowerCase()))));
  return (
    found.length > 0 &&
    found.every((m) => {
      const at = m.index ?? 0;
      return m[0].includes('-') || adjectiveAt(text, at, m[0]) || UNREALISED_BEFORE.test(text.slice(Math.max(0, at - 40), at));
    })
  );
}

/** An "against" that opposes nothing the event weighed: a side met in a contest ("the match against Lima on Sunday", "his
 * debut against Quito"), a measure compared with ("60% of trains ran on time, against a goal of 90%"), or a fight or a
 * guard against a harm ("the fight against malaria", "a fund against floods", "what crews are up against"). */
const AGAINST_NO_ONE = new RegExp(
  String.raw`\b(?:fight|fights|fighting|battle|struggle|campaign|war|mechanism|fund|measures|protection|protect|protects|guard|insurance|vaccine|vaccines|defence|defense|up)\s+against\b|\b(?:match|matches|game|games|debut|fixture|final|tie|win|victory|defeat|draw|clash|play|played|plays|playing|scored|goals?|record)\s+(?:(?:on|at|in|this|next|last)\s+\S+\s+)?against\b|\bagainst\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+)?(?:target|forecast|expectations?|estimate|benchmark|average|backdrop)\b` +
    // (… a currency's price in another, "the sol rose 0.3% against the dollar"; or a witness's evidence, "testify against
    // him".)
    String.raw`|\bagainst\s+(?:the\s+)?(?:U\.?S\.?\s+|American\s+|single\s+)?(?:dollar|euro|yen|pound|sterling|franc|yuan|renminbi|rupee|won|peso|real|rouble|ruble|greenback|currency|currencies|basket)\b|\b(?:testify|testifies|testified|testifying|evidence|witness(?:es)?)\s+against\b`,
  'giu',
);

/** The text, though it has the forms of the outcome asked about, words only the other side ("adopted" for what was
 * rejected). Asked only of a question that is no yes-or-no one. */
export function otherOutcome(keys: readonly string[], text: string): boolean {
  // ("Who opposed it?" is not answered by "Opposition leader Ana Roy voted in favour", nor by "… said her party accepted
  // the result": a title's word opposes nothing, and the sentence tells the other side; nor by a contest's "against".)
  if (keys.includes(OPPOSE)) {
    return !SAYS_OPPOSED.test(text.replace(AGAINST_NO_ONE, ' ')) && (SAYS_SUPPORTED.test(text) || SAYS_OPPOSED.test(text));
  }
  // ("Who conceded defeat?" asks of a loser's own words, not of a rejection.)
  if (keys.some((k) => OUTCOME_AGAINST.has(k)) && !keys.includes(CONCEDE)) return !SAYS_AGAINST.test(text);
  if (keys.some((k) => OUTCOME_FOR.has(k))) return !SAYS_FOR.test(text);
  return false;
}

export function asksAboutFuture(question: string): boolean {
  return /\b(?:will|would|next|upcoming|going to|scheduled|planned)\b/i.test(question);
}

/** How much of a question a sentence supports: the share of the key terms it contains. */
export function coverage(keys: readonly string[], text: string): number {
  if (!keys.length) return 0;
  const terms = new Set(contentTerms(text));
  return keys.filter((k) => hasTerm(terms, k, text)).length / keys.length;
}

// Words that make up people's titles and the names of organisations, as English news uses them.
// Title heads name an office ("Minister", "adviser"); modifiers qualify it ("Foreign", "acting").

import { memoize } from '../../memo.js';
import { COUNTED_WORD } from '../numbers.js';

const words = (s: string) =>
  new Set(
    s
      .trim()
      .split(/\s+/)
      .map((w) => w.toLowerCase()),
  );

/** The noun that names an office; a title phrase must contain one. */
export const TITLE_HEADS = words(`
  president vice-president president-elect minister premier chancellor secretary secretary-general
  undersecretary under-secretary adviser advisor councilor councillor counsellor counselor ambassador envoy
  diplomat director director-general chairman chairwoman chairperson chair governor king queen prince
  princess emir amir sultan sheikh shaikh monarch commissioner representative spokesperson spokesman
  spokeswoman chief head leader senator congressman congresswoman lawmaker mayor prefect general admiral marshal
  member official delegate officer ceo speaker judge justice attorney prosecutor consul consul-general
  emissary negotiator commander taoiseach tánaiste tanaiste ombudsman pope cardinal archbishop bishop administrator coordinator czar tsar
  pm fm eam foreman founder chairman-designate premier-elect vice-premier vice-chairman vice-chair counsel
  counterpart mp mep mla msp trustee superintendent treasurer secretary-treasurer principal dean rector provost
  professor lecturer researcher scientist investigator postdoc fellow co-lead editor journalist
  economist analyst engineer manager executive cfo coo cto solicitor barrister lawyer mediator conciliator arbitrator
  juror magistrate clerk cleric rabbi imam priest abbot monk nun pastor reverend metropolitan patriarch vicar chaplain mufti ayatollah deacon
  moderator campaigner activist nurse physician surgeon actress actor screenwriter cinematographer
  filmmaker producer novelist poet composer student parent resident owner councilman councilwoman
  alderman sheriff deputy-chief police-chief organiser organizer panellist panelist presenter nuncio
  auditor inspector controller comptroller registrar scholar theologian boss witness courier deputy aide
  author co-author colonel brigadier captain sergeant lieutenant
  coach goalkeeper striker midfielder defender referee skipper champion substitute winger seed cyclist swimmer boxer
  golfer sprinter jockey wrestler gymnast skier player
  businessman businesswoman entrepreneur tycoon billionaire investor athlete coroner teacher headteacher
  cricketer footballer batsman bowler comedian singer musician rapper chef architect designer photographer
  accountant builder farmer pilot soldier electrician plumber carpenter shopkeeper banker broker landlord pensioner mother
  constable writer playwright artist painter sculptor dancer instructor trainer
  conductor pianist violinist cellist guitarist drummer organist soloist
  planner surveyor grandmaster
  environmentalist conservationist ecologist biologist physicist chemist mathematician historian archaeologist geologist
  sociologist psychologist psychiatrist epidemiologist virologist meteorologist climatologist seismologist volcanologist
  dentist pharmacist therapist paramedic firefighter blogger dissident academic volunteer hostage detainee
  trader dealer staffer contractor technician mechanic fisherman vendor cashier
  passenger commuter motorist pedestrian bystander eyewitness spectator tourist
  specialist consultant strategist expert critic convener convenor incumbent candidate councilmember alderwoman selectman selectwoman
  victim survivor claimant plaintiff defendant complainant petitioner postmaster sub-postmaster postmistress sub-postmistress
`);

/** Words that qualify a title ("Foreign Minister", "acting Secretary", "senior diplomat"). */
export const TITLE_MODIFIERS = words(`
  prime foreign state national security senior acting former deputy vice chief top federal executive
  permanent special assistant principal first second third general high supreme defence defense home interior finance
  trade economic affairs external health energy commerce education presidential royal crown interim
  incoming outgoing late joint lead associate political military central economy agriculture environment
  culture information justice labour labor transport treasury public international regional the-then
  then development planning science technology communications digital commerce industry press cabinet
  parliamentary minority majority district artistic music technology operating financial programmes programs
  postdoctoral doctoral graduate managing general-secretary outgoing co retired shadow defending reigning
  revenue disaster management fisheries forestry mines mining petroleum water tourism sport sports youth
  housing employment works infrastructure immigration customs taxation rural urban welfare telecommunications
  innovation investment relief humanitarian aid refugee rights human climate nuclear disarmament intelligence
  spy police army navy opposition lieutenant brigadier major rear air field detective
  resources services relations social women
  software product marketing legal strategy design sales research risk compliance audit remuneration safety
  commercial creative editorial ranking transportation homeland veterans policy monetary fiscal law grand returning
  pro tem tempore emeritus emerita fire rescue emergency junior competition antitrust consumer civil
  standards ethics privacy integrity electoral medical scientific nursing dental veterinary battalion
  planetary marine maritime atmospheric environmental computer data
  technical operations launch
`);

/** Bodies a title can name in plain words before its office ("student union president", "board member",
 * "team captain"), meetings too ("the conference president" is no country's); title words only there, so a question
 * about "the union" still names a body. */
export const TITLE_BODIES = words(
  `union party club team company board council school city county town group campaign association society chamber federation committee business residents jury agency authority commission trust
  conference summit congress forum`,
);

/** Words of bodies' names that are plain nouns too, opening a sentence before an office ("Mission scientist Ana Roy",
 * "Project manager Tom Vale"): no body alone unless the text writes them capitalised inside a sentence. */
export const PLAIN_BODY_NOUNS = words(`mission office panel bureau delegation service project programme program`);

/** The trades a company is named for, closing its name ("Halvex Computing", "Halvex Mobility"): no surname's word. */
export const TRADE_WORDS = words(`computing engineering publishing mining robotics software dynamics aerospace biotech biosciences
  genomics networks devices automotive mobility capital entertainment resources financial analytics retail studios gaming
  wireless utilities chemicals textiles apparel biologics diagnostics payments fintech mobile telecom telecoms telecommunications`);

/** Capitalised words that belong to organisations, places and events, never to a person's name. */
export const ORG_WORDS = new Set([
  ...TRADE_WORDS,
  ...words(`
  council committee commission ministry office presidency federation confederation republic kingdom party bureau
  department agency administration government cabinet parliament assembly congress senate union
  organization organisation association bank fund forum summit meeting conference dialogue talks group
  alliance community court army navy force forces police service institute university college center
  centre foundation corporation company authority board body panel tribunal secretariat mission embassy consulate delegation
  province state city county region district house palace hall square street declaration initiative
  agreement treaty accord plan program programme round affairs security foreign national central supreme
  political people peoples communist democratic socialist liberal conservative labour popular islamic
  democrats republicans socialists liberals conservatives nationalists communists greens
  federal international global world economic development cooperation trade health relations news times
  post daily press media television radio network day week year north south east west northern southern
  securities holdings ventures investments insights consulting associates research economics
  eastern western united arab emirates states kingdom union nations africa african america american asia
  asian europe european pacific atlantic middle gulf leaders ministers presidents advisers advisors
  representatives delegates officials countries nations friends council's shared values responsibilities
  covid-19 coronavirus internet cyberspace presidium politburo
  studies partners councils institutes committees associates holdings ventures industries investments
  technologies laboratories sciences airlines advisory foods therapeutics pharmaceuticals pharma logistics motors
  airways lines systems labs brands telecom telecoms insurance maritime freight shipping tankers carriers ferries inc ltd plc corp llc
  gmbh asa limited
  components electronics semiconductors materials solutions society
  coal oil gas energy metals mines cement petroleum steel water
  school hospital museum academy clinic division league cup championship regulation directive convention protocol charter
  article section chapter clause paragraph annex appendix
  sea ocean strait canal peninsula desert island islands interface platform scheme portal exchange services
  synod diocese parish homes properties estates developments branch directorate inspectorate taskforce
  stadium arena airport mosque cathedral temple station gallery theatre theater hotel avenue boulevard highway prison harbour harbor
  yojana abhiyan
  athletic athletico atletico rovers wanderers rangers albion hotspur fc afc cf
  carmaker automaker drugmaker chipmaker planemaker steelmaker shipbuilder retailer insurer brewer broadcaster conglomerate
  manufacturer
`),
]);

/** The words a body's name is known by, closing it or before its "of" ("University of Lima", "High Seas Alliance"). */
export const BODY_HEADS = words(`university college institute institution alliance council agency association federation confederation
  foundation fund bank company corporation commission committee ministry department authority centre center school
  hospital museum academy union network coalition group organisation organization society trust laboratory observatory
  secretariat programme program`);

/** A common noun a public body's or a company's name opens with before its country ("Statistics Norway", "Transport
 * Canada", "Air France"): with the country, a body, no person's name. */
export const BODY_BEFORE_COUNTRY = words(`statistics transport tourism sport sports air energy water education housing revenue
  customs border immigration infrastructure export invest visit historic natural heritage arts creative skills innovation
  enterprise fisheries agriculture environment parks forestry finance business science space food defence health trade`);

/** The last word of a company's name that may open with a country's word ("Singapore Airlines", "Swiss Re" aside). */
export const COMPANY_WORDS = words(`airlines airways lines bank motors telecom telecoms express railways rail insurance shipping
  steel post broadcasting holdings`);

/** Academic degrees, written as acronyms before a student's word ("PhD student", "MBA student"): no body. */
export const DEGREES = words(`phd mba ba ma bsc msc llb llm mphil dphil bed med mfa`);

/** Honorifics that mark the following capitalised words as a person's name. */
export const HONORIFICS = words(`mr mrs ms miss dr sir dame madam madame lord lady mx excellency h.e. shri smt hon hon'ble
  prof rev coun cllr hafiz phra venerable father h.h. h.r.h. h.m. sayyid`);

/** Kinds of body, in lower case before a body's name: "the campaign group Clean Air Now", "the firm Lumen Labs". */
export const BODY_KINDS = words(`group organisation organization charity company firm watchdog coalition agency network campaign
  association ngo lobby movement alliance think-tank party union federation club consortium startup start-up bank fund
  foundation outlet newspaper broadcaster platform app`);

/** Adjectives of a region wider than a country, before an office ("European managing director", "Asian sales chief"): where
 * the office's remit lies, no company's name. */
export const REGION_ADJECTIVES = words(`european asian african arab nordic scandinavian baltic balkan caribbean pacific atlantic latin
  eurasian global western eastern northern southern continental`);

/** Kinds of business, in lower case before a company's name set off by a comma: "the battery supplier, Andes Cells of
 * Osaka", "its parent company, Halvex Group". A body's kinds count too. */
export const BUSINESS_KINDS = words(`supplier suppliers maker manufacturer carmaker automaker drugmaker chipmaker producer distributor
  retailer wholesaler carrier airline insurer lender developer contractor subsidiary operator owner-operator broadcaster publisher utility`);

/** Kinds of body named in two words, the second of them an office's word: "proxy adviser Glass Lantern". */
export const BODY_KIND_PAIRS = new Set(['proxy adviser', 'proxy advisor', 'proxy advisers', 'ratings agency', 'rating agency']);

/** People who work at a body, named by their trade: "analysts at Halvard Sachs" names a firm, not a person. */
export const STAFF_KINDS = words(`analysts economists strategists researchers scientists experts engineers traders lawyers officials
  staff workers employees executives sources spokesman spokeswoman spokesperson`);

/** Offices of a party's legal counsel: "represented by" one of them is speaking for a party, not standing in. */
export const COUNSEL = words(`barrister lawyer counsel solicitor attorney advocate qc kc sc`);

/** Function words and other words that are capitalised only because they start a sentence. */
export const COMMON_CAPITALISED = words(`
  the a an and or but if of on in at to for from by with about as while when where after before during
  since until though although because however also aside according among between both each either
  neither next last this that these those there their they them he she it its his her we our you i
  my yet so still then than thus meanwhile moreover furthermore besides instead indeed not no yes
  all any some many most more other others such what which who whom whose how why one two three
  four five six seven eight nine ten first second third fourth fifth finally lastly secondly thirdly
  firstly today tomorrow yesterday tonight sources source speaking asked given despite following
  regarding under over into through across against toward towards upon within without around near
  representing attending addressing meeting noting calling saying adding urging welcoming
  mitigating prosecuting sentencing responding replying commenting reacting explaining
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  click comments comment share leave post reply related photo file video
`);

/** Lowercase words that may sit inside a title phrase ("Minister in the Presidency of …"). */
export const TITLE_CONNECTORS = words(`of the in for and on to at`);

/** Small words inside personal names ("Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words(`bin ibn al el de da di du do van von der den del della la le dos das ben ap wa`);

/** Looked up once per word: the extractors ask of the same words many times over. */
export const isTitleHead = memoize((word: string): boolean => {
  const w = word.toLowerCase();
  return (
    TITLE_HEADS.has(w) ||
    // ("the five-member council", "a 27-member panel": a count of members says how big a body is, and names no one's office.)
    (w.includes('-') && !COUNTED_WORD.test(w) && w.split('-').some((part) => TITLE_HEADS.has(part))) ||
    // A trade by its ending, written in lower case ("volcanologist", "historian", "demographer"); a capitalised
    // word with such an ending may be a name ("Florian"), though not one of a science's practitioners, which opens a
    // sentence before a name ("Volcanologist Ana Roy said …").
    (word === w ? TRADE_ENDING.test(w) : SCIENTIST_ENDING.test(w))
  );
}, 20_000);

/** Endings of the names of sciences' and medicine's practitioners ("allergist", "psychiatrist", "pharmacist"): no name's. */
const SCIENTIST_ENDING = /(?:olog|onom|iatr|allerg|pharmac|dent|chem|physic|therap|an(?:a)?esthet|genetic|nutrition|botan|hygien)ist$/;
/** Endings of the names of trades and sciences' practitioners. */
const TRADE_ENDING = new RegExp(`${SCIENTIST_ENDING.source}|(?:ic|tor)ian$|ographer$`);

/** A plural made one, as written, its ending only: "Deputies" → "Deputy", "businessmen" → "businessman", "families" →
 * "family", "members" → "member"; null for a word with no plural's ending. */
export function singularOf(word: string): string | null {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/men$/i.test(word)) return `${word.slice(0, -3)}man`;
  return /s$/i.test(word) ? word.slice(0, -1) : null;
}

/** The office a plural names, or null: "Ministers" → "Minister", "Secretaries" → "Secretary", "members" → "member",
 * "businessmen" → "businessman". */
export const singularTitleHead = memoize((word: string): string | null => {
  const one = singularOf(word);
  return one && isTitleHead(one.toLowerCase()) ? one : null;
}, 20_000);

export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return isTitleHead(w) || TITLE_MODIFIERS.has(w);
}

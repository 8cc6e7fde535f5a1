// Words that tie a list to proposals, and words that say a list is something else (pledges, topics).
// Each entry is one word family; the examples show where it comes from.

/** Nouns a stated count and a list are named by: "four proposals", "a six-step roadmap", "five motions". */
export const ITEM_NOUNS = [
  'proposal',
  'suggestion',
  'recommendation',
  'initiative',
  'measure',
  'principle',
  'idea',
  'point',
  'priority',
  'step',
  'project',
  'action',
  'task',
  'element',
  'pillar',
  'aim',
  'motion',
  'resolution',
  'amendment',
  'component',
  'term',
  'demand',
  'condition',
  'line of work',
  'work item',
  'commitment',
  'objective',
  'goal',
  'decision',
  'option',
  'alternative',
  'change',
  'reform',
  'request',
];

/** An expression's alternation of ITEM_NOUNS, each as its plural is built on it: "line of work" with any spaces, "priority"
 * as "priorit(y|ie)" so that "s" makes "priorities". */
export const itemNounPattern = (nouns: readonly string[] = ITEM_NOUNS) => nouns.map((n) => n.replace(/ /g, '\\s+').replace(/y$/, '(?:y|ie)')).join('|');

/** Units a count is written with onto a plan's noun only, never counting items alone ("a five-part roadmap",
 * "a three-pronged strategy"; not "in two parts"). */
export const PLAN_UNITS = ['part', 'pronged', 'track', 'tier', 'stage', 'phase'];

/** Nouns the count is written onto: "a ten-point plan", "a three-pillar strategy", "a four-point declaration". */
export const PLAN_NOUNS = ['plan', 'proposal', 'initiative', 'roadmap', 'agenda', 'framework', 'package', 'strategy', 'declaration', 'programme', 'program'];

/** A sentence that introduces proposals ("put forward", "set out the four aims", "asked the board to:"). */
export const PROPOSAL_CUE =
  /\b(?:propos\w*|suggest\w*|recommend\w*|put (?:forward|its terms|their terms)|terms|conditions|plans?|steps?|pillars?|aims?|motions?|roadmap|declaration|package|measures|initiatives?|priorities|asked (?:the \w+ )?to|call(?:ed|s)? for|urged)\b/i;

/** A list that is not of proposals: pledges, things discussed, obstacles, site furniture, a page's own summary ("Key points"). */
export const NOT_PROPOSALS =
  /\b(?:pledg\w*|discuss\w*|agenda|topics|obstacles|barriers|more from|related|read more|also read|you may|most read|results?|votes?|voted|key points|highlights|at a glance|in brief|takeaways|what we know|key facts)\b/i;

/** Verbs that put a proposal forward, as the main verb of a sentence ("It also proposes …", "He further proposed …");
 * not "proposed" as an adjective after a determiner or an owner ("its proposed fine", "the proposed merger",
 * "Halvex's proposed takeover"), nor "demands" as a noun after one ("the union's demands would cost …"). */
export const PROPOSAL_VERB =
  /\b(?:(?:also|further|then|later)\s+)?(?:(?<!\b(?:the|a|an|its|their|his|her|our|this|that|any|no)\s)(?<!['’]s\s|s['’]\s)(?:propos(?:ed|es|e|ing)|demand(?:ed|s))|suggest(?:ed|s)(?=\s+(?:a|an|the|setting|creating|making|to)\b)|recommend(?:ed|s)|urg(?:ed|es)|call(?:ed|s) for|put forward)\b/i;

/** Verbs that put items forward or adopt them, anywhere in a sentence: a count of items a word like "goals"
 * or "points" names is a stated count only beside one ("set out four goals"; not "from two goals down"). */
export const PUT_FORWARD = new RegExp(
  `${PROPOSAL_VERB.source}|\\b(?:set(?:s|ting)? out|outlin\\w+|la(?:id|ys?) out|adopt\\w*|approv\\w*|agreed|tabled|unveil\\w*|commit(?:ted|s)? to)\\b`,
  'i',
);

/** How a vote on a proposal went: "it was carried", "which failed 5-6", "Which amendments passed?". */
export const VOTE_OUTCOME = 'carried|passed|adopted|approved|rejected|defeated|failed|withdrawn|won|lost';

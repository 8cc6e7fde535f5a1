// Proposal layouts as a table: [paragraphs, stated, items (or a word each item must contain)].
// Invented texts; a new layout is one row.
import { describe, expect, it } from 'vitest';
import { findProposals } from '../../../src/core/extract/proposals.js';
import { sentencesOf } from './helpers.js';

const LAYOUTS: Array<[string, string[], number | null, string[]]> = [
  [
    'some of the items counted before, after "Four of its seven points were published:", set off by semicolons',
    [
      'Ministers on Wednesday endorsed a seven-point plan to protect the ocean.',
      'Four of its seven points were published: a ban on deep-sea mining until 2030; a shared register of fishing boats; a coast guard school in Lima; and a target to protect 30% of the ocean.',
      'The other three will be agreed by leaders in September.',
    ],
    7,
    ['deep-sea mining', 'register', 'coast guard', '30%'],
  ],
  [
    'the items counted before, after "The amendments would:" in the next sentence, set off by semicolons',
    [
      'The opposition on Wednesday tabled four amendments to the budget bill.',
      "The amendments would: scrap the planned rise in fuel duty; restore funding for rural clinics; cap ministers' travel spending; and require an audit of the oil company.",
    ],
    4,
    ['fuel duty', 'rural clinics', 'travel spending', 'audit'],
  ],
  [
    'a bulleted list paragraphs away from the count, introduced by its own sentence',
    [
      'The firm committed to a five-step roadmap on Monday, though only three steps were shown.',
      'Analysts were cautious.',
      'The chief executive put the first three steps on the screen:',
      '1. An offline mode by June.',
      '2. A free tier for students.',
      '3. An open plugin runtime.',
    ],
    5,
    ['offline mode', 'free tier', 'plugin runtime'],
  ],
  [
    'a numbered list under "The agenda\'s six points include:" after a six-point action agenda (an agenda that is a plan)',
    [
      'Ministers met in Lima on Wednesday and endorsed a six-point action agenda on water.',
      "The agenda's six points include:",
      '1. A shared registry of river levels.',
      '2. Limits on new wells by 2030.',
      '3. Joint purchasing of pumps.',
      'The remaining points will be drafted later.',
    ],
    6,
    ['registry', 'new wells', 'pumps'],
  ],
  [
    'one sentence per item, named by the counted noun',
    [
      'Delegates carried three motions on the final day.',
      'A motion from the port branch called for a 35-hour week.',
      'Delegates also backed a motion seeking affordable homes.',
      'A third motion demanded an end to unpaid placements.',
    ],
    3,
    ['35-hour week', 'affordable homes', 'unpaid placements'],
  ],
  [
    'amendments tabled, one sentence each, the third counted in order and naming its vote',
    [
      'The council voted 7-4 on Tuesday to approve the bus lanes.',
      'Three amendments were tabled.',
      'Councillor Ana Roy proposed keeping loading bays open before 7 a.m.; that amendment passed.',
      'Councillor Tom Vale proposed a one-year pilot on a single road, which failed 5-6.',
      'A third amendment, from Councillor Ivo Kant, asked for a review of the lanes after 18 months and was adopted without a vote.',
    ],
    3,
    ['loading bays', 'one-year pilot', 'review of the lanes'],
  ],
  [
    '"The charter demands A, B, and C" after the sentence that counts the charter\'s demands',
    [
      'Farmers met the minister on Monday and submitted a 10-point charter of demands.',
      'The charter demands a loan waiver for small farmers, crop insurance payouts within 30 days, and compensation of Rs 20,000 per acre.',
      'The unions will protest on July 15 if the demands are not met.',
    ],
    10,
    ['loan waiver', 'crop insurance', 'Rs 20,000 per acre'],
  ],
  [
    'the first of the counted points, after what they bind members to: "to A, to B and to C"',
    [
      'Andes ministers endorsed a seven-point plan on migration on Saturday.',
      "The plan's first three points commit members to share registration data, to open four border corridors and to fund shelters of $120 million.",
      'The remaining four points will be drafted over the next 60 days.',
    ],
    7,
    ['share registration data', 'open four border corridors', 'fund shelters of $120 million'],
  ],
  [
    'the counted plan\'s items, after what the plan binds members to: "The plan commits members to A, to B, and to C"',
    [
      'Foreign ministers on Friday adopted a three-point plan to share data on dam releases along the river.',
      "The plan commits members to publish daily water levels from all 11 dams, to give 72 hours' notice before large releases, and to fund a warning centre in Lima.",
    ],
    3,
    ['daily water levels', "72 hours' notice", 'warning centre'],
  ],
  [
    'the counted package\'s items, after "The package requires banks to A, to B and to C"',
    [
      'The central bank on Monday set out a three-point package to protect savers.',
      'The package requires banks to publish their fees, to cap overdraft charges at 5% and to refund wrongly charged customers by June.',
    ],
    3,
    ['publish their fees', 'cap overdraft charges', 'refund wrongly charged customers'],
  ],
  [
    'a numbered list inside one sentence, after "The six points, he said, include:"',
    [
      'Ana Roy and Tom Vale put forward a six-point common understanding on the conflict on Thursday.',
      'The six points, he said, include: (1) observing three principles; (2) supporting a peace conference; (3) more humanitarian aid; (4) no attacks on civilians; (5) no weapons of mass destruction; and (6) stable supply chains.',
    ],
    6,
    ['three principles', 'peace conference', 'humanitarian aid', 'civilians', 'mass destruction', 'supply chains'],
  ],
  [
    'resolutions tabled at an AGM, each opening with "one"',
    [
      'Shareholders in Halvex voted against the pay policy at the annual general meeting on Thursday.',
      'Activist investor Lima Capital tabled two resolutions: one to split the roles of chairman and chief executive, and one to require an annual climate vote.',
    ],
    2,
    ['split the roles', 'annual climate vote'],
  ],
  [
    'two items after a colon, joined by the one "and" the count of two vouches for',
    [
      'Lima town council voted 7-4 on Tuesday to close the high street to cars on weekends.',
      'Council also approved, without a vote, two related measures: free parking at the station car park on weekends and a loading window for deliveries before 10 a.m.',
    ],
    2,
    ['free parking at the station car park on weekends', 'loading window for deliveries before 10 a.m.'],
  ],
  [
    'proposals someone said would be put forward later: none put forward, and no count',
    [
      'Talks in Lima ended on Saturday with a deal on adaptation finance.',
      'Commissioner Ana Roy said the bloc would put forward three proposals on carbon markets before the next round.',
    ],
    null,
    [],
  ],
  [
    'one proposal, and a clause of its own after the semicolon that is no second item',
    ['Andes foreign ministers met in Lima on Sunday.', 'Ana Roy proposed a regional task force for the border; the idea will be studied by officials.'],
    null,
    ['regional task force for the border'],
  ],
  [
    'a count written onto a roadmap with "-part", then its items after a colon',
    ['The firm laid out a five-part roadmap for the year: offline mode, a privacy dashboard, a payments API, glasses support and a higher revenue share.'],
    5,
    ['offline mode', 'privacy dashboard', 'payments API', 'glasses', 'revenue share'],
  ],
  [
    'a plan\'s parts counted after it ("The plan has five parts: …")',
    [
      'Commission President Ana Roy presented a plan to mobilise up to 800 billion euros for defence.',
      'The plan has five parts: a new loan instrument, flexibility under budget rules, use of cohesion funds, a bigger role for the investment bank, and mobilising private capital.',
    ],
    5,
    ['new loan instrument', 'budget rules', 'cohesion funds', 'investment bank', 'private capital'],
  ],
  [
    'a number with a thousands comma inside an item is one item ("Rs 3,100")',
    ['Farmers submitted a 10-point charter of demands, including a minimum support price of Rs 3,100 per quintal, a loan waiver and crop insurance.'],
    10,
    ['Rs 3,100 per quintal', 'loan waiver', 'crop insurance'],
  ],
  [
    'motions named by their numbers, one naming the vote that carried it',
    [
      'Delegates debated 12 motions over three days.',
      'Motion 4, from the Lima branch, called for a ballot on industrial action and was carried by 412 votes to 38.',
      'Motion 7, proposed by the student section, asked the guild to campaign against tuition fees; it was also carried.',
      'Motion 9, calling for a four-day week trial in hospitals, passed narrowly.',
    ],
    12,
    ['ballot on industrial action', 'tuition fees', 'four-day week'],
  ],
  [
    'options named by their letters, not the sentences that talk about them',
    [
      'Lima council has put forward three options for the old pier and will ask residents to choose between them.',
      'Option A would repair the pier at a cost of $6 million. Option B would rebuild it for walkers only. Option C would pull it down.',
      'Councillor Ana Roy said the council had no preferred option.',
      'Local traders want Option A, while the rowing club backed Option B.',
    ],
    3,
    ['repair the pier', 'walkers only', 'pull it down'],
  ],
  [
    '"It proposes … It also proposes … A further point …" after an N-point plan',
    [
      'The coalition put forward a six-point plan, of which it released three points.',
      'It proposes that a quarter of the money go to local groups.',
      'It also proposes a shared registry of displaced households.',
      'A further point calls for seed stocks before the planting season.',
    ],
    6,
    ['quarter', 'shared registry', 'seed stocks'],
  ],
  [
    '"The first point … The second … The third …"',
    [
      'The leaders adopted a three-point declaration.',
      'The first point commits the signatories to condemn attacks.',
      'The second calls on each community to open its doors.',
      'The third asks governments to pay for protection.',
    ],
    3,
    ['condemn attacks', 'open its doors', 'pay for protection'],
  ],
  [
    '"First, … Finally, …" then the other side\'s proposal',
    [
      'The company has put its terms to the board. First, the deal would be all-share. Second, the group would be based in Oslo. Finally, there would be no forced layoffs.',
      'The board, for its part, has proposed a break fee of £40 million.',
    ],
    null,
    ['all-share', 'Oslo', 'forced layoffs', 'break fee'],
  ],
  [
    'a lettered list whose third item starts "(c)" (not a copyright line)',
    ['The partners set out the three aims they committed to:', '(a) build an open model;', '(b) install sensors at 60 sites;', '(c) train 25 researchers.'],
    3,
    ['open model', 'install sensors', 'train 25 researchers'],
  ],
  [
    "a meeting's agenda is not proposals, though a plan was counted before",
    ['The ministers endorsed a four-point plan on water.', 'The agenda of the two-day meeting included:', '• Drought in the south', '• The budget for 2031'],
    4,
    [],
  ],
  [
    'a pledge list is not proposals',
    ['The pledges announced in the room included:', '• Norway: $46 million', '• Japan: $18 million', '• Germany: $43 million'],
    null,
    [],
  ],
  [
    'related-story bullets are not proposals',
    ['The minister proposed a new tax on sugar.', 'More from Politics', '• Budget: what it means for you', '• Election: polls tighten'],
    null,
    ['new tax on sugar'],
  ],
];

describe('proposals: an item is what was put forward, not how the vote on it went', () => {
  it.each([
    ['Councillor Ana Roy proposed keeping loading bays open before 7 a.m.; that amendment passed.', 'Keeping loading bays open before 7 a.m.'],
    ['Councillor Tom Vale proposed a one-year pilot on a single road, which failed 5-6.', 'A one-year pilot on a single road'],
    ['Motion 4, from the port branch, called for a ballot on industrial action and was carried by 412 votes to 38.', 'A ballot on industrial action'],
    ['Motion 4, from the port branch, called for a ballot on pay, which would cost $2 million.', 'A ballot on pay, which would cost $2 million'],
    [
      'Councillor Ana Roy proposed a regional centre against trafficking, after more than 2,000 people were rescued from scam compounds this year.',
      'A regional centre against trafficking',
    ],
    [
      'Councillor Tom Vale proposed a ceasefire on the lanes, after which talks on a settlement would begin.',
      'A ceasefire on the lanes, after which talks on a settlement would begin',
    ],
  ])('%s', (sentence, item) => {
    const found = findProposals(sentencesOf('Two motions were tabled.', sentence, 'Councillor Ivo Kant proposed a review of the lanes.'));
    expect(found.items[0]).toBe(item);
  });
});

describe('proposals in every layout', () => {
  it.each(LAYOUTS)('%s', async (_name, paragraphs, stated, items) => {
    const { parseArticleText } = await import('../../../src/core/article/ingest.js');
    // Through the plain-text reader, as an article arrives: furniture rules must leave the list alone.
    const article = await parseArticleText(`Headline of the test article\n\n${paragraphs.join('\n\n')}`);
    const found = findProposals(sentencesOf(...article.paragraphs));
    expect(found.stated).toBe(stated);
    expect(found.items).toHaveLength(items.length);
    for (const [i, word] of items.entries()) expect(found.items[i].toLowerCase()).toContain(word.toLowerCase());
  });

  it('leaves the marks of items lettered in brackets ("(a) …; (b) …") off the items', () => {
    const found = findProposals(
      sentencesOf(
        'In a joint communique, the ministers adopted three measures on haze: (a) a regional early-warning system for forest fires; (b) a fund for fire-fighting equipment; and (c) annual reporting on peatland restoration.',
      ),
    );
    expect(found.items).toEqual([
      'A regional early-warning system for forest fires',
      'A fund for fire-fighting equipment',
      'Annual reporting on peatland restoration',
    ]);
  });

  it('leaves the list\'s last joint ("; and") off the item before the last', () => {
    const found = findProposals(
      sentencesOf(
        'The plan commits the four member countries to:',
        '(a) share water data in real time;',
        '(b) hold a consultation whenever the river falls below 8 metres; and',
        '(c) commission a study of sediment loss.',
      ),
    );
    expect(found.items).toEqual([
      'Share water data in real time',
      'Hold a consultation whenever the river falls below 8 metres',
      'Commission a study of sediment loss',
    ]);
  });
});

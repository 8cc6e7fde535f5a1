import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis.js';
import { parsePlainText } from '../../../src/core/article/plain-text.js';
import { ATTENDANCE_ONLY, STOP_WORDS, attendanceOnly, contentWords, pickKeyPoints } from '../../../src/core/extract/key-points.js';
import { articlesAtHand } from '../../helpers/articles.js';
import { sentencesOf } from './helpers.js';

const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Every word of the point comes from the sentence, in order. */
const fromSentence = (point: string, sentence: string) => {
  const s = words(sentence);
  let i = 0;
  for (const w of words(point)) {
    while (i < s.length && s[i] !== w) i++;
    if (i++ >= s.length) return false;
  }
  return true;
};

describe('pickKeyPoints', () => {
  const s = sentencesOf(
    'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations.',
    'Foreign Minister Ana Lima of Peru opened the Pacific trade talks in Lima on Monday with ten delegations present.',
    'The delegations from Chile, Japan and Canada agreed to cut tariffs on farm goods by half within five years.',
    'Lima said the deal would lift trade across the Pacific region and create jobs for young people.',
    'It rained.',
    '"We are not there yet.',
    'But we are close," Lima said.',
    'Trade across the region has grown steadily over the past decade as ports were modernised and rail links improved.',
    'Farm groups in several countries have long argued that tariffs on grain and fruit hold back growth in rural areas.',
    'The talks were first proposed by a group of economists who studied regional supply chains and shipping costs.',
    'Observers from international organisations followed the opening session from the gallery of the conference hall.',
    'Talks will resume in Tokyo next spring, when ministers plan to sign the final text of the agreement.',
  );
  const points = pickKeyPoints(s, { title: 'Pacific trade talks open in Lima' });

  it('picks 3 to 8 points, the lead first, with no near-duplicates and no fragments', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(8);
    expect(points[0].sentence).toBe(0);
    expect(points.map((p) => p.text)).not.toContain('It rained.');
    expect(points.filter((p) => p.text.startsWith('Foreign Minister Ana Lima'))).toHaveLength(1);
    // Half a quotation is not a point.
    expect(points.some((p) => p.sentence === 5 || p.sentence === 6)).toBe(false);
    expect(points[0].text).toBe(s[0].text);
  });

  it('keeps the decision and what comes next, each point cut from its own sentence', () => {
    expect(points.some((p) => p.text.includes('agreed to cut tariffs'))).toBe(true);
    expect(points.some((p) => p.text.includes('Tokyo'))).toBe(true);
    for (const p of points) expect(fromSentence(p.text, s[p.sentence].text), p.text).toBe(true);
  });
});

describe('pickKeyPoints: a lead that opens a list', () => {
  it('takes the lead before its short opening of the list below it (", committing to:")', () => {
    const s = sentencesOf(
      'Mayors of 40 cities on Friday signed a climate pact at a two-day summit in Lima, committing to:',
      '1. Cut city emissions by 60 percent by 2030.',
      'Tom Vale said cities could not wait for national governments to act on the climate.',
      'The pact will be presented to environment ministers in October.',
    );
    const points = pickKeyPoints(s, { title: 'Mayors sign climate pact' });
    expect(points[0]).toMatchObject({ sentence: 0 });
    expect(points[0].text).toMatch(/^Mayors of 40 cities (?:on Friday )?signed a climate pact at a two-day summit(?: in Lima)?\.$/);
  });
});

describe('pickKeyPoints: what briefs nothing', () => {
  // [sentence, why it is not a point]
  const NOT_POINTS: Array<[string, string]> = [
    ['Chief Minister Ana Roy presides over the Cabinet meeting at the secretariat on Wednesday.', 'a short caption'],
    [
      'President Ana Roy shakes hands with Prime Minister Tom Vale at the leaders dialogue on the sidelines of the summit, Lima, Peru, 24 August 2023.',
      'a caption that ends with its full date',
    ],
    [
      'Secretary General Ana Roy, second left, presents Undersecretary Tom Vale, center, to staff at a council meeting in the ministers session at the alliance headquarters.',
      'a caption that says who stands where',
    ],
    ['Revenue Minister Ivo Kant joined the deliberations through video conference.', 'only who attended, and how'],
    ['They were joined by the Ministers of Health of Chile, Peru and Bolivia and by senior officials from the World Bank.', 'only who attended'],
    ['Minister Ana Roy joined a video meeting of Pacific foreign ministers in Lima on the evening of May 4.', 'only who joined which meeting'],
    ['Tom Vale and Ivo Kant took part in the online meeting, a Foreign Ministry press release said.', 'only who took part, with the source that says so'],
    [
      "Peruvian Foreign Minister Tomas Alberto Vale and Chile's acting Foreign Minister Ivo Marcelo Kant took part in the online meeting, a Foreign Ministry press release said.",
      'only who took part, named with their offices',
    ],
    [
      'Revenue Minister Ivo Kant, who has been camping at the border post since Friday, joined the deliberations through video conference.',
      'only who attended, behind a relative clause',
    ],
    ['The meeting was presided over by Peruvian Foreign Minister Ana Roy.', 'only who chaired'],
    ['The session was moderated by Tom Vale, the festival’s artistic director.', 'only who moderated'],
    ['Ana Roy also met with Lee Kato, Ivo Kant and Tom Vale to exchange views on bilateral and regional issues.', 'only whom someone met'],
    ['Also in attendance were Foreign Minister Ivo Kant and Trade Minister Tom Vale.', 'only who else attended'],
    [
      'Peru was represented by Mr. Ivo Kant, Minister for Foreign Affairs, and Chile by the Hon. Tom Vale, Minister for Defence.',
      'only who represented each country',
    ],
    ["Peru's delegation was led by Dr. Ivo Kant, director general of trade at the Ministry of Economy.", 'only who led a delegation'],
    [
      "The meeting was attended by Peru's Minister of Trade, Ana Roy; Bolivia's Minister of Production, Tom Vale; and Chile's Vice Minister, Ivo Kant.",
      'only who attended, a list set off by semicolons',
    ],
    ['Chile sent State Secretary Tom Vale, while Bolivian Foreign Minister Ivo Kant attended in person.', 'only whom a country sent, and who came in person'],
    ['Prime Minister Ana Roy, whose country was among the worst hit, joined from Lima.', 'only where someone joined from'],
    ["Chile's Prime Minister Tom Vale took part from Santiago.", 'only where someone took part from'],
    [
      'Peruvian President Ana Roy and Chilean President Tom Vale attended, as did Bolivian President Ivo Kant, who will take over the presidency.',
      'only who attended, once the clause after it goes',
    ],
    ['5. agree to independent arbitration if the 2,000 jobs are cut.', 'an item of a list that runs on from the sentence above it'],
    ['Good morning and welcome to our live coverage of the Andes Council summit in Lima.', "a live page's greeting"],
    ['09:00 — Good morning and welcome to our live coverage of the Andes Council summit in Lima.', "a live page's greeting, past its time stamp"],
    ['The finance ministry did not respond to a request for comment.', 'only that someone would not comment'],
    ['Halvex declined to comment on Monday.', 'only that a company would not comment'],
    ['Tom Vale could not be reached for comment.', 'only that someone could not be reached'],
    ['Two others did not want to be named, the finance ministry said.', 'only that some are not named'],
    ['The third farmer from the coastal village of Santa Rosa asked not to be identified.', 'only that someone is not named'],
    ['Welcome to our live blog of the 2026 budget, with 14 measures announced.', "a live page's greeting, with a count"],
    ['The following is an edited transcript of a press conference given by Finance Minister Ana Roy in Lima on Thursday.', "an editor's note on what follows"],
    ['- restore the 2023 pay offer of 1,850 crore;', 'a bulleted item of a list, no sentence alone'],
    ["Alongside the host, Peru's Ana Roy, the meeting brought together Chile's Tom Vale and Bolivia's Ivo Kant.", 'only whom the meeting brought together'],
    ['Tom Vale spelt out what the bloc stood to gain.', 'only says that the next sentences tell something'],
  ];
  it.each(NOT_POINTS)('%s (%s)', (sentence) => {
    const s = sentencesOf(
      'The Cabinet on Wednesday approved a relief package of 1,850 crore for farmers hit by the cyclone last month.',
      sentence,
      'The package will be paid into the accounts of 2.1 million farmers within three weeks, the finance minister said.',
    );
    const points = pickKeyPoints(s, { title: 'Cabinet approves relief package' });
    expect(points.map((p) => p.sentence)).not.toContain(1);
    expect(points[0].sentence).toBe(0);
  });
});

describe('pickKeyPoints: attendance with a fact is a point', () => {
  it.each([
    'Minister Ana Roy joined the meeting in Lima and called for a ceasefire along the border.',
    'Tom Vale took part in the talks on Monday but refused to sign the joint statement.',
    'Chile sent troops to the border, while Ivo Kant attended the talks.',
  ])('%s', (sentence) => {
    const s = sentencesOf('The Cabinet on Wednesday approved a relief package for farmers hit by the cyclone last month.', sentence);
    expect(pickKeyPoints(s, { title: 'Cabinet approves relief package' }).map((p) => p.sentence)).toContain(1);
  });
});

describe('pickKeyPoints: a source not named, with what they said, is a point', () => {
  it.each([
    'An official, who asked not to be named, said the 40 farmers would be paid within a week.',
    'Two farmers who did not want to be named said the payments had not arrived by Friday.',
    // (A cause not found is a fact, not an unnamed source.)
    'The cause of the fire that destroyed the depot has not been identified.',
  ])('%s', (sentence) => {
    const s = sentencesOf('The Cabinet on Wednesday approved a relief package for farmers hit by the cyclone last month.', sentence);
    expect(pickKeyPoints(s, { title: 'Cabinet approves relief package' }).map((p) => p.sentence)).toContain(1);
  });
});

// Sentences that carry a fact a reader needs, as a table of [what, article, headline, point wanted, sentences not wanted].
const FACT_CASES: Array<[string, string[], string, number, number[]]> = [
  [
    "a storm's toll is a point, before when a ferry's operator will look again",
    [
      'Power has been restored to 40,000 of the 95,000 homes that lost electricity this morning, the grid operator Lima Power said in its latest update.',
      'Schools in six districts will stay closed on Thursday, the education ministry said.',
      'The ferry operator, Andes Ferries, said it would review the situation at 6 a.m. on Thursday.',
      'A man in his 60s has died after a tree fell on his car near Ica, police said.',
      'Gusts of up to 180 km/h were recorded on the island of Sora, the strongest in the country since 1992.',
      'Prime Minister Ana Roy visited the emergency centre in Lima.',
      'All ferry services between the mainland and the islands remain suspended.',
    ],
    'Storm batters Peru coast',
    3,
    [],
  ],
  [
    'a lead in which the leaders held talks, "agreeing" to develop relations, is the news',
    [
      'Prime Minister Ana Roy and President Tom Vale held their first talks on Thursday on the sidelines of the forum, agreeing to develop bilateral relations in a "future-oriented" way.',
      'The two leaders also agreed to cooperate closely with Quito on security, an official said.',
      'Roy told reporters after the 30-minute meeting that she and Vale had "a candid exchange" on history.',
      'Vale said he hoped to visit Lima early next year.',
      'The forum summit runs until Saturday. President Ivo Kant is due to arrive on Friday.',
    ],
    'Lima, Andes leaders meet on sidelines of forum, agree to deepen ties',
    0,
    [],
  ],
  [
    'a long lead that states the news keeps its room, though points with more figures were chosen before it',
    [
      'Shares in Halvex Systems rose 11% in after-hours trading on Tuesday after the software maker reported quarterly revenue of $4.2 billion, up 18% from a year earlier and ahead of forecasts of $3.9 billion.',
      'Cloud revenue grew 31% to $2.6 billion.',
      'Net profit was $910 million, or $1.12 a share, compared with $640 million a year earlier.',
      "Chief executive Ana Roy told analysts that demand for the company's tools was stronger than it could supply.",
      'Chief financial officer Tom Vale said Halvex would spend $6 billion on data centres next year, up from $4 billion.',
      'The company raised its full-year revenue forecast to between $16.5 billion and $16.8 billion, from $16 billion to $16.4 billion.',
      'Halvex also announced a $10 billion share buyback and said it would cut about 1,200 jobs, or 4% of its workforce, mostly in sales.',
      '"The numbers are excellent, but the job cuts show they are squeezing costs," said Ivo Kant, an analyst at Lima Securities.',
    ],
    'Halvex shares jump as cloud sales beat forecasts',
    0,
    [],
  ],
  [
    'a lead in which the sides agreed to something is the news, in whatever words of relations it says it',
    [
      'Foreign Minister Ana Roy and her Chilean counterpart Tom Vale agreed on Wednesday to strengthen maritime security cooperation, as activity in regional waters grows.',
      'The two ministers also agreed to hold a meeting of their foreign and defence ministers later this year, the first since 2021.',
      'Vale said Chile welcomed the offer of patrol boats under a new assistance program.',
      'Roy also paid a courtesy call on President Ivo Kant, who said he hoped to visit Lima soon.',
      "Peru is Chile's fourth-largest trading partner.",
    ],
    'Peru, Chile agree to step up maritime security cooperation',
    0,
    [],
  ],
  [
    'a quotation whose speaker is only "he" is no point; the fact beside it is',
    [
      'More than 30,000 people were evacuated from villages north of Lima on Monday as a wildfire burned for a second day, officials said.',
      'Minister Ana Roy told reporters that crews were fighting the fire from the air and on the ground.',
      '"The next 24 hours are critical," he said.',
      'The fire service said the blaze was the worst in the region since 2018, when 104 people died.',
      'Roy cut short her holiday and returned to Lima to chair an emergency meeting of the cabinet on Monday evening.',
    ],
    'Wildfire forces 30,000 to flee',
    3,
    [2],
  ],
  [
    'a short sentence with a number or a date is a point',
    [
      'Religious leaders from five continents ended a two-day meeting in Lima on Thursday by adopting a declaration on places of worship.',
      'The leaders agreed that the declaration should be read aloud in every congregation that signed it.',
      'Several speakers said attacks on shrines and cemeteries had become a new worry in their own countries.',
      'The organisers announced that the declaration would be translated into the languages of all the delegations.',
      'Many delegates said the meeting had strengthened personal friendships across the different communities represented.',
      'It rained.',
      'The next meeting is planned for Nairobi in 2025.',
    ],
    'Faith leaders adopt declaration in Lima',
    6,
    [5],
  ],
  [
    'what comes next is a point, not a long account of the evening',
    [
      'The school board voted on Monday night to move the start of high-school classes to 9 a.m.',
      'Trustees heard from parents, teachers, students and bus drivers during a long public session that lasted most of the evening and spilled past the usual closing time.',
      'Several speakers described the mornings of teenagers who catch buses before dawn, and one trustee read out letters from students in three different schools.',
      'The chair reminded the gallery that the board had discussed school start times many times over the last ten years without reaching agreement.',
      'Staff are to report back on the cost of the breakfast program later this year.',
    ],
    'Board backs later start',
    4,
    [],
  ],
  [
    'what comes next in reported speech ("would") is a point',
    [
      'More than 150 residents crowded into the parish hall on Tuesday night to press the mayor over a run of break-ins.',
      'Many of them stood along the back wall, and some had brought handwritten signs about the 12 dark streetlights on their blocks.',
      'The council president said the council would vote on the streetlight money at its Feb. 20 meeting.',
      'Several residents described hearing noises in their garages late at night and finding doors forced open in the morning.',
      'One resident of 40 years recalled that the neighbourhood had felt safe enough to leave doors unlocked.',
      'Others said they had stopped walking their dogs after dark since the first break-ins in September.',
    ],
    'Residents press mayor over break-ins',
    2,
    [],
  ],
  [
    'relationship talk is no point when the talks had facts',
    [
      'Foreign Minister Ana Roy of Peru held talks in Lima on Monday with her Chilean counterpart, Luis Vale, on trade and fishing.',
      'Roy underlined how deep cooperation between Peru and Chile runs and said her country wants to build on it in every field.',
      'The two sides signed an agreement on joint patrols of their fishing waters, as well as an agreement exempting holders of official passports from visas.',
      'Vale also pointed to a common political will in both countries to bring about closer integration between the two economies.',
      'Vale invited Roy to visit Santiago, and she hopes to make the trip before the end of the year.',
      'Both ministers praised the work of the fishing crews who rescued sailors off the coast in March.',
    ],
    'Peru and Chile sign fishing pact',
    2,
    [1, 3],
  ],
  [
    'the lead’s own context ("last year") is not background',
    [
      'The Supreme Court on Monday struck down Lakeside’s ban on food trucks, ruling that the town board had exceeded its powers when it passed the rule last year.',
      'Judge Ana Roy said the board could license food trucks but could not ban them outright under the state law.',
      'The case was brought by 21 vendors who said the ban had cost them about 400,000 dollars in lost sales.',
      'The board had argued that the ban was needed to protect restaurants on the main street.',
      'Mayor Tom Vale said the board was "very disappointed" and would decide within 10 days whether to appeal.',
      'The judge ordered the board to pay the vendors’ legal costs.',
      'A licensing scheme could be brought back at the board’s next meeting on May 12, a trustee said.',
    ],
    'Court strikes down food-truck ban',
    0,
    [],
  ],
  [
    'background is no point when the news has facts of its own',
    [
      'Meeting in Lima on Thursday, the 40th congress of the federation backed the suspension of the Andean league, with 190 votes in favour.',
      'The federation first took that decision on February 24, 2022, and confirmed it on March 31 four years ago.',
      'Delegates also gave 180 votes to keeping the coastal league suspended over interference by the government.',
      'The congress returned Ana Roy as president of the federation until 2029; she was the only candidate.',
      'The regional leader told delegates that Roy deserves to go on leading the federation because of what she has done.',
    ],
    'Congress backs suspension',
    2,
    [1],
  ],
  [
    'the last one of the news\'s kind is background ("The last increase, of 10 per cent, took effect in May 2022.")',
    [
      "Peru's minimum wage will rise by 9 per cent to 1,230 soles a month from 1 January, the government announced on Monday.",
      'Labour Minister Ana Roy said the increase would benefit about 1.8 million workers.',
      'The last increase, of 10 per cent, took effect in May 2022.',
      'The union federation had asked for a rise to 1,500 soles and called the increase "crumbs".',
      'The union said it would hold a national day of protest on 12 December.',
    ],
    'Minimum wage to rise 9%',
    4,
    [2],
  ],
  [
    'a body\'s standing size is background ("The board has nine members, …")',
    [
      'The Andes Rights Board voted on Friday to open an inquiry into the killing of protesters in Lima, over the objections of the government.',
      'The motion, put forward by Chile and Bolivia, passed by six votes to two, with one abstention.',
      'Peru’s envoy, Ana Roy, said her government would not cooperate with the inquiry.',
      'The board has nine members, elected for three-year terms.',
    ],
    'Rights board orders inquiry',
    1,
    [3],
  ],
  [
    'the last one of the news\'s kind is background ("A previous increase, …")',
    [
      "Peru's minimum wage will rise by 9 per cent to 1,230 soles a month from 1 January, the government announced on Monday.",
      'Labour Minister Ana Roy said the increase would benefit about 1.8 million workers.',
      'A previous increase, of 10 per cent, took effect in May 2022.',
      'The union federation had asked for a rise to 1,500 soles and called the increase "crumbs".',
      'The union said it would hold a national day of protest on 12 December.',
    ],
    'Minimum wage to rise 9%',
    4,
    [2],
  ],
  [
    'the last one of the news\'s kind is background ("An earlier increase, …")',
    [
      "Peru's minimum wage will rise by 9 per cent to 1,230 soles a month from 1 January, the government announced on Monday.",
      'Labour Minister Ana Roy said the increase would benefit about 1.8 million workers.',
      'An earlier increase, of 10 per cent, took effect in May 2022.',
      'The union federation had asked for a rise to 1,500 soles and called the increase "crumbs".',
      'The union said it would hold a national day of protest on 12 December.',
    ],
    'Minimum wage to rise 9%',
    4,
    [2],
  ],
  [
    'what had happened before the news, told in the past perfect by no one, is background',
    [
      'Leaders of the Andean bloc on Thursday invited Peru and Chile to join as full members from January, doubling its size to 12 countries.',
      'Bolivia had backed the entry of Peru and Ecuador with a $40 million fund, while Colombia named Chile as the country it preferred and Argentina championed Uruguay.',
      'The new members will take part in the next summit in Quito in 2027, the bloc said.',
      'Ana Roy, the bloc’s secretary general, said the enlarged group would have 40% of the region’s trade.',
    ],
    'Andean bloc invites Peru and Chile',
    2,
    [1],
  ],
  [
    'a sentence that opens with a pronoun has lost what it stands for',
    [
      'Lima Labs on Monday unveiled a cheaper headset priced at $1,999 and a set of assistant features for its phones, at its annual developer conference.',
      'Chief executive Ana Roy told about 6,000 developers that the headset would go on sale in 14 countries on September 20.',
      'Software chief Tom Vale demonstrated "Lima Assist", which summarises messages on the device.',
      'It will be available in English first, with French and German to follow next year.',
      'Lima Labs shares fell 1.9% during the presentation.',
    ],
    'Lima Labs unveils cheaper headset',
    1,
    [3],
  ],
  [
    'so has one whose subject after an opening phrase is a pronoun ("Speaking to reporters afterwards, he rejected …")',
    [
      'The Andes Council on Wednesday called for an immediate ceasefire in the east and warned it would impose sanctions on anyone blocking aid.',
      'Council chair Ana Roy told the meeting the crisis risked spreading and asked members to back a 3,000-strong observer mission.',
      'Members agreed to send a fact-finding team within 14 days but deferred a decision on the mission to March.',
      'Speaking to reporters afterwards, he rejected the call for observers as "interference" and said his government would not allow them in.',
      'The fighting has displaced 1.2 million people since January, the United Nations says.',
    ],
    'Council calls for ceasefire',
    0,
    [3],
  ],
  [
    'though a speaker\'s aside after an opening phrase is no pronoun subject ("Displaced families, she said, had …")',
    [
      'Aid agencies on Monday warned that 40,000 families in the flooded north had run out of drinking water.',
      'Relief chief Ana Roy said the agencies would fly in 200 tonnes of supplies by Friday.',
      'Roads to the region remain closed, and the airport reopened only on Sunday.',
      'Displaced families, she said, had been left without food for nine days, and 12 people had died.',
      'The government has pledged $12 million for repairs.',
    ],
    'Agencies warn of water crisis',
    3,
    [2],
  ],
  [
    'a lead that no signal marks is still the news, and takes its room first',
    [
      'The Andes Council on Wednesday called for an immediate ceasefire in the east and warned it would impose sanctions on anyone blocking aid.',
      'Council chair Ana Roy told the meeting the crisis risked spreading and asked members to back a 3,000-strong observer mission.',
      'Members agreed to send a fact-finding team within 14 days but deferred a decision on the mission to March.',
      'Tom Vale, the bloc secretary, said the mission would cost $40 million a year and could deploy by June.',
      'The fighting has displaced 1.2 million people since January, the United Nations says.',
    ],
    'Council calls for ceasefire',
    0,
    [],
  ],
  [
    'a quotation whose speaker is only "he" is no point, whatever he added after it',
    [
      'A sports court on Tuesday banned the sprinter Tom Vale for four years for doping, overturning a ruling that had cleared him.',
      '"I have never cheated and I never will," he said, adding that he would consider an appeal to a federal court.',
      'The ban is backdated to July 14, the date of the sample, and runs until July 2029.',
      'Federation president Ana Roy said the federation respected the decision.',
    ],
    'Sprinter banned for four years',
    2,
    [1],
  ],
  [
    'a quotation whose speaker is only "she", telling someone, is no point',
    [
      'The electoral commission on Friday certified Ana Roy as the winner of the presidential election with 52.4 per cent of the vote.',
      'Opposition candidate Tom Vale said his party would file a challenge with the constitutional court within five days.',
      '"The people know who they voted for," he told supporters in the north.',
      'The court has until 23 December to rule.',
    ],
    'Commission certifies result',
    3,
    [2],
  ],
  [
    'a sentence that counts "them" has lost whom it counts',
    [
      'Rescuers were racing on Monday to reach 11 miners trapped 400 metres underground after a tunnel collapsed at a copper mine near Lima.',
      'The collapse happened at about 11 p.m. on Sunday at the mine, as a night shift of 46 workers was underground.',
      'Thirty-five of them reached the surface unhurt, the company said.',
      'Emergency Minister Ana Roy said rescuers had made contact with the trapped men and believed that at least eight were alive.',
      'Drilling of a rescue shaft began on Monday morning and could take four to five days, said the mine’s manager, Tom Vale.',
      'Vale said the company would cooperate fully with an investigation by the mining inspectorate.',
    ],
    'Eleven miners trapped in Lima',
    4,
    [2],
  ],
];

describe('pickKeyPoints: facts in plain sentences', () => {
  it("leads with the headline's news, not a feature's scene-setting opening that shares no word of it", () => {
    const s = sentencesOf(
      'Ana Roy has spent six years tied to a dialysis machine three times a week, waiting for a phone call that has not come.',
      'She is one of a record 7,400 people now on the national waiting list for a kidney transplant, according to figures published on Tuesday.',
      'The number of deceased organ donors fell by 9% last year to 1,390, the lowest since 2015.',
    );
    expect(pickKeyPoints(s, { title: 'Kidney waiting list hits record as donor numbers fall' })[0].sentence).toBe(1);
    // A lead that shares the headline's words stays first.
    const news = sentencesOf(
      'A record 7,400 people are now on the national waiting list for a kidney transplant, figures published on Tuesday show.',
      'The number of kidney donors on the waiting list fell by 9% last year to 1,390, a record low.',
    );
    expect(pickKeyPoints(news, { title: 'Kidney waiting list hits record as donor numbers fall' })[0].sentence).toBe(0);
  });

  it("reads the headline's words in any of their forms: a lead that shares them as other forms stays first", () => {
    const s = sentencesOf(
      'Peru and Chile exchanged 190 prisoners of war on Thursday in a swap mediated by Bolivia, the ninth such exchange this year.',
      'Each side handed over 95 prisoners at the airport in Santa Cruz, the Bolivian foreign ministry said.',
      'Talks on a wider exchange were continuing.',
    );
    expect(pickKeyPoints(s, { title: 'Prisoner exchange completed at Santa Cruz airport' })[0].sentence).toBe(0);
  });

  it('takes the tally before one member\'s vote ("Trustee Ana Roy, one of the 12 trustees, voted for the motion.")', () => {
    for (const vote of ['Trustee Ana Roy, one of the 12 trustees, voted for the motion.', 'Trustee Tom Vale, one of the 12 trustees, voted in favour.']) {
      const s = sentencesOf(
        'The Lima school board passed a motion of no confidence in its superintendent on Wednesday, after a year of cuts that closed three schools.',
        'Board chair Lia Mora said the district would review the cuts at its next meeting on May 28.',
        'The motion carried 9-3, with two abstentions, in a secret ballot.',
        vote,
      );
      expect(
        pickKeyPoints(s, { title: 'Board rebukes superintendent' }).map((p) => p.sentence),
        vote,
      ).toEqual([0, 1, 2]);
    }
  });

  it('reads a body\'s size in members, in digits or words, as background ("Its assembly comprises 150 members")', () => {
    for (const size of ['The board has nine members', 'Its assembly comprises 150 members']) {
      const s = sentencesOf(
        'The Andes Rights Board voted on Friday to open an inquiry into the killing of protesters in Lima, over the objections of the government.',
        'The motion, put forward by Chile and Bolivia, passed by six votes to two, with one abstention.',
        'Peru’s envoy, Ana Roy, said her government would not cooperate with the inquiry.',
        `${size}, elected for three-year terms.`,
      );
      expect(
        pickKeyPoints(s, { title: 'Rights board orders inquiry' }).map((p) => p.sentence),
        size,
      ).not.toContain(3);
    }
  });

  it('reads any pronoun as the subject after an opening phrase ("In a statement, it rejected …")', () => {
    const council = FACT_CASES.find(([what]) => what.startsWith('so has one whose subject after an opening phrase'))!;
    for (const pronoun of ['he', 'she', 'they', 'it']) {
      const paragraphs = council[1].map((p) => p.replace('afterwards, he rejected', `afterwards, ${pronoun} rejected`));
      expect(
        pickKeyPoints(sentencesOf(...paragraphs), { title: council[2] }).map((p) => p.sentence),
        pronoun,
      ).not.toContain(3);
    }
  });

  it.each(FACT_CASES)('%s', (_what, paragraphs, title, wanted, unwanted) => {
    const points = pickKeyPoints(sentencesOf(...paragraphs), { title }).map((p) => p.sentence);
    expect(points).toContain(wanted);
    for (const u of unwanted) expect(points).not.toContain(u);
  });
});

describe('key points of a report: background and what leans on the sentence before', () => {
  /** The key points of an article given as its paragraphs, headline first. */
  const pointsOf = (...paragraphs: string[]) => analyzeArticle(parsePlainText(paragraphs.join('\n\n'))).keyPoints.map((p) => p.text);
  const report = (...lines: string[]) => pointsOf('Shipper in merger talks', 'Published 12 March 2024', ...lines);

  it('takes no sentence set in an earlier year than the news ("the collapse of a similar approach in 2019")', () => {
    const points = report(
      'Skarhaven Shipping confirmed on Tuesday that it is in advanced talks to combine with the logistics group Tollbridge Freight.',
      'Skarhaven said it expected the deal to be approved by regulators within six months.',
      'Ana Roy, Tollbridge’s finance director, was asked about the collapse of a similar approach in 2019, when the company said a tie-up "made no sense for our customers".',
      'Skarhaven has until 5pm on 19 November to announce a firm offer or walk away.',
      'Skarhaven shares rose 6.3% in Oslo, while Tollbridge gained 11% in London.',
    );
    expect(points.some((p) => p.includes('in 2019'))).toBe(false);
  });

  it('takes no sentence dated by a year in news dated by its day alone ("A 2007 quake …" under "… early on Sunday")', () => {
    const quake = pointsOf(
      'Earthquake kills 42 in southern Peru',
      'A magnitude 6.8 earthquake struck southern Peru early on Sunday, killing at least 42 people and injuring more than 300, officials said.',
      'Most of the deaths were in the town of Chivay, where adobe houses crumbled, said regional governor Elena Quispe.',
      'A 2007 quake near Pisco killed more than 500 people.',
      'About 2,500 people have been left homeless, the health ministry said.',
      'Aftershocks are expected to continue for several days, the institute warned.',
    );
    expect(quake.some((t) => t.includes('2007'))).toBe(false);
  });

  it('takes no short closing sentence of an earlier year over the news\'s own ("The region was hit by a 5.8 quake in 2019 …")', () => {
    const quake = pointsOf(
      'Earthquake kills 35 in Lima region',
      'A magnitude 6.4 earthquake struck the north of Lima early on Tuesday, killing at least 35 people and injuring more than 200, officials said.',
      'The quake hit at 3.17am local time at a depth of 10 kilometres, about 40 km from the town of Ilo, according to the seismology centre.',
      'Hundreds of buildings collapsed or were badly damaged, and landslides blocked several roads, slowing the arrival of rescue teams.',
      'Interior Minister Ana Roy said the death toll was likely to rise as rescuers searched the rubble.',
      'Neighbouring countries offered help, and the European Union said it would send a team of search and rescue experts.',
      'The region was hit by a magnitude 5.8 quake in 2019 that killed 11 people.',
    );
    expect(quake.some((t) => t.includes('2019'))).toBe(false);
  });

  it("drops a news slug before the lead ('OIC CFM Lima: '), not a transcript speaker's label", () => {
    const lead = (first: string) =>
      pointsOf(
        'Peru tables six-point plan',
        `${first} Peru on Sunday put forward a six-point plan for the region's food security and the revival of its economy.`,
        'The plan was set out by the foreign minister as he opened the session of the council in Lima.',
        'The ministers will meet again in Quito in March to review progress.',
      )[0];
    expect(lead('OIC CFM Lima:')).toMatch(/^Peru put forward a six-point plan/);
    expect(lead('PRIME MINISTER ROY:')).toMatch(/^Prime Minister Roy: Peru put forward/);
  });

  it('takes no sentence that opens with a month alone in news dated by its day alone ("In February, Halden recalled …")', () => {
    const recall = (line: string) =>
      pointsOf(
        'Halden recalls 410,000 SUVs over airbags',
        'DETROIT (Wire) - Halden Motors said on Thursday it would recall about 410,000 sport utility vehicles because the front passenger airbag may fail to deploy in a crash.',
        'The recall covers 2021 to 2024 models of the Halden Ridge built at its plant in Ohio.',
        'Halden said it knew of three crashes in which the airbag did not deploy, and no deaths.',
        line,
        'Owners will be notified by mail starting June 12, Halden said.',
      );
    expect(recall('In February, Halden recalled 96,000 pickups over a brake defect that had caused 14 crashes.').some((t) => t.includes('February'))).toBe(
      false,
    );
    // (One that tells what comes in a month is what comes next.)
    expect(recall('In February, Halden will recall 96,000 more pickups over a brake defect found in 14 crashes.').some((t) => t.includes('February'))).toBe(
      true,
    );
  });

  it('gives background that closes a report no weight for closing it ("The last outbreak, in 2019, killed …")', () => {
    const outbreak = pointsOf(
      'Cholera spreads to third province',
      'Health officials in Lima said on Monday that a cholera outbreak had spread to a third province, with 4,800 suspected cases and 140 deaths.',
      'Most of the new cases are in Kibali province, where heavy rains have flooded latrines and contaminated wells, the ministry said.',
      'The death rate has fallen from 6% in the first weeks to about 2% as treatment centres opened.',
      'The World Health Organization said it was sending 500,000 doses of oral cholera vaccine to the province.',
      'Health Minister Ana Roy appealed for clean water and chlorine tablets and said the government had opened 14 treatment centres.',
      '"We can stop this, but we need help now," she said.',
      'Doctors said their teams were treating about 300 patients a day and warned that the outbreak could spread further.',
      "Lima's last major cholera outbreak, in 2019, killed more than 400 people.",
    );
    expect(outbreak.some((t) => t.includes('2019'))).toBe(false);
  });

  it('takes no sentence whose time is told only by the sentence before ("since then")', () => {
    const s = sentencesOf(
      'Skarhaven Shipping confirmed on Tuesday that it is in advanced talks to combine with the logistics group Tollbridge Freight.',
      'Ana Roy was asked about a similar approach that collapsed when rates were low.',
      'The market had "changed beyond recognition" since then, Ana Roy said.',
      'Skarhaven said it did not expect any "material" overlap in Denmark.',
      'The statement was read at a press briefing in Oslo by a spokesman.',
      'Ana Roy attended the briefing and answered questions.',
    );
    expect(pickKeyPoints(s, { title: 'Shipper in merger talks' }).map((p) => p.sentence)).not.toContain(2);
  });
});

describe('pickKeyPoints: what its signals say carries no fact', () => {
  it('fills no room left in the budget (a quotation that names no speaker at all)', () => {
    const s = sentencesOf(
      'The health agency on Wednesday declared an outbreak of a new virus in the Andes a global emergency, its highest level of alert.',
      'More than 14,000 suspected cases and 520 deaths have been reported this year in six countries, the agency said.',
      '"This is something that should concern us all."',
    );
    expect(pickKeyPoints(s, { title: 'Agency declares virus outbreak an emergency' }).map((p) => p.sentence)).toEqual([0, 1]);
  });

  it("makes no point of who was present at the meeting, and reads a body's name as no talk of relations", () => {
    const s = sentencesOf(
      'Foreign Minister Ana Roy held talks with her Chilean counterpart Tom Vale in Lima on Monday and co-chaired the second meeting of the Political and Cultural Cooperation Committee of the Peru-Chile Strategic Partnership Council.',
      'The two ministers agreed to conclude an investment treaty by December.',
      'Deputy ministers Ivo Kant and Lia Mora were present at the meeting.',
    );
    const points = pickKeyPoints(s, { title: 'Roy holds talks with Chilean counterpart' }).map((p) => p.sentence);
    expect(points[0]).toBe(0);
    expect(points).not.toContain(2);
  });

  it('makes no point of a quotation that is the whole sentence, its speaker named in the sentence before', () => {
    const s = sentencesOf(
      'Andean leaders on Thursday agreed to a 50-billion-sol support package for Lima, after Chile dropped its veto within the first hour of an emergency summit.',
      '"We have a deal," council president Ana Roy wrote on social media. "All 12 leaders agreed an additional 50 billion sol support package for Lima within the budget."',
      'The package will run from 2024 to 2027 and is made up of 33 billion soles in loans and 17 billion in grants.',
      'The fund still needs the approval of the Andean Parliament, expected later this month.',
    );
    const points = pickKeyPoints(s, { title: 'Andean leaders agree Lima fund' }).map((p) => p.text);
    expect(points.length).toBeGreaterThan(1);
    expect(points.join(' ')).not.toMatch(/^"|All 12 leaders/);
  });
});

describe("pickKeyPoints: a journalist's question and a word to the room", () => {
  it('are no points, whatever numbers and quotes they hold', () => {
    const s = sentencesOf(
      'The jury of the 12th Lima Film Festival faced journalists on Sunday, hours after the drama "Salt" was named the winner of the top prize.',
      'Q: Ms Roy, last year the jury president said the 2023 competition, with its 14 films and 3 debuts, had become "too polite".',
      'You will get the full list of the 12 films and their 40 screenings; please take one at the door.',
      'The jury watched the films over nine days and argued about most of them late into the night.',
    );
    const points = pickKeyPoints(s, { title: 'Jury meets the press' }).map((p) => p.sentence);
    expect(points).toContain(3);
    expect(points).not.toContain(1);
  });
});

describe('pickKeyPoints: the sentence that states the proposals', () => {
  const s = sentencesOf(
    'Foreign ministers from eleven Pacific states met in Lima on Monday for two days of talks on fisheries and shipping.',
    'The talks opened with a minute of silence for the crew of a trawler lost off the coast of Chile in 2023.',
    'Ministers from Chile and Peru signed a 2019 memorandum on port fees that expires next year.',
    'Fish stocks in the region have fallen by 40 per cent since 1990, according to a 2022 survey by 12 universities.',
    'Ana Lima put forward four proposals for the region, including a joint patrol fleet, shared catch data, a fisheries fund and a yearly review.',
    'Delegates from 30 countries and 12 agencies attended, the largest gathering since the 2016 meeting in Auckland.',
    'The next meeting is planned for Tokyo in 2027, when ministers expect to sign a 15-year agreement.',
  );
  const shownItems = ['A joint patrol fleet', 'Shared catch data', 'A fisheries fund', 'A yearly review'];
  const options = { title: 'Pacific ministers meet in Lima', stated: new Set([4]), shownItems };

  it('is a point, cut before the list of items the card shows', () => {
    const points = pickKeyPoints(s, options);
    expect(points.map((p) => p.text)).toContain('Ana Lima put forward four proposals for the region.');
  });

  it('gives way to the decisions taken: the proposals field shows the count', () => {
    const decided = sentencesOf(
      'Fisheries ministers from eleven Pacific states met in Lima on Monday for two days of talks on shrinking tuna stocks.',
      'Ana Roy put forward four proposals for the region, among them a joint patrol fleet and shared catch data.',
      'Tuna catches across the region have fallen by a third since 2015, a survey by twelve universities found.',
      'The ministers agreed to close two fishing grounds to trawlers from January and to meet again in Tokyo next year.',
      'The ministers approved a 40 million dollar fund for coastal villages, to be paid out from June.',
      'Delegates praised the hosts for the warm welcome and the smooth running of the talks.',
      'Tom Vale said the talks had been long but friendly.',
    );
    const points = pickKeyPoints(decided, { ...options, stated: new Set([1]) }).map((p) => p.sentence);
    expect(points).toEqual(expect.arrayContaining([0, 3, 4]));
    expect(points).not.toContain(1);
  });

  it('keeps its list when the card shows no items', () => {
    const points = pickKeyPoints(s, { ...options, shownItems: [] });
    expect(points.find((p) => p.sentence === 4)?.text ?? '').not.toBe('Ana Lima put forward four proposals for the region.');
  });

  it('keeps the items of its list the card does not show ("12 proposals, including A" above a list of others)', () => {
    const points = pickKeyPoints(s, { ...options, shownItems: ['New teachers for rural schools', 'A cancer hospital'] });
    expect(points.find((p) => p.sentence === 4)?.text ?? '').toContain('including a joint patrol fleet');
  });

  it('may end with the colon that opens the list', () => {
    const colon = sentencesOf(s[0].text, 'We are handing the festival three recommendations, and the director has them in writing:', s[6].text);
    const points = pickKeyPoints(colon, { title: 'Jury hands over recommendations', stated: new Set([1]), shownItems: ['An item'] });
    expect(points.map((p) => p.text)).toContain('We are handing the festival three recommendations, and the director has them in writing.');
  });

  it("leaves out a sentence that only counts a plan's parts, once its list goes", () => {
    const a = analyzeArticle(
      parsePlainText(`Andes leaders agree defence plan as Lima abstains

QUITO, March 6 - Andes leaders agreed on Thursday to step up defence spending and backed continued support for the border mission, though Lima refused to sign the text on the mission, which was adopted by the other four members.

Council President Tom Vale said the summit had been "a defining moment". Commission President Ana Roy presented a plan to mobilise up to 80 billion soles for defence.

Peruvian Prime Minister Ivo Kant said his country would not "finance a war".

The plan has five parts: a new loan instrument of 15 billion soles, flexibility under budget rules, use of cohesion funds for defence, a bigger role for the investment bank, and mobilising private capital.

Leaders will return to the plan at their next summit on March 20.`),
    );
    expect(a.proposals.stated).toBe(5);
    const counted = a.sentences.find((x) => x.text.startsWith('The plan has five parts'))!.index;
    expect(a.keyPoints.map((p) => p.sentence)).not.toContain(counted);
    expect(a.keyPoints.map((p) => p.text)).toContain('Ana Roy presented a plan to mobilise up to 80 billion soles for defence.');
  });

  it('leaves out a strategy that only "sets out four priorities", once its list goes', () => {
    const a = analyzeArticle(
      parsePlainText(`Andes health ministers adopt plan to end cholera by 2030

LIMA, Aug 28 - Health ministers from 12 Andean countries adopted a regional strategy on Wednesday to eliminate cholera by 2030, at the annual session of the Regional Committee for the Andes.

The strategy sets out four priorities: safe water and sanitation, faster detection, vaccination of high-risk communities, and better treatment in rural clinics.

Regional Director for the Andes Ana Roy said cholera "should be a disease of the past". Peru's Health Minister Tom Vale chaired the session.

Chile's Coordinating Minister of Health, Ivo Kant, said his country would fund 60% of its cholera vaccines itself from 2026.

The committee will meet next year in Quito.`),
    );
    expect(a.proposals.stated).toBe(4);
    expect(a.keyPoints.map((p) => p.text)).not.toContain('The strategy sets out four priorities.');
  });

  it('keeps a sentence whose lone dash opens no list', () => {
    const lone = sentencesOf(s[0].text, 'Ministers agreed a five-point plan for the coast – and set a date for the next meeting in Quito.', s[6].text);
    const points = pickKeyPoints(lone, { title: 'Ministers agree plan', stated: new Set([1]), shownItems: ['An item'] });
    expect(points.map((p) => p.text)).toContain('Ministers agreed a five-point plan for the coast – and set a date for the next meeting in Quito.');
  });

  it('keeps a clause after the list ("…, as rents rose 11% in a year")', () => {
    const clause = sentencesOf(
      s[0].text,
      'The government announced six measures, including a tax on empty homes and faster planning approvals, as rents in Lima rose 11% in a year.',
      s[6].text,
    );
    const points = pickKeyPoints(clause, {
      title: 'Six housing measures',
      stated: new Set([1]),
      shownItems: ['A tax on empty homes', 'Faster planning approvals'],
    });
    expect(points.map((p) => p.text)).toContain('The government announced six measures, as rents in Lima rose 11% in a year.');
  });

  it('loses only the items set off by dashes, not the rest of the sentence', () => {
    const dashed = sentencesOf(
      s[0].text,
      "The union's three demands — a pay rise matching inflation, limits on night work and a say in automation — were all met in part.",
      s[6].text,
    );
    const points = pickKeyPoints(dashed, {
      title: 'Dock strike ends',
      stated: new Set([1]),
      shownItems: ['A pay rise matching inflation', 'Limits on night work', 'A say in automation'],
    });
    expect(points.map((p) => p.text)).toContain("The union's three demands were all met in part.");
  });
});

// Every point of every article at hand is the article's own words: the example briefing and the probe articles in the repo
// always, and the shared sample articles (../shared/articles) when that folder is beside the clone.
describe('pickKeyPoints on whole articles', () => {
  const files = articlesAtHand();

  it.each(files.map((f) => [basename(f), f]))('%s: each point is cut from its sentence, in order, quotations whole', (_name, file) => {
    const analysis = analyzeArticle(parsePlainText(readFileSync(file, 'utf8')));
    expect(analysis.keyPoints.length).toBeGreaterThan(0);
    expect(analysis.keyPoints.length).toBeLessThanOrEqual(8);
    for (const p of analysis.keyPoints) {
      // (A point an answer or a transcript label attributes opens with the speaker the label names: "Roy: …"; an interview's
      // bare "A: …" with the one person the card shows.)
      const source = analysis.sentences[p.sentence];
      const opening = analysis.sentences.find((x) => x.paragraph === source.paragraph)?.text ?? '';
      const label = /^([^:"“]{1,60}): /.exec(p.text)?.[1];
      const interviewee = /^A\s*:/.test(opening) && analysis.participants.length === 1 && analysis.participants[0].name.endsWith(label ?? '\0');
      const labelled = !!label && !source.text.includes(`${label}:`) && (opening.toLowerCase().includes(label.toLowerCase()) || interviewee);
      expect(fromSentence(labelled ? p.text.slice(label.length + 2) : p.text, source.text), p.text).toBe(true);
      expect((p.text.match(/"/g) ?? []).length % 2, p.text).toBe(0);
      expect(p.text, p.text).toMatch(/^["“'‘(]?[\p{Lu}\p{N}]/u);
      expect(p.text, p.text).toMatch(/[.!?]["'”’)]*$/);
    }
  });
});

// A transcript's point is said by the speaker whose label opens its paragraph: the label, as a reader writes it, goes
// before the words cut from the sentence.
describe('key points of a transcript', () => {
  const analysis = analyzeArticle(
    parsePlainText(
      [
        'Transcript: Joint press conference by Prime Minister Ana Roy and Chancellor Tom Vale',
        'LIMA, 14 March',
        'PRIME MINISTER ROY: Good afternoon. We agreed today to set up a joint hydrogen council, which will meet in Quito in June.',
        'CHANCELLOR VALE: Lima will invest 2 billion euros in green hydrogen over the next five years.',
        'QUESTION: Prime Minister, did you discuss the mining dispute?',
      ].join('\n\n'),
    ),
  );

  it("names the speaker of a point in the first person, and of the label's own sentence", () => {
    const points = analysis.keyPoints.map((p) => p.text);
    expect(points).toContain('Prime Minister Roy: We agreed today to set up a joint hydrogen council, which will meet in Quito in June.');
    expect(points).toContain('Chancellor Vale: Lima will invest 2 billion euros in green hydrogen over the next five years.');
    for (const p of analysis.keyPoints) {
      const rest = p.text.replace(/^(?:Prime Minister Roy|Chancellor Vale): /, '');
      expect(fromSentence(rest, analysis.sentences[p.sentence].text), p.text).toBe(true);
    }
  });

  it('names the one person an interview shows as the speaker of its bare "A:" answers', () => {
    const interview = analyzeArticle(
      parsePlainText(
        [
          "'We will not raise taxes': Finance minister Ana Roy on the budget",
          "Peru's finance minister, Ana Roy, spoke to the Lima Post on Tuesday ahead of Thursday's budget vote.",
          'Q: Will the budget raise taxes?',
          'A: No. We will not raise income tax or VAT. The deficit will fall to 0.4 percent of GDP.',
          'Q: The opposition says spending cuts will hurt hospitals.',
          'A: That is not true. Health spending rises by 6 percent.',
        ].join('\n\n'),
      ),
    );
    const answers = interview.keyPoints.filter((p) => interview.sentences[p.sentence].paragraph > 1);
    expect(answers.length).toBeGreaterThan(0);
    for (const p of answers) expect(p.text).toMatch(/^Roy: /);
  });

  it('names the speaker a press conference\'s answer label gives ("A (Roy): …") on every point of that answer', () => {
    const conference = analyzeArticle(
      parsePlainText(
        [
          'Jury explains its verdict',
          'The jury of the Lima Film Festival faced journalists on Sunday, a few hours after the drama "Salt" won the top prize.',
          'Q: Ms Roy, was the decision unanimous?',
          'A (Roy): No. We argued for eleven hours over two days and watched 14 films in competition.',
          'Q: What will you tell the festival?',
          'A (Roy): We are handing the festival three recommendations in writing. We want shorter screenings next year.',
        ].join('\n\n'),
      ),
    );
    const answers = conference.keyPoints.filter((p) =>
      /^A \(Roy\)/.test(conference.sentences.find((s) => s.paragraph === conference.sentences[p.sentence].paragraph)?.text ?? ''),
    );
    expect(answers.length).toBeGreaterThan(0);
    for (const p of answers) expect(p.text).toMatch(/^Roy: /);
  });

  it("names the speaker of every point a labelled paragraph gives, a bare surname's label too when the card shows the name", () => {
    const budget = analyzeArticle(
      parsePlainText(
        [
          'Transcript: Finance minister on the budget',
          'The following is an edited transcript of a press conference given by Finance Minister Ana Roy in Lima on Thursday.',
          'ROY: Good morning. Today the government is presenting a budget that cuts income tax for 4 million people.',
          'REPORTER: Will the tax cuts increase the deficit?',
          'ROY: No. The deficit will stay below 1 percent, because we are closing loopholes worth 12 billion soles.',
        ].join('\n\n'),
      ),
    );
    const points = budget.keyPoints.map((p) => p.text);
    expect(points.length).toBeGreaterThan(0);
    for (const p of points) expect(p).toMatch(/^Roy: /);
    expect(points.join(' ')).not.toMatch(/edited transcript/);
  });

  // A briefing's transcript: a minister's turn runs over two paragraphs, a reporter asks, the minister replies.
  const briefing = analyzeArticle(
    parsePlainText(
      [
        'Health briefing on the outbreak: transcript',
        'The following is a transcript of the press briefing given by Health Minister Dr Ana Roy in Lima on Monday.',
        'MINISTER ROY: Good morning, everyone. As of this morning there are 142 confirmed cases in the outbreak, up from 97 a week ago.',
        'Today I am announcing three measures. First, free vaccination clinics will open in every school from Wednesday. Second, we are lowering the age for the first dose to 12 months. Third, we are funding 40 extra nurses for six months.',
        'QUESTION: Minister, how much will the measures cost?',
        'MINISTER ROY: About 8 million soles, which comes from the existing health budget.',
        'QUESTION: When do you expect the outbreak to peak?',
        'MINISTER ROY: Not for at least four weeks, I am afraid. Cases will rise before they fall, and most cases are in children under 10 who had not been vaccinated.',
      ].join('\n\n'),
    ),
  );
  const briefingPoints = briefing.keyPoints.map((p) => p.text);

  it('makes no point of a reply that leans on the question before it ("About 8 million soles …", "Not for four weeks")', () => {
    expect(briefingPoints.join(' ')).not.toMatch(/About 8 million|Not for at least/);
    expect(briefingPoints).toContain('Minister Roy: As of this morning there are 142 confirmed cases in the outbreak, up from 97 a week ago.');
  });

  it("gives no speaker to a paragraph with no label and no speaker's word of their own, closing the report", () => {
    const conference = analyzeArticle(
      parsePlainText(
        [
          'Leaders pledge to finish trade deal by year end',
          'LIMA, 9 May — Peru’s Prime Minister Ana Roy and Chile’s Prime Minister Tom Vale said on Friday they would conclude talks on a single market by December, at a joint press conference.',
          'The following is an edited transcript of their remarks.',
          'ROY: Tom and I have agreed that the single market will be done by December.',
          'VALE: We have also agreed that a hydrogen fund of $200 million will open in July.',
          'Q: Prime Minister Vale, did you raise the deportations issue?',
          'VALE: I did, and the Prime Minister has agreed to review the policy by September.',
          'The next annual leaders’ meeting will be held in Quito in 2026.',
        ].join('\n\n'),
      ),
    );
    const closing = conference.keyPoints.find((p) => p.text.includes('next annual'));
    expect(closing?.text).toBe('The next annual leaders’ meeting will be held in Quito in 2026.');
  });

  it('keeps the speaker of a paragraph with no label that speaks as they do ("I", "we", "our", "us", "my", "you", "your")', () => {
    for (const words of ['I expect', 'we expect', 'our team expects', 'it costs us', 'my team expects', 'you will see', 'your team will see']) {
      const text = [
        'Leaders pledge to finish trade deal by year end',
        'LIMA, 9 May — Peru’s Prime Minister Ana Roy and Chile’s Prime Minister Tom Vale said on Friday they would conclude talks on a single market by December.',
        'ROY: Tom and I have agreed that the single market will be done by December.',
        'VALE: The hydrogen fund of $200 million will open in July.',
        `On the fund, ${words} the first grants of $40 million to be paid in September 2026.`,
      ].join('\n\n');
      const point = analyzeArticle(parsePlainText(text)).keyPoints.find((p) => p.text.includes('first grants'));
      expect(point?.text, words).toMatch(/^Vale: /);
    }
  });

  it('gives a label once, and a paragraph with no label the speaker of the turn it goes on with', () => {
    for (const p of briefingPoints) expect(p).toMatch(/^Minister Roy: (?!ROY:)/);
  });

  it('makes no point of a sentence that only counts what a panel made ("The committee made 18 recommendations.")', () => {
    const report = analyzeArticle(
      parsePlainText(
        [
          'Committee calls for ban on vapes',
          'Parliament\'s health committee on Wednesday recommended a ban on disposable vapes and tighter rules on flavours, in a report that said youth vaping had reached "epidemic" levels.',
          'The cross-party committee made 18 recommendations. Among them: a ban on single-use vapes by January 2026, a limit of three flavours per brand, plain packaging, and a licence for shops.',
          'Committee chair Dr Ana Roy said a quarter of 15-year-olds had tried vaping last year. "We cannot let a new generation get hooked," she said.',
          'The Lima Vaping Association said a ban would push users to the black market.',
          'The government has two months to respond to the report.',
        ].join('\n\n'),
      ),
    );
    expect(report.proposals.stated).toBe(18);
    expect(report.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/made 18 recommendations/);
  });

  it('makes no point of a count of what a panel issued, qualified and addressed ("five interim recommendations to members")', () => {
    const report = analyzeArticle(
      parsePlainText(
        [
          'Health panel keeps the outbreak an emergency',
          'LIMA, 22 November — The regional health panel agreed on Friday that the outbreak is still an emergency, three months after it was first declared.',
          'The panel issued five interim recommendations to members: to step up testing, to vaccinate health workers first, to share data within 48 hours, to avoid travel bans, and to involve communities in planning.',
          'More than 46,000 suspected cases and over 1,000 deaths have been reported in the region this year.',
          'Panel chair Dr Ana Roy said vaccine supply was "the single biggest gap".',
        ].join('\n\n'),
      ),
    );
    expect(report.proposals.stated).toBe(5);
    expect(report.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/issued five interim recommendations/);
  });

  it('makes no point of a count of measures for someone once its list goes ("four main measures for young people")', () => {
    const report = analyzeArticle(
      parsePlainText(
        [
          'Minister unveils budget',
          'LIMA — Finance Minister Ana Roy on Tuesday presented a budget that cuts income tax for people earning less than 55,000 soles a year and sets aside 8.5 billion soles for housing.',
          'The budget contains four main measures for young people: a cheaper loan scheme for first-time buyers, a ban on "renovictions", a national school food programme, and more money for childcare places.',
          'Opposition leader Tom Vale said the budget was "more of the same" and that his party would vote against it.',
        ].join('\n\n'),
      ),
    );
    expect(report.proposals.stated).toBe(4);
    expect(report.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/four main measures/);
  });

  it('makes no point of a count of what the leaders announced ("The leaders announced three new initiatives.")', () => {
    const report = analyzeArticle(
      parsePlainText(
        [
          'Joint Statement on the Fourth Peru-Chile Annual Summit',
          '1. President Ana Roy and President Tom Vale held the fourth Peru-Chile Annual Summit in Lima on 10 March 2025.',
          '2. The leaders announced three new initiatives: a Renewable Energy Partnership; a Critical Minerals Fund of $100 million; and a scheme allowing 3,000 young professionals to work in each country each year.',
          '3. President Vale thanked Peru for its hospitality and invited President Roy to Chile for the next Annual Summit in 2026.',
        ].join('\n\n'),
      ),
    );
    expect(report.proposals.stated).toBe(3);
    expect(report.keyPoints.map((p) => p.text).join(' ')).not.toMatch(/announced three new initiatives/);
  });

  it("makes no point of a speaker's sentence that only counts what the proposals field lists", () => {
    expect(briefing.proposals.items).toHaveLength(3);
    expect(briefingPoints.join(' ')).not.toMatch(/announcing three measures/);
  });
});

// An attribution goes only when it names someone the card shows: the participants are read from the
// article itself, so this runs the whole analysis.
describe('key points: whose words a point keeps', () => {
  const analysis = analyzeArticle(
    parsePlainText(
      [
        'Pacific ministers agree a fisheries fund',
        '',
        'Foreign Minister Ana Lima of Peru opened the Pacific fisheries talks in Lima on Monday with ten delegations.',
        '',
        'The ministers agreed to set up a fisheries fund of $40 million by next year, Lima said.',
        '',
        'The fund will be reviewed by 12 experts in 2027, he said.',
        '',
        'Catches will be shared out by a formula agreed in 2025, local media reported.',
      ].join('\n'),
    ),
  );
  const text = (i: number) => analysis.keyPoints.find((p) => p.sentence === i)?.text;

  it('drops the name of a participant the card shows', () => {
    expect(analysis.participants.map((p) => p.name)).toContain('Ana Lima');
    expect(text(1)).toBe('The ministers agreed to set up a fisheries fund of $40 million by next year.');
  });

  it('keeps a pronoun and a source, which the card does not show', () => {
    expect(text(2)).toBe('The fund will be reviewed by 12 experts in 2027, he said.');
    expect(text(3)).toBe('Catches will be shared out by a formula agreed in 2025, local media reported.');
  });
});

describe('attendance only', () => {
  // The rows are searched only in a sentence with one of their words: each row's own example must still be found.
  it.each(ATTENDANCE_ONLY.map((row) => [row.example]))('reads %j as attendance only', (example) => {
    expect(attendanceOnly(example)).toBe(true);
  });
  it('reads a sentence with a fact as more than attendance', () => {
    expect(attendanceOnly('The ministers agreed to cut tariffs on grain within five years.')).toBe(false);
  });
});

// The content words are scanned character by character; the expression they follow is the specification.
describe('contentWords', () => {
  const bySpec = (text: string) =>
    text
      .toLowerCase()
      .match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu)
      ?.filter((w) => w.length > 2 && !STOP_WORDS.has(w)) ?? [];
  const TEXTS = [
    "Peru's trade minister, Ana Roy, said the 12-point plan wasn't enough — 'far from it'.",
    'Ministers from Côte d’Ivoire and São Tomé met in Zürich; İstanbul hosts the next round.',
    "Ⅻ items, 𝟘𝟙 codes, 𝐀𝐧𝐚 Roy and 東京 talks: -- ’’ '' -x- a-b-c 3-2 co-op.",
    '\u00a0leading\u2009spaces\tand\nlines, a lone \ud800 surrogate, and Ǆemal (titlecase).',
    '',
  ];
  it.each(TEXTS)('reads %j as its expression does', (text) => {
    expect(contentWords(text)).toEqual(bySpec(text));
  });
  it('drops the short words and the stop words', () => {
    expect(contentWords('The board and its chair said it will act on the 40 bus routes.')).toEqual(['board', 'chair', 'act', 'bus', 'routes']);
  });
});

describe('key points: a sentence that opens with an owner’s pronoun', () => {
  // A derailment report: the point about the inquiry's report opens "Its investigators", whose the sentence before says.
  const derailment = [
    'Two killed as passenger train derails in mountain valley',
    'Two people were killed and 41 injured when a passenger train derailed in the Lima valley on Saturday afternoon, the rail operator said.',
    'The regional service from Tova to Rima was carrying about 180 passengers when three of its five carriages left the track near the village of Sora shortly after 3pm.',
    'Rescue teams used helicopters to take nine seriously injured passengers to hospital in Rima. The others were treated at the scene or taken by bus to a sports hall in Sora.',
    'The operator, Halvex Rail, said a landslide caused by heavy rain may have covered part of the track. Its chief executive, Tom Vale, said: "Our thoughts are with the families of those who died."',
    'The national accident investigation board has opened an inquiry. Its investigators are expected to publish a first report within four weeks.',
    'The line between Tova and Rima will stay closed until at least Wednesday while the carriages are removed and the track is repaired.',
    'Heavy rain has caused flooding and landslides across the region since Thursday. Weather forecasters have warned of more storms on Sunday.',
  ];

  it('loses to a point that names its own subject, when whose it is only the sentence before says ("Its investigators …")', () => {
    const points = analyzeArticle(parsePlainText(derailment.join('\n\n'))).keyPoints.map((p) => p.text);
    expect(points.some((p) => p.startsWith('Its '))).toBe(false);
    expect(points).toContain(derailment[6]);
  });

  it('keeps one right after the lead, whose owner the card shows ("Their membership takes effect …")', () => {
    const s = sentencesOf(
      'The bloc decided on Thursday to invite Peru, Chile and Bolivia to join as full members.',
      'Their membership takes effect on 1 January 2027.',
      'The leaders also discussed trade, climate and the war in the region at length during the two days of talks.',
      'Ana Roy announced the decision on Thursday morning as the summit closed.',
    );
    expect(pickKeyPoints(s, { title: 'Bloc invites three new members' }).map((p) => p.sentence)).toContain(1);
  });
});

import { describe, expect, it } from 'vitest';
import { findEvent } from '../../../src/core/extract/event.js';
import { sentencesOf } from './helpers.js';

describe('findEvent: the event the headline names', () => {
  const body = sentencesOf(
    'Andes health ministers adopted an accord on sharing vaccines on Tuesday, after three years of negotiations.',
    'The accord was approved by 12 countries.',
    'Chile abstained.',
    "Peru's minister, Ana Roy, welcomed the deal but warned that the annex talks would be hard.",
  );
  const named = (title: string) => findEvent(body, null, null, [], title).name;

  it("takes the headline's event when the text names none, or only one in common words late in it", () => {
    expect(named('Andes Health Assembly adopts vaccine accord')).toBe('Andes Health Assembly');
    // (The late sentence that named the other is no evidence of it.)
    expect(findEvent(body, null, null, [], 'Andes Health Assembly adopts vaccine accord').evidence).toEqual([0]);
    expect(named('Ministers adopt vaccine accord at Lima summit')).toBe('Lima summit');
    expect(named('Vaccine accord adopted after Lima talks')).toBe('Lima talks');
    expect(named('Ministers adopt vaccine accord in the Lima talks')).toBe('Lima talks');
    expect(named('Ministers adopt vaccine accord during Andes Health Forum')).toBe('Andes Health Forum');
    expect(
      findEvent(sentencesOf('Ministers adopted an accord at the Andes Forum on Tuesday.'), null, null, [], 'Ministers adopt accord at Lima summit').name,
    ).toBe('Andes Forum');
  });

  it("takes none whose only capital is the headline's first letter, nor one in a title-case headline, nor one the news was not made at, nor a news conference", () => {
    expect(named('Health talks end with vaccine accord')).toBe('annex talks');
    expect(named('Ministers Adopt Vaccine Accord After Three Years At Lima Summit')).toBe('annex talks');
    expect(named('Interview: the minister on vaccines and the Lima summit')).toBe('annex talks');
    expect(named('Ministers adopt vaccine accord before next Lima summit')).toBe('annex talks');
    expect(named("Minister Ana Roy's press conference after accord")).toBe('annex talks');
    expect(named('Ministers back vaccine accord at Summit')).toBe('annex talks');
  });
});

describe('findEvent: what the event is not', () => {
  it('takes no name from a product\'s name ("the Halvex Summit models")', () => {
    const text = sentencesOf(
      'Halvex Motors is recalling 310,000 vehicles, the company said on Monday.',
      'The recall covers Halvex Ridge and Halvex Summit models built in Lima.',
    );
    expect(findEvent(text).name).toBeNull();
  });

  it('takes no name from a summit "to be held" later', () => {
    const text = sentencesOf(
      'Lima, June 5 -- Foreign Minister Ana Roy held talks with her Chilean counterpart Tom Vale in Lima on Wednesday.',
      'Roy put forward three suggestions.',
      'Vale said Chile was ready to work with Peru.',
      'The two sides also exchanged views on the Andes Cooperation Organisation summit to be held in Lima in July.',
    );
    expect(findEvent(text).name).toBeNull();
  });

  it('takes no name from a body of bodies ("the Lima Congress of Trade Unions")', () => {
    const text = sentencesOf(
      'Delegates at the annual conference of the Lima Nurses Organisation voted on Tuesday to hold a strike ballot.',
      'A motion that would have required the union to leave the Lima Congress of Trade Unions was defeated.',
    );
    expect(findEvent(text).name).toBe('annual conference');
  });

  it('takes no name from a body before its office ("National Assembly Chairman X")', () => {
    const text = sentencesOf('Lima and Quito signed six agreements on Tuesday.', 'Roy also met President To Vale and National Assembly Chairman Ivo Kant.');
    expect(findEvent(text).name).toBeNull();
  });

  it('takes no name from a meeting someone went to late in a report that never speaks of one ("to chair an emergency meeting")', () => {
    const fire = (title: string) =>
      findEvent(
        sentencesOf(
          'A wildfire forced more than 30,000 people to leave their homes north of Lima on Monday, officials said.',
          'The blaze had burned about 10,000 hectares by Monday evening.',
          'More than 700 firefighters were battling the flames.',
          'Prime Minister Ana Roy cut short her holiday and returned to Lima to chair an emergency meeting.',
        ),
        null,
        null,
        [],
        title,
      );
    expect(fire('Wildfire forces 30,000 to flee near Lima').name).toBeNull();
    // (A report whose headline speaks of the meeting is a report of it.)
    expect(fire('Roy chairs emergency meeting as wildfire forces 30,000 to flee').name).toBe('emergency meeting');
  });

  it('… nor from one someone went to "and chair" ("cut short a holiday to return to Lima and chair an emergency meeting")', () => {
    const text = sentencesOf(
      'About 20,000 people were ordered to leave their homes on Sunday as a wildfire swept through villages north of Lima, officials said.',
      'The fire had burned more than 10,000 hectares by Sunday evening.',
      'More than 700 firefighters were fighting the blaze.',
      'Prime Minister Ana Roy cut short a holiday to return to Lima and chair an emergency meeting.',
    );
    expect(findEvent(text, null, null, [], 'Wildfire forces 20,000 to flee near Lima').name).toBeNull();
  });

  it('takes no name from a count of meetings in a row ("for a third straight meeting")', () => {
    expect(findEvent(sentencesOf('The Bank of Lima held its main rate at 4.25 percent on Thursday for a third straight meeting.')).name).toBeNull();
  });

  it('takes no name from the body a vote elects ("election to the Lima regional assembly"), nor from talks someone faces', () => {
    const text = sentencesOf(
      "The Coast Party won the most seats in Sunday's election to the Lima regional assembly but fell short of a majority, leaving its leader, Ana Roy, facing weeks of coalition talks.",
      'The Farmers Party dropped to 19 seats from 27.',
    );
    expect(findEvent(text).name).toBeNull();
    expect(findEvent(sentencesOf('Ana Roy was elected to the Lima Assembly on Sunday with 40% of the vote.')).name).toBeNull();
  });

  it('takes no day still to come for an event the lead says was today, when the report gives no date', () => {
    const text = sentencesOf('Education Minister Ana Roy today announced 200 million soles for school repairs.', 'Schools will be able to apply from 1 April.');
    expect(findEvent(text).date).toBeNull();
  });
});

describe('findEvent: a report of what is to come', () => {
  it('takes the place of the meeting ahead, as it takes its day ("will meet in Lima on Thursday")', () => {
    const e = findEvent(sentencesOf('Foreign ministers of the eight Andes states will meet in Lima on Thursday for the first time since 2021.'));
    expect([e.location, e.date]).toEqual(['Lima', 'Thursday']);
  });

  it('takes no place of a meeting after the one reported, nor of one that may happen', () => {
    expect(findEvent(sentencesOf('Andes ministers met on Thursday.', 'The next meeting will be held in Quito in May.')).location).toBeNull();
    expect(findEvent(sentencesOf('Andes ministers could meet in Quito on Thursday if the talks go well.')).location).toBeNull();
  });
});

describe("findEvent: a day someone speaks of is not the event's", () => {
  it('takes no day from what a court heard ("The court heard that the tank leaked in July 2023")', () => {
    const text = sentencesOf(
      'A chemical company has been fined £4 million after a leak from its plant near Lima killed 20,000 fish.',
      'Halvex Chemicals pleaded guilty at Lima Crown Court to two offences.',
      'The court heard that 40,000 litres of ammonia escaped from a corroded tank at the site in July 2023.',
    );
    expect(findEvent(text).date).toBeNull();
  });

  it('takes the lead\'s day, not one in what was said at the event ("would go on sale on October 1", "from Friday")', () => {
    const text = sentencesOf(
      'Halvex on Thursday unveiled its first folding phone, priced at $1,499.',
      'Chief executive Ana Roy told about 3,000 people at the launch event in Lima that the phone would go on sale in 20 countries on October 1, with pre-orders starting on Friday.',
    );
    expect(findEvent(text)).toMatchObject({ name: 'launch event', location: 'Lima', date: 'Thursday' });
    // Reported speech's "would" is still to come, as "will" is.
    const saying = sentencesOf(
      'Halvex showed its first folding phone at a launch event in Lima, saying it would go on sale on October 1.',
      'The launch took place on Thursday before about 3,000 people.',
    );
    expect(findEvent(saying).date).toBe('Thursday');
  });

  it("dates the event from the report's prose, not from a summary line above it", () => {
    const text = sentencesOf(
      '- Cars banned from 14 streets from 1 March',
      "Lima's old town will be closed to most cars from 1 March, after the city council voted 27-12 on Monday to create a pedestrian zone.",
    );
    expect(findEvent(text).date).toBe('Monday');
  });
});

describe('findEvent: a meeting held today', () => {
  it("takes the report's date for the event's, in words", () => {
    const text = sentencesOf('Meeting in Kigali today, the 73rd congress of the Andes Football Federation backed the suspension.');
    expect(findEvent(text, null, '2023-03-16T08:00:00Z').date).toBe('16 March 2023');
    expect(findEvent(text, null, 'March 16, 2023').date).toBe('March 16, 2023');
  });

  it("takes the report's date for news told as today's with no event named, not another day the lead names", () => {
    const text = sentencesOf(
      "Halvex Inc. today announced a merger with Lima Labs that values Lima at $4.1 billion, a premium of 28% over Monday's closing price.",
    );
    expect(findEvent(text, null, 'Feb. 3, 2026').date).toBe('Feb. 3, 2026');
  });
});

describe('findEvent', () => {
  it('reads the named event, its venue and its date', () => {
    const e = findEvent(sentencesOf('Ministers gathered for the 5th Meeting of Arctic Council Ministers in Tromso, Norway, which began on Tuesday.'));
    expect(e).toMatchObject({ name: '5th Meeting of Arctic Council Ministers', location: 'Tromso, Norway', date: 'Tuesday' });
  });

  it('reads an event described by how long it went on ("after five days of indirect talks"), not the news conference after it', () => {
    const e = findEvent(
      sentencesOf(
        'The two sides agreed on Friday to a 30-day ceasefire after five days of indirect talks in Lima.',
        "Peru's foreign minister, Ana Roy, announced the truce at a news conference.",
      ),
    );
    expect(e).toMatchObject({ name: 'indirect talks', location: 'Lima', date: 'Friday' });
  });

  it('takes no press conference held after or before the event ("the post-match news conference") for the event', () => {
    const e = findEvent(
      sentencesOf(
        'Lima FC reached the cup final on Wednesday night, beating Deportivo Quito 2-1 in Quito.',
        'Quito coach Martín Ferrer did not attend the post-match news conference.',
        'Ana Roy spoke at a pre-summit press briefing in Lima.',
      ),
    );
    expect(e.name).toBeNull();
    // … nor one held after the decision reported, where reporters were told of it.
    const rates = findEvent(
      sentencesOf(
        'The central bank left its benchmark rate unchanged at 4.25% on Thursday.',
        'The committee voted 6-3 to hold.',
        'Inflation fell to 3.1% in October.',
        '"We are not declaring victory," Governor Ana Roy told reporters at a news conference after the decision.',
      ),
    );
    expect(rates.name).toBeNull();
  });

  it('skips capitalised adjectives and events as places, and uses the dateline as a fallback', () => {
    const e = findEvent(sentencesOf('The situation in Arab countries was discussed at the Japan-China Summit Meeting.'), 'CAIRO');
    expect(e.location).toBe('Cairo');
  });

  it("does not take where someone works, past the of-phrase of their office, for the event's place", () => {
    const e = findEvent(
      sentencesOf(
        'The agency on Friday approved the first pill for the condition.',
        '"It will help many women," said Dr. Ana Roy, director of the Division of Psychiatry in the Agency\'s Center for Drug Research.',
      ),
    );
    expect(e.location).toBeNull();
  });

  it('does not take a contest by its name for a place ("a final at the Lima Open"), but the venue it is played at', () => {
    expect(findEvent(sentencesOf('Ana Roy won her first title on Saturday, beating Eva Lind in a tense final at the Lima Open.')).location).toBeNull();
    expect(findEvent(sentencesOf('Lima beat Quito 2-1 on Sunday to win the Andes Cup.')).location).toBeNull();
    const venue = findEvent(sentencesOf('Ana Roy won the final at the Lima Open on Saturday.', 'Eva Lind had won the last two titles at Lima Park.'));
    expect(venue.location).toBe('Lima Park');
  });

  it('does not take an organisation acronym for a place', () => {
    expect(findEvent(sentencesOf('Leaders met at the annual summit to expand trade in APEC.')).location).toBeNull();
  });

  it('adds the dateline city to a venue such as "the White House"', () => {
    expect(findEvent(sentencesOf("Leaders met for a North American Leaders' Summit at the White House on Thursday."), 'Washington').location).toBe(
      'White House, Washington',
    );
  });
});

// Where and what, as reports word them: each row a text, the dateline, and the event read from it.
const CASES: Array<[string, string[], string | null, { name?: string | null; location?: string | null; date?: string | null }]> = [
  [
    "a place before a comma and the clause's subject ('in Lima, the Andes Farmers' Association proposed …') is the place, no list",
    [
      'Farm leaders on Monday urged the government to act on the drought.',
      "At a meeting with Agriculture Minister Ana Roy in Lima, the Andes Farmers' Association proposed fodder imports.",
    ],
    null,
    { location: 'Lima' },
  ],
  [
    "the place right after the event's name, not that of what was agreed before it ('a grid in the Andes Sea …, at a meeting of … in Lima')",
    [
      'Energy ministers from Peru and Chile agreed on Tuesday to build a shared power grid in the Andes Sea by 2035, at a meeting of the Andean Energy Council in Lima.',
    ],
    'CUSCO',
    { name: 'meeting of the Andean Energy Council', location: 'Lima' },
  ],
  [
    "no day something goes on sale or takes effect ('The Fold, which goes on sale on March 15, …, Ana Roy said at a launch event')",
    [
      'Halvex unveiled its first foldable phone on Wednesday.',
      'The Halvex Fold, which goes on sale in Europe on March 15, will cost $999, chief executive Ana Roy said at a launch event in Lima.',
    ],
    null,
    { name: 'launch event', location: 'Lima', date: 'Wednesday' },
  ],
  [
    'places in a list are no venue',
    ['Aid groups working in Peru, Chile and Bolivia said on Monday that the floods had displaced 40,000 people.'],
    null,
    { location: null },
  ],
  [
    "someone's own count of events, one someone did not attend, and 'meeting' as a verb name no event",
    [
      'Allied leaders agreed on Wednesday to raise spending, at a summit in Lima.',
      'Secretary-General Ana Roy, who hosted her first summit since taking office, praised the leaders.',
      'President Tom Vale attended a dinner on Tuesday but not the main session.',
      'The scheme runs on a partnership model, with the Centre meeting Rs 20,000 crore of the cost.',
    ],
    null,
    { name: null, location: 'Lima', date: 'Wednesday' },
  ],
  [
    "one still to come, the subject of its own verb, is another; someone's own count is no part of a name",
    [
      "The Andes Olympic Committee's executive board on Wednesday recommended talks with Lima, its President Ana Roy said.",
      'Roy, chairing her first Executive Board meeting since taking office, said the board had agreed to review its rules.',
      'The full AOC session will vote on the recommendation in Quito in February.',
    ],
    'LIMA',
    { name: 'Executive Board meeting', location: 'Lima' },
  ],
  ['a meeting held online is nowhere, whatever the dateline', ['The members made the decision at an online meeting on Saturday.'], 'LIMA', { location: null }],
  ...[
    'The meeting was held online.',
    'The talks were held by video link.',
    'The summit was conducted virtually.',
    'The session was held by video.',
    'The conference was held by video conference.',
    'The meeting was held by videolink.',
  ].map((held): [string, string[], string, { location: null }] => [
    `a meeting the text says was held online is nowhere, whatever the dateline ("${held}")`,
    ['Oil ministers agreed on Sunday to extend their output cuts until the end of next year.', held],
    'LIMA',
    { location: null },
  ]),
  ['a dateline of two places in capitals is written as places are', ['Ministers met online on Saturday.'], 'LIMA/QUITO', { location: 'Lima/Quito' }],
  [
    'a conjunction opening the sentence is no part of a name, and a legislature alone no event',
    ['If Congress does not raise the limit, the government could run out of cash.'],
    null,
    { name: null },
  ],
  [
    'where people are detained, and where the sides agreed to meet, is not where they met',
    [
      'The President spoke today with Prime Minister Tom Vale to discuss the summit.',
      'The two leaders agreed to convene their defence ministers in Lima next month.',
      'The President raised the case of two citizens detained in Quito.',
    ],
    null,
    { location: null },
  ],
  [
    'an event someone also addressed on the side of a visit is not the one reported',
    [
      'Foreign Minister Ana Roy paid an official visit to Chile from 16 to 17 July.',
      'She also met students and addressed a business forum organised by the Chile Chamber of Commerce.',
    ],
    null,
    { name: null },
  ],
  [
    'nor where the sides concurred to hold the next round of a long-named dialogue',
    [
      'Minister Ana Roy held a foreign ministers’ meeting with Minister Tom Vale, who is visiting Lima.',
      'The two ministers concurred to hold the next round of the Peru-Chile High-Level Economic Dialogue in Quito in the autumn.',
    ],
    null,
    { location: null, name: null },
  ],
  [
    'where someone met someone, with whom they met between, is the place, before the dateline',
    ['Leader Ana Roy met Security Council Secretary Tom Vale in Quito on Wednesday, state media said.'],
    'LIMA',
    { location: 'Quito' },
  ],
  [
    'a meeting that must still be held is no event held',
    [
      'The treaty will enter into force in January after Chile became the 60th country to ratify it.',
      'Secretary-General Ana Roy called it a historic achievement.',
      'The treaty allows countries to create protected areas on the high seas.',
      'The first conference of the parties must be held within a year.',
    ],
    null,
    { name: null },
  ],
  [
    'a complement whose capitalised words qualify a common noun after it is cut short, and no part of the name',
    ['Ministers agreed on catch limits after talks in Lima.', 'Minister Ana Roy, who chaired the talks for the Danish presidency, said the deal was fair.'],
    null,
    { name: null },
  ],
  [
    'a synod is an assembly, and an owner cut short before its name no part of it',
    ["The Church of Lima's General Synod voted on Tuesday to allow the services."],
    null,
    { name: 'General Synod' },
  ],
  ['a dateline in capitals is written as a place is', ['Ministers met on Friday.'], 'RIO DE JANEIRO', { location: 'Rio de Janeiro' }],
  ['… with a capital after an apostrophe only after one letter', ['Ministers met on Friday.'], "N'DJAMENA", { location: "N'Djamena" }],
  ['… and none after more', ['Ministers met on Friday.'], "NUKU'ALOFA", { location: "Nuku'alofa" }],
  [
    'no place where one who stayed away was kept instead',
    ['Ministers agreed on Thursday to extend the debt plan.', "Peru's minister did not travel to Lima because of budget talks in Quito."],
    'LIMA',
    { location: 'Lima' },
  ],
  [
    'a place the text ties to the event wins over one mentioned before it',
    [
      'The talks were called after 27 people lost their lives when their boat capsized in the English Channel.',
      'The meeting in Calais brought together ministers from France and Belgium.',
    ],
    null,
    { location: 'Calais' },
  ],
  [
    'a list of places is no venue',
    ['The conference was convened by an alliance of groups working in Niger, Mali, Chad and Burkina Faso.'],
    null,
    { location: null },
  ],
  [
    'nor one whose last item is a region of a country ("in the Andes, Peru and western Bolivia")',
    ['Glaciers lost more ice in 2025 than ever, with the sharpest losses in the Andes, Peru and western Bolivia.'],
    null,
    { location: null },
  ],
  ['nor a meeting that may happen', ['No date has been set; the meeting could be held either in Lahore or in Tashkent.'], null, { location: null }],
  [
    'the dateline wins over a place the event is not tied to',
    ['Corvane set a revenue target on Wednesday.', 'It will double capacity at its plant in Cork, Ireland, by 2027.'],
    'BOSTON',
    { location: 'Boston' },
  ],
  [
    "a meeting others are due to join the ministers for later is not the ministers' own ('for the wider Andes Summit meeting')",
    [
      'Andean foreign ministers ended their annual meeting on Saturday expressing concern over the border incidents.',
      'The joint communique did not name Chile.',
      'The ministers agreed to speed up talks on a code of conduct.',
      "Two envoys are due to join the ministers on Sunday for the wider Andes Summit foreign ministers' meeting.",
    ],
    'LIMA',
    { name: 'annual meeting', location: 'Lima' },
  ],
  [
    "a meeting someone travels on to after the news is not the news's ('leaves for Quito on Sunday for a meeting of Andean leaders')",
    [
      'The presidents of Peru and Chile held annual summit talks in Lima on Saturday and signed five agreements.',
      'They agreed to hold a meeting of their ministers next year.',
      'The two sides discussed trade.',
      'Roy arrived in Lima on Friday and leaves for Quito on Sunday for a meeting of Andean leaders.',
    ],
    'LIMA',
    { name: 'annual summit', location: 'Lima', date: 'Saturday' },
  ],
  [
    "an event set before the news ('Before the talks, X attended a business forum in Quito') is not the news",
    [
      "Peru's President Ana Roy met Chile's President Tom Vale at the presidential palace in Lima on Monday.",
      'The two sides exchanged views on trade.',
      'Before the talks, Vale attended a business forum in Cusco, where the two countries signed agreements.',
    ],
    null,
    { name: null, location: 'Lima' },
  ],
  [
    "a body whose members or officers the text names after it is no event ('Leaders of 18 Lima Forum members signed …')",
    ['Leaders of 18 Lima Forum members signed a pact on Thursday, on the final day of their annual summit in Quito.'],
    null,
    { name: 'annual summit', location: 'Quito' },
  ],
  [
    'an earlier event looked back on is not the news, nor its place',
    [
      'President Ana Roy spoke today with Prime Minister Tom Vale of Chile to discuss cooperation.',
      'The leaders welcomed the success of the trilateral summit with Bolivia at Camp Lima in August and discussed next steps.',
    ],
    null,
    { name: null, location: null },
  ],
  [
    'an event that is the object of a verb still to come, after the lead, is not the news',
    [
      'The climate panel on Sunday approved a summary report after a week of negotiations among 195 governments.',
      'The report says emissions must fall by 60% by 2035.',
      'The panel chair said the report showed the world had the means to act.',
      'The report will inform the Lima climate talks at the end of the year.',
    ],
    'QUITO',
    { name: null, location: 'Quito' },
  ],
  [
    "who met whom, at length after 'between', is no part of the event's name",
    ["Mediated talks between Peru's President Ana Roy and Chile's Prime Minister Tom Vale ended without agreement in Lima on Monday."],
    null,
    { name: 'Mediated talks', location: 'Lima' },
  ],
  [
    "a short pair after 'between' stays in the event's name",
    ['Mediated talks between Peru and Chile ended without agreement in Lima on Monday.'],
    null,
    { name: 'Mediated talks between Peru and Chile', location: 'Lima' },
  ],
  [
    'what the event was cut down to is no name of it',
    ['Alliance leaders agreed a new spending target on Wednesday, at a summit in Lima that was cut to a single working session.'],
    null,
    { name: null, location: 'Lima' },
  ],
  [
    'a place tied to an event of a time gone by is another event\'s ("a sample taken at a meet in Lima last July")',
    [
      'A sports court on Tuesday banned the sprinter for four years.',
      'It found that traces in a sample taken at a meet in Quito last July could not be explained.',
    ],
    'LAUSANNE',
    { name: null, location: 'Lausanne' },
  ],
  [
    'a meeting still to come, as what follows its place says, is no venue ("a meeting in Apia in March would agree")',
    [
      'Leaders of 18 Pacific states on Thursday adopted a 10-point plan to cut plastic waste, at the end of a three-day summit in the Fijian capital.',
      'The secretary general said a ministerial meeting in Apia in March would agree how the fund will be run.',
    ],
    'SUVA',
    { location: 'Suva' },
  ],
  [
    'talks not to start yet are no event ("Formal negotiations with Peru are not expected to start until …")',
    [
      'European Union leaders agreed on Thursday to open accession talks with Peru and Chile, a historic step that Ana Roy had threatened to block.',
      'Ana Roy left the room before the decision was taken, Tom Vale said.',
      'Leaders also granted candidate status to Bolivia.',
      'Ana Roy did veto a planned aid package for Peru.',
      'Formal negotiations with Peru and Chile are not expected to start until after the Commission reports in March.',
    ],
    'BRUSSELS',
    { name: null, location: 'Brussels' },
  ],
  [
    'where people of a kind are, or where someone is wanted, is no venue ("evidence sent by prosecutors in Peru", "wanted in Quito")',
    [
      'A Lima court on Tuesday adjourned the extradition hearing of Tom Vale until 3 March, after his lawyers said they needed time to review evidence sent by prosecutors in Peru.',
      'Vale, 39, is wanted in Quito on charges of fraud.',
      "Judge Ana Roy, who is hearing the case at Lima Magistrates' Court, refused bail.",
    ],
    null,
    { location: "Lima Magistrates' Court" },
  ],
  [
    'people of a kind in a place, with no court named, leave the event with no venue',
    ['A court on Tuesday adjourned the hearing of Tom Vale, after officials in Peru sent more papers.', 'Vale is wanted in Quito on charges of fraud.'],
    null,
    { location: null },
  ],
  [
    'where someone spent years before is no venue ("after 11 years at the Port of Lima")',
    ['Ana Roy took over as chief executive of the Andes Port Authority on 1 March, after 11 years at the Port of Callao.'],
    null,
    { location: null },
  ],
  [
    'a meeting agreed on, or placed at a time to come, is no venue ("agreed to hold a meeting … in Tokyo later this month")',
    [
      'President Ana Roy spoke today with Prime Minister Tom Vale of Chile.',
      'They agreed to hold a meeting of their foreign and defence ministers, known as the "2+2", in Santiago later this month.',
    ],
    null,
    { location: null },
  ],
  [
    '… though a relative clause after it tells nothing to come of the event ("signed a deal in Seoul on Tuesday that will remove tariffs")',
    ['Chile and South Korea signed an upgraded trade agreement in Seoul on Tuesday that will remove tariffs on 98% of goods.'],
    null,
    { location: 'Seoul' },
  ],
  [
    'an owner before what it holds is no place ("at the Andes Council\'s 13th ministerial conference")',
    ["Trade ministers at the Andes Council's 13th ministerial conference agreed on Saturday to extend a ban on customs duties."],
    'LIMA',
    { location: 'Lima' },
  ],
  [
    "a country the event's sentence names untied to it gives way to the dateline's city",
    ['Shareholders in Halvex voted down its pay report at its annual general meeting on Thursday, in one of the biggest revolts in Peru this year.'],
    'LIMA',
    { name: 'annual general meeting', location: 'Lima' },
  ],
  [
    'an event noun inside a longer name is no event',
    ['The meeting at the International Conference Centre Geneva was convened by the alliance.'],
    null,
    { name: null, location: 'the International Conference Centre Geneva' },
  ],
  ['a body someone belongs to is no event', ['The imam, secretary-general of the Abu Dhabi-based Forum for Peace, spoke first.'], null, { name: null }],
  [
    'nor where an absentee went instead',
    [
      'The State Cabinet met at Lok Seva Bhavan on Wednesday.',
      'The deputy chief minister did not attend the meeting as he was in New Delhi for the GST Council meeting.',
    ],
    null,
    { name: null, location: 'Lok Seva Bhavan' },
  ],
  [
    'but the event someone stayed away from is the event',
    ['The president of Chile has taken his Peruvian counterpart to task for choosing not to attend a summit of Andean presidents.'],
    null,
    { name: 'summit of Andean presidents' },
  ],
  [
    'an event the text describes in common words',
    ['The one-day pledging conference at the Congress Centre was convened by the alliance on Thursday.'],
    null,
    { name: 'one-day pledging conference', location: 'the Congress Centre' },
  ],
  [
    'the place in the sentence that names the event wins over a summit ahead',
    [
      'Networks should be open, Ana Roy said while attending the 9th Meeting of Pacific Security Advisers in Suva, Fiji.',
      'The meeting is part of a series taking place ahead of the Pacific Summit in Apia from August 22 to 24.',
    ],
    null,
    { location: 'Suva, Fiji' },
  ],
  [
    'a described event may follow a possessive',
    ['A nurse was elected president of the guild as the guild’s annual delegate conference in Galway closed on Saturday.'],
    null,
    { name: 'annual delegate conference', location: 'Galway' },
  ],
  [
    'nor a place where something happened before',
    ['Ana Roy broke the record on Sunday, winning the race in 2:00:35.', 'The previous record was set by Tom Vale in Lima last year.'],
    null,
    { location: null },
  ],
  [
    'but a place whose clause says something was unveiled there is one',
    ['A new plan was agreed on Monday.', 'The stadium in Lima was unveiled to the public.'],
    null,
    { location: 'Lima' },
  ],
  [
    "but a year after the place of an event held there is the event's own, in a report of it",
    ['The fourth ministerial meeting was held in Lima in 2004, the ministry said.'],
    null,
    { location: 'Lima' },
  ],
  [
    'nor a hearing scheduled for later, named after the lead',
    [
      'Lumex filed for bankruptcy protection in Delaware on Friday.',
      'It owes creditors $3 billion.',
      'Its chief executive resigned.',
      'A first hearing is scheduled for Monday in the Bankruptcy Court in Wilmington.',
    ],
    null,
    { name: null, location: 'Delaware' },
  ],
  [
    'nor a place the text says nothing happened at',
    ['A volcano erupted on Wednesday, forcing the evacuation of a town.', 'Flights at Lima International Airport were not affected, the operator said.'],
    null,
    { location: null },
  ],
  [
    'nor "the next meeting", which is another one',
    ['Ministers met on Monday.', 'The next meeting will be held in Quito.'],
    null,
    { name: null, location: null },
  ],
  [
    'an event held before, whose results the talks went over, is not the event',
    [
      'Ana Roy made the remarks on Wednesday at a joint press conference with her Chilean counterpart.',
      'The two ministers went over the results of the Pacific Business Forum, which had given both sides a chance to look for openings.',
    ],
    null,
    { name: 'joint press conference' },
  ],
  [
    'nor a session still to be arranged',
    [
      'Peru and Chile have decided to set up a Joint Working Group on Fisheries.',
      'Neither the dates nor the venue of the group’s first session have been settled yet; it could be held in either country.',
    ],
    null,
    { name: null },
  ],
  [
    'meetings of two sides on the side of a summit are not the summit',
    [
      'At the meeting, the leaders took up trade and oil prices.',
      'Prime Minister Roy held two separate meetings in the afternoon, one with the President of Chile, the other with the President of Brazil.',
      'Roy stated at the Peru-Chile Summit Meeting that a fishing treaty was in the interest of both countries.',
      'At the Peru-Brazil Summit Meeting, both leaders agreed to build a road across the border.',
    ],
    null,
    { name: null },
  ],
  [
    'but one such meeting may be the event',
    ['Roy stated at the Peru-Chile Summit Meeting in Lima that a fishing treaty was in the interest of both countries.'],
    null,
    { name: 'Peru-Chile Summit Meeting', location: 'Lima' },
  ],
  [
    'a body’s meeting named between the name and the noun',
    ['Parents filled the gallery at the Lima School District board meeting on Monday night, which ran until 11 p.m.'],
    null,
    { name: 'Lima School District board meeting' },
  ],
  [
    'a named event with its topic in common words',
    ['Nearly 200 countries at the COP29 climate summit agreed early on Sunday to a finance goal.'],
    null,
    { name: 'COP29 climate summit' },
  ],
  [
    'but not the event noun before an owner the name is cut at',
    ["Talks between Sudan's army and the paramilitary forces adjourned on Sunday without agreement."],
    null,
    { name: null },
  ],
  [
    'nor a "between" cut off at one side',
    ['Indirect talks between the government of Peru and the rebels ended in Doha on Sunday without a ceasefire.'],
    null,
    { name: 'Indirect talks', location: 'Doha' },
  ],
  [
    'the place after its description, a name with a particle ("the Red Sea resort of Sharm el-Sheikh")',
    ['Leaders met in the Red Sea resort of Sharm el-Sheikh on Monday.', 'Ministers met in the seaside town of Lima on Tuesday.'],
    null,
    { location: 'Sharm el-Sheikh' },
  ],
  [
    'not a sea restraint is called for in',
    ['Ministers on Friday called for restraint in the South China Sea, at the end of their annual meeting in the Lao capital.'],
    null,
    { name: 'annual meeting', location: null },
  ],
  [
    'not the event an interview comes ahead of',
    ["Foreign Minister Ana Roy spoke to our correspondent in Quito on Monday ahead of next week's Andes Alliance summit in Lima."],
    null,
    { name: null, location: 'Quito' },
  ],
  [
    'not one someone will chair on a visit to come ("he will co-chair the fourth meeting of …")',
    [
      'At the invitation of Foreign Minister Ana Roy, Foreign Minister Tom Vale will visit Peru from 18 to 21 May. During the visit, he will co-chair the fourth meeting of the Peru-Chile Standing Committee.',
    ],
    null,
    { name: null },
  ],
  [
    'not a part of the event ("attended a session on trade") after a lead that reports a whole one ("at a summit hosted by …")',
    [
      'Andes leaders agreed on Tuesday to set up a joint air defence command, at a summit hosted by the President of Peru.',
      "Chile's Foreign Minister Ana Roy attended a session on trade as a guest.",
    ],
    null,
    { name: null, date: 'Tuesday' },
  ],
  [
    'not the next one, named by a summary\'s line ("Next summit set for October")',
    ['• Leaders agree to open talks with Chile', '• Next summit set for October in Lima', 'Leaders agreed on Friday to open talks with Chile.'],
    null,
    { name: null },
  ],
  [
    'not one still awaited ("until the full hearing, set for 12 March")',
    ['The court on Wednesday blocked the flights in a 3-2 decision that will stay in place until the full hearing, set for 12 March.'],
    null,
    { name: null, date: 'Wednesday' },
  ],
  [
    'not a related or separate event named beside the one reported',
    [
      'Andes leaders agreed on Friday on a roadmap for a river treaty at the end of a two-day summit in Quito.',
      'Premier Ana Roy and President Tom Vale joined a related Pacific Rim Summit on Saturday.',
    ],
    null,
    { name: 'two-day summit', location: 'Quito' },
  ],
  [
    'not an event noun inside another name, in any case',
    [
      'An independent group, the Public Assembly Archive, put the crowd at 300,000 in Quito on Saturday.',
      'Lima Phones unveiled its first foldable phone on Wednesday at its annual product event at the Lima convention centre.',
    ],
    null,
    { name: 'annual product event', location: 'the Lima convention centre' },
  ],
  [
    'not how someone joined ("by video conference"), nor a noun after a preposition ("an hour of summit")',
    [
      "Transport ministers met in Lima on Tuesday. Chile's minister, Ana Roy, joined by video conference.",
      'The deal was reached within an hour of summit opening.',
    ],
    null,
    { name: null, location: 'Lima' },
  ],
  [
    'not a meeting the subject will hold later, nor where someone works',
    [
      'Lima Power reported a 40 percent rise in profit on Thursday.',
      'The company will hold its annual general meeting on April 24.',
      'Ana Roy, director at the Andes Institute for Energy, said more work was needed.',
    ],
    null,
    { name: null, location: null, date: 'Thursday' },
  ],
  [
    'not a meeting still to come that brought the subject there',
    [
      'President Ana Roy held talks with her counterpart Tom Vale in Quito on Tuesday.',
      'Roy arrived in Quito for a state visit and the 24th meeting of the Council of Heads of State of the Andes Alliance (AA), which will be held on Wednesday and Thursday.',
    ],
    null,
    { name: null, location: 'Quito', date: 'Tuesday' },
  ],
  [
    'not a news conference where someone spoke, in a report of "the summit"',
    [
      'Leaders of the Andes Group agreed on Thursday to lend $50 billion to Peru.',
      '"This is a clear signal," Ana Roy told a joint news conference.',
      'The summit, hosted by Tom Vale at a resort in Lima, also discussed migration.',
      'Pope Leo will address the leaders on Friday.',
    ],
    null,
    { name: null, date: 'Thursday' },
  ],
  [
    'not a day still to come in the sentence that names the event',
    ['Leaders agreed on Thursday to lend $50 billion to Peru.', 'Pope Leo will address the leaders on Friday, the first pope at an Andes Group summit.'],
    null,
    { name: 'Andes Group summit', date: 'Thursday' },
  ],
  [
    'a day in a clause of its own after "will" has been',
    ['Students in Lima will start class 45 minutes later from next September after the board voted 6-2 on Monday night to approve the plan.'],
    null,
    { date: 'Monday' },
  ],
  [
    'not the event the hardest decisions were left to, but the talks that left them',
    ['Two weeks of trade talks ended in Lima on Thursday without a deal, leaving the hardest decisions to the Andes summit in Quito in November.'],
    null,
    { name: 'trade talks', location: 'Lima', date: 'Thursday' },
  ],
  [
    'not the meeting where someone the report names was instead',
    [
      'The Bank of Lima left its main rate unchanged at 4 per cent on Thursday.',
      'Finance Minister Ana Roy, who was in Quito for a meeting of Andes finance ministers, welcomed the decision.',
    ],
    null,
    { name: null, location: null, date: 'Thursday' },
  ],
  [
    'not the session someone absent was attending instead',
    [
      'Andes foreign ministers endorsed a migration plan on Saturday.',
      'Chile was represented by Deputy Foreign Minister Ana Roy, standing in for Foreign Minister Tom Vale, who was attending a UN session in Geneva.',
    ],
    null,
    { name: null, location: null, date: 'Saturday' },
  ],
  [
    'not the meetings a next one will be held alongside',
    [
      'Finance ministers agreed on Friday to speed up debt relief, at a two-day meeting in Lima.',
      'They remained divided over a tax on billionaires.',
      'Ana Roy backed the tax; Tom Vale did not.',
      'The ministers will meet again in Quito in October, alongside the Andes Bank annual meetings.',
    ],
    null,
    { name: 'two-day meeting', location: 'Lima', date: 'Friday' },
  ],
  [
    'not a kind of event in the plural ("barred from high-level meetings")',
    [
      'Southeast Asian foreign ministers called for a ceasefire on Sunday at a retreat in Langkawi.',
      'Lima was represented by an official, as its foreign minister is barred from high-level meetings.',
    ],
    null,
    { name: null, location: 'Langkawi', date: 'Sunday' },
  ],
  [
    'not the market a price moved in',
    ['Halvex and Corla confirmed merger talks on Monday.', 'Halvex shares closed 12 per cent higher in Lima; Corla rose 18 per cent in Quito.'],
    null,
    { name: null, location: null, date: 'Monday' },
  ],
  [
    "a name closing the sentence, without the sentence's full stop",
    ['Health ministers adopted a strategy on Wednesday, at the annual session of the Regional Committee for the Andes.'],
    null,
    { name: 'annual session of the Regional Committee for the Andes', date: 'Wednesday' },
  ],
  [
    'not separate talks another country hosted',
    [
      'The foreign ministers of Peru and Chile signed a peace agreement on Friday at the State Department.',
      'Qatar, which hosted separate talks between Peru and the rebels, also sent a representative.',
    ],
    'WASHINGTON',
    { name: null, location: 'Washington', date: 'Friday' },
  ],
  [
    'not who were meeting somewhere (a participle), but the session',
    [
      'Governments meeting at the Andes Seabed Authority failed again on Wednesday to agree rules for mining the ocean floor.',
      "The authority's council ended its two-week session without adopting the code.",
    ],
    null,
    { name: 'two-week session', date: 'Wednesday' },
  ],
  [
    "a name with its heads' 'of' ('Heads of Government Meeting')",
    ['The communique of the Andes Heads of Government Meeting was adopted on Saturday by all 12 members.'],
    null,
    { name: 'Andes Heads of Government Meeting', date: 'Saturday' },
  ],
  [
    'not a meeting the sides agreed to hold, nor a preposition before the talks',
    [
      'Foreign Minister Ana Roy and her Chilean counterpart Tom Vale agreed on Wednesday to strengthen maritime cooperation.',
      'In talks in Lima, the two ministers also agreed to hold a "two-plus-two" meeting of their foreign and defence ministers later this year.',
    ],
    null,
    { name: null, location: 'Lima', date: 'Wednesday' },
  ],
  [
    'not a meeting someone says the sides would hold, after the lead that reports the summit',
    [
      'Prime Minister Ana Roy and her Chilean counterpart Tom Vale signed four agreements on Friday at their first annual summit.',
      'Mr Vale said the two countries would hold their first "2+2" meeting of foreign and defence ministers in Santiago in November.',
    ],
    'LIMA',
    { name: 'first annual summit', location: 'Lima', date: 'Friday' },
  ],
  [
    'not the place a meeting demands a ceasefire in',
    ['The General Assembly voted on Wednesday to demand a permanent ceasefire in Lima.', 'The resolution was adopted by 158 votes to 9.'],
    'UNITED NATIONS',
    { name: 'General Assembly', location: 'United Nations', date: 'Wednesday' },
  ],
  [
    'the hall a crowd crammed into',
    ["About 150 residents crammed into St Mark's church hall on Tuesday evening to confront police over car thefts."],
    null,
    { location: "St Mark's church hall", date: 'Tuesday' },
  ],
  [
    'the city a crowd marched through',
    ['Tens of thousands of people marched through central Lima on Saturday to protest against a pension plan.'],
    null,
    { location: 'Lima', date: 'Saturday' },
  ],
  [
    'not one still to be held, told after the report of what has been',
    [
      'A former mayor of Lima was sentenced to seven years in prison on Friday for taking bribes.',
      'The judge also ordered the confiscation of his villa.',
      'A hearing on the confiscation order will be held in January.',
    ],
    null,
    { name: null, date: 'Friday' },
  ],
  [
    'the day of a possessive ("from Sunday\'s earthquake") without the word before it',
    ["The death toll from Sunday's earthquake in southern Peru rose to 312 on Tuesday, officials said."],
    null,
    { date: 'Sunday' },
  ],
  [
    'not the day something was planned for',
    ['A national rail strike planned for Monday has been suspended after unions reached a deal in talks in Lima on Thursday.'],
    null,
    { date: 'Thursday' },
  ],
  [
    'not a body whose rule or resolution the text names',
    [
      'Russia on Tuesday vetoed a Security Council resolution on shipping in the Black Sea.',
      'Under a 2022 General Assembly rule, the assembly must now meet within 10 working days to debate the veto.',
    ],
    null,
    { name: null, date: 'Tuesday' },
  ],
  [
    'negotiations named with their body and topic are the event; bare negotiations on something are a topic',
    [
      'Two weeks of United Nations climate negotiations ended in Lima on Thursday without agreement on a new finance goal.',
      'The ministers confirmed that they would accelerate negotiations on the Reciprocal Access Agreement.',
    ],
    null,
    { name: 'United Nations climate negotiations', location: 'Lima', date: 'Thursday' },
  ],
  [
    'no event from negotiations on something',
    ['On March 8, Ana Roy held a meeting with Tom Vale.', 'The two ministers would accelerate negotiations on the Reciprocal Access Agreement.'],
    null,
    { name: null },
  ],
  [
    'a place whose name has a particle ("Rio de Janeiro")',
    ['President Ana Roy handed the presidency to Tom Vale at the closing session in Rio de Janeiro on Sunday.'],
    null,
    { location: 'Rio de Janeiro' },
  ],
  [
    'no event, place or day from a question put in the text',
    ['ANA ROY: Good afternoon.', 'QUESTION: And the ceasefire talks in Jeddah on Friday – when do they resume?', 'ANA ROY: Later this month.'],
    null,
    { name: null, location: null, date: null },
  ],
  [
    'a statement that ends on a question still gives its day',
    ['More than 150 people crowded into the parish hall in Lima on Tuesday night to ask one question: why are cars being broken into?'],
    null,
    { location: 'the parish hall in Lima', date: 'Tuesday' },
  ],
  ['a day still to come in a report of what is to come', ['Leaders will meet in Lima on Monday for the Andes Summit.'], null, { date: 'Monday' }],
  [
    'a name with "and" between its capitalised words',
    ['The eleventh Peru-Chile Foreign and Defence Ministerial Consultations were held in Lima.'],
    null,
    { name: 'Peru-Chile Foreign and Defence Ministerial Consultations', location: 'Lima' },
  ],
  [
    'not a summit someone is invited to visit for',
    ['President Ana Roy spoke today with Prime Minister Tom Vale of Peru.', "Vale invited Roy to visit Peru later this year for the Andes Leaders' Summit."],
    null,
    { name: null },
  ],
  [
    'not a summit a country will host',
    ['President Ana Roy spoke today with Prime Minister Tom Vale of Peru.', "They discussed the Andes Leaders' Summit, which Peru will host."],
    null,
    { name: null },
  ],
  [
    'a meeting of ministers of one portfolio',
    ['Ana Roy did not speak at the meeting of defense ministers on Thursday.'],
    null,
    { name: 'meeting of defense ministers' },
  ],
  [
    'a venue in common words, on a named road',
    ['More than 140 people packed the board room at the district office on Elm Road for a meeting that ran until 11 p.m.'],
    null,
    { location: 'the district office on Elm Road' },
  ],
  ['a named hall', ['The town hall meeting was held at St. Anne’s parish hall on Tuesday night.'], null, { location: 'St. Anne’s parish hall' }],
  [
    "a named building with its town, and a forum told of as later that day is no event's name",
    [
      'Peru and Chile signed seven agreements on Tuesday during a visit by Peruvian President Ana Roy.',
      'Roy and Chilean President Tom Vale held talks at State House in Santiago for two hours.',
      'Roy told a business forum later in the day that trade could double by 2030.',
    ],
    null,
    { name: null, location: 'State House in Santiago', date: 'Tuesday' },
  ],
  [
    'an airport named for its town',
    ['About 600 flights were cancelled at Lima airport on Monday as baggage handlers walked out in a dispute over pay.'],
    null,
    { location: 'Lima airport', date: 'Monday' },
  ],
  [
    '"the airport in Doha" is Doha',
    ['Peru and Chile exchanged 14 prisoners on Saturday at the airport in Doha, in the largest swap between them.'],
    null,
    { location: 'Doha' },
  ],
  [
    'a market where shares moved is no venue',
    ['Lima Foods said on Tuesday that profit fell 12%.', 'Lima Foods shares fell 7.5% in Amsterdam, their biggest drop in four years.'],
    null,
    { location: null },
  ],
  [
    'nor "the next full council meeting"',
    ['Lima City Council approved a 4.9% tax rise on Wednesday night.', 'The petition will go to the next full council meeting on March 20.'],
    null,
    { name: null, date: 'Wednesday' },
  ],
  [
    'nor "the next full ministerial meeting", even in a report that says "the meeting", nor the day it is set for',
    [
      'The producers agreed on Sunday to cut output by a further 1.2 million barrels a day.',
      'The Lima minister walked out of the meeting.',
      "The group's next full ministerial meeting is set for June 4 in Vienna.",
    ],
    null,
    { name: null, date: 'Sunday' },
  ],
  [
    'a date that bounds a period is no day of the event ("its lowest since September 2021")',
    ['Inflation fell to 3.2% in March, its lowest since September 2021, the statistics office said on Wednesday.'],
    null,
    { date: 'Wednesday' },
  ],
  [
    'nor is a deadline ("to be reconnected by Thursday evening")',
    [
      'Power has been restored to 40,000 homes, the grid operator said. Engineers expect the rest to be reconnected by Thursday evening.',
      'A woman was killed on Tuesday night when a wall collapsed in the port.',
    ],
    null,
    { date: 'Tuesday' },
  ],
  [
    'a meeting findings will be presented at, after the lead, is another event',
    [
      'Sea ice around the pole shrank to a record low this year, scientists said on Monday.',
      'The ice reached a maximum of 16.96 million square kilometres.',
      'Researchers said warmer seas were the main cause.',
      'The findings will be presented at a meeting of the Polar Research Council in Lima in December.',
    ],
    null,
    { name: null, location: null, date: 'Monday' },
  ],
  [
    'a meeting something is "to be decided at", after the lead, is another event, nor is its place the event\'s',
    [
      "The Halvex Space Agency said on Tuesday that its lander had found water ice near the Moon's south pole.",
      'Mission scientist Ana Roy told reporters that the ice made up about 5% of the soil.',
      'The lander touched down on Nov. 2 after a 70-day journey.',
      'Tom Vale said the agency would seek 400 million euros for a follow-up mission, to be decided at a ministerial meeting in Lima in March.',
    ],
    null,
    { name: null, location: null, date: 'Tuesday' },
  ],
  [
    'a meeting something will be debated at, named after whose it is ("the council\'s March meeting"), is another event',
    [
      'The Lima harbour council voted 7-2 on Tuesday night to reject a fare rise.',
      'Council chair Ana Roy said the rise would have hit commuters hardest.',
      'Councillors Tom Vale and Eva Cruz voted in favour of the rise.',
      'The council asked its officers to draw up three options for a subsidy scheme.',
      "The options will be debated at the council's March meeting.",
    ],
    null,
    { name: null, date: 'Tuesday' },
  ],
  [
    'a session something is to follow ("within 30 days of the new parliament\'s first session on May 2") is another event',
    [
      "Lima's Social Democrats won Sunday's parliamentary election with 31 percent of the vote.",
      'The party, led by Ana Roy, took 29 of the 90 seats.',
      'Turnout was 68 percent.',
      'Roy said she would begin coalition talks with the Greens on Tuesday.',
      "President Tom Vale is expected to nominate a prime minister within 30 days of the new parliament's first session on May 2.",
    ],
    null,
    { name: null, date: 'Sunday' },
  ],
  [
    'where a body works from ("from its office in Lima") is no venue of a meeting held by video',
    [
      'Health ministers from 11 island nations agreed on Thursday to place joint orders for vaccines from next year.',
      'The ministers met by video conference, chaired by Ana Roy.',
      'The scheme will be run by the Andes Community from its office in Lima.',
    ],
    null,
    { location: null, date: 'Thursday' },
  ],
  [
    'a summit someone says they "would return to it at", right after the lead, is one still to come',
    [
      'Peru on Friday blocked an aid package for Chile, hours after the other leaders agreed to open talks with Santiago.',
      'Council President Ana Roy said leaders would return to the package at an extraordinary summit in January.',
    ],
    'LIMA',
    { name: null, location: 'Lima', date: 'Friday' },
  ],
  [
    'an event after the lead told as of a time gone by ("at the Lima Assembly last month") is no event of the report',
    [
      'Foreign Minister Ana Roy spoke with her Chilean counterpart, Tom Vale, on Monday to discuss fishing rights.',
      "Roy thanked Vale for Chile's vote at the Andes General Assembly last month, and for its offer at the Quito summit two years ago.",
    ],
    null,
    { name: null, date: 'Monday' },
  ],
  [
    'a deed welcomed, told after it, is not where someone was welcomed ("welcomed Peru\'s role in mediating … in Quito")',
    ["The Secretary welcomed Peru's role in mediating between the parties in Quito, and thanked Chile for its vote."],
    'LIMA',
    { name: null, location: 'Lima' },
  ],
  [
    'leaders who spoke in a phone call met nowhere: the dateline is no venue',
    ["Peru's Prime Minister Ana Roy and Chile's President Tom Vale agreed in a phone call on Tuesday to deepen defence ties."],
    'LIMA',
    { name: null, location: null, date: 'Tuesday' },
  ],
  [
    'a news conference someone told, after the lead, is where they spoke, not the event',
    [
      'Water ministers from six countries agreed on Friday to set up a drought fund.',
      "The fund will pay for new reservoirs, Peru's water minister, Ana Roy, told a news conference.",
    ],
    'QUITO',
    { name: null, location: 'Quito', date: 'Friday' },
  ],
  [
    'a lead that reports the event by its kind dates it, before a later sentence that names it in passing',
    [
      'Leaders of the Group of Seven agreed on Thursday to lend Lima $50 billion, at a summit hosted by Ana Roy.',
      'Tom Vale addressed a session on Friday, the first pope to take part in a G7 summit.',
    ],
    'APULIA',
    { name: 'G7 summit', date: 'Thursday' },
  ],
  [
    'an awards ceremony by its name, not awards in common words',
    ['"The Salt Road" won best picture at the 98th Academy Awards on Sunday.', 'The favourite had 11 nominations and won two awards.'],
    'LOS ANGELES',
    { name: '98th Academy Awards', date: 'Sunday' },
  ],
  [
    'a name joined by a dash is one name',
    ["The foreign ministers met in Lima for the fourth Andes–Pacific Foreign Ministers' Meeting."],
    null,
    { name: "fourth Andes–Pacific Foreign Ministers' Meeting" },
  ],
  ['a month and its year are not a month and a day', ['The council met in September 2021 to adopt the plan.'], null, { date: 'September 2021' }],
  [
    'talks the sides are urged to return to are not the event, nor is their place',
    [
      'The General Assembly on Thursday adopted a resolution demanding a ceasefire.',
      'Ana Roy urged both sides to return to talks in Geneva, which broke down in January.',
    ],
    'NEW YORK',
    { location: 'New York' },
  ],
  [
    'meetings on the margins of the summit are not the summit',
    ['As the summit closed, it adopted a declaration.', 'Ana Roy held a series of bilateral meetings on the margins of the summit.'],
    null,
    { name: null },
  ],
  [
    'but "the next G8 summit", in a report of "the summit", names the series this one belongs to',
    ['As the summit closed, it adopted a declaration.', 'In 2012, the next G8 summit will be hosted by the United States.'],
    null,
    { name: 'G8 summit' },
  ],
  [
    'a body that urges or says is no event',
    ['Shareholders voted down the pay policy at the annual general meeting on Thursday.', 'The Lima Pension Fund Forum had urged investors to vote against.'],
    null,
    { name: 'annual general meeting' },
  ],
  [
    'a region the meeting was about is no venue',
    ['Ana Roy put forward an initiative on security in the Middle East while attending a video conference of Gulf ministers.'],
    'LIMA',
    { location: 'Lima' },
  ],
  [
    'an event someone is invited to is not the event, nor is its place',
    [
      'Presidents Ana Roy and Tom Vale signed six agreements at a joint press conference on Friday.',
      'Roy invited Vale to attend the Andes Climate Summit in Quito in September, and Vale accepted.',
    ],
    'LIMA',
    { name: 'joint press conference', location: 'Lima' },
  ],
  [
    '… as is one invited to with no verb ("invited Chilean firms to a business forum in Quito")',
    [
      'Peru and Chile signed five agreements on Wednesday during a state visit by President Tom Vale.',
      'Vale invited Peruvian firms to a business forum in Quito in October.',
    ],
    'LIMA',
    { name: null, location: 'Lima' },
  ],
  [
    '… or to "the" one',
    [
      'Peru and Chile signed five agreements on Wednesday during a state visit by President Tom Vale.',
      'Vale invited Peruvian firms to the Andes business forum in Quito in October.',
    ],
    'LIMA',
    { name: null, location: 'Lima' },
  ],
  [
    "the place of an event a day to come holds is not the event's",
    [
      'Lima Rovers have sacked manager Tom Vale after eight league games without a win.',
      "Assistant manager Ivo Kant will take charge of the team for Saturday's match at Millford while the club looks for a replacement.",
    ],
    null,
    { location: null },
  ],
  [
    'talks put off are not the event; talks once put off and now held are',
    ['Ministers meeting in Lima on Monday postponed the energy talks until March, officials said.'],
    null,
    { name: null, location: 'Lima' },
  ],
  ['talks once put off', ['The postponed talks opened in Lima on Monday with a call for calm.'], null, { name: 'postponed talks', location: 'Lima' }],
  [
    'talks the lead put off, told again by their kind later, are not the event; nor is a separate meeting still to come',
    [
      'Water ministers from five Andean states agreed on Thursday in Lima to share river data, but put off talks on a power grid until next year.',
      'Ana Roy, who chaired the meeting, said the deal was a start.',
      'Tom Vale said his country still had "concerns" about the pace of the energy talks.',
      "A separate meeting of the region's finance ministers is planned for June in Quito.",
    ],
    null,
    { name: null, location: 'Lima' },
  ],
  ['an investor day', ['The drugmaker used its first investor day since 2020 to set out a strategy.'], null, { name: 'first investor day' }],
  [
    'a day is no part of the name',
    ['Lumora used the opening panel of its DevDays conference on Thursday to commit to a roadmap.'],
    null,
    { name: 'DevDays conference' },
  ],
  [
    "a speaker's words name no event",
    [
      'Norway took over the chair at a ministerial meeting held by video link.',
      '"Our task is to keep the Polar Council the most important international forum for Arctic cooperation," Ana Roy said.',
    ],
    null,
    { name: 'ministerial meeting' },
  ],
  [
    'a name set in quotation marks is still a name',
    ['Ana Roy co-hosted the "Meeting of Andean Ministers of Health" on Monday.'],
    null,
    { name: 'Meeting of Andean Ministers of Health' },
  ],
  [
    'people held somewhere are detained there, not at an event held there',
    ['Five nurses held in Iran for two years landed on Monday after a prisoner exchange.'],
    'MUSCAT',
    { location: 'Muscat' },
  ],
  [
    'a committee\'s hearing is an event, named without the sentence\'s "The"',
    ['The Senate Harbour Committee hearing, chaired by Ana Roy, lasted four hours.'],
    null,
    { name: 'Senate Harbour Committee hearing' },
  ],
  ['a hearing held somewhere is held there', ['The hearing was held in Ballarat on Monday.'], 'MELBOURNE', { location: 'Ballarat' }],
  [
    'talks between "their" ministers: a complement word is a whole word ("the" is no part of "their")',
    ['Peru and Chile agreed on Monday to deepen cooperation, after talks between their foreign ministers in Lima.'],
    null,
    { name: 'talks between their foreign ministers', location: 'Lima' },
  ],
  [
    'an event put forward to be held is not the one reported',
    [
      'President Ana Roy on Tuesday received the visiting Foreign Minister of Chile, Tom Vale, at the palace in Lima.',
      'She proposed that the two countries set up a joint task force and hold annual consultations at ministerial level.',
    ],
    null,
    { name: null, location: 'Lima' },
  ],
  [
    'a name whose complement is a list of capitalised words closed by "and"',
    ['The Fifth Meeting of the Peru-Chile Joint Commission on Economic, Cultural, Scientific and Technical Cooperation was held in Lima on 11 June 2027.'],
    null,
    { name: 'Fifth Meeting of the Peru-Chile Joint Commission on Economic, Cultural, Scientific and Technical Cooperation', location: 'Lima' },
  ],
  [
    "a transcript's heading closes with the place and day",
    ['Transcript of a press conference by Trade Minister Ana Roy following talks with the Chilean delegation, Lima, 3 October', 'Roy: Good afternoon.'],
    null,
    { name: 'press conference', location: 'Lima', date: '3 October' },
  ],
  [
    'what "confidence in" is of is no place',
    [
      'The senate of Lima University passed a motion of no confidence in Rector Ana Roy on Tuesday, by 61 votes to 22.',
      'The council said it "continues to have full confidence" in Rector Roy and would meet on 9 December.',
    ],
    null,
    { location: null, date: 'Tuesday' },
  ],
  [
    'what opens somewhere is an event only when the text names one',
    ['More than 900 residents were told to leave on Saturday, officials said at an evening briefing.', 'Shelters have opened at Lima High School.'],
    null,
    { location: null },
  ],
  ['though an event that opened there was held there', ['The conference opened in Lima on Monday with 40 delegations.'], null, { location: 'Lima' }],
  [
    'a venue however full it was, not the one of a match still to come',
    [
      'Lima Rovers reached the final with a 3-1 win over Andes City at a packed Halvex Stadium on Saturday.',
      'Rovers will face Quito United in the final at Kant Park on May 17.',
    ],
    null,
    { location: 'Halvex Stadium' },
  ],
  [
    'not where a body keeps a mission',
    ['The council voted on Friday to extend its peacekeeping mission in Peru for another year.', 'Twelve members voted in favour.'],
    null,
    { location: null },
  ],
  [
    'where a ship ran aground, not the port it sailed from or the town its injured were taken to',
    [
      'All 90 passengers were rescued after a ferry ran aground off Lima Island on Friday evening, the coast guard said.',
      'The ferry was sailing from the port of Quito to the island. Ten people were taken to hospital in Quito.',
    ],
    null,
    { location: 'Lima Island' },
  ],
  [
    'off the coast it capsized off',
    ['A fishing boat carrying 14 crew capsized off the coast of Peru on Monday, the navy said.', 'The survivors were taken to hospital in Lima.'],
    null,
    { location: 'Peru' },
  ],
  [
    'near where a storm made landfall, not the town where its dead were counted',
    [
      'Hurricane Ana made landfall near the port city of Lima on Thursday night as a Category 4 storm.',
      'Three people were killed when a wall collapsed in the town of Quito, officials said.',
    ],
    null,
    { location: 'Lima' },
  ],
  [
    'at the mine where a tunnel collapsed, not the town its miners were taken to',
    ['Rescuers on Sunday freed all 12 miners trapped after a tunnel collapsed at the Lima copper mine.', 'All were taken to hospital in Quito for checks.'],
    null,
    { location: 'the Lima copper mine' },
  ],
  [
    'not the body that organised it',
    ['A three-day conference on shared rivers ended in Lima on Friday.', 'The meeting, organised by the Andes Water Forum, brought together 600 delegates.'],
    null,
    { name: 'three-day conference' },
  ],
  [
    'not where a speaker said it, untied to the event',
    ['The agency landed its first probe on the Moon on Thursday.', '"We did it," said mission director Ana Roy at the control centre in Quito.'],
    null,
    { location: null },
  ],
  [
    'where a speaker said it, when the event is tied to it ("at the summit in Lima")',
    ['Leaders agreed a trade deal on Friday.', '"We did it," said President Ana Roy at the summit in Lima.'],
    null,
    { location: 'Lima' },
  ],
  [
    'in the part of a country a bus crashed in ("in northern Peru")',
    ['A bus crashed in northern Peru on Monday, killing 12 people, police said.', 'The injured were taken to hospital in Lima.'],
    null,
    { location: 'Peru' },
  ],
];

describe("findEvent: a transcript's headline", () => {
  it('gives the place and day its headline closes with, when the text names no event', () => {
    const text = sentencesOf('PRIME MINISTER ROY: Good afternoon.', 'We have agreed on three things today.');
    expect(findEvent(text, null, null, [], 'Transcript: Joint press conference by Ana Roy and Tom Vale, Lima, 4 June')).toMatchObject({
      location: 'Lima',
      date: '4 June',
    });
    // (A dateline's place stands first.)
    expect(findEvent(text, 'CUSCO', null, [], 'Transcript: Joint press conference by Ana Roy and Tom Vale, Lima, 4 June').location).toBe('Cusco');
  });
});

describe("findEvent: the report's own day", () => {
  it('takes it, with no event named and no day that has been, before a day to come; its day only ("4.37pm Tuesday")', () => {
    const text = sentencesOf('First, the Secretary will travel to Lima from October 15 to 17.', 'Second, the country is announcing new aid.');
    expect(findEvent(text, 'WASHINGTON', 'October 12').date).toBe('October 12');
    expect(findEvent(text, null, '4.37pm Tuesday').date).toBe('Tuesday');
    // A preview of a named event keeps the event's day to come.
    expect(findEvent(sentencesOf('The Andes summit will open in Lima on Friday.'), null, 'October 12').date).toBe('Friday');
  });
});

describe('findEvent: an event a proposal puts forward is no event held', () => {
  it('leaves out "an international peace conference" that one of the listed items supports', () => {
    const text = sentencesOf(
      'Ana Roy held a phone call with Tom Vale on Thursday.',
      'The six points include: (1) observing three principles; (2) supporting an international peace conference; and (3) more aid.',
    );
    expect(findEvent(text).name).toBe('international peace conference');
    expect(findEvent(text, null, null, ['Observing three principles', 'Supporting an international peace conference', 'More aid']).name).toBeNull();
  });
});

describe('findEvent: a meeting of another month', () => {
  it("is not where the report's event was (talks in Lima in February, in a report of April)", () => {
    const s = sentencesOf(
      'The two countries exchanged two prisoners at the airport on Thursday in a deal mediated by a third.',
      'The two countries held talks in Lima in February on the work of their embassies.',
    );
    expect(findEvent(s, 'QUITO', 'April 10').location).toBe('Quito');
    // (Of the same month, it may be.)
    expect(findEvent(s, null, 'February 20').location).toBe('Lima');
  });
});

describe('findEvent: a call', () => {
  it("takes no place from a call's readout, its headline a call between two people", () => {
    const readout = sentencesOf(
      'Secretary Ana Roy spoke today with Foreign Minister Tom Vale.',
      "Roy welcomed Chile's role in mediating between the parties in eastern Peru.",
    );
    expect(findEvent(readout, null, null, [], "Readout: Secretary Roy's call with Foreign Minister Vale").location).toBeNull();
    // (… though a headline of no call leaves the first place the text gives.)
    expect(findEvent(readout, null, null, [], 'Roy and Vale discuss trade').location).toMatch(/Peru/);
  });
});

describe('findEvent: where and what', () => {
  it.each(CASES)('%s', (_what, text, dateline, expected) => {
    expect(findEvent(sentencesOf(...text), dateline)).toMatchObject(expected);
  });
});

describe('findEvent: a rate measured in a place', () => {
  it('takes no venue from where a figure was measured ("inflation was 1.8% in Peru"), though a place tied to the event stays', () => {
    const rates = sentencesOf(
      'Annual inflation in the Andean bloc fell to 2.1% in October, the statistics office said on Tuesday.',
      'Among the largest economies, inflation was 1.8% in Peru, 2.2% in Chile and 1.6 per cent in Bolivia.',
    );
    expect(findEvent(rates).location).toBeNull();
    expect(findEvent(sentencesOf('Andes ministers met in Quito on Tuesday as prices rose 4% in Lima.')).location).toBe('Quito');
  });
});

describe('findEvent: the day a vote was called for', () => {
  it('dates the call, not the vote it was called for ("called a snap election for June 8 on Wednesday")', () => {
    const called = sentencesOf(
      'Prime Minister Ana Roy called a snap election for June 8 on Wednesday, after her coalition lost its majority.',
      'The budget was defeated by 101 votes to 97 on Tuesday.',
    );
    expect(findEvent(called).date).toBe('Wednesday');
  });
});

import { describe, expect, it } from 'vitest';
import { cleanRole, datedByDayAlone, earlierEventSentences, findPeople, participantsOf } from '../../../src/core/extract/people.js';
import { homeCountryOffices } from '../../../src/core/extract/host-country.js';
import { affiliations, sentencesOf } from './helpers.js';

/** Who was found and how they took part. */
const how = (...paragraphs: string[]) => findPeople(sentencesOf(...paragraphs)).map((p) => [p.name, p.participation]);
const people = (...paragraphs: string[]) =>
  findPeople(sentencesOf(...paragraphs)).map((p) => ({ name: p.name, role: p.roles.join('; ') || null, affiliation: p.affiliation }));
const participants = (...paragraphs: string[]) => participantsOf(findPeople(sentencesOf(...paragraphs))).map((p) => p.name);

describe('people and their titles', () => {
  it('reads "Nationality Title Name" and strips the country into the affiliation', () => {
    expect(people('Dutch Foreign Minister Stef Blok arrived on Monday.')).toEqual([
      { name: 'Stef Blok', role: 'Foreign Minister', affiliation: 'Netherlands' },
    ]);
  });

  it('reads a body leading one of two offices as that office\'s ("Councillor Tom Vale, the Lima Party leader,")', () => {
    expect(people('Councillor Tom Vale, the Lima Party leader, said residents were asked to pay more.')).toEqual([
      { name: 'Tom Vale', role: 'Councillor; leader', affiliation: 'Lima Party' },
    ]);
  });

  it.each([
    'A company she co-founded, Halvex, opened a pilot plant near Lima last year.',
    'Her firm, Halvex, hired an engineer for the new plant in Lima.',
    'Her firm, Halvex, hired the pilot who flew the route.',
    'Her firm, Halvex, dismissed its chief engineer in May.',
    'Her firm, Halvex, thanked their pilot for the rescue.',
  ])('reads no office in a verb and its object after a name set off: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('still reads an office after a name set off ("Tom Vale, a pilot, flew home.")', () => {
    expect(people('Tom Vale, a pilot, flew home.')).toEqual([{ name: 'Tom Vale', role: 'pilot', affiliation: null }]);
  });

  it('reads where someone is, after "who is", as no office ("Tom Vale, who is on an official visit to Lima,")', () => {
    expect(people("Peru's President Ana Roy met Chile's President Tom Vale, who is on an official visit to Peru, in Lima on Monday.")).toEqual([
      { name: 'Ana Roy', role: 'President', affiliation: 'Peru' },
      { name: 'Tom Vale', role: 'President', affiliation: 'Chile' },
    ]);
  });

  it('reads where someone was born as no part of the office, nor a country they speak for ("Peruvian-born businessman")', () => {
    expect(
      people('A judge approved the extradition of Peruvian-born businessman Tom Vale to Chile.', 'Lima-based lawyer Ana Roy said she would appeal.'),
    ).toEqual([
      { name: 'Tom Vale', role: 'businessman', affiliation: null },
      { name: 'Ana Roy', role: 'lawyer', affiliation: null },
    ]);
  });

  it('takes no person from a body named as a person would be ("the Red Cross"), and keeps the one who heads it', () => {
    expect(people('Morgan Stanley said on Tuesday that its profit rose.', 'Analysts at Goldman Sachs agreed.')).toEqual([]);
    // (… and its officers, named without it, are the company's the report is about.)
    expect(people('Morgan Stanley reported a 32% rise in profit on Wednesday.', 'Chief executive Ana Roy said the bank was strong.')).toEqual([
      { name: 'Ana Roy', role: 'Chief executive', affiliation: 'Morgan Stanley' },
    ]);
    expect(people('Ana Roy, head of the Peruvian Red Cross, said 40 people had died.', 'The Red Crescent said aid was blocked.')).toEqual([
      { name: 'Ana Roy', role: 'head of the Peruvian Red Cross', affiliation: 'Peru' },
    ]);
  });

  it('reads a short rank after an office, before a lone surname, as a given name ("Defence Minister Gen Vale")', () => {
    expect(people('Peruvian Defence Minister Gen Vale and his Chilean counterpart Ana Roy agreed on Sunday to expand joint drills.')).toEqual([
      { name: 'Gen Vale', role: 'Defence Minister', affiliation: 'Peru' },
      { name: 'Ana Roy', role: 'Defence Minister', affiliation: 'Chile' },
    ]);
    // (Before a full name, or with no office before it, the rank is still an office.)
    expect(people('Sgt Leon Vale said the road was closed.')).toEqual([{ name: 'Leon Vale', role: 'Sergeant', affiliation: null }]);
  });

  it('reads a title word after an honorific and its full stop as a given name ("Prof. Amir Vale")', () => {
    expect(people('Faculty union president Prof. Amir Vale called the vote a disaster.')).toEqual([
      { name: 'Amir Vale', role: 'union president', affiliation: null },
    ]);
  });

  it('reads who says it, after a name that is the object of a clause, as no office of that name ("… in Lima Garden, the city police said")', () => {
    expect(
      people(
        'Jewels worth £3 million were stolen from a shop in Lima Garden, the Metropolitan Police said on Friday.',
        'Detective Inspector Ana Roy said two men had been charged.',
      ),
    ).toEqual([{ name: 'Ana Roy', role: 'Detective Inspector', affiliation: null }]);
    // (An office set off after a name that is the sentence's subject is still its own.)
    expect(people('Ana Roy, the director of the Lima Office for Trade said at the meeting that it was fine.')).toEqual([
      { name: 'Ana Roy', role: 'director of the Lima Office for Trade', affiliation: null },
    ]);
  });

  it('reads an office someone served as ("who served as health minister") and no office in a cause they led ("who led the opposition to the bill")', () => {
    expect(people('Judge Ana Roy said Tom Vale, who served as health minister from 2017 to 2019, had betrayed patients.')).toEqual([
      { name: 'Ana Roy', role: 'Judge', affiliation: null },
      // (Served over a span now closed: a former office.)
      { name: 'Tom Vale', role: 'former health minister', affiliation: null },
    ]);
    expect(people('Lima Party MP Tom Vale, who led the opposition to the bill, said it was unsafe.')).toEqual([
      { name: 'Tom Vale', role: 'MP', affiliation: 'Lima Party' },
    ]);
  });

  it('reads no honorific in a verb written as one ("will miss Lima\'s next match")', () => {
    expect(people("Tom Vale was sent off and will miss Millford's next two league matches.")).toEqual([]);
    expect(people('Miss Millford said the club would appeal.')).toEqual([{ name: 'Millford', role: null, affiliation: null }]);
  });

  it('makes one killed in what is reported, named with no office, no participant in the hearing that followed', () => {
    const s = [
      'A rail company has been fined £3 million after a track worker was hit and killed by a train near Lima.',
      'Judge Ana Roy said the company had allowed "a culture of shortcuts".',
      'Tom Vale, 46, from Callao, was struck by a passenger train in March 2022 while inspecting a set of points.',
      'The company was also ordered to pay costs over the death of Ivo Kant in 2021.',
    ];
    expect(participants(...s)).toEqual(['Ana Roy']);
    // (One named with an office still took part: "Police officer Ana Roy, 46, was struck by debris.")
    expect(participants('The train hit a fallen tree near Lima on Monday.', 'Police officer Ana Roy, 46, was struck by debris.')).toEqual(['Ana Roy']);
  });

  it('reads a party named with its people\'s word as the affiliation whole ("Peruvian Socialist Party leader")', () => {
    expect(people('Peruvian Socialist Party Lima leader Ana Roy pressed for a referendum.', 'Peruvian Foreign Minister Tom Vale said no.')).toEqual([
      { name: 'Ana Roy', role: 'Lima leader', affiliation: 'Peruvian Socialist Party' },
      { name: 'Tom Vale', role: 'Foreign Minister', affiliation: 'Peru' },
    ]);
  });

  it('gives the office a lead tells a sentence by ("A former health minister was sentenced …") to the first one named after it with none', () => {
    expect(
      people(
        'A former health minister was sentenced on Thursday to seven years in prison for taking bribes.',
        'Judge Ana Roy said Tom Vale, 61, had betrayed the public. Two officials, Ivo Kant and Lia Mora, were given five-year sentences.',
      ).slice(0, 2),
    ).toEqual([
      { name: 'Ana Roy', role: 'Judge', affiliation: null },
      { name: 'Tom Vale', role: 'health minister', affiliation: null },
    ]);
    // (Not one named after another with no office: the office may be theirs.)
    const two = people('A former health minister was jailed on Thursday.', 'Judge Ana Roy said Ivo Kant, 58, and Tom Vale, 61, had betrayed the public.');
    expect(two.map((p) => [p.name, p.role])).toEqual([
      ['Ana Roy', 'Judge'],
      ['Ivo Kant', 'health minister'],
      ['Tom Vale', null],
    ]);
    // (… and the body the office is of, as the affiliation: "A former chief executive of Halvex Bank was jailed …".)
    expect(
      people(
        'A former chief executive of Halvex Bank was jailed for six years on Friday for fraud.',
        'Judge Ana Roy told Tom Vale, 57, that he had betrayed the trust of depositors.',
      ),
    ).toEqual([
      { name: 'Ana Roy', role: 'Judge', affiliation: null },
      { name: 'Tom Vale', role: 'chief executive', affiliation: 'Halvex Bank' },
    ]);
  });

  it('reads a plural office set off before two names with the clause that says which of them ("The two councillors who voted against the plan, …")', () => {
    expect(people('The two councillors who voted against the plan, Tom Vale and Lia Mora, said it would slow building.')).toEqual([
      { name: 'Tom Vale', role: 'councillor', affiliation: null },
      { name: 'Lia Mora', role: 'councillor', affiliation: null },
    ]);
    // (A singular office with its clause names no list.)
    expect(people('The councillor who proposed it, Tom Vale, said it.')).toEqual([]);
  });

  it('takes people named with no office who voted ("while Ana Roy and Tom Vale voted for a cut")', () => {
    expect(
      participants('The Lima bank held its rate on Thursday.', 'Six members voted to hold, while Ana Roy and Tom Vale voted for a cut.', 'Ivo Kant abstained.'),
    ).toEqual(['Ana Roy', 'Tom Vale', 'Ivo Kant']);
  });

  it('takes no person from a numbered part of a text ("Article V of the Treaty")', () => {
    expect(people('Ana Roy reaffirmed the commitment to the defence of Peru under Article V of the Lima Treaty.')).toEqual([]);
  });

  it('gives the officers of a company the lead\'s shareholders hold ("Shareholders in the packaging group Halvex") that company', () => {
    expect(
      people(
        'Shareholders in the packaging group Halvex voted down its pay report on Thursday, in a rebuke to chief executive Tom Vale.',
        'Chair Ana Roy told the meeting that the board heard the message.',
      ),
    ).toEqual([
      { name: 'Tom Vale', role: 'chief executive', affiliation: 'Halvex' },
      { name: 'Ana Roy', role: 'Chair', affiliation: 'Halvex' },
    ]);
  });

  it('takes no person from a company named for its trade ("Halvex Mobile")', () => {
    expect(
      people(
        'The regulator has fined Halvex Mobile €40 million over a data breach.',
        'Halvex Mobile said in a statement that it accepts the findings.',
        'Deputy Commissioner Ana Roy said the data was easy to read.',
      ),
    ).toEqual([{ name: 'Ana Roy', role: 'Deputy Commissioner', affiliation: null }]);
  });

  it.each(['Andes Tankers', 'Andes Carriers', 'Andes Ferries'])(
    'takes no person from a shipping company named as an owner is ("The owner, %s of Lima,")',
    (company) => {
      expect(
        people(
          'A tanker leaked 1,200 tonnes of oil off the coast of Lima after its hull cracked.',
          `The owner, ${company} of Lima, said it was cooperating with the authorities.`,
          'Environment minister Ana Roy said the owner would pay for the clean-up.',
        ),
      ).toEqual([{ name: 'Ana Roy', role: 'Environment minister', affiliation: null }]);
    },
  );

  it('takes no person from a body\'s branch or directorate, even after a word that is also a rank ("Marine Accident Investigation Branch")', () => {
    expect(
      people(
        'The Marine Accident Investigation Branch said it had sent a team to the island.',
        'Ana Roy, director of the Coastal Safety Directorate, said it would inspect the harbour.',
      ),
    ).toEqual([{ name: 'Ana Roy', role: 'director of the Coastal Safety Directorate', affiliation: null }]);
  });

  it('takes no person from the rest of a body\'s name a compass word opens ("Southern Lima Edison said")', () => {
    expect(people('Southern Lima Edison said it had cut power to 40,000 customers.', 'Greater Lima Mayor Ana Roy said crews were ready.')).toEqual([
      { name: 'Ana Roy', role: 'Mayor', affiliation: null },
    ]);
  });

  it('keeps the words that qualify a service\'s office ("chief medical officer", "battalion chief")', () => {
    expect(
      people(
        'The briefing was given by the chief medical officer, Professor Ana Roy, in Lima on Monday.',
        '"These are the worst conditions," Lima Fire battalion chief Tom Vale said.',
        'The chief nursing officer, Ivo Kant, was there.',
      ),
    ).toEqual([
      { name: 'Ana Roy', role: 'chief medical officer; Professor', affiliation: null },
      { name: 'Tom Vale', role: 'battalion chief', affiliation: 'Lima Fire' },
      { name: 'Ivo Kant', role: 'chief nursing officer', affiliation: null },
    ]);
  });

  it('reads a portfolio of two words whole ("Civil Protection Minister", "Civil Aviation Minister")', () => {
    expect(
      people('Civil Protection Minister Nikos Vale said 420 firefighters were deployed.', 'Civil Aviation Minister Ana Roy said flights resumed.'),
    ).toEqual([
      { name: 'Nikos Vale', role: 'Civil Protection Minister', affiliation: null },
      { name: 'Ana Roy', role: 'Civil Aviation Minister', affiliation: null },
    ]);
  });

  it('reads a plural owner\'s bare apostrophe as the owner: "the Philippines\' Foreign Secretary", "Lima Utilities\' Ana Roy"', () => {
    expect(people("The Philippines' Foreign Secretary Tomas Vale spoke.", "Lima Utilities' Ana Roy said spills fell.")).toEqual([
      { name: 'Tomas Vale', role: 'Foreign Secretary', affiliation: 'Philippines' },
      { name: 'Ana Roy', role: null, affiliation: 'Lima Utilities' },
    ]);
  });

  it('reads a one-word name whose shares the text trades as a company, not a person ("fish farmer Norvik … Norvik shares fell")', () => {
    expect(
      people(
        'Norwegian fish farmer Norvik reported an 18% fall in operating profit on Thursday.',
        'Chief Executive Ingrid Solberg said the company would cut costs by 500 million crowns.',
        'Norvik shares fell 4.2% by 1010 GMT.',
      ),
    ).toEqual([{ name: 'Ingrid Solberg', role: 'Chief Executive', affiliation: 'Norvik' }]);
    // … and so is a longer name with no office that opens with the traded one ("Norvik Appliances said …").
    expect(
      people(
        'Norvik Appliances said on Wednesday it would cut 3,200 jobs.',
        'Chief executive Ingrid Solberg told analysts the company had no choice.',
        'Norvik shares fell 5% in Stockholm.',
      ),
    ).toEqual([{ name: 'Ingrid Solberg', role: 'Chief executive', affiliation: 'Norvik Appliances' }]);
  });

  it("reads a player's seeding as her title ('beating second seed Ana Roy')", () => {
    expect(people('Ines Vale won her first title on Saturday, beating second seed Ana Roy 6-4, 7-5 in Lima.')).toContainEqual({
      name: 'Ana Roy',
      role: 'second seed',
      affiliation: null,
    });
  });

  it('reads "Professor Emeritus" and "Professor Emerita" as the title, not a given name', () => {
    expect(people('Professor Emeritus Gordon Rusk and Professor Emerita Ana Roy of Lima University spoke.')).toEqual([
      { name: 'Gordon Rusk', role: 'Professor Emeritus', affiliation: null },
      { name: 'Ana Roy', role: 'Professor Emerita', affiliation: 'Lima University' },
    ]);
  });

  it('reads "Country\'s acting Title Name" and "Title of Country Name"', () => {
    expect(people("Peru's acting Trade Minister Rosa Vidal spoke.")).toEqual([{ name: 'Rosa Vidal', role: 'acting Trade Minister', affiliation: 'Peru' }]);
    expect(people('He met Prime Minister of the United Kingdom David Cameron.')).toEqual([
      { name: 'David Cameron', role: 'Prime Minister', affiliation: 'United Kingdom' },
    ]);
  });

  it('reads appositives, with or without an article, and "Name of Country"', () => {
    expect(people("Talks were led by Mr. Hu Jintao, the President of the People's Republic of China.")).toEqual([
      { name: 'Hu Jintao', role: 'President', affiliation: 'China' },
    ]);
    expect(people('They met Olu Bello, secretary of the Defence Council of Nigeria, on Friday.')).toEqual([
      { name: 'Olu Bello', role: 'secretary of the Defence Council', affiliation: 'Nigeria' },
    ]);
    expect(people('National Security Adviser Ajit Doval of India attended.')).toEqual([
      { name: 'Ajit Doval', role: 'National Security Adviser', affiliation: 'India' },
    ]);
  });

  it('splits lists of titled people without gluing a name to the next title', () => {
    expect(
      people('The talks drew Home Secretary Theresa May, Defence Secretary Liam Fox and Foreign Secretary William Hague.').map((p) => [p.name, p.role]),
    ).toEqual([
      ['Theresa May', 'Home Secretary'],
      ['Liam Fox', 'Defence Secretary'],
      ['William Hague', 'Foreign Secretary'],
    ]);
    expect(people('Present were Kenyan Envoy Ann Otieno and Chilean Envoy Luis Rojas.').map((p) => [p.name, p.affiliation])).toEqual([
      ['Ann Otieno', 'Kenya'],
      ['Luis Rojas', 'Chile'],
    ]);
  });

  it('merges later mentions (surname, title + surname) into the full name and keeps every distinct role', () => {
    const found = people(
      'Brazilian senior diplomat Ana Souza opened the forum.',
      'Souza, director of the Office of Foreign Affairs, said ties were strong.',
      'Minister Souza later left.',
    );
    expect(found).toHaveLength(1);
    expect(found[0].name).toBe('Ana Souza');
    expect(found[0].role).toContain('director of the Office of Foreign Affairs');
    expect(found[0].role).toContain('senior diplomat');
  });

  it('takes an honorific as enough to know a person, and a fuller bare name later as their name', () => {
    expect(people('Mr Medvedev had a series of meetings.').map((p) => p.name)).toEqual(['Medvedev']);
    expect(people('President Biden spoke first.', 'Joe Biden then left for Ohio.').map((p) => p.name)).toEqual(['Joe Biden']);
  });

  it('keeps initials and honorifics inside the name and reads the title before them', () => {
    expect(people('Secretary Antony J. Blinken met External Affairs Minister Dr. S. Jaishankar of India.')).toEqual([
      { name: 'Antony J. Blinken', role: 'Secretary', affiliation: null },
      { name: 'S. Jaishankar', role: 'External Affairs Minister', affiliation: 'India' },
    ]);
  });

  it('does not read the previous person in a list as a title set off before the next', () => {
    const found = people('Wang met Secretary of the Supreme Council Ali Ahmadian, Celso Amorim, chief advisor of the Presidency of Brazil, and others.');
    expect(found).toEqual([
      { name: 'Ali Ahmadian', role: 'Secretary of the Supreme Council', affiliation: null },
      { name: 'Celso Amorim', role: 'chief advisor of the Presidency', affiliation: 'Brazil' },
    ]);
  });

  it('reads a title set off before the name, a relative clause, and a country in parentheses', () => {
    expect(people('Talks were joined by the Kenyan president, William Ruto, who is also chairperson of the African Union.')).toEqual([
      { name: 'William Ruto', role: 'chairperson of the African Union; president', affiliation: 'Kenya' },
    ]);
    expect(people('Attending were Foreign Minister Amina Diallo (Senegal) and others.')).toEqual([
      { name: 'Amina Diallo', role: 'Foreign Minister', affiliation: 'Senegal' },
    ]);
    expect(people('He met the Prime Minister of Australia, Mr Anthony Albanese, in Delhi. Minister Smt. Nirmala Sitharaman also attended.')).toEqual([
      { name: 'Anthony Albanese', role: 'Prime Minister', affiliation: 'Australia' },
      { name: 'Nirmala Sitharaman', role: 'Minister', affiliation: null },
    ]);
  });

  it('moves a formal state name ("the Socialist Republic of Viet Nam") into the affiliation', () => {
    expect(people('H.E. Mr. Bui Thanh Son, Minister of Foreign Affairs of the Socialist Republic of Viet Nam, spoke.')).toEqual([
      { name: 'Bui Thanh Son', role: 'Minister of Foreign Affairs', affiliation: 'Vietnam' },
    ]);
  });

  it('keeps name particles and takes an organisation that opens a title as the affiliation', () => {
    expect(people('European Commission President Ursula von der Leyen met NATO Secretary-General Mark Rutte.')).toEqual([
      { name: 'Ursula von der Leyen', role: 'President', affiliation: 'European Commission' },
      { name: 'Mark Rutte', role: 'Secretary-General', affiliation: 'NATO' },
    ]);
  });

  it('reads an office named by its field in common words ("UN relief chief"), and no country from a relative clause', () => {
    expect(people('The council heard a briefing from UN relief chief Tom Vale, who said 25 million people in Sudan needed aid.')).toEqual([
      { name: 'Tom Vale', role: 'relief chief', affiliation: 'UN' },
    ]);
    expect(people('The council heard from Minister Ana Lima, who said 25 million people in Sudan needed aid.')).toEqual([
      { name: 'Ana Lima', role: 'Minister', affiliation: null },
    ]);
  });

  it('does not take the end of a body’s name after its "and" for a person, and reads "lead author" as a title', () => {
    expect(
      people(
        '"We have seen protection last a full season," said lead author Dr Ana Lima.',
        'Professor Tom Vale of the Lima School of Hygiene and Tropical Medicine said results might be lower elsewhere.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Lima', 'lead author'],
      ['Tom Vale', 'Professor'],
    ]);
  });

  it('reads stacked offices in one appositive, and a full name that holds talks as a person', () => {
    const found = people(
      'Ana Lima, Member of the Political Bureau, Director of the Office of Foreign Affairs, met Vladimir Putin.',
      'Vladimir Putin held talks with her.',
    );
    expect(found.map((p) => p.name)).toEqual(['Ana Lima', 'Vladimir Putin']);
    expect(found[0].role).toContain('Member of the Political Bureau');
    expect(found[0].role).toContain('Director of the Office of Foreign Affairs');
    expect(people('Morning rain held up the motorcade.')).toEqual([]);
  });

  it('ends an appositive at the reporting verb when no comma closes it', () => {
    const [found] = people(
      'Ana Lima, member of the Political Bureau and director of the Office for Foreign Affairs said at the meeting that security matters.',
    );
    expect(found.role).toBe('member of the Political Bureau and director of the Office for Foreign Affairs');
  });

  it('does not take places, organisations or events for people', () => {
    expect(people('The meeting in Johannesburg, South Africa, was held at the White House of the Friends of BRICS Summit.')).toEqual([]);
  });
});

describe('who took part', () => {
  it('leaves out people who did not participate, skipped it, or are named as former office-holders', () => {
    expect(
      participants(
        'Nepalese Foreign Minister Hari Gyawali took part.',
        "Pakistan's Foreign Minister Ali Qureshi, however, did not participate in the talks.",
        'It was a meeting that former US President Donald Trump had reportedly skipped.',
      ),
    ).toEqual(['Hari Gyawali']);
  });

  it('leaves out spokespeople who speak about the event', () => {
    expect(participants('President Joe Biden hosted the talks, White House press secretary Karine Jean-Pierre said.')).toEqual(['Joe Biden']);
  });

  it("leaves out those met at a meeting someone travels on to after the news, not those of a preview's lead", () => {
    expect(
      participants(
        "Peru's President Ana Roy and Chile's President Tom Vale held annual summit talks in Lima on Saturday.",
        'They signed five agreements.',
        "Roy arrived in Lima on Friday and leaves for Quito on Sunday for a meeting of Andean leaders with Bolivia's Ivo Kant and Ecuador's President Lia Mora.",
      ),
    ).toEqual(['Ana Roy', 'Tom Vale']);
    expect(participants("Peru's President Ana Roy leaves for Quito on Sunday for a meeting with Ecuador's President Lia Mora.")).toEqual([
      'Ana Roy',
      'Lia Mora',
    ]);
  });

  it('keeps former officials who were given sentences: defendants, not named for context', () => {
    expect(
      participants(
        'A former health minister was sentenced on Thursday to seven years in prison.',
        'Two former ministry officials, Ana Roy and Tom Vale, were given five-year sentences.',
      ),
    ).toEqual(['Ana Roy', 'Tom Vale']);
  });

  it('leaves out one whose greetings or message another brought', () => {
    expect(
      participants(
        "Peru's Foreign Minister Ana Roy held talks with Chile's Foreign Minister Tom Vale in Lima on Monday.",
        'Roy also called on President Ivo Kant and conveyed the greetings of Prime Minister Lia Mora.',
      ),
    ).toEqual(['Ana Roy', 'Tom Vale', 'Ivo Kant']);
  });

  it('leaves out one to whom greetings were sent from afar, not one met who was also greeted', () => {
    expect(
      participants(
        "Peru's Foreign Minister Ana Roy held talks with Chile's Foreign Minister Tom Vale in Lima on Monday.",
        'Roy conveyed the greetings of President Lia Mora to Chilean President Ivo Kant and said Peru valued its ties with Chile.',
      ),
    ).toEqual(['Ana Roy', 'Tom Vale']);
    for (const wishes of ['the greetings', 'the best wishes', 'the regards', 'the congratulations'])
      expect(
        participants(
          "Peru's Foreign Minister Ana Roy held talks with Chile's Foreign Minister Tom Vale in Lima on Monday.",
          `Roy conveyed ${wishes} of President Lia Mora to Chilean President Ivo Kant.`,
        ),
        wishes,
      ).toEqual(['Ana Roy', 'Tom Vale']);
    expect(
      participants(
        'Foreign Minister Ana Roy met President Ivo Kant in Quito on Monday.',
        'Roy conveyed the greetings of President Lia Mora to President Ivo Kant.',
      ),
    ).toEqual(['Ana Roy', 'Ivo Kant']);
  });

  it('reads no person in the words of a place after an office ("abbot of Wat Pa Kittayan")', () => {
    expect(
      participants(
        'Among those taking part were Rabbi Ana Roy, senior rabbi of a congregation in Lima; and the Venerable Phra Tom Vale, abbot of Wat Pa Kittayan in northern Thailand.',
      ),
    ).toEqual(['Ana Roy', 'Tom Vale']);
  });

  it('leaves out someone whose visit was called off', () => {
    expect(participants('Chancellor Olaf Scholz attended.', "Officials said Indian Prime Minister Ravi Rao's visit was postponed.")).toEqual(['Olaf Scholz']);
  });
});

describe('a full name with no office, known by what only a person does', () => {
  const names = (...paragraphs: string[]) => findPeople(sentencesOf(...paragraphs)).map((p) => p.name);

  it('reads a name that dies as a person\'s ("Ana Vale has died at 88", "Tom Roy died on Monday")', () => {
    expect(names('Ana Vale has died at 88 in Lima, her family said on Monday.')).toEqual(['Ana Vale']);
    expect(names('Tom Roy died on Monday in Lima, his family said.')).toEqual(['Tom Roy']);
  });

  it('reads a name set off by a short description, then a verb of speaking ("Ana Vale, a neighbour, said …")', () => {
    expect(names('Ana Vale, a neighbour, said the man had lived there for years.')).toEqual(['Ana Vale']);
    expect(names('Tom Roy has died at 88. Ivo Kant, his son, said he died at home.')).toEqual(['Tom Roy', 'Ivo Kant']);
  });

  it('reads a name set off by commas before "said" ("…, his daughter, Eva Roy, said …"), not a place\'s ("in Lima, Santa Ana, said")', () => {
    expect(names('Tom Roy has died at 88. He died at home, his daughter, Eva Kant, said in a statement.')).toEqual(['Tom Roy', 'Eva Kant']);
    expect(names('The talks were held in Lima, Santa Ana, said officials.')).toEqual([]);
  });

  it('reads a name a clause of "who" describes as only a person is ("…, who had held the post", "…, who also holds British citizenship")', () => {
    expect(names('The premier named Ana Vale as finance minister, replacing Tom Roy, who had held the post since 2024.')).toEqual(['Ana Vale', 'Tom Roy']);
    expect(names('The freed men included Ivo Kant, who also holds British citizenship.')).toEqual(['Ivo Kant']);
    expect(names('Lia Mora, who was born in Lima, won the prize.')).toEqual(['Lia Mora']);
    // (Sports pages write "who" of a team: no clause of a person's there.)
    expect(names('Aston Villa, who had lost twice, won 2-0.', 'Real Madrid, who sacked their coach in May, drew.')).toEqual([]);
  });

  it('reads a name whose clause of "who" is followed by a verb of speaking ("Ana Vale, who has run the firm since 2019, told …")', () => {
    expect(names('Ana Vale, who has run the firm since 2019, told reporters the deal was done.')).toEqual(['Ana Vale']);
    expect(names('Lima Rovers, who have won twice, play on Sunday.')).toEqual([]);
  });

  it('reads an occupation, a trade or one country\'s own office before a name as its role ("environmentalist Ivo Kant", "Tánaiste")', () => {
    expect(people('The freed men included environmentalist Ivo Kant and epidemiologist Lia Mora.')).toEqual([
      { name: 'Ivo Kant', role: 'environmentalist', affiliation: null },
      { name: 'Lia Mora', role: 'epidemiologist', affiliation: null },
    ]);
    // (… and an office of one country's own, in its own spelling: "Irish Tánaiste Ana Roy".)
    expect(people('Irish Tánaiste Lia Mora joined the talks.')).toEqual([{ name: 'Lia Mora', role: 'Tánaiste', affiliation: 'Ireland' }]);
    expect(people('The findings were published by Ombudsman Tom Vale on Monday.').map((p) => p.role)).toEqual(['Ombudsman']);
    expect(people('Czech player Ivo Kant won his first title on Sunday.')).toEqual([{ name: 'Ivo Kant', role: 'player', affiliation: 'Czech Republic' }]);
    // (… and what someone was when it happened: "Passenger Ana Roy", not a name "Passenger Ana Roy".)
    expect(people('Passenger Lia Mora, 42, said she saw flames from her window.')).toEqual([{ name: 'Lia Mora', role: 'Passenger', affiliation: null }]);
    // (… a trade's plural over a list of names: each is one.)
    expect(people('Former traders Ana Roy and Tom Vale received four years and three years respectively.').map((p) => [p.name, p.role])).toEqual([
      ['Ana Roy', 'Former trader'],
      ['Tom Vale', 'Former trader'],
    ]);
  });
});

describe('names that look like something else', () => {
  it('reads a one-word country name ending a name ("Luís Montenegro") and a joined particle ("Shams al-Din Kabbashi")', () => {
    expect(people('Prime Minister Luís Montenegro congratulated the mayor.', 'Lieutenant General Shams al-Din Kabbashi led the army delegation.')).toEqual([
      { name: 'Luís Montenegro', role: 'Prime Minister', affiliation: null },
      { name: 'Shams al-Din Kabbashi', role: 'Lieutenant General', affiliation: null },
    ]);
    // A later mention without the particle is the same person.
    expect(people('President Abdel Fattah el-Sisi met the envoy.', 'Sisi said the talks went well.').map((p) => p.name)).toEqual(['Abdel Fattah el-Sisi']);
    // The country stays a country where it opens the next words or follows a comma.
    expect(people('Foreign Minister Ana Roy, Peru and Chile signed.').map((p) => p.name)).toEqual(['Ana Roy']);
  });

  it('reads an absence told in a relative clause of someone else\'s office as theirs ("came in place of his minister, who stayed home")', () => {
    expect(
      how(
        "Peru's trade minister, Tom Vale, attended in place of his prime minister, who stayed in Lima for a budget vote.",
        'Chile sent its envoy, Ana Roy, in place of their president, who did not attend.',
        "Bolivia's envoy, Lia Mora, came in place of her minister, who did not attend.",
        'The Andes Bank sent its deputy governor, Ivo Kant, in place of its governor, who did not attend.',
      ),
    ).toEqual([
      ['Tom Vale', 'stand-in'],
      ['Ana Roy', 'stand-in'],
      ['Lia Mora', 'stand-in'],
      ['Ivo Kant', 'stand-in'],
    ]);
  });

  it('takes no one whose act is still awaited as taking part ("once President Ana Roy signs it")', () => {
    expect(
      participants(
        'The Lima council passed the media rule 9-0 on Tuesday. It takes effect on 1 March, once President Ana Roy signs it.',
        'Councillor Tom Vale said the rule was fair. The rule waits until the governor, Ivo Kant, approves it.',
      ),
    ).toEqual(['Tom Vale']);
    // (One who signed it took part: "Once President Ana Roy signed it, …".)
    expect(participants('Once President Ana Roy signed the rule, Councillor Tom Vale praised it.')).toEqual(['Ana Roy', 'Tom Vale']);
  });

  it('reads a surname that is a place\'s or a body\'s word ("Ana Street", "Tom Hall") after an office or an honorific', () => {
    expect(
      people(
        "Peru's trade minister, Ana Street, welcomed the deal.",
        'Health Secretary Tom Hall said the plan would work. Ms Lia Day agreed, and Mayor Ivo North, Dr. Eva West and Judge Leo Post did too.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Street', 'trade minister'],
      ['Tom Hall', 'Health Secretary'],
      ['Lia Day', null],
      ['Ivo North', 'Mayor'],
      ['Eva West', null],
      ['Leo Post', 'Judge'],
    ]);
    // (Not a place's name, with no office before it, nor one that goes on: "Carnegie Hall", "North Korea".)
    expect(people('Carnegie Hall said the concert would go ahead.', 'Minister Ana North Korea said trade fell.').map((p) => p.name)).toEqual([]);
  });

  it('reads the country an office is held in for a body as no affiliation ("the UN\'s envoy in Peru" is the UN\'s)', () => {
    expect(
      people(
        "The World Health Organization's representative in Peru, Tom Vale, said the outbreak was serious.",
        "The UN envoy in Bolivia, Lia Mora, said talks would resume. Chile's ambassador in Peru, Ivo Kant, agreed.",
      ),
    ).toEqual([
      { name: 'Tom Vale', role: 'representative in Peru', affiliation: 'World Health Organization' },
      { name: 'Lia Mora', role: 'envoy in Bolivia', affiliation: 'UN' },
      { name: 'Ivo Kant', role: 'ambassador in Peru', affiliation: 'Chile' },
    ]);
  });

  it('reads a country\'s people in the plural as no name ("the two Peruvians, a first secretary and an attaché,")', () => {
    expect(people('Ecuador said the two Peruvians, a first secretary and a military attaché, had been told to leave.')).toEqual([]);
    expect(people('Five Chileans, including businessman Tom Vale, were freed.')).toEqual([{ name: 'Tom Vale', role: 'businessman', affiliation: null }]);
  });

  it('ends an office at a person named with their country before "and" ("Prince X of Jordan and UCI president Y")', () => {
    expect(people('Candidates included Prince Omar Al Nasser of Jordan and UCI president Luc Ferrand of France.')).toEqual([
      { name: 'Omar Al Nasser', role: 'Prince', affiliation: 'Jordan' },
      { name: 'Luc Ferrand', role: 'UCI president', affiliation: 'France' },
    ]);
  });

  it('reads a word of a country\'s longer name inside a name ("Ana Lucia Reis"), and the place after "Mayor X of" as no person', () => {
    expect(
      people(
        "Mayor Tom Vale of Porto Velho signed the agreement in the presence of Brazil's ambassador to Norway, Ana Lucia Reis.",
        'Minister Rui Costa of Costa Rica welcomed it.',
      ),
    ).toEqual([
      { name: 'Tom Vale', role: 'Mayor', affiliation: null },
      { name: 'Ana Lucia Reis', role: 'ambassador to Norway', affiliation: 'Brazil' },
      { name: 'Rui Costa', role: 'Minister', affiliation: 'Costa Rica' },
    ]);
  });

  it('reads a common word in capitals before an office as the acronym of a body ("WHO Director-General"), not a short one ("IT minister")', () => {
    expect(people('WHO Director-General Ana Roy said the outbreak was worrying.', 'IT minister Tom Vale said the network held.')).toEqual([
      { name: 'Ana Roy', role: 'Director-General', affiliation: 'WHO' },
      { name: 'Tom Vale', role: 'minister', affiliation: null },
    ]);
  });

  it('reads "Under Secretary" whole, and the country of "The U.S. delegation was led by"', () => {
    expect(people('The U.S. delegation was led by Under Secretary of State Ana Roy.', 'The plan was drawn up under Secretary Tom Vale.')).toEqual([
      { name: 'Ana Roy', role: 'Under Secretary of State', affiliation: 'United States' },
      { name: 'Tom Vale', role: 'Secretary', affiliation: null },
    ]);
    // (Written both ways in one report, it is one office: "Undersecretary of Defense for Policy" holds "Under Secretary of Defense".)
    expect(
      people(
        'Washington sent Under Secretary of Defense Ivo Kant in her place.',
        'Ivo Kant, the Undersecretary of Defense for Policy, said the alliance was strong.',
      ).map((p) => p.role),
    ).toEqual(['Undersecretary of Defense for Policy']);
  });

  it('reads a science\'s practitioner opening a sentence before a name as the office ("Volcanologist Dr Ana Roy said …")', () => {
    expect(people('Volcanologist Dr Ana Roy said the eruption could go on for weeks.').map((p) => p.role)).toEqual(['Volcanologist']);
  });

  it('keeps the words that say which office it is ("the parliamentary standards commissioner, X", "the ethics adviser, X")', () => {
    expect(
      people(
        'The inquiry, led by the parliamentary standards commissioner, Ana Roy, found the rules were broken.',
        'The ethics adviser, Tom Vale, agreed.',
      ).map((p) => p.role),
    ).toEqual(['parliamentary standards commissioner', 'ethics adviser']);
  });

  it.each([
    ['London and Los Angeles said they would review the pledge.'],
    ['Buenos Aires and Tel Aviv said they would sign next year.'],
    ['Delegates from Rio de Janeiro said the plan went too far.'],
    ['Kuala Lumpur, Abu Dhabi and Addis Ababa have already signed.'],
  ])('takes no city of several words for a person: %s', (sentence) => {
    expect(people('Mayor Ana Roy hosted the meeting.', sentence).map((p) => p.name)).toEqual(['Ana Roy']);
  });

  it('keeps a person whose name only starts like a city\'s ("Santa Maria Vale" is no "Santa Cruz")', () => {
    expect(people('Councillor Santa Maria Vale and Mayor Ana Roy of Los Angeles said they would sign.').map((p) => p.name)).toEqual([
      'Santa Maria Vale',
      'Ana Roy',
    ]);
  });

  it('takes no body counted by its members for a person ("the five-member Andean Fuel Compact")', () => {
    expect(
      people(
        'Finance ministers of the five-member Andean Fuel Compact agreed on Thursday to raise the duty on diesel.',
        'Ana Roy said the rise was small.',
      ).map((p) => p.name),
    ).toEqual(['Ana Roy']);
    // (… nor one told of by what it does, "the five-nation Andean Fuel Compact met".)
    expect(people('Delegates of the five-nation Andean Fuel Compact met on Thursday.', 'Ana Roy said the rise was small.').map((p) => p.name)).toEqual([
      'Ana Roy',
    ]);
  });

  it('takes no body for a person ("the WTO\'s Appellate Body", "the Dispute Panel")', () => {
    expect(people("The WTO's Appellate Body has had no members since 2019.", 'Ana Roy said the Dispute Panel was wrong.').map((p) => p.name)).toEqual([
      'Ana Roy',
    ]);
  });
});

describe('a plural office over a list of names', () => {
  it('reaches a name of the list with an honorific before it ("directors Ana Roy and Dr Tom Vale")', () => {
    expect(people('Non-executive directors Ana Roy and Dr Tom Vale voted against.')).toEqual([
      { name: 'Ana Roy', role: 'Non-executive director', affiliation: null },
      { name: 'Tom Vale', role: 'Non-executive director', affiliation: null },
    ]);
  });

  it('gives one named by their country alone the office a plural title over a list of countries gave', () => {
    expect(
      people(
        'The prime ministers of Peru, Chile and Bolivia agreed on Monday to pool surveillance of their cables.',
        "Peru's Ana Roy hosted the meeting. Chile's Tom Vale attended in person.",
      ),
    ).toEqual([
      { name: 'Ana Roy', role: 'prime minister', affiliation: 'Peru' },
      { name: 'Tom Vale', role: 'prime minister', affiliation: 'Chile' },
    ]);
    expect(people('Ana Roy announced the deal alongside the presidents of Peru, Chile and Bolivia.', "Chile's Tom Vale said it was fair.")).toEqual([
      { name: 'Ana Roy', role: null, affiliation: null },
      { name: 'Tom Vale', role: 'president', affiliation: 'Chile' },
    ]);
    // (Not of a country the list leaves out, nor of a list of no countries.)
    expect(people('The leaders of 18 forum members met in Lima.', "Ecuador's Ivo Kant spoke.")).toEqual([
      { name: 'Ivo Kant', role: null, affiliation: 'Ecuador' },
    ]);
  });

  it('reads a kind\'s word that only opens a sentence ("Museum director Ana Roy") as part of the office when no such body is named', () => {
    expect(people('Three paintings were stolen from a museum in Lima on Sunday.', 'Museum director Ana Roy said the alarm had worked.')).toEqual([
      { name: 'Ana Roy', role: 'Museum director', affiliation: null },
    ]);
    // (A body of the kind named, the office is of it.)
    expect(
      people('Three paintings were stolen from the Lima Art Museum on Sunday.', 'Museum director Ana Roy said the alarm had worked.').map((p) => p.affiliation),
    ).toEqual(['Lima Art Museum']);
    // (… and one the text calls "the Museum" inside a sentence is a body's name.)
    expect(
      people('Three paintings were stolen from the Museum on Sunday.', 'Museum director Ana Roy said the alarm had worked.').map((p) => p.affiliation),
    ).toEqual(['Museum']);
  });

  it("reads an opposition's critic for a portfolio as a title", () => {
    expect(people('Foreign affairs critic Ana Roy said the move was a gift to the government.')).toEqual([
      { name: 'Ana Roy', role: 'Foreign affairs critic', affiliation: null },
    ]);
  });

  it('reads a grandmaster as a title, with the country before it', () => {
    expect(people('Peruvian grandmaster Ana Roy won the final.')).toEqual([{ name: 'Ana Roy', role: 'grandmaster', affiliation: 'Peru' }]);
  });

  it('gives each name the office, made singular', () => {
    expect(
      people(
        'Foreign Ministers Wang Yi and Sergei Lavrov met on Monday.',
        'Deputy Governors Ana Roy, Tom Vale and Lee Kim voted to hold, as did external members Rosa Diaz and Tomas Ruiz.',
      ),
    ).toEqual([
      { name: 'Wang Yi', role: 'Foreign Minister', affiliation: null },
      { name: 'Sergei Lavrov', role: 'Foreign Minister', affiliation: null },
      { name: 'Ana Roy', role: 'Deputy Governor', affiliation: null },
      { name: 'Tom Vale', role: 'Deputy Governor', affiliation: null },
      { name: 'Lee Kim', role: 'Deputy Governor', affiliation: null },
      { name: 'Rosa Diaz', role: 'external member', affiliation: null },
      { name: 'Tomas Ruiz', role: 'external member', affiliation: null },
    ]);
  });

  it('but a name after a singular office and "and" is not given it (and is still a name, not the end of a body\'s)', () => {
    expect(people('Foreign Minister Ana Roy and Tom Vale met on Monday.')).toEqual([
      { name: 'Ana Roy', role: 'Foreign Minister', affiliation: null },
      { name: 'Tom Vale', role: null, affiliation: null },
    ]);
  });
});

describe("a ministers' meeting with its lists and its stand-ins", () => {
  const text = [
    'The meeting was attended by foreign ministers Ana Roy of Ecuador, Tom Vale of Peru and Lee Kim of Bolivia.',
    'Colombia was represented by its vice foreign minister, Juan Diaz, as Foreign Minister Luis Mora was travelling in Asia.',
    "Also present were Quito's mayor, Pablo Ruiz, and the secretary-general of the Andean Community, Rosa Soto.",
    'Chile, an associate member, sent its ambassador in Quito, Marta Gil, as an observer.',
  ];
  const found = () => findPeople(sentencesOf(...text)).map((p) => [p.name, p.roles.join('; '), p.affiliation, p.participation]);

  it("gives each name of a plural office's list its office and country", () => {
    expect(found().slice(0, 3)).toEqual([
      ['Ana Roy', 'foreign minister', 'Ecuador', 'present'],
      ['Tom Vale', 'foreign minister', 'Peru', 'present'],
      ['Lee Kim', 'foreign minister', 'Bolivia', 'present'],
    ]);
  });

  it('reads "was travelling" as away, the next list item as no appositive, and an observer sent as no stand-in', () => {
    const rest = found().slice(3);
    expect(rest).toContainEqual(['Luis Mora', 'Foreign Minister', 'Colombia', 'absent']);
    expect(rest).toContainEqual(['Pablo Ruiz', 'mayor', 'Quito', 'present']);
    expect(rest).toContainEqual(['Marta Gil', 'ambassador in Quito', 'Chile', 'present']);
  });

  it('reads the side a country\'s head of talks led, a family name "He" after an office, and those whose approval is needed as absent', () => {
    const people = findPeople(
      sentencesOf(
        'Trade negotiators from Peru and China ended two days of talks in Lima on Tuesday.',
        'The Peruvian side was led by Trade Minister Ana Roy. The Chinese delegation was headed by Vice Premier He Ivo.',
        'Roy said the framework now needed the approval of Presidents Tom Vale and Lia Mora.',
      ),
    );
    expect(participantsOf(people).map((p) => [p.name, p.roles.join('; '), p.affiliation])).toEqual([
      ['Ana Roy', 'Trade Minister', 'Peru'],
      ['He Ivo', 'Vice Premier', 'China'],
    ]);
  });

  it('reads "its envoy X" as the envoy of the country the sentence opens with', () => {
    expect(
      findPeople(sentencesOf('Peru, which left the pact in 2018, took part indirectly, with its envoy Ana Roy staying in another hotel.')).map((p) => [
        p.name,
        p.affiliation,
      ]),
    ).toEqual([['Ana Roy', 'Peru']]);
  });

  it('reads a country that "took part … through its ambassador, X" as the one X stood in for', () => {
    const people = findPeople(
      sentencesOf('Foreign ministers met in Lima on Thursday.', 'Chile took part by video link through its ambassador to the council, Ana Roy.'),
    ).map((p) => [p.name, p.roles.join('; '), p.affiliation, p.participation]);
    expect(people).toEqual([['Ana Roy', 'ambassador to the council', 'Chile', 'stand-in']]);
  });
});

describe('a country that sent someone through its government', () => {
  it('gives the one sent the country whose government sent them ("Peru\'s interim government sent …")', () => {
    expect(
      affiliations(
        'Andes leaders met in Quito on Friday.',
        "Peru's interim government sent a senior foreign ministry official, Tom Vale, instead of a minister.",
      ),
    ).toEqual([['Tom Vale', 'Peru']]);
  });

  it('gives the one sent the country whose leader, named by office alone, sent them ("Peru\'s prime minister sent his …")', () => {
    for (const office of ['president', 'prime minister', 'premier', 'chancellor', 'king', 'emir'])
      expect(affiliations('Andes leaders met in Quito on Friday.', `Peru's ${office} sent his foreign minister, Tom Vale, in his place.`), office).toEqual([
        ['Tom Vale', 'Peru'],
      ]);
  });
});

describe('one who missed a part of the gathering', () => {
  it('reads one who "did not attend the second day" (the closing session, …) as taking part, not as absent', () => {
    const parts = ['second day', 'third day', 'final day', 'last day', 'closing session', 'opening session', 'afternoon session', 'evening sitting'];
    const negators = ['did not', "didn't", 'could not', "couldn't", 'was unable to', 'were unable to'];
    for (const [i, part] of parts.entries())
      for (const verb of ['attend', 'join']) {
        const negator = negators[i % negators.length];
        expect(
          how('Andes ministers met in Quito on Friday.', `Peru's minister, Ana Roy, ${negator} ${verb} the ${part} because of a vote in Lima.`),
          `${negator} ${verb} the ${part}`,
        ).toEqual([['Ana Roy', 'present']]);
      }
    // (… though not attending the meeting itself is an absence.)
    expect(how('Andes ministers met in Quito on Friday.', "Peru's minister, Ana Roy, did not attend the meeting because of a vote in Lima.")).toEqual([
      ['Ana Roy', 'absent'],
    ]);
  });
});

describe('a clause of another after a name', () => {
  it('reads how another took part, in a clause of its own, as no part of the name\'s ("…, and Chile\'s president joined by video")', () => {
    for (const joint of ['and', 'while'])
      expect(
        how(
          'Andes leaders met in Quito on Friday.',
          `Peru's foreign minister, Tom Vale, attended in person, ${joint} Chile's president joined one session by video.`,
        ),
        joint,
      ).toEqual([['Tom Vale', 'present']]);
    // (… named with "the": ", and the Andes Bank's president joined by video".)
    expect(
      how('Andes leaders met in Quito on Friday.', "Peru's foreign minister, Tom Vale, attended in person, and the Andes Bank's president joined by video."),
    ).toEqual([['Tom Vale', 'present']]);
  });
});

/** Whose an absence is, as the sentences say it: each case, its sentences, and who was found and how they took part. */
const ABSENCES: Array<[string, string[], string[][]]> = [
  [
    'is no one\'s who took part before withdrawing ("joined by video link from Lima and also withdrew")',
    [
      'Leaders of three nations walked out of the Andes forum on Wednesday.',
      "Peru's President Ana Roy joined the summit by video link from Lima and also withdrew.",
      "Chile's President Tom Vale withdrew from the summit on Tuesday.",
    ],
    [
      ['Ana Roy', 'remote'],
      ['Tom Vale', 'absent'],
    ],
  ],
  [
    'of a surname is the surname\'s, not the stand-in\'s named just before it ("…, Tom Vale, as Roy was ill")',
    [
      "Attending were Peru's Foreign Minister Ana Roy and Chile's Foreign Minister Lee Kim.",
      'Peru was represented by its state secretary, Tom Vale, as Roy was ill.',
    ],
    [
      ['Ana Roy', 'absent'],
      ['Lee Kim', 'present'],
      ['Tom Vale', 'stand-in'],
    ],
  ],
  [
    'of several named together is every name of the subject\'s, and "had been due to attend" is one',
    [
      'The Andes summit, due to open in Lima on Monday, has been postponed after a storm, Secretary General Ivo Kant said.',
      "Peruvian President Ana Roy and Chile's Tom Vale had been due to attend.",
    ],
    [
      ['Ivo Kant', 'present'],
      ['Ana Roy', 'absent'],
      ['Tom Vale', 'absent'],
    ],
  ],
  [
    'is that of one who says it of themselves ("X said in a video that he would not attend")',
    [
      'Talks between Peru and the Lima Front opened in Geneva on Monday, mediator Ana Roy said.',
      "The front's military commander, Tom Vale, said in a video posted online that he would not attend while the shelling continued.",
    ],
    [
      ['Ana Roy', 'present'],
      ['Tom Vale', 'absent'],
    ],
  ],
  [
    'is not that of one who says it of another',
    ['Mediator Ana Roy told reporters that Commander Tom Vale would not attend.'],
    [
      ['Ana Roy', 'present'],
      ['Tom Vale', 'absent'],
    ],
  ],
  [
    'is that of one named after "declined to invite", not of one named after a clause of another kind',
    [
      'Peru was represented by a senior official, Tom Vale, after the bloc again declined to invite junta leader Ana Roy.',
      'The home secretary was disinvited after Mr Ivo Kant made a letter public.',
    ],
    [
      ['Tom Vale', 'stand-in'],
      ['Ana Roy', 'absent'],
      ['Ivo Kant', 'present'],
    ],
  ],
  [
    'is not that of one who refused to join a consensus, which is no staying away',
    ["The conference ended on Saturday without a deal after Peru's trade minister, Ana Roy, refused to join a consensus."],
    [['Ana Roy', 'present']],
  ],
  [
    'is not that of one named in another clause',
    ['Minister Ana Roy met the press, but Prime Minister Tom Vale did not attend.'],
    [
      ['Ana Roy', 'present'],
      ['Tom Vale', 'absent'],
    ],
  ],
];

describe('an absence', () => {
  it.each(ABSENCES)('%s', (_what, paragraphs, expected) => {
    expect(how(...paragraphs)).toEqual(expected);
  });
});

describe("national offices in a report about one country's government", () => {
  const home = (...texts: string[]) => {
    const s = sentencesOf(...texts);
    const found = findPeople(s);
    homeCountryOffices(found, s);
    return found.map((p) => [p.name, p.affiliation]);
  };

  it("are that country's when no other is named, and not a visit's guests' nor a company's", () => {
    expect(
      home(
        "Peru's centre-right government collapsed on Thursday after losing a confidence vote in parliament.",
        "Lawmakers voted 78-0 to dismiss Prime Minister Ana Roy's cabinet.",
        'President Tom Vale will meet party leaders on Friday.',
        'Chief executive Ivo Kant said markets were calm.',
      ),
    ).toEqual([
      ['Ana Roy', 'Peru'],
      ['Tom Vale', 'Peru'],
      // (An office that is no nation's is left alone.)
      ['Ivo Kant', null],
    ]);
    expect(
      home('The Peruvian government welcomed President Tom Vale on Monday at the start of a state visit.', 'Vale said the visit would deepen ties.'),
    ).toEqual([['Tom Vale', null]]);
    expect(home("Peru's government said on Thursday it would host talks with Chile.", 'Prime Minister Ana Roy said the talks would open in May.')).toEqual([
      ['Ana Roy', null],
    ]);
  });
});

describe('titles with a body in them', () => {
  it('reads a journal as no person, and a body named in plain words before an office whole', () => {
    expect(
      people(
        'Astronomers found water vapour, a study published on Monday in Andes Astronomy said.',
        'Local business association chair Tom Vale said members would appeal.',
      ),
    ).toEqual([{ name: 'Tom Vale', role: 'business association chair', affiliation: null }]);
  });

  it("reads a firm of analysts as no person, and a detective's rank whole", () => {
    expect(people('Analysts at Kiwa Securities said the price was low.', 'Detective Inspector Ana Roy said the case was closed.')).toEqual([
      { name: 'Ana Roy', role: 'Detective Inspector', affiliation: null },
    ]);
  });

  it('keeps the body a lowercase title names ("student union president", "board member")', () => {
    expect(people('A motion from the student union president, Tomás Vale, was defeated.', 'Board member Ana Roy voted against.')).toEqual([
      { name: 'Tomás Vale', role: 'student union president', affiliation: null },
      { name: 'Ana Roy', role: 'Board member', affiliation: null },
    ]);
    // (… and a meeting's: the conference president is no country's president.)
    expect(people('"This is a step," said the conference president, Lia Mora.', 'The summit chair, Ivo Kant, closed the talks.')).toEqual([
      { name: 'Lia Mora', role: 'conference president', affiliation: null },
      { name: 'Ivo Kant', role: 'summit chair', affiliation: null },
    ]);
    // (… and an office held over a span now closed is a former one: ", who was mayor from 2013 to 2020,"; one held at the
    // event is not: ", who was chairman of the meeting,".)
    expect(
      people('Ana Roy, who was mayor from 2013 to 2020, was convicted of fraud.', 'Tom Vale, who was chairman of the meeting, said the deal was fair.'),
    ).toEqual([
      { name: 'Ana Roy', role: 'former mayor', affiliation: null },
      { name: 'Tom Vale', role: 'chairman of the meeting', affiliation: null },
    ]);
    // (… and a science's word before a scientist: "planetary scientist", "marine biologist".)
    expect(people('Planetary scientist Ana Roy of Lima University said the ice was old.')).toEqual([
      { name: 'Ana Roy', role: 'Planetary scientist', affiliation: 'Lima University' },
    ]);
    // (… and over a list, in the plural: "Council members A, B and C" are each a "Council member".)
    expect(people('Council members Ana Roy, Tom Vale and Lia Mora also voted no on the plan.')).toEqual([
      { name: 'Ana Roy', role: 'Council member', affiliation: null },
      { name: 'Tom Vale', role: 'Council member', affiliation: null },
      { name: 'Lia Mora', role: 'Council member', affiliation: null },
    ]);
    // (… and a jury's: "Jury president X".)
    expect(people('Jury president Ivo Kant, the Peruvian director, read the verdict.')).toEqual([
      { name: 'Ivo Kant', role: 'Jury president; director', affiliation: 'Peru' },
    ]);
  });

  it('reads a plain noun that may name a body, opening a sentence before an office, as part of the office', () => {
    expect(
      people(
        'Mission scientist Ana Roy said the ice made up 5% of the soil.',
        'The agency will seek funds for a follow-up mission.',
        'Labour MP Tom Vale said the money should go to schools.',
        'The labour market is tight.',
      ),
    ).toEqual([
      { name: 'Ana Roy', role: 'mission scientist', affiliation: null },
      { name: 'Tom Vale', role: 'MP', affiliation: 'Labour' },
    ]);
    // (A body the article names with its word capitalised inside a sentence stays: "the Mission's report".)
    expect(people('Mission chief Ana Roy said the ice was there.', 'A follow-up mission is planned.', 'The Mission will report in May.')).toEqual([
      { name: 'Ana Roy', role: 'chief', affiliation: 'Mission' },
    ]);
    // … as does a plural whose members the office speaks for ("Doctors' union leader"); a place's stays its own.
    expect(people("Doctors' union leader Tom Vale said the rise was too small.", "Lima's mayor, Ana Roy, agreed.", 'The mayor of Lima spoke first.')).toEqual([
      { name: 'Tom Vale', role: "doctors' union leader", affiliation: null },
      { name: 'Ana Roy', role: 'mayor', affiliation: 'Lima' },
    ]);
    // … with no apostrophe too, and the plural kept as written, no office of its own ("Teachers", not "Teacher").
    expect(people('Teachers union president Ana Roy said the cuts would close 40 schools.', 'Parents association chair Tom Vale agreed.')).toEqual([
      { name: 'Ana Roy', role: 'teachers union president', affiliation: null },
      { name: 'Tom Vale', role: 'parents association chair', affiliation: null },
    ]);
  });

  it('keeps the field of a technical or an operations director in the office', () => {
    expect(people('Technical director Ana Roy said the car was faster.', 'The operations director, Tom Vale, said the plant would reopen.')).toEqual([
      { name: 'Ana Roy', role: 'Technical director', affiliation: null },
      { name: 'Tom Vale', role: 'operations director', affiliation: null },
    ]);
  });

  it('reads an owner that is no country as the organisation, not the title ("the European Union\'s environment commissioner")', () => {
    expect(people("The European Union's environment commissioner, Ana Roy, said the goal was within reach.")).toEqual([
      { name: 'Ana Roy', role: 'environment commissioner', affiliation: 'European Union' },
    ]);
  });
});

describe('how they took part', () => {
  it('does not set a speaker in an earlier year for the year of what they said', () => {
    expect(participants('The senate voted on Wednesday.', "Provost Tom Vale told the senate that 18 percent of last year's theses had been flagged.")).toEqual([
      'Tom Vale',
    ]);
    expect(participants('The senate voted on Wednesday.', "At last year's meeting, Provost Tom Vale said the rule was needed.")).toEqual([]);
    // … nor when the telling's own day comes between ("said on Tuesday that", "told reporters today that").
    expect(
      participants(
        'A court jailed a former official on Tuesday. He was arrested in 2022.',
        'Judge Ana Roy said on Tuesday that the official had taken bribes between 2017 and 2021.',
        'Prosecutor Tom Vale told reporters today that the fraud began in 2016.',
      ),
    ).toEqual(['Ana Roy', 'Tom Vale']);
    // (A year of its own stays the telling's: "said in 2019 that".)
    expect(
      participants('A court jailed a former official on Tuesday. He was arrested in 2022.', 'Judge Ana Roy said in 2019 that the fraud was small.'),
    ).toEqual([]);
  });

  it('reads "online" as taking part from elsewhere only where it says so, not "an online ballot", "virtually all" or "posted online"', () => {
    expect(
      how(
        'Union negotiator Niek Vale said 82 percent of members had voted in favour in an online ballot.',
        'Minister Said Khan said virtually all members agreed.',
        'Minister Ana Roy joined online from Lima.',
        'Minister Lee Kim attended virtually.',
        'Senator Ivo Kant posted a letter online.',
      ),
    ).toEqual([
      ['Niek Vale', 'present'],
      ['Said Khan', 'present'],
      ['Ana Roy', 'remote'],
      ['Lee Kim', 'remote'],
      ['Ivo Kant', 'present'],
    ]);
  });

  it('reads one away in person who took part from afar in the same clause as taking part remotely, not as absent', () => {
    expect(
      how(
        "Ecuador's foreign minister, Ana Roy, was unable to travel after her flight was cancelled, and addressed the meeting by video link.",
        'Minister Tom Vale did not attend, and Minister Lee Kim joined by video link.',
      ),
    ).toEqual([
      ['Ana Roy', 'remote'],
      ['Tom Vale', 'absent'],
      ['Lee Kim', 'remote'],
    ]);
  });

  it('reads a phone call as taking part from elsewhere, for every name of the subject that made it', () => {
    expect(
      how(
        "Peru's Prime Minister Ana Roy and Chile's President Tom Vale agreed in a phone call on Tuesday to hold a meeting next year.",
        'Ivo Kant, the Bolivian foreign minister, said he welcomed it.',
      ),
    ).toEqual([
      ['Ana Roy', 'remote'],
      ['Tom Vale', 'remote'],
      ['Ivo Kant', 'present'],
    ]);
    // (Two joined by "and" took part as the clause after the second says: "… and Tom Vale took part in the online meeting".)
    expect(how('Foreign Minister Ana Roy and acting Foreign Minister Tom Vale took part in the online meeting.')).toEqual([
      ['Ana Roy', 'remote'],
      ['Tom Vale', 'remote'],
    ]);
  });

  it('reads a call made before ("said he had spoken by phone with both sides") as no taking part from elsewhere', () => {
    expect(
      how(
        'Leaders met in Lima on Monday and signed a joint declaration.',
        "Chile's President Tom Vale said he had spoken by phone with both sides' leaders.",
        'Bolivian President Ana Roy took part by video link.',
      ),
    ).toEqual([
      ['Tom Vale', 'present'],
      ['Ana Roy', 'remote'],
    ]);
  });

  it('counts a former office-holder who runs the event as taking part; one who only comments stays context', () => {
    expect(participants('The deal was reached after talks mediated by former labour minister Tomas Vale in Schiedam.')).toEqual(['Tomas Vale']);
    expect(participants('Former minister Ana Roy chaired the talks.')).toEqual(['Ana Roy']);
    expect(participants('Former minister Ana Roy said the talks would fail.')).toEqual([]);
    // One who speaks or votes in the meeting takes part in it.
    expect(participants('Former captain Tom Vale, a trust member, spoke against the deal.')).toEqual(['Tom Vale']);
    expect(participants('Former mayor Ana Roy voted against the budget.')).toEqual(['Ana Roy']);
    // … as does one who hands out its prize.
    expect(participants('The cup was presented by former champion Lia Mora.')).toEqual(['Lia Mora']);
  });

  it("counts one given an office now, set off before a former one, as taking part, with no country of the former office's", () => {
    const text = 'The two sides agreed to exchange prisoners, according to a statement read out by the chief mediator, former Peruvian president Tom Vale.';
    expect(participants(text)).toEqual(['Tom Vale']);
    expect(affiliations(text)).toEqual([['Tom Vale', null]]);
    // (A former office alone still names someone for context.)
    expect(participants('The statement was read out by former Peruvian president Tom Vale.')).toEqual([]);
  });

  it("counts a candidate at an election's count by the votes they polled", () => {
    expect(participants("Ana Roy polled 12,645 votes to Tom Vale's 12,639, the narrowest result since 1945.")).toContain('Ana Roy');
  });
});

describe('cleanRole', () => {
  it('removes a leading nationality or possessive country and a trailing "of Country"', () => {
    expect(cleanRole('Chinese State Councilor and Foreign Minister')).toBe('State Councilor and Foreign Minister');
    expect(cleanRole("Iran's Supreme Leader")).toBe('Supreme Leader');
    expect(cleanRole('Secretary of the Security Council of the Russian Federation')).toBe('Secretary of the Security Council');
    expect(cleanRole('Chief Adviser of the Presidency of Brazil')).toBe('Chief Adviser of the Presidency');
  });
});

describe('a list of names, each with its appositive', () => {
  const found = () =>
    findPeople(
      sentencesOf(
        'The deal came after Rui Costa, the President of the Andes Council, Ana Vale, President of the Andes Commission, French President Tom Roy and Ted Marshall met on Monday.',
      ),
    ).map((p) => [p.name, p.roles.join('; ')]);

  it('reads a name ending in a word of a country\'s name ("Costa", "Marshall") as a name', () => {
    expect(found().map(([name]) => name)).toEqual(expect.arrayContaining(['Rui Costa', 'Ted Marshall']));
  });

  it('gives each name its own appositive, not the one before it as a title set off before it', () => {
    expect(found()).toEqual(
      expect.arrayContaining([
        ['Rui Costa', 'President of the Andes Council'],
        ['Ana Vale', 'President of the Andes Commission'],
        ['Tom Roy', 'President'],
      ]),
    );
  });
});

describe('sentences set before the news', () => {
  it('in news dated by its day alone, are those dated by a year that tell of nothing to come', () => {
    const s = sentencesOf(
      'A quake struck southern Peru early on Sunday, killing 42 people.',
      'A 2007 quake near Pisco killed more than 500 people.',
      'The new hospital in Chivay will open in 2027.',
      'The damage covers homes built under the 2019 building code.',
      'Rescuers worked through the night.',
    );
    expect(datedByDayAlone(s, null)).toBe(true);
    expect([...earlierEventSentences(s, null, true)]).toEqual([1]);
    // A report with a year of its own is read as before: the latest year it names is the news's.
    expect(datedByDayAlone(s, '14 March 2024')).toBe(false);
    expect(datedByDayAlone(sentencesOf('Lima, 22 October 2024', ...s.map((x) => x.text)), null)).toBe(false);
    expect([...earlierEventSentences(s, null, false)]).toEqual([1]);
    // (Read as before, a year is earlier only than a later one the report names: alone, "a 2007 quake" is not.)
    expect([...earlierEventSentences(s.slice(0, 3), null, false)]).toEqual([]);
    // (Nor is a sentence of what is still to come, though a later year is named: "a shortlist for the 2036 Games".)
    const shortlist = sentencesOf(
      'The board named three cities to a shortlist for the 2036 Summer Games on Wednesday.',
      'A decision is expected at the full session in Milan in February 2027.',
      'Talks with the cities are expected in March 2027.',
      'Bids for the 2032 Games cost more than $1 billion in 2019.',
      // (… though not what is to come in a speaker's words: their clip is still of 2015.)
      'A 2015 film showed the mayor saying that "the Games will come home".',
    );
    expect([...earlierEventSentences(shortlist, null, false)]).toEqual([3, 4]);
  });

  it('in news dated "early Sunday", are those of "the February 2023 quakes"', () => {
    const s = sentencesOf(
      'A quake struck southern Peru early Sunday, killing 42 people.',
      'The region was among those hit by the February 2023 quakes that killed more than 500 people.',
      'The 2024 budget set aside funds for rebuilding.',
      'Schools will be closed for a week.',
    );
    expect(datedByDayAlone(s, null)).toBe(true);
    expect([...earlierEventSentences(s, null, true)]).toEqual([1]);
  });

  it('are not those whose time gone by is only in a quotation ("won a deal that was not on the table a year ago")', () => {
    const s = sentencesOf(
      'Rail workers voted on Friday to accept a two-year pay offer.',
      'General secretary Ana Roy said members had "won a deal that was not on the table a year ago".',
      'Tom Vale, who led the union a year ago, said the deal was fair.',
    );
    expect([...earlierEventSentences(s, null)]).toEqual([]);
    expect(findPeople(s).map((p) => [p.name, p.participation])).toEqual([
      ['Ana Roy', 'present'],
      ['Tom Vale', 'present'],
    ]);
    // (Outside the quotation, the same words set it back: "Ana Roy said a year ago that …".)
    expect([...earlierEventSentences(sentencesOf('Rail workers voted on Friday to accept a pay offer.', 'Ana Roy led the union a year ago.'), null)]).toEqual([
      1,
    ]);
  });
});

describe('a prefect', () => {
  it('reads "the maritime prefect, Vice-Admiral Tom Vale," as both offices, and "The prefect, Ana Roy," as one', () => {
    expect(people('The maritime prefect, Vice-Admiral Tom Vale, said the slick could reach the coast by Wednesday.')).toEqual([
      { name: 'Tom Vale', role: 'maritime prefect; Vice-Admiral', affiliation: null },
    ]);
    expect(people('The prefect, Ana Roy, said 30 people had been arrested.')).toEqual([{ name: 'Ana Roy', role: 'prefect', affiliation: null }]);
  });
});

describe('an office given "as" a country\'s', () => {
  it.each([
    ["Tom Vale was sworn in as Chile's prime minister on Tuesday.", 'prime minister', 'Chile'],
    ["Tom Vale was elected as Peru's new president on Sunday.", 'president', 'Peru'],
    ["Tom Vale was elected as the union's new president on Sunday.", 'president', null],
  ])("reads %s with the country as its affiliation, and a body's as none", (sentence, role, affiliation) => {
    expect(people(sentence)).toEqual([{ name: 'Tom Vale', role, affiliation }]);
  });
});

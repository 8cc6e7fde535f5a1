// Each row is one English news structure for naming a person: [sentence(s), name, role words, affiliation].
// Invented names; a new structure is one row.
import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../../src/core/briefing.js';
import { parsePlainText } from '../../../src/core/article/plain-text.js';
import { findPeople, participantsOf } from '../../../src/core/extract/people.js';
import { affiliations, sentencesOf } from './helpers.js';

const ROLES: Array<[string, string, string | null, string | null]> = [
  ["Austria's state secretary for rural affairs, Kari Vossen, said funds would flow.", 'Kari Vossen', 'state secretary for rural affairs', 'Austria'],
  ['Mr Pell and the chief executive of the Harbour Board, Nils Read, faced questions.', 'Nils Read', 'chief executive of the Harbour Board', null],
  ['The Minister of Water Affairs of Kenya, Amos Kiprop, spoke first.', 'Amos Kiprop', 'Minister of Water Affairs', 'Kenya'],
  ['Ahmed Saleh, who heads the Gulf Relief Fund, announced a grant.', 'Ahmed Saleh', 'head of the Gulf Relief Fund', null],
  // The country a clause's subject is, represented by someone whose office is set off before the name.
  [
    'Chile said it would give $10 million, and Peru, represented by its ambassador to the United Nations, Kari Vossen, pledged $14 million.',
    'Kari Vossen',
    'ambassador to the United Nations',
    'Peru',
  ],
  ['Peru, represented by its ambassador to the United Nations, Kari Vossen, pledged $14 million.', 'Kari Vossen', 'ambassador to the United Nations', 'Peru'],
  // … or that sent them, in a relative clause after the country.
  ['It was attended by the foreign ministers of all members except Peru, which sent a senior official, Tom Vale.', 'Tom Vale', 'official', 'Peru'],
  // The body whose officer the name is, its name holding "of", the office a title not set off by commas.
  [
    'The project is coordinated by Harbour University of Technology, whose Professor Kari Vossen will lead it.',
    'Kari Vossen',
    'Professor',
    'Harbour University of Technology',
  ],
  ['The project is led by the University of Lima, whose vice-rector Nils Read opened the meeting.', 'Nils Read', 'vice-rector', 'University of Lima'],
  // (A person's lawyer is no body's officer.)
  ['Ian Hale, whose lawyer Nils Read spoke first, was there.', 'Nils Read', 'lawyer', null],
  // The one body of the office's kind the text names, a list of capitalised words in its name.
  [
    'The bosses were questioned by the Environment, Food and Rural Affairs Committee on Tuesday. Committee chair Ian Hale opened the session.',
    'Ian Hale',
    'Committee chair',
    'Environment, Food and Rural Affairs Committee',
  ],
  // Two people each "of" a body, joined by "and": the next person's "of" ends the first body's name.
  ['Kari Vossen of Severn Lima and Nils Read of Harbour Utilities said rain was to blame.', 'Kari Vossen', null, 'Severn Lima'],
  ['Kari Vossen of Severn Lima and Nils Read of Harbour Utilities said rain was to blame.', 'Nils Read', null, 'Harbour Utilities'],
  // A family name that is an English function word, after an office.
  ['Ana Roy later met Party General Secretary To Vale and the speaker.', 'To Vale', 'General Secretary', null],
  // A county's or a town's office, as a city's is.
  ['She was joined by county engineer Kari Vossen and city planner Nils Read.', 'Kari Vossen', 'county engineer', null],
  ['She was joined by county engineer Kari Vossen and city planner Nils Read.', 'Nils Read', 'city planner', null],
  // The body set off before the verb of running it, and "by" the name.
  ['The Harbour Institute, headed by Nils Read, said it would help.', 'Nils Read', 'head of the Harbour Institute', null],
  ['It followed a meeting of the emergency committee, chaired by Professor Kari Vossen of Kenya.', 'Kari Vossen', 'chair of the emergency committee', 'Kenya'],
  [
    'The Pacific Centres for Disease Control, led by Amos Kiprop, will send 30 experts.',
    'Amos Kiprop',
    'head of the Pacific Centres for Disease Control',
    null,
  ],
  ['The Green Alliance, led by Ian Hale, won 40 seats.', 'Ian Hale', 'leader of the Green Alliance', null],
  ["The Farmers' Alliance, led by Ana Roy, won 19 seats.", 'Ana Roy', "leader of the Farmers' Alliance", null],
  ['"It works," said Ana Roy, who chairs the local growers\' cooperative.', 'Ana Roy', "chair of the local growers' cooperative", null],
  // (The kind of body in lower case before its name, set off with "of", is no part of the name, as after "of" alone below.)
  ['Greetings were brought by Owen Price, of the dockers union Unifor, on Monday.', 'Owen Price', null, 'Unifor'],
  ['Campaigner Lia Mora, of the group Save Lima Bay, said the firms had broken their word.', 'Lia Mora', 'Campaigner', 'Save Lima Bay'],
  ["Alongside him was Chile's Marta Rojas.", 'Marta Rojas', null, 'Chile'],
  ["Labour's Ian Hale kept up the pressure.", 'Ian Hale', null, 'Labour'],
  ['The congress returned Gino Fabbri as president of the World Chess Federation.', 'Gino Fabbri', 'president of the World Chess Federation', null],
  // … or with no "as", right after the name a naming verb gives it ("named X its chief executive").
  ['Lima Water on Monday named Ana Roy its new chief executive, replacing Tom Vale.', 'Ana Roy', 'chief executive', null],
  ['Delegates on Friday elected Tom Vale president of the Lima Dockers Union.', 'Tom Vale', 'president of the Lima Dockers Union', null],
  // A department or committee in plain words before the office is part of it.
  ['Software chief Rafa Ortiz demonstrated the tool.', 'Rafa Ortiz', 'Software chief', null],
  ['Many voted against the re-election of remuneration committee chair Per Lind.', 'Per Lind', 'remuneration committee chair', null],
  ['State fire chief Owen Vale said 1,800 firefighters were on the lines.', 'Owen Vale', 'State fire chief', null],
  // An office an election gives, after the name and its country; the day is no part of it.
  ['Mira Kanu of Ghana was elected president of the World Rowing Federation on Thursday.', 'Mira Kanu', 'president of the World Rowing Federation', 'Ghana'],
  ['Tomas Vale has been appointed as Director-General of the agency.', 'Tomas Vale', 'Director-General', null],
  // An office given with whose it is and that it is new: neither is part of it.
  ["Leaders chose Ghana's Ama Boateng as the organisation's next secretary-general.", 'Ama Boateng', 'secretary-general', 'Ghana'],
  ['The board named Tom Vale as its new chief executive.', 'Tom Vale', 'chief executive', null],
  // Re-elected without a contest, and an office given after a set-off description of the person.
  ['Ken Doyle was returned unopposed as general secretary for a second term.', 'Ken Doyle', 'general secretary', null],
  // An office taken over or become.
  ['Ana Roy took over as music director of the Lima Philharmonic in September.', 'Ana Roy', 'music director of the Lima Philharmonic', null],
  ['Ivo Kant became head of the Andes Fund last year.', 'Ivo Kant', 'head of the Andes Fund', null],
  ['Ana Diaz, a porter at the city hospital, was elected vice-president of the union.', 'Ana Diaz', 'vice-president of the union', null],
  // A title set off before a name that carries its country, and a plural one before two such names.
  ['The chair of the talks, Maria Elena Ruiz of Colombia, will publish a draft.', 'Maria Elena Ruiz', 'chair of the talks', 'Colombia'],
  // An appositive after a name whose country is written in several words.
  ['Ana Roy of the United States, head of the delegation, said the plan would work.', 'Ana Roy', 'head of the delegation', 'United States'],
  ['The co-chairs of the talks, Maria Ruiz of Colombia and Henrik Dahl of Norway, will publish a draft.', 'Maria Ruiz', 'co-chair of the talks', 'Colombia'],
  ['The co-chairs of the talks, Maria Ruiz of Colombia and Henrik Dahl of Norway, will publish a draft.', 'Henrik Dahl', 'co-chair of the talks', 'Norway'],
  ['Deputy Prime Minister of Jordan and Foreign Minister Sami Haddad spoke.', 'Sami Haddad', 'Deputy Prime Minister of Jordan and Foreign Minister', 'Jordan'],
  [
    'Member of the Political Bureau of the Lima Party Central Committee and Foreign Minister Ana Roy met him.',
    'Ana Roy',
    'Member of the Political Bureau of the Lima Party Central Committee and Foreign Minister',
    null,
  ],
  ['Minister of the State Planning Commission (SPC) Lu Fan opened the session.', 'Lu Fan', 'Minister of the State Planning Commission (SPC)', null],
  ['He met his Angolan counterpart, Tito Mendes.', 'Tito Mendes', 'counterpart', 'Angola'],
  ['Trustee Colleen Ambrose voted against.', 'Colleen Ambrose', 'Trustee', null],
  ['The returning officer, Ana Roy, declared the result at 6am.', 'Ana Roy', 'returning officer', null],
  // An organisation's acronym with a digit in it before the office.
  ['W3C chief executive Tom Vale said members can agree on hard things.', 'Tom Vale', 'chief executive', 'W3C'],
  // An occupation set off after the office the person holds in a group ("whose chair, retired teacher X,").
  ['The meeting was organised by the Lima Action Group, whose chair, retired teacher Ana Roy, said the plan would fail.', 'Ana Roy', 'retired teacher', null],
  // An inquest's coroner and a deal's investor hold offices as any official does.
  ["Senior Coroner Ana Roy, sitting at Lima Coroner's Court, said staff had missed four checks.", 'Ana Roy', 'Senior Coroner', null],
  ['The club backed a takeover by a consortium led by American investor Tom Vale.', 'Tom Vale', 'investor', 'United States'],
  ['The talks were chaired by conciliator Dame Ana Whitby.', 'Ana Whitby', 'conciliator', null],
  // A company named in one word before a lowercase office is the person's organisation; a sentence's first word may be any word.
  ['The hearing opened with Halvex boss Tom Vale telling MPs the firm was sorry.', 'Tom Vale', 'boss', 'Halvex'],
  ['Analysts were told by Brandvik chief executive Ana Roy that margins would rise.', 'Ana Roy', 'chief executive', 'Brandvik'],
  ['The panel heard from Pacifica Air chief executive Ana Roy and Lorca Express president Tom Vale.', 'Ana Roy', 'chief executive', 'Pacifica Air'],
  ['The panel heard from Pacifica Air chief executive Ana Roy and Lorca Express president Tom Vale.', 'Tom Vale', 'president', 'Lorca Express'],
  ['Outgoing chief executive Ana Roy thanked the board.', 'Ana Roy', 'chief executive', null],
  // An office written short before "and" is another's: "EAM and Foreign Minister X" (the External Affairs Minister and X).
  ['EAM and Foreign Minister Tom Vale jointly opened the centre.', 'Tom Vale', 'Foreign Minister', null],
  ['The UN and AU envoy Ana Roy arrived in Lima.', 'Ana Roy', 'envoy', 'AU'],
  // The country whose delegation they led, told after the name (and an office set off after it).
  ['Ana Roy, Minister of Foreign Affairs, led the UAE delegation to the session.', 'Ana Roy', 'Minister of Foreign Affairs', 'United Arab Emirates'],
  ['Minister of Trade Tom Vale headed the Peruvian delegation.', 'Tom Vale', 'Minister of Trade', 'Peru'],
  // An honorific of the Gulf before the name ("Sayyid") is no word of it.
  ['Oman was represented by Sayyid Badr bin Hamad Al Kant, Minister of Foreign Affairs.', 'Badr bin Hamad Al Kant', 'Minister of Foreign Affairs', 'Oman'],
  // Another's full name before the office, with a word that links them, is no part of the office.
  ['Roy conveyed the greetings of President Ivo Kant to Kenyan President Tom Vale at the palace.', 'Tom Vale', 'President', 'Kenya'],
  // (… as does one whose country closes the name, with "to" after it; "Ambassador of Chile to Peru" is one office.)
  ['She read a message from Governor Ivo Kant of Chile to Mayor Tom Vale.', 'Tom Vale', 'Mayor', null],
  ['Ambassador of Chile to Peru Tom Vale spoke first.', 'Tom Vale', 'Ambassador of Chile to Peru', 'Chile'],
  ['Sara Kowal, a parent speaking for the council, backed it.', 'Sara Kowal', 'parent', null],
  ['Grade 11 student Priya Nair said she left at seven.', 'Priya Nair', 'student', null],
  ["Police Chief J.R. O'Dowd told the crowd that thefts were up.", "J.R. O'Dowd", 'Police Chief', null],
  ['Opening the case, Nora Castell SC, senior counsel for the union, said the app controlled drivers.', 'Nora Castell', 'senior counsel for the union', null],
  [
    'Also present was the ROK Minister of Commerce, Industry and Energy, Chung Se Kyun.',
    'Chung Se Kyun',
    'Minister of Commerce, Industry and Energy',
    'South Korea',
  ],
  ['Indian Minister of Petroleum and Natural Gas Murli Dev attended.', 'Murli Dev', 'Minister of Petroleum and Natural Gas', 'India'],
  ['Revenue and Disaster Management Minister Pabitra Das joined by video.', 'Pabitra Das', 'Revenue and Disaster Management Minister', null],
  ['Economy, Trade and Industry Minister Akio Amano attended.', 'Akio Amano', 'Economy, Trade and Industry Minister', null],
  // A place before the comma is not a portfolio.
  ['In Osaka, Trade and Industry Minister Akio Amano spoke.', 'Akio Amano', 'Trade and Industry Minister', null],
  ["The session was moderated by Tomas Baric, the festival's artistic director.", 'Tomas Baric', "festival's artistic director", null],
  ["NERC's Ruth Penn, the council's head of natural hazards, spoke.", 'Ruth Penn', 'head of natural hazards', 'NERC'],
  // An organisation's possessive before the office names whose office it is; a long of-phrase runs on to the comma.
  ["Tomas Vale, Interpol's executive director of police services, spoke.", 'Tomas Vale', 'executive director of police services', 'Interpol'],
  ["Lin Park, head of the Harbour Police Agency's financial crime team, spoke.", 'Lin Park', "Agency's financial crime team", null],
  // The owner a title before the name is given ("The EU's chief negotiator, …"), and an office set off before that title.
  ["The EU's chief negotiator, Rolf Berg, said talks went on.", 'Rolf Berg', 'chief negotiator', 'EU'],
  ["Brazil's lead negotiator, Ambassador Ana Lima, said talks went on.", 'Ana Lima', 'lead negotiator', 'Brazil'],
  ["The consortium's co-lead, Harbour University of Technology's Professor Piet Vos, spoke.", 'Piet Vos', 'co-lead', 'Harbour University of Technology'],
  // A list's item before a title is no office set off before it; "and" joins two people, not an owner's words.
  ['He met President of France Ana Roy, Prime Minister of Japan Ken Sato, and others.', 'Ken Sato', 'Prime Minister', 'Japan'],
  // American legislators: a title written short, and the party and state after the name.
  ['Sen. Ana Roy (D-Wash.) said the bill would pass.', 'Ana Roy', 'Senator', 'Democrat, Washington'],
  ['"It failed," said Sen. Tom Vale (R-Texas), the committee\'s ranking member.', 'Tom Vale', 'ranking member', 'Republican, Texas'],
  ['Lt. Gov. Ana Roy opened the session.', 'Ana Roy', 'Lieutenant Governor', null],
  ['Transportation Secretary Ana Roy spoke.', 'Ana Roy', 'Transportation Secretary', null],
  // A company whose name opens with a country's word is the affiliation; a party or an office is not a company.
  ['Singapore Airlines chief executive Ana Roy said fares would rise.', 'Ana Roy', 'chief executive', 'Singapore Airlines'],
  ['Harbour Air Lines CEO Ana Roy testified.', 'Ana Roy', 'CEO', 'Harbour Air Lines'],
  // So is a body named with a common noun and its country, before an office in lower case; a portfolio is no body.
  ['Health Canada chief executive Ana Roy said waits would fall.', 'Ana Roy', 'chief executive', 'Health Canada'],
  ['Fares rose, Air France chief executive Ana Roy said.', 'Ana Roy', 'chief executive', 'Air France'],
  ['Canadian Health Minister Ana Roy said waits would fall.', 'Ana Roy', 'Health Minister', 'Canada'],
  // A party to a case or a scandal is a role the text gives them.
  ['The hearing heard two victims of the scandal, Ana Roy and Tom Vale.', 'Ana Roy', 'victim of the scandal', null],
  ['The claimant, Ivo Kant, told the court he had no say.', 'Ivo Kant', 'claimant', null],
  // An appositive after the body the name is "of".
  [
    "Professor Ana Roy of the University of Lima, the consortium's principal investigator, opened it.",
    'Ana Roy',
    'principal investigator',
    'University of Lima',
  ],
  ["Tom Vale of Lima University, the project's lead scientist, spoke.", 'Tom Vale', 'lead scientist', 'Lima University'],
  ['Ana Roy of Lima Water Services, which runs the plant, said it was safe.', 'Ana Roy', null, 'Lima Water Services'],
  // A surname that is a word of a country's name ("Cook Islands").
  ['Chief executive Tim Cook said sales rose.', 'Tim Cook', 'Chief executive', null],
  ['Cook Islands Prime Minister Ana Roy spoke.', 'Ana Roy', 'Prime Minister', 'Cook Islands'],
  // A name right after an office, before "and", is no portfolio of the next office.
  ['Roy also met President To Vale and National Assembly Chairman Ivo Kant.', 'Ivo Kant', 'Chairman', 'National Assembly'],
  ['Chinese Communist Party official Ana Roy spoke.', 'Ana Roy', 'Communist Party official', 'China'],
  // A portfolio of capitalised words is no organisation; an honorific before the office is no part of it.
  ['Foreign Affairs Minister Ana Roy spoke.', 'Ana Roy', 'Foreign Affairs Minister', null],
  ['H.H. Sheikh Omar bin Ali, Minister of Foreign Affairs of Qatar, spoke.', 'Omar bin Ali', 'Sheikh', 'Qatar'],
  // An honorific written as initials right before the name, after the office set off before it; initials of a name stay.
  ['The minister received the Ambassador of Peru, H.E. Jorge Salas.', 'Jorge Salas', 'Ambassador', 'Peru'],
  ['J.R. Vale, the Ambassador of Peru, spoke.', 'J.R. Vale', 'Ambassador', 'Peru'],
  // A body named for its place before the office is the affiliation, not the place ("Bank of England Governor").
  ['Bank of England Governor Tom Vale said rates would hold.', 'Tom Vale', 'Governor', 'Bank of England'],
  ['It was signed by Reserve Bank of India Governor Ana Roy and Central Bank of the UAE Governor Omar Saleh.', 'Ana Roy', 'Governor', 'Reserve Bank of India'],
  [
    'It was signed by Reserve Bank of India Governor Ana Roy and Central Bank of the UAE Governor Omar Saleh.',
    'Omar Saleh',
    'Governor',
    'Central Bank of the UAE',
  ],
  ['He backed the governing Labour Party of Prime Minister Ana Roy.', 'Ana Roy', 'Prime Minister', null],
  // A plain portfolio word between an owner and the office; a plural's apostrophe inside a party's name.
  ["Angola's oil minister, Ana Roy, walked out of the meeting.", 'Ana Roy', 'oil minister', 'Angola'],
  // Offices of a campaign or an election.
  ['The delegation was led by Ana Roy, convener of the Lima Farmers Forum.', 'Ana Roy', 'convener of the Lima Farmers Forum', null],
  ["Ana Roy won by 104 votes to 96, beating Peru's incumbent Tom Vale.", 'Tom Vale', 'incumbent', 'Peru'],
  // Counsel: the letters after the name are the office the text gives; whom they appear for is their side.
  ['For the council, Tom Vale KC said 1,400 complaints had been received.', 'Tom Vale', 'KC', null],
  ['Tom Vale MP said the bill was flawed.', 'Tom Vale', 'MP', null],
  ['Ana Roy MEP told reporters the vote was close.', 'Ana Roy', 'MEP', null],
  ['Under cross-examination by Tom Vale SC, who appears for Lima Couriers with barrister Ana Roy, the driver agreed.', 'Tom Vale', 'SC', 'Lima Couriers'],
  // An elected member's party: before the office, leading it, before the honorific that is the office, in brackets.
  ['Tory MP Tom Vale led the questions.', 'Tom Vale', 'MP', 'Tory'],
  ['Labour MP Ana Roy said the bill was flawed.', 'Ana Roy', 'MP', 'Labour'],
  ['Sinn Féin MLA Ivo Kant said residents were angry.', 'Ivo Kant', 'MLA', 'Sinn Féin'],
  ['Alliance Party MLA Ivo Kant said residents were angry.', 'Ivo Kant', 'MLA', 'Alliance Party'],
  ['Democratic Alliance leader Ivo Kant conceded defeat.', 'Ivo Kant', 'leader', 'Democratic Alliance'],
  ['Liberal Democrat Cllr Tom Vale, who abstained, said no.', 'Tom Vale', 'Councillor', 'Liberal Democrat'],
  ['Council leader Cllr Ana Roy (Labour) said the rise was needed.', 'Ana Roy', 'Council leader', 'Labour'],
  // A party in brackets with the member's state; an office, then the member's own, are two roles.
  ['Senator Ana Roy (Greens, NSW) asked whether the budget held.', 'Ana Roy', 'Senator', 'Greens'],
  ['Committee chair Senator Tom Vale (Labor, Western Australia) called the hearing to order.', 'Tom Vale', 'Committee chair; Senator', 'Labor'],
  ['Republican Senator Ana Roy said the bill would pass.', 'Ana Roy', 'Senator', 'Republican'],
  ['Plaid Cymru leader Rhun ap Vale said no.', 'Rhun ap Vale', 'leader', 'Plaid Cymru'],
  // (A party's word before an office no member holds is the office's: "Labour minister" may be the minister of labour.)
  ['Labour minister Ana Roy said no.', 'Ana Roy', 'Labour minister', null],
  // A portfolio of law, alone or joined to another; a society before its office is a body.
  ['Law and Parliamentary Affairs Minister Tom Vale said the cabinet had cleared it.', 'Tom Vale', 'Law and Parliamentary Affairs Minister', null],
  ['The Lima Law Society president Ana Roy said no.', 'Ana Roy', 'president', 'Lima Law Society'],
  // Titles written short without a full stop (British style), alone or two together; "Gen Z" is no general.
  ['Sgt Leon Vale outlined three steps residents could take.', 'Leon Vale', 'Sergeant', null],
  ['Det Insp Ana Roy said two men had been charged.', 'Ana Roy', 'Detective Inspector', null],
  // Offices of faith; a body named with a country's word is the body, not the country.
  ["The meeting was chaired by Rev. Ana Roy, vicar of St Mark's.", 'Ana Roy', "vicar of St Mark's", null],
  ['Speakers included Grand Mufti Tom Vale of Egypt.', 'Tom Vale', 'Grand Mufti', 'Egypt'],
  ['Speakers included Rabbi Ivo Kant of the American Lima Committee.', 'Ivo Kant', 'Rabbi', 'American Lima Committee'],
  // A title set off before a name that has its body after it, or its letters.
  ['The committee chair, Ana Roy of the Lima Party, asked why.', 'Ana Roy', 'committee chair', 'Lima Party'],
  ["Tom Vale's barrister, Ana Roy KC, had argued the payments were loans.", 'Ana Roy', 'barrister', 'Tom Vale'],
  // A firm of analysts after "of", without "the".
  ['"It is ambitious," said Ana Roy of Halvex Research.', 'Ana Roy', null, 'Halvex Research'],
  ['Tom Vale KC, for the Lima Home Office, told the court the plan was lawful.', 'Tom Vale', 'KC', 'Lima Home Office'],
  // A list's line that closes on a body's name after the name and its office.
  ['- Prof. Ana Roy, University of Lima', 'Ana Roy', null, 'University of Lima'],
  ['- Tom Vale, policy adviser, High Seas Alliance', 'Tom Vale', 'policy adviser', 'High Seas Alliance'],
  // … or set off by commas before more: a government's body gives its country, any other body itself.
  ['- Mr. Tom Vale, Director-General, Ministry of Foreign Affairs of Chile, on behalf of the Minister;', 'Tom Vale', 'Director-General', 'Chile'],
  ['Ana Roy, professor, University of Chile, said the data were sound.', 'Ana Roy', 'professor', 'University of Chile'],
  // An acronym that opens a longer name is no organisation of its own ("AB Lima chairman").
  ['The deal was backed by AB Lima chairman Tom Vale.', 'Tom Vale', 'chairman', 'AB Lima'],
  ['The deal was backed by UN Security Council president Tom Vale.', 'Tom Vale', 'president', 'UN Security Council'],
  ['The deal was backed by UN Secretary-General Tom Vale.', 'Tom Vale', 'Secretary-General', 'UN'],
  // The office someone was named for ("named the pilot as X"); an instructor is an office's word.
  ['Police named the pilot as Johan Eide on Monday.', 'Johan Eide', 'pilot', null],
  ['Police said Johan Eide, 61, a flying instructor, died.', 'Johan Eide', 'flying instructor', null],
  // An office's letters before "of" and the body it heads are no body's acronym.
  ['"We are proud," said Erik Solheim, CEO of Lumen Grid.', 'Erik Solheim', 'CEO of Lumen Grid', null],
  ['The deal was backed by EU foreign policy chief Ana Roy.', 'Ana Roy', 'foreign policy chief', 'EU'],
  // A body whose name holds a portfolio's word ("Health"), then a plain modifier or an owner's mark, then the office.
  ['A World Health Organization regional adviser, Ana Roy, said deaths had doubled.', 'Ana Roy', 'regional adviser', 'World Health Organization'],
  ["The World Health Organization's regional adviser, Ana Roy, said deaths had doubled.", 'Ana Roy', 'regional adviser', 'World Health Organization'],
  ['A World Bank senior economist, Tom Vale, said growth would slow.', 'Tom Vale', 'senior economist', 'World Bank'],
  ["The Farmers' Party leader, Ota Lang, said his party was ready.", 'Ota Lang', 'leader', "Farmers' Party"],
  // A title set off before a name that has its owner ("Its director, Chile's X,").
  ["Its director, Chile's Ana Roy, became the first woman to win.", 'Ana Roy', 'director', 'Chile'],
  ['The ceremony, hosted by comedian Tom Vale for the fifth time, drew 19.5 million viewers.', 'Tom Vale', 'comedian', null],
  ['American basketball coach Tom Vale was freed in exchange for Russian businessman Ana Roy.', 'Tom Vale', 'basketball coach', 'United States'],
  ['American basketball coach Tom Vale was freed in exchange for Russian businessman Ana Roy.', 'Ana Roy', 'businessman', 'Russia'],
  // A verb between a country and an office is no word of the office.
  ['Peru sent State Secretary Ana Roy after the minister cancelled her trip.', 'Ana Roy', 'State Secretary', 'Peru'],
  // A country's word after "and" opens another person's office.
  ["Biden thanked the UAE's president and Saudi Crown Prince Omar bin Ali for their help.", 'Omar bin Ali', 'Crown Prince', 'Saudi Arabia'],
  // A country an office is for is where it is posted, not whose it is: the owner is the organisation.
  ['"It will help," said Tom Vale, the IMF\'s mission chief for Pakistan.', 'Tom Vale', 'mission chief for Pakistan', 'IMF'],
  // An ambassador is the sending country's, not the host's.
  ['China sent its ambassador to Laos, Jin Bo, as an observer.', 'Jin Bo', 'ambassador to Laos', 'China'],
  // Countries that sent one each, in order: each name is its own country's.
  ['Chile and Peru sent their foreign ministers, Ana Roy and Tom Vale.', 'Ana Roy', 'foreign minister', 'Chile'],
  ['Chile and Peru sent their foreign ministers, Ana Roy and Tom Vale.', 'Tom Vale', 'foreign minister', 'Peru'],
  ['Angola and Mozambique, both former colonies, sent their presidents, Ana Roy and Tom Vale.', 'Tom Vale', 'president', 'Mozambique'],
  ['Bolivia, Chile and Peru sent their foreign ministers, Ana Roy, Tom Vale and Ivo Kant.', 'Tom Vale', 'foreign minister', 'Chile'],
  // A sports team's offices.
  ['Peru coach Tom Vale said his players fought to the end.', 'Tom Vale', 'coach', 'Peru'],
  ['Goalkeeper Ana Roy saved two penalties.', 'Ana Roy', 'Goalkeeper', null],
  // A surname in capitals after an honorific, then the given name.
  ['On March 8, Ms. TANAKA Aiko, Minister for Foreign Affairs of Japan, held a meeting.', 'Tanaka Aiko', 'Minister for Foreign Affairs', 'Japan'],
  ["It was chaired by Hon'ble External Affairs Minister Dr. Ana Roy.", 'Ana Roy', 'External Affairs Minister', null],
  // An office given after the name ends on the body's word its modifier qualifies ("the central bank").
  ['Lima named economist Tom Vale as president of the central bank on Monday.', 'Tom Vale', 'president of the central bank; economist', null],
  // A portfolio of two capitalised words before the name, the last a common noun of portfolios.
  ['Federal Minister for Water Resources Ivo Kant briefed the meeting.', 'Ivo Kant', 'Federal Minister for Water Resources', null],
  ['Minister of Social Services Lee Kim said the cuts were over.', 'Lee Kim', 'Minister of Social Services', null],
  ["Conservative Tom Vale and Labour's Ian Hale spoke.", 'Ian Hale', null, 'Labour'],
  ['Darnell Oke, who owns a barbershop on Main Street, said cars were broken into.', 'Darnell Oke', 'owner of a barbershop', null],
  // After an honorific, a title that is also a given name is the given name; an office stays an office.
  ['Hafiz Emir Kovač, the Bosnian cleric who leads the platform, opened the meeting.', 'Emir Kovač', 'cleric', 'Bosnia and Herzegovina'],
  ['Mr President Odo arrived late.', 'Odo', 'President', null],
  // After an office or an honorific, a country that is also a given name is the given name.
  ['Board chair Jordan Vale said the cuts were painful.', 'Jordan Vale', 'Board chair', null],
  ['Deputy chair Georgia Roy voted against the plan.', 'Georgia Roy', 'Deputy chair', null],
  ['Ms Chad Kim said it was fine.', 'Chad Kim', null, null],
  // A word of a country's longer name that is also a given name, before a surname ("Saint Lucia", "El Salvador" stay
  // countries).
  ['Mayor Lucia Vale declared three days of mourning.', 'Lucia Vale', 'Mayor', null],
  ['Salvador Roy spoke to reporters on Monday.', 'Salvador Roy', null, null],
  // A plural owner's bare apostrophe inside an appositive.
  [
    "The session was chaired by Ana Roy, the Philippines' minister of foreign affairs, and attended by many.",
    'Ana Roy',
    'minister of foreign affairs',
    'Philippines',
  ],
  ["Greetings came from Tom Vale, president of the Lima Teachers' Association, on Monday.", 'Tom Vale', "president of the Lima Teachers' Association", null],
  // An appositive after the age.
  ['Ana Okafor, 54, a professor at the University of Lagos, won the prize.', 'Ana Okafor', 'professor at the University of Lagos', null],
  // A people's word after "of" is a subject, not the country; a compatriot has no office; a specialist has one.
  ['Ana Roy, a professor of Egyptian art at Lima University, called it important.', 'Ana Roy', 'professor of Egyptian art at Lima University', null],
  ['He was replaced by restructuring specialist Ana Roy.', 'Ana Roy', 'specialist', null],
  // A body's name that ends in a place after a region's word is no next list item; a relative clause ends the office.
  [
    '"It is a fine target," said Ana Roy, a doctoral student at the University of Southern Lima who co-led the team.',
    'Ana Roy',
    'doctoral student at the University of Southern Lima',
    null,
  ],
  // A ruler's number is part of the name.
  ['King Tomas III arrived in Lima on Tuesday.', 'Tomas III', 'King', null],
  // A given name that is also a month's.
  ['"We are relieved," said Jan Vale, the council\'s secretary general.', 'Jan Vale', "council's secretary general", null],
  // … before a surname's particle.
  ["The bank's climate adviser, Jan de Vries, said the bloc was disappointed.", 'Jan de Vries', 'climate adviser', null],
  // A trade known by its ending; a body right after the name and "of".
  ['"It was expected," said Ana Roy, a volcanologist at the Lima Institute.', 'Ana Roy', 'volcanologist at the Lima Institute', null],
  // … a medicine's ("allergist", "psychiatrist"), before a relative clause, which ends the office.
  [
    '"This will change lives," said Dr. Ana Roy, a paediatric allergist at Lima University Hospital who led one of the trials.',
    'Ana Roy',
    'paediatric allergist at Lima University Hospital',
    null,
  ],
  ['"It is rare," said Tom Vale, a psychiatrist at the Lima Clinic.', 'Tom Vale', 'psychiatrist at the Lima Clinic', null],
  ['"Costs will rise," said Tina Vale of the Federation of Small Traders.', 'Tina Vale', null, 'Federation of Small Traders'],
  ['Tom Vale of Lima Water Services told reporters the pipes were old.', 'Tom Vale', null, 'Lima Water Services'],
  // … after the kind of body it is, in lower case.
  ['"It is less than they spend on adverts," said Ana Roy of the campaign group Clean Rivers.', 'Ana Roy', null, 'Clean Rivers'],
  ['Tom Vale of the charity Andes Aid said 40 families had been moved.', 'Tom Vale', null, 'Andes Aid'],
  // A possessive inside the body's name runs on ("Queen's University Lima").
  ["Professor Ana Roy of Queen's University Lima said the trial was too short.", 'Ana Roy', 'Professor', "Queen's University Lima"],
  // Plain words that qualify an office in an appositive; and a country the person's words compare with is not theirs.
  ['"It leaves someone waiting," said Dr Helen Marsh, the agency\'s medical director.', 'Helen Marsh', "agency's medical director", null],
  ['The health minister, Paul Grant, said the government would consider opt-out consent, as in Spain.', 'Paul Grant', 'health minister', null],
  // A portfolio in a word of its own opening the sentence, before a minister: no company.
  ['Consumer minister Eva Strand said the law would change.', 'Eva Strand', 'Consumer minister', null],
  ['"That ends today," said Competition Commissioner Ana Roy.', 'Ana Roy', 'Competition Commissioner', null],
  // An opposition's shadow office is no office of government.
  ['Shadow chancellor Mel Vale said the budget was a tax raid.', 'Mel Vale', 'Shadow chancellor', null],
  // An office named first, then who now holds it.
  ['The new interior minister is Karim Benali, until now the mayor of Lorca.', 'Karim Benali', 'interior minister', null],
  ['The new chair of the board will be Karim Benali.', 'Karim Benali', 'chair of the board', null],
  // A nickname in quotation marks is not part of the name; a body before the office is part of the role.
  ['Labour\'s Owen "Iron" Pryce, the committee chair, kept order.', 'Owen Pryce', 'committee chair', 'Labour'],
  // A region's adjective before an office says where its remit lies, and names no company.
  ['European managing director Karl Vossen apologised to customers.', 'Karl Vossen', 'European managing director', null],
  // A body named with its country's word before its owner's mark owns the office, whole ("Peruvian" names no country here).
  ["The Peruvian Medical Association's president, Lia Mora, said the bonus was wrong.", 'Lia Mora', 'president', 'Peruvian Medical Association'],
  [
    "The Chilean Shareholders' Association's representative, Ivo Kant, said the bonus was wrong.",
    'Ivo Kant',
    'representative',
    "Chilean Shareholders' Association",
  ],
  // … as does one that opens with any other word.
  ["The Lima Shareholders' Association's representative, Ivo Kant, said the bonus was wrong.", 'Ivo Kant', 'representative', "Lima Shareholders' Association"],
  // An owner in capitals that is also a common word is an acronym's body.
  ["The WHO's director for Africa, Dr. Ivo Kant, said the cases had doubled.", 'Ivo Kant', 'director for Africa', 'WHO'],
  // An office held now, with its owner, over a former one set off before or after the name.
  ["The talks were chaired by the AU's special envoy, former Kenyan foreign minister Ana Roy.", 'Ana Roy', 'special envoy', 'AU'],
  ["The talks were chaired by the AU's envoy, Ana Roy, a former Kenyan foreign minister.", 'Ana Roy', 'envoy', 'AU'],
  // … and one named by a former office alone is of its country.
  ["Tom Vale, a former head of Chile's port authority, was extradited on Monday.", 'Tom Vale', 'former head', 'Chile'],
];

describe('a plural title over a list', () => {
  it('gives the second name the title, not the first name ("Justices Elena Kagan, Sonia Sotomayor and …")', () => {
    const people = findPeople(sentencesOf('Justices Elena Kagan, Sonia Sotomayor, Ketanji Brown Jackson and Amy Coney Barrett joined.'));
    expect(people.find((p) => p.name === 'Sonia Sotomayor')?.roles).toEqual(['Justice']);
  });
});

describe('a former office and the one given now', () => {
  it('"bringing back former central bank governor X as finance minister": X is finance minister, not governor', () => {
    const [person] = findPeople(
      sentencesOf('The premier reshuffled his cabinet on Monday, bringing back former central bank governor Ana Kowal as finance minister.'),
    );
    expect(person).toMatchObject({ name: 'Ana Kowal', roles: ['finance minister'] });
  });

  it('a former office read before the lowercase words of its title is still former ("former central bank governor")', () => {
    const [person] = findPeople(sentencesOf('Guests included former central bank governor Ana Kowal.'));
    expect(person.mentions[0].former).toBe(true);
  });
});

describe('people: titles and affiliations in every position', () => {
  /** The names of those who took part (not named only for context). */
  const takingPart = (...text: string[]) =>
    findPeople(sentencesOf(...text))
      .filter((p) => !p.contextOnly)
      .map((p) => p.name);

  it('reads an owner who is a person in the report as whose office it is, no organisation ("Ilic\'s coach, X")', () => {
    const people = findPeople(sentencesOf('Champion Mara Ilic was banned for four years.', "Ilic's coach, Tom Vale, has also been suspended."));
    expect(people.find((p) => p.name === 'Tom Vale')).toMatchObject({ roles: ["Ilic's coach"], affiliation: null });
  });

  it('ends an office at a relative clause ("a doctoral student at … who co-led the team")', () => {
    const [person] = findPeople(sentencesOf('"It is a fine target," said Ana Roy, a doctoral student at the University of Lima who co-led the team.'));
    expect(person.roles).toEqual(['doctoral student at the University of Lima']);
  });

  it('gives a compatriot ("fellow Kenyan X") the country and no office', () => {
    const [person] = findPeople(sentencesOf('The record was set by fellow Kenyan Tom Vale in Lima.'));
    expect(person).toMatchObject({ name: 'Tom Vale', roles: [], affiliation: 'Kenya' });
  });

  it('reads a style after an office as no part of it ("UAE President Sheikh Omar bin Ali")', () => {
    const person = findPeople(sentencesOf('UAE President Sheikh Omar bin Ali met the delegation.')).find((p) => p.name === 'Omar bin Ali');
    expect(person?.roles).toEqual(['President']);
    expect(person?.affiliation).toBe('United Arab Emirates');
    const prince = findPeople(sentencesOf('Saudi Energy Minister Prince Omar bin Ali agreed to review it.')).find((p) => p.name === 'Omar bin Ali');
    expect(prince?.roles).toEqual(['Energy Minister']);
    // "Crown Prince" is the office itself.
    expect(findPeople(sentencesOf('Crown Prince Omar bin Ali met him.'))[0]?.roles).toEqual(['Crown Prince']);
  });

  it("reads a rank after an office of a body as no word of it, and a country's side as whom it included", () => {
    const roles = (text: string) => findPeople(sentencesOf(text)).map((p) => [p.name, p.roles, p.affiliation]);
    expect(roles('Chief of Defence Staff General Tom Vale met him.')).toEqual([['Tom Vale', ['Chief of Defence Staff'], null]]);
    // A professor's title after an office is a style, as "Sheikh" is; a given name that is also a title word, after an office, is the name's.
    expect(roles('Chair Professor Tom Vale said the board had listened.')).toEqual([['Tom Vale', ['Chair'], null]]);
    expect(roles('Non-executive director Amir Vale voted against.')).toEqual([['Amir Vale', ['Non-executive director'], null]]);
    // So is one in apposition to an office, on either side of it; a dean's title is still an office before a surname.
    expect(roles('His lawyer, Dean Vale, said Roy would appeal.')).toEqual([['Dean Vale', ['lawyer'], null]]);
    expect(roles('Dean Vale, her lawyer, said Roy would appeal.')).toEqual([['Dean Vale', ['lawyer'], null]]);
    expect(roles('Dean Roy of the law school said it would appeal.')).toEqual([['Roy', ['Dean'], null]]);
    // (Whose office it is, "his", "their", is no word of it.)
    expect(roles('Ana Roy, their lawyer, said they would appeal.')).toEqual([['Ana Roy', ['lawyer'], null]]);
    // ("Attorney General", "Lieutenant General" are offices whole.)
    expect(roles('Attorney General Ana Roy and Lieutenant General Tom Vale met him.')).toEqual([
      ['Ana Roy', ['Attorney General'], null],
      ['Tom Vale', ['Lieutenant General'], null],
    ]);
    expect(roles('The Peruvian side included Defence Secretary Ivo Kant and Chief of Army Staff General Tom Vale.')).toEqual([
      ['Ivo Kant', ['Defence Secretary'], 'Peru'],
      ['Tom Vale', ['Chief of Army Staff'], 'Peru'],
    ]);
    // (… the country's own delegation, and those on its side, in other words.)
    expect(roles("Peru's delegation included Defence Secretary Ivo Kant.")).toEqual([['Ivo Kant', ['Defence Secretary'], 'Peru']]);
    expect(roles('On the Peruvian side, the talks were attended by Deputy Foreign Minister Ivo Kant.')).toEqual([
      ['Ivo Kant', ['Deputy Foreign Minister'], 'Peru'],
    ]);
    expect(roles('Attending the talks on the Peruvian side were Foreign Minister Ivo Kant and Trade Minister Ana Roy.')).toEqual([
      ['Ivo Kant', ['Foreign Minister'], 'Peru'],
      ['Ana Roy', ['Trade Minister'], 'Peru'],
    ]);
  });

  it("reads an owner named after the common noun that says what it is as the title's owner ('owner Halvex's …' is no office)", () => {
    const roles = (text: string) => findPeople(sentencesOf(text)).find((p) => p.name === 'Tom Vale')?.roles;
    expect(roles("Quarry owner Halvex's planning manager, Tom Vale, told the meeting the firm would fund a bypass.")).toEqual(["Halvex's planning manager"]);
    // (An owner named with an office keeps it: "President Ana Roy's chief of staff".)
    expect(roles("President Ana Roy's chief of staff, Tom Vale, told the meeting.")).toEqual(["President Ana Roy's chief of staff"]);
  });

  it("reads the verb after an age as no appositive ('Tom Vale, 52, was previously deputy minister' gives no office 'was …')", () => {
    const roles = findPeople(sentencesOf('Lima named Tom Vale as its new envoy.', 'Vale, 52, was previously deputy economy minister.'))[0]?.roles;
    expect(roles).toEqual(['envoy']);
  });

  it("reads the next item of a list, a title and a name with a lower-case particle, as no appositive ('…, Egyptian President Abdel Ana al-Roy and …')", () => {
    const people = findPeople(
      sentencesOf("Kenyan President Tom Vale, Egyptian President Abdel Ana al-Roy and Peru's President Ivo Kant were named to the panel."),
    );
    expect(people.map((p) => [p.name, p.roles, p.affiliation])).toEqual([
      ['Tom Vale', ['President'], 'Kenya'],
      ['Abdel Ana al-Roy', ['President'], 'Egypt'],
      ['Ivo Kant', ['President'], 'Peru'],
    ]);
  });

  it('"Ana Roy was accompanied by Minister X and Minister Y": they are on her side', () => {
    const people = findPeople(
      sentencesOf('Peruvian President Ana Roy met Tom Vale in Lima.', 'Roy was accompanied by Foreign Minister J. Soto and Trade Minister Ivo Kant.'),
    );
    expect(people.find((p) => p.name === 'J. Soto')?.affiliation).toBe('Peru');
    expect(people.find((p) => p.name === 'Ivo Kant')?.affiliation).toBe('Peru');
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation ?? null).toBeNull();
  });

  it("gives a central bank's officers named without it the bank whose rate decision the report is about", () => {
    for (const bank of ['Bank of Lima', 'Reserve Bank of Andesia', 'Lima Central Bank', 'Federal Reserve'])
      expect(
        affiliations(
          `The ${bank} kept its main interest rate at 4.5% on Thursday.`,
          'Deputy Governor Ana Roy and external member Tom Vale wanted a cut.',
          'Governor Ivo Kant and chief economist Lia Mora voted to hold. Mayor Rui Sol welcomed it.',
        ),
        bank,
      ).toEqual([
        ['Ana Roy', bank],
        ['Tom Vale', bank],
        ['Ivo Kant', bank],
        ['Lia Mora', bank],
        ['Rui Sol', null],
      ]);
    // (… though not where no rate is told: a governor of a state in a report that names a bank.)
    expect(affiliations('The Bank of Lima opened a branch in Quito on Thursday.', 'Governor Ivo Kant cut the ribbon.')).toEqual([['Ivo Kant', null]]);
  });

  it("gives a company's officers named without it the company the report is about, and no union or country that opens a lead", () => {
    expect(
      affiliations('Halvex Motors on Thursday cut its profit forecast.', 'Chief executive Ana Roy told analysts the company would cut 4,000 jobs.'),
    ).toEqual([['Ana Roy', 'Halvex Motors']]);
    expect(
      affiliations(
        'LIMA — Andes Therapeutics set itself a revenue target.',
        'Chief Financial Officer Tom Vale said buybacks would follow.',
        'Mayor Ivo Kant welcomed it.',
      ),
    ).toEqual([
      ['Tom Vale', 'Andes Therapeutics'],
      ['Ivo Kant', null],
    ]);
    expect(affiliations('Lima Transport Union said the company had misled drivers.', 'General counsel Ana Roy said it would appeal.')).toEqual([
      ['Ana Roy', null],
    ]);
    expect(affiliations('Peru on Monday cut its growth forecast.', 'Chief executive Ana Roy said the company would cope.')).toEqual([['Ana Roy', null]]);
    // The lead's subject may be the company's people: its shareholders, its workers.
    expect(affiliations('Shareholders of Halvex Group voted down the pay plan.', 'Chairwoman Ana Roy said the board would consult investors.')).toEqual([
      ['Ana Roy', 'Halvex Group'],
    ]);
    // (… its board or its shareholders, named with "The": "The board of Halvex Group, the packaging maker, has removed …".)
    for (const body of ['board', 'shareholders'])
      expect(
        affiliations(
          `The ${body} of Halvex Group, the packaging maker, has removed chief executive Tom Vale with immediate effect.`,
          'Chair Ana Roy said the company needed a new start.',
        ),
        body,
      ).toEqual([
        ['Tom Vale', 'Halvex Group'],
        ['Ana Roy', 'Halvex Group'],
      ]);
    // … and their trade may stand in lower case before the name ("Shareholders in shipping group Halvex Marine").
    expect(
      affiliations(
        'OSLO — Shareholders in shipping group Halvex Marine voted down the pay report on Thursday.',
        'Chair Ana Roy said the board had heard the message.',
        "Investors objected to an award to chief executive Tom Vale for the company's takeover of a rival.",
      ),
    ).toEqual([
      ['Ana Roy', 'Halvex Marine'],
      ['Tom Vale', 'Halvex Marine'],
    ]);
    // (A company the lead names as a person's name may be written is still the company.)
    expect(
      affiliations(
        'Lindqvist Semiconductor said on Thursday that its third-quarter profit fell 22% as demand for memory chips weakened.',
        'Chief financial officer Ana Roy said the company expected demand to recover next year.',
      ),
    ).toEqual([['Ana Roy', 'Lindqvist Semiconductor']]);
    // (An officer the text gives the company's short name, "Halvex's head of research", gets its full name.)
    expect(
      affiliations('Halvex Therapeutics said on Thursday that its profit fell 22%.', "Halvex's head of research, Ana Roy, said the company would recover."),
    ).toEqual([['Ana Roy', 'Halvex Therapeutics']]);
    // A person the lead's next sentence opens with is no company, though the report calls one "the company".
    expect(
      affiliations(
        'Shareholders voted down the pay report.',
        'Chair Ana Roy told the meeting the board had heard the message.',
        "Investors objected to an award to chief executive Tom Vale for the company's takeover of a rival.",
      ),
    ).toEqual([
      ['Ana Roy', null],
      ['Tom Vale', null],
    ]);
    // A word for its trade before the name is no part of it ("Carmaker Halvex on Tuesday unveiled …").
    expect(
      affiliations(
        'Carmaker Halvex on Tuesday unveiled its cheapest car.',
        'The car will be built in Lima, chief executive Ana Roy said.',
        'The company sold 1.1 million cars.',
      ),
    ).toEqual([['Ana Roy', 'Halvex']]);
    // An article opening the lead is no company's name ("A failure at …").
    expect(
      affiliations(
        'A failure at cloud provider Halvex Systems knocked websites offline.',
        '"We regret it," chief technology officer Ana Roy said.',
        'The company apologised.',
      ),
    ).toEqual([['Ana Roy', null]]);
  });

  it('gives a "Board chair" the body the text names before "board" in lower case ("the Lima School District board")', () => {
    expect(
      affiliations(
        'The Lima School District board voted 5-2 on Monday to close two schools.',
        'Board chair Ana Roy said a transition team would help the students.',
      ),
    ).toEqual([['Ana Roy', 'Lima School District']]);
    // (Not a run of capitalised words that is no body's name: "Lima board" names no body.)
    expect(affiliations('The Lima board voted on Monday.', 'Board chair Ana Roy said it.')).toEqual([['Ana Roy', null]]);
  });

  it("gives one a body hires or fires that body, as the sentence's subject, not a person who appoints them", () => {
    expect(affiliations('Lima City have sacked manager Tom Vale after eight straight defeats this season.')).toEqual([['Tom Vale', 'Lima City']]);
    expect(affiliations('Halvex Rail appointed its new chief executive Ana Roy on Monday.')).toEqual([['Ana Roy', 'Halvex Rail']]);
    expect(affiliations('President Tom Vale appointed finance minister Ana Roy on Monday after a long search.')).toEqual([
      ['Tom Vale', null],
      ['Ana Roy', null],
    ]);
  });

  it('gives one named with an office the country the sentence before gave that office, with no name ("Peru\'s prime minister")', () => {
    expect(
      affiliations(
        "Leaders ended a summit in Lima on Friday without agreeing on an aid package, after Peru's prime minister blocked the deal.",
        'Prime Minister Tom Vale vetoed the package, saying the money would be better spent at home.',
        'President Ana Roy said the plan would return in January.',
      ),
    ).toEqual([
      ['Tom Vale', 'Peru'],
      ['Ana Roy', null],
    ]);
    // (Not when the office is named with its holder there, nor when two countries' offices are, nor of another word.)
    expect(affiliations("Peru's prime ministerial candidate blocked the deal.", 'Prime Minister Tom Vale vetoed the package.')).toEqual([['Tom Vale', null]]);
    expect(
      affiliations("Chile's prime minister, Ivo Kant, blocked the deal.", 'Prime Minister Tom Vale vetoed the package.').find(([n]) => n === 'Tom Vale'),
    ).toEqual(['Tom Vale', null]);
    expect(affiliations("Peru's prime minister and Chile's prime minister blocked the deal.", 'Prime Minister Tom Vale vetoed the package.')).toEqual([
      ['Tom Vale', null],
    ]);
  });

  it('gives the first one named, speaking, the office of a body the lead gave with no name', () => {
    expect(
      affiliations(
        'WASHINGTON — The chief executive of Halvex Airlines apologised to senators on Thursday for the collapse of its operations.',
        '"We messed up," Tom Vale told the committee.',
        'Committee chair Ana Roy said it had failed.',
      ),
    ).toEqual([
      ['Tom Vale', 'Halvex Airlines'],
      ['Ana Roy', null],
    ]);
    // (… and a lead whose verb is "told" or "said", past an opening phrase before the name.)
    for (const verb of ['told MPs', 'said']) {
      expect(
        affiliations(
          `The chief executive of Lima Water ${verb} on Wednesday that the company had let down its customers.`,
          'Appearing before the Environment Committee, Ana Roy said the company would spend £1 billion.',
        ),
      ).toEqual([['Ana Roy', 'Lima Water']]);
    }
    // (… as does one of a body told by its kind: "The chief executive of the software firm Halvex apologised …".)
    expect(
      affiliations(
        'The chief executive of the software firm Halvex apologised to MPs on Tuesday for a faulty update.',
        '"We got this wrong, and I am deeply sorry," Tom Vale told the committee.',
      ),
    ).toEqual([['Tom Vale', 'Halvex']]);
    // (… past the body's own appositive in the lead, and the one named's age and relative clause before they speak.)
    expect(
      findPeople(
        sentencesOf(
          "The chief executive of Halvex Group, Peru's largest grocer, resigned on Tuesday after an accounting scandal.",
          'Tom Vale, 58, who had led the company since 2015, said he was stepping down.',
        ),
      ).map((p) => [p.name, p.roles, p.affiliation]),
    ).toEqual([['Tom Vale', ['chief executive'], 'Halvex Group']]);
    // (… as does a lead that closes with who said it: "…, the agency's director-general said.")
    expect(
      findPeople(
        sentencesOf(
          "GENEVA — The agency's emergency committee agreed on Friday that the outbreak is still an emergency, the agency's director-general said.",
          'Ana Roy said the 16-member committee had been unanimous.',
        ),
      ).map((p) => [p.name, p.roles]),
    ).toEqual([['Ana Roy', ['director-general']]]);
    // (Not one named after another: the office may be theirs.)
    expect(
      affiliations(
        'The chief executive of Halvex Airlines apologised to senators on Thursday.',
        'Senator Ana Roy questioned him. Tom Vale said the airline was sorry.',
      ),
    ).toEqual([
      ['Ana Roy', null],
      ['Tom Vale', null],
    ]);
  });

  it('gives an office of "the forum" the one body the text names with that word last', () => {
    expect(
      affiliations(
        'The meeting was organised by the Andes Water Forum in Lima on Friday.',
        "The forum's secretary-general, Tom Vale, said the next one would be held in Quito.",
      ),
    ).toEqual([['Tom Vale', 'Andes Water Forum']]);
  });

  it('gives "The Forum\'s Secretary General" the one body named with the word last, not the word alone', () => {
    expect(
      affiliations(
        'Foreign ministers of the Andes Islands Forum on Wednesday endorsed a plan to protect the ocean.',
        "The Forum's Secretary General, Tom Vale, said the plan set out what the region expects of itself.",
      ),
    ).toEqual([['Tom Vale', 'Andes Islands Forum']]);
  });

  it('gives "Its director" the one body named with the word last that the sentence before calls by its kind ("The gallery …")', () => {
    expect(
      affiliations(
        'Thieves stole two paintings from the Lima National Gallery on Saturday.',
        'The gallery, which reopened on Tuesday, said it would review its security. Its director, Tom Vale, said the alarm had worked.',
      ),
    ).toEqual([['Tom Vale', 'Lima National Gallery']]);
    // (A body the sentence before does not open with is none of "its".)
    expect(
      affiliations(
        'Thieves stole two paintings from the Lima National Gallery on Saturday.',
        'Police said they had arrested three men. Its director, Tom Vale, said the alarm had worked.',
      ),
    ).toEqual([['Tom Vale', null]]);
  });

  it('gives an office a company owns the company, not the country the office is for ("Halvex\'s UK managing director")', () => {
    expect(affiliations("Halvex's UK managing director, Ana Roy, said the plant would close in March.")).toEqual([['Ana Roy', 'Halvex']]);
    expect(affiliations("Halvex's Peruvian country manager Ana Roy said the plant would close in March.")).toEqual([['Ana Roy', 'Halvex']]);
  });

  it('gives an office of "University president" the one body the text names "the University of …"', () => {
    expect(
      affiliations(
        'The governing board of the University of Lima voted on Wednesday to raise tuition by 9%.',
        'University president Ana Roy said the increase was needed.',
      ),
    ).toEqual([['Ana Roy', 'University of Lima']]);
    expect(
      affiliations(
        'The board of the University of the Andes voted on Wednesday to raise tuition.',
        'University president Ana Roy said the increase was needed.',
      ),
    ).toEqual([['Ana Roy', 'University of the Andes']]);
  });

  it('gives an office of "the union", "the trust" the one body the text names with that word last', () => {
    expect(
      affiliations('The Lima Dockers Union called a strike on Monday over pay.', "The union's general secretary, Ana Roy, said members had voted to walk out."),
    ).toEqual([['Ana Roy', 'Lima Dockers Union']]);
    expect(
      affiliations(
        'A cyber attack on the Halvex Health Trust has forced it to cancel operations.',
        "Tom Vale, the trust's chief executive, said no patient was harmed.",
      ),
    ).toEqual([['Tom Vale', 'Halvex Health Trust']]);
    // ("… a stake in the bank, and its chief executive, X, will step down": "its" is the bank the clause names.)
    expect(
      affiliations(
        'The government agreed on Sunday to inject 6 billion euros into Halvex Bank, the fourth-largest lender.',
        'The state will take a stake in the bank, and its chief executive, Tom Vale, will step down.',
      ),
    ).toEqual([['Tom Vale', 'Halvex Bank']]);
    // ("… by the streaming service Halvex, whose chief executive, X, welcomed it": Halvex is no person with the office
    // "whose chief executive", and X is its chief executive; "Ana Roy, whose lawyer, X" gives X no body.)
    expect(
      findPeople(sentencesOf('The complaint was made in 2019 by the streaming service Halvex, whose chief executive, Tom Vale, welcomed the ruling.')).map(
        (p) => [p.name, p.roles, p.affiliation],
      ),
    ).toEqual([['Tom Vale', ['chief executive'], 'Halvex']]);
    expect(affiliations('The complaint was made by Ana Roy, whose lawyer, Tom Vale, welcomed the ruling.')).toEqual([['Tom Vale', null]]);
    // ("Federation president Ana Roy": the kind, capitalised, opening the office.)
    expect(
      affiliations("Nurses voted to accept the offer, the Lima Nurses' Federation said on Thursday.", 'Federation president Ana Roy called it a victory.'),
    ).toEqual([['Ana Roy', "Lima Nurses' Federation"]]);
    // (… and with the office capitalised too: "Court President Ana Roy".)
    expect(
      affiliations('The Andes Court of Justice on Friday ordered Lima to halt work on the dam.', 'Court President Ana Roy said the order was binding.'),
    ).toEqual([['Ana Roy', 'Andes Court of Justice']]);
    // (What the body is for or of, after its word, is its name's too; a day after it is not.)
    expect(
      affiliations(
        'The Lima Commission for Aviation Regulation has fined Halvex Air 4.5 million soles.',
        "The commission's chairperson, Ana Roy, said passengers kept their rights.",
      ),
    ).toEqual([['Ana Roy', 'Lima Commission for Aviation Regulation']]);
    expect(
      affiliations(
        'The Lima Commission on Monday fined Halvex Air 4.5 million soles.',
        "The commission's chairperson, Ana Roy, said passengers kept their rights.",
      ),
    ).toEqual([['Ana Roy', 'Lima Commission']]);
    // (The office, once the card shows whose it is, is the office alone: "general secretary", not "union's general secretary".)
    expect(
      findPeople(
        sentencesOf(
          'The Lima Dockers Union called a strike on Monday over pay.',
          "Ana Roy, the union's general secretary, said members had voted to walk out.",
        ),
      ).map((p) => [p.name, p.roles, p.affiliation]),
    ).toEqual([['Ana Roy', ['general secretary'], 'Lima Dockers Union']]);
    // (… and so is an office the kind's word opens, in lower case: "union official Ana Roy".)
    expect(
      affiliations('The strike was called by the Lima Transport and General Workers Union.', '"We cannot afford to live here," said union official Ana Roy.'),
    ).toEqual([['Ana Roy', 'Lima Transport and General Workers Union']]);
    // (… and so is a union's own office, named without the kind: "General secretary Ana Roy told delegates …".)
    for (const office of ['General secretary', 'Deputy general secretary', 'Assistant general secretary'])
      expect(
        affiliations(
          'The Lima Teachers Union voted on Monday to ballot its members on strike action.',
          `${office} Ana Roy told delegates that teachers had run out of patience.`,
        ),
        office,
      ).toEqual([['Ana Roy', 'Lima Teachers Union']]);
    // (… as it is of the company a report is about: "company's chief executive" of Halvex Bank is its "chief executive".)
    expect(
      findPeople(
        sentencesOf('Halvex Bank said on Tuesday that its profits rose 12 percent.', "Ana Roy, the company's chief executive, said the year had been good."),
      ).map((p) => [p.name, p.roles, p.affiliation]),
    ).toEqual([['Ana Roy', ['chief executive'], 'Halvex Bank']]);
    // ("made by the Peruvian company Halvex Pharma …. The company's chief executive, X": named after the kind's word.)
    expect(
      affiliations(
        'The regulator approved the drug, made by the Peruvian company Halvex Pharma, on Tuesday.',
        "The company's chief executive, Tom Vale, said it would cost 900 soles a month.",
      ),
    ).toEqual([['Tom Vale', 'Halvex Pharma']]);
    // Two unions named: which one is "the union" the text does not say.
    expect(
      affiliations(
        'The Lima Dockers Union and the Andes Rail Union called a strike on Monday.',
        "The union's general secretary, Ana Roy, said members had voted to walk out.",
      ),
    ).toEqual([['Ana Roy', null]]);
    // … though the one its own sentence names just before it is: "elected leader of the Lima Green Party, defeating the
    // party's deputy chair, X", in a report that names another party further on.
    const party = affiliations(
      "Ana Roy was elected leader of the Lima Green Party on Saturday, defeating the party's deputy chair, Tom Vale.",
      "Mayor Ivo Kant of the Andes People's Party congratulated her.",
    );
    expect(party.find(([name]) => name === 'Tom Vale')).toEqual(['Tom Vale', 'Lima Green Party']);
    expect(party.find(([name]) => name === 'Ivo Kant')).toEqual(['Ivo Kant', "Andes People's Party"]);
  });

  it("takes no market commentator for a participant ('said X, an analyst at Lima Bank'), unless the text puts them in the room", () => {
    const names = (...text: string[]) =>
      findPeople(sentencesOf(...text))
        .filter((p) => !p.contextOnly)
        .map((p) => p.name);
    expect(names('Oil ministers agreed on Sunday to extend cuts.', '"The market will read this as bullish," said Ana Roy, an analyst at Lima Bank.')).toEqual(
      [],
    );
    expect(names('Halvex unveiled a chip on Tuesday.', 'Analyst Tom Vale of Redline Research said the launch put pressure on rivals.')).toEqual([]);
    expect(names('Halvex held its investor day on Tuesday.', 'Analyst Tom Vale of Redline Research asked from the floor about margins.')).toEqual(['Tom Vale']);
    // … or one who led what is reported ("The study, led by economist Dr. Ana Roy").
    expect(
      names(
        'A shorter week left staff less tired, a study found on Wednesday.',
        'The study, led by economist Dr. Ana Roy of Lima University, followed 2,900 staff.',
      ),
    ).toEqual(['Ana Roy']);
    expect(
      names('A shorter week left staff less tired, a study found on Wednesday.', 'Chief economist Dr. Ana Roy of Lima Bank said the study was small.'),
    ).toEqual([]);
  });

  it('takes a company named for its trade ("Halvex Computing unveiled …") for no person, and gives it its officers', () => {
    const people = findPeople(
      sentencesOf(
        'LIMA — Halvex Computing unveiled a chip on Tuesday.',
        'Chief executive Ana Roy said it would ship next year.',
        'Head of software Tom Vale showed a toolkit.',
      ),
    );
    expect(people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Ana Roy', 'Halvex Computing'],
      ['Tom Vale', 'Halvex Computing'],
    ]);
    const recall = findPeople(sentencesOf('Halvex Mobility said on Monday it is recalling 240,000 scooters.', 'Chief executive Tom Vale apologised.'));
    expect(recall.map((p) => [p.name, p.affiliation])).toEqual([['Tom Vale', 'Halvex Mobility']]);
    // (… or for what it digs or sells: "the mine's owner, Lima Coal, said" names no owner who is a person.)
    expect(
      findPeople(
        sentencesOf("Two miners were killed in the collapse on Monday, the mine's owner, Lima Coal, said.", 'Minister Tom Vale visited the mine.'),
      ).map((p) => p.name),
    ).toEqual(['Tom Vale']);
  });

  it('"after minister X stayed in Lima for a vote": X is away, and not the stand-in named before an unnamed minister\'s absence', () => {
    const part = (...text: string[]) => findPeople(sentencesOf(...text)).map((p) => [p.name, p.participation]);
    expect(
      part('Farm ministers met in Quito on Monday.', 'Peru was represented by its ambassador after minister Ana Roy stayed in Lima for a no-confidence vote.'),
    ).toEqual([['Ana Roy', 'absent']]);
    expect(
      part(
        'Farm ministers met in Quito on Monday.',
        'Chile was represented by its ambassador, Tom Vale, after its minister stayed in Santiago for a budget vote.',
      ),
    ).toEqual([['Tom Vale', 'stand-in']]);
    expect(part('Ministers stayed in Quito for a second day of talks.', 'Foreign Minister Ana Roy said progress was slow.')).toEqual([['Ana Roy', 'present']]);
  });

  it('takes no one named only as whom a meeting still to come is with, after the lead', () => {
    const people = findPeople(
      sentencesOf(
        'Trade ministers met in Lima on Monday.',
        'Indian Trade Minister Ana Roy said the deal was close.',
        'Talks went on all day.',
        'Roy will travel to Paris on Tuesday for talks with President Tom Vale.',
      ),
    );
    expect(people.filter((p) => !p.contextOnly).map((p) => p.name)).toEqual(['Ana Roy']);
    expect(findPeople(sentencesOf('President Ana Roy will meet President Tom Vale in Lima on Wednesday.')).filter((p) => !p.contextOnly).length).toBe(2);
  });

  it('takes no one named only as doing something still to come, after the lead ("is due to meet", ", is due to give evidence")', () => {
    const taking = (...text: string[]) =>
      findPeople(sentencesOf(...text))
        .filter((p) => !p.contextOnly)
        .map((p) => p.name);
    const lead = ['Foreign ministers met in Lima on Friday.', 'Foreign Minister Ana Roy chaired the talks.', 'They agreed a plan.'];
    expect(taking(...lead, 'Secretary of State Tom Vale is due to meet the ministers on Monday.')).toEqual(['Ana Roy']);
    expect(taking(...lead, 'The regulator was not there; its chief executive, Tom Vale, is due to give evidence next month.')).toEqual(['Ana Roy']);
    // (One who will do something else, or who is named with something done too, took part.)
    expect(taking(...lead, 'Deputy Minister Tom Vale will lead the new task force.')).toEqual(['Ana Roy', 'Tom Vale']);
    expect(taking(...lead, 'Deputy Minister Tom Vale said the plan was fair.', 'Vale will meet the donors in October.')).toEqual(['Ana Roy', 'Tom Vale']);
  });

  it('gives a counterpart the office of the one named before ("Prime Minister X and her Chilean counterpart Y")', () => {
    const roles = (...text: string[]) => findPeople(sentencesOf(...text)).map((p) => [p.name, p.roles, p.affiliation]);
    expect(roles('Peruvian Prime Minister Ana Roy and her Chilean counterpart Tom Vale signed a trade pact on Monday.')).toEqual([
      ['Ana Roy', ['Prime Minister'], 'Peru'],
      ['Tom Vale', ['Prime Minister'], 'Chile'],
    ]);
    // (The office the text gives elsewhere, when the name before is a surname alone.)
    expect(
      roles(
        'Peruvian Minister of Foreign Affairs Ana Roy arrived in Lima on Monday.',
        'Roy spoke at a press conference with her Chilean counterpart, Tom Vale.',
      )[1],
    ).toEqual(['Tom Vale', ['Minister of Foreign Affairs'], 'Chile']);
    // (An office in lower case, its country apart: "The president of Peru, X, … her Chilean counterpart, Y": Y is Chile's president.)
    expect(roles('The president of Peru, Ana Roy, has taken her Chilean counterpart, Tom Vale, to task.')[1]).toEqual(['Tom Vale', ['president'], 'Chile']);
    // (… and one opening the next sentence: "Peru's foreign minister, X, said …. Her Chilean counterpart, Y, said …".)
    expect(
      roles(
        "Peru's foreign minister, Ana Roy, said her country would honour the agreement.",
        'Her Chilean counterpart, Tom Vale, said the deal was a beginning.',
      )[1],
    ).toEqual(['Tom Vale', ['foreign minister'], 'Chile']);
  });

  it('gives a counterpart with an office of their own that office alone ("their Chilean counterparts, Foreign Minister Y and …")', () => {
    const roles = findPeople(
      sentencesOf(
        'Foreign Minister Ana Roy and Defence Minister Ivo Kant hosted their Chilean counterparts, Foreign Minister Tom Vale and Defence Minister Lia Mora, in Lima on Tuesday.',
      ),
    ).map((p) => [p.name, p.roles]);
    expect(roles).toContainEqual(['Tom Vale', ['Foreign Minister']]);
  });

  it('gives the next name of a list of counterparts the same country ("their Chilean counterparts, X and Defence Minister Y")', () => {
    expect(
      affiliations(
        'Foreign Minister Ana Roy and Defence Minister Ivo Kant hosted their Chilean counterparts, Foreign Minister Tom Vale and Defence Minister Lia Mora, in Lima on Tuesday.',
      ),
    ).toEqual([
      ['Ana Roy', null],
      ['Ivo Kant', null],
      ['Tom Vale', 'Chile'],
      ['Lia Mora', 'Chile'],
    ]);
  });

  it('takes no one for a participant whose office the text gives as held then ("In 2019, then-president X led a strike")', () => {
    const people = findPeople(
      sentencesOf('Delegates elected Ana Roy as president on Tuesday.', 'In 2019, then-president Tom Vale led a one-day strike over pay.'),
    );
    expect(people.filter((p) => !p.contextOnly).map((p) => p.name)).toEqual(['Ana Roy']);
  });

  it('"skipped the congress, sending her junior minister, X, instead": X stands in, with the office the text gives', () => {
    const people = findPeople(sentencesOf('Education Minister Ana Roy skipped the congress, sending her junior minister, Tom Vale, instead.'));
    expect(people.map((p) => [p.name, p.roles, p.participation])).toEqual([
      ['Ana Roy', ['Education Minister'], 'absent'],
      ['Tom Vale', ['junior minister'], 'stand-in'],
    ]);
  });

  it('reads the office given after a term ("re-elected X for a fourth term as president") and one office of a plural ("were elected as vice-presidents")', () => {
    expect(findPeople(sentencesOf('The congress on Thursday re-elected Ana Roy for a fourth term as president, unopposed.'))[0]?.roles).toEqual(['president']);
    const people = findPeople(sentencesOf("Kenya's federation president Tom Vale and Jamaica's Ivo Kant were elected as vice-presidents."));
    expect(people.find((p) => p.name === 'Ivo Kant')?.roles).toEqual(['vice-president']);
  });

  it('takes no adverb before an office set off after the name for part of it (", currently head of …")', () => {
    const roles = (text: string) => findPeople(sentencesOf(text))[0]?.roles;
    expect(roles('Ana Roy, currently head of finance at Lima Bank, said rates would fall.')).toEqual(['head of finance at Lima Bank']);
    expect(roles('Tom Vale, now chief executive of Halvex, said so.')).toEqual(['chief executive of Halvex']);
    expect(roles('Ana Roy, who is currently the chair of the panel, spoke first.')).toEqual(['chair of the panel']);
    // (… nor "as" before an office set off after the name; and "as" that opens a clause of why gives no office.)
    expect(roles('Ana Roy, as chair of the panel, said the vote would be held today.')).toEqual(['chair of the panel']);
    expect(
      findPeople(sentencesOf('Peru was represented by its ambassador, Ana Roy, as its minister was attending a debate in Lima.')).map((p) => p.roles),
    ).toEqual([['ambassador']]);
    // (… nor the verb that gives it, after an age and a former office.)
    expect(roles('Tom Vale, 49, a former central bank governor, becomes finance minister, replacing Ana Roy.')).toEqual([
      'former central bank governor',
      'finance minister',
    ]);
  });

  it('reads ", the prime minister\'s office said" as who said it, not as an office of the name before it', () => {
    const vale = (text: string) => findPeople(sentencesOf(text)).find((p) => p.name === 'Tom Vale');
    expect(vale("Ana Roy spoke with Chancellor Tom Vale of Austria, the prime minister's office said.")?.roles).toEqual(['Chancellor']);
    expect(vale("Ana Roy met Tom Vale, the prime minister's chief of staff, on Monday.")?.roles).toEqual(["prime minister's chief of staff"]);
  });

  it('takes no one whose country the text says is not a member of the body that met', () => {
    const people = findPeople(
      sentencesOf(
        'Leaders of the Group of Seven on Friday condemned the launch, after a video call chaired by Italian Prime Minister Ana Roy.',
        'South Korean President Tom Vale, whose country is not a G7 member, welcomed the statement.',
      ),
    );
    expect(people.filter((p) => !p.contextOnly).map((p) => p.name)).toEqual(['Ana Roy']);
  });

  it("takes no one an obituary names as the family left ('is survived by her daughter, the sculptor Ana Roy'), nor one who died years before", () => {
    const taking = (line: string) =>
      findPeople(sentencesOf('Architect Ines Vale, who rebuilt the old town of Lima, has died at 91, Mayor Tom Kant said on Sunday.', line))
        .filter((p) => !p.contextOnly)
        .map((p) => p.name);
    expect(taking('Vale is survived by her daughter, the sculptor Ana Roy, and two grandchildren.')).toEqual(['Ines Vale', 'Tom Kant']);
    expect(taking('Her daughter, the sculptor Ana Roy, spoke at the service.')).toEqual(['Ines Vale', 'Tom Kant', 'Ana Roy']);
    // … nor one who died years before.
    expect(taking('Her husband, the composer Ana Roy, died in 2011.')).toEqual(['Ines Vale', 'Tom Kant']);
    expect(taking('The library was designed with the composer Ana Roy, who died in 2011, and opened in 1989.')).toEqual(['Ines Vale', 'Tom Kant']);
  });

  it('takes no one the text says was not involved ("Professor Tom Vale of Lima University, who was not involved in the study")', () => {
    const taking = (line: string) =>
      findPeople(sentencesOf('A trial led by Dr. Ana Roy of Lima Institute found staff less tired on Wednesday.', line))
        .filter((p) => !p.contextOnly)
        .map((p) => p.name);
    expect(taking('Professor Tom Vale of Lima University, who was not involved in the research, said the findings were encouraging.')).toEqual(['Ana Roy']);
    expect(taking('Professor Tom Vale, who did not take part in the trial, said it was too small.')).toEqual(['Ana Roy']);
    // (One who was involved, or a clause of something else, stays.)
    expect(taking('Professor Tom Vale of Lima University, who was involved in the research, said the findings were encouraging.')).toEqual([
      'Ana Roy',
      'Tom Vale',
    ]);
  });

  it('takes each full name of a list whose verb is taking part ("Ana Roy, Tom Vale and other Chinese officials attended")', () => {
    expect(affiliations('The presidents held talks in Lima.', 'Ana Roy, Tom Vale and other Chinese officials attended the talks.')).toEqual([
      ['Ana Roy', 'China'],
      ['Tom Vale', 'China'],
    ]);
    expect(affiliations('The presidents held talks in Lima.', 'Ana Roy, Tom Vale and Ivo Kant attended the talks.').map(([n]) => n)).toEqual([
      'Ana Roy',
      'Tom Vale',
      'Ivo Kant',
    ]);
    // (Not names listed as the subject of something else.)
    expect(affiliations('The presidents held talks in Lima.', 'Ana Roy, Tom Vale and other critics of the deal were not invited.')).toEqual([]);
  });

  it('takes a prize\'s other contenders ("The shortlist also included novelists X and Y") for no participants; the winner stays', () => {
    expect(
      takingPart(
        'Poet Ana Roy has won the Lima Prize for literature, the committee said on Thursday.',
        'The shortlist also included novelists Tom Vale of Peru and Ivo Kant of Chile.',
      ),
    ).toEqual(['Ana Roy']);
    expect(takingPart('Poet Ana Roy has won the Lima Prize.', 'Other nominees were Tom Vale and Ivo Kant.')).toEqual(['Ana Roy']);
  });

  it('gives the office a quotation\'s "its leader, X, said" names to the body the sentence before named', () => {
    const found = findPeople(
      sentencesOf('The union Lima Workers said it would fight the closure.', '"We have built ships here for 150 years," its leader, Ana Roy, said.'),
    ).map((p) => [p.name, p.roles[0], p.affiliation]);
    expect(found).toEqual([['Ana Roy', 'leader', 'Lima Workers']]);
  });

  it('gives a chief executive the company the lead opens with, after its nation and trade ("Norwegian shipbuilder X")', () => {
    expect(
      affiliations(
        'Norwegian shipbuilder Halvex Marine will cut 900 jobs and close its yard in Lima, the company said on Tuesday.',
        'The cuts will be made by March, chief executive Ana Roy told reporters.',
      ),
    ).toEqual([['Ana Roy', 'Halvex Marine']]);
  });

  it('reads the trade written before a company\'s one-word name as saying it is one ("Software maker X", "Carmaker X"), for its officers', () => {
    expect(
      affiliations(
        'Software maker Halvex said on Tuesday its profit rose 40%.',
        'Chief executive Ana Roy said customers were moving to the cloud.',
        'Finance chief Tom Vale said costs would rise.',
      ),
    ).toEqual([
      ['Ana Roy', 'Halvex'],
      ['Tom Vale', 'Halvex'],
    ]);
    // (… and a trade's word opening the lead is no word of a person's name.)
    expect(affiliations('Carmaker Halvex said on Tuesday its profit rose 40%.', 'Chief executive Ana Roy said sales of electric cars doubled.')).toEqual([
      ['Ana Roy', 'Halvex'],
    ]);
  });

  it('takes no phrase opening a sentence for the company ("Under the deal, pilots will …")', () => {
    expect(
      affiliations(
        'Pilots and the airline reached a deal on Saturday.',
        'Under the deal, pilots will get a 12% rise.',
        'Chief executive Ana Roy said the airline was relieved.',
      ),
    ).toEqual([['Ana Roy', null]]);
  });

  it('reads "Shipping group Halvex" as a trade before the company\'s name, not "Shipping" as the company', () => {
    expect(
      affiliations('Shipping group Halvex has appointed Ana Roy as its chief executive, the company said on Monday.', 'Chairman Tom Vale welcomed her.'),
    ).toEqual([
      ['Ana Roy', 'Halvex'],
      ['Tom Vale', 'Halvex'],
    ]);
  });

  it('takes no people named in the plural by what they do for the company ("Regulators fined Halvex Water …")', () => {
    expect(
      affiliations(
        'Regulators fined Halvex Water £40 million on Tuesday.',
        'The regulator said the company had misled inspectors.',
        'Chief executive Ana Roy apologised.',
      ),
    ).toEqual([['Ana Roy', null]]);
  });

  it('takes the word before an office for the company when the text writes it as a company\'s full name ("Halvex Airlines")', () => {
    expect(affiliations('Halvex Airlines and its pilots reached a deal on Saturday.', 'Halvex chief executive Ana Roy apologised to passengers.')).toEqual([
      ['Ana Roy', 'Halvex'],
    ]);
    // (A word the text never writes as a company's name is no company.)
    expect(affiliations('Pilots reached a deal on Saturday.', 'Halvex chief executive Ana Roy apologised to passengers.')).toEqual([['Ana Roy', null]]);
  });

  it('takes no office opening the lead for the company ("Chief executive Ana Roy said … the company …")', () => {
    expect(affiliations('Chief executive Ana Roy said on Monday that the company would appeal.', 'Senior engineer Tom Vale said the fault was found.')).toEqual(
      [
        ['Ana Roy', null],
        ['Tom Vale', null],
      ],
    );
  });

  it('gives the company a press release opens with, past its ticker, to its "President and Chief Executive Officer" and its board chair', () => {
    expect(
      affiliations(
        'Halvex Robotics AB (Nasdaq Lima: HLVX) today announced that its board has appointed Ana Roy as President and Chief Executive Officer.',
        '"Ana has an outstanding record," said board chair Tom Vale.',
      ),
    ).toEqual([
      ['Ana Roy', 'Halvex Robotics AB'],
      ['Tom Vale', 'Halvex Robotics AB'],
    ]);
    // (A president alone may be a country's.)
    expect(affiliations('Halvex Robotics AB today opened a plant in Lima.', 'President Ana Roy said it would bring 900 jobs.')).toEqual([['Ana Roy', null]]);
  });

  it('gives the company a lead sets off with what it is ("Halvex, the Nordic telecoms group, has appointed …"); a pronoun is no company', () => {
    expect(
      affiliations(
        'Halvex, the Nordic telecoms group, has appointed Tom Vale as chief executive, the company said on Monday.',
        'Vale, 52, will take over on March 1.',
        'He was head of a rival mobile business since 2019.',
        'Chairman Ivo Kant said Vale was the right person for the job.',
      ),
    ).toEqual([
      ['Tom Vale', 'Halvex'],
      ['Ivo Kant', 'Halvex'],
    ]);
    expect(
      affiliations(
        'The Nordic telecoms group has appointed Tom Vale as chief executive, the company said on Monday.',
        'Vale, 52, will take over on March 1.',
        'He was head of a rival mobile business since 2019.',
      ),
    ).toEqual([['Tom Vale', null]]);
  });

  it('reads no person in a country whose name holds a given name ("Saint Lucia", "St. Vincent", "El Salvador", "San Marino")', () => {
    const names = (...text: string[]) => findPeople(sentencesOf(...text)).map((p) => p.name);
    expect(names('Ministers from Saint Lucia, St. Vincent, El Salvador and San Marino met Foreign Minister Ana Roy in Lima on Monday.')).toEqual(['Ana Roy']);
  });

  it('takes those whom sanctions target for no participants; those who laid them stay', () => {
    expect(
      takingPart(
        'EU foreign ministers agreed on Monday to impose sanctions on 14 officials over the crackdown.',
        'Among them are Interior Minister Tom Vale and the head of the national police, General Ivo Kant.',
        '"They were answered with batons," the foreign policy chief, Ana Roy, told reporters.',
      ),
    ).toEqual(['Ana Roy']);
    expect(takingPart('The United States on Tuesday sanctioned Defence Minister Tom Vale over the coup, Treasury Secretary Ana Roy said.')).toEqual([
      'Ana Roy',
    ]);
    // A name on a list of the measures, told a few sentences after them.
    expect(
      takingPart(
        'EU foreign ministers agreed on Monday to impose sanctions on 14 officials over the crackdown.',
        'The measures freeze the assets of those listed.',
        '"They were answered with batons," the foreign policy chief, Ana Roy, told reporters.',
        "Peru had blocked an earlier version of the package that included the country's president, Tom Vale.",
      ),
    ).toEqual(['Ana Roy']);
    // (A delegation that included someone is who took part, sanctions or not.)
    expect(
      takingPart(
        'EU foreign ministers agreed on Monday to impose sanctions on 14 officials over the crackdown.',
        'Peru sent a delegation that included its foreign minister, Tom Vale.',
      ),
    ).toEqual(['Tom Vale']);
  });

  it('takes the owner or namesake of a thing ("a necklace that belonged to Queen X", "a hall named after the late Y") for no participant', () => {
    expect(
      takingPart(
        'Police in Lima have arrested two men over the theft of jewels from the city museum, prosecutors said on Wednesday.',
        'The pieces, including a diamond necklace that belonged to Queen Amalia, are valued at about 12 million euros.',
        "The museum's director, Tom Vale, said security would be reviewed.",
      ),
    ).toEqual(['Tom Vale']);
    expect(takingPart('The concert was held in a hall named after the late conductor Ivo Kant.', 'Conductor Ana Roy led the orchestra.')).toEqual(['Ana Roy']);
  });

  it('takes the maker of what the report is about ("a painting by the Dutch artist X"), named only as such, for no participant', () => {
    expect(
      takingPart(
        'A painting by the Dutch artist Ivo Kant that was missing for a century sold for 48 million dollars at an auction in Lima on Tuesday.',
        'Experts confirmed it was by Kant after two years of tests.',
        "The auction house's chairman, Tom Vale, called it a discovery.",
      ),
    ).toEqual(['Tom Vale']);
    // (One who does something too is no maker only: "Ana Roy, whose novel … won, thanked the jury".)
    expect(takingPart('A novel by Ana Roy won the Lima Prize on Tuesday.', 'Ana Roy thanked the jury in a speech at the ceremony.')).toEqual(['Ana Roy']);
  });

  it('takes the company the report is about ("Kestrel Stores said …") and a name after a body\'s word ("the charity Reach Out") for no person', () => {
    expect(
      affiliations(
        'Kestrel Stores said on Tuesday that hackers had stolen customer data.',
        'Chief executive Dana Whitcombe apologised.',
        'The company said no passwords were taken.',
      ),
    ).toEqual([['Dana Whitcombe', 'Kestrel Stores']]);
    expect(
      affiliations('Two aid workers were freed, their employer, the charity Reach Out, said on Sunday.', 'Reach Out said it had suspended its work.'),
    ).toEqual([]);
    // (A person named after an office stays a person: "the union leader Tom Vale".)
    expect(affiliations('Dockers voted to end the strike, the union leader Tom Vale said.')).toEqual([['Tom Vale', null]]);
  });

  it('takes a name set off after a kind of business ("the battery supplier, Kenshu Cells of Japan,") for no person; an officer of one stays', () => {
    const names = (text: string) =>
      findPeople(sentencesOf('Regulators ordered a recall of 40,000 bicycles on Monday.', text)).map((p) => [p.name, p.roles.join('; ')]);
    expect(names('The agency will report on the battery supplier, Kenshu Cells of Japan, by March.')).toEqual([]);
    expect(names("The bikes' parent company, Orbis Mobility, said it would pay.")).toEqual([]);
    expect(names('The head of the battery supplier, Tom Vale, apologised.')).toEqual([['Tom Vale', 'head of the battery supplier']]);
  });

  it('takes a name followed by a kind of body set off ("Andes Grid, the local utility, said") for no person; an officer of one stays', () => {
    const names = (text: string) =>
      findPeople(sentencesOf('A wildfire forced 12,000 people from their homes on Tuesday.', text)).map((p) => [p.name, p.roles.join('; ')]);
    expect(names('Andes Grid, the local utility, said it had cut power to 30,000 homes.')).toEqual([]);
    expect(names('Lima Aid, a small charity, said it had opened two shelters.')).toEqual([]);
    expect(names('Ana Roy, the head of the group, said it had opened two shelters.')).toEqual([['Ana Roy', 'head of the group']]);
  });

  it('takes a name the text once calls a company by its kind ("made by Danish company Halvex Nordic") for no person where it acts later', () => {
    const names = (...text: string[]) => findPeople(sentencesOf('Regulators backed a weekly insulin on Friday.', ...text)).map((p) => p.name);
    expect(names('The drug, made by Danish company Halvex Nordic, did well in trials.', 'Halvex Nordic said it planned to launch it in Peru first.')).toEqual(
      [],
    );
    // (One named as a person elsewhere, by an office, stays a person.)
    expect(names('The drug was made by the company Tom Vale founded.', 'Chief executive Tom Vale said it would launch in Peru.')).toEqual(['Tom Vale']);
  });

  it('gives "Its" officer the company the sentence before names after its kind ("Halvex\'s parent company, Orbis Mobility of Osaka,")', () => {
    expect(
      affiliations(
        'Regulators ordered a recall of 40,000 Halvex bicycles on Monday.',
        "Halvex's parent company, Orbis Mobility of Osaka, said it would replace the batteries.",
        'Its European managing director, Karl Vossen, apologised to customers.',
      ),
    ).toEqual([['Karl Vossen', 'Orbis Mobility']]);
  });

  it('takes the name set off after several office-holders ("Two executives of the firm, Baumann Bau,") for no person; one office-holder\'s stays', () => {
    const names = (text: string) => findPeople(sentencesOf('Prosecutors charged a former mayor on Tuesday.', text)).map((p) => [p.name, p.roles.join('; ')]);
    expect(names('Two executives of the construction firm, Baumann Bau, were also charged.')).toEqual([]);
    expect(names('The chief executive of the construction firm, Tom Vale, was also charged.')).toEqual([
      ['Tom Vale', 'chief executive of the construction firm'],
    ]);
  });

  it('"X and Y were part of the Indian delegation": they are for India', () => {
    const people = findPeople(sentencesOf('Ministers met in Lima on Monday.', 'Officials Ana Roy and Tom Vale were part of the Indian delegation.'));
    expect(people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Ana Roy', 'India'],
      ['Tom Vale', 'India'],
    ]);
  });

  it('takes no place or scheme named after someone for a person ("the Prince Ana Roy Stadium", "Tom Vale International Airport", "PM Ana Roy Yojana")', () => {
    expect(findPeople(sentencesOf('About 45,000 fans watched the match at the Prince Ana Roy Stadium.')).map((p) => p.name)).toEqual([]);
    expect(findPeople(sentencesOf('The plane landed at President Tom Vale International Airport.')).map((p) => p.name)).toEqual([]);
    expect(findPeople(sentencesOf('The Cabinet cleared an extension of the PM Ana Roy Yojana for rural housing.')).map((p) => p.name)).toEqual([]);
  });

  it("reads a clause of time or cause after the name as no appositive ('its ambassador, Ana Roy, after its minister stayed home')", () => {
    for (const clause of ['after its minister stayed in Lima for a vote', 'while its minister stayed in Lima', 'because its minister was ill']) {
      const person = findPeople(sentencesOf(`Chile was represented by its ambassador, Ana Roy, ${clause}.`))[0];
      expect(person?.roles).toEqual(['ambassador']);
      expect(person?.affiliation).toBe('Chile');
    }
  });

  it.each(ROLES)('%s', (text, name, role, affiliation) => {
    const person = findPeople(sentencesOf(text)).find((p) => p.name === name);
    expect(person, `no person ${name}`).toBeDefined();
    if (role) expect(person!.roles.join('; ')).toContain(role);
    // No office of another person's is given to this one, and no honorific is an office.
    expect(person!.roles.join('; ')).not.toMatch(/\b(?:Ana Roy|Tom Vale)\b|Hon'ble|H\.H\./);
    expect(person!.affiliation).toBe(affiliation);
  });
});

// [paragraphs, participants expected]
const PARTICIPATION: Array<[string[], string[]]> = [
  // A relative clause closing the sentence is background: its "last year's summit" does not set the sentence back.
  [
    [
      'Climate ministers ended a two-day meeting in Lima on Thursday.',
      "The meeting was co-hosted by Peru's Foreign Minister, Ana Roy, and Chile's Tom Vale, who presided over last year's summit.",
    ],
    ['Ana Roy', 'Tom Vale'],
  ],
  [['"We asked for more," said Dr. Mariam Kone, as the tally was read out.'], ['Mariam Kone']],
  [['Ravi Dhillon told the court he had no say over routes.'], ['Ravi Dhillon']],
  // A plural title over a list of full names, one of three words last.
  [
    ['Justices Elena Kagan, Sonia Sotomayor, Ketanji Brown Jackson and Amy Coney Barrett joined the opinion.'],
    ['Elena Kagan', 'Sonia Sotomayor', 'Ketanji Brown Jackson', 'Amy Coney Barrett'],
  ],
  // A player who won "his" title, and a champion by title; a team that won "its" match is no person.
  [['Jannik Sinner won his first Lima Open title on Sunday, beating defending champion Carlos Alcaraz in five sets.'], ['Jannik Sinner', 'Carlos Alcaraz']],
  [['Lorca United won its first title on Sunday.'], []],
  // … nor is a club by its name's own words, speaking.
  [['Lorca Athletic said the sale would cut its debts.', 'Halvex Rovers said the fee was fair.', 'Ana Roy of Lima Wanderers was pleased.'], ['Ana Roy']],
  // Full names given their countries, in a list after the verb.
  [['The prize was awarded to Ana Okafor of Nigeria, Kenji Sato of Japan and Lena Brandt of Germany.'], ['Ana Okafor', 'Kenji Sato', 'Lena Brandt']],
  // Another subject stays away, not the person named before it.
  [['Germany was represented by State Secretary Ana Roy, and Russia did not attend.'], ['Ana Roy']],
  [["Japan's Foreign Minister, Hiro Tana, had been expected to speak but sent apologies."], []],
  [['Home Secretary Pria Pell was disinvited from the summit.'], []],
  [['Dr. Sven Aalt, head of research, had been billed as a panellist but withdrew on Monday.'], []],
  [['The panel met in 2024.', 'The session opened with a clip from a 2019 talk by co-founder Marc Feld.'], []],
  // An absence word inside a quotation is not the speaker's absence.
  [['Finance minister Enoch Godo spoke in 2025.', 'Godo insisted that "no flag was absent" on Wednesday.'], ['Enoch Godo']],
  // "since" gives a state, not an earlier event.
  [['Dr. Mira Okon, the chief executive since January 2023, told analysts in 2024 that sales rose.'], ['Mira Okon']],
  // "a year earlier" in a comparison does not set the sentence a year back; "last year's" does.
  [['Police Chief Dana Holt said 37 break-ins were logged, compared with 21 in the same period a year earlier.'], ['Dana Holt']],
  [["Police Chief Dana Holt spoke at last year's meeting."], []],
  // Capitalised words before an office are the office, not a person.
  [["A message from the UN's Emergency Relief Coordinator was read out."], []],
  // One capitalised word after a connector ends the name of a body, not a person.
  [["Professor Hana Marek of the University of Southampton, the consortium's principal investigator, opened it."], ['Hana Marek']],
  [['The Minister for Public Expenditure, Fergal Dunne, sent apologies.'], []],
  // A person named with their country, then what they did.
  [['Maria Lopez of Chile told reporters the plan would work.', 'The Bank of Spain said rates would rise.'], ['Maria Lopez']],
  // A body named after its kind in two words is no person.
  [['Proxy adviser Glass Lantern had recommended a vote against.', 'Chair Ana Roy said the board heard the message.'], ['Ana Roy']],
  // A body its staff speak for, and a body named with "the", are no people.
  [['Analysts at Halvard Sachs said the cut was expected.'], []],
  [['The Turkish Blue Lantern said it had set up 500 tents.', 'Ana Roy said the roads were open.'], ['Ana Roy']],
  // A plural body word ends the name of an organisation, never a person's: the person is of that body.
  [['Mina Rook of Halvard Partners asked from the floor whether the plan was early.'], ['Mina Rook']],
  [["The two countries' Institutes of Maritime Studies signed four agreements."], []],
  [['The carmaker said a supplier, Lindqvist Components of Sweden, had changed the material.'], []],
  // A year still to come sets no other sentence in the past.
  [
    [
      "The ministers met in Lima on 14 June 2031, chaired by Peru's Minister of Foreign Affairs, Ana Roy.",
      "The ministers welcomed Ecuador's offer to host the next meeting in Quito in 2032.",
    ],
    ['Ana Roy'],
  ],
  // A transcript's speaker in capitals is a participant; someone named only in the questions put is not.
  [['MR VALE: Good afternoon, everyone.', 'QUESTION: Will the Secretary meet President Ana Roy?', 'MR VALE: I have no meetings to announce.'], ['Vale']],
  // A former office-holder on trial is the trial's defendant; one who only comments is named for context.
  [['A jury on Friday found former Lima mayor Tom Vale guilty of three counts of bribery.', 'Vale showed no emotion.'], ['Tom Vale']],
  [['A jury on Friday found the builder guilty.', 'Former Lima mayor Tom Vale said the verdict was fair.'], []],
  [
    ['Former mayor Ana Roy was sentenced to six years.', 'A third defendant, former ministry official Tom Vale, was acquitted.'],
    ['Ana Roy', 'Tom Vale'],
  ],
  // (… and so are those a sentence gives terms to, the second with its verb left out.)
  [
    [
      'Three former bank executives were convicted of fraud on Wednesday.',
      'Former finance director Ana Roy received nine years and former head of risk Tom Vale six years.',
    ],
    ['Ana Roy', 'Tom Vale'],
  ],
  // (… as is one whose extradition or trial is the news.)
  [['A court in Lima on Monday approved the extradition of former finance minister Tom Vale to face fraud charges.'], ['Tom Vale']],
  // … and one who stood for election is a candidate.
  [['Ana Roy was elected mayor, winning 61% of the vote and defeating former police chief Tom Vale, who took 36%.'], ['Ana Roy', 'Tom Vale']],
  [['Former foreign minister Ana Roy won the presidential run-off on Sunday with 52% of the vote.'], ['Ana Roy']],
  [['Former mayor Tom Vale, 61, was elected to the senate on Sunday.'], ['Tom Vale']],
  // A player who scored took part; a year in a relative clause is background, not when the sentence happened.
  [['Tom Vale scored twice as Lima beat Quito 2-1 in 2026.'], ['Tom Vale']],
  [['Lima beat Quito by six wickets to win the series 3-2, with Tom Vale scoring an unbeaten 112.'], ['Tom Vale']],
  [['Lima beat Quito 2-1 in 2026.', 'Peru coach Ana Roy, whose team last won the cup in 1962, said her players fought.'], ['Ana Roy']],
  // … and so is a year in an appositive's relative clause: the one an obituary is about, whose later life has later years.
  [
    [
      'Ana Roy, the engineer who rebuilt the Lima dam after the 1971 flood, has died at her home in Quito.',
      'She designed the Andes bridge, which opened in 1989.',
      'Her husband, the painter Tom Vale, died in 2010.',
    ],
    ['Ana Roy'],
  ],
  // One given a prize, with no title: the winner took part ("gave the best director award to", "Best actress went to").
  [
    [
      'The jury, chaired by actor Tom Vale, gave the best director award to Kenji Ito for "Winter Light".',
      'Best actress went to Amara Diallo for her role in "Salt".',
    ],
    ['Tom Vale', 'Kenji Ito', 'Amara Diallo'],
  ],
  // One only to be asked, later, took part in nothing reported ("would ask King Tom to dissolve parliament").
  [['Prime Minister Ana Roy said she would ask King Tom to dissolve parliament and call an election.'], ['Ana Roy']],
  // … as did one who speaks for a country their sentence keeps away ("Peru was barred from the talks; its foreign minister,
  // X, called …"), unless their own clause tells of attending.
  [
    [
      'Peru was barred from the talks; its foreign minister, Ana Roy, called the exclusion illegal.',
      "Chile's minister did not attend; its ambassador, Tom Vale, attended in her place.",
      'Bolivia stayed away from the talks, but its envoy, Ivo Kant, took part as an observer.',
      'Ecuador skipped the session, and its deputy minister, Lia Mora, sat in instead.',
    ],
    ['Tom Vale', 'Ivo Kant', 'Lia Mora'],
  ],
  // … as did one a text adopted asks or tasks ("The resolution asks Secretary-General X to report back").
  [
    [
      'The council adopted the resolution, which Envoy Ana Roy drafted.',
      'The resolution asks Secretary-General Tom Vale to report back within 90 days.',
      'The declaration also invites the President of the Commission Ivo Kant to a summit.',
      'The statement requests Director Lia Mora to report back, and the motion calls on Mayor Rui Sol to act.',
      'The text urges President Eva Lind to sign it, and the decision tasks Judge Omar Ruiz with a review.',
      'A 2019 resolution asked Governor Pia Dahl to act, and the communique called on Minister Ben Oto to resign.',
    ],
    ['Ana Roy'],
  ],
  // … told of the text as "It", after what else it does ("It calls on all parties to … and asks Secretary-General X …").
  [
    [
      'The assembly adopted the resolution, which Envoy Ana Roy drafted.',
      'It calls on all parties to allow aid ships through within 30 days and asks Secretary-General Tom Vale to report back by March.',
      'It urges members to act and also requests Director Lia Mora to report.',
      'It demands a truce and tasks Judge Omar Ruiz with a review.',
    ],
    ['Ana Roy'],
  ],
  // The surname alone, later, is the same person.
  [['Ms. TANAKA Aiko, Minister for Foreign Affairs of Japan, held a meeting.', 'Minister Tanaka welcomed the visit.'], ['Tanaka Aiko']],
  // Recovering from surgery: away.
  [['Peru was represented by its deputy minister, Ana Roy, standing in for Minister Tom Vale, who was recovering from surgery.'], ['Ana Roy']],
  // Not testifying at a hearing, declining an invitation: away.
  [['American Airlines chief executive Ana Roy declined an invitation to appear.', 'Tom Vale said it.'], ['Tom Vale']],
  [['Transportation Secretary Ana Roy, who did not testify, said the rule would come.', 'Tom Vale said it.'], ['Tom Vale']],
  // Not invited: away.
  [['Leaders from 20 economies met in Lima.', "Ukraine's President Ana Roy was not invited.", 'President Tom Vale opened the summit.'], ['Tom Vale']],
  // A person given with their age, as a court report names the accused.
  [['Judge Ana Roy told Tom Vale, 61, that he had betrayed the city.'], ['Ana Roy', 'Tom Vale']],
  [['Tom Vale (44) was jailed for two years.'], ['Tom Vale']],
  // A full name with no title whose surname alone later speaks; a body that speaks is not its product.
  [['Ana Roy won the Lima Grand Prix on Sunday.', '"The car was perfect," Roy said.'], ['Ana Roy']],
  [['The recall covers the Vantor Aria and older models.', 'Vantor said no injuries had been reported.'], []],
  // The place after a titled name with an honorific is no person given that name as a title.
  [['Transcript of a press conference by Health Minister Dr Ana Roy, Lima, 12 February'], ['Ana Roy']],
  // A full name that leads something takes part.
  [['The Lima Alliance, led by Ana Roy, won 79 of the 230 seats.'], ['Ana Roy']],
  // One who called off their trip, and a player a side goes without, are away.
  [['Prime Minister Tom Vale, who had been expected to attend, cancelled his trip because of floods.', 'President Ana Roy hosted the talks.'], ['Ana Roy']],
  [['Chancellor Tom Vale had planned to attend but cancelled at the last minute because of a storm.', 'President Ana Roy hosted the talks.'], ['Ana Roy']],
  [['Lima are missing captain Tom Vale, who injured his knee last week.', 'Head coach Ana Roy named an unchanged side.'], ['Ana Roy']],
  // A month after "in" is the month, not a given name.
  [['In June Tom Vale said the plan was sound.'], ['Tom Vale']],
  // A body whose name ends in a country's is no person.
  [['Network Rail Scotland said all services had been suspended.'], []],
  // … and so is a body named with a common noun and its country.
  [['Inflation slowed, Statistics Norway said on Monday.', 'Ana Roy said it was welcome.'], ['Ana Roy']],
  [['Ana Roy, moderator of the Presbyterian Church of East Africa, spoke.'], ['Ana Roy']],
];

describe('people: two titled names joined by "and"', () => {
  it('gives the second no office of the first ("Rabbi Roy-Vale and Sheikh Saleh")', () => {
    const found = findPeople(
      sentencesOf('Sheikh Omar Saleh, a scholar, spoke on Monday.', 'It was put forward by Rabbi Roy-Vale and Sheikh Saleh on Wednesday.'),
    );
    const saleh = found.find((p) => p.name === 'Omar Saleh');
    expect(saleh?.roles.join('; ')).toContain('scholar');
    expect(saleh?.roles.join('; ')).not.toContain('Rabbi');
  });
});

describe('people: "Its" after a sentence about a body', () => {
  it("is that body's officer", () => {
    expect(
      findPeople(sentencesOf('The auction house, Harrow & Finch, said the sale was a record.', 'Its chairman, Tom Vale, called it a discovery.')).find(
        (p) => p.name === 'Tom Vale',
      )?.affiliation,
    ).toBe('Harrow & Finch');
    // (A company after its trade: "Rail operator Halvex has offered …. Its chief executive, X", and "Rail workers" in the lead
    // is no company called "Rail".)
    expect(
      affiliations(
        "Rail workers will stage three strikes in December, the Lima Rail Workers' Union said on Monday.",
        'Rail operator Halvex has offered 4% this year.',
        'Its chief executive, Tom Vale, called the strikes disappointing.',
      ),
    ).toEqual([['Tom Vale', 'Halvex']]);
    expect(
      affiliations('Rail workers will stage three strikes in December, their union said on Monday.', 'Chief executive Tom Vale called them disappointing.'),
    ).toEqual([['Tom Vale', null]]);
    // (A body named with what it is of: "The Royal College of Surgeons said …".)
    expect(
      findPeople(
        sentencesOf('The Lima College of Surgeons said the backlog would take years to clear.', 'Its president, Tom Vale, called for more beds.'),
      ).find((p) => p.name === 'Tom Vale')?.affiliation,
    ).toBe('Lima College of Surgeons');
    // (A party named as the subject, after the side it is on: "The opposition Lima Party, which campaigned for a No vote, …".)
    expect(
      findPeople(
        sentencesOf('The opposition Lima Party, which campaigned for a No vote, called the result a victory.', 'Its leader, Tom Vale, said it was final.'),
      ).find((p) => p.name === 'Tom Vale')?.affiliation,
    ).toBe('Lima Party');
    const found = findPeople(
      sentencesOf(
        "The rival drivers' union, Aslan, did not take part in the talks.",
        'Its general secretary, Tom Vale, said a separate ballot would close on June 30.',
      ),
    );
    expect(found.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('Aslan');
  });
  it.each(['confederation', 'movement', 'network'])('is the body named as the subject after its kind, a "%s" too', (kind) => {
    const found = findPeople(
      sentencesOf(`The national students' ${kind}, CONFES, said 150,000 people had taken part.`, 'Its president, Tom Vale, called the arrests an attack.'),
    );
    expect(found.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('CONFES');
  });
  it('is the body that closes the sentence before by saying it, when no body is its subject ("…, the Lima Red Cross said. Its president, X")', () => {
    expect(
      affiliations(
        "About 4,000 people spent the night in tents on the town's football pitch, the Lima Red Cross said.",
        'Its president, Tom Vale, said the charity needed blankets.',
      ),
    ).toEqual([['Tom Vale', 'Lima Red Cross']]);
    // (A person who said it is no body: "…, the minister Ana Roy said." is no one's "Its".)
    expect(
      affiliations(
        'About 4,000 people spent the night in tents, Interior Minister Ana Roy said.',
        'Its president, Tom Vale, said the charity needed blankets.',
      ),
    ).toEqual([
      ['Ana Roy', null],
      ['Tom Vale', null],
    ]);
  });

  it('is, within the sentence, the body it opens with ("The Lima Party won …, leaving its leader, X, facing talks")', () => {
    expect(
      affiliations("The Lima Party won the most seats in Sunday's election but fell short of a majority, leaving its leader, Tom Vale, facing weeks of talks."),
    ).toEqual([['Tom Vale', 'Lima Party']]);
  });

  it('is a body set off after its kind with "a" or "the", or whose name ends in its mark, not the company the report is about', () => {
    const whose = (...text: string[]) =>
      findPeople(sentencesOf('Halvex is recalling 400,000 kettles, the company said.', ...text)).find((p) => p.name === 'Tom Vale')?.affiliation;
    expect(
      whose('A consumer group, Lima Watch, said the recall came too late.', 'Its head of policy, Tom Vale, said reports had reached Halvex a year ago.'),
    ).toBe('Lima Watch');
    expect(
      whose('A consumer group, Shop Smart!, said the recall came too late.', 'Its head of policy, Tom Vale, said reports had reached Halvex a year ago.'),
    ).toBe('Shop Smart!');
    expect(
      whose("The employers' body, the Andes Employers Council, said the offer was fair.", 'Its chief executive, Tom Vale, said strikes would harm students.'),
    ).toBe('Andes Employers Council');
  });
  it('is, too, in a quotation\'s attribution ("…," said its managing director, X)', () => {
    const found = findPeople(
      sentencesOf('The developer, Lorca Homes, said it would appeal.', '"This leaves families with nowhere to go," said its managing director, Rachel Vale.'),
    );
    expect(found.find((p) => p.name === 'Rachel Vale')?.affiliation).toBe('Lorca Homes');
  });
  it("is the country its own sentence opens with, before the one the sentence before names ('Chile rejected it, said its minister, X')", () => {
    const found = findPeople(
      sentencesOf(
        "Peru's trade minister, Lia Mora, had proposed three measures.",
        'Chile backed the last two but rejected the tariff, said its minister, Ivo Kant.',
      ),
    );
    expect(found.find((p) => p.name === 'Ivo Kant')?.affiliation).toBe('Chile');
    expect(found.find((p) => p.name === 'Lia Mora')?.affiliation).toBe('Peru');
  });
  it('is the body a sentence opens with before its verb: a name written inside a sentence too, or one of two words after "The"', () => {
    const company = findPeople(
      sentencesOf(
        "The regulator blocked Halvex's takeover of a rival on Tuesday.",
        'Halvex said it was deeply disappointed.',
        'Its chief executive, Tom Vale, said the decision would cost jobs.',
      ),
    );
    expect(company.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('Halvex');
    const body = findPeople(
      sentencesOf('The Lima Ports Authority said 300 ships were waiting.', 'Its director, Ana Roy, said the backlog would clear by June.'),
    );
    expect(body.find((p) => p.name === 'Ana Roy')?.affiliation).toBe('Lima Ports Authority');
    // (… a party's after the side it is on, and "Their" leader.)
    const party = findPeople(
      sentencesOf('The opposition Free Democrats said they would challenge the law in court.', 'Their leader, Tom Vale, called it a betrayal.'),
    );
    expect(party.map((p) => [p.name, p.affiliation])).toEqual([['Tom Vale', 'Free Democrats']]);
  });
  it('is no person the sentence before opens with', () => {
    const found = findPeople(
      sentencesOf(
        'Ivo Kant, the chief executive, said on Monday that the company would appeal.',
        'Kant said the ruling was wrong.',
        'Its lawyer, Tom Vale, said an appeal would be lodged within 28 days.',
      ),
    ).find((p) => p.name === 'Tom Vale');
    expect([found?.affiliation, found?.roles]).toEqual([null, ['lawyer']]);
  });
  it('who speaks for a body that stayed away does not take part', () => {
    const text = [
      'Unions and operators reached a deal in talks in Lima chaired by conciliator Ana Roy.',
      "The rival drivers' union, Aslan, did not take part in the talks.",
      'Its general secretary, Tom Vale, said a separate ballot would close on June 30.',
    ];
    expect(participantsOf(findPeople(sentencesOf(...text))).map((p) => p.name)).toEqual(['Ana Roy']);
  });
});

describe('people: a company that opens the sentence', () => {
  it('is the organisation when the article also writes it inside a sentence; another first word is not', () => {
    const found = findPeople(
      sentencesOf(
        'Halvex chief executive Ana Roy said the deal would give the firm scale.',
        'Shares in Halvex jumped 35 per cent.',
        'Outgoing chief executive Tom Vale thanked the board.',
      ),
    ).map((p) => [p.name, p.roles.join('; '), p.affiliation]);
    expect(found).toEqual([
      ['Ana Roy', 'chief executive', 'Halvex'],
      ['Tom Vale', 'Outgoing chief executive', null],
    ]);
  });

  it('is the place or body before a capitalised office too ("Lima Mayor Ana Roy"), when the article writes it inside a sentence', () => {
    const found = findPeople(
      sentencesOf(
        'A storm hit the coast of Lima on Tuesday.',
        'Lima Mayor Ana Roy declared a disaster in 14 districts.',
        'Quito Mayor Tom Vale sent help.',
        'Acting Governor Ivo Kant said the worst had passed.',
      ),
    ).map((p) => [p.name, p.roles.join('; '), p.affiliation]);
    expect(found).toEqual([
      ['Ana Roy', 'Mayor', 'Lima'],
      ['Tom Vale', 'Mayor', null],
      ['Ivo Kant', 'Acting Governor', null],
    ]);
  });

  it('is not the head of a longer name the article writes inside a sentence ("the Port of Lima")', () => {
    const found = findPeople(
      sentencesOf('Dockworkers at the Port of Lima voted to end the strike.', 'Port chief executive Ana Roy said the backlog would clear.'),
    );
    expect(found.map((p) => [p.name, p.affiliation])).toEqual([['Ana Roy', null]]);
  });
});

describe('people: set in an earlier year than the report', () => {
  it("reads the year against the report's date when no sentence names a later one", () => {
    const text = ['The session opened with a clip from a 2019 talk by co-founder Marc Feld.', 'Chief executive Ana Roy set out the plan.'];
    expect(participantsOf(findPeople(sentencesOf(...text), '9 May 2024, 18:42 BST')).map((p) => p.name)).toEqual(['Ana Roy']);
  });
  it('but a meeting in December reported in January is the event, not background', () => {
    const text = ['Ministers met in Lima on December 30, 2023.', 'Foreign Minister Ana Roy chaired the meeting.'];
    expect(participantsOf(findPeople(sentencesOf(...text), '2 January 2024')).map((p) => p.name)).toEqual(['Ana Roy']);
  });
});

describe('people: who took part', () => {
  it.each(PARTICIPATION)('%s', (paragraphs, expected) => {
    expect(participantsOf(findPeople(sentencesOf(...paragraphs))).map((p) => p.name)).toEqual(expected);
  });
});

describe('people: an election told in two sentences', () => {
  const lead = 'A staff nurse from the city hospital has been elected president of the Public Services Union.';
  const named = 'Ana Diaz, who has worked on the wards for 19 years, was elected on the second count. Ms Diaz thanked delegates.';
  it('gives the office of the unnamed lead to the person the next sentence says was elected', () => {
    expect(findPeople(sentencesOf(`${lead} ${named}`)).find((p) => p.name === 'Ana Diaz')?.roles).toEqual(['president of the Public Services Union']);
  });
  it('but not when the lead names its own person, or the person was not elected', () => {
    const own = 'A nurse, Tom Vale, has been elected president of the Public Services Union.';
    expect(findPeople(sentencesOf(`${own} ${named}`)).find((p) => p.name === 'Ana Diaz')?.roles).toEqual([]);
    const spoke = 'Ana Diaz, who has worked on the wards for 19 years, spoke on the second day. Ms Diaz thanked delegates.';
    expect(findPeople(sentencesOf(`${lead} ${spoke}`)).find((p) => p.name === 'Ana Diaz')?.roles).toEqual([]);
  });
});

describe('people: an office already whole after "of"', () => {
  it('is the office, not the body before "of" ("the Labour Party of Prime Minister X")', () => {
    const people = findPeople(sentencesOf('The governing Labour Party of Prime Minister Ana Roy slumped to 41 seats.'));
    expect(people.find((p) => p.name === 'Ana Roy')?.roles).toEqual(['Prime Minister']);
  });
});

describe('people: "Its minister" after a sentence about a country', () => {
  it("is that country's minister", () => {
    const people = findPeople(
      sentencesOf('Papua New Guinea, the largest fishing nation, had pushed for a smaller cut.', 'Its fisheries minister, Tom Vale, said jobs were at risk.'),
    );
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('Papua New Guinea');
  });

  it("but the body's, when the country's word opens a longer name", () => {
    const people = findPeople(
      sentencesOf("The Peruvian Dockers' Union said it would fight the closures.", 'Its leader, Tom Vale, called the decision a betrayal.'),
    );
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation).toBe("Peruvian Dockers' Union");
  });

  it('but not when the sentence before is about something else', () => {
    const people = findPeople(sentencesOf('The agency, based in Fiji, had pushed for a smaller cut.', 'Its director, Tom Vale, said jobs were at risk.'));
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation ?? null).toBeNull();
  });
});

describe('people: a stand-in represents whom they stand in for', () => {
  it.each([
    ["Chile's President Ana Soto, who went to a rally instead, sent her foreign minister, Rita Vale, to take her place.", 'Rita Vale', 'Chile'],
    ["Kenya's President Amos Kibet stayed away; he was represented by his deputy, Ruth Njeri.", 'Ruth Njeri', 'Kenya'],
    // (A country named on the way, where the principal went instead, is no country that sent anyone.)
    ["Chile's President Ana Soto, who went to a rally in Peru instead, sent her foreign minister, Rita Vale, to take her place.", 'Rita Vale', 'Chile'],
    // (A readout's line: the office and the body set off after the name, then whose place it is.)
    ['- Mr. Tom Vale, Director-General for Asia, Ministry of Foreign Affairs of Chile, on behalf of the Minister.', 'Tom Vale', 'Chile'],
  ])('%s', (text, name, affiliation) => {
    const person = findPeople(sentencesOf(text)).find((p) => p.name === name);
    expect(person?.participation).toBe('stand-in');
    expect(person?.affiliation).toBe(affiliation);
  });

  it('a country that was represented by a stand-in is the stand-in’s country, and who stayed home is absent', () => {
    const people = findPeople(
      sentencesOf('Peru was represented by its deputy trade minister, Rita Vale, after Minister Tomas Ruiz stayed home to deal with floods.'),
    );
    expect(people.find((p) => p.name === 'Rita Vale')).toMatchObject({ participation: 'stand-in', affiliation: 'Peru' });
    // Whatever the clause between, and with or without "its".
    const iceland = findPeople(sentencesOf('Iceland, which has no armed forces, was represented by Foreign Minister Ana Jonsdottir.'));
    expect(iceland.find((p) => p.name === 'Ana Jonsdottir')?.affiliation).toBe('Iceland');
    expect(people.find((p) => p.name === 'Tomas Ruiz')?.participation).toBe('absent');
  });

  it('a body named after its kind ("the group Clean Air Now", "Lima Foods") is no person', () => {
    const people = findPeople(
      sentencesOf(
        'Environmental group Clean Air Now said the plan lacked penalties.',
        'Minister Ana Bell said the plan would work.',
        'Lima Foods said on Tuesday that profit fell 12%, and Andes Logistics said it would cut 300 jobs.',
        // A league's division, and a law named for what it governs, after an office word.
        'Lorca are 17th in the Premier Division, two points above the relegation zone.',
        "Under the EU's General Data Protection Regulation, fines can reach 4 per cent of turnover.",
        // Systems a country owns, named like people after its possessive.
        "The second will link India's Unified Payments Interface with the UAE's Instant Payment Platform.",
        // A sea before an attribution's appositive.
        "The force will protect shipping in the Gulf and the Red Sea, the council's secretary-general said.",
      ),
    );
    expect(people.map((p) => p.name)).toEqual(['Ana Bell']);
  });

  it('"X attended in place of Y": X stands in, Y is absent; "Peru\'s delegation, led by X": X is for Peru', () => {
    const people = findPeople(
      sentencesOf(
        'U.S. Deputy Secretary of State Tom Ruiz attended in place of Secretary Ana Bell.',
        "Peru's delegation, led by Environment Secretary Rita Vale, backed the land goal.",
      ),
    );
    expect(people.find((p) => p.name === 'Tom Ruiz')).toMatchObject({ participation: 'stand-in', affiliation: 'United States' });
    expect(people.find((p) => p.name === 'Ana Bell')?.participation).toBe('absent');
    expect(people.find((p) => p.name === 'Rita Vale')?.affiliation).toBe('Peru');
  });

  it('"The Chilean delegation, led by X": X is for Chile, the country by its adjective; a company\'s delegation names no country', () => {
    const people = findPeople(
      sentencesOf(
        'The Chilean delegation, led by Foreign Minister Ivo Kant, arrived on Monday.',
        'The Halvex delegation, led by Finance Director Lee Kim, left early.',
      ),
    );
    expect(people.find((p) => p.name === 'Ivo Kant')?.affiliation).toBe('Chile');
    expect(people.find((p) => p.name === 'Lee Kim')?.affiliation).not.toBe('Chile');
  });

  it('"The Chilean delegation was led by Minister for Foreign Affairs X and Defence Minister Y": both are for Chile', () => {
    const people = findPeople(
      sentencesOf(
        'The Chilean delegation was led by Minister for Foreign Affairs and Trade Ivo Kant and Defence Minister Lia Mora.',
        'The Peruvian side was led by Ana Roy, who met Bolivian Trade Minister Tom Vale.',
      ),
    );
    expect(people.find((p) => p.name === 'Ivo Kant')?.affiliation).toBe('Chile');
    expect(people.find((p) => p.name === 'Lia Mora')?.affiliation).toBe('Chile');
    // (… not one named further on in a clause of its own.)
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('Bolivia');
  });

  it('"Peru, whose delegation is led by X, said …": X is for Peru', () => {
    const people = findPeople(sentencesOf('Peru, whose delegation is led by Rita Vale, said any goal had to include Chile.'));
    expect(people.find((p) => p.name === 'Rita Vale')?.affiliation).toBe('Peru');
  });

  it('"Gen Z" is no general: a title written short without its full stop goes before a name of more than a letter', () => {
    expect(findPeople(sentencesOf('Gen Z voters backed the mayor on Sunday.')).map((p) => p.name)).toEqual([]);
  });

  it('"Peru, which joined in October, attended as a full member, represented by Foreign Minister X": the subject country is X\'s', () => {
    const people = findPeople(
      sentencesOf('Peru, which joined the bloc in October, attended its first retreat as a full member, represented by Foreign Minister Tom Vale.'),
    );
    expect(people.find((p) => p.name === 'Tom Vale')?.affiliation).toBe('Peru');
  });

  it('"Saint Vincent and the Grenadines was represented by its deputy prime minister, X": a country named with small words sends X', () => {
    const people = findPeople(
      sentencesOf(
        'Caribbean leaders met virtually on Monday.',
        'Saint Vincent and the Grenadines was represented by its deputy prime minister, Tom Vale, as Prime Minister Ana Roy was touring damaged islands.',
      ),
    );
    expect(people.find((p) => p.name === 'Tom Vale')).toMatchObject({ participation: 'stand-in', affiliation: 'Saint Vincent and the Grenadines' });
    expect(people.find((p) => p.name === 'Ana Roy')?.participation).toBe('absent');
  });

  it('"X, standing in for Y, who was attending …": Y is away, X stands in (and "deputising for", "filling in for")', () => {
    for (const words of ['standing in for', 'deputising for', 'filling in for']) {
      const people = findPeople(
        sentencesOf(
          'Foreign ministers met in Lima on Saturday.',
          `Chile was represented by Deputy Foreign Minister Ana Roy, ${words} Foreign Minister Tom van Vale, who was attending a UN session in Geneva.`,
        ),
      );
      expect(people.find((p) => p.name === 'Tom van Vale')?.participation).toBe('absent');
      expect(people.find((p) => p.name === 'Ana Roy')).toMatchObject({ participation: 'stand-in', affiliation: 'Chile' });
    }
  });

  it('"represented by" with nobody named as away: the minister who came is present, a deputy stands in', () => {
    const people = findPeople(
      sentencesOf(
        'Foreign ministers met in Lima on Thursday.',
        'Finland was represented by Foreign Minister Elina Vale.',
        'Chile was represented by its deputy foreign minister, Tomas Ruiz.',
      ),
    );
    expect(people.find((p) => p.name === 'Elina Vale')).toMatchObject({ participation: 'present', affiliation: 'Finland' });
    expect(people.find((p) => p.name === 'Tomas Ruiz')).toMatchObject({ participation: 'stand-in', affiliation: 'Chile' });
  });

  it('a list of names ending in a body names no one\'s organisation ("Ana Roy, Tom Vale and Lima Council")', () => {
    const people = findPeople(sentencesOf('The prize went to Dr. Ana Roy, Dr. Tom Vale and Lima Council.'));
    expect(people.find((p) => p.name === 'Ana Roy')?.affiliation ?? null).toBeNull();
  });

  it('"A of Peru joined from Lima, while Chile was represented by B": B stands in for no one of Peru\'s, and A took part', () => {
    const people = findPeople(
      sentencesOf(
        'Foreign ministers held a video conference on Friday.',
        "Peru's Prime Minister and Foreign Minister, Ana Roy, joined from Lima, while Chile was represented by its Minister of Foreign Affairs, Tom Vale.",
      ),
    );
    expect(people.find((p) => p.name === 'Ana Roy')).toMatchObject({ participation: 'present', affiliation: 'Peru' });
    expect(people.find((p) => p.name === 'Tom Vale')).toMatchObject({ participation: 'present', affiliation: 'Chile' });
  });

  it("\"Peru's Foreign Minister, Ana Roy, and Chile's, Tom Vale,\": the office left out after the second owner is the first's", () => {
    const people = findPeople(sentencesOf("Peru's Foreign Minister, Ana Roy, and Chile's, Tom Vale, both called for faster work on the treaty."));
    expect(people.map((p) => [p.name, p.roles[0], p.affiliation])).toEqual([
      ['Ana Roy', 'Foreign Minister', 'Peru'],
      ['Tom Vale', 'Foreign Minister', 'Chile'],
    ]);
  });

  it('"Defence ministers of Peru, Chile and Bolivia — A, B and C, respectively —": each the office, and the country in their place', () => {
    const people = findPeople(
      sentencesOf('Defence ministers of Peru, Chile and Bolivia — Ana Roy, Tom Vale and Ivo Kant, respectively — met in Lima on Wednesday.'),
    );
    expect(people.map((p) => [p.name, p.roles[0], p.affiliation])).toEqual([
      ['Ana Roy', 'Defence minister', 'Peru'],
      ['Tom Vale', 'Defence minister', 'Chile'],
      ['Ivo Kant', 'Defence minister', 'Bolivia'],
    ]);
  });

  it('"delivered a message from President Tom Vale": Vale, whose words were brought, takes no part', () => {
    const people = findPeople(
      sentencesOf(
        'President Ana Roy on Tuesday received the visiting Minister of Foreign Affairs of Chile, Ivo Kant, in Lima.',
        'The Chilean minister delivered a special message from President Tom Vale on regional security.',
      ),
    );
    expect(participantsOf(people).map((p) => p.name)).toEqual(['Ana Roy', 'Ivo Kant']);
  });

  it('"met President Tom Vale\'s special envoy, X": Vale is named only as whose office X holds, and takes no part', () => {
    const people = findPeople(sentencesOf("Foreign Minister Ana Roy met President Tom Vale's special envoy, Ivo Kant, in Lima on Monday."));
    expect(participantsOf(people).map((p) => p.name)).toEqual(['Ana Roy', 'Ivo Kant']);
    expect(people.find((p) => p.name === 'Ivo Kant')).toMatchObject({ roles: ["President Tom Vale's special envoy"], affiliation: null });
  });

  it('"represented by Vice President X, as President Y was in Lima": Y is away, X stands in; a country that sent its minister sent who came', () => {
    const people = findPeople(
      sentencesOf(
        'Leaders of Peru, Chile and Bolivia signed the declaration on Friday.',
        'Chile was represented by Vice President Ana Roy, as President Tom Vale was in Brussels.',
        'Ecuador, an observer, sent its environment minister, Rita Soto.',
      ),
    );
    expect(people.find((p) => p.name === 'Tom Vale')).toMatchObject({ participation: 'absent' });
    expect(people.find((p) => p.name === 'Ana Roy')).toMatchObject({ participation: 'stand-in', affiliation: 'Chile' });
    expect(people.find((p) => p.name === 'Rita Soto')).toMatchObject({ participation: 'present', affiliation: 'Ecuador' });
  });

  it('"Peru sent State Secretary X": the verb is no word of the office', () => {
    for (const verb of ['sent', 'dispatched'])
      expect(findPeople(sentencesOf(`Peru ${verb} State Secretary Ana Roy to the talks.`)).find((p) => p.name === 'Ana Roy')).toMatchObject({
        roles: ['State Secretary'],
        affiliation: 'Peru',
      });
  });

  it('"Peru was represented by X, and Chile by Y": Y is for Chile; "The United States …", "led by Dr. X" too', () => {
    const people = findPeople(
      sentencesOf(
        'Foreign ministers met in Lima on Thursday.',
        'Peru was represented by Foreign Minister Elina Vale, and Chile by Foreign Minister Tomas Ruiz, who was joined by two aides.',
        'The United States was represented by Deputy Secretary of State Ana Bell.',
        "Bolivia's delegation was led by Dr. Rita Soto, director general of trade at the Ministry of Economy.",
      ),
    );
    expect(people.find((p) => p.name === 'Elina Vale')?.affiliation).toBe('Peru');
    expect(people.find((p) => p.name === 'Tomas Ruiz')?.affiliation).toBe('Chile');
    expect(people.find((p) => p.name === 'Ana Bell')?.affiliation).toBe('United States');
    expect(people.find((p) => p.name === 'Rita Soto')?.affiliation).toBe('Bolivia');
  });

  it('"Peru was represented by its Crown Prince, X, and Chile by its Crown Prince, Sheikh Y": Y is for Chile', () => {
    const people = findPeople(
      sentencesOf(
        'Gulf leaders met in Lima on Tuesday.',
        'Peru was represented by its Crown Prince, Tamim Vale, and Chile by its Crown Prince, Sheikh Sabah Ruiz.',
      ),
    );
    expect(people.map((p) => [p.name, p.affiliation])).toEqual([
      ['Tamim Vale', 'Peru'],
      ['Sabah Ruiz', 'Chile'],
    ]);
  });

  it('not attending in person, but by video link, is taking part remotely', () => {
    const people = findPeople(
      sentencesOf('Bank President Ana Bell did not attend the meeting in person and voted by video link.', 'Governor Tom Ruiz did not attend the meeting.'),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Bell: remote', 'Tom Ruiz: absent']);
  });

  it('a relative clause closed between a name and "did not attend" is the name\'s own; one left open is not', () => {
    const people = findPeople(
      sentencesOf('Andes Governor Ana Bell, whose region would be affected, did not attend.', 'Minister Tom Ruiz met Rita Soto, whose deputy did not attend.'),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Bell: absent', 'Tom Ruiz: present', 'Rita Soto: present']);
  });

  it('speaking on behalf of a group is no standing in; on behalf of a person is', () => {
    const people = findPeople(
      sentencesOf(
        "Speaking on behalf of the Group of 77 and China, Uganda's ambassador Ana Bell said the measures were unlawful.",
        'On behalf of the President, Vice President Tom Ruiz read a message.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Bell: present', 'Tom Ruiz: stand-in']);
  });

  it('thanking someone on behalf of everyone is no standing in, for the thanked or the thanking', () => {
    const people = findPeople(
      sentencesOf(
        'Lima FC parted company with coach Tom Ruiz on Tuesday.',
        '"On behalf of everyone at the club, we would like to thank Tom for his service," sporting director Ana Bell said.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Tom Ruiz: present', 'Ana Bell: present']);
  });

  it("the country sending a body's officer is their country, the body stays in the office; \"Côte d'Ivoire's President\"", () => {
    const people = findPeople(
      sentencesOf(
        "Côte d'Ivoire's President Ana Bell did not attend and was represented by Vice President Tom Ruiz.",
        'Peru was represented by its OPEC governor, Rita Vale.',
      ),
    );
    expect(people.map((p) => [p.name, p.roles.join('; '), p.affiliation, p.participation])).toEqual([
      ['Ana Bell', 'President', 'Ivory Coast', 'absent'],
      ['Tom Ruiz', 'Vice President', 'Ivory Coast', 'stand-in'],
      ['Rita Vale', 'OPEC governor', 'Peru', 'present'],
    ]);
  });

  it('a party represented by its counsel sent no stand-in', () => {
    const people = findPeople(
      sentencesOf(
        'Justice Ana Bell heard the case on Friday.',
        'The case was brought by 38 property owners, represented by barrister Tom Ruiz, who argued the ban had cost them dearly.',
      ),
    );
    expect(people.find((p) => p.name === 'Tom Ruiz')?.participation).toBe('present');
  });

  it('a message sent by someone, or a letter sent to them, makes nobody a stand-in or absent', () => {
    const people = findPeople(
      sentencesOf(
        'Foreign Minister Ana Bell opened by reading out a message sent by President Tom Ruiz.',
        'Mayor Jo Dale had sent a letter to Governor Lin Hart.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Bell: present', 'Tom Ruiz: present', 'Jo Dale: present', 'Lin Hart: present']);
  });
});

describe('people: offices, trades and absences of local and court reports', () => {
  it("reads a US city council's offices: 'Councilmember', its plural over a list, and 'Mayor Pro Tem' whole", () => {
    const people = findPeople(
      sentencesOf(
        'Councilmember Ana Roy made the motion to deny.',
        'Councilmembers Tom Vale and Lee Kim and Mayor Pro Tem Ivo Kant voted with her.',
        'Senate President Pro Tempore Rosa Lima opened the session.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual([
      'Ana Roy: Councilmember',
      'Tom Vale: Councilmember',
      'Lee Kim: Councilmember',
      'Ivo Kant: Mayor Pro Tem',
      'Rosa Lima: Senate President Pro Tempore',
    ]);
  });

  it('gives each name of a list set off after a plural its office, "-men" too ("Two businessmen, A and B, …")', () => {
    const people = findPeople(
      sentencesOf('Two businessmen, Ana Roy and Tom Vale, received sentences of four and three years.', 'Congressmen Ivo Kant and Lee Kim spoke.'),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual([
      'Ana Roy: businessman',
      'Tom Vale: businessman',
      'Ivo Kant: Congressman',
      'Lee Kim: Congressman',
    ]);
  });

  it("takes a court report's opening participle for no one ('Mitigating, X's barrister, Y, said'), and a trade for an office", () => {
    const people = findPeople(
      sentencesOf(
        "Mitigating, Vale's barrister, Ana Roy, said her client was a broken man.",
        'Responding, Lee Kim said the council had changed its rules.',
        'A third defendant, accountant Rosa Lima, was given a suspended sentence.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual(['Ana Roy: barrister', 'Lee Kim: ', 'Rosa Lima: accountant; defendant']);
  });

  it("reads a party's acronym with one small letter inside as its body ('AfD co-leader'), and a degree as none ('PhD student')", () => {
    const people = findPeople(
      sentencesOf('AfD co-leader Ana Roy spoke first.', 'PiS leader Tom Vale replied.', 'PhD student Lee Kim and MBA student Ivo Kant asked questions.'),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')} (${p.affiliation})`)).toEqual([
      'Ana Roy: co-leader (AfD)',
      'Tom Vale: leader (PiS)',
      'Lee Kim: PhD student (null)',
      'Ivo Kant: MBA student (null)',
    ]);
  });

  it("reads the minutes' 'Apologies were received from Councillor X' as an absence", () => {
    const people = findPeople(sentencesOf('Councillor Tom Vale chaired the meeting.', 'Apologies were received from Councillor Ana Roy.'));
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Tom Vale: present', 'Ana Roy: absent']);
  });

  it("reads 'who was not at the meeting' as an absence", () => {
    const people = findPeople(
      sentencesOf(
        'Chief executive Ana Roy, who was not at the meeting, said in a statement that she would waive half of the bonus.',
        'Chair Tom Vale told the meeting the board had heard the message.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Roy: absent', 'Tom Vale: present']);
  });

  it("takes a title with no name for no one ('the Queen Mother', 'General Synod'), and a body named after its kind for no person ('the rights group Athlete Ally')", () => {
    const people = findPeople(
      sentencesOf(
        'Prime Minister Ana Roy left early following the death of the Queen Mother.',
        'The rights group Athlete Ally called the test invasive.',
        'Mother Teresa was remembered.',
        "The Church of Lima's General Synod voted on Tuesday.",
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual(['Ana Roy: Prime Minister', 'Teresa: Mother']);
  });

  it("reads a year that dates a rule as no earlier event ('under a 2021 decision'), and 'was again represented by' as a country's stand-in", () => {
    const people = findPeople(
      sentencesOf(
        'Leaders met in Lima on Sunday for the 2025 summit.',
        'Chile was again represented by a non-political official, Permanent Secretary Tom Vale, under a 2021 decision barring its military leaders.',
        'A 2018 study by Professor Ivo Kant found the same.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation} (${p.affiliation})`)).toEqual(['Tom Vale: stand-in (Chile)', 'Ivo Kant: earlier (null)']);
  });

  it("gives 'Its director, X,' the body the sentence before opens with, named after its kind or by a body's word", () => {
    const aff = (...text: string[]) => findPeople(sentencesOf(...text)).find((p) => p.name === 'Ana Roy')?.affiliation;
    expect(
      aff('Investor group Halvex Watch, which had urged a vote against, called it a turning point.', 'Its director, Ana Roy, said boards had been warned.'),
    ).toBe('Halvex Watch');
    expect(aff('The rights group Lima Ally called the test invasive.', 'Its policy director, Ana Roy, said it would humiliate athletes.')).toBe('Lima Ally');
    expect(aff('The Andes Delivery Group, which represents the operators, said the deal was fair.', 'Its chief executive, Ana Roy, led the talks.')).toBe(
      'Andes Delivery Group',
    );
    expect(aff('The Lima Metal union said it would fight any plant closure.', 'Its regional head, Ana Roy, called the plan a betrayal.')).toBe('Lima Metal');
    // (A name with two of-phrases, its letters after it, and a confederation among the bodies' words.)
    expect(
      aff(
        'The General Confederation of Workers of Lima (CGTL), the largest union body, had asked for more.',
        'Its secretary general, Ana Roy, called it crumbs.',
      ),
    ).toBe('General Confederation of Workers of Lima');
    expect(aff('The Andes Union of Nurses of Lima said the offer was too low.', 'Its president, Ana Roy, called a strike.')).toBe(
      'Andes Union of Nurses of Lima',
    );
    expect(aff('The Lima Nurses Union (LNU), the largest union, said the offer was too low.', 'Its president, Ana Roy, called a strike.')).toBe(
      'Lima Nurses Union',
    );
  });

  it('makes no person of a body whose name opens with an office\'s word ("The General Confederation of Workers")', () => {
    expect(findPeople(sentencesOf('The General Confederation of Workers had asked for a rise to 1,500 soles.')).map((p) => p.name)).toEqual([]);
  });

  it("reads 'do' inside a name as its particle, and a builder's name ending in 'Homes' as a body", () => {
    const people = findPeople(
      sentencesOf('COP President Ana Corrêa do Lago gaveled through the text.', 'The developer, Lima Homes, had argued that the council had no land supply.'),
    );
    expect(people.map((p) => p.name)).toEqual(['Ana Corrêa do Lago']);
  });

  it("carries a plural title over names with a suffix ('Justices A, B Jr., C and D')", () => {
    const people = findPeople(sentencesOf('The opinion was joined by Justices Ana Roy, Tom A. Vale Jr., Ivo M. Kant and Lee Kim.'));
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual([
      'Ana Roy: Justice',
      'Tom A. Vale Jr: Justice',
      'Ivo M. Kant: Justice',
      'Lee Kim: Justice',
    ]);
  });

  it("reads what follows a name's suffix and its full stop: 'Tom Vale Jr., President of Peru,', 'Tom Vale Jr. said'", () => {
    const found = (text: string) => findPeople(sentencesOf(text)).map((p) => [p.name, p.roles.join('; '), p.affiliation]);
    expect(found('Ana Roy held talks with Tom Vale Jr., President of Peru, who is visiting Lima.')).toContainEqual(['Tom Vale Jr', 'President', 'Peru']);
    expect(found('Tom Vale Jr. said the talks went well.')).toEqual([['Tom Vale Jr', '', null]]);
  });

  it("reads 'the first Chilean prime minister to visit' as the office, not a new one ('First Minister' stays one)", () => {
    const people = findPeople(
      sentencesOf(
        'Prime Minister Ana Roy met President Tom Vale in Lima.',
        'Roy, the first Chilean prime minister to visit Peru in two decades, thanked her hosts.',
        'Ivo Kant, its first female foreign minister, spoke next.',
        'First Minister Lee Kim also spoke.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')}`)).toEqual([
      'Ana Roy: Prime Minister',
      'Tom Vale: President',
      'Ivo Kant: foreign minister',
      'Lee Kim: First Minister',
    ]);
  });

  it("reads 'a late goal from substitute X' as no former office-holder ('the late Chilean writer X' is one), a chief constable, and 'Halvex CEO X' as the company's", () => {
    const people = findPeople(
      sentencesOf(
        'Lima won on Sunday with a late goal from substitute Ana Roy.',
        "The cabinet brought forward Finance Minister Lee Park's budget.",
        'The late President Tom Vale was remembered.',
        "A tribute to the late Chilean writer Lee Kim wa Thiong'o was paid.",
        'PSNI Chief Constable Rosa Lima will set up a joint unit.',
        'Halvex CEO Ivo Kant will lead the combined company.',
        'Under the deal, Halvex shareholders will own 55%.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.roles.join('; ')} (${p.affiliation}) ${p.participation}`)).toEqual([
      'Rosa Lima: Chief Constable (PSNI) present',
      'Ana Roy: substitute (null) present',
      'Lee Park: Finance Minister (null) present',
      'Tom Vale: late President (null) context',
      "Lee Kim wa Thiong'o: late Chilean writer (Chile) context",
      'Ivo Kant: CEO (Halvex) present',
    ]);
  });
});

describe('people: a family name that is a function word', () => {
  it('is a name only after an office or an honorific', () => {
    expect(findPeople(sentencesOf('To Tom Vale, the mayor, the vote was a relief.')).map((p) => p.name)).toEqual(['Tom Vale']);
  });
});

describe('people: who runs what', () => {
  it('gives no office of what is no body ("The talks, chaired by …")', () => {
    const person = findPeople(sentencesOf('The talks, chaired by Nils Read, ended late.')).find((p) => p.name === 'Nils Read');
    expect(person?.roles ?? []).toEqual([]);
  });
});

describe("people: a transcript's speakers", () => {
  it('are read from the capitals of their labels, office and surname, named in full from the headline', () => {
    const b = briefArticle(
      parsePlainText(
        [
          'Transcript: Joint press conference by Prime Minister Ana Roy and Chancellor Tom Vale',
          'LIMA, 14 March',
          'PRIME MINISTER ROY: Good afternoon. We agreed today to set up a joint hydrogen council.',
          'CHANCELLOR VALE: Thank you, Ana. We also signed an agreement on skilled migration.',
          'QUESTION: Prime Minister, did you discuss the mining dispute?',
          'MR. KANT: A question from the floor, if I may.',
        ].join('\n\n'),
      ),
    );
    expect(b.card.participants.map((p) => `${p.name}: ${p.role}`)).toEqual(['Ana Roy: Prime Minister', 'Tom Vale: Chancellor', 'Kant: null']);
  });

  it('keep the small words of a surname ("VON DER") and a surname that is a word of a country\'s name, though a country is no speaker', () => {
    const b = briefArticle(
      parsePlainText(
        [
          'Transcript: press conference after the Lima summit',
          'PRESIDENT VAN DER BERG: Good afternoon. Today we agreed to link our carbon markets.',
          'PRESIDENT COSTA: The summit also discussed the border.',
          'MINISTER PERU: This line is no speaker of its own.',
        ].join('\n\n'),
      ),
    );
    expect(b.card.participants.map((p) => `${p.name}: ${p.role}`)).toEqual(['van der Berg: President', 'Costa: President']);
  });

  it("takes a stand-in sent by another subject in a clause of its own for no one's stand-in, and a thing named after a name for no person", () => {
    const people = findPeople(
      sentencesOf(
        'The army delegation was led by Gen. Ana Roy, while the RSF was represented by its deputy commander, Tom Vale.',
        'The Cabinet also approved the PM Vishwakarma scheme and the Lima Kant prize.',
      ),
    );
    expect(people.map((p) => `${p.name}: ${p.participation}`)).toEqual(['Ana Roy: present', 'Tom Vale: stand-in']);
  });
});

describe('an affiliation that is only the last word of a body named in full elsewhere', () => {
  const onCard = (text: string) => briefArticle(parsePlainText(text)).card.participants.map((p) => [p.name, p.affiliation]);

  it('is the body the text names in full ("Agency director Tom Vale" after "the Andes Space Agency")', () => {
    expect(
      onCard(
        'Rocket fails after launch\n\nA rocket broke apart minutes after lift-off on Tuesday, the Andes Space Agency said.\n\nAgency director Tom Vale said an inquiry would report within three months.',
      ),
    ).toEqual([['Tom Vale', 'Andes Space Agency']]);
    expect(
      onCard(
        'Opposition wins\n\nThe opposition Civic Alliance won the election in Lima on Sunday with 44% of the vote.\n\nAlliance leader Ana Roy said her first task would be to restore trust.',
      ),
    ).toEqual([['Ana Roy', 'Civic Alliance']]);
  });

  it('is the party the text names in full after the word its leader goes by ("Socialist leader X" after "the Socialist Party")', () => {
    expect(
      onCard(
        "Socialists win Lima vote\n\nLima's Socialist Party won Sunday's election with 32 percent of the vote.\n\nSocialist leader Ana Roy claimed victory and said she would seek talks with smaller parties.",
      ),
    ).toEqual([['Ana Roy', 'Socialist Party']]);
  });

  it('is a party of several words before a member\'s office that the text calls a party in lower case ("the Green Left party")', () => {
    expect(
      onCard(
        'Government falls\n\nThe motion was tabled by the opposition Green Left party on Tuesday.\n\nGreen Left leader Ana Roy said the vote showed the country wanted change.',
      ),
    ).toEqual([['Ana Roy', 'Green Left']]);
    // (Not capitalised words the text never calls a party: "Opposition leader Tom Vale".)
    expect(onCard('Government falls\n\nThe government lost a vote on Tuesday.\n\nOpposition leader Tom Vale said it was over.')).toEqual([['Tom Vale', null]]);
  });

  it('is no body of the kind\'s word alone: "Agency director X" of an agency the text never names is the office whole', () => {
    expect(
      briefArticle(
        parsePlainText(
          'Rocket explodes\n\nA rocket exploded after lifting off on Thursday, the national space agency said.\n\nAgency director Tom Vale said an inquiry would report within 60 days.',
        ),
      ).card.participants.map((p) => [p.name, p.role, p.affiliation]),
    ).toEqual([['Tom Vale', 'Agency director', null]]);
  });

  it('stays as it is when the text names two such bodies, or none', () => {
    expect(
      onCard(
        'Agencies clash\n\nThe Andes Space Agency and the Lima Weather Agency disagreed on Tuesday over the launch.\n\nAgency director Tom Vale said an inquiry would report within three months.',
      ),
      // (Neither agency is his that the text says; "Agency director" stays his office whole, with no body of "Agency" alone.)
    ).toEqual([['Tom Vale', null]]);
  });
});

describe('an office told as a verb in a relative clause ("who led Lima")', () => {
  it('is the office of what the verb governs, not of the words that follow it', () => {
    const roles = (text: string) => findPeople(sentencesOf(text)).map((p) => [p.name, p.roles.join('; ')]);
    expect(roles('Ana Roy, who led Lima as mayor for nine years and steered it through two floods, has died at the age of 88.')).toEqual([
      ['Ana Roy', 'leader of Lima'],
    ]);
    expect(roles('Tom Vale, who led the city from 2016 to 2022, was jailed on Monday.')).toEqual([['Tom Vale', 'leader of the city']]);
    // (A name's own joint stays: "the Fund for Development".)
    expect(roles('Ivo Kant, who heads the Andes Fund for Development, announced a grant.')).toEqual([['Ivo Kant', 'head of the Andes Fund for Development']]);
  });
});

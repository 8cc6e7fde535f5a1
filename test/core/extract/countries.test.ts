import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis.js';
import { parsePlainText } from '../../../src/core/article/plain-text.js';
import { findCountries, representedCountries } from '../../../src/core/extract/countries.js';
import { sentencesOf } from './helpers.js';

describe('countries', () => {
  it('normalises names, aliases and demonyms, longest form first', () => {
    expect(findCountries("The Russian Federation, the People's Republic of China, Dutch and U.S. officials, Niger and Nigeria").map((c) => c.country)).toEqual([
      'Russia',
      'China',
      'Netherlands',
      'United States',
      'Niger',
      'Nigeria',
    ]);
  });

  it('takes a name only as a word of its own, the longest form at its place', () => {
    const cases: [string, string[]][] = [
      ['Guinea-Bissau, Papua New Guinea and Guinea met.', ['Guinea-Bissau', 'Papua New Guinea', 'Guinea']],
      ['Nigerian and Nigerien officials; Nigeriana.', ['Nigeria', 'Niger']],
      ['It cost US$500 million, not Peru.com money.', []],
      ['Xperu, PeruX and 9Chile are brands; Chile is not.', ['Chile']],
      ['(Peru) "Chile" Peru. Chile\'s', ['Peru', 'Chile', 'Peru', 'Chile']],
      // A letter outside the Basic Multilingual Plane joins as any letter does; a lone surrogate is no letter.
      ['\ud835\udc00Peru, a\udc00Peru and Peru\ud835\udc00 met; x\ud800Chile did not.', ['Peru', 'Chile']],
    ];
    for (const [text, countries] of cases)
      expect(
        findCountries(text).map((c) => c.country),
        text,
      ).toEqual(countries);
  });

  it('reads a demonym in either of its spellings ("Ecuadorian", "Ecuadorean")', () => {
    expect(findCountries('Ecuadorean and Ecuadorian officials met.').map((c) => c.country)).toEqual(['Ecuador', 'Ecuador']);
  });

  it("names the UK's nations (they field their own teams), but not inside another name", () => {
    expect(findCountries('England beat Scotland and Wales in Cardiff.').map((c) => c.country)).toEqual(['England', 'Scotland', 'Wales']);
    expect(findCountries('Detectives from Scotland Yard and fans of the New England Patriots swam the English Channel.')).toEqual([]);
    // … nor a body's name that ends in one, but an office's does name it.
    expect(findCountries('The Bank of England and the Church of Scotland said so.')).toEqual([]);
    expect(findCountries('The First Minister of Scotland, Ana Roy, said so.').map((c) => c.country)).toEqual(['Scotland']);
  });

  it('reads "Latin American", "South America" and the "Inter-American" bank as no United States; "American officials" as it', () => {
    expect(findCountries('Mayors of 12 Latin American cities and the Inter-American Development Bank met South American leaders.')).toEqual([]);
    expect(findCountries('American officials attended.').map((c) => c.country)).toEqual(['United States']);
  });

  it('reads "US$500 million" as a currency, not as the United States', () => {
    expect(findCountries('Japan, which attended as a partner, promised a further US$90 million and NZ$5 million.').map((c) => c.country)).toEqual(['Japan']);
  });

  it('reads whom someone represents right after "representing", not countries further on ("10 asylum seekers from Iraq")', () => {
    expect(representedCountries(sentencesOf('Ana Roy KC, representing 10 asylum seekers from Iraq, Iran and Syria, argued the plan was unlawful.'))).toEqual(
      [],
    );
    expect(representedCountries(sentencesOf('Tom Vale, representing Chile, said talks would go on.'))).toEqual(['Chile']);
  });

  it.each([
    ['Three chemists from Japan, Canada and Kenya were awarded the Lima Prize on Wednesday.', ['Japan', 'Canada', 'Kenya']],
    ['Economists from Peru and Chile met in Lima to draft the plan.', ['Peru', 'Chile']],
    ['Engineers from Norway built the bridge.', ['Norway']],
    ['Two physicists from Ghana shared the award.', ['Ghana']],
    ['Academics from Spain and Portugal wrote to the minister.', ['Spain', 'Portugal']],
  ])("takes the countries those who take part for their learning or trade come from, as researchers' (%s)", (sentence, countries) => {
    expect(representedCountries(sentencesOf(sentence))).toEqual(countries);
  });

  it('takes countries from attendance clauses and bilateral meetings, not from context', () => {
    expect(
      representedCountries(
        sentencesOf(
          'The meeting was attended by representatives of Belarus, Cuba and other countries.',
          'He brought counterparts from Nepal and Pakistan together, even as India-China relations remain strained.',
          'At the Japan-Russia Summit Meeting the leaders spoke.',
          'Foreign ministers from Egypt and Qatar also came.',
        ),
      ),
    ).toEqual(['Belarus', 'Cuba', 'Nepal', 'Pakistan', 'Japan', 'Russia', 'Egypt', 'Qatar']);
  });

  it('takes the countries said to be represented with no one named ("Egypt and the UAE were also represented.")', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Talks in Lima between Peru and Chile ended on Wednesday without a deal.',
          'Egypt and the United Arab Emirates were also represented.',
          'Bolivia was represented at the talks by its ambassador.',
        ),
      ),
    ).toEqual(['Egypt', 'United Arab Emirates', 'Bolivia']);
  });

  it('takes the countries that pressed for something or raised concerns in the talks, not those a concern was about', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Egypt and Morocco raised concerns over the cost, diplomats said.',
          'Brazil pressed for a binding wage, which was not adopted.',
          'Ministers raised concerns about Peru.',
        ),
      ),
    ).toEqual(['Egypt', 'Morocco', 'Brazil']);
  });

  it('takes a country that called for a vote in the room, not one that called for something else', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Slovakia had called for a vote; Poland and Italy were among those abstaining.',
          'Peru called for calm.',
          'Chile requested a recorded vote.',
        ),
      ),
    ).toEqual(['Slovakia', 'Poland', 'Italy', 'Chile']);
  });

  it('takes a run of countries that "both" or "all" did what taking part is', () => {
    expect(representedCountries(sentencesOf('China and the United States both voted in favour.', 'Peru, Chile and Bolivia all signed.'))).toEqual([
      'China',
      'United States',
      'Peru',
      'Chile',
      'Bolivia',
    ]);
  });

  it('leaves out the countries of a meeting still to come ("…, when they will be joined by their counterparts from Peru")', () => {
    const meeting = (next: string) => representedCountries(sentencesOf('Ministers from Chile and Bolivia met in Lima on Tuesday.', next));
    expect(meeting('They will meet again in July, when they will be joined by their counterparts from Peru and Ecuador.')).toEqual(['Chile', 'Bolivia']);
    expect(meeting('The talks go on in May, when ministers from Peru are expected to attend.')).toEqual(['Chile', 'Bolivia']);
    expect(meeting('The talks go on in May, when ministers from Peru are due to take part.')).toEqual(['Chile', 'Bolivia']);
    expect(meeting('The talks go on in May, when a delegation from Peru is due to attend.')).toEqual(['Chile', 'Bolivia']);
    // (A clause of what is to come set off inside the sentence leaves the rest of it as it was.)
    expect(meeting('Ministers from Peru, which will host the next round, attended too.')).toEqual(['Chile', 'Bolivia', 'Peru']);
  });

  it('leaves out a country the attendance clause says stayed away ("…, and Russia did not attend")', () => {
    expect(representedCountries(sentencesOf('Germany was represented by State Secretary Ana Roy, and Russia did not attend.'))).toEqual(['Germany']);
  });

  it('takes after "leaders of" only the countries right after it, not the clause\'s other countries', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Leaders of the Group of Seven agreed on Thursday to lend $50 billion to Ukraine from frozen Russian assets.',
          'Foreign ministers of Chile, Peru and the United States met in Lima.',
        ),
      ),
    ).toEqual(['Chile', 'Peru', 'United States']);
  });

  it('takes the countries that blocked, vetoed, voted against or abstained: they were in the room', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Ministers ended the meeting without a communique after Saudi Arabia and Russia blocked language on plastics.',
          'The council voted 13-0, with China abstaining.',
          'Mexico abstained.',
          'Only Chile and Peru voted against the resolution.',
        ),
      ).sort(),
    ).toEqual(['Chile', 'China', 'Mexico', 'Peru', 'Russia', 'Saudi Arabia']);
    // ("Those voting against included …": the list after it.)
    expect(representedCountries(sentencesOf('Those voting against included Israel, the United States, Hungary and Austria.'))).toEqual([
      'Israel',
      'United States',
      'Hungary',
      'Austria',
    ]);
  });

  it('takes countries that took part, however they are joined ("India and the United States"), but not one in a clause of background', () => {
    expect(
      representedCountries(
        sentencesOf(
          'The appeals body has had no members since December 2019, after the United States blocked new appointments.',
          'China, Japan and the Philippines took part in the case as third parties.',
        ),
      ).sort(),
    ).toEqual(['China', 'Japan', 'Philippines']);
  });

  it("takes the countries a vote's abstentions or objections came from, co-hosts, and subjects set off ('whose …', '… and several other producers', a closing comma)", () => {
    expect(
      representedCountries(
        sentencesOf(
          'The resolution was adopted by 13 votes to none, with two abstentions, from Chile and Peru.',
          'A committee approved it by 124 votes to none, with 11 abstentions, including Paraguay and Iran.',
          'Norway, whose role in the council has been limited since 2022, took part by video.',
          'Bolivia was again represented by a senior official.',
          'Ecuador, Uruguay and several other producers blocked the text.',
          'The members of the group, Guyana and Suriname, made the decision at an online meeting.',
          'Belize and the Andes Union sent observers.',
          'Foreign Secretary Ana Roy, who co-hosted the conference with the EU, the Andes Union, Cuba and Haiti, said the world had looked away.',
          'The conference did not agree on a statement after objections from Jamaica and Honduras.',
        ),
      ).sort(),
    ).toEqual([
      'Belize',
      'Bolivia',
      'Chile',
      'Cuba',
      'Ecuador',
      'Guyana',
      'Haiti',
      'Honduras',
      'Iran',
      'Jamaica',
      'Norway',
      'Paraguay',
      'Peru',
      'Suriname',
      'Uruguay',
    ]);
  });

  it('knows the small states too ("Tonga and Vanuatu abstained")', () => {
    expect(representedCountries(sentencesOf('Tonga and Vanuatu abstained.', 'Kiribati, Palau and the Solomon Islands took part as observers.')).sort()).toEqual(
      ['Kiribati', 'Palau', 'Solomon Islands', 'Tonga', 'Vanuatu'],
    );
    // (… and the states in free association: the Cook Islands, Niue; "Cook" stays a surname.)
    expect(representedCountries(sentencesOf('The Cook Islands and Niue opposed the moratorium.')).sort()).toEqual(['Cook Islands', 'Niue']);
    // (… and the self-governing lands of the Danish realm, which sit at fisheries and Arctic talks of their own.)
    expect(
      representedCountries(
        sentencesOf('Ministers from Norway, the Faroe Islands and Greenland met in Oslo.', 'The Faroese minister rejected the offer.'),
      ).sort(),
    ).toEqual(['Faroe Islands', 'Greenland', 'Norway']);
  });

  it('takes a country whose verb follows an appositive ("Chile, an associate member, sent …")', () => {
    expect(representedCountries(sentencesOf('Chile, an associate member, sent its ambassador as an observer.'))).toEqual(['Chile']);
    // (… or an aside that counts them among others, or both.)
    expect(
      representedCountries(sentencesOf('Peru and Chile, among the largest sources of ocean plastic, pledged to draw up national plans within a year.')),
    ).toEqual(['Peru', 'Chile']);
    expect(representedCountries(sentencesOf('Peru and Chile, both members of the bloc, signed the plan.'))).toEqual(['Peru', 'Chile']);
  });

  it("takes both sides of a bilateral body named after them, and a headline's present tense", () => {
    expect(representedCountries(sentencesOf('The 15th session of the India-UAE Joint Commission Meeting was held in Delhi.'))).toEqual([
      'India',
      'United Arab Emirates',
    ]);
    expect(representedCountries(sentencesOf('Peru and Chile sign trade pact'))).toEqual(['Peru', 'Chile']);
    expect(representedCountries(sentencesOf('Peru significantly raised its tariffs.'))).toEqual([]);
  });

  it('takes the sides of the talks a sentence is about ("Talks between Peru and Chile ended …"), not talks it mentions', () => {
    expect(representedCountries(sentencesOf('Indirect talks between the government of Peru and the rebels ended in Doha on Sunday.'))).toEqual(['Peru']);
    expect(representedCountries(sentencesOf('The talks between Peru, Chile and Bolivia, which began on Monday, ended.'))).toEqual(['Peru', 'Chile', 'Bolivia']);
    expect(representedCountries(sentencesOf('Ministers discussed prospects for talks between Peru and Chile.'))).toEqual([]);
  });

  it('takes no country for what it did before the event ("signed the treaty last year")', () => {
    expect(representedCountries(sentencesOf('Peru signed the treaty on Tuesday, and Chile signed it last year.'))).toEqual(['Peru']);
    expect(representedCountries(sentencesOf('The United States signed the treaty two years ago but has not ratified it.'))).toEqual([]);
  });

  it('takes no country that only sent aid, aircraft or troops', () => {
    expect(representedCountries(sentencesOf('Peru has sent two military aircraft with relief supplies.'))).toEqual([]);
    expect(representedCountries(sentencesOf('Chile sent its foreign minister.'))).toEqual(['Chile']);
  });

  it('takes a country whose delegation was led by someone, whatever office or body that person holds', () => {
    expect(representedCountries(sentencesOf('The Peruvian delegation was led by intelligence chief Ana Roy.'))).toEqual(['Peru']);
    expect(representedCountries(sentencesOf("Chile's delegation, headed by its spy chief, arrived on Sunday."))).toEqual(['Chile']);
  });

  it('takes the countries that took a stand on what the event weighed, or whose delegation is led by someone, not a stand on anything else', () => {
    const found = representedCountries(
      sentencesOf(
        'Peru, Chile and Spain backed the package, which also lets governments buy gas jointly.',
        'Kenya and Nigeria spoke strongly in favour of a higher finance goal.',
        'Egypt asked that the final text mention adaptation separately.',
        'Japan, whose delegation is led by Ana Roy, said any goal had to include China.',
        'Norway backed rebels in the war a decade ago, and Cuba spoke to reporters.',
        'Iraq and Oman pledged to compensate for past overproduction.',
        'Canada pledged to provide $40 million in a written statement.',
        'Palau criticised the Chilean position, and Fiji criticized the draft.',
        'Samoa criticised the weather.',
      ),
    );
    expect(found).toEqual(['Peru', 'Chile', 'Spain', 'Kenya', 'Nigeria', 'Egypt', 'Japan', 'Iraq', 'Oman', 'Palau', 'Fiji']);
  });

  it('takes a country that asked for more time or detail on what the event weighed, not for anything else', () => {
    const found = representedCountries(
      sentencesOf(
        'The council deferred the mission, after Egypt and Nigeria asked for more detail on its cost.',
        'Peru called for further consultations, and Chile asked for more time.',
        'Bolivia asked for more information on the fund.',
        'Ukraine asked for more weapons, and Cuba called for more aid.',
      ),
    );
    expect(found).toEqual(['Egypt', 'Nigeria', 'Peru', 'Chile', 'Bolivia']);
  });

  it('takes the country that handed the chair on at the meeting ("handed the rotating chairmanship to")', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Leaders met in Lima, as Peru handed the bloc’s rotating chairmanship to Chile.',
          'Bolivia handed over its presidency to Ecuador.',
          'Cuba handed the gavel to Haiti.',
          'Panama handed the chair to the committee.',
          'Spain handed a letter to Chile.',
        ),
      ),
    ).toEqual(['Peru', 'Bolivia', 'Cuba', 'Panama']);
  });

  it('takes a country that won a concession in the bargaining, not one that won anything else', () => {
    const found = representedCountries(
      sentencesOf(
        'Bolivia, which had threatened to veto any rise, won an exemption for farm vehicles until 2027.',
        'Peru secured an opt-out on fishing quotas.',
        'Chile won the final 2-1 in Lima last year.',
        // (… or a bigger share of what is shared out: a quota, a target.)
        'Ecuador won a higher production target of 30,000 barrels a day.',
        'Colombia secured a larger catch quota.',
        // (… or was granted one; one that grants it may be anyone.)
        'Panama was granted a higher quota, and Cuba were granted an exemption.',
        'Spain granted an exemption to its fishermen.',
      ),
    );
    expect(found).toEqual(['Bolivia', 'Peru', 'Ecuador', 'Colombia', 'Panama', 'Cuba']);
  });

  it("takes a country whose delegation acts, or that speaks for a group, as the verb's subject", () => {
    expect(representedCountries(sentencesOf("Saudi Arabia's delegation objected to any new target."))).toEqual(['Saudi Arabia']);
    // (… a country of one word opening the sentence, with no other capital after it.)
    expect(representedCountries(sentencesOf("Chile's negotiators backed the text."))).toEqual(['Chile']);
    expect(representedCountries(sentencesOf('Chile’s negotiators backed the text.'))).toEqual(['Chile']);
    expect(representedCountries(sentencesOf('Bolivia, speaking for the landlocked countries, backed the plan.'))).toEqual(['Bolivia']);
    expect(representedCountries(sentencesOf('Bolivia, speaking on behalf of the landlocked countries, backed the plan.'))).toEqual(['Bolivia']);
    // (Not a country's other people: "Chile's farmers backed the text" took no part in the talks.)
    expect(representedCountries(sentencesOf("Chile's farmers backed the text."))).toEqual([]);
  });

  it('takes a country whose verb follows a relative clause ("Bolivia, which joined last year, sent observers")', () => {
    expect(representedCountries(sentencesOf('Bolivia, which joined the bloc as a full member last year, sent observers.'))).toEqual(['Bolivia']);
  });

  it('takes the countries "among those voting against", and those a resolution was tabled by, not the one it is about', () => {
    const found = representedCountries(
      sentencesOf(
        'The resolution on Sudan, tabled by Britain, the United States and Norway, was adopted by 19 votes to 16.',
        'China, Cuba and Eritrea were among those voting against.',
      ),
    );
    expect(found.sort()).toEqual(['China', 'Cuba', 'Eritrea', 'Norway', 'United Kingdom', 'United States']);
  });

  it('takes the countries that took a stand on what the event weighed in a clause of "which" ("a quota system, which Austria … rejected")', () => {
    const found = representedCountries(
      sentencesOf(
        'Leaders discussed a mandatory quota system, which Austria, the Netherlands and Poland rejected.',
        'The plan, which Chile opposed, was shelved.',
        'The text, which Peru backed, goes to a vote.',
        'A deal, which Bolivia supported, is near.',
        'The package which Ecuador backed passed, and the resolution which Cuba rejected failed.',
        'The proposal, which Ghana rejected, fell.',
        'The target, which Kenya backed, was met.',
        'The storm, which Japan backed away from, passed.',
      ),
    );
    expect(found).toEqual(['Austria', 'Netherlands', 'Poland', 'Chile', 'Peru', 'Bolivia', 'Ecuador', 'Cuba', 'Ghana', 'Kenya']);
  });

  it('takes the countries "among the 28 countries that abstained", the count in digits or words', () => {
    const found = representedCountries(
      sentencesOf(
        'India, Brazil and Turkey were among the 28 countries that abstained.',
        'Chile and Peru were among the nine states that voted against.',
        'Ghana was among the 142 countries that voted in favour.',
      ),
    );
    expect(found.sort()).toEqual(['Brazil', 'Chile', 'Ghana', 'India', 'Peru', 'Turkey']);
  });

  it('takes the country a proposal or a motion was put forward by ("A proposal by Colombia to …"), not the one it is about', () => {
    expect(
      representedCountries(sentencesOf('A proposal by Colombia to set up a treaty process was not taken up.', 'A motion by Peru and Chile on Bolivia failed.')),
    ).toEqual(['Colombia', 'Peru', 'Chile']);
  });

  it('takes the countries that "are taking part" ("Ships from Peru, Chile and Bolivia are taking part in the exercise")', () => {
    expect(representedCountries(sentencesOf('Ships from Peru, Chile and Bolivia are taking part in the Andes-25 exercise.'))).toEqual([
      'Peru',
      'Chile',
      'Bolivia',
    ]);
  });

  it('takes countries that opposed a proposal at the talks ("Chile, Bolivia and Ecuador opposed it, delegates said")', () => {
    expect(representedCountries(sentencesOf('Chile, Bolivia and Ecuador opposed it, delegates said.'))).toEqual(['Chile', 'Bolivia', 'Ecuador']);
  });

  it('takes countries that "also" raised concerns, and a host after a long relative clause', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Peru, which holds the rotating chair of the Andean Community of Nations this year, hosted the summit.',
          'Chile and Bolivia also raised concerns about the situation at sea.',
        ),
      ),
    ).toEqual(['Peru', 'Chile', 'Bolivia']);
  });

  it('takes the countries a treaty was signed by ("The pact was signed by Peru, Chile and Bolivia"), not the one it is about', () => {
    expect(representedCountries(sentencesOf('The pact on Ecuador was signed by Peru, Chile, the United States and Bolivia at a ceremony in Lima.'))).toEqual([
      'Peru',
      'Chile',
      'United States',
      'Bolivia',
    ]);
  });

  it('takes the countries a clause set off after them says attended as members or observers, whatever the main verb', () => {
    expect(representedCountries(sentencesOf('Peru and Chile, which attended as members, urged the leaders to return to talks.'))).toEqual(['Peru', 'Chile']);
    expect(representedCountries(sentencesOf('Bolivia, which took part as an observer, said nothing.'))).toEqual(['Bolivia']);
    // (Not a clause that says only what they are: no verb of taking part.)
    expect(representedCountries(sentencesOf('Chile, which hosts a large diaspora as a member of the bloc, said it was watching.'))).toEqual([]);
  });

  it('takes the countries a clause set off after them says host or mediate the talks, whatever the main verb', () => {
    expect(
      representedCountries(sentencesOf('Switzerland and Qatar, which are co-hosting the talks, said in a joint statement that a prisoner exchange was near.')),
    ).toEqual(['Switzerland', 'Qatar']);
    expect(representedCountries(sentencesOf('Norway, which brokered the ceasefire, urged both sides to keep it.'))).toEqual(['Norway']);
    // (Not a clause about something else: "Chile, which hosts a large diaspora, said …".)
    expect(representedCountries(sentencesOf('Chile, which hosts a large diaspora, said it was watching the talks closely.'))).toEqual([]);
  });

  it('takes the countries a vote\'s sides list, opening the sentence ("Voting against were …")', () => {
    expect(
      representedCountries(
        sentencesOf(
          'The assembly approved the resolution by 124 votes to 3.',
          'Voting against were Peru, Chile and Bolivia. Abstaining were Brazil and Ecuador.',
        ),
      ),
    ).toEqual(['Peru', 'Chile', 'Bolivia', 'Brazil', 'Ecuador']);
  });

  it('takes the countries whose presidents or premiers the text counts in', () => {
    expect(representedCountries(sentencesOf('Ana Roy announced the deal in Lima alongside the presidents of Peru, Chile and Bolivia.'))).toEqual([
      'Peru',
      'Chile',
      'Bolivia',
    ]);
  });

  it('takes the countries mediators or negotiators came from', () => {
    expect(
      representedCountries(
        sentencesOf('Talks in Lima ended on Thursday after four days of negotiations between the rebels and mediators from Peru, Chile and Brazil.'),
      ),
    ).toEqual(['Peru', 'Chile', 'Brazil']);
    expect(representedCountries(sentencesOf('Negotiators from Bolivia and Ecuador met in Quito.'))).toEqual(['Bolivia', 'Ecuador']);
  });

  it('takes the countries a decision was opposed, blocked or vetoed by, and those a resolution was presented by', () => {
    expect(
      representedCountries(sentencesOf('The decision, adopted by qualified majority, was opposed by Poland and Lithuania, while Denmark abstained.')),
    ).toEqual(['Denmark', 'Poland', 'Lithuania']);
    expect(representedCountries(sentencesOf('The resolution, presented by Britain, Norway and the United States, passed by 19 votes to 16.'))).toEqual([
      'United Kingdom',
      'Norway',
      'United States',
    ]);
  });

  it('takes the countries among those at the summit that did not endorse its text', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Most countries at the summit backed a final communique on Sunday.',
          'India and Mexico were among those that did not endorse the document.',
        ),
      ),
    ).toEqual(['India', 'Mexico']);
  });

  it('takes no co-hosts of an event still to come ("The next one will be held in 2028, co-hosted by Chile and Peru")', () => {
    expect(
      representedCountries(sentencesOf('The conference was co-hosted by Bolivia.', 'The next one will be held in 2028, co-hosted by Chile and Peru.')),
    ).toEqual(['Bolivia']);
  });

  it('takes the countries a deal was reached or signed with, not one an agreement is merely with', () => {
    expect(representedCountries(sentencesOf('The fund said on Friday it had reached a staff-level agreement with Pakistan on a loan.'))).toEqual(['Pakistan']);
    expect(representedCountries(sentencesOf('The bank signed a $2 billion deal with Peru and Chile.')).sort()).toEqual(['Chile', 'Peru']);
    expect(representedCountries(sentencesOf('Its free-trade agreement with Mexico, under negotiation for years, is stuck.'))).toEqual([]);
    expect(representedCountries(sentencesOf('Peru and Chile exchanged two prisoners on Thursday.')).sort()).toEqual(['Chile', 'Peru']);
  });

  it('takes the host of a state visit, not a country a visitor merely arrives in', () => {
    expect(representedCountries(sentencesOf('King Tomas III arrived in Kenya on Tuesday for a four-day state visit.'))).toEqual(['Kenya']);
    expect(representedCountries(sentencesOf('The president begins a state visit to Peru and Chile on Monday.')).sort()).toEqual(['Chile', 'Peru']);
    expect(representedCountries(sentencesOf('The delegation arrived in Kenya on Tuesday after a long flight.'))).toEqual([]);
  });
});

describe('countries at a council vote', () => {
  it('takes the countries that wrote the draft, and one whose unnamed minister addressed the council', () => {
    expect(
      representedCountries(
        sentencesOf(
          'Thirteen of the 15 members voted in favour of the draft, which was written by Peru and Chile.',
          "Bolivia's foreign minister, who addressed the council by video link from La Paz, urged members to find another way.",
          "Ecuador's president addressed the nation on television the same evening.",
        ),
      ),
    ).toEqual(['Peru', 'Chile', 'Bolivia']);
  });
});

describe('a short name two countries share', () => {
  const read = (text: string) => analyzeArticle(parsePlainText(text));

  it('is the country the article names in full ("Congo" in a report of "DR Congo" talks)', () => {
    const a = read(`DR Congo and Rwanda sign deal in Lima

The foreign ministers of Congo and Rwanda signed a peace agreement on Friday in Lima.

Congo's Foreign Minister Ana Roy and Rwanda's Foreign Minister Tom Vale signed the deal.`);
    expect(a.countries).toEqual(['Democratic Republic of the Congo', 'Rwanda']);
    expect(a.participants.find((p) => p.name === 'Ana Roy')?.affiliation).toBe('Democratic Republic of the Congo');
  });

  it('is the usual one where the article names no other, or names both', () => {
    expect(read("Congo and Rwanda sign deal\n\nCongo's Foreign Minister Ana Roy signed the deal in Lima on Friday.").countries).toContain(
      'Republic of the Congo',
    );
    const both = read(
      "Congo neighbours meet\n\nThe foreign ministers of the DRC and the Republic of the Congo met in Lima on Friday. Congo's Foreign Minister Ana Roy signed the deal.",
    );
    expect(both.participants.find((p) => p.name === 'Ana Roy')?.affiliation).toBe('Republic of the Congo');
  });
});

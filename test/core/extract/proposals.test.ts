import { describe, expect, it } from 'vitest';
import { findProposals } from '../../../src/core/extract/proposals.js';
import { sentencesOf } from './helpers.js';

const proposals = (...paragraphs: string[]) => findProposals(sentencesOf(...paragraphs));

describe('proposals', () => {
  it('takes no item from "The first" before a noun that is no item ("The first instalment will be paid …"); what was said of the plan, clause by clause, gives them', () => {
    const found = proposals(
      'The cabinet on Wednesday approved a three-point relief plan for fishing families.',
      'The minister said each family would receive a payment, that loans would be deferred, and that rations would be free.',
      'The first instalment will be paid by August 20.',
    );
    expect(found.stated).toBe(3);
    // (What the minister said of it, clause by clause, is the plan's three points.)
    expect(found.items).toEqual(['Each family would receive a payment', 'Loans would be deferred', 'Rations would be free']);
    // (An ordinal before its verb is still an item: "The first calls for …".)
    expect(proposals('The minister put forward a two-point plan.', 'The first calls for a truce.', 'The second sets up a fund for farmers.').items).toEqual([
      'Calls for a truce',
      'Sets up a fund for farmers',
    ]);
  });

  it('reads some of the items counted from a sentence that opens "Among them:"', () => {
    const found = proposals(
      'The health committee on Wednesday recommended a ban on disposable vapes and tighter rules on flavours.',
      'The committee made 18 recommendations. Among them: a ban on single-use vapes by 2026, a limit of three flavours per brand, plain packaging, and a licence for shops.',
    );
    expect(found.stated).toBe(18);
    expect(found.items).toEqual(['A ban on single-use vapes by 2026', 'A limit of three flavours per brand', 'Plain packaging', 'A licence for shops']);
  });

  it('reads some of the items counted from a sentence that opens "Among the recommendations are"', () => {
    const found = proposals(
      'A review of the flood defences on the river made 30 recommendations in a report published on Monday.',
      'Among the recommendations are a warning siren in every village, a legal duty on landlords to fit flood doors within 60 days, and a register of vulnerable residents.',
    );
    expect(found.stated).toBe(30);
    expect(found.items).toEqual([
      'A warning siren in every village',
      'A legal duty on landlords to fit flood doors within 60 days',
      'A register of vulnerable residents',
    ]);
  });

  it('reads a stated count and a semicolon list after "including"', () => {
    const p = proposals('She put forward three suggestions, including cutting tariffs on grain; opening the ports to trade; and building a shared rail line.');
    expect(p.stated).toBe(3);
    expect(p.items).toEqual(['Cutting tariffs on grain', 'Opening the ports to trade', 'Building a shared rail line']);
  });

  it('splits a comma list of -ing clauses, keeping "and" inside an item', () => {
    const p = proposals('He proposed a three-point plan which included cementing unity and trust, steering clear of blame and giving backing to the agency.');
    expect(p.stated).toBe(3);
    expect(p.items).toEqual(['Cementing unity and trust', 'Steering clear of blame', 'Giving backing to the agency']);
  });

  it('reads a counted list the serial comma ends, whose last item opens with no -ing ("…, and a fund for farmers")', () => {
    const p = proposals('Ministers backed a three-point plan: rebuilding homes, restoring water and power lines within a year, and a fund for farmers.');
    expect(p.stated).toBe(3);
    expect(p.items).toEqual(['Rebuilding homes', 'Restoring water and power lines within a year', 'A fund for farmers']);
  });

  it('takes why the proposer says it (", citing …") for no item, nor any part of one', () => {
    const p = proposals(
      'Ministers failed to agree on catch limits on Tuesday.',
      'The Commission had proposed cutting the cod quota by 20 percent and the herring quota by 11 percent, citing scientific advice that stocks remain below safe levels.',
    );
    expect(p.items).toEqual(['Cutting the cod quota by 20 percent and the herring quota by 11 percent']);
  });

  it('reads a list of "that" clauses after "recommends that", each clause an item', () => {
    const p = proposals(
      'The inquiry has made 12 recommendations on flood warnings.',
      'Among them, the committee recommends that warnings be sent to every phone, that river gauges be upgraded within two years, and that councils publish maps online.',
    );
    expect(p.stated).toBe(12);
    expect(p.items).toEqual(['Warnings be sent to every phone', 'River gauges be upgraded within two years', 'Councils publish maps online']);
  });

  it.each([
    ['and the board accepted the idea', 'A regional task force for the border'],
    ['and the board welcomed a review of it', 'A regional task force for the border'],
    ['and the board backed it', 'A regional task force for the border'],
    ['and they agreed to study it', 'A regional task force for the border'],
    // (Not an "-ed" that takes no object: "the required staff" is more of what was proposed.)
    ['and the required staff to run it', 'A regional task force for the border, and the required staff to run it'],
  ])('ends one proposal where a clause of its own follows ", and" (%s)', (tail, item) => {
    expect(proposals('Andes foreign ministers met in Lima on Sunday.', `Ana Roy proposed a regional task force for the border, ${tail}.`).items).toEqual([
      item,
    ]);
  });

  it('reads three or more short things right after "proposed", closed by a serial comma, with no count stated or no more than it', () => {
    expect(proposals('The farmers proposed emergency fodder imports, a suspension of water charges, and low-interest loans for farms.').items).toEqual([
      'Emergency fodder imports',
      'A suspension of water charges',
      'Low-interest loans for farms',
    ]);
    // (… or with a count stated before them, which they do not pass: the plan's three points, not one long item.)
    const counted = proposals(
      'Ministers endorsed a three-point plan to share river water.',
      'Ana Roy proposed a regional data centre, joint monitoring of reservoirs, and a fund to line canals.',
    );
    expect(counted.stated).toBe(3);
    expect(counted.items).toEqual(['A regional data centre', 'Joint monitoring of reservoirs', 'A fund to line canals']);
    expect(
      proposals('Ministers endorsed a two-point plan.', 'Ana Roy proposed a regional data centre, joint monitoring of reservoirs, and a fund to line canals.')
        .items,
    ).toHaveLength(1);
    // (Not clauses of their own, nor what follows "that", nor two things without the serial comma: each reads as one.)
    expect(proposals('Ana Roy proposed that the fund be run by the bank, a view shared by Chile, and Peru agreed.').items.length).toBeLessThan(2);
    expect(proposals('The farmers proposed fodder imports and lower water charges.').items.length).toBeLessThan(2);
    // (Nor who put it forward, after a passive's "by", and the sentence's own verbs after that.)
    expect(
      proposals(
        'Lawmakers voted on Friday to reject a bill on assisted dying.',
        'The bill, put forward by independent lawmaker Ana Roy, would have applied to adults, and required the approval of two doctors and a judge.',
      ).items,
    ).toEqual([]);
  });

  it('reads no item from the close that says a list has more (", among other steps")', () => {
    const p = proposals(
      'Ministers endorsed a six-point plan on water.',
      'The plan calls for a regional data centre, joint monitoring of reservoirs, and a fund to line canals, among other steps.',
    );
    expect(p.stated).toBe(6);
    expect(p.items).toEqual(['A regional data centre', 'Joint monitoring of reservoirs', 'A fund to line canals']);
  });

  it('reads two of those counted joined by one "and" after "including", and no item from a relative clause closing the list', () => {
    const p = proposals('The panel made nine recommendations, including a return to yearly drills and a review of the alarms, which it said were too quiet.');
    expect(p.stated).toBe(9);
    expect(p.items).toEqual(['A return to yearly drills', 'A review of the alarms']);
    // (The first may have no article where the second has one: "better training for night crews and a review of …".)
    expect(proposals('The board made 11 recommendations, including better training for night crews and a review of how rosters are set.').items).toEqual([
      'Better training for night crews',
      'A review of how rosters are set',
    ]);
    // (An "and" inside one thing stays: "a fund for farmers and fishermen" is one item, as is "training for pilots and crews".)
    expect(proposals('The panel made nine recommendations, including a fund for farmers and fishermen.').items.length).toBeLessThan(2);
    expect(proposals('The panel made nine recommendations, including better training for pilots and crews.').items.length).toBeLessThan(2);
  });

  it('reads a counted -ing list whose last item, after "and", opens with no -ing ("…, reforming banks and a global tax")', () => {
    const p = proposals('The ministers set out four priorities: supporting Lima, tackling inflation, reforming banks and a global minimum tax.');
    expect(p.stated).toBe(4);
    expect(p.items).toEqual(['Supporting Lima', 'Tackling inflation', 'Reforming banks', 'A global minimum tax']);
    // (Where the count is met without it, an "and" inside the last item stays: "giving support to farmers and fishermen".)
    expect(proposals('She set out three priorities: cutting tariffs, opening ports and giving support to farmers and fishermen.').items).toEqual([
      'Cutting tariffs',
      'Opening ports',
      'Giving support to farmers and fishermen',
    ]);
  });

  it('takes no count from a plan of an earlier year ("the five-point consensus, agreed in April 2021"), nor an item from it', () => {
    const p = proposals(
      'They also urged an early conclusion of a code of conduct.',
      "They called on all parties to implement the bloc's five-point consensus, agreed in April 2021.",
    );
    expect(p).toMatchObject({ stated: null, items: [] });
  });

  it('takes no item from a proposal put forward before the event ("proposed a rule in May"), but keeps one that names a time', () => {
    expect(
      proposals(
        'Senators pressed the airline chiefs on Tuesday.',
        'The Transport Ministry proposed a rule in May that would require cash refunds for long delays.',
      ),
    ).toMatchObject({ stated: null, items: [] });
    expect(proposals('The committee heard the chiefs on Tuesday.', 'She proposed that the committee meet again in May.').items).toEqual([
      'The committee meet again in May',
    ]);
  });

  it('reads "proposed" after an owner as an adjective ("Halvex\'s proposed takeover"), no proposal', () => {
    expect(
      proposals("The regulator on Wednesday blocked Halvex's proposed £4.2 billion takeover of Lorca Systems, saying it would raise prices."),
    ).toMatchObject({ stated: null, items: [] });
    expect(proposals("The members' proposed changes to the rules were heard first.").items).toEqual([]);
    // (… nor "demands" after one, a noun: what the demands would cost is no proposal; the proposal after it is.)
    expect(
      proposals(
        "Ana Roy, chair of the employers' group, said the union's demands would cost operators €180 million a year.",
        'She proposed binding arbitration.',
      ).items,
    ).toEqual(['Binding arbitration']);
  });

  it('reads items counted in order with whose they are set off ("The second, from trustee Tom Vale, sets up …"), not one more told as another', () => {
    expect(
      proposals(
        'The Lima school board on Tuesday adopted a budget and approved three motions from trustees.',
        'The first motion, from trustee Ana Roy, asks staff to report on the cost of free lunches by March. The second, from trustee Tom Vale, sets up a committee to review school boundaries. The third, from board chair Ivo Kant, extends the hiring freeze for six months.',
        "A fourth motion, to cut the superintendent's pay, was defeated 5-2.",
      ),
    ).toMatchObject({
      stated: 3,
      items: [
        'Asks staff to report on the cost of free lunches by March',
        'Sets up a committee to review school boundaries',
        'Extends the hiring freeze for six months',
      ],
    });
  });

  it('reads items counted in order with who says them set off ("First, he said, countries should …"), without the aside', () => {
    expect(
      proposals(
        'Agriculture Minister Ana Roy on Tuesday proposed three steps to strengthen food security, in a speech at a forum in Lima.',
        'First, she said, countries should set up regional grain reserves.',
        'Second, Roy added, rich countries should double their funding for seed research.',
        'Third, he argued, export bans should be notified in advance.',
      ),
    ).toMatchObject({
      stated: 3,
      items: [
        'Countries should set up regional grain reserves',
        'Rich countries should double their funding for seed research',
        'Export bans should be notified in advance',
      ],
    });
  });

  it('keeps an item\'s opening time ("from January, members will share …"): only an ordinal\'s item loses whose it is', () => {
    expect(
      proposals(
        'Ministers agreed on Friday to a three-point plan to cut haze.',
        'The three points are: from January, members will share fire data; a ban on burning from 2027; and a shared fund of $50 million.',
      ),
    ).toMatchObject({ stated: 3, items: ['From January, members will share fire data', 'A ban on burning from 2027', 'A shared fund of $50 million'] });
  });

  it('reads no list from one ordinal with no count stated ("The first strike day is set for March 4")', () => {
    expect(
      proposals(
        'Teachers voted to strike after rejecting a pay offer, their union said.',
        'The education department urged the union to return to talks. The first strike day is set for March 4.',
      ).items,
    ).toEqual([]);
  });

  it('counts no proposals in terms of office ("did not seek re-election after two terms")', () => {
    expect(proposals('The outgoing mayor, Tom Vale, did not seek re-election after two terms.')).toMatchObject({ stated: null, items: [] });
    // (… nor in a limit set on them, approved as it may be.)
    expect(proposals("Delegates also approved changes to the federation's statutes, limiting presidents to two terms.")).toMatchObject({ stated: null });
    expect(proposals('The assembly approved new rules allowing a maximum of three motions per member.')).toMatchObject({ stated: null });
    // (Terms put forward still count.)
    expect(proposals('The union set out two terms for a deal.')).toMatchObject({ stated: 2 });
  });

  it('finds parallel phrases with no stated count', () => {
    const p = proposals('She proposed helping the region on a path to peace and order, a path to growth, and a path to renewal.');
    expect(p.stated).toBeNull();
    expect(p.items).toEqual(['A path to peace and order', 'A path to growth', 'A path to renewal']);
  });

  it('reads no item from the count itself ("put forward five proposals on debt relief; two were adopted")', () => {
    expect(proposals('Leaders put forward five proposals on debt relief; two were adopted.')).toMatchObject({ stated: 5, items: [] });
  });

  it('leaves who reported a proposal out of it (", officials said", ", according to diplomats")', () => {
    const p = proposals(
      'Peru proposed an equal split of the flow.',
      'Chile put forward a joint storage scheme, officials said.',
      'Bolivia proposed a new survey of the basin, according to diplomats.',
    );
    expect(p.items).toEqual(['An equal split of the flow', 'A joint storage scheme', 'A new survey of the basin']);
  });

  it('leaves who said it out of a list it closes (", Foreign Minister X told reporters", ", said X")', () => {
    for (const close of ['Peruvian Foreign Minister Ana Roy told reporters', 'said Foreign Minister Ana Roy']) {
      const p = proposals(
        'Peru put forward a three-point plan on Tuesday.',
        `The plan calls for a two-week truce, the release of prisoners in stages, and the opening of the border for aid, ${close}.`,
      );
      expect(p.items, close).toEqual(['A two-week truce', 'The release of prisoners in stages', 'The opening of the border for aid']);
    }
  });

  it('reads "First, … Second, … Finally, …" sentences after the proposing sentence', () => {
    const p = proposals(
      'The minister put forward three proposals.',
      'First, open the border. This matters for farmers.',
      'Second, share the data.',
      'Finally, meet every year.',
    );
    expect(p.stated).toBe(3);
    expect(p.items).toEqual(['Open the border', 'Share the data', 'Meet every year']);
  });

  it('reads numbered lists in the following paragraphs', () => {
    const p = proposals('The envoy made four recommendations:', '1. Lower fees.', '2. Train staff.', '3. Audit spending.', '4. Publish results.');
    expect(p.stated).toBe(4);
    expect(p.items).toEqual(['Lower fees', 'Train staff', 'Audit spending', 'Publish results']);
  });

  it('reads a bulleted list its introduction counts ("sets out three main commitments:"), not a list after "called for" elsewhere', () => {
    const p = proposals(
      'Members adopted the water accord on Tuesday by 124 votes to none.',
      'Peru had called for a vote; Chile, Bolivia and Ecuador were among those abstaining.',
      'What the accord says',
      'The accord sets out three main commitments:',
      '- members will share river data;',
      '- a fund will pay for dams;',
      '- disputes will go to a joint panel.',
    );
    expect(p.stated).toBe(3);
    expect(p.items).toEqual(['Members will share river data', 'A fund will pay for dams', 'Disputes will go to a joint panel']);
  });

  it('reads the conditions a count sets ("set three conditions", then "until the operators:" over a numbered list)', () => {
    const p = proposals(
      'The union council met on Saturday and set three conditions for returning to talks.',
      'Its leader, Tom Vale, said the union would not negotiate until the operators:',
      '1. withdraw the threat of redundancies;',
      '2. restore the pay offer;',
      '3. agree to arbitration.',
    );
    expect(p).toMatchObject({ stated: 3, items: ['Withdraw the threat of redundancies', 'Restore the pay offer', 'Agree to arbitration'] });
  });

  it('reads the decisions a cabinet approved over a numbered list ("approved four decisions", "approved the following:")', () => {
    const p = proposals(
      'The cabinet, chaired by Prime Minister Ana Roy, on Tuesday approved four decisions on water and power.',
      'The cabinet approved the following:',
      '1. A 15% cut in power tariffs for small households;',
      '2. Release of 40 billion soles for canal lining;',
      '3. Creation of a national water authority;',
      '4. A review of power-sector debt within 60 days.',
    );
    expect(p.stated).toBe(4);
    expect(p.items).toHaveLength(4);
    expect(p.items[2]).toBe('Creation of a national water authority');
    // (Decisions counted with nothing that puts them forward are no proposals: "made two controversial decisions".)
    expect(proposals('The referee made two controversial decisions in the second half.', 'Lima won 2-1.').stated).toBeNull();
  });

  it('reports a stated count honestly when the text lists fewer items', () => {
    const p = proposals(
      'Wang went on to put forward four proposals.',
      'First, respond together to the epidemic.',
      'China supports a rapid response mechanism.',
    );
    expect(p).toMatchObject({ stated: 4, items: ['Respond together to the epidemic'] });
  });

  it('reads "proposed N things: A, B and C"', () => {
    expect(proposals('Macron proposed three measures: a joint fund, a border force and an energy pact.').items).toEqual([
      'A joint fund',
      'A border force',
      'An energy pact',
    ]);
    expect(proposals('She proposed three joint projects: a chip alert system, a quantum programme and a data pact.')).toMatchObject({
      stated: 3,
      items: ['A chip alert system', 'A quantum programme', 'A data pact'],
    });
  });

  it('does not take shared goals, adopted declarations or "the proposed" things for proposals', () => {
    expect(
      proposals(
        'The leaders agreed to take steps, including ending the pandemic, boosting growth and coordinating migration.',
        'The summit adopted the Deauville Declaration, a declaration on trade, and a declaration on Africa.',
        'The proposed pipeline, the road and the port will cost billions.',
      ),
    ).toMatchObject({ stated: null, items: [], evidence: [] });
  });

  it('reads a list numbered inside one sentence without its numbers ("(1) to publish …; (2) to set up …")', () => {
    expect(
      proposals(
        'Water ministers adopted a joint communique setting out three commitments to protect rivers.',
        'The commitments are: (1) to publish shared monitoring data every six months; (2) to set up a regional early-warning system by 2034; and (3) to create a joint fund of $200 million.',
      ),
    ).toMatchObject({
      stated: 3,
      items: ['Publish shared monitoring data every six months', 'Set up a regional early-warning system by 2034', 'Create a joint fund of $200 million'],
    });
  });

  it('takes no proposal from a measure that was proposed before ("The regulation, proposed by the Commission in May, bans …")', () => {
    expect(
      proposals(
        'Energy ministers agreed on Friday to phase out all imports of gas by the end of 2027.',
        'The regulation, proposed by the Andes Commission in May, bans new contracts from January and requires short-term contracts to end by June.',
      ),
    ).toMatchObject({ stated: null, items: [], evidence: [] });
  });

  it('takes no proposal from a measure named as put forward for someone ("objected to the lower quotas proposed for them")', () => {
    expect(
      proposals(
        'Oil ministers agreed on Sunday to extend their output cuts until the end of next year.',
        'Peru and Chile had objected to lower production baselines proposed for them.',
      ),
    ).toMatchObject({ stated: null, items: [], evidence: [] });
  });

  it('takes no proposal from who proposed what the report names elsewhere ("Ana Roy, who proposed the plan, said …")', () => {
    expect(
      proposals(
        'The Lima City Council voted 7-4 on Monday night to approve a network of protected bike lanes on six streets.',
        'The $3.2 million project will remove about 140 parking spaces. Construction is scheduled to begin in April.',
        'Councillor Ana Roy, who proposed the plan, said the lanes would make the city safer for children riding to school. "We have waited long enough," she said.',
      ),
    ).toMatchObject({ items: [] });
  });

  it('takes no proposal from whose side proposed it ("Mayor Ana Roy, whose Green-led coalition proposed the charge, said …")', () => {
    expect(
      proposals(
        'Lima city council voted 31-18 on Tuesday to charge drivers 8 euros a day to enter the city centre, starting next September.',
        'The council expects the scheme to raise 45 million euros a year.',
        'Mayor Ana Roy, whose Green-led coalition proposed the charge, said it was "the biggest change in fifty years".',
      ),
    ).toMatchObject({ items: [] });
  });

  it('reads the list of a plan counted before, after "calls for"', () => {
    expect(
      proposals(
        'Ministers agreed on Thursday to a three-point plan to cut haze.',
        'The plan, put forward by Minister Ana Roy, calls for a fire-monitoring centre in Lima, a ban on burning from 2027, and a shared fund of $50 million.',
      ),
    ).toMatchObject({ stated: 3, items: ['A fire-monitoring centre in Lima', 'A ban on burning from 2027', 'A shared fund of $50 million'] });
  });

  it('reads a list counted off inside a sentence ("calls first for A; second, for B; and third, for C"), without its ordinals', () => {
    expect(
      proposals(
        'Ministers agreed on Thursday to a three-point plan to cut haze.',
        'The plan, put forward by Peru, calls first for a fire-monitoring centre in Lima; second, for a ban on burning from 2027; and third, for a shared fund of $50 million.',
      ),
    ).toMatchObject({ stated: 3, items: ['A fire-monitoring centre in Lima', 'A ban on burning from 2027', 'A shared fund of $50 million'] });
    // (An item's own first words are kept: "first aid", "second homes".)
    expect(
      proposals(
        'Ministers agreed on Thursday to a three-point plan to cut haze.',
        'The plan calls for first aid posts in every village; second homes to be taxed; and a shared fund of $50 million.',
      ),
    ).toMatchObject({ stated: 3, items: ['First aid posts in every village', 'Second homes to be taxed', 'A shared fund of $50 million'] });
  });

  it('reads "The five points are: A; B; …" after the sentence that counts them', () => {
    expect(
      proposals(
        'Foreign Minister Ana Roy on Thursday put forward a three-point initiative on security in the region.',
        'The three points are: respecting the sovereignty of all countries; settling disputes through dialogue; and keeping sea lanes safe.',
      ),
    ).toMatchObject({
      stated: 3,
      items: ['Respecting the sovereignty of all countries', 'Settling disputes through dialogue', 'Keeping sea lanes safe'],
    });
  });

  it('reads "Among them: that A; that B; and that C" after the sentence that counts them, not the lead\'s call as one item', () => {
    expect(
      proposals(
        'A committee of MPs has called for a ban on phones in schools and for the age of consent to be raised, in a report published on Saturday.',
        'The committee made 14 recommendations.',
        "Among them: that the government should legislate for a ban on phones; that apps should be barred from using children's data; and that a new body should review app design.",
      ),
    ).toMatchObject({
      stated: 14,
      items: ['The government should legislate for a ban on phones', "Apps should be barred from using children's data", 'A new body should review app design'],
    });
  });

  it('does not count goals scored or points won as proposals, but counts goals set out', () => {
    expect(
      proposals(
        'Lima reached the final with a 3-2 win after Quito had come back from two goals down.',
        'The win gave Lima three points and top place in the group.',
      ),
    ).toMatchObject({ stated: null, items: [] });
    expect(proposals('The mayor set out three goals for the city: cleaner air, safer streets and cheaper homes.')).toMatchObject({ stated: 3 });
  });

  it('takes no proposal from a verb deep in a report of something else', () => {
    expect(
      proposals(
        'A trade panel ruled on Monday that the duties the bloc imposed on steel from Ruritania in 2022 broke global trade rules, and recommended that the bloc bring its measures into line.',
        'Ruritania\'s trade minister, Ana Roy, called the ruling "a victory for fair trade" and urged the bloc to remove the duties within 60 days.',
      ),
    ).toMatchObject({ stated: null, items: [] });
    // A proposal verb that opens the sentence's own proposal is still read.
    expect(proposals('The minister proposed a single registry of ships.', 'She also urged a joint patrol of the coast.').items).toEqual([
      'A single registry of ships',
      'A joint patrol of the coast',
    ]);
  });

  it('reads some of the counted items after "including", the serial comma ending the list', () => {
    const p = proposals(
      'The committee put forward seven temporary recommendations, including better surveillance at borders, vaccination of contacts and health workers, and no restrictions on travel or trade.',
    );
    expect(p).toMatchObject({
      stated: 7,
      items: ['Better surveillance at borders', 'Vaccination of contacts and health workers', 'No restrictions on travel or trade'],
    });
  });

  it('reads a counted list set off by dashes', () => {
    const p = proposals(
      'The union said its three demands — a pay rise matching inflation, limits on night work and a say in automation — were all met in part.',
    );
    expect(p).toMatchObject({ stated: 3, items: ['A pay rise matching inflation', 'Limits on night work', 'A say in automation'] });
  });

  it('counts no proposals in a sum of money, nor in a page\'s own "Key points"', () => {
    expect(proposals('Leaders agreed on Thursday to a €50 billion support package for Ukraine.')).toMatchObject({ stated: null, items: [] });
    expect(proposals('Key points', '• All 27 leaders back the aid package', '• Deal reached within an hour', 'Leaders agreed to the package.').items).toEqual(
      [],
    );
  });

  it('counts priorities, a noun whose plural is not its "s" alone', () => {
    expect(proposals('The leaders adopted a joint statement setting out three priorities: maritime security, cyber defence and space.')).toMatchObject({
      stated: 3,
      items: ['Maritime security', 'Cyber defence', 'Space'],
    });
  });

  it('counts alternatives and changes put forward, "proposing" as well as "proposed"', () => {
    expect(
      proposals(
        'Councillors Ana Roy and Tom Vale joined him in proposing three alternatives: a smaller renovation of the old ground, a ticket levy, and a public vote on any future subsidy.',
      ),
    ).toMatchObject({ stated: 3, items: ['A smaller renovation of the old ground', 'A ticket levy', 'A public vote on any future subsidy'] });
    expect(
      proposals(
        'The senate voted to adopt four changes to how exams are run.',
        'The changes are: supervised exams in halls; a limit of 40% on the marks of online tests; an honesty pledge; and training for staff.',
      ),
    ).toMatchObject({
      stated: 4,
      items: ['Supervised exams in halls', 'A limit of 40% on the marks of online tests', 'An honesty pledge', 'Training for staff'],
    });
  });

  it('reads some of the items counted before from "The recommendations include …", a negated gerund one of them', () => {
    expect(
      proposals(
        'The panel set out seven recommendations for governments in the region.',
        'More than 4,200 cases have been reported.',
        'The recommendations include expanding testing, tracing contacts within 48 hours, and not imposing travel bans, which the panel said would do more harm than good.',
      ),
    ).toMatchObject({ stated: 7, items: ['Expanding testing', 'Tracing contacts within 48 hours', 'Not imposing travel bans'] });
    // (… with a relative clause set off between the noun and its verb.)
    expect(
      proposals(
        'The board put forward five changes to the way hosts are chosen.',
        'The five proposals, which the session will vote on, include capping the cost of a bid, letting two countries host jointly and requiring a rights review.',
      ),
    ).toMatchObject({ stated: 5, items: ['Capping the cost of a bid', 'Letting two countries host jointly', 'Requiring a rights review'] });
  });

  it('reads some of the counted items after "among them"', () => {
    expect(
      proposals(
        'The declaration sets out six commitments, among them joint visits to places of worship, a shared hotline for reporting threats, and training for young leaders.',
      ),
    ).toMatchObject({ stated: 6, items: ['Joint visits to places of worship', 'A shared hotline for reporting threats', 'Training for young leaders'] });
  });

  it('counts requests put forward', () => {
    expect(
      proposals(
        'The aid chief put forward three requests to the warring parties: open all border crossings to aid, protect civilians, and agree to a ceasefire.',
      ),
    ).toMatchObject({ stated: 3, items: ['Open all border crossings to aid', 'Protect civilians', 'Agree to a ceasefire'] });
  });

  it("reads what a counted plan's members would do, verb by verb: as many as the count, or the count less the others told of later", () => {
    const charter = (count: string, later: string) =>
      proposals(
        `The charter, drawn up by the two ports, sets out ${count} commitments.`,
        "Quito's harbour master, Ana Roy, said the ports would share their berth data, cut idling fees by half and open a joint training school.",
        later,
      );
    const three = ['Share their berth data', 'Cut idling fees by half', 'Open a joint training school'];
    expect(charter('three', 'The charter was signed on Friday.')).toMatchObject({ stated: 3, items: three });
    expect(charter('five', 'The other two commitments will be published next month.')).toMatchObject({ stated: 5, items: three });
    expect(charter('five', 'The remaining two will follow in May.')).toMatchObject({ stated: 5, items: three });
    expect(
      proposals('The charter sets out three commitments.', 'The ports will share their berth data, cut idling fees by half and open a joint school.').items,
    ).toEqual(['Share their berth data', 'Cut idling fees by half', 'Open a joint school']);
    // (A clause of its own is no commitment: "… and the board would meet in May".)
    expect(
      proposals(
        'The charter sets out three commitments.',
        'Ana Roy said the ports would share their berth data, cut idling fees and the board would meet in May.',
      ).items,
    ).toEqual([]);
    // (Three verbs are not five commitments when nothing says the rest come later.)
    expect(charter('five', 'The charter was signed on Friday.').items).toEqual([]);
    // (What the ports would be, or would have, is no commitment.)
    expect(proposals('The charter sets out three aims.', 'Ana Roy said the ports would be cleaner by May, safer at night and busier in winter.').items).toEqual(
      [],
    );
    expect(
      proposals('The charter sets out three aims.', 'Ana Roy said the ports would have a joint school, a shared berth list and a fee board.').items,
    ).toEqual([]);
  });

  it('takes "the first two" of the items counted before for no count of its own', () => {
    expect(proposals('The council adopted the first two alternatives and asked staff to report back by March 1.').stated).toBeNull();
    expect(proposals('The council adopted the remaining three measures.').stated).toBeNull();
    expect(proposals('The council adopted two measures.').stated).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { briefArticle } from '../../../src/core/briefing.js';
import { parsePlainText } from '../../../src/core/article/plain-text.js';
import { stem } from '../../../src/core/ask/retrieve.js';

// A small hand-written report exercising every kind of question.
const article = parsePlainText(`Ministers agree Arctic shipping plan

TROMSO, May 4 (Polar Wire) -- The 5th Meeting of Arctic Council Ministers opened in Tromso, Norway, on Tuesday, with delegates from a record 12 countries.

The meeting was chaired by Norwegian Foreign Minister Ingrid Berg. Also in attendance were Canadian Foreign Minister Paul Roy and Danish Foreign Minister Mette Holm, and representatives of Iceland and Finland.

Finnish Trade Minister Aino Virtanen did not participate in the talks. Representing Finland instead was its deputy envoy.

Berg put forward three proposals, including creating a joint rescue fleet; sharing ice data in real time; and capping fuel emissions in polar waters.

While meeting with Paul Roy, Berg said relations between Norway and Canada had never been stronger.

Roy said the fishing quotas would be reviewed next year.`);

const briefing = briefArticle(article);
const ask = (q: string) => briefing.ask(q);
const text = (q: string) => {
  const a = ask(q);
  return `${a.answer} ${a.evidence.join(' ')}`;
};

describe('answers with evidence', () => {
  it('who is X: full name, surname, any case, small misspellings', () => {
    for (const q of [
      'Who is Mette Holm?',
      'who is holm',
      'Who is Mete Hollm?',
      "What is Holm's role?",
      'What position does Holm hold?',
      'Which country does Mette Holm represent?',
      'Where is Holm from?',
    ]) {
      const a = ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.answer, q).toMatch(/Foreign Minister/);
      expect(a.answer, q).toMatch(/Denmark/);
      expect(a.evidence.join(' '), q).toContain('Danish Foreign Minister Mette Holm');
    }
  });

  it('declines "Where is X from?" of one the card gives an office but no country', () => {
    const report = briefArticle(
      parsePlainText('Judge approves extradition\n\nDistrict Judge Ana Roy approved the extradition of Tom Vale to Chile on Tuesday.'),
    );
    expect(report.ask('Where is Roy from?').answer).toBe('The article does not say where Ana Roy is from.');
  });

  it('who holds an office: "the Foreign Minister of Denmark", "Canada\'s foreign minister"', () => {
    expect(ask('Who is the Foreign Minister of Denmark?').answer).toMatch(/^Mette Holm/);
    expect(ask("Who is Canada's foreign minister?").answer).toMatch(/^Paul Roy/);
    // Three foreign ministers: "the foreign minister" alone names nobody in particular.
    expect(ask('Who is the foreign minister?').answer).not.toMatch(/^(Ingrid Berg|Paul Roy|Mette Holm):/);
  });

  it('who attended / who chaired / who represented', () => {
    expect(text('Who attended?')).toMatch(/Ingrid Berg.*Paul Roy.*Mette Holm/s);
    expect(text('Who attended?')).not.toContain('Aino Virtanen');
    expect(text('Who chaired the meeting?')).toContain('Ingrid Berg');
    expect(text('Who represented Finland?')).toContain('deputy envoy');
  });

  it('which countries and how many', () => {
    expect(text('Which countries attended?')).toMatch(/Norway.*Canada.*Denmark.*Iceland.*Finland/s);
    expect(ask('Which countries are involved?').answer).toMatch(/^Countries represented: .*Norway.*Canada/);
    expect(text('How many countries took part?')).toContain('12 countries');
  });

  it('of a report with no countries taking part: says so, and names those it mentions', () => {
    const recall = briefArticle(
      parsePlainText(
        'Regulator orders bicycle recall\n\nThe safety agency on Monday ordered the recall of 40,000 bicycles made by Orbis Mobility of Taiwan.\n\nThe batteries came from a supplier in Japan.',
      ),
    );
    for (const q of ['Which countries took part?', 'Which countries are involved?']) {
      const a = recall.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toBe('The article does not say which countries took part. It mentions Taiwan and Japan.');
    }
  });

  it('where and when', () => {
    expect(text('Where was the meeting held?')).toContain('Tromso');
    expect(text('When did the meeting open?')).toContain('Tuesday');
  });

  it('what did X say (to Y / about Z)', () => {
    expect(text('What did Berg say when she met Paul Roy?')).toContain('never been stronger');
    expect(text('What did Roy say about fishing quotas?')).toContain('reviewed next year');
  });

  it('did X attend: the honest no, and yes', () => {
    expect(ask('Was Virtanen present?').answer).toMatch(/^No/);
    const no = ask('Did Aino Virtanen attend?');
    expect(no.answered).toBe(true);
    expect(no.answer).toMatch(/^No/);
    expect(no.evidence.join(' ')).toContain('did not participate');
    expect(ask('Did Paul Roy take part?').answer).toMatch(/^Yes/);
  });

  it('the proposals, all or the Nth, and an Nth that the text does not have', () => {
    expect(text('What are the proposals?')).toMatch(/rescue fleet.*ice data.*fuel emissions/s);
    expect(ask('What is the second proposal?').answer).toContain('Sharing ice data');
    expect(ask('What did Berg propose?').answer).toContain('rescue fleet');
    expect(ask('What is the fifth proposal?').answered).toBe(false);
    expect(ask('How many proposals did Berg put forward?').answer).toMatch(/^3 proposals: 1\. Creating a joint rescue fleet 2\./);
  });

  it('names the items by the question\'s own word for them ("How many motions …?": "4 motions"), and finds what a plan "calls for" when asked what it includes', () => {
    const congress = briefArticle(
      parsePlainText(
        'Union backs motions\n\nDelegates in Lima elected Ana Roy as president on Tuesday.\n\nThe congress backed four motions: a call for smaller classes, a demand for a pay rise, opposition to league tables, and a request for more assistants.\n\nThe plan calls for smaller classes by 2028, more assistants and a review of tests.',
      ),
    );
    expect(congress.ask('How many motions did the congress back?').answer).toMatch(/^4 motions: 1\. A call for smaller classes/);
    expect(congress.ask('What are the proposals?').answer).toMatch(/^4 proposals: 1\./);
    expect(congress.ask('What does the plan include?').answer).toBe('The plan calls for smaller classes by 2028, more assistants and a review of tests.');
  });

  it('answers "Who proposed it?" with whom a bill was "introduced by"', () => {
    const senate = briefArticle(
      parsePlainText(
        'Senate passes privacy bill\n\nThe Senate on Wednesday passed a data privacy bill by 52 votes to 41.\n\nThe bill, introduced by Senator Ana Roy, now returns to the lower house.\n\nOpposition leader Tom Vale said it would bury small business in paperwork.',
      ),
    );
    expect(senate.ask('Who proposed it?').answer).toBe('The bill, introduced by Senator Ana Roy, now returns to the lower house.');
  });

  it('"What did X propose?" of one who did not put the list forward: their own proposal, or what they said', () => {
    const plan = briefArticle(
      parsePlainText(
        "Ministers back water plan\n\nForeign ministers met in Lima on Tuesday and endorsed a six-point plan to share river water.\n\nPeruvian Foreign Minister Ana Roy, who hosted the meeting, praised it.\n\nThe plan calls for a regional data centre, joint monitoring of reservoirs, and a fund to line canals.\n\nChile's Tom Vale proposed that the fund be managed by the Andes Bank.\n\nBolivian minister Ivo Kant said upstream countries needed compensation.",
      ),
    );
    expect(plan.ask('What did Tom Vale propose?').answer).toBe("Chile's Tom Vale proposed that the fund be managed by the Andes Bank.");
    expect(plan.ask('What did Ivo Kant propose?').answer).toMatch(/^Bolivian minister Ivo Kant said upstream countries/);
    expect(plan.ask('What did Ana Roy propose?').answer).toMatch(/^The article states 6 proposals and lists 3: 1\. A regional data centre/);
  });

  it('"What did X propose?" of one who only spoke, nothing of what should be done: a plain refusal, not their words', () => {
    const talks = briefArticle(
      parsePlainText(`Ministers agree river plan

Foreign ministers met in Lima on Tuesday and agreed a plan to share river water.

Peru's foreign minister, Ana Roy, hosted the meeting and said the plan would be adopted in June.

Chile's minister, Tom Vale, tabled an amendment on dams.

Bolivia and Ecuador had objected to lower water shares proposed for them.`),
    );
    expect(talks.ask('What did Ana Roy propose?').answer).toBe('The article does not say that Ana Roy put anything forward.');
    expect(talks.ask('What did Peru propose?').answered).toBe(false);
    // (One who tabled a text put it forward; a clause that names a country before "proposed" is not its proposal.)
    expect(talks.ask('What did Tom Vale propose?').answer).toBe("Chile's minister, Tom Vale, tabled an amendment on dams.");
    for (const verb of ['submitted', 'put forward', 'unveiled'])
      expect(
        briefArticle(
          parsePlainText(`Ministers agree river plan\n\nMinisters met in Lima on Tuesday.\n\nChile's minister, Tom Vale, ${verb} an amendment on dams.`),
        ).ask('What did Tom Vale propose?').answer,
        verb,
      ).toBe(`Chile's minister, Tom Vale, ${verb} an amendment on dams.`);
    expect(talks.ask('What did Bolivia propose?').answered).toBe(false);
    // (A need that is no call to act: what was needed, or what one would need.)
    for (const need of [
      'said the cuts were needed to close the deficit',
      'said the rise was needed to pay for schools',
      'said Peru would need time to consult its farmers',
    ])
      expect(
        briefArticle(parsePlainText(`Ministers agree river plan\n\nMinisters met in Lima on Tuesday.\n\nPeru's minister, Ana Roy, ${need}.`)).ask(
          'What did Ana Roy propose?',
        ).answered,
        need,
      ).toBe(false);
    for (const clause of ['Bolivia objected to', 'Bolivia had doubts about', 'Bolivia was unhappy with', 'Bolivia and Ecuador were unhappy with'])
      expect(
        briefArticle(
          parsePlainText(`Ministers agree river plan\n\nMinisters met in Lima on Tuesday.\n\n${clause} the lower water shares proposed for them.`),
        ).ask('What did Bolivia propose?').answered,
        clause,
      ).toBe(false);
    // (Their words of what should be done are what they want.)
    for (const want of [
      'should be paid',
      'must be paid',
      'ought to be paid',
      'need a fund',
      'needs a fund',
      'needed a fund',
      'has to pay',
      'have to pay',
      'had to pay',
    ])
      expect(
        briefArticle(
          parsePlainText(`Ministers agree river plan\n\nMinisters met in Lima on Tuesday.\n\nBolivia's minister, Ivo Kant, said upstream countries ${want}.`),
        ).ask('What did Ivo Kant propose?').answer,
        want,
      ).toContain(want);
    // (One who both tabled a text and proposed something: the proposal.)
    expect(
      briefArticle(
        parsePlainText(
          "Ministers agree river plan\n\nMinisters met in Lima on Tuesday.\n\nChile's minister, Tom Vale, tabled an amendment on dams.\n\nVale also floated the idea of a fund for farmers.",
        ),
      ).ask('What did Tom Vale propose?').answer,
    ).not.toContain('tabled an amendment');
  });

  it('"What did X propose?" of one the text never names: a plain refusal, not the list someone else put forward', () => {
    const plan = briefArticle(
      parsePlainText(
        "Ministers back river plan\n\nForeign ministers met in Lima on Tuesday and endorsed a three-point plan to share river water.\n\nThe plan, presented by Peru's Foreign Minister Ana Roy, calls for a regional data centre, joint monitoring of reservoirs, and a fund to line canals.",
      ),
    );
    expect(plan.ask('What did Ana Roy propose?').answer).toMatch(/^3 proposals: 1\. A regional data centre/);
    expect(plan.ask('What did Peru propose?').answer).toMatch(/^3 proposals: 1\. A regional data centre/);
    for (const [q, who] of [
      ['What did Tom Vale propose?', 'Tom Vale'],
      ['What did Vale suggest in his letter?', 'Vale'],
      ['What did Chile propose?', 'Chile'],
      ['What did the U.K. propose?', 'the U.K.'],
    ]) {
      const answer = plan.ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.answer, q).toBe(`The article does not mention ${who}${who.endsWith('.') ? '' : '.'}`);
    }
  });

  it.each([
    'The fund will hold 40 million soles, down from the 60 million Chile proposed.',
    'The fund will hold 40 million soles, down from the 60 million Chile had first proposed.',
    'The fund will hold 40 million soles, down from the 60 million Chile has suggested.',
    'The fund will hold 40 million soles, though Chile have also put forward 60 million.',
  ])('"What did Chile propose?" where the text says Chile put it forward, not what its minister said: %s', (told) => {
    const fund = briefArticle(
      parsePlainText(
        `Ministers back river fund\n\nForeign ministers agreed in Lima on Tuesday to set up a fund to line canals.\n\n${told}\n\nChile's Foreign Minister Tom Vale said the fund was a practical step.`,
      ),
    );
    expect(fund.ask('What did Chile propose?').answer).toBe(told);
  });

  it('"What did Chile propose?" of a text it tabled or drafted ("an amendment tabled by Chile", "The resolution, drafted by Peru and Chile, …"), by its whole name', () => {
    const vote = briefArticle(
      parsePlainText(
        'Assembly backs aid resolution\n\nThe assembly adopted a resolution on Tuesday demanding aid access, by 142 votes to 9.\n\nThe resolution, drafted by the United Kingdom and Peru, is not binding.\n\nA rival amendment tabled by Chile was defeated by 98 votes to 31.\n\nThe United States voted against.',
      ),
    );
    expect(vote.ask('What did Chile propose?').answer).toBe('A rival amendment tabled by Chile was defeated by 98 votes to 31.');
    for (const q of ['What did Peru propose?', 'What did the United Kingdom propose?'])
      expect(vote.ask(q).answer, q).toBe('The resolution, drafted by the United Kingdom and Peru, is not binding.');
    // (Not the United States, whose name opens as the United Kingdom's does.)
    expect(vote.ask('What did the United States propose?').answer).not.toMatch(/drafted by/);
  });

  it('"What did Chile propose?" of a list another country\'s minister presented: its own proposal, or that it put nothing forward', () => {
    const plan = briefArticle(
      parsePlainText(
        "Ministers back river plan\n\nForeign ministers met in Lima on Tuesday and endorsed a three-point plan to share river water.\n\nThe plan, presented by Peru's Foreign Minister Ana Roy, calls for a regional data centre, joint monitoring of reservoirs, and a fund to line canals.\n\nChile's Foreign Minister Tom Vale said the plan was a practical step.\n\nBolivia proposed that the fund be managed by the Andes Bank.",
      ),
    );
    expect(plan.ask('What did Chile propose?').answer).toBe('The article does not say that Chile put anything forward.');
    expect(plan.ask('What did Bolivia propose?').answer).toBe('Bolivia proposed that the fund be managed by the Andes Bank.');
    expect(plan.ask('What did Peru propose?').answer).toMatch(/^3 proposals: 1\. A regional data centre/);
  });

  it('"What did Chile propose?" of a list whose own sentence names another country\'s proposer, after a sentence on Chile', () => {
    const plan = briefArticle(
      parsePlainText(
        "Ministers fail to agree on river water\n\nForeign ministers met in Lima on Tuesday without agreeing how to share river water.\n\nChile's foreign minister, Tom Vale, rejected a compromise.\n\nPeru's delegation, led by Foreign Minister Ana Roy, proposed three steps: a regional data centre, joint monitoring of reservoirs and a fund to line canals.",
      ),
    );
    expect(plan.ask('What did Chile propose?').answer).toBe('The article does not say that Chile put anything forward.');
    expect(plan.ask('What did Peru propose?').answer).toMatch(/^3 proposals: 1\. A regional data centre/);
  });

  it('"What did X propose?" of a body, not a person: the sentence that tells its proposal, not one it rejects', () => {
    const fares = briefArticle(
      parsePlainText(
        'Council rejects fare rise\n\nThe Lima harbour council voted 7-2 on Tuesday to reject a proposal from the ferry operator, Halvex Lines, to raise fares by 18 per cent.\n\nCouncil chair Ana Roy said the rise would hit commuters hardest.\n\nThe options will be debated in March.',
      ),
    );
    for (const q of ['What did Halvex propose?', 'What did Halvex Lines propose?', 'What did the operator propose?'])
      expect(fares.ask(q).answer, q).toMatch(/^The Lima harbour council voted 7-2 .* to raise fares by 18 per cent\.$/);
    const rejected = briefArticle(
      parsePlainText(
        'Operator rejects council plan\n\nThe ferry operator Halvex Lines on Tuesday rejected a proposal from the Lima harbour council to freeze fares.\n\nCouncil chair Ana Roy said the freeze would help commuters.',
      ),
    );
    expect(rejected.ask('What did Halvex propose?').answered).toBe(false);
  });

  it('answers "Did Peru\'s minister attend?" of the office-holder, and "Did Peru attend?" of the country its ambassador represented', () => {
    const talks = briefArticle(
      parsePlainText(
        'Ministers back plan\n\nEnergy ministers backed a storage plan in Lima on Tuesday.\n\nPeru was represented by its ambassador, Ana Roy, after its minister stayed in Cusco for a parliamentary vote.\n\nChile voted against.',
      ),
    );
    expect(talks.ask("Did Peru's minister attend?").answer).toMatch(/^No\. According to the article: Peru was represented by its ambassador/);
    expect(talks.ask('Did Peru attend?').answer).toMatch(/^Yes\./);
    // (… or, in other words, the deputy who came in the minister's place.)
    const cancelled = briefArticle(
      parsePlainText(
        "Ministers back plan\n\nEnergy ministers backed a storage plan in Lima on Tuesday.\n\nPeru's energy minister, Ana Roy, cancelled her trip, and her deputy, Tom Vale, attended in her place.",
      ),
    );
    expect(cancelled.ask('Did Peru attend?').answer).toMatch(/^Yes\./);
    expect(cancelled.ask("Did Peru's minister attend?").answer).toMatch(/^No\./);
    // (… or the minister who, unable to travel, took part from afar.)
    const afar = briefArticle(
      parsePlainText(
        "Ministers back plan\n\nEnergy ministers backed a storage plan in Lima on Tuesday.\n\nPeru's energy minister, Ana Roy, was unable to travel, and addressed the meeting by video link.",
      ),
    );
    expect(afar.ask('Did Peru attend?').answer).toMatch(/^Yes\./);
    expect(afar.ask("Did Peru's minister attend?").answer).toMatch(/^Yes\. .*remotely/);
    expect(talks.ask("Did Chile's minister attend?")).toMatchObject({ answered: false, answer: expect.stringMatching(/does not say who represented it/) });
    // A readout's list names who came in the minister's place.
    const readout = briefArticle(
      parsePlainText(
        'Ministers meet in Cusco\n\nThe Ministerial Council met in Cusco on 17 September.\n\nThe meeting was attended by:\n- H.E. Ms. Ana Roy, Minister of Foreign Affairs of Peru;\n- Mr. Tom Vale, Director-General for Asia, Ministry of Foreign Affairs of Chile, on behalf of the Minister.',
      ),
    );
    expect(readout.ask("Did Chile's minister attend?").answer).toBe("No. Tom Vale, Director-General for Asia, took part for Chile in someone else's place.");
  });

  it('answers "Who was absent?" with a country that sent no one, when no person is named as away', () => {
    const talks = briefArticle(
      parsePlainText('Ministers back plan\n\nEnergy ministers backed a storage plan in Lima on Tuesday.\n\nMalta did not send a representative.'),
    );
    expect(talks.ask('Who was absent?').answer).toBe('Malta did not send a representative.');
  });

  it('answers what someone said without the next sentence when it tells of someone else ("His predecessor, X, was convicted")', () => {
    const congress = briefArticle(
      parsePlainText(
        'Congress re-elects Roy\n\nThe congress on Thursday re-elected Ana Roy as president.\n\nRoy told the congress that "integrity is not negotiable". Her predecessor, Tom Vale, who died in 2021, was convicted of corruption.',
      ),
    );
    expect(congress.ask('What did Ana Roy say about integrity?').answer).toBe('Roy told the congress that "integrity is not negotiable".');
  });

  it('answers what the one person an interview shows said, from its bare "A:" answers', () => {
    const interview = briefArticle(
      parsePlainText(
        "Minister on the budget\n\nPeru's finance minister, Ana Roy, spoke to the Lima Post on Tuesday.\n\nQ: Will the budget raise taxes?\n\nA: No. We will not raise income tax or VAT.\n\nQ: Will parliament pass it?\n\nA: I expect a majority on Thursday.",
      ),
    );
    expect(interview.ask('What did Ana Roy say about taxes?').answer).toMatch(/We will not raise income tax or VAT\./);
    expect(interview.ask('What did Roy say about parliament?').answer).toMatch(/I expect a majority on Thursday\./);
  });

  it('answers what a statement called on others to do, though it says so through "It"', () => {
    const g7 = briefArticle(
      parsePlainText(
        'Leaders condemn launch\n\nLeaders of the Group of Seven on Friday condemned the missile launch in a joint statement.\n\nThe statement said the launch "poses a grave threat". It called on China and Russia to use their influence.',
      ),
    );
    expect(g7.ask('What did the statement call on China and Russia to do?').answer).toBe('It called on China and Russia to use their influence.');
  });

  it('reads a small body\'s tally written in words ("by six votes to three") as the vote', () => {
    const council = briefArticle(
      parsePlainText(
        'Council passes budget\n\nLima city council approved a budget on Thursday.\n\nThe budget passed by six votes to three.\n\nMayor Ana Roy praised staff.',
      ),
    );
    expect(council.ask('How many voted against?').answer).toBe('The budget passed by six votes to three.');
    expect(council.ask('What was the vote?').answer).toBe('The budget passed by six votes to three.');
  });

  it('answers "Did Peru vote for it?" with "No" and the sentence that says Peru abstained', () => {
    const assembly = briefArticle(
      parsePlainText(
        'Assembly demands truce\n\nThe General Assembly on Friday adopted a resolution demanding a truce, by 120 votes to 14.\n\nThose voting against included Chile and Bolivia.\n\nCanada, Peru and Japan abstained.',
      ),
    );
    expect(assembly.ask('Did Peru vote for it?').answer).toBe('No: Canada, Peru and Japan abstained.');
  });

  it('answers "How big will the force be?" with a count of officers, troops or soldiers', () => {
    for (const who of ['officers', 'troops', 'soldiers']) {
      const forum = briefArticle(parsePlainText(`Andes leaders back police plan\n\nAndes leaders backed a regional force of up to 4,000 ${who} on Thursday.`));
      expect(forum.ask('How big will the force be?').answer, who).toContain(`4,000 ${who}`);
    }
  });

  it('answers "Where was the meeting held?" of an event named as a forum, "the meeting" being any gathering', () => {
    const forum = briefArticle(parsePlainText('Andes leaders back police plan\n\nQUITO — Andes Forum leaders backed a regional police plan on Thursday.'));
    expect(forum.ask('Where was the meeting held?').answer).toBe('The Andes Forum was held in Quito.');
    // (… not a meeting of another's: "the board meeting".)
    expect(forum.ask('Where was the board meeting held?').answered).toBe(false);
  });

  it('answers "Where will the next meeting be held?" with "will meet next in Quito"', () => {
    const forum = briefArticle(
      parsePlainText(
        'Andes leaders back police plan\n\nAndes leaders backed a regional police plan in Lima on Thursday.\n\nThe leaders will meet next in Quito in September.',
      ),
    );
    expect(forum.ask('Where will the next meeting be held?').answer).toBe('The leaders will meet next in Quito in September.');
  });

  it('answers "Who will lead the company?" with the chief executive to come, new or interim', () => {
    const sentence = 'Finance chief Ana Roy will serve as interim chief executive while the board searches for a successor.';
    const board = briefArticle(parsePlainText(`Halvex ousts chief executive\n\nThe board of Halvex has removed its chief executive, Tom Vale.\n\n${sentence}`));
    for (const q of ['Who will lead the company?', 'Who will run the firm?', 'Who will head the group?', 'Who will lead the bank?'])
      expect(board.ask(q).answer, q).toBe(sentence);
    // (… and a text that names none says so: the one removed is no chief executive to come.)
    const none = briefArticle(parsePlainText('Halvex ousts chief executive\n\nThe board of Halvex has removed its chief executive, Tom Vale.'));
    expect(none.ask('Who will lead the company?').answer).toBe('The article does not name the new chief executive.');
    // (… though one who replaces the chief executive it names leads it: "He will be replaced on an interim basis by …".)
    const quits = briefArticle(
      parsePlainText(
        'Halvex chief quits\n\nHalvex chief executive Tom Vale resigned on Tuesday. He will be replaced on an interim basis by finance director Ana Roy.',
      ),
    );
    expect(quits.ask('Who will lead the company?').answer).toContain('replaced on an interim basis by finance director Ana Roy');
  });

  it('answers "When is a final judgment expected?" with "not expected for several years" or "in the coming weeks"', () => {
    for (const when of [
      'is not expected for several years',
      'is not due for months',
      'is not expected for a few weeks',
      'is expected in the coming weeks',
      'is expected in the coming days',
      'is expected in the coming months',
    ]) {
      const court = briefArticle(
        parsePlainText(
          `Court orders mine halt\n\nThe Lima court ordered the mine to halt work on Friday.\n\nThe order is binding. A final judgment on the mine ${when}.`,
        ),
      );
      expect(court.ask('When is a final judgment expected?').answer, when).toBe(`A final judgment on the mine ${when}.`);
    }
  });

  it("gives no body's urging or warning after X's sentence as X's words (\"The Lima Press Institute urged …\")", () => {
    for (const verb of ['urged', 'warned']) {
      const report = briefArticle(
        parsePlainText(
          `Council passes media rule\n\nThe Lima council passed a rule on news websites on Tuesday.\n\nOpposition leader Ana Roy called the rule "a muzzle" and said her party would fight it in court. The Lima Press Institute ${verb} the mayor not to sign it.`,
        ),
      );
      expect(report.ask('What did Roy say?').answer, verb).toBe(
        'Opposition leader Ana Roy called the rule "a muzzle" and said her party would fight it in court.',
      );
    }
  });

  it('answers "What did X call for?" and "What does X want?" with their "called on the board to …", their sentence\'s second verb', () => {
    const report = briefArticle(
      parsePlainText(
        [
          'Senate rebukes rector',
          'The Lima University senate passed a motion of no confidence in its rector on Wednesday.',
          'Staff union leader Ana Roy said the vote showed the rector had lost the campus and called on the board to order an independent review of the budget.',
          'Board chair Tom Vale said the board still backed the rector.',
        ].join('\n\n'),
      ),
    );
    const sentence =
      'Staff union leader Ana Roy said the vote showed the rector had lost the campus and called on the board to order an independent review of the budget.';
    expect(report.ask('What did Roy call for?').answer).toBe(sentence);
    expect(report.ask('What does Roy want?').answer).toBe(sentence);
    expect(report.ask('What did Vale call for?').answered).toBe(false);
    // (A text's "calls on … to" is no person's: not of one it names.)
    const resolution = briefArticle(
      parsePlainText(
        'Council renews mission\n\nThe council renewed the Lima mission on Friday.\n\nThe resolution asks Secretary-General Ivo Kant to report back within 90 days. It also calls on member states to stop the flow of arms.',
      ),
    );
    expect(resolution.ask('What did Kant call for?').answered).toBe(false);
  });

  it('answers "How much …?" with a sum in pence, cents or a currency named after it ("18.5 pence a share", "40 million naira")', () => {
    const report = briefArticle(
      parsePlainText(
        [
          'Halvex holds dividend',
          'Shareholders of Halvex approved a final dividend of 18.5 pence a share at the annual meeting in Lima on Thursday.',
          'The bus fare in Lima will rise to 90 cents from March.',
          'Nigeria pledged 40 million naira to the relief fund.',
        ].join('\n\n'),
      ),
    );
    expect(report.ask('How much is the dividend?').answer).toContain('18.5 pence');
    expect(report.ask('How much will the bus fare be?').answer).toContain('90 cents');
    expect(report.ask('How much did Nigeria pledge?').answer).toContain('40 million naira');
  });

  it('says "No" when the side the text gives a country or a person is not the side asked, and answers on the side asked', () => {
    const council = briefArticle(
      parsePlainText(
        [
          'Rights board orders inquiry',
          'The Andes Rights Board voted on Friday to open an inquiry into the killing of protesters, by 25 votes to 8.',
          'The motion was put forward by Chile, with Panama abstaining.',
          'Cuba, Haiti and Eritrea were among those voting against; India and Brazil abstained.',
          'Councillor Ana Roy voted in favour and Councillor Tom Vale abstained.',
        ].join('\n\n'),
      ),
    );
    const sentence = 'Cuba, Haiti and Eritrea were among those voting against; India and Brazil abstained.';
    const cases: Array<[string, string]> = [
      ['Did Brazil vote against?', `No: ${sentence}`],
      ['Did Haiti vote against the inquiry?', sentence],
      ['Did India abstain?', sentence],
      ['Did Cuba abstain?', `No: ${sentence}`],
      ['Did India vote for the inquiry?', `No: ${sentence}`],
      ['Did Cuba support the inquiry?', `No: ${sentence}`],
      ['Does India back the inquiry?', `No: ${sentence}`],
      ['Did Eritrea oppose the inquiry?', sentence],
      ['Did Panama vote in favour?', 'No: The motion was put forward by Chile, with Panama abstaining.'],
      ['Did Vale vote for the inquiry?', 'No: Councillor Ana Roy voted in favour and Councillor Tom Vale abstained.'],
      ['Did Roy abstain?', 'No: Councillor Ana Roy voted in favour and Councillor Tom Vale abstained.'],
      ['Did Roy vote in favour?', 'Councillor Ana Roy voted in favour and Councillor Tom Vale abstained.'],
    ];
    for (const [q, a] of cases) expect(council.ask(q).answer, q).toBe(a);
    // (Chile put the motion forward "with Panama abstaining": no vote of Chile's is told.)
    expect(council.ask('Did Chile vote against?').answer ?? '').not.toMatch(/^No:/);
    // (… or the count of abstentions names whose they were.)
    const tally = 'The motion passed by 30 votes to 3, with two abstentions, from Mexico and Peru.';
    const rule = 'A second rule was adopted with four abstentions, including Chile.';
    const board = briefArticle(parsePlainText(`Board backs inquiry\n\n${tally}\n\n${rule}`));
    expect(board.ask('Did Mexico vote for the motion?').answer).toBe(`No: ${tally}`);
    expect(board.ask('Did Peru abstain?').answer).toBe(tally);
    expect(board.ask('Did Chile vote for the rule?').answer).toBe(`No: ${rule}`);
    // (… though the text never says "against".)
    const named = briefArticle(parsePlainText('Board backs inquiry\n\nThe board backed the inquiry on Monday.\n\nCouncillor Ana Roy voted for the motion.'));
    expect(named.ask('Did Roy vote against?').answer).toBe('No: Councillor Ana Roy voted for the motion.');
  });

  it('answers "How many heads of state attended?" with the count of those there, not a count the lead gives of something else', () => {
    const summit = briefArticle(
      parsePlainText(
        'Summit ends\n\nAfrican leaders ended a two-day summit in Lima on Sunday with a pledge to send a mission of five heads of state to mediate.\n\nThe summit, attended by 44 heads of state and government, also elected Ana Roy as chairperson.',
      ),
    );
    expect(summit.ask('How many heads of state attended?').answer).toMatch(/^The summit, attended by 44 heads of state/);
  });

  it('answers "Who conceded defeat?" with the loser\'s own words, which reject nothing', () => {
    const vote = briefArticle(
      parsePlainText(
        "Socialists win Lima vote\n\nThe Socialist Party won Sunday's election in Lima with 36 percent.\n\nAlliance leader Ana Roy conceded defeat.",
      ),
    );
    expect(vote.ask('Who conceded defeat?').answer).toBe('Alliance leader Ana Roy conceded defeat.');
    expect(vote.ask('What was defeated?').answered).toBe(false);
  });

  it('who stayed away, named by office only: the sentence that says so; with none, a plain decline', () => {
    const summit = (line: string) => briefArticle(parsePlainText(`Leaders agree plan\n\nLeaders on Saturday agreed a plan in Lima.\n\n${line}`));
    expect(summit("Peru's President and Chile's Prime Minister did not attend.").ask('Who was absent?')).toMatchObject({
      answered: true,
      answer: "Peru's President and Chile's Prime Minister did not attend.",
    });
    expect(summit('Leaders of 40 countries attended.').ask('Who was absent?').answered).toBe(false);
    // (Refusing to join a coalition, a government or a strike is no staying away; refusing to join the talks is.)
    expect(summit('Tom Vale conceded defeat but said his party would not join a coalition with the Union.').ask('Who was absent?').answered).toBe(false);
    expect(summit('Tom Vale said he would not join the government.').ask('Who was absent?').answered).toBe(false);
    expect(summit("Chile's Prime Minister would not join the talks.").ask('Who was absent?').answered).toBe(true);
  });

  it('who stayed away, who hosted, and what was discussed', () => {
    expect(text('Who did not attend?')).toMatch(/Aino Virtanen[\s\S]*did not participate/);
    expect(text('Who hosted the meeting?')).toContain('Ingrid Berg');
    const topics = ask('What was discussed?');
    expect(topics.answered).toBe(true);
    expect(topics.evidence.length).toBeGreaterThan(0);
    // Each evidence sentence is the source of a (compressed) point: the point's words are the sentence's, in order.
    const words = (t: string): string[] => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const inOrder = (part: string[], whole: string[]) => {
      let i = 0;
      for (const w of whole) if (w === part[i]) i++;
      return i === part.length;
    };
    const answerWords = words(topics.answer);
    for (const e of topics.evidence)
      expect(
        words(e)
          .slice(-4)
          .every((w) => answerWords.includes(w)),
        e,
      ).toBe(true);
    expect(inOrder(words(topics.answer).slice(0, 6), words(topics.evidence.join(' ')))).toBe(true);
  });

  it("says how people took part: remotely, or in someone else's place", async () => {
    const other = briefArticle(
      parsePlainText(`Panel meets in Oslo

The panel met in Oslo on Friday. Dr. Kari Lund, head of research at the institute, joined the meeting by video link from Tromso.

Minister Per Berg sent apologies and was represented by his deputy, Anna Dahl, who read his speech.`),
    );
    expect(other.ask('Who joined remotely?').answer).toMatch(/^Took part remotely: Kari Lund/);
    expect(other.ask('Did Kari Lund attend?').answer).toMatch(/^Yes\. .*took part remotely\./);
    expect(other.ask('Did Anna Dahl attend?').answer).toMatch(/in someone else's place/);
    expect(other.ask('Did Per Berg attend?').answer).toMatch(/^No/);
    expect(other.card.participants.map((p): string[] => [p.name, p.participation])).toEqual([
      ['Kari Lund', 'remote'],
      ['Anna Dahl', 'stand-in'],
    ]);
    expect(ask('Who joined remotely?').answered).toBe(false);
  });

  it('declines unless the text supports the answer: key terms, the kind of answer, the tense', () => {
    for (const q of [
      'How many people died?',
      'What is the GDP of Norway?',
      'Where will the next meeting be held?',
      'When is the Arctic summit?',
      'How much did the rescue fleet cost?',
    ]) {
      const a = ask(q);
      expect(a.answered, `${q} → ${a.answer}`).toBe(false);
      const asked = `${q.charAt(0).toLowerCase()}${q.slice(1, -1)}`;
      // A question with an auxiliary before its subject ("will the next meeting be held") follows a colon.
      expect(a.answer).toBe(/\b(?:will|did) the\b/.test(q) ? `The article does not say: ${asked}?` : `The article does not say ${asked}.`);
    }
    // A yes-or-no question is no object of "does not say": it follows a colon, still a question.
    expect(ask('Did Norway pay for the rescue fleet?').answer).toBe('The article does not say: did Norway pay for the rescue fleet?');
    // Supported: a number counting what was asked, a date for "when".
    expect(text('How many countries sent delegates?')).toContain('12 countries');
    expect(text('When will the fishing quotas be reviewed?')).toContain('next year');
  });

  it('anything else by sentence retrieval', () => {
    expect(text('What about the fishing quotas?')).toContain('reviewed next year');
  });

  it('declines people and topics the article does not mention', () => {
    for (const q of ['Who is Boris Johnson?', 'Did Angela Merkel attend?', 'What did Emmanuel Macron say?', 'What is the price of bitcoin?', '']) {
      const a = ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.evidence, q).toEqual([]);
    }
  });
});

// "What did X say about Y": where reports put the speaker, the topic and the words.
describe('what a person said', () => {
  const report = briefArticle(
    parsePlainText(`Energy and film ministers meet in Lisbon

Energy ministers from five countries met in Lisbon on Monday, hosted by Portuguese Minister of Energy Lin Tao.

Minister Lin Tao said the grids were ready.

Courier Tom Reyes gave evidence to the inquiry. "I had no say. I could not swap a route, and I could not set a price," Mr Reyes said.

The inquiry also heard from Dr. Ana Cruz, who chairs the aid alliance. "We were given half of what we asked for," said Dr. Ana Cruz. "Half a response means some villages get seed and some do not."

Juror Ada Okafor, the Nigerian director, answered questions from the press.

Q: Ms Okafor, several films were financed by streaming platforms. Does that worry you?

A (Okafor): Not the money. What worries me is the room. Cinema is a room full of strangers.

The German minister, Jan Vogel, had stayed away, and his absence was much discussed.

Finnish Minister Eeva Lahti said she was "not disappointed".

According to Lin, the meeting will send the world a clear message about shared grids.`),
  );
  const said = (q: string) => {
    const a = report.ask(q);
    return { answered: a.answered, text: `${a.answer} ${a.evidence.join(' ')}` };
  };

  it('finds the speaker named by one word of their name ("According to Lin, …")', () => {
    expect(said('What did Lin Tao say about the message?').text).toContain('a clear message about shared grids');
  });

  it('gives a quotation from where it opens, and says whose it is', () => {
    expect(said('What did Tom Reyes say about his routes?').text).toContain('"I had no say.');
    const cruz = said('What did Ana Cruz say about the response?');
    expect(cruz.text).toContain('Half a response');
    expect(cruz.text).toContain('said Dr. Ana Cruz');
  });

  it('reads the topic from the question put to them, and the whole answer of a transcript', () => {
    expect(said('What did Ada Okafor say about streaming platforms?').text).toContain('a room full of strangers');
  });

  it('reads the topic from just before, across a paragraph', () => {
    expect(said("What did Eeva Lahti say about Vogel's absence?").text).toContain('not disappointed');
  });

  it('still declines a topic they did not speak to', () => {
    expect(said('What did Tom Reyes say about the weather?').answered).toBe(false);
    expect(said('What did Ada Okafor say about the budget?').answered).toBe(false);
  });

  it('reads "The Secretary" of the one person whose office has that head word, and what they raised as said', () => {
    const call = briefArticle(
      parsePlainText(`Readout of a call

Secretary of State Ana Roy spoke today with Chilean Foreign Minister Tom Vale about regional security.

The Secretary welcomed Chile's help in the peace talks. She raised concerns about the detention of two aid workers and asked for help in freeing them.

Foreign Minister Vale thanked her for the call.`),
    );
    expect(call.ask('What did Ana Roy say about the aid workers?').answer).toContain('She raised concerns about the detention of two aid workers');
    expect(call.ask('What did Ana Roy say about the peace talks?').answer).toContain("The Secretary welcomed Chile's help");
    // (Not with two whose offices share it, nor the opening of a body's name: "The General Federation of …" is no "general".)
    const two = briefArticle(
      parsePlainText(`Ministers meet

Foreign Minister Ana Roy met Trade Minister Tom Vale in Lima on Monday.

The Minister welcomed the plan.`),
    );
    expect(two.ask('What did Ana Roy say?').answered).toBe(false);
    const union = briefArticle(
      parsePlainText(`Union rejects wage rise

The government raised the minimum wage by 6% on Monday.

The General Federation of Lima Workers called the rise "crumbs". Its secretary general, Ana Roy, said the union would march on Friday.`),
    );
    expect(union.ask('What did Ana Roy say?').answer).toBe('Its secretary general, Ana Roy, said the union would march on Friday.');
    for (const other of ['The Secretary-General of the bloc welcomed the plan.', 'The secretary of the board welcomed the plan.'])
      expect(
        briefArticle(parsePlainText(`Ministers meet\n\nSecretary of State Ana Roy met Tom Vale in Lima on Monday.\n\n${other}`)).ask('What did Ana Roy say?')
          .answered,
        other,
      ).toBe(false);
  });

  it('takes no topic from the words of another speaker just before', () => {
    const council = briefArticle(
      parsePlainText(`Council renews mission

The council renewed the Lima mission for a year on Thursday.

Envoy Tom Vale urged members to fund the police support force.

Envoy Ana Roy said her country regretted that its proposals on arms smuggling had not been taken up.`),
    );
    expect(council.ask('What did Ana Roy say about the police force?').answered).toBe(false);
    expect(council.ask('What did Ana Roy say about arms smuggling?').answer).toContain('its proposals on arms smuggling');
  });
});

describe('who led something', () => {
  const talks = (...lines: string[]) =>
    briefArticle(parsePlainText(`Andes ministers meet\n\nAndes trade ministers met in Lima on Monday.\n\n${lines.join('\n\n')}`));

  it('answers "Who led the delegation?" only with a sentence that names a delegation, not "leaders", "led to" or "heads of state"', () => {
    const none = talks(
      'Andes leaders agreed to cut tariffs by half.',
      'The last strike led to the postponement of 9,000 flights.',
      'The two heads of state witnessed the signing of 12 documents.',
    );
    expect(none.ask('Who led the delegation?').answered).toBe(false);
    const led = talks("Peru's delegation was led by Foreign Minister Ana Roy.", "The talks were led by Chile's Trade Minister Tom Vale.");
    expect(led.ask('Who led the delegation?').answer).toMatch(/^Ana Roy/);
    expect(led.ask('Who led the talks?').answer).toMatch(/^Tom Vale/);
  });
});

describe('who someone is, named without a title', () => {
  it('says so, with the body the card gives them and the sentence that names them', () => {
    const a = briefArticle(
      parsePlainText(
        'Andes states sign river pact\n\nFive Andes states signed a river pact in Lima on Thursday.\n\n"This is a first," said Ivo Kant of the Rivers Trust.',
      ),
    ).ask('Who is Kant?');
    expect(a.answer).toBe('Ivo Kant (Rivers Trust) is named in the article without a title: "This is a first," said Ivo Kant of the Rivers Trust.');
  });
});

describe('what a person said, when another speaks in the sentence that names them', () => {
  const trial = (line: string) =>
    briefArticle(
      parsePlainText(`Former mayor jailed\n\nA former mayor of Lima was sentenced on Thursday to seven years in prison for taking bribes.\n\n${line}`),
    );

  it('declines for the one spoken of ("Judge Ana Roy said Tom Vale, 58, had …"), and answers for the judge', () => {
    const court = trial('Judge Ana Roy said Tom Vale, 58, had "betrayed the trust of the people who elected him".');
    expect(court.ask('What did Tom Vale say?').answered).toBe(false);
    expect(court.ask('What did Ana Roy say?').answer).toMatch(/^Judge Ana Roy said Tom Vale/);
    // (… with the body the judge sits on between the name and the verb: "Judge Ana Roy of the city court said".)
    const named = trial('Judge Ana Roy of the city court said on Tuesday that Tom Vale, 58, had "betrayed the trust of the people".');
    expect(named.ask('What did Tom Vale say?').answered).toBe(false);
    expect(named.ask('What did Ana Roy say?').answer).toMatch(/^Judge Ana Roy of the city court said/);
    // (… or with what they did before they spoke: "Mayor Ana Roy accepted the resignation and said …".)
    const acted = trial('Mayor Ana Roy accepted the resignation and said Deputy Mayor Tom Vale would take over until a successor was named.');
    expect(acted.ask('What did Tom Vale say?').answered).toBe(false);
    expect(acted.ask('What did Ana Roy say?').answer).toMatch(/^Mayor Ana Roy accepted/);
  });

  it('does not give the words of another that name them inside the quotation ("Camille is the best player …")', () => {
    const final = briefArticle(
      parsePlainText(`Roy beats Lind to win title

Ana Roy won her first title on Saturday, beating top seed Eva Lind 6-4, 7-5 in the final.

"I have dreamed about this since I was six," Roy said. "Eva is the best player in the world, so to beat her means everything."

Lind said a wrist injury had bothered her. "She was braver than me on the big points," Lind said.`),
    );
    const lind = final.ask('What did Eva Lind say?').answer ?? '';
    expect(lind).not.toContain('the best player in the world');
    expect(lind).toContain('braver than me');
    expect(final.ask('What did Ana Roy say?').answer).toContain('dreamed about this');
  });

  it('does not give the words of one who speaks of them ("She said the board had voted 5-2, with Tom Vale …"), nor a body\'s words after theirs', () => {
    const bank = briefArticle(
      parsePlainText(`Lima bank holds rates

The Bank of Lima kept its rate at 4.25 percent on Wednesday, Governor Ana Roy said.

She said the board had voted 5-2 to hold, with deputy governor Tom Vale voting for a cut.

Union leader Ivo Kant called the decision "a blow to workers". The employers' federation, Limacorp, said the decision was "prudent".`),
    );
    expect(bank.ask('What did Tom Vale say?').answered).toBe(false);
    expect(bank.ask('What did Ana Roy say?').answer).toContain('4.25 percent');
    const kant = bank.ask('What did Ivo Kant say?').answer ?? '';
    expect(kant).toContain('a blow to workers');
    expect(kant).not.toContain('prudent');
  });

  it("declines for one named in what others report ('…, according to three diplomats') or in a question put about them", () => {
    expect(trial('Mayor Tom Vale left the room during the vote, according to three diplomats.').ask('What did Tom Vale say?').answered).toBe(false);
    expect(trial('Q: Will Mayor Tom Vale appeal the ruling?').ask('What did Tom Vale say?').answered).toBe(false);
    // (A pledge as a noun is no word said: "The pledge was adopted at a meeting hosted by X".)
    expect(trial('The pledge was adopted at a meeting hosted by Mayor Tom Vale.').ask('What did Tom Vale say?').answered).toBe(false);
    // (Words attributed to them are theirs: "according to Vale, …".)
    expect(trial('According to Mayor Tom Vale, the bribes were paid in cash.').ask('What did Tom Vale say?').answer).toContain('paid in cash');
  });
});

describe('how many attended', () => {
  const report = briefArticle(
    parsePlainText(`Union elects a nurse as president

Staff nurse Maeve Byrne was elected president of the Public Services Union at its congress in Galway.

Addressing almost 600 delegates on Saturday, Ms Byrne said public servants had carried the country.`),
  );

  it('counts the people asked about, however the text words their being there', () => {
    const a = report.ask('How many delegates attended?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('600 delegates');
    // A count of something else is no answer.
    expect(report.ask('How many journalists attended?').answered).toBe(false);
  });

  it('counts a crowd the text gives as an attendance', () => {
    const match = briefArticle(
      parsePlainText(`Lima reach the final

Lima reached the final on Saturday with a 3-2 win over Quito.

The attendance was 41,200, a record for the ground.`),
    );
    const a = match.ask('How many people attended?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('41,200');
    // People are whoever the text counts there: here, delegates.
    expect(report.ask('How many people attended?').answer).toContain('600 delegates');
    // People counted somewhere else are no attendance.
    const flood = briefArticle(
      parsePlainText(`Donors pledge aid

Donors pledged $246 million on Thursday in Geneva.

More than 1.9 million people were affected by the floods.`),
    );
    expect(flood.ask('How many people attended?').answered).toBe(false);
  });

  it.each([
    ['had taken part', "The students' union said 150,000 people had taken part, while police put the number at 60,000."],
    ['participated', 'The organisers said 150,000 people participated, while police put the number at 60,000.'],
  ])('counts a crowd that "%s" as who took part', (_verb, sentence) => {
    const march = briefArticle(
      parsePlainText(`Students march in Lima

Students marched through Lima on Thursday against a rise in fees.

${sentence}`),
    );
    expect(march.ask('How many people took part?').answer).toBe(sentence);
  });
});

describe('did X attend: the reason, said of their office', () => {
  const report = briefArticle(
    parsePlainText(`Ministers meet in Calais without Britain

The meeting in Calais brought together Home Secretary Jane Doe's counterparts from France and Belgium, but she herself was blocked from taking part.

The Home Secretary was disinvited after Mr Smith made public a letter he had sent to Mr Dupont.`),
  );

  it('gives the sentence that says why, though it names others too', () => {
    const a = report.ask('Did Jane Doe attend the Calais meeting?');
    expect(a.answer).toMatch(/^No/);
    expect(a.evidence.join(' ')).toContain('was disinvited');
  });
});

describe("a company's cuts", () => {
  const cuts = briefArticle(
    parsePlainText(`Lima Telecom to cut 3,000 jobs

Lima Telecom said on Monday it would cut 3,000 jobs over the next two years.

The company expects the cuts to save 2.1 billion soles a year from 2027. It will book a restructuring charge of about 900 million soles in the fourth quarter.

Shares in Lima Telecom rose 4.5 percent.`),
  );

  it('answers "How much will the cuts save?" with the sentence that says so, not the next one in the future tense that only its pronoun ties to the cuts', () => {
    expect(cuts.ask('How much will the cuts save?').answer).toMatch(/^The company expects the cuts to save 2\.1 billion soles/);
  });

  it('answers "How did Peru respond?" with what Peru said, not the lead that only names it', () => {
    const tariffs = briefArticle(
      parsePlainText(`Chile raises tariffs on Peruvian steel

Chile on Tuesday tripled tariffs on Peruvian steel to 75 percent, in a move aimed at protecting its mills.

The new tariffs cover about $1 billion of annual imports from Peru, the ministry said.

Peru's Trade Ministry said it "firmly opposes" the increases and would take measures to defend its interests.`),
    );
    expect(tariffs.ask('How did Peru respond?').answer).toMatch(/^Peru's Trade Ministry said/);
  });

  it('answers "How much did shares fall?" with the shares, not a sum "a share" ("92 cents a share")', () => {
    const results = briefArticle(
      parsePlainText(`Lima Foods profit falls

Lima Foods reported an 18 percent drop in third-quarter profit on Thursday, hurt by higher freight costs, and cut its full-year forecast, sending its shares down 7 percent in early trading.

Net income fell to $214 million, or 92 cents a share, from $261 million a year earlier. Revenue rose 3 percent to $4.1 billion.

The company now expects full-year earnings of $3.40 to $3.50 a share, down from $3.80 to $3.95.`),
    );
    expect(results.ask('How much did shares fall?').answer).toMatch(/^Lima Foods reported an 18 percent drop/);
  });

  it('answers "How did shares react?" with what they did', () => {
    expect(cuts.ask('How did shares react?').answer).toBe('Shares in Lima Telecom rose 4.5 percent.');
  });
});

describe('where: what happened, away from the dateline', () => {
  const blast = briefArticle(
    parsePlainText(`Nine miners killed in gas explosion

LIMA (AP) — A methane explosion in a coal mine in central Peru killed at least nine miners, authorities said Tuesday.

The blast happened late Monday at a mine in the town of Vale Alto, about 90 kilometers north of Lima, the mining agency said.`),
  );

  it('answers with the sentence that places what the question names, not "The event was held in" the dateline\'s city', () => {
    const a = blast.ask('Where did the explosion happen?');
    expect(a.answer).toContain('in a coal mine in central Peru');
    expect(a.answer).not.toContain('was held in');
  });

  it('reads "in the town of X" as a place', () => {
    expect(blast.ask('Where was the blast?').answer).toContain('in the town of Vale Alto');
  });

  it('reads a building named by its kind as a place ("near the parliament building")', () => {
    const march = briefArticle(
      parsePlainText(`Thousands march in Lima

Thousands of people marched through Lima on Saturday against a plan to raise the retirement age.

Most of the march was peaceful, but clashes broke out near the parliament building in the late afternoon.`),
    );
    expect(march.ask('Where did the clashes break out?').answer).toContain('near the parliament building');
  });
});

describe('a rate decision and a repair fund', () => {
  it('answers "When could rates be cut?" with what the text says may come, not the day of the decision', () => {
    const rates = briefArticle(
      parsePlainText(`Central bank holds rates, signals cut in spring

The Bank of Lima held its main interest rate at 4.25 percent on Thursday but signalled it could begin cutting borrowing costs in the spring.`),
    );
    const a = rates.ask('When could rates be cut?');
    expect(a.answer).toContain('in the spring');
    expect(a.answer).not.toMatch(/^The event/);
  });

  it('counts "How many schools will benefit?" by the schools counted', () => {
    const fund = briefArticle(
      parsePlainText('Minister announces school repairs\n\nThe money will fund repairs to roofs and heating in 450 schools, the ministry said on Monday.'),
    );
    expect(fund.ask('How many schools will benefit?').answer).toContain('450 schools');
  });

  it('counts "How many workers are covered?" by the workers counted, with a scale and modifiers joined by "and"', () => {
    const deal = briefArticle(
      parsePlainText(
        'Wage deal agreed\n\nThe union and employers in Lima reached a deal on Friday that gives 3.9 million metal and electrical workers a pay rise.',
      ),
    );
    expect(deal.ask('How many workers are covered?').answer).toContain('3.9 million metal and electrical workers');
    expect(deal.ask('How many workers are included?').answered).toBe(true);
  });
});

describe('a planet: its name and its heat', () => {
  const planet = briefArticle(
    parsePlainText(`Astronomers find Earth-sized planet

Astronomers have discovered an Earth-sized planet orbiting a star just 40 light years away, the agency said on Tuesday.

The planet, named Lima 12 b, takes 12.8 days to orbit its star and has an estimated surface temperature of 42 degrees Celsius.`),
  );

  it('answers "What is the planet called?" with the sentence that names it', () => {
    expect(planet.ask('What is the planet called?').answer).toContain('named Lima 12 b');
  });

  it('answers "How hot is the planet?" with a temperature in degrees', () => {
    expect(planet.ask('How hot is the planet?').answer).toContain('42 degrees Celsius');
  });
});

describe('a match: the reported event', () => {
  it('answers "When was the match?" and "Where was the match played?" with the event\'s day and place', () => {
    const match = briefArticle(
      parsePlainText(`Lima beat Quito to go top

Ana Roy scored twice as Lima came from behind to beat Quito 3-1 at the National Stadium on Saturday.

Lima visit Cusco next Sunday.`),
    );
    expect(match.ask('When was the match?').answer).toContain('Saturday');
    expect(match.ask('Where was the match played?').answer).toContain('the National Stadium');
  });
});

describe('the reported news asked about as "it"', () => {
  it('answers "When did it happen?" and "… take place?" with the event\'s day', () => {
    const council = briefArticle(
      parsePlainText('Council approves budget\n\nThe Lima council approved the budget on Tuesday at a meeting that ran past midnight.'),
    );
    expect(council.ask('When did it happen?').answer).toContain('Tuesday');
    expect(council.ask('When did it take place?').answered).toBe(true);
  });

  it('answers "Where did it happen?" of a report that names no event with its lead\'s place, never a day for one', () => {
    const collapse = briefArticle(
      parsePlainText('Bridge collapses\n\nA road bridge over the river in Lima collapsed on Sunday evening, killing at least 11 people.'),
    );
    expect(collapse.ask('Where did it happen?').answer).toMatch(/^A road bridge over the river in Lima collapsed/);
    const election = briefArticle(parsePlainText("Left wins most seats\n\nThe Left Union won 118 of the 300 seats in Sunday's election, results showed."));
    expect(election.ask('Where did it happen?').answered).toBe(false);
  });
});

describe('a boat that sank, and talks that take years', () => {
  const boat = briefArticle(
    parsePlainText(`Migrants feared drowned

At least 61 migrants are feared to have drowned after their boat capsized, the agency said on Sunday.

The boat left the town of Vale Alto on Friday night and sank in high waves.

Talks on a new rescue mission will resume, and the process usually takes many years.`),
  );

  it('answers "Where did the boat leave from?" with the place it left', () => {
    expect(boat.ask('Where did the boat leave from?').answer).toContain('left the town of Vale Alto');
  });

  it('answers "How long does the process take?" with "many years"', () => {
    expect(boat.ask('How long does the process take?').answer).toContain('many years');
  });
});

describe("a company's words, not its figures", () => {
  it('answers "What did Halvex say?" without "Halvex reported revenue of …"', () => {
    const fine = briefArticle(
      parsePlainText(`Regulator fines Halvex 90 million soles

The Lima competition authority on Tuesday fined the cement group Halvex 90 million soles for fixing prices, the largest penalty it has imposed this year.

Competition chief Rosa Vale said Halvex had for six years agreed prices with two rivals.

Halvex said it would appeal against the decision at the Lima High Court.

The fine is the third the authority has imposed on Halvex since 2019. Under the law, fines can reach 10% of a company's turnover. Halvex reported revenue of 2 billion soles last year.`),
    );
    expect(fine.ask('What did Halvex say?').answer).toBe('Halvex said it would appeal against the decision at the Lima High Court.');
  });
});

describe('a time told as how often', () => {
  it('answers "When will the rationing be reviewed?" with "every month", and a count of weeks as well', () => {
    const drought = briefArticle(
      parsePlainText(`Lima rations water

The Lima regional government declared a drought emergency on Friday, cutting the water available to each resident.

The rationing will be reviewed every month. Tankers will refill the city's tanks every two weeks.`),
    );
    expect(drought.ask('When will the rationing be reviewed?').answer).toBe('The rationing will be reviewed every month.');
    expect(drought.ask('When will the tanks be refilled?').answer).toBe("Tankers will refill the city's tanks every two weeks.");
  });
});

describe('a tram line: what "it" costs, when it opens, who wrote it', () => {
  const tram = briefArticle(
    parsePlainText(`Council approves new tram line

By Ana Roy and Tom Vale

The city council on Thursday approved plans for a 12-kilometre tram line linking the airport to the centre.

Councillors voted 38 to 17 in favour of the line, which is expected to cost 640 million euros and open in 2031.

Construction is due to start in spring 2027.`),
  );

  it('answers "How much will it cost?", "it" being what the article is about', () => {
    expect(tram.ask('How much will it cost?').answer).toContain('640 million euros');
  });

  it('answers "When will it open?" with the sentence that says it is expected to open, before another in the future', () => {
    expect(tram.ask('When will it open?').answer).toMatch(/^Councillors voted 38 to 17/);
  });

  it('answers "Who wrote the article?" with the byline, both names; and says so when there is none', () => {
    expect(tram.ask('Who wrote the article?').answer).toBe("The article's byline is Ana Roy and Tom Vale.");
    expect(briefArticle(parsePlainText('Tram approved\n\nThe council approved a tram line on Thursday.')).ask('Who wrote this?').answered).toBe(false);
  });
});

describe('a bill, a visit, a trial', () => {
  const bill = briefArticle(
    parsePlainText(`Parliament passes bill

Lawmakers on Wednesday passed a bill allowing adults to seek help to end their lives, by 314 votes to 291.

The bill now goes to the upper house, where it faces further scrutiny. If approved, it would take effect in 2027.`),
  );

  it('answers "What happens next?" with the bill\'s next stage, undated, and when it would take effect', () => {
    const a = bill.ask('What happens next?');
    expect(a.answer).toContain('now goes to the upper house');
    expect(a.answer).toContain('would take effect in 2027');
  });

  it('answers "Where else will the couple visit?" with the places they will visit', () => {
    const visit = briefArticle(
      parsePlainText(
        'King arrives in Lima\n\nKing Tomas III arrived in Lima on Tuesday for a state visit.\n\nThe couple will also visit Cusco and a national park.',
      ),
    );
    expect(visit.ask('Where else will the couple visit?').answer).toContain('Cusco');
  });

  it('does not answer about Pell with a sentence about "Pell\'s former finance director, X"', () => {
    const trial = briefArticle(
      parsePlainText(`Bank boss jailed

A former chief executive of Lima Bank was sentenced to seven years in prison on Monday.

Graham Pell, 58, was convicted in March of fraud.

Pell's former finance director, Tom Vale, was jailed for four years.`),
    );
    // (Pell is the former chief executive the lead tells of, named next with no office: the lead's sentence is his.)
    const pell = trial.ask('How long was Pell jailed?').answer ?? '';
    expect(pell).not.toContain('four years');
    expect(pell).toContain('seven years');
    expect(trial.ask('How long was Vale jailed?').answer).toContain('four years');
    expect(trial.ask("Who is Pell's former finance director?").answer).toContain('Tom Vale');
  });
});

describe('a bankruptcy: the company named before, its debts, who is hit', () => {
  const bankrupt = briefArticle(
    parsePlainText(`Exchange files for bankruptcy

Lumex, a cryptocurrency exchange, filed for bankruptcy protection in Delaware on Friday, leaving about 1.2 million customers unable to reach their money.

The company said in a court filing that it owed creditors between $3 billion and $5 billion.

Its token has lost 94 percent of its value this week.`),
  );

  it('answers "How much does Lumex owe?" from "The company said … it owed …", the company named the sentence before', () => {
    expect(bankrupt.ask('How much does Lumex owe?').answer).toContain('between $3 billion and $5 billion');
  });

  it('counts "How many customers are affected?" by the customers counted, however the text says they were hit', () => {
    expect(bankrupt.ask('How many customers are affected?').answer).toContain('1.2 million customers');
  });
});

describe("a canal's limit and a hub's cost", () => {
  const canal = briefArticle(
    parsePlainText(`Why is the canal restricting ships?

The Lima Canal Authority has cut the number of ships allowed to pass through the waterway each day from 36 to 24 because of a drought.

The authority said on Friday that the limit would stay in place until at least February.

The EUR 450 million hub is expected to produce hydrogen from 2029.`),
  );

  it('counts "How many ships …?" by "the number of ships … from 36 to 24"', () => {
    expect(canal.ask('How many ships can pass each day?').answer).toContain('from 36 to 24');
  });

  it('answers "How long will the limit stay?" with "stay in place until at least February"', () => {
    expect(canal.ask('How long will the limit stay?').answer).toContain('until at least February');
  });

  it('reads a sum after its currency\'s code ("EUR 450 million") as a cost', () => {
    expect(canal.ask('How much will the hub cost?').answer).toContain('EUR 450 million');
  });
});

describe('a truce asked of as the deal or the agreement', () => {
  const truce = (word: string) =>
    briefArticle(
      parsePlainText(
        `Peru and Chile agree ${word}\n\nPeru and Chile agreed on Sunday to a ${word} along their border, ending six weeks of fighting.\n\nThe ${word} takes effect at midnight on Tuesday.\n\nIt was signed in Lima by Peru's defence minister, Ana Roy, and Chile's army chief, Tom Vale.\n\nPrisoners of war are to be exchanged within a month.`,
      ),
    );
  it.each([
    ['truce', 'Who signed the deal?'],
    ['truce', 'Who signed the agreement?'],
    ['ceasefire', 'Who signed the deal?'],
    ['ceasefire', 'Where was the agreement signed?'],
  ])('a %s: %s', (word, question) => {
    expect(truce(word).ask(question).answer).toBe("It was signed in Lima by Peru's defence minister, Ana Roy, and Chile's army chief, Tom Vale.");
  });

  it('dates what "is to be" done ("Prisoners of war are to be exchanged within a month.")', () => {
    expect(truce('truce').ask('When will prisoners be exchanged?').answer).toBe('Prisoners of war are to be exchanged within a month.');
  });
});

describe('when a thing was done, by the verb the question asks', () => {
  const wreck = briefArticle(
    parsePlainText(
      'Divers find Roman wreck off Lima\n\nDivers have found the wreck of a Roman ship off Lima with its cargo of 800 jars, the antiquities office said on Friday.\n\nThe ship, about 25 metres long, is thought to have sunk in the first century AD.\n\nIt was found in August during a survey by the university.',
    ),
  );

  it('dates the verb in any of its forms, by a century too ("When did the ship sink?" of "is thought to have sunk in the first century AD")', () => {
    expect(wreck.ask('When did the ship sink?').answer).toBe('The ship, about 25 metres long, is thought to have sunk in the first century AD.');
    expect(wreck.ask('When did it sink?').answer).toBe('The ship, about 25 metres long, is thought to have sunk in the first century AD.');
    const liner = briefArticle(
      parsePlainText(
        'Liner wreck mapped\n\nA team in Lima on Monday published the first full map of the Halvex, a liner that sank in 1912 off Quito.\n\nThe map took two years.',
      ),
    );
    expect(liner.ask('When did the Halvex sink?').answer).toContain('sank in 1912');
    const finds = briefArticle(
      parsePlainText(
        "Museum shows Lima finds\n\nThe Lima museum on Monday put on show a bronze bowl and a stone from a temple.\n\nThe bowl, made about 500 BC, came from a tomb near Quito.\n\nThe temple was built in the 12th century by the city's first rulers.",
      ),
    );
    expect(finds.ask('When was the bowl made?').answer).toBe('The bowl, made about 500 BC, came from a tomb near Quito.');
    expect(finds.ask('When was the temple built?').answer).toBe("The temple was built in the 12th century by the city's first rulers.");
  });

  it('gives no day of another verb in a sentence that stands on the one with the verb asked ("It was found in August.")', () => {
    const ship = briefArticle(
      parsePlainText(
        'Divers find Roman wreck off Lima\n\nDivers have found the wreck of a Roman ship off Lima with its cargo of 800 jars, the antiquities office said on Friday.\n\nThe ship is thought to have sunk in a storm long ago.\n\nIt was found in August during a survey by the university.',
      ),
    );
    expect(ship.ask('When did it sink?').answered).toBe(false);
  });
});

describe('a verb asked of by its noun in "-sion"', () => {
  it.each([
    [
      'Council extends Lima mission\n\nThe council voted on Thursday to extend its mission in Lima for another 12 months.\n\nThe vote was 13-0, with two abstentions.',
      'How long is the extension?',
      'The council voted on Thursday to extend its mission in Lima for another 12 months.',
    ],
  ])('%#: %s', (text, question, answer) => {
    expect(briefArticle(parsePlainText(text)).ask(question).answer).toBe(answer);
  });
});

describe('an earthquake: its strength and depth, asked of "the quake"', () => {
  const quake = briefArticle(
    parsePlainText(
      'Earthquake kills 212 in the Andes\n\nA magnitude 6.8 earthquake struck the Andes near Lima early on Friday, killing at least 212 people.\n\nThe tremor hit at 3:42 a.m. at a depth of 10 kilometres, the survey said.',
    ),
  );

  it('answers "How strong was the quake?" with the magnitude, and "How deep was the quake?" with the depth', () => {
    expect(quake.ask('How strong was the quake?').answer).toContain('magnitude 6.8');
    expect(quake.ask('How deep was the quake?').answer).toContain('a depth of 10 kilometres');
  });
});

describe('a recall: a thing asked of by its short name ("bikes" for "bicycles")', () => {
  const recall = briefArticle(
    parsePlainText(
      'Regulator orders bicycle recall\n\nThe safety agency on Monday ordered the recall of about 40,000 electric bicycles sold under the Halvex brand after 14 battery fires.\n\nOwners are told to stop charging them at once.',
    ),
  );

  it('answers "How many bikes were recalled?" with the number of bicycles', () => {
    expect(recall.ask('How many bikes were recalled?').answer).toContain('40,000 electric bicycles');
  });
});

describe('a pronoun that is expected to do something', () => {
  it('"When will the deal close?" of "The companies expect it to close in May": "it" is the deal the sentence before names', () => {
    const deal = briefArticle(
      parsePlainText(`Halvex and Lima Foods agree merger

Halvex and Lima Foods said on Monday they had agreed to merge in a deal worth $2 billion.

The deal needs the approval of shareholders of both companies. The companies expect it to close in May.`),
    );
    expect(deal.ask('When will the deal close?').answer).toBe('The companies expect it to close in May.');
  });
});

describe('a report of findings about something that happened before', () => {
  it('"When did the crash happen?" is the sentence that dates the crash right after its word, not the report\'s own day', () => {
    const findings = briefArticle(
      parsePlainText(`Crew shut down wrong engine before Lima crash, investigators find

The crew of a plane that crashed near Lima in March shut down its only working engine, investigators said in their final report on Tuesday.

All 30 people on board were killed. The board made six recommendations.`),
    );
    const answer = findings.ask('When did the crash happen?').answer;
    expect(answer).toContain('crashed near Lima in March');
    // (A crash reported on its own day is the event's day.)
    const report = briefArticle(
      parsePlainText('Plane crashes near Lima\n\nA small plane crashed near Lima on Sunday, killing all 12 people on board, officials said.'),
    );
    expect(report.ask('When did the crash happen?').answer).toContain('Sunday');
  });
});

describe('what someone wants', () => {
  const strike = briefArticle(
    parsePlainText(`Lima nurses vote to strike

Nurses at 12 hospitals in Lima voted on Monday to strike for 48 hours next month.

The union is demanding a pay rise of 9% and limits on overtime. Health Minister Tom Vale said the government could not afford the union's demands.

Unions representing porters said they would seek talks with the hospitals.`),
  );

  it('is the sentence whose subject asks for it, not one where it only stands near the word', () => {
    expect(strike.ask('What does the union want?').answer).toBe('The union is demanding a pay rise of 9% and limits on overtime.');
    expect(strike.ask('What do the porters want?').answer).toContain('they would seek talks');
    // ("the government could not afford the union's demands": the government asks for nothing.)
    expect(strike.ask('What does the government want?').answered).toBe(false);
  });
});

describe('a council vote with a list of those against', () => {
  const budget = briefArticle(
    parsePlainText(`Lima council passes budget

Lima city council approved a $900 million budget early on Wednesday, raising property taxes by 5%.

The budget passed 6-3 after a long meeting. Councillors Ana Roy, Tom Vale and Ivo Kant voted against.

Mayor Rosa Lind, who proposed the budget, said the city had no choice.`),
  );

  it('"What was the vote?" is the tally of the budget passing, not the names of those against', () => {
    expect(budget.ask('What was the vote?').answer).toBe('The budget passed 6-3 after a long meeting.');
  });

  it('"Did X vote for it?" of a name inside a list that voted against is a "No:"; of one whose vote is not told, no answer', () => {
    expect(budget.ask('Did Tom Vale vote for the budget?').answer).toBe('No: Councillors Ana Roy, Tom Vale and Ivo Kant voted against.');
    expect(budget.ask('Did Ana Roy vote for the budget?').answer).toMatch(/^No: /);
    expect(budget.ask('Did Rosa Lind vote for the budget?').answered).toBe(false);
  });
});

describe('a count asked of nothing but the thing counted', () => {
  const fire = briefArticle(
    parsePlainText(
      'Fire near Lima\n\nMore than 2,000 people were evacuated from villages around Lima on Sunday as a wildfire burned through 800 hectares of forest, officials said.\n\nSome 400 firefighters, supported by 12 aircraft, were fighting the blaze, which broke out on Friday near a motorway. Two firefighters were taken to hospital with burns, but no deaths had been reported.',
    ),
  );

  it('"How many firefighters are there?" is the first count of them, not a later one of some of them', () => {
    expect(fire.ask('How many firefighters are there?').answer).toMatch(/^Some 400 firefighters[^.]*\.$/);
    expect(fire.ask('How many firefighters?').answer).toMatch(/^Some 400 firefighters[^.]*\.$/);
    // (Asked of what happened to some, the count of those answers.)
    expect(fire.ask('How many firefighters were taken to hospital?').answer).toContain('Two firefighters');
  });

  it('reads a count written as a word past twelve ("Fourteen people were taken to hospital", "fourteen countries")', () => {
    const ferry = briefArticle(
      parsePlainText(
        'Ferry runs aground\n\nAll 90 passengers were rescued after a ferry ran aground off Lima Island on Friday evening, the coast guard said.\n\nFourteen people were taken to hospital in Quito with minor injuries. Rescue teams from fourteen countries joined the search, the navy said.',
      ),
    );
    expect(ferry.ask('How many people were taken to hospital?').answer).toMatch(/^Fourteen people were taken to hospital/);
    expect(ferry.ask('How many were taken to hospital?').answer).toMatch(/^Fourteen people were taken to hospital/);
    expect(ferry.ask('How many countries took part?').answer).toBe('fourteen countries, according to the article.');
  });

  it('"How many firefighters are there?" is the largest count of them, though a count of some of them comes first', () => {
    const later = briefArticle(
      parsePlainText(
        'Fire near Lima\n\nMore than 2,000 people were evacuated from villages around Lima on Sunday.\n\nTwo firefighters were treated in hospital for smoke inhalation.\n\nAbout 800 firefighters, supported by nine aircraft, were fighting the blaze.',
      ),
    );
    expect(later.ask('How many firefighters are there?').answer).toMatch(/^About 800 firefighters/);
  });

  it('"Was anyone hurt?" is answered by "treated in hospital"', () => {
    const treated = briefArticle(
      parsePlainText(
        'Fire near Lima\n\nA wildfire burned 800 hectares near Lima on Sunday.\n\nTwo firefighters were treated in hospital for smoke inhalation.',
      ),
    );
    expect(treated.ask('Was anyone hurt?').answer).toMatch(/^Two firefighters were treated in hospital/);
  });

  it('"Was anyone hurt?" is answered by burns suffered, not by a fire that burned land; "When does the warning end?" by "in effect until"', () => {
    const burns = briefArticle(
      parsePlainText(
        `Kettles recalled after fires

Halvex is recalling 40,000 kettles after nine fires that burned two kitchens, it said on Monday.

Two people suffered minor burns.

A safety warning is in effect until Friday.`,
      ),
    );
    expect(burns.ask('Was anyone hurt?').answer).toBe('Two people suffered minor burns.');
    expect(burns.ask('When does the warning end?').answer).toBe('A safety warning is in effect until Friday.');
  });
});

describe('a storm: its strength, and where it stopped trains', () => {
  const storm = briefArticle(
    parsePlainText(`Storm Ana: thousands without power

The rail operator said all services north of Perth had been suspended until at least 3pm because of fallen trees.

Engineers would begin repairs once winds eased, the operator said.

Gusts of up to 140km/h were recorded at the summit overnight.`),
  );

  it('reads "north of X" as a place', () => {
    expect(storm.ask('Where were services suspended?').answer).toContain('north of Perth');
  });

  it('answers "How strong were the gusts?" and "How fast were the winds?" with a speed, gusts being wind', () => {
    expect(storm.ask('How strong were the gusts?').answer).toContain('140km/h');
    expect(storm.ask('How fast were the winds?').answer).toContain('140km/h');
  });

  // ("speed" is the question's word for the measure: the text need not use it.)
  it('answers "What was the wind speed?" with the speed the gusts reached, and declines it where no speed is given', () => {
    expect(storm.ask('What was the wind speed?').answer).toContain('140km/h');
    const calm = briefArticle(parsePlainText('Storm eases\n\nEngineers would begin repairs once winds eased, the operator said.'));
    expect(calm.ask('What was the wind speed?').answered).toBe(false);
  });

  it('answers "How much rain is expected?" with a depth of rain, not another sentence about the storm', () => {
    const rain = briefArticle(
      parsePlainText(
        'Storm Ana nears the coast\n\nStorm Ana is expected to reach the coast on Friday, officials said.\n\nForecasters warned of flooding from up to 300 mm of rain.',
      ),
    );
    expect(rain.ask('How much rain is expected?').answer).toBe('Forecasters warned of flooding from up to 300 mm of rain.');
  });

  it('declines a measure the text does not give rather than answer with another sentence about the thing', () => {
    const calm = briefArticle(
      parsePlainText('Storm eases\n\nEngineers would begin repairs once winds eased, the operator said.\n\nTrains ran again on Friday.'),
    );
    expect(calm.ask('How fast were the winds?').answered).toBe(false);
  });

  it('reads a word that only opens another as no form of it ("dead" is not "deadline", "again" not "against")', () => {
    const fire = briefArticle(parsePlainText('Fire grows\n\nThree homes were destroyed and no deaths were reported, the chief said.\n\nSchools will reopen.'));
    expect(fire.ask('What is the deadline?').answered).toBe(false);
    expect(fire.ask('Was anyone killed?').answer).toContain('no deaths');
    const deal = briefArticle(parsePlainText('Strike called off\n\nThe deal gives workers 3% next year.\n\nIt must still be approved by a ballot of members.'));
    expect(deal.ask('Who voted against?').answered).toBe(false);
  });

  it('answers "Who opposed it?" with no one whose title only says "Opposition"', () => {
    const house = (line: string) =>
      briefArticle(parsePlainText(`Parliament passes bill\n\nThe house on Tuesday passed the bill by 312 votes to 290.\n\n${line}`));
    expect(house('Opposition leader Ana Roy voted in favour.').ask('Who opposed it?').answered).toBe(false);
    expect(house('Opposition leader Ana Roy said her party accepted the result but would push for changes.').ask('Who opposed it?').answered).toBe(false);
    expect(house('Tom Vale, who led the opposition to the bill, said it was rushed.').ask('Who opposed it?').answer).toMatch(
      /^Tom Vale, who led the opposition/,
    );
  });

  it('answers "Who opposed it?" with those who voted against or objected, not with the outcome they lost', () => {
    const council = briefArticle(
      parsePlainText(
        'Council passes budget\n\nLima city council approved a $412 million budget early on Thursday.\n\nThe budget passed by six votes to three.\n\nCouncillors Ana Roy, Tom Vale and Ivo Kant voted against the final budget, arguing that it relied on reserves.',
      ),
    );
    expect(council.ask('Who opposed it?').answer).toMatch(/^Councillors Ana Roy, Tom Vale and Ivo Kant voted against/);
    expect(council.ask('Who opposed the budget?').answer).toMatch(/^Councillors Ana Roy, Tom Vale and Ivo Kant voted against/);
  });

  it('answers "Who opposed the cuts?" with one who said they would not accept them', () => {
    const talks = briefArticle(
      parsePlainText(
        'Ministers fail to agree on quotas\n\nFisheries ministers failed to agree on catch limits on Tuesday.\n\nThe Commission had proposed cutting the cod quota by 20 percent.\n\nPeruvian Fisheries Minister Ana Roy said her country would not accept any cut above 10 percent.',
      ),
    );
    expect(talks.ask('Who opposed the cuts?').answer).toMatch(/^Peruvian Fisheries Minister Ana Roy said her country would not accept/);
  });

  it('answers "Who voted against?" only with a vote against, not a vote and an "against" apart ("welcomed the vote but urged action against …")', () => {
    const council = (line: string) =>
      briefArticle(
        parsePlainText(
          `Council extends mission\n\nThe council on Thursday voted to extend the mission, with 13 in favour and Peru and Chile abstaining.\n\n${line}`,
        ),
      );
    expect(
      council("Bolivia's envoy, Ana Roy, welcomed the vote but urged the mission to do more against armed groups.").ask('Who voted against?').answered,
    ).toBe(false);
    expect(council('Ecuador voted against, saying the text went too far.').ask('Who voted against?').answer).toMatch(/^Ecuador voted against/);
  });

  it('answers "Who voted against?" of a vote with none against ("with no objections", "13 votes to none") as no one, and "Was it unanimous?" of a tally with votes against as no', () => {
    const vote = (line: string) => briefArticle(parsePlainText(`Lima votes\n\n${line}\n\nMayor Ana Roy said the cap would take effect in January.`));
    for (const line of [
      'The council approved a rent cap on Tuesday with no objections and two abstentions.',
      'The resolution was adopted by 13 votes to none, with Peru abstaining.',
      'The council unanimously approved a rent cap on Tuesday.',
    ])
      expect(vote(line).ask('Who voted against?').answer).toBe(`No one: ${line}`);
    expect(vote('The council approved a rent cap by 78 votes to 52 on Tuesday.').ask('Was it unanimous?').answer).toBe(
      'No: The council approved a rent cap by 78 votes to 52 on Tuesday.',
    );
    expect(vote('The board voted 7-2 on Monday to cap rents.').ask('Was the vote unanimous?').answer).toMatch(/^No: /);
    // (A court's split too: "ruling 5-4 that it violated the constitution".)
    expect(vote('The court struck down the rent cap on Thursday, ruling 5-4 that it broke the constitution.').ask('Was the ruling unanimous?').answer).toMatch(
      /^No: /,
    );
    // (… or of one who voted against, named: "Peru voted against, while Chile abstained.")
    expect(vote('The council approved a rent cap on Tuesday. Peru voted against, while Chile abstained.').ask('Was it unanimous?').answer).toBe(
      'No: Peru voted against, while Chile abstained.',
    );
    expect(vote('The council approved a rent cap on Tuesday. None voted against.').ask('Was it unanimous?').answer).not.toMatch(/^No: /);
    // (… or of some who abstained; a text that calls the vote unanimous itself is read as it says.)
    expect(
      vote('The council renewed the rent cap on Thursday, with 13 votes in favour and Peru and Chile abstaining.').ask('Was the vote unanimous?').answer,
    ).toBe('No: The council renewed the rent cap on Thursday, with 13 votes in favour and Peru and Chile abstaining.');
    expect(vote('The council unanimously renewed the rent cap on Thursday, with two abstentions.').ask('Was the vote unanimous?').answer).not.toMatch(/^No: /);
    // (A tally in words: "by five votes to two"; "by three votes to none" has none against.)
    expect(
      vote('The court struck down the rent cap on Friday, ruling by five votes to two that it broke the constitution.').ask('Was it unanimous?').answer,
    ).toMatch(/^No: /);
    expect(vote('The court upheld the rent cap on Friday by three votes to none.').ask('Was it unanimous?').answer).not.toMatch(/^No: /);
    // (A vote said not to be unanimous, or one told with no tally, says nothing of no one against.)
    expect(vote('The council approved a rent cap on Tuesday, though the vote was not unanimous.').ask('Who voted against?').answered).toBe(false);
    expect(vote('The council approved a rent cap on Tuesday.').ask('Was it unanimous?').answered).toBe(false);
  });

  it('answers "Was the decision unanimous?" yes of a body said to be unanimous, and no of a decision told as split', () => {
    const vote = (line: string) => briefArticle(parsePlainText(`Lima panel decides\n\n${line}\n\nMayor Ana Roy said the cap would take effect in January.`));
    const panel = briefArticle(
      parsePlainText(
        [
          'Lima panel keeps outbreak an emergency',
          "LIMA, 22 November — The regional health panel agreed on Friday that the outbreak is still an emergency, three months after it was first declared, the agency's director-general said.",
          'Tom Vale said the 16-member panel had been unanimous, pointing to the rise in cases in Peru, Chile and Bolivia.',
        ].join('\n\n'),
      ),
    );
    expect(panel.ask('Was the decision unanimous?').answer).toBe(
      'Yes: Tom Vale said the 16-member panel had been unanimous, pointing to the rise in cases in Peru, Chile and Bolivia.',
    );
    expect(vote('The bank held its rate at 4.25 per cent, the first split decision since the panel was formed.').ask('Was it unanimous?').answer).toMatch(
      /^No: /,
    );
    expect(vote('The bank held its rate on Wednesday. The two dissenters argued for a cut.').ask('Was the vote unanimous?').answer).toBe(
      'No: The two dissenters argued for a cut.',
    );
    // (None against with some abstaining is no unanimous vote, and the abstentions say so; nor is a yes drawn from a text that
    // tells of votes against.)
    expect(vote('The resolution was adopted by 13 votes to none, with Peru and Chile abstaining.').ask('Was it unanimous?').answer).toBe(
      'No: The resolution was adopted by 13 votes to none, with Peru and Chile abstaining.',
    );
    expect(vote('The panel was unanimous in its advice. The council then approved the cap by 30 votes to 12.').ask('Was the vote unanimous?').answer).toMatch(
      /^No: The council/,
    );
  });

  it('answers "Did X vote for the bill?" with "No" where X voted against, and the other way round', () => {
    const bill = briefArticle(
      parsePlainText(`Lima passes river law

The Lima assembly passed a river law by 61 votes to 40 on Thursday.

Health Minister Ana Roy, who voted against, said the government would respect the vote.

The law will come into force within four years.

Senator Tom Vale voted for the bill, calling it overdue.`),
    );
    expect(bill.ask('Did Ana Roy vote for the bill?').answer).toBe(
      'No: Health Minister Ana Roy, who voted against, said the government would respect the vote.',
    );
    expect(bill.ask('Did Tom Vale vote against the bill?').answer).toBe('No: Senator Tom Vale voted for the bill, calling it overdue.');
    expect(bill.ask('Did Tom Vale vote for the bill?').answer).toBe('Senator Tom Vale voted for the bill, calling it overdue.');
  });

  it('answers "Who abstained?" only with a sentence that tells of abstaining, not an absence or a tally', () => {
    const summit = briefArticle(
      parsePlainText(
        'Leaders meet in Lima\n\nAndes leaders met in Lima on Monday and agreed a plan on water.\n\nPrime Minister Ana Roy did not travel to Lima because of a general election at home; Foreign Minister Tom Vale attended in her place.',
      ),
    );
    expect(summit.ask('Who abstained?').answered).toBe(false);
    const ballot = briefArticle(
      parsePlainText('Rail workers accept pay deal\n\nRail workers have voted by 68% to 32% to accept a two-year pay offer, the union said on Friday.'),
    );
    expect(ballot.ask('Who abstained?').answered).toBe(false);
    const council = briefArticle(
      parsePlainText('Council extends mission\n\nThe council on Thursday voted to extend the mission, with 13 in favour and Peru and Chile abstaining.'),
    );
    expect(council.ask('Who abstained?').answer).toMatch(/Peru and Chile abstaining/);
  });

  it('answers "Who abstained?" with every sentence that tells of abstaining: the tally\'s "two abstentions, from A and B" too', () => {
    const council = briefArticle(
      parsePlainText(`Council renews mission as Peru and Chile abstain

The council on Thursday voted to extend the mission in Lima for another 12 months.

The resolution, drafted by Bolivia, was adopted with 13 votes in favour, none against and two abstentions, from Peru and Chile.

Peru's envoy, Ana Roy, said Peru had abstained because the text "misses what drives the violence".`),
    );
    const answer = council.ask('Who abstained?');
    expect(answer.answer).toContain('two abstentions, from Peru and Chile');
    expect(answer.answer).toContain('Peru had abstained because');
  });
});

describe('a word read in its own sense', () => {
  it('reads "confirmed" as verified, not as the "confirmed in" of where cases were found ("covered by a deep ocean")', () => {
    const find = briefArticle(
      parsePlainText(`Telescope finds water on distant planet

Astronomers in Chile have found water vapour on a planet 120 light years from Earth.

The planet is probably covered by a deep ocean, and no signs of life have been found.`),
    );
    expect(find.ask('Is the find confirmed?').answered).toBe(false);
  });
});

describe('a place in a table', () => {
  it('answers "Who finished second?" only with a place told ("finished second"), not a second goal', () => {
    const cup = (more: string) =>
      briefArticle(
        parsePlainText(`Lima win the Andes Cup

Lima won the Andes Cup on Sunday, beating Quito 2-1 to finish four points clear of Cusco.

Striker Tom Vale scored both goals, the second a header in the 88th minute.${more}`),
      );
    expect(cup('').ask('Who finished second?').answered).toBe(false);
    expect(cup('').ask('Who came second?').answered).toBe(false);
    expect(cup('\n\nCusco finished second, and Quito came in third.').ask('Who finished second?').answer).toBe(
      'Cusco finished second, and Quito came in third.',
    );
  });
});

describe('a body asked by its initials, where the article spells its name out', () => {
  const outbreak = briefArticle(
    parsePlainText(`Cholera spreads in Peru

A cholera outbreak in northern Peru has spread to three more provinces, the health ministry said on Tuesday.

The World Health Organization's representative in Peru, Tom Vale, said the outbreak was "serious but controllable".

The Organization of American States offered to send experts.`),
  );

  it('answers "What did the WHO say?" and "What did the OAS offer?" from the names spelled out', () => {
    expect(outbreak.ask('What did the WHO say?').answer).toContain('"serious but controllable"');
    expect(outbreak.ask('What did the OAS offer?').answer).toBe('The Organization of American States offered to send experts.');
    // (Initials the article spells out nowhere stay as asked.)
    expect(outbreak.ask('What did the IMF say?').answered).toBe(false);
  });
});

describe('what a country said, where none of its people says anything', () => {
  const row = briefArticle(
    parsePlainText(`Chile expels two Peruvian diplomats

Chile ordered two Peruvian diplomats to leave within 72 hours on Thursday.

Peru's foreign ministry called the move "unjustified" and said it would respond. Foreign Minister Tom Vale recalled Peru's ambassador, Ivo Kant, for consultations.`),
  );

  it('answers "What did Peru say?" with its ministry\'s words, not with the sentence that names its ambassador', () => {
    expect(row.ask('What did Peru say?').answer).toBe('Peru\'s foreign ministry called the move "unjustified" and said it would respond.');
  });

  it('answers "What did Ecuador say?" with its envoy\'s words, of two of its people, not a sentence that only names it', () => {
    const ruling = briefArticle(
      parsePlainText(`Court approves extradition of Tom Vale

A judge in Lima on Tuesday approved the extradition of Ecuadorean former port chief Tom Vale to face fraud charges in Quito.

Transparency groups in Ecuador have followed the case closely. Ecuador's ambassador in Lima, Ana Roy, welcomed the ruling.`),
    );
    expect(ruling.ask('What did Ecuador say?').answer).toBe("Ecuador's ambassador in Lima, Ana Roy, welcomed the ruling.");
  });

  it.each([
    ['Ecuador, which had sought his return, declined to comment.', 'Ecuador, which had sought his return, declined to comment.'],
    ['Ecuador, which had sought his return, would not comment.', 'Ecuador, which had sought his return, would not comment.'],
    ['Ecuador, which had sought his return, did not respond.', 'Ecuador, which had sought his return, did not respond.'],
  ])('answers "What did Ecuador say?" of two of its people with what it says in its own name: %s', (told, answer) => {
    const ruling = briefArticle(
      parsePlainText(`Court approves extradition of Tom Vale

A judge in Lima on Tuesday approved the extradition of Ecuadorean former port chief Tom Vale and Ecuadorean banker Ivo Kant.

Unions from Ecuador called the ruling fair. ${told}`),
    );
    expect(ruling.ask('What did Ecuador say?').answer).toBe(answer);
  });

  it('answers "What did Peru say?" with what its people taking part said (not one who stayed away), never a sentence that only names it', () => {
    const duty = briefArticle(
      parsePlainText(`Ministers raise fuel duty

Finance ministers of Peru, Chile and Bolivia agreed on Thursday to raise the duty on diesel by 4 cents a litre.

Peru's finance minister, Ana Roy, said the rise was "smaller than we wanted, but a start". Peru's deputy minister, Tom Vale, also attended.

Bolivia, which had threatened a veto, won an exemption for farm vehicles.

Truckers' unions in Peru and Bolivia called the rise "a tax on food". Peru's former finance minister, Eva Paz, who was not at the talks, said the rise was too small.`),
    );
    expect(duty.ask('What did Peru say?').answer).toBe('Peru\'s finance minister, Ana Roy, said the rise was "smaller than we wanted, but a start".');
    expect(duty.ask('What did Bolivia say?').answered).toBe(false);
    // (Asked what it put forward, its people's other words are no answer.)
    expect(duty.ask('What did Peru propose?').answered).toBe(false);
  });

  it('reads "recalled the ambassador" as no words of anyone\'s', () => {
    expect(row.ask('What did Kant say?').answered).toBe(false);
  });
});

describe("where: the place the question's verb is told of, right after it", () => {
  const cuts = briefArticle(
    parsePlainText(`Halvex to cut 900 jobs

Halvex said on Wednesday it would cut 900 jobs after its profit fell by a third on weak demand in Bolivia.

Chief executive Tom Vale said most of the cuts would fall in Peru and would be completed by June.`),
  );

  it('answers "Where will the cuts fall?" with "would fall in Peru", not the lead\'s "weak demand in Bolivia"', () => {
    expect(cuts.ask('Where will the cuts fall?').answer).toContain('would fall in Peru');
  });

  it('leaves "Where was the meeting held?", of the event alone, to the event\'s place, not "held at Peru\'s suggestion"', () => {
    const talks = briefArticle(
      parsePlainText(`Andes energy ministers meet

Energy ministers from Peru, Chile and Bolivia opened a meeting in Lima on Saturday.

The meeting, the first of its kind, was held at Peru's suggestion.`),
    );
    expect(talks.ask('Where was the meeting held?').answer).toContain('Lima');
  });

  it('answers no question of what is to come with a gathering told as past ("Where will the leaders meet?" is no "meeting in Lima")', () => {
    const talks = briefArticle(
      parsePlainText(`Faith leaders meet in Lima

Religious leaders ended a two-day meeting in Lima on Thursday by adopting a declaration.

The next meeting is planned for Quito in 2027.`),
    );
    // (Which of them the text does not say: the next meeting's sentence names no leaders.)
    expect(talks.ask('Where will the leaders meet?').answered).toBe(false);
    expect(talks.ask('Where will they meet?').answer).toContain('Quito');
    expect(talks.ask('Where did the leaders meet?').answer).toContain('Lima');
    // (… nor when: "When will the leaders meet again?" is not "ended a two-day meeting … on Thursday".)
    expect(talks.ask('When will the leaders meet again?').answered).toBe(false);
    expect(talks.ask('When will they meet?').answer).toContain('in 2027');
    expect(talks.ask('When did the leaders meet?').answer).toContain('Thursday');
  });

  it('still answers a question of what is to come with what must or could be ("must be elected within 30 days")', () => {
    const vote = briefArticle(
      parsePlainText(`Lima assembly elected

The Lima Party won the most seats in Sunday's election to the Andes assembly.

Under the constitution, a premier must be elected within 30 days of the first sitting, or a new election is called.`),
    );
    expect(vote.ask('When will the vote take place?').answer).toContain('within 30 days');
  });
});

describe('where: an event named after a place', () => {
  const ask = (text: string, q: string) => briefArticle(parsePlainText(text)).ask(q);

  it('says the name, and that the text gives no other place', () => {
    const a = ask(
      `Finance ministers end talks without a communique

The finance ministers of the G20 brought their Cape Town meeting to a close on Thursday without settling on a communique.`,
      'Where was the meeting held?',
    );
    expect(a.answered).toBe(true);
    expect(a.answer).toBe('The article calls it the Cape Town meeting; it gives no other place.');
  });

  it('still declines when the name is no place', () => {
    const a = ask(
      `Finance ministers end talks without a communique

The finance ministers of the G20 brought their annual meeting to a close on Thursday without settling on a communique.`,
      'Where was the meeting held?',
    );
    expect(a.answered).toBe(false);
  });
});

describe('what someone suggested, when the text lists no proposals', () => {
  const report = briefArticle(
    parsePlainText(`Ministers meet without Britain

Britain was kept from the table after Prime Minister Tom Vale angered his French counterpart by posting a letter to him online.

The minister was disinvited after Mr Vale made public a letter he had sent setting out ways to tackle the crisis, among them the idea of joint patrols.

Mr Vale said the talks had been a missed chance.`),
  );

  it('answers with the sentence that puts something forward, about what the question names', () => {
    const a = report.ask('What did Tom Vale suggest in his letter?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('joint patrols');
  });

  it('still declines a topic the person did not speak to', () => {
    expect(report.ask('What did Tom Vale suggest about fishing quotas?').answered).toBe(false);
  });
});

describe('when: a time the text gives relative to something else', () => {
  const report = briefArticle(
    parsePlainText(`Health ministers meet on Ebola

Health Secretary Ana Roy joined the regional ministers of health in Lima on Wednesday.

The meeting came a week after Roy's own trip to the outbreak zone, where she saw the response at first hand.`),
  );

  it('answers with the sentence that places it ("a week after …")', () => {
    const a = report.ask('When did Ana Roy make her trip to the outbreak zone?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('a week after');
  });
});

describe('a question in other words than the text', () => {
  const report = briefArticle(
    parsePlainText(`Peru and Chile agree to a working group

Peru and Chile decided to set up a joint working group on investment in Lima on Monday.

They resolved to spare no effort in clearing the obstacles that hold back bilateral commerce, among them the lack of direct cargo links and the need to remove non-tariff barriers.`),
  );

  it('finds "proposed" as "put forward"', () => {
    const plan = briefArticle(
      parsePlainText(`Ministers agree haze plan

Ministers agreed on Thursday in Lima to a three-point plan to cut haze.

The plan, put forward by Environment Minister Ana Roy, calls for a fire-monitoring centre, a ban on burning and a shared fund.`),
    );
    const a = plan.ask('Who proposed the plan?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Ana Roy');
  });

  it('finds "trade" as "commerce" in the sentence that answers', () => {
    const a = report.ask('What obstacles to trade did the two sides resolve to remove?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('direct cargo links');
  });
});

describe('a verb asked in one form and written in another', () => {
  const report = briefArticle(
    parsePlainText(`Court strikes down food-truck ban

The Supreme Court on Monday struck down Lakeside's ban on food trucks, ruling that the town board had exceeded its powers.

The case was brought by 21 vendors, who argued the ban had cost them about 400,000 dollars in lost sales.

Mayor Tom Vale said the board was "very disappointed" and would decide within 10 days whether to appeal.`),
  );

  it('"lose" finds "lost", and the amount with its unit', () => {
    const a = report.ask('How much did the vendors lose?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('400,000 dollars');
  });

  it('"when" finds a time ahead counted in days ("within 10 days")', () => {
    const a = report.ask('When will the board decide on an appeal?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('within 10 days');
  });

  it('"rise" finds "raise", "drop" finds "fell", and "the new dividend" needs no "new"', () => {
    const results = briefArticle(
      parsePlainText(`Lima Foods cuts dividend

Lima Foods said on Tuesday that profit fell 12% and it would raise prices by 5% in April.

Revenue rose 3%, but volumes fell 6%.

Finance director Ana Roy said the dividend would fall to 80 cents a share.`),
    );
    expect(results.ask('When will prices rise?').answer).toContain('in April');
    expect(results.ask('By how much did volumes drop?').answer).toContain('volumes fell 6%');
    expect(results.ask('What is the new dividend?').answer).toContain('80 cents');
  });

  it('and a question the text does not answer still declines', () => {
    expect(report.ask('How much did the mayor earn?').answered).toBe(false);
  });
});

describe('a word inside a compound that names another thing', () => {
  const report = briefArticle(
    parsePlainText(`Lima edge Quito in cup semi-final

Lima reached the final of the Andean Cup on Saturday with a 3-2 win over Quito.

Lima will play either Cusco or Arica in the final at the national stadium on May 24.`),
  );

  it('"the final" in a report of a semi-final is the final ahead, not the reported match', () => {
    const a = report.ask('When is the final?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('May 24');
  });
});

describe('who holds an office the text gives in common words', () => {
  const match = briefArticle(
    parsePlainText(`Lima reach the final

Lima reached the final on Saturday with a 3-2 win over Quito.

Striker Rosa Vale scored twice, including the winner in the 88th minute.

Quito coach Tom Ruiz said the referee should have awarded his side a penalty.`),
  );

  it('answers with the sentence that names its holder', () => {
    const a = match.ask('Who is the striker?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Rosa Vale');
  });

  it('but what a body in common words said is still found ("What did the union say?")', () => {
    const strike = briefArticle(
      parsePlainText(`Plant to close

Lima Foods said on Tuesday it would close its plant in Callao.

The workers' union said it would fight the closure in court.`),
    );
    const a = strike.ask('What did the union say?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('fight the closure');
  });

  it('declines when the text mentions the office but names nobody in it', () => {
    const a = match.ask('Who was the referee?');
    expect(a.answered).toBe(false);
    expect(a.answer).toBe('The article does not name the referee.');
  });

  it('answers "Who was the largest donor?" with the body or country the text says was it', () => {
    const donors = (line: string) =>
      briefArticle(
        parsePlainText(`Donors pledge $4 billion\n\nForty countries pledged $4 billion in Lima on Thursday to rebuild after the floods.\n\n${line}`),
      );
    expect(donors('The Andean Union was the largest donor, with $1.2 billion in grants.').ask('Who was the largest donor?').answer).toMatch(
      /^The Andean Union was the largest donor/,
    );
    expect(donors('The largest donor was Chile, with $900 million.').ask('Who was the largest donor?').answer).toMatch(/^The largest donor was Chile/);
    expect(donors('Chile pledged $900 million.').ask('Who was the largest donor?').answered).toBe(false);
  });
});

describe('a quotation in the next paragraph, attributed by a pronoun', () => {
  const report = briefArticle(
    parsePlainText(`Council backs tax rise

Lima City Council approved a 4.9% tax rise on Wednesday night.

Council leader Ana Roy said the rise was needed to close a £14 million gap.

"Nobody comes into politics to put up taxes, but the alternative was closing libraries," she told the chamber.

Opposition leader Tom Vale said the council had wasted money on a failed IT system.`),
  );

  it('is the words of the speaker just named', () => {
    const a = report.ask('What did Ana Roy say about libraries?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('closing libraries');
    // …and not of the next speaker.
    expect(report.ask('What did Tom Vale say?').answer).not.toContain('libraries');
  });
});

describe('how a vote came out, and how big a thing is', () => {
  const report = briefArticle(
    parsePlainText(`Council backs tax rise

Lima City Council approved a 4.9% tax rise on Wednesday night.

Council leader Ana Roy said the rise was needed to close a £14 million gap.

The opposition proposed an amendment to freeze parking charges, which was defeated.`),
  );

  it('"Was the amendment passed?" finds "which was defeated"', () => {
    expect(report.ask('Was the amendment passed?').answer).toContain('which was defeated');
  });

  it('answers what was rejected only with what was, not with what was adopted (and what was adopted likewise)', () => {
    const summit = (...lines: string[]) => briefArticle(parsePlainText(`Leaders adopt plan\n\n${lines.join('\n\n')}`));
    expect(summit('Leaders on Sunday adopted a five-point plan to tackle hunger.').ask('What did they reject?').answered).toBe(false);
    const both = summit('Leaders on Sunday adopted a five-point plan to tackle hunger.', 'Peru pressed for a grain tax, which was not adopted.');
    expect(both.ask('What did they reject?').answer).toBe('Peru pressed for a grain tax, which was not adopted.');
    expect(both.ask('What did they adopt?').answer).toMatch(/^Leaders on Sunday adopted a five-point plan/);
    expect(summit('Leaders on Sunday rejected a grain tax.').ask('Was the grain tax adopted?').answer).toContain('rejected a grain tax');
  });

  it('answers what was rejected with no loser who "conceded defeat"', () => {
    const vote = (line: string) => briefArticle(parsePlainText(`Roy wins run-off\n\nAna Roy won the run-off on Sunday with 52% of the vote.\n\n${line}`));
    expect(vote('Tom Vale conceded defeat but said his party would challenge results in two districts.').ask('What did they reject?').answered).toBe(false);
    expect(vote('Voters also rejected a plan to cut the senate by half.').ask('What did they reject?').answer).toContain('rejected a plan');
  });

  it('"How big is the gap?" needs no "big" in the text', () => {
    expect(report.ask('How big is the gap?').answer).toContain('£14 million gap');
  });
});

describe('who represented a country, when the text never says "represented"', () => {
  const report = briefArticle(
    parsePlainText(`Ministers fail to agree

Environment ministers ended a two-day meeting in Lima on Friday without a communique.

U.S. Deputy Secretary of State Tom Ruiz attended in place of Secretary Ana Bell.

Peru's delegation, led by Environment Secretary Rita Vale, backed the land goal.`),
  );

  it('what a country said: its delegation’s words; and never "does not mention" a country the text writes otherwise', () => {
    expect(report.ask('What did Peru say about the land goal?').answer).toContain('backed the land goal');
    const us = report.ask('What did the US say about plastics?');
    expect(us.answered).toBe(false);
    expect(us.answer).not.toContain('does not mention');
  });

  it.each([
    ['Did the U.S. attend?', /^Yes\. The article names United States among the countries represented\.$/],
    // (As "the US" is: the one who took part for it, who is not quoted.)
    ['What did the U.S. say?', /^The article does not report what Tom Ruiz said\.$/],
    ['Did the U.K. attend?', /^The article does not mention the U\.K\.$/],
    ['What did the U.K. say?', /^The article does not mention the U\.K\.$/],
    ['Was it held in the U.K.?', /^The article does not say: was it held in the U\.K\.\?$/],
  ])('reads a country written with full stops in the question: %s', (question, answer) => {
    expect(report.ask(question).answer).toMatch(answer);
  });

  it('names who took part for it, and declines for a country nobody took part for', () => {
    expect(report.ask('Who represented the US?').answer).toContain('Tom Ruiz');
    expect(report.ask('Who represented Peru?').answer).toContain('Rita Vale');
    expect(report.ask('Who represented Chile?').answered).toBe(false);
    // (… nor answers with a sentence that only names the country.)
    const recall = briefArticle(
      parsePlainText(
        'Carmaker recalls SUVs\n\nHalvex Motors is recalling about 410,000 SUVs in the United States and Peru because a sensor may fail, the company said on Tuesday.',
      ),
    );
    expect(recall.ask('Who represented the United States?').answered).toBe(false);
  });
});

describe('joining a thing that is no gathering', () => {
  const report = briefArticle(
    parsePlainText(`Ministers agree a grain reserve

Farm ministers from Peru, Chile and Ecuador agreed on Tuesday to build a shared grain reserve, at a meeting in Lima.

Ecuador's minister, Ivo Kant, said Ecuador would not take part in the reserve but would join the seed bank.`),
  );

  it('answers "Did Ecuador join the reserve?" with the sentence that tells of it, not with its place at the meeting', () => {
    for (const question of [
      'Did Ecuador join the reserve?',
      'Did Ivo Kant join the seed bank?',
      'Did Ecuador take part in the reserve?',
      'Did Ecuador participate in the reserve?',
    ]) {
      const answer = report.ask(question);
      expect(answer.answer).toContain('would not take part in the reserve');
      expect(answer.answer).not.toMatch(/^Yes\b/);
    }
    // (The meeting, by name or by its place, is still asked as whether they were there.)
    expect(report.ask('Did Ecuador attend the meeting?').answer).toMatch(/^Yes\. The article names Ecuador among the countries represented/);
    expect(report.ask('Did Ecuador attend the talks in Lima?').answer).toMatch(/^Yes\. The article names Ecuador/);
    expect(report.ask('Did Ivo Kant take part in the meeting?').answer).toMatch(/^Yes\. Ivo Kant/);
    expect(report.ask('Did Ivo Kant participate in the meeting?').answer).toMatch(/^Yes\. Ivo Kant/);
  });

  it.each([
    'Ecuador said it would not take part in the reserve.',
    'Ecuador said it would not participate in the scheme.',
    'Ecuador said it would not join the fund.',
  ])('takes "%s" for no absence from the meeting', (sentence) => {
    const text = `Ministers agree a grain reserve\n\nFarm ministers from Peru, Chile and Ecuador agreed on Tuesday to build a shared grain reserve, at a meeting in Lima.\n\n${sentence}`;
    expect(briefArticle(parsePlainText(text)).ask('Did Ecuador attend the meeting?').answer).toMatch(/^Yes\. The article names Ecuador/);
  });
});

describe('who chairs, when the text gives the chair as a title', () => {
  const report = briefArticle(
    parsePlainText(`Shareholders reject pay plan

Shareholders in Lima Energy voted down the pay policy at the annual general meeting on Thursday.

Chair Sir Tomas Vale told the meeting the board had heard the message.`),
  );

  it('names who holds the chairmanship', () => {
    const osce = briefArticle(
      parsePlainText(`Ministers meet in Lima

Foreign ministers opened their annual council in Lima on Thursday.

Peruvian Foreign Minister Ana Roy, who holds the council's chairmanship, said the table was open to all.`),
    );
    expect(osce.ask('Who chairs the council?').answer).toContain('Ana Roy');
  });

  it('names the one participant whose title is the chair', () => {
    expect(report.ask('Who chairs Lima Energy?').answer).toContain('Tomas Vale');
    expect(report.ask('Who chaired the meeting?').answer).toContain('Tomas Vale');
  });

  it('reads "chairs" as a noun ("the deck chairs", "chairs were set out") as no one chairing, and as a verb as one', () => {
    const reshuffle = (line: string) =>
      briefArticle(parsePlainText(`Minister reshuffles cabinet\n\nPrime Minister Ana Roy on Wednesday named three new ministers.\n\n${line}`));
    expect(reshuffle('Opposition leader Tom Vale called it "rearranging the deck chairs".').ask('Who chaired the meeting?').answered).toBe(false);
    expect(reshuffle('Opposition leader Tom Vale said chairs were set out for the press.').ask('Who chaired the meeting?').answered).toBe(false);
    expect(reshuffle('Tom Vale, who chairs the cabinet office, spoke first.').ask('Who chairs the cabinet office?').answer).toContain('Tom Vale');
  });

  it("takes a chair's title for who chaired only of a meeting, a body that sits, or what the question names", () => {
    const launch = briefArticle(
      parsePlainText(`Lander touches down

The Lima Space Agency's lander touched down on the Moon on Wednesday.

Agency chairman Ana Roy said the lander was healthy.`),
    );
    expect(launch.ask('Who chaired the meeting?').answered).toBe(false);
    expect(launch.ask('Who chairs the Lima Space Agency?').answer).toContain('Ana Roy');
    const presser = briefArticle(
      parsePlainText(`Lima sign striker

Lima signed striker Tom Vale on Monday, the club told a press conference.

Chairman Ana Roy said the deal showed the club's ambition.`),
    );
    expect(presser.ask('Who chaired the meeting?').answered).toBe(false);
  });

  it('takes no chair of a body the question, the event and the headline do not name for the one who chaired', () => {
    const ruling = (headline: string) =>
      briefArticle(
        parsePlainText(`${headline}

The appeal court on Wednesday upheld a ban on night flights at Lima airport.

"This is a victory for sleep," said Ana Roy, chair of the Lima Residents' Association.`),
      );
    expect(ruling('Court upholds ban on night flights').ask('Who chaired the meeting?').answered).toBe(false);
    expect(ruling('Court upholds ban on night flights').ask("Who chairs the residents' association?").answer).toContain('Ana Roy');
  });
});

describe('a transcript: speakers, questions and turns', () => {
  const article = parsePlainText(`Bank holds rates

Transcript of the press conference given by Governor Ana Roy after the committee meeting on 12 March. Roy said on Monday that the bank would be patient.

Ana Roy: Good afternoon. The committee voted 7-2 to hold the policy rate at 4.25%.

Q: Governor, is a cut in June now likely?

Ana Roy: If the data continue as we expect, a cut in June is a real possibility.

Q: What about wage growth?

Ana Roy: Wage growth is still running at 5.1%, which is too high.`);
  const report = briefArticle(article);

  it('a speaker label is no dateline', () => {
    expect(article.datelinePlace).toBeNull();
    expect(report.card.event.location).toBeNull();
  });

  it('a question put in the text is no answer; the turn after it is', () => {
    expect(report.ask('Is a cut in June likely?').answer).toContain('a real possibility');
  });

  it('"vote" finds "voted", though no word of the question is written the same', () => {
    expect(report.ask('What was the vote?').answer).toContain('voted 7-2');
  });

  it("the speaker's turns are their words", () => {
    expect(report.ask('What did Ana Roy say about wage growth?').answer).toContain('5.1%');
  });
});

describe('where what comes next will be: the host the text names', () => {
  const report = briefArticle(
    parsePlainText(`Leaders agree to resume summits

The leaders of Peru, Chile and Bolivia agreed on Monday in Lima to hold their summit every year again.

Mr Vale said Chile would host the next summit in 2025.`),
  );

  it('answers "Where will the next summit be held?" with the host, and declines for what has none', () => {
    expect(report.ask('Where will the next summit be held?').answer).toContain('Chile would host the next summit');
    expect(report.ask('Where will the next conference be held?').answered).toBe(false);
  });

  it('reads the host told the other way round ("will be hosted by Quito"), and not a host of what was', () => {
    const told = (line: string) =>
      briefArticle(parsePlainText(`Leaders agree to resume summits\n\nThe leaders of Peru, Chile and Bolivia met on Monday in Lima.\n\n${line}`));
    expect(told('The next summit will be hosted by Quito in 2027.').ask('Where will the next summit be held?').answer).toBe(
      'The next summit will be hosted by Quito in 2027.',
    );
    expect(told('In 2027, the next summit is to be hosted by the United States.').ask('Where will the next summit be held?').answer).toContain(
      'hosted by the United States',
    );
    expect(told('The summit was hosted by President Tom Vale.').ask('Where will the next summit be held?').answered).toBe(false);
  });
});

describe("a list's line as an answer reads as a sentence", () => {
  it('leaves out the list\'s joint after the item and opens with a capital ("(c) set up a fund …; and")', () => {
    const report = briefArticle(
      parsePlainText(
        'Leaders sign water declaration\n\nLeaders of Peru, Chile and Bolivia signed the Lima Declaration on Friday.\n\nUnder the declaration, the three countries agreed to:\n\n(a) create a glacier monitoring network by 2028;\n\n(b) share river flow data in real time;\n\n(c) set up a fund of $300 million for drought-hit communities; and\n\n(d) hold the next summit in Quito in 2029.',
      ),
    );
    expect(report.ask('How much money?').answer).toBe('Set up a fund of $300 million for drought-hit communities.');
  });
});

describe('how many of the items put forward passed or failed: the sentence that counts them, not the list', () => {
  const bank = (outcome: string) =>
    briefArticle(
      parsePlainText(
        `Lender approves capital increase\n\nGovernors of the Andes Development Bank on Monday approved a $5 billion capital increase.\n\nBank President Ana Roy put forward five proposals to speed up lending, including a fast-track window for small loans and a guarantee fund for local bonds. ${outcome}\n\nThe bank did not say how the increase would be split.`,
      ),
    );

  it('answers "How many proposals were adopted?" with "two of the five were adopted", in any word of passing', () => {
    const report = bank('Only two of the five were adopted on Monday; the others go back to the board.');
    for (const q of ['How many proposals were adopted?', 'How many proposals passed?', 'How many proposals were approved?'])
      expect(report.ask(q).answer, q).toBe('Only two of the five were adopted on Monday; the others go back to the board.');
    expect(bank('Three of the five measures were carried.').ask('How many proposals passed?').answer).toBe('Three of the five measures were carried.');
    // (A share of another whole is not theirs: "19 of the 22 members voted in favour".)
    expect(bank('Tom Vale said 19 of the 22 members were approved as voters.').ask('How many proposals were approved?').answer).not.toMatch(/19 of the 22/);
  });

  it('answers "Which proposals were rejected?" with "All five were defeated", in any word of failing', () => {
    const report = bank('All five were defeated.');
    for (const q of ['Which proposals were rejected?', 'How many proposals failed?']) expect(report.ask(q).answer, q).toBe('All five were defeated.');
  });

  it('declines "Which proposals were rejected?" when nothing says any was, rather than give the list', () => {
    const report = bank('The board will discuss them in May.');
    for (const q of ['Which proposals were rejected?', 'How many proposals were rejected?', 'Which proposals failed?']) {
      expect(report.ask(q).answered, q).toBe(false);
      expect(report.ask(q).answer, q).toBe(`The article does not say that any proposal was ${/(rejected|failed)/.exec(q)![1]}.`);
    }
    // (… and one that reports none says so.)
    const none = briefArticle(
      parsePlainText('Lender approves capital increase\n\nGovernors of the Andes Development Bank on Monday approved a $5 billion capital increase.'),
    );
    expect(none.ask('Which proposals were rejected?').answer).toBe('The article does not report any proposals.');
    // (What was put forward is still the list.)
    expect(report.ask('What proposals were put forward?').answer).toMatch(/^The article states 5 proposals and lists 2: 1\. A fast-track window/);
  });
});

describe('amendments tabled: the list for what was put forward, the sentence for how the vote on one went', () => {
  const report = briefArticle(
    parsePlainText(`Council approves bus lanes

The council voted 7-4 on Tuesday to approve bus lanes on three roads.

Three amendments were tabled. Councillor Ana Roy proposed keeping loading bays open before 7 a.m.; that amendment passed. Councillor Tom Vale proposed a one-year pilot on a single road, which failed 5-6. A third amendment, from Councillor Ivo Kant, asked for a review after 18 months.`),
  );

  it('lists the amendments for "What amendments were tabled?"', () => {
    expect(report.ask('What amendments were tabled?').answer).toMatch(/^3 amendments: 1\. Keeping loading bays open before 7 a\.m\. 2\. A one-year pilot/);
  });

  it('answers "Which amendments passed?" with the sentence that says which', () => {
    expect(report.ask('Which amendments passed?').answer).toBe('Councillor Ana Roy proposed keeping loading bays open before 7 a.m.; that amendment passed.');
  });

  it('answers "Did anyone vote against?" with a tally, which counts those against', () => {
    const budget = briefArticle(
      parsePlainText(
        'Lima passes budget\n\nLima city council approved a £312 million budget on Friday.\n\nThe budget passed by 31 votes to 22, with three abstentions.',
      ),
    );
    expect(budget.ask('Did anyone vote against?').answer).toBe('The budget passed by 31 votes to 22, with three abstentions.');
  });

  it('reads "What are the demands?" as a question about what was put forward', () => {
    const charter = briefArticle(
      parsePlainText(
        'Farmers submit charter\n\nFarmers met the minister on Monday and submitted a 10-point charter of demands.\n\nThe charter demands a loan waiver for small farmers, crop insurance payouts within 30 days, and compensation of Rs 20,000 per acre.',
      ),
    );
    expect(charter.ask('What are the demands?').answer).toContain('1. A loan waiver for small farmers 2. Crop insurance payouts within 30 days');
  });

  it('reads "What are the commitments?" so too', () => {
    const pact = briefArticle(
      parsePlainText(
        'Ports sign a clean air pact\n\nHarbour masters from 12 ports signed a clean air pact in Lima on Friday.\n\nThe pact sets out three commitments: shore power at every berth, cleaner tugs by 2028, and a shared emissions register.',
      ),
    );
    expect(pact.ask('What are the commitments?').answer).toMatch(/^3 commitments: 1\. Shore power at every berth 2\. Cleaner tugs by 2028/);
  });
});

describe('"How many people were there?": the crowd at the event, else any count of people', () => {
  const ask = (text: string, q = 'How many people were there?') => briefArticle(parsePlainText(`Headline of the report\n\n${text}`)).ask(q);

  it('is the crowd that packed the meeting, not a count of children who attend a school', () => {
    const a = ask(
      'The Lima school board voted 5-2 on Thursday to delay closing two schools, after more than 200 parents packed the meeting.\n\nParents who spoke included Ana Roy, whose two children attend Westbrook, and Tom Vale.',
    );
    expect(a.answer).toContain('200 parents packed the meeting');
  });

  it('is a crowd put at a figure, and no share of voters', () => {
    expect(
      ask('Thousands marched through Lima on Saturday.\n\nPolice put the crowd at 85,000, while organisers said more than 300,000 took part.').answer,
    ).toContain('crowd at 85,000');
    expect(ask('Ana Roy won the Lima mayoral election on Sunday.\n\nTurnout was 68.2 per cent, the highest in two decades.').answered).toBe(false);
  });

  it('is no count of people elsewhere when the event is a meeting: workers a plan would hire were not there', () => {
    expect(
      ask(
        'Andes leaders closed a two-day summit in Lima on Sunday.\n\nThey agreed to set up a rapid-response corps of 3,000 health workers.\n\nThe conflict has displaced some 2 million people.',
      ).answered,
    ).toBe(false);
  });

  it('is any count of people where no event gathered them (on board a boat)', () => {
    expect(ask('A boat sank off Lima on Friday.\n\nThe boat, carrying about 86 people, left the port on Thursday night.').answer).toContain('86 people');
  });
});

describe('"Why …?": the sentence that gives the reason comes before a lead that gives none', () => {
  const report = briefArticle(
    parsePlainText(`Council extends Quito mission for a year, with two abstentions

The council voted on Monday to extend its political mission in Quito for another 12 months, with 13 votes in favour and Peru and Chile abstaining.

The resolution, drafted by Bolivia and Ecuador, asks the mission to help the authorities prepare for elections and to report back within 90 days.

Bolivia's ambassador, Tom Vale, told the council the mission was "a lifeline."

Peru's deputy ambassador, Ana Roy, said Lima abstained because the resolution did not address the flow of weapons into the country. Chile's ambassador, Ivo Kant, said sanctions had "failed to deliver results."`),
  );

  it('answers "Why did Peru abstain?" with the reason first', () => {
    expect(report.ask('Why did Peru abstain?').answer).toMatch(/^Peru's deputy ambassador, Ana Roy, said Lima abstained because/);
  });

  it('answers "Why is Halvex cutting jobs?" with the lead that gives a cause after "as" ("as demand … falls"), not a sentence that gives none', () => {
    const cuts = briefArticle(
      parsePlainText(`Halvex to cut 3,200 jobs

Halvex Appliances said on Wednesday it would cut 3,200 jobs and close two factories in Peru as demand for its washing machines falls.

Halvex did not say how many of the job cuts would fall in Peru.`),
    );
    expect(cuts.ask('Why is Halvex cutting jobs?').answer).toBe(
      'Halvex Appliances said on Wednesday it would cut 3,200 jobs and close two factories in Peru as demand for its washing machines falls.',
    );
    // ("as the summit closed" is when, not why.)
    expect(
      briefArticle(
        parsePlainText(
          'Halvex to cut jobs\n\nHalvex said it would cut 3,200 jobs, as the meeting closed on Wednesday.\n\nHalvex did not say how many of the job cuts would fall in Peru because talks continue.',
        ),
      ).ask('Why is Halvex cutting jobs?').answer,
    ).toMatch(/because talks continue/);
  });
});

describe('a plain word a letter from a name is no name ("value" is not "Vale")', () => {
  const report = briefArticle(
    parsePlainText(`Lima Water agrees takeover

Lima Water agreed on Monday to buy Quito Pumps in a deal that values the company at $2.1 billion.

The deal will cost shareholders nothing, finance director Tom Vale told reporters.

Tom Vale said the company would cut 40 jobs.`),
  );

  it('answers "How much is the deal\'s value?" from the deal, not from what Tom Vale said', () => {
    for (const q of ["How much is the deal's value?", 'What is the value of the deal?'])
      expect(report.ask(q)).toMatchObject({ answered: true, answer: expect.stringContaining('$2.1 billion') });
  });

  it('still reads a misspelled name written as a name', () => {
    expect(report.ask('What did Tom Vaile say about jobs?').answer).toContain('40 jobs');
  });
});

describe('a question\'s word inside a longer one that is not its form ("again" in "against", "opposed" in "unopposed")', () => {
  const report = briefArticle(
    parsePlainText(`Bank raises rates

The Lima central bank raised its main rate to 4.25 percent on Thursday.

The sol rose 0.3 percent against the dollar after the announcement.

Governor Ana Roy was returned unopposed for a second term at the same meeting.`),
  );

  it('does not answer "Will rates rise again?" with a rise "against the dollar"', () => {
    expect(report.ask('Will rates rise again?').answered).toBe(false);
  });

  it('does not answer "Who opposed it?" with one "returned unopposed"', () => {
    expect(report.ask('Who opposed it?').answer).not.toContain('unopposed');
  });

  it('still reads a word in its own forms ("rose" for "rise") and whole ("unopposed")', () => {
    expect(report.ask('How much did the sol rise?').answer).toContain('0.3 percent');
    expect(report.ask('Who was returned unopposed?').answer).toContain('Ana Roy');
  });
});

describe('an event the text sets for later ("A hearing is set for October") is not the reported one', () => {
  it('answers "When is the hearing?" with the day it is set for, not the day of the sentencing', () => {
    const report = briefArticle(
      parsePlainText(`Two jailed over Lima fraud

Two former Lima Bank traders were jailed on Friday for rigging a benchmark rate.

Prosecutors will seek to recover 8 million soles from the two. A hearing on that is set for October.`),
    );
    const a = report.ask('When is the hearing?');
    expect(a.answer).toContain('October');
    expect(a.answer).not.toContain('Friday');
  });
});

describe('an "against" that opposes nothing the event weighed: a currency\'s price, a witness\'s evidence', () => {
  it('does not answer "Who opposed it?" with "the sol rose 0.3 percent against the dollar" nor "agreed to testify against him"', () => {
    const report = briefArticle(
      parsePlainText(`Bank raises rates

The Lima central bank raised its main rate to 4.25 percent on Thursday.

The sol rose 0.3 percent against the dollar after the announcement.

Two traders received suspended sentences after they agreed to testify against him.`),
    );
    expect(report.ask('Who opposed it?').answered).toBe(false);
  });
});

describe('a meeting agreed on is what comes next ("agreed to meet again in Quito")', () => {
  const report = briefArticle(
    parsePlainText(`Ministers back water plan

Water ministers from six countries met in Lima on Wednesday and endorsed a plan to share river data.

Ana Roy said ministers had also agreed to meet again in Quito in early 2028.`),
  );

  it('answers "Where will the next meeting be?" and "Where will they meet next?" with it', () => {
    for (const q of ['Where will the next meeting be?', 'Where will they meet next?'])
      expect(report.ask(q)).toMatchObject({ answered: true, answer: expect.stringContaining('meet again in Quito') });
  });
});

describe('a union conference: motions passed with no list, and a minister who did not address it', () => {
  const report = briefArticle(
    parsePlainText(`Teachers vote to strike

Members of the teachers' union voted to strike at their annual conference in Lima on Monday.

Delegates also passed motions calling for smaller class sizes and for inspections to be scrapped.

Polls suggest most parents back the teachers.

Education Secretary Ana Roy, who did not address the conference, said the offer was "fair".`),
  );

  it('answers "What motions were passed?" from the sentence that says so', () => {
    expect(report.ask('What motions were passed?').answer).toContain('smaller class sizes');
    // "suggest" is no proposal: a question about proposals the text never names is declined.
    expect(report.ask('What proposals were made?').answered).toBe(false);
  });

  it('"who did not address the conference" was not there', () => {
    expect(report.ask('Did Ana Roy attend?').answer).toMatch(/^No\./);
    expect(report.card.participants.map((p) => p.name)).not.toContain('Ana Roy');
  });
});

describe('a vote that chose a host', () => {
  it('answers "Who won?" with what the vote chose, before a quote that calls it a victory', () => {
    const games = briefArticle(
      parsePlainText(
        'Lima to host 2036 Games\n\nThe International Olympic Committee on Friday chose Lima to host the 2036 Games.\n\nMembers voted 61-34 for Lima over Quito.\n\n"This is a victory for all of us," said President Ana Roy.',
      ),
    );
    expect(games.ask('Who won?').answer).toMatch(/^The International Olympic Committee on Friday chose Lima/);
  });
});

describe('an election report', () => {
  const election = briefArticle(
    parsePlainText(`Centrists hold Lima city hall

LIMA, Oct. 12 (Andes Wire) - Ana Roy's centre-right coalition narrowly held on to Lima's city hall on Sunday, winning 34.2 percent of the vote against 33.1 percent for the Socialist candidate Tomas Vale.

Prime Minister Luis Quito congratulated Roy in a post on X. President Rosa Diaz called the result "a sign of a living democracy".

The new council will be sworn in on Nov. 3.`),
  );

  it('answers who won from the winning share of the vote', () => {
    const a = election.ask('Who won the election?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('34.2 percent');
  });

  it('reads a month cut short as a date ("Nov. 3")', () => {
    const a = election.ask('When will the new council be sworn in?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('Nov. 3');
  });

  it('finds what an office only one person holds said, in its own sentence ("on X." ends one)', () => {
    const a = election.ask('What did the president say?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('living democracy');
    expect(a.answer).not.toContain('congratulated');
  });
});

describe('which countries, narrowed', () => {
  const ruling = briefArticle(
    parsePlainText(`Trade panel rules against steel duties

GENEVA — A trade panel chaired by Peruvian lawyer Ana Roy ruled on Monday that duties on steel from Chile broke the rules.

Chile's trade minister, Tomas Vale, called the ruling a victory.

China, Japan and the Philippines took part in the case as third parties.`),
  );

  it('answers a question narrower than who was there with the sentence that names those countries', () => {
    const a = ruling.ask('Which countries took part as third parties?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('China, Japan and the Philippines took part in the case as third parties.');
  });

  it('and the plain question with the list', () => {
    const a = ruling.ask('Which countries took part?');
    expect(a.answer).toMatch(/^Countries represented: /);
    expect(a.answer).toContain('Peru');
  });
});

describe('talks that adjourned', () => {
  const talks = briefArticle(
    parsePlainText(`Lima talks adjourn without truce

LIMA — Talks between the army and the rebels adjourned on Sunday without agreement on a ceasefire, Peru and Chile, which mediated the talks, said in a joint statement.

Peruvian Foreign Minister Ana Roy and Chilean Foreign Minister Tomas Vale chaired the sessions. Representatives of the Andean Community attended as observers.

The United Arab Emirates, invited as a facilitator, did not send a delegation.

The mediators said the talks would resume once both sides showed a serious commitment to a truce.`),
  );

  it('says whether a country came, in whichever form the question writes it', () => {
    const away = talks.ask('Did the UAE attend?');
    expect(away.answered).toBe(true);
    expect(away.answer).toMatch(/^No\. .*did not send a delegation/);
    const there = talks.ask('Did Chile attend?');
    expect(there.answer).toMatch(/^Yes\. /);
  });

  it('says "No" of countries the text says "were not represented", or one it says "was not represented"', () => {
    const summit = briefArticle(
      parsePlainText(`Andean leaders meet in Lima

Andean leaders met in Lima on Sunday.

Bolivia and Ecuador, which remain suspended from the bloc, were not represented. Colombia was not represented either.`),
    );
    for (const country of ['Bolivia', 'Ecuador']) expect(summit.ask(`Did ${country} attend?`).answer).toMatch(/^No\. .*were not represented/);
    expect(summit.ask('Did Colombia attend?').answer).toMatch(/^No\. .*Colombia was not represented/);
  });

  it('answers a question narrower than who was there with its sentence', () => {
    expect(talks.ask('Who attended as observers?').answer).toContain('Representatives of the Andean Community attended as observers.');
    expect(talks.ask('Who took part?').answer).toMatch(/^Participants: /);
  });

  it('finds "agreed" as "agreement", and a resumption that waits on a condition', () => {
    expect(talks.ask('Was a ceasefire agreed?').answer).toContain('without agreement on a ceasefire');
    const when = talks.ask('When will the talks resume?');
    expect(when.answered).toBe(true);
    expect(when.answer).toContain('would resume once both sides');
  });
});

describe('a recall and a vote', () => {
  const recall = briefArticle(
    parsePlainText(`Carmaker recalls 1.2 million vehicles over faulty airbags

LIMA (Andes Wire) — Vale Motors is recalling about 1.2 million SUVs and pickup trucks in Peru and Chile because the airbag may not inflate, the company said Tuesday.

The recall covers 2021 to 2024 models of the Ridgeline and the Prowler. The company said it knew of 14 minor injuries but no deaths.

In March it recalled 400,000 vehicles to fix rear-view cameras.`),
  );
  const vote = briefArticle(
    parsePlainText(`Senate backs thesis rule

The academic senate voted 41 to 12 on Wednesday to require that all theses be written without AI tools, with three members abstaining.

Provost Michael Chen told the senate that 18 percent of theses had been flagged.

Vice-Chancellor Ruth Amadi said the university would review the rule in two years. The rule applies to students who begin from October 2027.`),
  );

  it('answers a question in the present from the lead, whose figure the headline counts, not from what happened before', () => {
    const a = recall.ask('How many vehicles are being recalled?');
    expect(a.answer).toContain('1.2 million SUVs');
    expect(a.answer).not.toContain('400,000');
    expect(recall.ask('How many vehicles did it recall in March?').answer).toContain('400,000');
  });

  it('knows a few words by others the text uses ("affected" — covers, "killed" — deaths, "take effect" — applies)', () => {
    expect(recall.ask('Which models are affected?').answer).toContain('2021 to 2024 models');
    expect(recall.ask('Has anyone been killed?').answer).toContain('no deaths');
    expect(vote.ask('When does the rule take effect?').answer).toContain('October 2027');
  });

  it('reads what people "want" as their demands', () => {
    const march = briefArticle(
      parsePlainText(`Thousands march in Lima

Thousands of students marched through Lima on Saturday in the largest protest in years, demanding the release of all documents on the bridge's repair.`),
    );
    expect(march.ask('What do the protesters want?').answer).toContain('demanding the release');
  });

  it('counts who did what a verb says ("How many abstained?")', () => {
    expect(vote.ask('How many abstained?').answer).toContain('three members abstaining');
  });

  it('does not take a question word for a name a letter away ("when" is not "Chen")', () => {
    const a = vote.ask('When will the rule be reviewed?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('in two years');
  });
});

describe('a bill and a rate decision', () => {
  const bill = briefArticle(
    parsePlainText(`Lawmakers pass harbour bill

Members of Congress voted 214 to 191 on Friday to pass the Harbour Bill, sending it to the Senate.

An amendment from Representative Ana Roy to cap fees was rejected by 38 votes.

Speaker Tom Vale voted in favour, while Representative Lee Kim voted against.

The Senate will begin its scrutiny in September. If passed, the law would not take effect for up to four years.`),
  );
  const bank = briefArticle(
    parsePlainText(`Central bank holds rates

The Lima Reserve Bank kept its main interest rate at 4.5 percent on Thursday, with its board voting 6-3 to hold.

"Interest rates remain on a gradually declining path," Governor Rosa Diaz said.`),
  );

  it('answers "What was the vote?" with a tally, the main one first', () => {
    expect(bill.ask('What was the vote?').answer).toContain('214 to 191');
    expect(bank.ask('What was the vote?').answer).toContain('6-3');
  });

  it('answers "What was the vote?" with the votes cast, not with a sentence that only names another vote', () => {
    const plan = briefArticle(
      parsePlainText(
        'Ministers back storage plan\n\nEnergy ministers backed a gas storage plan in Lima on Tuesday.\n\nPeru and Chile voted against, saying the target was too costly.\n\nBolivia was represented by its ambassador, after its minister stayed in La Paz for a parliamentary vote.',
      ),
    );
    expect(plan.ask('What was the vote?').answer).toBe('Peru and Chile voted against, saying the target was too costly.');
  });

  it('declines "What was the vote?" where the only vote is one named as an occasion ("because of a parliamentary vote")', () => {
    const funeral = briefArticle(
      parsePlainText(
        'Leaders attend funeral\n\nLeaders from 40 countries attended the state funeral of former President Ana Roy in Lima on Monday.\n\nChancellor Tom Vale was unable to attend because of a parliamentary vote in Quito and was represented by Ivo Kant.',
      ),
    );
    expect(funeral.ask('What was the vote?').answered).toBe(false);
    // (A vote named with how it went still answers: "in a vote of 112 to 88".)
    const bill = briefArticle(parsePlainText('Bill passes\n\nThe rent bill passed the senate on Monday in a vote of 112 to 88.'));
    expect(bill.ask('What was the vote?').answer).toContain('112 to 88');
  });

  it('answers a measure with an amount, not a quotation that names it', () => {
    expect(bank.ask('What is the interest rate?').answer).toContain('4.5 percent');
    const aid = briefArticle(
      parsePlainText(`Leaders agree aid package

Leaders agreed on Thursday to a €50 billion support package for Lima.

Ana Roy had blocked the package at a summit in December.

Council President Tom Vale announced the deal less than an hour after the meeting opened.`),
    );
    expect(aid.ask('How big is the package?').answer).toContain('€50 billion support package');
    expect(aid.ask('When was the deal announced?').answer).toContain('less than an hour after the meeting opened');
  });

  it('answers "What happens next?" with what the text says will come, and when', () => {
    const a = bill.ask('What happens next?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('The Senate will begin its scrutiny in September.');
  });

  it.each([
    [
      'The court struck down the levy on Friday.\n\nThe court gave the government 12 months to refund the money collected.',
      'The court gave the government 12 months to refund the money collected.',
    ],
    ['The board fired its chair on Monday.\n\nShe was given 30 days to appeal the decision.', 'She was given 30 days to appeal the decision.'],
    [
      'Lima Bikes recalled 40,000 bicycles on Tuesday.\n\nOwners have two weeks to return them for a refund.',
      'Owners have two weeks to return them for a refund.',
    ],
    [
      'A draft resolution failed in the Andes Council on Friday.\n\nUnder council rules, the assembly must meet within ten working days of a veto to debate its use.',
      'Under council rules, the assembly must meet within ten working days of a veto to debate its use.',
    ],
    [
      'A draft resolution failed in the Andes Council on Friday.\n\nPeru\'s envoy, Ana Roy, said the sponsors would bring a new text "within weeks".',
      'Peru\'s envoy, Ana Roy, said the sponsors would bring a new text "within weeks".',
    ],
  ])('answers "What happens next?" with a time given to do something: %s', (text, next) => {
    expect(briefArticle(parsePlainText(`Day in Lima\n\n${text}`)).ask('What happens next?').answer).toBe(next);
  });

  it('answers "What happens next?" with what comes next season, not with a decision that lasts "for the next five years"', () => {
    const ask = (text: string) => briefArticle(parsePlainText(`Day in Lima\n\n${text}`)).ask('What happens next?').answer;
    expect(ask('Lima United won the Andes Cup on Saturday.\n\nLima United will play in the continental championship next season.')).toBe(
      'Lima United will play in the continental championship next season.',
    );
    expect(
      ask('The Lima parliament on Wednesday passed a bill capping rent increases for the next five years.\n\nThe Senate is expected to vote on it in May.'),
    ).toBe('The Senate is expected to vote on it in May.');
  });

  it.each([
    // Rules "for the next global health emergency" set nothing to come: that emergency may come, or not.
    [
      'Health ministers adopted rules on Tuesday for sharing vaccines in the next global health emergency.\n\nTalks on an annex will begin in July.',
      'Talks on an annex will begin in July.',
    ],
    // A decision that lasts "until the end of next year" is no step to come.
    [
      'Oil producers agreed on Sunday to extend their output cuts until the end of next year.\n\nThe ministers will meet again on June 1.',
      'The ministers will meet again on June 1.',
    ],
    // What someone said would happen "before the end of the year", and a time told far after the "would".
    [
      'Ministers failed on Thursday to agree on asylum rules.\n\nAna Roy, who chaired the meeting, said talks would continue and that she hoped for a deal before the end of the year.',
      'Ana Roy, who chaired the meeting, said talks would continue and that she hoped for a deal before the end of the year.',
    ],
    [
      'Finance ministers backed a minimum tax on Saturday.\n\nAna Roy said the deal would be put to the bloc’s leaders for final approval at their summit in Lima in October.',
      'Ana Roy said the deal would be put to the bloc’s leaders for final approval at their summit in Lima in October.',
    ],
    // The lead that tells the decision comes after what comes next: its future is what was decided.
    [
      'Peru and Chile signed a trade pact on Monday that will remove tariffs on 95% of goods within ten years.\n\nThe pact must still be ratified by both parliaments.',
      /^The pact must still be ratified by both parliaments\./,
    ],
    // … though not a lead whose own clause is to come.
    [
      'The new timetable will start from next September after the board voted 6-2 on Monday to approve it.\n\nAna Roy said the district would report back on costs in June.',
      /^The new timetable will start from next September/,
    ],
  ])('answers "What happens next?" of "%s" with what comes next', (text, answer) => {
    const report = briefArticle(parsePlainText(`Day in Lima\n\n${text}`));
    const got = report.ask('What happens next?').answer;
    if (typeof answer === 'string') expect(got).toBe(answer);
    else expect(got).toMatch(answer);
  });

  it('answers "What happens next?" with a meeting the sides agreed to hold again, and when', () => {
    const talks = briefArticle(
      parsePlainText(
        'Peru and Chile hold arms talks\n\nDelegations from Peru and Chile held two days of talks on arms control in Lima this week.\n\nThe two delegations agreed to meet again in September, a spokesperson said.',
      ),
    );
    expect(talks.ask('What happens next?')).toMatchObject({ answered: true, answer: expect.stringContaining('agreed to meet again in September') });
  });

  it('answers "What happens next?" with what someone said would come within a time, and declines with no time given', () => {
    const hearing = (said: string) =>
      briefArticle(parsePlainText(`Judge hears rent challenge\n\nA judge on Tuesday heard a challenge by landlords to Lima's rent rules.\n\n${said}`));
    expect(hearing('Judge Ana Roy said she would deliver her ruling in writing within six weeks.').ask('What happens next?')).toMatchObject({
      answered: true,
      answer: expect.stringContaining('within six weeks'),
    });
    expect(hearing('Judge Ana Roy said the rules would have failed in 2019.').ask('What happens next?').answered).toBe(false);
    // … or on a day, after the verb that reports it
    expect(hearing('Mayor Tom Vale thanked the judge and said he would meet the landlords on Monday.').ask('What happens next?')).toMatchObject({
      answered: true,
      answer: expect.stringContaining('on Monday'),
    });
    expect(hearing('Mayor Tom Vale said the rules had been written on Monday.').ask('What happens next?').answered).toBe(false);
    // (The day must be the "would"'s, not the telling's: "told staff on Monday that the rules would fall on landlords".)
    expect(hearing('Mayor Tom Vale told staff on Monday that the rules would fall mostly on landlords.').ask('What happens next?').answered).toBe(false);
    expect(hearing('Mayor Tom Vale said the city would "study the ruling" and consult landlords before next month.').ask('What happens next?').answered).toBe(
      true,
    );
  });

  it('counts the countries the card names in words that agree with the count ("1 country", "2 countries")', () => {
    const talks = (line: string) => briefArticle(parsePlainText(`Talks in Lima\n\n${line}`)).ask('How many countries took part?').answer;
    expect(talks('Peru hosted talks on fishing in Lima on Monday.')).toBe('The article names 1 country: Peru.');
    expect(talks('Peru and Chile held talks on fishing in Lima on Monday.')).toBe('The article names 2 countries: Peru, Chile.');
  });

  it.each([
    ['Who won?', 'Andes Air cut fares on its ten busiest routes as it tries to win back customers lost to a rival.', false],
    ['Who won?', 'Ana Roy, who is expected to win, spoke first.', false],
    ['Who won?', 'Ana Roy could have won the race.', false],
    ['Who won?', 'Ana Roy went on to win the race by two seconds.', true],
    ['Who won?', 'Ana Roy called for win-win cooperation with the region.', false],
    ['Who won?', 'The award-winning director Ana Roy spoke first.', false],
    ['Who won?', 'Ana Roy won the race by two seconds.', true],
    ['What was signed?', 'The two ministers are due to sign a trade agreement on Friday.', false],
    ['What was signed?', 'The two ministers signed a trade agreement on Friday.', true],
    // News told in reported speech happened ("said it would recall"); a participle after "are" is the present.
    ['How many cars were recalled?', 'Halden Motors said on Thursday it would recall about 410,000 cars because an airbag may fail.', true],
    ['How many cars are recalled?', 'Halden Motors said on Thursday it would recall about 410,000 cars because an airbag may fail.', true],
    ['Who won?', 'Ana Roy would have won the race but for a fall.', false],
    // A negated verb tells no outcome either ("We are not declaring victory", "has not yet decided").
    ['Who won?', '"We are not declaring victory," Ana Roy told reporters.', false],
    ['Who won?', 'Ana Roy has never won the race.', false],
    ['What was decided?', 'Two firms returned to five days and one has not yet decided.', false],
    ['What was agreed?', 'The two ministers have not agreed on the route.', false],
    ['What was decided?', 'The board decided not to close the school.', true],
    // (Nor is signing up for something an agreement signed.)
    ['What was decided?', 'The researchers plan a second trial in March, with 120 companies already signed up.', false],
    // A participle as an adjective says of no one that they did it ("a proposed agreement"); the verb does.
    ['Who proposed it?', 'Trade ministers from Peru and Chile met on Monday to discuss a proposed agreement on copper.', false],
    ['Who proposed the agreement?', 'The newly proposed agreement on copper was discussed on Monday.', false],
    ['Who proposed the agreement?', 'The agreement on copper was proposed by Chile on Monday.', true],
    ['Who signed it?', 'The ministers read the signed agreement aloud on Monday.', false],
    // ("that" before the verb is a relative pronoun, no determiner: "fighting that killed more than 300 people" tells a killing.)
    ['How many people were killed?', 'A ceasefire ended three weeks of fighting that killed more than 300 people.', true],
    // (… as is one in the question itself: "armed" asks of no act.)
    ['How much did Peru pledge for its armed forces?', 'Peru pledged $40 million for its armed forces on Monday.', true],
    ['What was the original proposed fine?', 'The board had told the authority to raise its proposed fine from €190 million.', true],
    // (… nor one a determiner makes a noun: "the injured" were visited, not injured by anyone asked about.)
    ['Who visited the injured?', 'President Ana Roy visited the injured at a hospital in Lima.', true],
  ])('asked "%s" of "%s", answers: %s (a verb of what has not happened tells no outcome)', (question, line, answered) => {
    const report = briefArticle(parsePlainText(`Day in Lima\n\nIt was a busy day in Lima on Tuesday.\n\n${line}`));
    expect(report.ask(question).answered).toBe(answered);
  });

  it('reads "freed" and "released" as one act ("Who was freed?" is answered by the lead that says "released")', () => {
    const freed = briefArticle(
      parsePlainText(
        'Kidnapped aid workers freed\n\nThree aid workers kidnapped in northern Peru in October have been released unharmed, their employer said on Sunday.\n\nThe interior minister, Ana Roy, said no ransom had been paid. She did not say who had held the workers or how they had been freed.',
      ),
    );
    expect(freed.ask('Who was freed?').answer).toMatch(/^Three aid workers kidnapped/);
  });

  it('reads "them" in a question as no word the answer must hold ("Who took them?" is not answered by "bought most of them")', () => {
    const masks = briefArticle(
      parsePlainText(
        'Museum to return 40 gold masks\n\nThe Lima Museum will return 40 gold masks to Peru, its trustees announced on Thursday.\n\nThe masks were taken from a temple in 1890. The museum bought most of them between 1920 and 1950. About ten of them will stay in Lima on loan.',
      ),
    );
    expect(masks.ask('Who took them?').answered).toBe(false);
    expect(masks.ask('Who bought them?').answer).toBe('The museum bought most of them between 1920 and 1950.');
  });

  it('answers "What happens next?" with what will go on for a while ("expected to continue for several days")', () => {
    const quake = briefArticle(
      parsePlainText(
        'Earthquake kills 42 in Peru\n\nA magnitude 6.8 earthquake struck southern Peru on Sunday, killing at least 42 people.\n\nAftershocks are expected to continue for several days, the institute warned.',
      ),
    );
    expect(quake.ask('What happens next?').answer).toBe('Aftershocks are expected to continue for several days, the institute warned.');
  });

  it('answers "What happens next?" with no forecast made in an earlier year ("told the 2020 meeting that it would … by 2025")', () => {
    const story = (line: string) =>
      briefArticle(
        parsePlainText(`Drugmaker sets new target\n\nPublished 14 March 2024\n\nBOSTON — Halvex on Wednesday set a revenue target of $9 billion.\n\n${line}`),
      );
    const then = 'The plan breaks with former chief executive Tom Vale, who told the 2020 investor day that Halvex would "be in every field by 2025".';
    expect(story(then).ask('What happens next?').answered).toBe(false);
    expect(story('In 2019, Vale said that the plant would open by 2025.').ask('What happens next?').answered).toBe(false);
    // A forecast made this year is what the report says comes next.
    expect(story('Ana Roy told the 2024 investor day that Halvex would file for approval by 2025.').ask('What happens next?')).toMatchObject({
      answered: true,
      answer: expect.stringContaining('by 2025'),
    });
  });

  it('answers "What happens next?" with a text expected on a day, a sentencing set for one, or a stage still to come, before a forecast of effect', () => {
    const story = (...lines: string[]) =>
      briefArticle(parsePlainText(`Talks run late\n\nClimate talks in Lima ran past their close on Friday.\n\n${lines.join('\n\n')}`));
    expect(story('A new text is expected on Saturday morning.').ask('What happens next?').answer).toBe('A new text is expected on Saturday morning.');
    expect(story('Judge Ana Roy set sentencing for May 14.').ask('What happens next?').answer).toBe('Judge Ana Roy set sentencing for May 14.');
    expect(story('Rain is expected in the north.').ask('What happens next?').answered).toBe(false);
    expect(
      story(
        'Minister Ana Roy said the plan would cut the risk of shortages next winter.',
        'The Lima parliament must still approve the rules.',
        'Ministers will meet again in June.',
      ).ask('What happens next?').answer,
    ).toBe('The Lima parliament must still approve the rules. Ministers will meet again in June.');
  });

  it('answers "Why was the meeting held?" only with what the meeting was for, and declines with none', () => {
    const meeting = (...lines: string[]) =>
      briefArticle(parsePlainText(`Ministers meet\n\nMinisters met in Lima on Tuesday and backed a plan on water.\n\n${lines.join('\n\n')}`));
    expect(meeting('The talks were called to discuss river levels after a drought.').ask('Why was the meeting held?').answer).toBe(
      'The talks were called to discuss river levels after a drought.',
    );
    expect(
      meeting('Mayor Ana Roy, who called the meeting after 400 residents signed a petition, said the city would act.').ask('Why did they meet?').answer,
    ).toMatch(/^Mayor Ana Roy, who called the meeting after 400 residents/);
    for (const line of [
      'Ministers will meet again in June to review the first figures.',
      'Tom Vale joined the session by video link to discuss a trade deal.',
      'Ana Roy said that "this type of meeting has value because views are exchanged."',
    ])
      expect(meeting(line).ask('Why was the meeting held?')).toMatchObject({ answered: false, answer: 'The article does not say why the meeting was held.' });
  });

  it('answers who chaired the meeting with the chair of the body that convened it, not of another body', () => {
    const conference = (line: string) =>
      briefArticle(
        parsePlainText(
          `Donors pledge half\n\nDonors pledged $246 million on Thursday at a conference in Lima.\n\n${line}\n\n"We asked for a full response," said Ana Roy, who chairs the alliance.`,
        ),
      );
    expect(conference('The conference was convened by the Lima Relief Alliance.').ask('Who chaired the meeting?').answer).toMatch(/^Ana Roy\b/);
    expect(conference('The conference was convened by the Lima Relief Council.').ask('Who chaired the meeting?').answered).toBe(false);
  });

  it('shows a sentence that closes a quotation from where the quotation opens, with who is quoted', () => {
    const club = briefArticle(
      parsePlainText(`Lima sign striker

Lima have signed striker Ana Roy for a club-record fee, the club announced on Monday.

At a press conference, manager Tom Vale said: "She is exactly the player we needed. She will start on Saturday."`),
    );
    const expected = 'At a press conference, manager Tom Vale said: "She is exactly the player we needed. She will start on Saturday."';
    expect(club.ask('What happens next?').answer).toBe(expected);
    expect(club.ask('When will she start?').answer).toBe(expected);
  });

  it('takes no past report for what comes next for its "next month\'s" thing, its "five-point plan to", "a government plan to" or its "organisation\'s next"', () => {
    const a = briefArticle(
      parsePlainText(`Minister resigns

Minister Ana Roy resigned on Thursday after leaking details of next month's budget.

Leaders on Sunday adopted a five-point plan to tackle hunger.

Thousands marched in Lima on Saturday against a government plan to raise the retirement age.

On Saturday they chose Ama Boateng as the organisation's next secretary-general.

The budget will be delivered on 21 May as planned.`),
    ).ask('What happens next?');
    expect(a.answer).toBe('The budget will be delivered on 21 May as planned.');
  });

  it('answers "What happens next?" with a step someone will take where the text gives no time, not with a "will" of opinion', () => {
    const meeting = (last: string) =>
      briefArticle(
        parsePlainText(`Residents oppose quarry

More than 300 residents packed the Lima village hall on Tuesday night to oppose a quarry expansion.

${last}`),
      ).ask('What happens next?');
    expect(meeting('The parish council will submit a formal objection.').answer).toBe('The parish council will submit a formal objection.');
    expect(meeting('Campaigners said the lorries will ruin the village.').answered).toBe(false);
  });

  it('answers "What happens next?" with when a decision takes effect, not with the year a budget is for or plans opposed', () => {
    const council = briefArticle(
      parsePlainText(`Council approves budget

Lima City Council on Monday approved a $412 million budget for next year by a vote of 7 to 2.

More than 300 residents packed the hall to oppose plans to expand the quarry on Tuesday night.

The budget takes effect on July 1.`),
    );
    expect(council.ask('What happens next?').answer).toBe('The budget takes effect on July 1.');
    // … though not a change named only as when something else happens.
    const prices = briefArticle(
      parsePlainText(`Inflation falls

Inflation in Lima fell to 3.2% in March.

Governor Ana Roy said last week that inflation was likely to fall in April, when a cut in the energy price cap takes effect.

The bank's committee next meets on May 9.`),
    );
    expect(prices.ask('What happens next?').answer).toBe("The bank's committee next meets on May 9.");
  });

  it('answers "What was decided?" of a trial with its verdict, not a sentence that names decisions of another kind; and declines "What was agreed?"', () => {
    const trial = briefArticle(
      parsePlainText(
        'Mayor guilty of bribery\n\nA jury in Lima on Thursday found former mayor Tom Vale guilty of two counts of bribery.\n\nThe developer, Ivo Kant, pleaded guilty last year.\n\nLima council said it would review every planning decision Vale took part in.',
      ),
    );
    expect(trial.ask('What was decided?').answer).toMatch(/^A jury in Lima on Thursday found former mayor Tom Vale guilty/);
    // (A verdict, a ruling upheld or a veto decides what nobody agreed.)
    expect(trial.ask('What was agreed?')).toMatchObject({ answered: false, answer: 'The article does not say what was agreed.' });
    const appeal = briefArticle(parsePlainText('Ban upheld\n\nThe appeal court in Lima on Monday upheld the ban on night flights.'));
    expect(appeal.ask('What was decided?').answer).toMatch(/^The appeal court in Lima on Monday upheld the ban/);
    expect(appeal.ask('What was agreed?').answered).toBe(false);
  });

  it('answers "What was the verdict?" with the verdict, not a sentence that only names it', () => {
    const trial = (after: string) =>
      briefArticle(parsePlainText(`Former mayor cleared\n\nA former mayor of Lima, Tom Vale, was acquitted on Monday of taking bribes.\n\n${after}`));
    for (const after of ['Prosecutors said they would study the verdict.', 'Prosecutors said they would study the verdict before deciding whether to appeal.'])
      for (const q of ['What was the verdict?', 'What was the verdict in the case?'])
        expect(trial(after).ask(q).answer).toMatch(/^A former mayor of Lima, Tom Vale, was acquitted/);
  });

  it('answers "What happens next?" with a hearing adjourned until a day, or the first day something could take place', () => {
    const report = (text: string) =>
      briefArticle(parsePlainText(`Mayor guilty of bribery\n\nA jury in Lima on Thursday found former mayor Tom Vale guilty of bribery.\n\n${text}`));
    expect(report('Judge Ana Roy adjourned sentencing until 4 April.').ask('What happens next?').answer).toBe(
      'Judge Ana Roy adjourned sentencing until 4 April.',
    );
    expect(report('The union must give two weeks of notice, so the first strike could not take place before 22 June.').ask('What happens next?').answered).toBe(
      true,
    );
    expect(report('Judge Ana Roy had adjourned an earlier trial in 2019.').ask('What happens next?').answered).toBe(false);
    expect(report('Under the rules, the companies have until 24 March to make a firm offer.').ask('What happens next?').answer).toContain(
      'have until 24 March',
    );
  });

  it('answers "What happens next?" with a meeting planned or set for a month', () => {
    const report = (text: string) =>
      briefArticle(
        parsePlainText(`Donors pledge $4 billion\n\nForty countries pledged $4 billion in Lima on Thursday to rebuild after the floods.\n\n${text}`),
      );
    expect(report('A follow-up meeting to review progress is planned for September in Quito.').ask('What happens next?').answer).toBe(
      'A follow-up meeting to review progress is planned for September in Quito.',
    );
    expect(report('The first payments are set for March.').ask('What happens next?').answered).toBe(true);
    expect(report('The floods were the worst since 1998.').ask('What happens next?').answered).toBe(false);
    // A committee's next meeting on a day; a trial planned (the verb, not the noun), a forecast for a day.
    expect(report("The committee's next meeting is on 18 December.").ask('What happens next?').answer).toBe("The committee's next meeting is on 18 December.");
    expect(report('The researchers plan a second, larger trial starting in March.').ask('What happens next?').answered).toBe(true);
    expect(report('Winds are forecast to ease on Monday.').ask('What happens next?').answered).toBe(true);
    // (A plan of theirs, or one the text names as a noun, is no step ahead: "the plan a panel drew up in March".)
    expect(report("Chile's plan a decade ago was dropped in March.").ask('What happens next?').answered).toBe(false);
    expect(report('Forecasters were wrong on Monday.').ask('What happens next?').answered).toBe(false);
    // A short month with its day, a weekday's fixture; not a plan marched against ("against government plans to raise …").
    expect(report('The unions said they would strike on Oct. 3 if the bill stays.').ask('What happens next?').answered).toBe(true);
    expect(report("The coach said Vale would start for Sunday's derby.").ask('What happens next?').answered).toBe(true);
    expect(report('Thousands marched on Saturday against government plans to raise the retirement age.').ask('What happens next?').answered).toBe(false);
  });

  it('reads a law by the word that closes its name ("When was the law passed?" of "The Public Order Act was passed …"), not a word inside one', () => {
    const act = (line: string) =>
      briefArticle(
        parsePlainText(`Court strikes down protest law\n\nThe Supreme Court on Friday struck down a law that banned protests near parliament.\n\n${line}`),
      );
    const passed = 'The Public Order (Parliament Zone) Act was passed last year after weeks of protests.';
    expect(act(passed).ask('When was the law passed?').answer).toBe(passed);
    expect(act('The Lima Water Bill was passed in March by a wide margin.').ask('When was the law passed?').answer).toContain('in March');
    // ("Act" opening a name is no law: "the campaign group Act Now was founded in 2019.")
    expect(act('The campaign group Act Now was founded in 2019 by farmers.').ask('When was the law founded?').answered).toBe(false);
  });

  it('reads "not … for up to four years" as when, and a named voter\'s sentence on half the other words', () => {
    expect(bill.ask('When will the law take effect?').answer).toContain('for up to four years');
    expect(bill.ask('Did Vale vote for the bill?').answer).toContain('Speaker Tom Vale voted in favour');
  });
});

describe('an interview', () => {
  const interview = briefArticle(
    parsePlainText(`Interview: Peru's foreign minister on lithium and the Andes summit

Peru's Foreign Minister Ana Roy spoke to our correspondent in Cusco on Monday ahead of next week's Andes Alliance summit in Quito.

Q: Will Peru sign the new lithium agreement with Chile?
A: We are close. Our teams have agreed on 90 percent of the text.

Q: What will Peru propose in Quito?
A: Two things: a common digital market and a fund for climate adaptation of $500 million.

Q: Some say Peru depends too much on Chile.
A: Chile buys 40 percent of our exports.`),
  );

  it('reads a three-letter verb with its -s ("buys" is "buy")', () => {
    expect(interview.ask('How much does Chile buy?').answer).toContain('40 percent');
  });

  it('answers a question the interviewer put with the turn after it, not the question', () => {
    const a = interview.ask('Will Peru sign the lithium agreement?');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('We are close');
    expect(a.evidence.join(' ')).not.toContain('Q:');
    expect(interview.ask('What will Peru propose in Quito?').answer).toContain('a common digital market');
  });

  it('places the summit the interview comes ahead of, not where the interview was', () => {
    expect(interview.ask('Where is the summit?').answer).toContain('Andes Alliance summit in Quito');
  });
});

describe('a numbered explainer', () => {
  const explainer = briefArticle(
    parsePlainText(`Five things to know about the new port rules

The Lima port rules, the region's first on shipping emissions, come into force on Thursday. Here is what changes.

1. Bans come first. Practices deemed an "unacceptable risk", such as dumping ballast water, will be banned from February 2025.

2. Big ships face strict checks. Ships over 5,000 tonnes must meet requirements on fuel, crew and reporting by August 2026.

3. Small boats have their own rules. Owners of small boats must publish summaries of their fuel use.

4. Fines are steep. Breaches can cost companies up to 35 million soles or 7 percent of turnover, whichever is higher.

5. A port office will enforce it. The new office inside the harbour board, headed by Ana Roy, will oversee the checks.`),
  );

  it("reads a sentence inside a numbered item with the item's heading", () => {
    expect(explainer.ask('How big are the fines?').answer).toContain('35 million soles');
  });
});

describe('stem', () => {
  it('reads a doubled consonant before an ending as one ("banned" is "ban"), but keeps a double l, s, f or z', () => {
    expect(stem('banned')).toBe(stem('bans'));
    expect(stem('planning')).toBe(stem('plan'));
    expect(stem('committed')).toBe(stem('commit'));
    expect(stem('called')).toBe(stem('call'));
    expect(stem('passed')).toBe(stem('pass'));
  });

  it('reads a short word the same with "-es", "-e", "-ed" and "-ing" ("votes", "vote", "voted", "voting"; "lines", "line")', () => {
    expect(new Set(['votes', 'vote', 'voted', 'voting'].map(stem)).size).toBe(1);
    expect(stem('lines')).toBe(stem('line'));
    expect(stem('buses')).toBe(stem('bus'));
    // (… and "-ings": "How much will they save?" is answered by "cost savings of $600 million".)
    expect(stem('savings')).toBe(stem('save'));
  });

  it('reads a final "y" after a consonant as "ies" and "ied" ("carry", "carries", "carried"; "country", "countries")', () => {
    expect(new Set(['carry', 'carries', 'carried'].map(stem)).size).toBe(1);
    expect(stem('country')).toBe(stem('countries'));
    expect(stem('study')).toBe(stem('studies'));
    // … but not after a vowel ("delay", "delays"), nor in a short word ("city" keeps its "y").
    expect(stem('delay')).toBe(stem('delays'));
  });
});

describe('a probe that carries instruments, and its weight', () => {
  const probe = briefArticle(
    parsePlainText(`Lima launches Andes probe

An Andes 2 rocket carrying the 5.9-tonne Condor probe lifted off from Lima on Thursday.

The mission carries ten instruments, including a radar built by Chile.`),
  );

  it('answers "How many instruments does the probe carry?" with "carries ten instruments"', () => {
    expect(probe.ask('How many instruments does the probe carry?').answer).toContain('carries ten instruments');
  });

  it('answers "How heavy is the probe?" with its weight in tonnes', () => {
    expect(probe.ask('How heavy is the probe?').answer).toContain('5.9-tonne');
  });
});

describe('a height asked', () => {
  const hall = (line: string) =>
    briefArticle(
      parsePlainText(
        `Hall backs turbine\n\nResidents packed the village hall in Lima on Tuesday and voted by 142 to 61 to back a wind turbine.\n\nThe turbine, which would cost about 3.5 million soles, would be paid for by a share offer.\n\n${line}`,
      ),
    );

  it('answers "How tall is the turbine?" (and "… will … be?") with its height in metres, not its cost or the vote', () => {
    const a = hall('Opponents said the 120-metre turbine would spoil views from the hills.');
    expect(a.ask('How tall is the turbine?').answer).toBe('Opponents said the 120-metre turbine would spoil views from the hills.');
    expect(a.ask('How tall will the turbine be?').answer).toBe('Opponents said the 120-metre turbine would spoil views from the hills.');
  });

  it('declines "How tall is the turbine?" where the text gives no height', () => {
    expect(hall('Opponents said the turbine would spoil views from the hills.').ask('How tall is the turbine?').answered).toBe(false);
  });
});

describe('why someone was away', () => {
  const talks = briefArticle(
    parsePlainText(`Andean ministers meet in Quito

Foreign ministers of the Andean Community met in Quito on Monday.

Colombia was represented by its vice foreign minister, Juan Diaz, as Foreign Minister Luis Mora was travelling in Asia.

Peruvian Foreign Minister Tom Vale chaired the meeting.`),
  );

  it('answers with the sentence that says they were away, and says so when the text names them as taking part', () => {
    expect(talks.ask('Why was Mora absent?').answer).toContain('was travelling in Asia');
    expect(talks.ask('Why did Vale skip the meeting?').answer).toMatch(/does not say Tom Vale was away/);
  });
});

describe('an office written short', () => {
  const results = briefArticle(
    parsePlainText(`Lima Power profit jumps

Lima Power reported a 40 percent rise in profit on Thursday.

Chief executive Ana Roy said the company would invest in wind. Chief financial officer Tom Vale said higher output had offset lower prices.`),
  );

  it('reads "the CFO" as the chief financial officer and "the CEO" as the chief executive', () => {
    expect(results.ask('What did the CFO say?').answer).toContain('higher output had offset lower prices');
    expect(results.ask('Who is the CEO?').answer).toContain('Ana Roy');
  });
});

describe('a distance', () => {
  it('answers "How far away …?" with the distance, "away" being no word the text must use', () => {
    const find = briefArticle(
      parsePlainText(`Water found on rocky planet

Astronomers have found water vapour on a rocky planet 48 light years from Earth, a study in Andes Astronomy said on Monday.`),
    );
    expect(find.ask('How far away is the planet?').answer).toContain('48 light years');
  });

  it('answers "How far did the carriages fall?" with the distance in its units, not a sentence without one', () => {
    const crash = briefArticle(
      parsePlainText(`Train derails in Peru

A train derailed near Lima on Monday, killing 11 people. Three carriages fell about 15 metres into the river.`),
    );
    expect(crash.ask('How far did the carriages fall?').answer).toBe('Three carriages fell about 15 metres into the river.');
  });
});

describe("leaders' talks", () => {
  const talks = briefArticle(
    parsePlainText(`Peru and Chile sign 12 agreements

LIMA, July 2 (Andes Wire) -- Peruvian President Ana Roy held talks with her Chilean counterpart Tomas Vale in Lima on Tuesday, and the two witnessed the signing of 12 cooperation agreements.

Roy said Peru is willing to deepen the partnership. Vale said Chile firmly supports the new port.

The two sides agreed to raise bilateral trade to 40 billion U.S. dollars by 2030.`),
  );

  it('answers what someone said with a sentence where they speak, not one that only names them', () => {
    expect(talks.ask('What did Vale say?').answer).toContain('Vale said Chile firmly supports the new port.');
  });

  it('reads a target as reports write it ("agreed to raise … to … by 2030")', () => {
    expect(talks.ask('What is the trade target?').answer).toContain('40 billion U.S. dollars by 2030');
  });
});

describe("a country's other name", () => {
  it('reads the country a question names as the article names it ("UAE" for "United Arab Emirates"), and echoes the question as asked', () => {
    const quota = briefArticle(
      parsePlainText(`Oil producers extend cuts

Oil producers agreed on Thursday to extend their output cuts by nine months.

The United Arab Emirates was granted a 300,000 barrel increase in its production target.`),
    );
    const a = quota.ask('What was the UAE granted?');
    expect(a.answer).toContain('300,000 barrel');
    expect(a.question).toBe('What was the UAE granted?');
  });
});

describe('a vote counted in votes', () => {
  it('answers "How many countries voted in favour?" with the tally, whose count is in votes', () => {
    const vote = briefArticle(
      parsePlainText(`Assembly backs resolution

The Andes Assembly on Wednesday adopted a resolution on river data, with 31 votes in favour, two against and one abstention.

Peru and Chile voted against it.`),
    );
    expect(vote.ask('How many countries voted in favour?').answer).toContain('31 votes in favour');
  });

  it('answers "How many countries voted in favour?" with a count of those who voted, whatever the text calls them', () => {
    const council = briefArticle(
      parsePlainText(`Council fails to adopt text

A draft resolution on the Lima river failed in the Andes Council on Friday after Peru cast a veto.

Eleven of the council's 15 members voted in favour of the text, drafted by Chile and Bolivia.`),
    );
    expect(council.ask('How many countries voted in favour?').answer).toBe(
      "Eleven of the council's 15 members voted in favour of the text, drafted by Chile and Bolivia.",
    );
  });

  it('answers "How many voted against?" and "… in favour?" with a tally that counts both sides ("voted by 142 to 61")', () => {
    const hall = briefArticle(
      parsePlainText('Hall backs turbine\n\nMore than 200 residents packed the village hall in Lima on Tuesday and voted by 142 to 61 to back a wind turbine.'),
    );
    for (const q of ['How many voted against?', 'How many voted in favour?', 'How many people voted in favor?'])
      expect(hall.ask(q).answer, q).toContain('voted by 142 to 61');
  });

  it('answers "How many votes?" and "How many voted against?" with a tally told as "in a vote of 112 to 88"', () => {
    const bill = briefArticle(
      parsePlainText(
        'Parliament caps rents\n\nLawmakers in Lima passed a bill on Wednesday that caps rent increases at 3% for five years, in a vote of 112 to 88.\n\nThe law was proposed by Housing Minister Ana Roy.',
      ),
    );
    for (const q of ['How many votes?', 'How many voted against?', 'How many voted in favour?']) {
      expect(bill.ask(q).answered, q).toBe(true);
      expect(bill.ask(q).answer, q).toContain('a vote of 112 to 88');
    }
  });
});

describe("a country and its people's adjective", () => {
  it('reads "Peru" in a question where the text says "Peruvian" ("cost Peru" / "cost the Peruvian economy")', () => {
    const embargo = briefArticle(
      parsePlainText(`Assembly condemns embargo

The Andes Assembly on Wednesday condemned the embargo on Peru for the tenth year.

The foreign minister told the assembly that the embargo had cost the Peruvian economy $5 billion last year.`),
    );
    expect(embargo.ask('How much has the embargo cost Peru?').answer).toContain('$5 billion');
  });
});

describe('an age, and a pronoun for a person', () => {
  const election = briefArticle(
    parsePlainText(`Roy elected to lead rowing body

Ana Roy of Peru was elected president of the World Rowing Federation on Thursday, the first woman to lead it in its 131-year history.

Roy, 41, a two-time Olympic champion, won 49 of the 97 votes cast. She will take over from Tom Vale on June 23, when his 12-year term ends.`),
  );

  it('answers "How old …?" with an age as reports give it, not a span of years', () => {
    expect(election.ask('How old is Roy?').answer).toMatch(/^Roy, 41,/);
  });

  it('answers "How old …?" with an age given before "and" ("Roy, 22 and seeded ninth, broke serve …")', () => {
    const final = briefArticle(
      parsePlainText(`Roy wins first title in Lima

Peru's Ana Roy won her first major title on Saturday, beating top seed Lia Mora of Chile 6-4, 3-6, 7-5 in the final.

Roy, 22 and seeded ninth, broke serve in the final game to become the first Peruvian woman to win the title.`),
    );
    expect(final.ask('How old is Roy?').answer).toMatch(/^Roy, 22 and seeded ninth,/);
  });

  it('reads a pronoun as the one person a report names, and asks for a name when it could be anyone', () => {
    // (The report names no one but Roy, and says "she" of her: "she" is Roy.)
    const a = election.ask('What did she say?');
    expect(a.answered).toBe(false);
    expect(a.answer).toBe('The article does not report what Ana Roy said.');
    const two = briefArticle(
      parsePlainText(
        "Peru and Chile sign water pact\n\nPeru's Ana Roy and Chile's Ivo Kant signed a water-sharing pact in Lima on Monday.\n\nKant said she and Roy had talked for a year.",
      ),
    );
    expect(two.ask('What did she say?').answer).toBe('Ask about someone by name: "she" could be anyone the article names.');
  });
});

describe('a count of whom something happened to', () => {
  const quake = briefArticle(
    parsePlainText(`Earthquake kills 214 in Andes

A magnitude 6.8 earthquake struck the Andes on Sunday, killing at least 214 people and injuring more than 1,900, the disaster agency said.

About 8,000 rescue workers were deployed to the region.`),
  );

  it('counts "How many were injured?" by the verb, also when the count follows it ("injuring more than 1,900")', () => {
    expect(quake.ask('How many were injured?').answer).toContain('more than 1,900');
  });

  it('does not count a verb\'s word used as a noun ("8,000 rescue workers" rescued nobody)', () => {
    expect(quake.ask('How many were rescued?').answered).toBe(false);
  });

  it('counts "How many were evacuated?" by whoever the passive verb counts before it, and guests and staff as people', () => {
    const eruption = briefArticle(
      parsePlainText(`Volcano erupts near town

A volcano erupted on Wednesday, forcing the evacuation of a town and a spa.

Around 700 guests and staff were evacuated from the Lima Spa, a spokesperson said.

Most of the town's 3,700 residents had already left their homes after earlier eruptions.`),
    );
    expect(eruption.ask('How many were evacuated from the spa?').answer).toContain('Around 700 guests and staff');
    expect(eruption.ask('How many people were evacuated?').answer).toContain('Around 700 guests and staff');
  });
});

describe('holders of an office given to them', () => {
  it('names who were appointed as mediators', () => {
    const summit = briefArticle(
      parsePlainText(`Leaders appoint mediators

Andean leaders met in Lima on Sunday and gave three members until July to reconsider leaving the bloc.

Peru's President Ana Roy and Chile's President Tom Vale were appointed as mediators to lead talks with the three.`),
    );
    expect(summit.ask('Who are the mediators?').answer).toContain('Ana Roy and Chile');
  });
});

describe('a span, an apology, an office written short', () => {
  const outage = briefArticle(
    parsePlainText(`Payments firm blames update for outage

Lima Pay said on Tuesday that a faulty software update caused the six-hour outage that left shops unable to take card payments on Saturday.

About 3.1 million transactions failed during the outage, the company said.

"We let our customers down, and I am sorry," chief executive Ana Roy said.`),
  );

  it('answers "How long …?" with a span of time, not any amount ("3.1 million transactions")', () => {
    expect(outage.ask('How long did the outage last?').answer).toContain('six-hour outage');
  });

  it('reads "the CEO" as the chief executive the article names, and "apologise" as "sorry"', () => {
    expect(outage.ask('Did the CEO apologise?').answer).toContain('I am sorry');
  });
});

describe('a call', () => {
  it('answers "Who did X speak with?" from "X spoke today with Y", and says they spoke, not met', () => {
    const call = briefArticle(
      parsePlainText(`Readout of the President's call

President Ana Roy spoke today with Prime Minister Tom Vale of Peru.

President Roy welcomed Peru's decision to cut tariffs, and the leaders agreed that their trade ministers would meet within 60 days.`),
    );
    expect(call.ask('Who did the President speak with?').answer).toBe('Ana Roy spoke with Tom Vale: Prime Minister, Peru.');
  });
});

describe('a count in an ordinal, and the counted noun after a modifier', () => {
  it('answers "How many rate cuts …?" with "its third cut this year"', () => {
    const bank = briefArticle(
      parsePlainText(`Bank cuts rates again

The Andes Central Bank cut its deposit rate by 25 basis points to 3.25% on Thursday, its third cut this year.

The decision was unanimous.`),
    );
    expect(bank.ask('How many rate cuts has the bank made this year?').answer).toContain('third cut this year');
    expect(bank.ask('How many cuts this year?').answer).toContain('third cut this year');
  });
});

describe("a document's length, and an irregular verb", () => {
  const deal = briefArticle(
    parsePlainText(`Parties sign coalition deal

Three parties signed a coalition agreement in Lima on Thursday.

The 211-page agreement commits the new government to cut the deficit.

President Ana Roy is expected to swear in the government on Monday.`),
  );

  it('answers "How long is the agreement?" with its pages', () => {
    expect(deal.ask('How long is the agreement?').answer).toContain('211-page');
  });

  it('answers "Who will supply the turbines?" with "will be supplied by" ("supply" and "supplied" are one word)', () => {
    const wind = briefArticle(
      parsePlainText(`Halvex to build offshore wind farm

Halvex Energy said on Monday that it had received final approval to build a 1.2-gigawatt wind farm off the coast of Peru.

The project will consist of 80 turbines and is expected to supply electricity to about 1.5 million homes when it begins operating in 2030.

The turbines will be supplied by Nordwind GmbH under a contract signed in March.`),
    );
    expect(wind.ask('Who will supply the turbines?').answer).toBe('The turbines will be supplied by Nordwind GmbH under a contract signed in March.');
  });

  it('answers "How many people died?" with the news\'s toll before one of a flood years ago', () => {
    const floods = briefArticle(
      parsePlainText(`Rivers peak in southern Peru

Rivers in southern Peru reached their highest levels in 50 years on Wednesday after four days of heavy rain.

At least seven people have died, including two firefighters whose vehicle was swept away near the town of Ica, police said.

Peru last suffered flooding on this scale in 1995, when 22 people died.`),
    );
    expect(floods.ask('How many people died?').answer).toMatch(/^At least seven people have died/);
    expect(floods.ask('How many people died in 1995?').answer).toMatch(/^Peru last suffered flooding/);
  });

  it('answers "How many people died?" with the news\'s toll, in any words, before the toll of the worst one since a year', () => {
    const crash = briefArticle(
      parsePlainText(`Train derails in Peru

A passenger train derailed in a mountain pass in central Peru on Saturday, killing at least seven people, officials said.

It was the deadliest rail accident in Peru since 2009, when 19 people died in a collision near Ica.`),
    );
    expect(crash.ask('How many people died?').answer).toMatch(/^A passenger train derailed/);
    expect(crash.ask('How many people died in 2009?').answer).toMatch(/^It was the deadliest rail accident/);
  });

  it('answers "Who called the strike?" with who called it, not with who called it a name', () => {
    const strike = briefArticle(
      parsePlainText(`Airport strike cancels 600 flights

About 600 flights were cancelled at Lima airport on Monday as baggage handlers walked out in a dispute over pay.

A spokeswoman for Lima Airports Group called the strike "disproportionate" and said the company had offered to resume talks.

The 24-hour strike, called by the Transport Workers Union, began at dawn.`),
    );
    expect(strike.ask('Who called the strike?').answer).toBe('The 24-hour strike, called by the Transport Workers Union, began at dawn.');
  });

  it('answers "How many people are sick?" from "has sickened more than 1,400"', () => {
    const cholera = briefArticle(
      parsePlainText(`Cholera outbreak kills 38 in Peru

A cholera outbreak has killed 38 people and sickened more than 1,400 in Peru's Loreto province since late August, the health ministry said on Friday.`),
    );
    expect(cholera.ask('How many people are sick?').answer).toMatch(/sickened more than 1,400/);
  });

  it('answers "How many streets?" from the prose before a summary line above it that counts them too', () => {
    const ban = briefArticle(
      parsePlainText(`City bans cars from old town

Key points:
- Cars banned from 14 streets from 1 March
- Fines of 150 euros for breaking the ban

Lima's old town will be closed to most cars from 1 March, after the city council voted 27-12 on Monday to create a pedestrian zone covering 14 streets.`),
    );
    expect(ban.ask('How many streets?').answer).toMatch(/^Lima's old town will be closed/);
  });

  it('answers "How long could the eruption last?" with "could last for weeks", not the years since the last one', () => {
    const volcano = briefArticle(
      parsePlainText(`Volcano erupts in southern Peru

The Misti volcano in southern Peru erupted on Sunday for the first time in 60 years, forcing about 5,000 people to leave their homes.

Volcanologist Ana Roy of the Lima Geophysical Institute said the eruption was "moderate" but could last for weeks.`),
    );
    expect(volcano.ask('How long could the eruption last?').answer).toBe(
      'Volcanologist Ana Roy of the Lima Geophysical Institute said the eruption was "moderate" but could last for weeks.',
    );
    // (… nor is a time told from another a span: "four years ago", "45 minutes later".)
    const talks = briefArticle(
      parsePlainText(`Defence ministers meet in Lima

Defence ministers met in Lima on Thursday, four years ago to the day since the pact was signed.

Classes will start 45 minutes later from next September.`),
    );
    expect(talks.ask('How long did it last?').answered).toBe(false);
  });

  it('answers "Will Vega appeal?" from what Vega\'s lawyer said of his client', () => {
    const fraud = briefArticle(
      parsePlainText(`Bank executives convicted of fraud

Three former executives of the collapsed Banco Austral were convicted of fraud in Lima on Wednesday.

Former chief executive Ricardo Vega was sentenced to 12 years in prison.

Vega's lawyer, Martin Soto, said his client would appeal.`),
    );
    expect(fraud.ask('Will Vega appeal?').answer).toBe("Vega's lawyer, Martin Soto, said his client would appeal.");
    // (Only the lawyer's words of their client: the lawyer's own age is not Vega's.)
    const aged = briefArticle(
      parsePlainText(`Bank executive convicted of fraud

Former chief executive Ricardo Vega was sentenced to 12 years in prison in Lima on Wednesday.

Vega's lawyer, Martin Soto, 45, said the verdict would be appealed.`),
    );
    expect(aged.ask('How old is Vega?').answer).not.toContain('45');
  });

  it('answers "How long is the line?" with its length, not with the lead\'s years of delay', () => {
    const metro = briefArticle(
      parsePlainText(`Lima Metro Line 3 opens after eight-year delay

Lima's third metro line opened to passengers on Saturday, eight years late, promising to cut journey times by up to an hour.

The 24-kilometre line, with 20 stations, runs from Comas in the north to the city centre.

A strike by drivers last year lasted two weeks.`),
    );
    expect(metro.ask('How long is the line?').answer).toBe('The 24-kilometre line, with 20 stations, runs from Comas in the north to the city centre.');
    // (A strike's length is a span of time: no kilometres are its.)
    expect(metro.ask('How long was the strike?').answer).toBe('A strike by drivers last year lasted two weeks.');
  });

  it('answers "How long is the frog?" with its length in centimetres, not the height it was found at in metres', () => {
    const frog = briefArticle(
      parsePlainText(`New frog species found in Peru

Scientists have discovered a new species of frog in a cloud forest in southern Peru, they said on Tuesday.

The frog is about 2 centimetres long, with bright orange eyes.

It was found at an altitude of 2,800 metres on the slopes of the Andes.`),
    );
    expect(frog.ask('How long is the frog?').answer).toBe('The frog is about 2 centimetres long, with bright orange eyes.');
  });

  it('reads "sworn" as "swear"', () => {
    expect(deal.ask('When will the government be sworn in?').answer).toContain('on Monday');
  });
});

describe("a court's tally", () => {
  it('answers "What was the vote?" with a judgment\'s tally ("in a 2-1 judgment")', () => {
    const court = briefArticle(
      parsePlainText(`Court overturns ruling

The Andes Court of Appeal ruled on Thursday that the plan is unlawful, overturning a lower court's decision in a 2-1 judgment.

The minister said the government would appeal.`),
    );
    expect(court.ask('What was the vote?').answer).toContain('2-1 judgment');
  });
});

describe('what comes next in reported speech', () => {
  it('answers "Will the government appeal?" first with "said the government would seek permission to appeal"', () => {
    const court = briefArticle(
      parsePlainText(`Court overturns ruling on flights

The Andes Court of Appeal ruled on Thursday that the government's plan to send asylum seekers abroad is unlawful, overturning a High Court decision.

Minister Ana Roy said the government would seek permission to appeal to the Supreme Court.`),
    );
    expect(court.ask('Will the government appeal?').answer).toMatch(/^Minister Ana Roy said the government would seek permission/);
  });
});

describe('a keynote', () => {
  const keynote = briefArticle(
    parsePlainText(`Lima Labs unveils cheaper headset

Chief executive Ana Roy told about 6,000 developers at the company's campus that the headset would go on sale on September 20.

The company also said it would open its maps service to third-party developers for the first time.

Lima Labs shares fell 1.9% during the presentation.`),
  );

  it('counts developers by a number, not by "third-party"', () => {
    const a = keynote.ask('How many developers attended?').answer;
    expect(a).toContain('6,000 developers');
    expect(a).not.toContain('third-party');
  });

  it('reads "the shares" as a company\'s shares, not "what share of"', () => {
    expect(keynote.ask('What happened to the shares?').answer).toContain('shares fell 1.9%');
  });
});

describe("the lead's answer first, and what else", () => {
  const g7 = briefArticle(
    parsePlainText(`Leaders pledge loan to Peru

Leaders of the Andes Group agreed on Thursday to provide a $50 billion loan to Peru using profits from frozen assets.

The loan, to be paid out by the end of the year, will be repaid with profits from about $300 billion of frozen assets.

The summit, hosted by Ana Roy at a resort near Lima, also discussed migration and artificial intelligence.`),
  );

  it('puts the lead first of two answers near in score', () => {
    expect(g7.ask('How big is the loan?').answer).toMatch(/^Leaders of the Andes Group agreed/);
  });

  it('reads "What else was discussed?" as what was discussed', () => {
    expect(g7.ask('What else was discussed?').answer).toContain('also discussed migration');
  });
});

describe('aid and assistance', () => {
  it('reads "aid" in a question where the text says "assistance"', () => {
    const briefing = briefArticle(
      parsePlainText(`Ministry briefs reporters

ANA ROY: Good afternoon. We are announcing $120 million in new humanitarian assistance for the Andes region.`),
    );
    expect(briefing.ask('How much aid for the region?').answer).toContain('$120 million');
  });
});

describe('the dead counted as deaths', () => {
  it('answers "How many people have died?" with "537 deaths", the text never saying "people"', () => {
    const outbreak = briefArticle(
      parsePlainText(`Health agency declares emergency

The Andes Health Agency declared a regional emergency on Wednesday over an outbreak of fever.

More than 15,600 cases and 537 deaths have been reported this year in Peru alone.`),
    );
    expect(outbreak.ask('How many people have died?').answer).toContain('537 deaths');
  });

  it("answers with the news's toll alone, not a quake of another year that the text recalls", () => {
    const quake = briefArticle(
      parsePlainText(`Quake kills 42 in Lima region

At least 42 people were killed when a magnitude 6.8 earthquake struck the Lima region early on Sunday, officials said.

The region was last hit by a deadly quake in 1988, when more than 2,000 people died.`),
    );
    expect(quake.ask('How many people died?').answer).toBe(
      'At least 42 people were killed when a magnitude 6.8 earthquake struck the Lima region early on Sunday, officials said.',
    );
  });
});

describe('a council vote, and an operation that ran', () => {
  const council = briefArticle(
    parsePlainText(`Rights council orders inquiry

The Andes Rights Council voted on Wednesday to set up a fact-finding mission on the border dispute.

The resolution, tabled by Peru and Chile, was adopted by a vote of 19 in favour, 16 against and 12 abstentions.

Bolivia and Ecuador were among those voting against.

The mission ran a pilot from March to June last year.`),
  );

  it('answers "What was the vote?" with "19 in favour, 16 against", and "How many abstained?" with "12 abstentions"', () => {
    expect(council.ask('What was the vote?').answer).toContain('19 in favour, 16 against');
    expect(council.ask('How many abstained?').answer).toContain('12 abstentions');
  });

  it('reads "run" as "ran"', () => {
    expect(council.ask('How long did the pilot run?').answer).toContain('from March to June');
  });

  it('declines a question that puts its verb before its subject with a colon, and one about a subject not discussed', () => {
    expect(council.ask('When will the mission report to Lima?').answer).toBe('The article does not say: when will the mission report to Lima?');
    expect(council.ask('What was discussed about Brazil?').answered).toBe(false);
  });
});

describe('getting somewhere', () => {
  it('answers "When will they reach Lima?" with "expected to fly on to Lima on Tuesday"', () => {
    const swap = briefArticle(
      parsePlainText(`Five nurses freed in exchange

Five nurses held abroad for two years landed in Quito on Monday after a prisoner exchange brokered by Ecuador.

The freed nurses are expected to fly on to Lima on Tuesday.`),
    );
    expect(swap.ask('When will they reach Lima?').answer).toContain('on Tuesday');
  });
});

describe('a place something is set for', () => {
  it('answers "Where is the final round?" with "pencilled in for Quito"', () => {
    const talks = briefArticle(
      parsePlainText(`Trade talks end without deal

Negotiators from the two blocs ended a week of talks in Lima on Friday without a deal.

A final round is pencilled in for Quito in early December.`),
    );
    expect(talks.ask('Where is the final round?').answer).toContain('for Quito');
  });
});

describe("an American hearing's card", () => {
  it('lists the United States for senators named with their party and state, and answers who chaired', () => {
    const hearing = briefArticle(
      parsePlainText(`Senators grill airline chiefs

The Senate Commerce Committee hearing, chaired by Sen. Ana Roy (D-Wash.), lasted nearly four hours.

"You left families on airport floors," said Sen. Tom Vale (R-Texas), the committee's ranking member.`),
    );
    expect(hearing.card.countries).toContain('United States');
    expect(hearing.card.participants.map((p) => p.name)).toEqual(['Ana Roy', 'Tom Vale']);
    expect(hearing.ask('Who chaired the hearing?').answer).toContain('Ana Roy');
  });
});

describe('the sentence with more of the question', () => {
  it('answers "What will Roy\'s bill require?" with the sentence that says "require", not one that only names the bill', () => {
    const hearing = briefArticle(
      parsePlainText(`Senators grill airline chiefs

Sen. Ana Roy (D-Minn.) said she would introduce a bill next month that would require airlines to pay passengers $300 for cancellations.

The committee will vote on Roy's bill after the recess, the chair said.`),
    );
    expect(hearing.ask("What will Roy's bill require?").answer).toMatch(/^Sen\. Ana Roy/);
  });
});

describe('a time set by an occasion', () => {
  it('answers "When will the committee vote?" with "after the Easter recess"', () => {
    const hearing = briefArticle(
      parsePlainText(`Senators grill airline chiefs

Senators questioned airline chiefs for four hours on Tuesday.

The committee will vote on the bill after the Easter recess, the chair said.`),
    );
    expect(hearing.ask('When will the committee vote?').answer).toContain('after the Easter recess');
  });
});

describe('how long: the span since a year it began', () => {
  const freed = briefArticle(
    parsePlainText(`Two freed in Lima prisoner swap

Two Chileans held in Peru were flown to Quito on Monday in a prisoner exchange brokered by Ecuador.

The freed men included businessman Tom Vale, 51, who had been held since 2015.

Peru's foreign minister, Ana Roy, has been in office since March 2021.`),
  );

  it('answers "How long was Vale held?" with "held since 2015"', () => {
    expect(freed.ask('How long was Vale held?').answer).toContain('held since 2015');
  });

  it('answers "How long has Roy been in office?" with "since March 2021"', () => {
    expect(freed.ask('How long has Roy been in office?').answer).toContain('since March 2021');
  });

  it('answers "How long has Kant been in office?" with "has been in office since June", a month with no year', () => {
    const report = briefArticle(
      parsePlainText(`Lima backs the bank

Finance Minister Ivo Kant, who has been in office since June, said the government backed the bank.

Her results since March were annulled, and the title went to Lia Mora.`),
    );
    expect(report.ask('How long has Kant been in office?').answer).toContain('in office since June');
    // (Not a month that only dates something else: "results since March".)
    expect(report.ask('How long was Mora held?').answered).toBe(false);
  });
});

describe('when a gathering is still to come', () => {
  it('answers "When will the ministers meet?" only from a sentence that tells of a meeting', () => {
    const freed = briefArticle(
      parsePlainText(`Aid workers freed in Lima

Three aid workers kidnapped in northern Peru were freed on Sunday.

Foreign Minister Ana Roy said the workers would fly home on Tuesday after medical checks. The union will strike again on Friday.`),
    );
    expect(freed.ask('When will the ministers meet?').answered).toBe(false);
    expect(freed.ask('When will they meet again?').answered).toBe(false);
    const talks = briefArticle(
      parsePlainText(`Ministers fail to agree on tariff

Trade ministers of Peru and Chile ended talks in Lima on Thursday without a deal.

The ministers will meet again in Quito in March, Foreign Minister Ana Roy said.`),
    );
    expect(talks.ask('When will the ministers meet?').answer).toBe('The ministers will meet again in Quito in March, Foreign Minister Ana Roy said.');
    // (… or of a gathering by its noun: "the hearing".)
    const court = briefArticle(
      parsePlainText(`Courier tells court he had no say

A courier told the Federal Court in Lima on Tuesday that he had no say over his routes.

Judge Ana Roy adjourned the hearing until Wednesday, when two more couriers are expected to give evidence.`),
    );
    expect(court.ask('When will they meet again?').answer).toMatch(/^Judge Ana Roy adjourned the hearing until Wednesday/);
  });
});

describe('a meeting asked of a report that tells of none', () => {
  it('declines "Where did they meet?" and "When did they meet?" of a theft, and answers them of a match', () => {
    const theft = briefArticle(
      parsePlainText(`Thieves steal gold masks in Lima

LIMA, 2 May — Thieves broke into a museum in Lima early on Thursday and stole three gold masks, police said.`),
    );
    for (const q of ['Where did they meet?', 'When did they meet?']) expect(theft.ask(q).answered, q).toBe(false);
    // (Nor is a final one that only comes before a word: "its final report", "the final two minutes".)
    const report = briefArticle(
      parsePlainText(`Pilots missed warnings, inquiry finds

QUITO — The pilots of a cargo plane that crashed near Quito in March ignored stall warnings in the final two minutes of the flight, investigators said on Tuesday.

In its final report, the board found that the plane had been flying too slowly.`),
    );
    for (const q of ['Where did they meet?', 'When did they meet?']) expect(report.ask(q).answered, q).toBe(false);
  });

  it.each([
    'Lima beat Quito 2-1 in the cup final at the National Stadium on Saturday.',
    'Lima beat Quito 2-1 in the final on Saturday, at the National Stadium.',
    'Lima beat Quito 2-1 in the final in the National Stadium on Saturday.',
    'Lima won the final against Quito 2-1 at the National Stadium on Saturday.',
    'Lima beat Quito 2-1 in the semi-final at the National Stadium on Saturday.',
    'Lima beat Quito 2-1 in a league match at the National Stadium on Saturday.',
    'Lima beat Quito 2-1 in a league game at the National Stadium on Saturday.',
    'Lima beat Quito 2-1 in the derby at the National Stadium on Saturday.',
  ])('answers "Where did they meet?" where sides met: %s', (told) => {
    expect(briefArticle(parsePlainText(`Lima report\n\nLIMA, 2 May — ${told}`)).ask('Where did they meet?').answered).toBe(true);
  });
});

describe('how long someone was held', () => {
  it.each([
    ['held', 'Tom Vale had been held since 2015.'],
    ['detained', 'Tom Vale was detained for three weeks.'],
    ['jailed', 'Tom Vale was jailed for six years in 2019.'],
    ['imprisoned', 'Tom Vale was imprisoned for six years.'],
    ['in custody', 'Tom Vale has been in custody for two months.'],
  ])('answers "How long was Vale held?" where the text says he was %s', (_word, told) => {
    const report = briefArticle(
      parsePlainText(`Lima frees Tom Vale

A court in Lima on Tuesday ordered the release of the businessman Tom Vale.

${told} Vale travelled from Lima to Quito.`),
    );
    expect(report.ask('How long was Vale held?').answer).toBe(told);
  });

  it('declines "How long was Roy held?" of one never held, whatever spans her sentences give', () => {
    const rescue = briefArticle(
      parsePlainText(`Lima rescues bank

Finance Minister Ana Roy said on Sunday the government would inject $2 billion into the bank after a run wiped out a fifth of its deposits in a week.

Roy flew from Lima to Quito for talks.`),
    );
    expect(rescue.ask('How long was Roy held?').answered).toBe(false);
  });
});

describe('how long: the time someone is given', () => {
  const ruling = briefArticle(
    parsePlainText(`Judge approves extradition of Tom Vale

A judge in Lima on Tuesday approved the extradition of Tom Vale to face fraud charges in Quito.

The judge sent the case to the interior minister, who has two months to sign the order. An appeal must be lodged within 14 days of the interior minister's decision.

Under the rules, Halvex has until 5pm on Friday to make a firm offer for Vale's company.`),
  );

  it('answers "How long does the interior minister have?" with "has two months to sign", not the appeal\'s "within 14 days"', () => {
    expect(ruling.ask('How long does the interior minister have?').answer).toBe(
      'The judge sent the case to the interior minister, who has two months to sign the order.',
    );
  });

  it('answers "How long does Halvex have?" with "has until 5pm on Friday to make a firm offer"', () => {
    expect(ruling.ask('How long does Halvex have?').answer).toContain('has until 5pm on Friday');
  });
});

describe('how long, how old: another person\'s age and clause of "who" tell nothing of the one asked', () => {
  const freed = briefArticle(
    parsePlainText(`Three freed in Lima prisoner swap

Three Chileans held in Peru were flown to Quito on Monday in a prisoner exchange brokered by Ecuador.

The freed men included businessman Tom Vale, 51, who had been held since 2015, and engineer Ivo Kant, who also holds Bolivian citizenship.`),
  );

  it('declines "How long was Kant held?" and "How old is Kant?": the span and the age are Vale\'s', () => {
    expect(freed.ask('How long was Kant held?').answered).toBe(false);
    expect(freed.ask('How old is Kant?').answered).toBe(false);
  });

  it('still answers them of Vale, from the same sentence', () => {
    expect(freed.ask('How long was Vale held?').answer).toContain('held since 2015');
    expect(freed.ask('How old is Vale?').answer).toContain('Tom Vale, 51');
  });
});

describe('a crowd that watched, and talks that could last until a month', () => {
  const final = briefArticle(
    parsePlainText(`Lima win cup final

Lima beat Quito 2-1 on Sunday to win the Andes Cup for the third time.

About 88,966 fans watched at the National Stadium.

Analysts said talks on a new league could last until mid-October.`),
  );

  it('answers "How many fans attended?" with a crowd that watched there', () => {
    expect(final.ask('How many fans attended?').answer).toContain('88,966 fans');
  });

  it('answers "How long could talks last?" with "until mid-October"', () => {
    expect(final.ask('How long could talks last?').answer).toContain('until mid-October');
  });

  it('declines a question with an auxiliary before a plain noun after a colon', () => {
    expect(final.ask('When could prices fall?').answer).toBe('The article does not say: when could prices fall?');
  });
});

describe('a referendum: a side asked for with "Who was against it?", not a person asked about', () => {
  const vote = briefArticle(
    parsePlainText(`Lima votes to lower voting age

Voters in Lima have approved lowering the voting age for city elections from 18 to 16, official results showed on Monday.

It was opposed by the main opposition party, the Civic Union, which said 16-year-olds were too young to vote.

Mayor Ana Roy, who campaigned for the change, called the result a vote of confidence in young people.`),
  );

  it('answers "Who was against it?" with the sentence that says who opposed it', () => {
    expect(vote.ask('Who was against it?').answer).toMatch(/^It was opposed by the main opposition party/);
  });

  it('reads "Who is to blame?", "Who was behind it?", "Who was in favour?" as no one\'s name to look up', () => {
    for (const q of ['Who is to blame?', 'Who was behind it?', 'Who was in favour?', 'Who was responsible?'])
      expect(vote.ask(q).answer, q).not.toMatch(/^The article does not mention/);
  });
});

describe('a strike ballot: a share asked for, what the union wants, when talks resume', () => {
  const ballot = briefArticle(
    parsePlainText(`Lima teachers vote to strike

Teachers in the Lima school district have voted to strike for three days next month after talks on a new pay deal broke down, their union said on Tuesday.

Of the 2,300 members who voted, 84% backed the strike on a turnout of 71%.

The union is asking for a 6% pay rise this year and smaller classes. The district has offered 3.5%.

Superintendent Tom Vale said the two sides would meet again on Friday.`),
  );

  it('answers "What do the teachers want?" with what their union asks for; "What does the district want?" with nothing', () => {
    expect(ballot.ask('What do the teachers want?').answer).toMatch(/^The union is asking for a 6% pay rise/);
    expect(ballot.ask('What does the district want?').answered).toBe(false);
  });

  it('answers "When will talks resume?" with "would meet again on Friday"', () => {
    expect(ballot.ask('When will talks resume?').answer).toMatch(/would meet again on Friday/);
  });

  it('answers "What percentage voted for the strike?" with the share, not the lead that counts days', () => {
    expect(ballot.ask('What percentage voted for the strike?').answer).toMatch(/^Of the 2,300 members who voted, 84% backed the strike/);
  });

  it('declines "What percentage …?" where no sentence with the question\'s words gives a share, not answering with another figure', () => {
    const agm = briefArticle(
      parsePlainText(`Halvex shareholders reject pay report

Shareholders in Halvex Mining voted against the pay report at the annual meeting in Lima on Thursday, after a $4.2 million bonus for chief executive Ana Roy.

The remuneration report was opposed by 38.6 per cent of the votes cast.`),
    );
    expect(agm.ask('What percentage voted against the pay report?').answered).toBe(false);
    expect(agm.ask('What percentage opposed the remuneration report?').answer).toMatch(/^The remuneration report was opposed by 38\.6 per cent/);
  });
});

describe('a ceasefire: its start told as taking effect, monitors deployed', () => {
  const truce = briefArticle(
    parsePlainText(`Ceasefire takes hold in Lima region

A ceasefire between the government and the rebels took effect at midnight on Saturday, after four days of talks in Quito.

The United Nations welcomed the deal and said monitors would be deployed within two weeks.`),
  );

  it('answers "When did the ceasefire start?" with "took effect at midnight on Saturday"', () => {
    expect(truce.ask('When did the ceasefire start?').answer).toMatch(/took effect at midnight on Saturday/);
  });

  it('answers "When will the monitors arrive?" with "would be deployed within two weeks"', () => {
    expect(truce.ask('When will the monitors arrive?').answer).toMatch(/deployed within two weeks/);
  });
});

describe('an outage: its cause told without naming it again', () => {
  const outage = briefArticle(
    parsePlainText(`Cloud outage knocks banks offline

A six-hour outage at cloud provider Halvex disrupted online banking across Peru on Wednesday, the company said.

Halvex said a faulty software update caused servers in its Lima data centre to lose connection.

Two banks said customers could not make payments, causing queues at branches.

It denied that the outage was the result of a cyberattack.`),
  );

  it('answers "What caused the outage?", "Why did the outage happen?" with the sentence that gives the cause', () => {
    for (const q of ['What caused the outage?', 'Why did the outage happen?', 'What was the cause of the outage?'])
      expect(outage.ask(q).answer, q).toMatch(/^Halvex said a faulty software update caused/);
  });

  it('takes no cause of a thing the report is not about', () => {
    expect(outage.ask('What caused the flood?').answered).toBe(false);
  });
});

describe('a derailment: a line closed until a day, the injured taken to hospital', () => {
  const crash = briefArticle(
    parsePlainText(`Train derails near Lima

A passenger train derailed near the town of Ilo in the Andes on Sunday, injuring 23 people, police said.

Rescue teams took the injured to hospitals in Quito and Cusco.

The line will stay closed until at least Wednesday while engineers inspect the track.`),
  );

  it('answers "Where did it happen?" in the words of the sentence that places it, not as an event "held" there', () => {
    expect(crash.ask('Where did it happen?').answer).toMatch(/^A passenger train derailed near the town of Ilo/);
  });

  it('answers "How long will the line be closed?" with the day it stays closed until', () => {
    expect(crash.ask('How long will the line be closed?').answer).toMatch(/^The line will stay closed until at least Wednesday/);
  });

  it('answers "Where were the injured taken?" with "took the injured to …": an irregular verb\'s forms are one word', () => {
    expect(crash.ask('Where were the injured taken?').answer).toMatch(/^Rescue teams took the injured/);
    expect(crash.ask('Who took the injured to hospital?').answer).toMatch(/^Rescue teams took the injured/);
  });
});

describe('asking for the whole story', () => {
  const story = briefArticle(
    parsePlainText(`Conservatives win election

Conservatives won the most seats in Monday's election in Lima but fell short of a majority, setting up weeks of coalition talks.

Turnout was 78.2 percent, the highest since 1989.`),
  );

  it('answers "What happened?" and "Summarise the article" with the key points', () => {
    for (const q of ['What happened?', 'Summarise the article', "What's the gist?", 'What are the main points?', 'What are the highlights?'])
      expect(story.ask(q).answer, q).toMatch(/^Conservatives won/);
  });

  it('answers "What is happening?" and "What is this about?" with the key points too', () => {
    for (const q of ['What is happening?', "What's going on?", 'What is this about?', 'What is it about?'])
      expect(story.ask(q).answer, q).toMatch(/^Conservatives won/);
  });

  it('answers "What happened?" with the key points, and "What was discussed?" with what was discussed', () => {
    const call = briefArticle(
      parsePlainText(
        'Leaders discuss security\n\nPrime Minister Ana Roy of Peru and President Tom Vale of Chile agreed in a phone call on Tuesday to hold a meeting of defence ministers early next year.\n\nThe two also discussed the situation at the border, the ministry said.',
      ),
    );
    expect(call.ask('What happened?').answer).toMatch(/agreed in a phone call|agreed to hold a meeting/);
    expect(call.ask('What was discussed?').answer).toBe('The two also discussed the situation at the border, the ministry said.');
  });

  it('answers "What is on the agenda?" with the sentence that says what tops it, not the key points', () => {
    const preview = briefArticle(
      parsePlainText(
        'Andes ministers to meet in Lima\n\nForeign ministers of the Andes states will meet in Lima on Thursday, with new rules for river shipping at the top of the agenda.\n\nPeru, which chairs the group, said all members would attend.\n\nMinister Ana Roy said she hoped for rules, not words.',
      ),
    );
    expect(preview.ask('What is on the agenda?').answer).toBe(
      'Foreign ministers of the Andes states will meet in Lima on Thursday, with new rules for river shipping at the top of the agenda.',
    );
  });

  it('declines what is no question after a colon, as it was asked', () => {
    expect(story.ask('Tell me the price of fish').answer).toBe('The article does not say: tell me the price of fish.');
  });
});

describe("the report's own words before a quotation", () => {
  const summit = briefArticle(
    parsePlainText(`Leaders agree aid package

The Andes Council agreed on Thursday to a $50 billion support package for Peru after Chile dropped its veto.

"We have a deal," the chair wrote on social media.

"All 12 leaders agreed."`),
  );

  it('answers "What was agreed?" with the lead, not the quotation standing alone', () => {
    expect(summit.ask('What was agreed?').answer).toMatch(/^The Andes Council agreed/);
  });

  it('answers "What was agreed?" of a lead that agreed nothing with what was agreed in that word, before what was backed', () => {
    const text = (agreed: string) =>
      briefArticle(
        parsePlainText(`Andes leaders fail to agree aid

Andes leaders failed on Thursday to agree a $50 billion aid package after Chile vetoed it.

The other 11 leaders backed the package, the council's chair said.

${agreed}`),
      );
    for (const agreed of [
      'The leaders did agree to open trade talks with Peru.',
      'The leaders agreed on Friday to open trade talks with Peru.',
      'The leaders agreed that trade talks with Peru would open in May.',
    ])
      expect(text(agreed).ask('What was agreed?').answer).toBe(agreed);
    // (A lead that states what was decided is still the answer, before another sentence that says "agreed".)
    const group = briefArticle(
      parsePlainText(`Peru and Chile to set up trade group

Peru and Chile have decided to establish a joint working group on trade.

The two sides also agreed that the customs link between the two countries ought to be upgraded.`),
    );
    expect(group.ask('What did the ministers agree?').answer).toBe('Peru and Chile have decided to establish a joint working group on trade.');
  });

  it('declines "Where was it held?" after a colon when the text does not say', () => {
    expect(summit.ask('Where was it held?').answer).toBe('The article does not say: where was it held?');
    // … as when its subject is a noun before a participle ("where was the study published?"); not "what is the GDP of Peru".
    expect(summit.ask('Where was the summit held?').answer).toBe('The article does not say: where was the summit held?');
    expect(summit.ask('What is the GDP of Peru?').answer).toBe('The article does not say what is the GDP of Peru.');
    // … and before a name and a participle ("how long was Ana Roy held?", "where was Roy born?").
    expect(summit.ask('How long was Ana Roy held?').answer).toBe('The article does not say: how long was Ana Roy held?');
    expect(summit.ask('Where was Ana Roy born?').answer).toBe('The article does not say: where was Ana Roy born?');
    // … and when its subject comes before a verb in -ing ("what are farmers planting?"); not "what is still happening".
    expect(summit.ask('What are farmers planting?').answer).toBe('The article does not say: what are farmers planting?');
    expect(summit.ask('What is still happening?').answer).toBe('The article does not say what is still happening.');
  });

  it('answers "What was agreed?" with what the report states was signed, not an onlooker quoted on what "countries have agreed"', () => {
    const pact = (quote: string) =>
      briefArticle(
        parsePlainText(`Andes states sign river pact

Ministers from five Andes states signed a treaty in Lima on Thursday that bans new dams on the upper Halvex river for 20 years.

${quote}`),
      );
    expect(
      pact('"This is the first time countries have agreed to protect a river before it is dammed," said Ivo Kant of the Rivers Trust.').ask('What was agreed?')
        .answer,
    ).toMatch(/^Ministers from five Andes states signed a treaty/);
    // A quotation that alone tells the outcome still answers.
    const spoken = briefArticle(
      parsePlainText('Andes talks end\n\nThe talks in Lima ended on Thursday.\n\n"We have agreed to cut tariffs by half," Ana Roy told reporters.'),
    );
    expect(spoken.ask('What was agreed?').answer).toContain('cut tariffs by half');
  });
});

describe('a rate decision', () => {
  const bank = briefArticle(
    parsePlainText(`Central bank holds rates as two members vote for a cut

The Bank of Lima left its main interest rate unchanged at 4.25 per cent on Thursday, but two of the nine members of its policy committee voted for a cut.

Inflation fell to 2.9 per cent in December, down from a peak of 11.1 per cent two years earlier.

Finance Minister Ana Roy, who was in Quito for a meeting of finance ministers, welcomed the decision in a statement.

The committee's next decision is due on 20 March.`),
  );

  it('answers "What is the inflation rate?" with the percentage the text gives inflation', () => {
    expect(bank.ask('What is the inflation rate?').answer).toContain('2.9 per cent');
  });

  it('answers "What was decided?" with the lead, not a sentence that only refers back to "the decision"', () => {
    expect(bank.ask('What was decided?').answer).toMatch(/^The Bank of Lima left its main interest rate unchanged/);
  });
});

describe('a further round', () => {
  it('answers "Where is the next round?" with "A further round … is planned for Quito"', () => {
    const talks = briefArticle(
      parsePlainText(`Trade talks stall in Lima

Two weeks of trade talks ended in Lima on Thursday without agreement on tariffs.

A further round of informal talks is planned for Quito in September.`),
    );
    expect(talks.ask('Where is the next round?').answer).toContain('planned for Quito');
  });
});

describe("the question's own word", () => {
  it('answers "Who was sentenced?" with the sentence that says "was sentenced", before one that names "the sentence"', () => {
    const court = briefArticle(
      parsePlainText(`Former port chief jailed

A former chief executive of the Port of Lima was sentenced to seven years in prison on Friday for taking more than $2 million in bribes from shipping firms.

Judge Ana Roy told Tom Vale, 61, that he had betrayed the trust of an entire city.

Vale, who did not give evidence during the trial, showed no reaction as the sentence was read.

His lawyer, Lee Kim, said he would appeal against both the conviction and the sentence.`),
    );
    expect(court.ask('Who was sentenced?').answer).toMatch(/^A former chief executive of the Port of Lima was sentenced/);
  });
});

describe('a fine, and what a regulator ordered', () => {
  const fine = briefArticle(
    parsePlainText(`Regulator fines Lima Stream €310m

The Data Authority has fined the streaming company Lima Stream €310 million for processing children's data without a lawful basis.

The authority ordered the company to delete the data it collected unlawfully within three months.

In September a European board had told the authority to raise its proposed fine from €190 million.

Under the regulation, fines can reach 4 per cent of a company's turnover.`),
  );

  it('answers "How much was the fine?" with the lead that says "has fined … €310 million"', () => {
    // The question's noun is answered by the verb; the lead states the news before the fine first proposed.
    expect(fine.ask('How much was the fine?').answer).toMatch(/^The Data Authority has fined/);
  });

  it('answers "What must the company do?" with what it was ordered to do', () => {
    expect(fine.ask('What must the company do?').answer).toContain('ordered the company to delete');
  });

  it('reads "the proposed fine" as a fine, not as a proposal or a question about proposals', () => {
    expect(fine.card.proposals.items).toEqual([]);
    expect(fine.ask('What was the original proposed fine?').answer).toContain('€190 million');
  });
});

describe('a new coach', () => {
  const club = briefArticle(
    parsePlainText(`Lorca appoint Vela as head coach

Lorca have appointed former under-21 coach Tomas Vela as their new head coach on a three-year contract.

Vela was presented on Tuesday alongside fitness coach Ana Roy.

The previous coach, Lee Kim, was dismissed on October 30 after seven defeats in eight matches.`),
  );

  it('answers "Who is the new coach?" with the sentence that appoints someone "as their new head coach"', () => {
    expect(club.ask('Who is the new coach?').answer).toMatch(/^Lorca have appointed former under-21 coach Tomas Vela/);
  });

  it('answers "Who is the new chief executive?" with the one who "will serve as interim chief executive", "takes over as …"', () => {
    for (const holds of [
      'will serve as interim chief executive',
      'will act as the new chief executive',
      'will take over as its next chief executive',
      'takes over as their acting chief executive',
      'took over as an interim chief executive',
      'will serve as a chief executive',
    ]) {
      const firm = briefArticle(
        parsePlainText(
          `Halvex board removes chief executive\n\nThe board of Halvex Group removed chief executive Tom Vale on Monday.\n\nFinance chief Ana Roy ${holds} while the board looks for a successor.`,
        ),
      );
      expect(firm.ask('Who is the new chief executive?').answer, holds).toBe(`Finance chief Ana Roy ${holds} while the board looks for a successor.`);
    }
  });

  it('answers "What was decided?" with a board\'s removing its head ("removed chief executive Tom Vale")', () => {
    for (const act of ['removed chief executive', 'dismissed its chairman', 'sacked the manager,', 'ousted its chair', 'sacked coach'])
      expect(
        briefArticle(parsePlainText(`Halvex removes its head\n\nThe board of Halvex Group on Monday ${act} Tom Vale after a profit warning.`)).ask(
          'What was decided?',
        ).answer,
        act,
      ).toBe(`The board of Halvex Group on Monday ${act} Tom Vale after a profit warning.`);
  });

  it('answers "When was Lee Kim sacked?" with "was dismissed on October 30"', () => {
    expect(club.ask('When was Lee Kim sacked?').answer).toContain('dismissed on October 30');
  });
});

describe('a ballot', () => {
  const ballot = briefArticle(
    parsePlainText(`Nurses accept pay deal

Members of the Lima Nurses' Union have voted to accept a two-year pay offer worth 6.2 per cent.

The result showed 71 per cent of those who voted in favour of the deal, on a turnout of 58 per cent.

A smaller union, Andes Care, is still balloting its members on the same offer.

Its result is due on 12 November.`),
  );

  it('answers "How many voted in favour?" with a share of those who voted', () => {
    expect(ballot.ask('How many voted in favour?').answer).toContain('71 per cent of those who voted in favour');
  });

  it('answers "When is the Andes Care result due?" with the next sentence\'s "Its result is due …"', () => {
    expect(ballot.ask('When is the Andes Care result due?').answer).toContain('due on 12 November');
  });
});

describe('a committee hearing', () => {
  const hearing = briefArticle(
    parsePlainText(`Senators press airline chiefs

Senators criticized the heads of three airlines on Tuesday over flight cancellations.

Sen. Ana Roy (D-Wash.), the committee's chair, said passengers had faced a summer of chaos.

The department proposed a rule in May that would require compensation of up to $775. The airlines oppose the rule, which is expected to be finalized by the end of the year.`),
  );

  it('answers "Who chaired the hearing?" with the senator who is "the committee\'s chair"', () => {
    expect(hearing.ask('Who chaired the hearing?').answer).toMatch(/^Ana Roy: committee's chair/);
  });

  it('answers "When will the rule be finalized?" with "by the end of the year"', () => {
    expect(hearing.ask('When will the rule be finalized?').answer).toContain('by the end of the year');
  });
});

describe('a robbery', () => {
  const raid = briefArticle(
    parsePlainText(`Two charged after jewellery raid

Two men have been charged in connection with a £3 million armed robbery at a jewellery shop in Lima last week, police said on Sunday.

No one was seriously injured, though a security guard was treated for shock.`),
  );

  it('answers "How much was stolen?" with "a £3 million armed robbery"', () => {
    expect(raid.ask('How much was stolen?').answer).toContain('£3 million armed robbery');
  });

  it('answers "Was anyone hurt?" with "No one was seriously injured"', () => {
    expect(raid.ask('Was anyone hurt?').answer).toContain('No one was seriously injured');
  });
});

describe('a study', () => {
  const study = briefArticle(
    parsePlainText(`Daily walk cuts risk of early death

Walking about 7,000 steps a day is linked to a 47 per cent lower risk of early death, according to a study of more than 160,000 adults published on Wednesday.

The authors cautioned that the studies were observational.`),
  );

  it('answers "How many steps a day?" with the count, not as a question about proposals', () => {
    expect(study.ask('How many steps a day?').answer).toContain('7,000 steps a day');
  });

  it('answers "How many people were studied?" with a count of adults', () => {
    expect(study.ask('How many people were studied?').answer).toContain('160,000 adults');
  });
});

describe('a wildfire', () => {
  const fire = briefArticle(
    parsePlainText(`Wildfire forces thousands to flee

A wildfire forced more than 30,000 people to leave their homes on Wednesday as strong winds drove the flames toward Lima.

The Ridge Fire has burned 18,500 acres since it broke out on Monday afternoon.

Two firefighters suffered minor injuries.

About 2,100 firefighters and 14 helicopters are battling the blaze.`),
  );

  it('answers "How many people were evacuated?" with those forced to leave their homes', () => {
    expect(fire.ask('How many people were evacuated?').answer).toContain('30,000 people to leave their homes');
  });

  it('answers "How many firefighters are fighting the fire?" first with those "battling the blaze"', () => {
    expect(fire.ask('How many firefighters are fighting the fire?').answer).toMatch(/^About 2,100 firefighters/);
  });

  it('answers "When did the fire start?" with when it "broke out"', () => {
    expect(fire.ask('When did the fire start?').answer).toContain('broke out on Monday');
  });
});

describe('an obituary', () => {
  const obituary = briefArticle(
    parsePlainText(`Ana Lind, Peru's first female foreign minister, dies at 88

Ana Lind, who served as Peru's first female foreign minister, has died at the age of 88, her family said on Friday.

She died peacefully at her home in Cusco on Thursday evening, according to a statement released by the family.

A memorial service will be held in Cusco on 3 December.`),
  );

  it('answers "When did she die?" with the sentences that say so, not with the date of the report', () => {
    expect(obituary.ask('When did she die?').answer).toContain('on Thursday evening');
  });

  it('answers "How old was Ana Lind?" with "died at the age of 88"', () => {
    expect(obituary.ask('How old was Ana Lind?').answer).toContain('at the age of 88');
  });
});

describe('"he" or "she" in a question', () => {
  const obituary = (more: string) =>
    briefArticle(
      parsePlainText(
        `Chemist Ana Lind dies at 91\n\nAna Lind, the chemist who shared a Nobel prize for work on enzymes, died on Thursday at her home in Lima. She was 91.\n\nLind taught at the university for 40 years, and she joined its board in 1990.\n\nLind is survived by two sons.\n\n${more}`,
      ),
    );

  it('means the person a report is about, named far more often than anyone else', () => {
    const report = obituary('"She was a giant of her field," university president Tom Vale said.');
    expect(report.ask('How old was she?').answer).toBe('She was 91.');
    expect(report.ask('Who was she?').answer).toMatch(/^Ana Lind: chemist/);
    // ("he" is no one a report that says only "she" names.)
    expect(report.ask('How old was he?').answer).toBe('Ask about someone by name: "he" could be anyone the article names.');
  });

  // ("her" is the one the obituary is about: it names none of her sons, so it does not say who hers is.)
  it('reads "her son" as someone else, not as the one the report is about', () => {
    const report = obituary('"She was a giant of her field," university president Tom Vale said.');
    expect(report.ask('Who was her son?').answer).toBe('The article does not name her son.');
  });

  it('reads "him" closing a question as the person the report is about, as its object ("Who will replace him?")', () => {
    const report = briefArticle(
      parsePlainText(`Lima sack coach Vale after one season

Lima FC parted company with coach Tom Vale on Tuesday after just one season in charge.

Vale, 52, had two years left on his contract. The club thanked Vale for his service.

Ana Roy and Ivo Kant are among the candidates to replace him, local media reported.`),
    );
    expect(report.ask('Who will replace him?').answer).toBe('Ana Roy and Ivo Kant are among the candidates to replace him, local media reported.');
    expect(report.ask('How old is he?').answer).toContain('Vale, 52,');
  });

  it('says that one named only in another\'s tribute put nothing forward ("What did Ana Lind propose?")', () => {
    const report = obituary('"Ana Lind was a giant of her field," university president Tom Vale said.');
    const answer = report.ask('What did Ana Lind propose?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBe('The article does not say that Ana Lind put anything forward.');
  });

  it('means no one when the report is about several people: the reader is asked to name whom', () => {
    const report = obituary('Her colleague Tom Vale said Vale and Lind had worked together since 1971. Vale, who also taught there, retired in 2001.');
    const answer = report.ask('How old was she?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toBe('Ask about someone by name: "she" could be anyone the article names.');
  });

  it('asks for a name, not says the text is silent, when a question about "him" finds nothing and he could be anyone', () => {
    const report = briefArticle(
      parsePlainText(`Lima minister quits

Lima's transport minister, Tom Vale, resigned on Sunday over a rail contract. He will remain a member of parliament.

Prime Minister Ana Roy accepted the resignation. Roy said she had asked the audit office to review the contract.

Opposition leader Ivo Kant said Roy had acted too slowly. Roy rejected that, and Vale said he had done nothing unlawful.`),
    );
    expect(report.ask('Who will succeed him?').answer).toBe('Ask about someone by name: "him" could be anyone the article names.');
  });
});

describe('a reshuffle', () => {
  const reshuffle = briefArticle(
    parsePlainText(`Premier reshuffles cabinet

Prime Minister Tom Vale reshuffled his government on Monday, bringing back former central bank governor Ana Kowal as finance minister.

Interior Minister Sofia Lima moves to defence. The new interior minister is Karim Benali, until now the mayor of Cusco.`),
  );

  it('answers "Who is the new secretary-general?" with the sentence that chooses someone "as the organisation\'s next" one', () => {
    const summit = briefArticle(
      parsePlainText(`Leaders agree plan

Leaders on Saturday agreed a plan, and chose Peru's Ana Roy as the organisation's next secretary-general.`),
    );
    expect(summit.ask('Who is the new secretary-general?').answer).toMatch(/^Leaders on Saturday agreed a plan, and chose Peru's Ana Roy/);
  });

  it('answers "Who is the new finance minister?" with the sentence that brings someone back "as finance minister"', () => {
    expect(reshuffle.ask('Who is the new finance minister?').answer).toContain('Ana Kowal as finance minister');
  });

  it('answers "Who is the new mayor?" with the sentence that says someone "has been elected mayor"', () => {
    const election = briefArticle(
      parsePlainText(`Roy wins mayoral race

Councillor Ana Roy has been elected mayor of Lima, defeating incumbent Mayor Tom Vale by 412 votes after a recount.`),
    );
    expect(election.ask('Who is the new mayor?').answer).toMatch(/^Councillor Ana Roy has been elected mayor of Lima/);
    // (An incumbent is no new one.)
    expect(
      briefArticle(parsePlainText('Mayor faces recount\n\nIncumbent Mayor Tom Vale led by 412 votes before a recount on Monday.')).ask('Who is the new mayor?')
        .answered,
    ).toBe(false);
  });

  it('answers "Who is the new interior minister?" with "The new interior minister is …"', () => {
    expect(reshuffle.ask('Who is the new interior minister?').answer).toMatch(/^The new interior minister is Karim Benali/);
  });
});

describe('a match report', () => {
  const match = briefArticle(
    parsePlainText(`Lima send Peru into the final

Peru beat Chile 3-1 in Lima on Sunday to reach the final, where they will face Brazil on Saturday.

Ana Roy scored twice, first from the penalty spot in the 38th minute and then with a header in the 71st.

Defender Tom Vale limped off with a hamstring injury and is a doubt for the final.`),
  );

  it('answers "When is the final?" of a semi-final\'s report with the day the text gives the final, not the match\'s day', () => {
    const report = briefArticle(
      parsePlainText(
        'Lima beat Quito to reach cup final\n\nLima FC reached the cup final on Wednesday night, beating Deportivo Quito 2-1.\n\nLima will face Club Sucre in the final in Asunción on May 24.',
      ),
    );
    expect(report.ask('When is the final?').answer).toBe('Lima will face Club Sucre in the final in Asunción on May 24.');
    // … and "Where is the final?" with the place the text gives it, not the stadium the semi-final was played in.
    const played = briefArticle(
      parsePlainText(
        'Lima beat Quito to reach cup final\n\nLima FC reached the cup final on Wednesday night, beating Deportivo Quito 2-1.\n\nA crowd of 41,200 watched at the National Stadium.\n\nLima will face Club Sucre in the final in Asunción on May 24.',
      ),
    );
    for (const q of ['Where is the final?', 'Where will the final be played?'])
      expect(played.ask(q).answer, q).toBe('Lima will face Club Sucre in the final in Asunción on May 24.');
  });

  it('answers "How many seats did the party win?" with the seats it took, not those it would have in a coalition', () => {
    const report = briefArticle(
      parsePlainText(
        "Coast Party wins Lima vote\n\nThe Coast Party won the most seats in Sunday's election to the Lima regional assembly but fell short of a majority.\n\nWith all votes counted, the Coast Party took 31 of the assembly's 71 seats, up from 24.\n\nAna Roy said she would first approach the Greens, with whom the Coast Party would have 42 seats.",
      ),
    );
    expect(report.ask('How many seats did the Coast Party win?').answer).toMatch(/^With all votes counted, the Coast Party took 31/);
    expect(report.ask('How many seats would the Coast Party have with the Greens?').answer).toMatch(/would have 42 seats\.$/);
  });

  it('answers "When does the new assembly meet?" of an election\'s report with the sitting the text dates, in the present tense too', () => {
    const report = briefArticle(
      parsePlainText(
        "Coast Party wins Lima vote\n\nThe Coast Party won the most seats in Sunday's election to the Lima regional assembly but fell short of a majority.\n\nTurnout was 68%, the electoral commission said.\n\nThe new assembly meets for the first time on April 14.",
      ),
    );
    for (const q of ['When does the new assembly meet?', 'When will the assembly meet?'])
      expect(report.ask(q).answer, q).toBe('The new assembly meets for the first time on April 14.');
    // (The vote itself is still dated by the lead.)
    expect(report.ask('When was the election?').answer).toMatch(/^The Coast Party won the most seats in Sunday's election/);
  });

  it('answers "Who scored for Quito?" with the goal the text gives them ("Quito\'s only goal came from a penalty by …")', () => {
    const report = briefArticle(
      parsePlainText(
        "Lima beat Quito to reach cup final\n\nLima FC reached the cup final on Wednesday night, beating Deportivo Quito 2-1.\n\nAna Roy scored twice for Lima. Quito's only goal came from a penalty by Tom Vale in the 78th minute.",
      ),
    );
    expect(report.ask('Who scored for Quito?').answer).toMatch(/^Quito's only goal came from a penalty by Tom Vale/);
  });

  it('reads "fall" as a season only where it names one ("in the fall"), not a verb ("the cuts would fall on sales")', () => {
    const cuts = briefArticle(
      parsePlainText(`Halvex to cut 1,200 jobs

Halvex said on Wednesday it would cut about 1,200 jobs.

Chief executive Ana Roy told staff in an email that most of the cuts would fall on its sales teams.

Affected employees will be told by Friday.`),
    );
    expect(cuts.ask('When will staff be told?').answered).toBe(false);
    const plan = briefArticle(
      parsePlainText('Halvex plans new plant\n\nHalvex said on Wednesday it would open a plant in Lima.\n\nStaff will be told in the fall.'),
    );
    expect(plan.ask('When will staff be told?').answer).toBe('Staff will be told in the fall.');
  });

  it('answers "When did the collapse happen?" with the sentence that says so, not the day of the report\'s rescue', () => {
    const mine = briefArticle(
      parsePlainText(`Eleven miners trapped in Lima

Rescuers were racing on Monday to reach 11 miners trapped after a tunnel collapsed at a copper mine near Lima.

The collapse happened at about 11 p.m. on Sunday, as a night shift was underground.`),
    );
    expect(mine.ask('When did the collapse happen?').answer).toBe('The collapse happened at about 11 p.m. on Sunday, as a night shift was underground.');
    // (The rescue is the report's own: its day.)
    expect(mine.ask('When did the rescue start?').answer).not.toContain('Sunday');
    // (A sentence that gives a time of day alone leaves the day to the lead.)
    const quake = briefArticle(
      parsePlainText(`Quake hits Lima region

A magnitude 6.8 earthquake struck the Lima region early on Sunday, killing at least 42 people.

The quake struck at 4:12 a.m. local time at a depth of 10 km.`),
    );
    expect(quake.ask('When did the quake strike?').answer).toContain('early on Sunday');
  });

  it('answers "When do talks start?" with the talks the text dates ahead, not the day of the reported release', () => {
    const report = briefArticle(
      parsePlainText(
        'Truce frees 30 hostages in Lima\n\nThirty hostages were handed to the Red Cross in Lima on Monday under a ceasefire agreed last week.\n\nThe truce has largely held.\n\nTalks on a permanent ceasefire are due to open in Quito on January 8.',
      ),
    );
    expect(report.ask('When do talks start?').answer).toBe('Talks on a permanent ceasefire are due to open in Quito on January 8.');
    expect(report.ask('When do the talks begin?').answer).toBe('Talks on a permanent ceasefire are due to open in Quito on January 8.');
    // (The reported event's own day is still its day.)
    expect(report.ask('When were the hostages freed?').answer).toContain('Monday');
    // (… as is a preview's, whose lead tells of the talks to come.)
    const preview = briefArticle(
      parsePlainText(
        'Andes leaders to meet in Lima\n\nAndes leaders will open talks on a river pact in Lima on Friday, officials said.\n\nThe talks are expected to last two days.',
      ),
    );
    expect(preview.ask('When do talks begin?').answer).toContain('Friday');
  });

  it('answers a measure asked of "it", the story\'s subject, with the figure of its kind ("How strong was it?" of a quake)', () => {
    const quake = briefArticle(
      parsePlainText(
        'Earthquake kills 42 in Peru\n\nA magnitude 6.8 earthquake struck southern Peru on Sunday, killing at least 42 people.\n\nMost of the deaths were in the town of Chivay, said Elena Quispe, the regional governor.',
      ),
    );
    expect(quake.ask('How strong was it?').answer).toMatch(/^A magnitude 6\.8 earthquake/);
    // (Not of "she": a pronoun for a person the question does not name.)
    expect(quake.ask('How old was she?').answered).toBe(false);
  });

  it('answers "What was the score?" with the lead\'s result however its verb is put ("beating Quito 2-1"), not another match\'s', () => {
    const report = briefArticle(
      parsePlainText(
        'Lima reach cup final\n\nLima FC reached the Andean Cup final on Wednesday, beating Deportivo Quito 2-1 with a late header.\n\nLima will face Club Sucre in the final on May 24. Sucre beat Atlético Andino 3-0 on aggregate on Tuesday.',
      ),
    );
    expect(report.ask('What was the score?').answer).toMatch(/^Lima FC reached the Andean Cup final on Wednesday, beating Deportivo Quito 2-1/);
  });

  it('answers "What was the score?" with the result ("beat Chile 3-1")', () => {
    expect(match.ask('What was the score?').answer).toMatch(/^Peru beat Chile 3-1/);
  });

  it('answers "What was decided?" with the result, and declines "What was agreed?": nobody agreed a score', () => {
    expect(match.ask('What was decided?').answer).toMatch(/^Peru beat Chile 3-1/);
    expect(match.ask('What was agreed?')).toMatchObject({ answered: false, answer: 'The article does not say what was agreed.' });
  });

  it('answers "Who will Peru play next?" with whom they "will face"', () => {
    expect(match.ask('Who will Peru play next?').answer).toContain('will face Brazil');
  });

  it('reads "Who is injured?" as a question about who was hurt, not about someone called "injured"', () => {
    expect(match.ask('Who is injured?').answer).toContain('Tom Vale limped off with a hamstring injury');
  });
});

describe('a joint force', () => {
  const force = briefArticle(
    parsePlainText(`Andean ministers back joint force

Foreign ministers of the Andean group agreed on Sunday to set up a joint river patrol force.

The group's secretary-general told reporters that the force would be headquartered in Lima and would begin operations within twelve months.`),
  );

  it('answers "Where will the force be based?" with where it "would be headquartered"', () => {
    expect(force.ask('Where will the force be based?').answer).toContain('headquartered in Lima');
  });

  it('answers "When will the force begin operations?" with "within twelve months"', () => {
    expect(force.ask('When will the force begin operations?').answer).toContain('within twelve months');
  });
});

describe("an interview's answer to the question before it", () => {
  const interview = briefArticle(
    parsePlainText(`Energy minister on the winter ahead

Energy Minister Ana Roy spoke to our correspondent Tom Vale in Lima on Tuesday, a day after the government announced a package to cap energy bills.

Tom Vale: Will the cap be extended beyond March?

Ana Roy: No decision has been taken. We will look at prices in February and decide then.`),
  );

  it('answers "Will the cap be extended?" with the answer given to that question', () => {
    expect(interview.ask('Will the cap be extended?').answer).toContain('No decision has been taken');
  });
});

describe('a second round', () => {
  it('answers "When is the next round?" with "A second round … is due to begin"', () => {
    const talks = briefArticle(
      parsePlainText(`Ceasefire agreed after Lima talks

The government and the rebels agreed on Wednesday to a ceasefire after nine days of talks in Lima.

A second round of talks on a political settlement is due to begin in Quito on 15 October.`),
    );
    expect(talks.ask('When is the next round?').answer).toContain('on 15 October');
  });

  it('answers "When will the next round be held?" with the round to come named by its ordinal ("The fifth round … will be held")', () => {
    const talks = briefArticle(
      parsePlainText(`Peru and Chile speed up trade talks

Peru and Chile agreed in Lima on Tuesday to speed up talks on a trade pact.

The fifth round of negotiations will be held in Santiago in January.`),
    );
    expect(talks.ask('When will the next round be held?').answer).toContain('in Santiago in January');
    expect(talks.ask('When is the next round?').answer).toContain('in Santiago in January');
  });
});

describe('a short synonym is a whole word', () => {
  it('does not answer "Where is the lawyer?" with the bill ("law" is no prefix of "lawyer")', () => {
    const bill = briefArticle(
      parsePlainText(`Parliament backs vape ban

The bill will be debated in Lima on Monday, officials said.

Supporters say the ban will protect children.`),
    );
    expect(bill.ask('Where is the lawyer?').answered).toBe(false);
  });
});

describe('a body asked by its letters, and a ballot by its result', () => {
  const strike = briefArticle(
    parsePlainText(`Lima pilots vote to strike

Pilots at Halvex Air have voted to strike for 48 hours from 14 June after pension talks broke down, their union said on Monday.

The Andes Pilots Association said 91 per cent of its members took part in the ballot, and 87 per cent of them voted for industrial action.

Observers from the Andean Labour Monitoring Committee said the ballot had been fair. The European Union's labour mission, led by Ana Roy, said it would follow the talks.`),
  );

  it('answers "What did the EU say?" of a text that writes the name out ("The European Union\'s labour mission said")', () => {
    expect(strike.ask('What did the EU say?').answer).toMatch(/^The European Union's labour mission/);
    expect(strike.ask('What did the ALMC observers say?').answer).toMatch(/^Observers from the Andean Labour Monitoring Committee/);
    // (Letters no name of the text spells are still not mentioned.)
    expect(strike.ask('What did the IMF say?').answer).toBe('The article does not mention the IMF.');
  });

  it('answers "What was the ballot result?" with the tally: "result" is no word the text must use', () => {
    const ballot = briefArticle(
      parsePlainText(`Lima pilots vote to strike

Pilots at Halvex Air will strike for 48 hours from 14 June after pension talks broke down, their union said on Monday.

The Andes Pilots Association said 91 per cent of its members took part in the ballot, and 87 per cent of them voted for industrial action.`),
    );
    expect(ballot.ask('What was the ballot result?').answer).toMatch(/87 per cent of them voted for industrial action/);
  });
});

describe('a promise asked of', () => {
  const quake = briefArticle(
    parsePlainText(`Quake kills 62 in southern Peru

A magnitude 6.4 earthquake struck southern Peru early Sunday, killing at least 62 people.

President Ana Roy, who spoke to the governors by phone, said the state would rebuild every destroyed home within a year.

Union leader Tom Vale said the cost of materials would force many builders out of business.

Ivo Kant insisted that the state first publish its plans, while Lia Mora said she would never sign a contract without them.`),
  );

  it('answers "What did X promise?" with what they said they will do', () => {
    expect(quake.ask('What did Roy promise?').answer).toBe(
      'President Ana Roy, who spoke to the governors by phone, said the state would rebuild every destroyed home within a year.',
    );
    expect(quake.ask('What did Mora pledge?').answer).toMatch(/she would never sign a contract/);
  });

  it('reads a promise in the speaker\'s own words at a sentence\'s start ("We will …"), not another\'s plan ("He will have a scan")', () => {
    const coach = briefArticle(
      parsePlainText(`Lima United lose again

Lima United lost 2-0 at home on Saturday.

"We will fight for every point until the end," coach Ana Roy said after the match.

"He will have a scan on Monday," Tom Vale, the club doctor, said of the injured captain.`),
    );
    expect(coach.ask('What did Roy promise?').answer).toMatch(/^"We will fight for every point/);
    expect(coach.ask('What did Vale promise?').answered).toBe(false);
  });

  it("declines it of one who only forecast, or of one named beside another's promise", () => {
    expect(quake.ask('What did Vale promise?').answered).toBe(false);
    expect(quake.ask('What did Kant promise?').answered).toBe(false);
  });

  it('answers it of a group the text names in common words by the sentence that tells their promise, though no one says it', () => {
    const charter = briefArticle(
      parsePlainText(`Ports sign a clean air charter

Harbour masters from 12 ports signed a clean air charter in Lima on Friday, pledging to cut ship emissions by half by 2030.

The charter was drawn up by the port of Lima.`),
    );
    expect(charter.ask('What did the harbour masters pledge?').answer).toMatch(/^Harbour masters from 12 ports signed a clean air charter/);
  });
});

describe('a defendant named after a lead that gives only the office, and their lawyer', () => {
  const trial = briefArticle(
    parsePlainText(`Former minister jailed

A former health minister was sentenced on Thursday to eight years in prison for taking bribes worth €1.4 million.

Judge Ana Roy said Tom Vale, who served as health minister from 2017 to 2019, had betrayed patients.

Vale's lawyer, Ivo Kant, said his client would appeal. "This is a political verdict," he said outside the court.`),
  );

  it('answers "How long was X sentenced to?" from the lead that names the office X held ("A former health minister …")', () => {
    expect(trial.ask('How long was Vale sentenced to?').answer).toBe(
      'A former health minister was sentenced on Thursday to eight years in prison for taking bribes worth €1.4 million.',
    );
  });

  it('reads "His lawyer, Ivo Kant, said …" as the lawyer\'s words, not those of the one the lawyer speaks for', () => {
    const appeal = briefArticle(
      parsePlainText(`Former minister jailed

Judge Ana Roy on Thursday jailed former transport minister Tom Vale for six years for taking bribes.

His lawyer, Ivo Kant, said the verdict would be appealed.`),
    );
    expect(appeal.ask('What did Vale say?').answered).toBe(false);
    expect(appeal.ask('What did Kant say?').answer).toBe('His lawyer, Ivo Kant, said the verdict would be appealed.');
  });

  it('gives each of a list of names the words they say together ("Ana Roy and Tom Vale, argued")', () => {
    const bank = briefArticle(
      parsePlainText(`Lima bank holds rates

The central bank held its rate at 4.25 per cent on Wednesday.

The two dissenters, external members Ana Roy and Tom Vale, argued that unemployment was rising faster than forecast.`),
    );
    expect(bank.ask('What did Roy say?').answer).toMatch(/^The two dissenters/);
  });

  it("gives no family member's words, named by an honorific's owner ('Mr Vale's wife, Ana, said'), as theirs", () => {
    const crash = briefArticle(
      parsePlainText(`Rail firm fined

A rail company was fined on Tuesday over the death of a worker, Tom Vale.

Mr Vale's wife, Lia, said in a statement that no amount of money would make up for his death.`),
    );
    expect(crash.ask('What did Tom Vale say?').answered).toBe(false);
  });

  it("gives no lawyer's words, nor what they went on to say, as the words of the one they speak for", () => {
    expect(trial.ask('What did Vale say?').answered).toBe(false);
    expect(trial.ask('What did Kant say?').answer).toBe(
      'Vale\'s lawyer, Ivo Kant, said his client would appeal. "This is a political verdict," he said outside the court.',
    );
  });
});

describe('a march, others like it, and more to come', () => {
  const march = briefArticle(
    parsePlainText(`Thousands march in Lima against rents

Tens of thousands of people marched through central Lima on Saturday to protest against soaring rents.

Similar marches were held in Cusco, Arequipa and 20 other cities.

Organisers said they would hold another protest outside parliament when the budget is debated in October.`),
  );

  it('gives no event\'s place for "Where else …?"', () => {
    expect(march.ask('Where else were marches held?').answer).not.toMatch(/^The event was held/);
    expect(march.ask('Where else were marches held?').evidence.join(' ')).toMatch(/Similar marches were held in Cusco/);
  });

  it('answers "Will there be more protests?" with "another protest"', () => {
    expect(march.ask('Will there be more protests?').answer).toMatch(/^Organisers said they would hold another protest/);
  });
});

describe("an interview's turns in an answer", () => {
  const interview = briefArticle(
    parsePlainText(`Q&A: The new head of the port authority

Ana Roy took over as chief executive of the Lima Port Authority on 1 March. She spoke to us at the authority's offices in Callao on Monday.

Q: The union says automation will cost 400 jobs.

A: That figure is not right. We will automate two of the six cranes by 2027, and nobody will lose their job because of it.

Q: What about the canal project?

A: The canal widening will start in September.`),
  );

  it("names the one who answers, for a bare 'A:'", () => {
    expect(interview.ask('When will the canal widening start?').answer).toBe('Roy: The canal widening will start in September.');
  });

  it("answers what an interviewer's claim states from the claim, not from the reply to the question put after it", () => {
    const governor = briefArticle(
      parsePlainText(`Governor: "We are not done with inflation"

Governor Ana Roy of the Bank of Lima spoke to us on Monday about why rates stayed at 5 percent last week.

Q: Inflation fell to 3.1 percent in October. Why not cut now?

A: Because services inflation is still above 4 percent and wages are rising at 6 percent a year.`),
    );
    expect(governor.ask('What was inflation in October?').answer).toMatch(/^Q: Inflation fell to 3\.1 percent in October\./);
    expect(governor.ask('Why not cut now?').answer).toMatch(/^Roy: Because services inflation/);
  });

  it("gives the reply with an interviewer's claim, which is no answer alone", () => {
    const jobs = interview.ask('How many jobs will automation cost?');
    expect(jobs.answer).toBe('Q: The union says automation will cost 400 jobs. Roy: That figure is not right.');
    expect(jobs.evidence).toEqual(['Q: The union says automation will cost 400 jobs.', 'A: That figure is not right.']);
  });
});

describe('costs as a thing asked of', () => {
  it('answers "How much are the costs?" with what was ordered paid in costs', () => {
    const fine = briefArticle(
      parsePlainText(`Hospital trust fined

A hospital trust in Lima has been fined 800,000 soles after admitting it failed to provide safe care to a patient.

The trust was also ordered to pay 35,000 soles in costs.`),
    );
    expect(fine.ask('How much are the costs?').answer).toBe('The trust was also ordered to pay 35,000 soles in costs.');
  });
});

describe('putting off, as reports word it', () => {
  it('answers "What was delayed?" with "… but put off a decision on …"', () => {
    const cabinet = briefArticle(
      parsePlainText(`Council approves parking charges

The Lima city cabinet on Thursday approved new parking charges in 14 zones but put off a decision on closing three branch libraries until the new year.

Residents' permits will rise from 140 to 175 soles a year.`),
    );
    expect(cabinet.ask('What was delayed?').answer).toMatch(/put off a decision on closing three branch libraries/);
  });
});

describe("a vote asked of by its body's name", () => {
  it('answers "What was the council vote?" with the tally, not a sentence that only names those against', () => {
    const trees = briefArticle(
      parsePlainText(`Mayor unveils plan to plant trees

Mayor Ana Roy on Monday announced a plan to plant 100,000 trees across Lima by 2030.

The $50 million programme, which the City Council approved last month by 13 votes to 2, will be paid for by a new fee.

The two councillors who voted against the plan, Tom Vale and Lia Mora, said it would slow house-building.`),
    );
    expect(trees.ask('What was the council vote?').answer).toMatch(/approved last month by 13 votes to 2/);
  });
});

describe("an interview's label, and a letter that is none", () => {
  it('names no interviewee in "plan A: …" inside a sentence', () => {
    const plan = briefArticle(
      parsePlainText(`Lima council picks a plan

Mayor Ana Roy said on Monday that the council had chosen plan A: to sell the old port land to pay for housing.`),
    );
    expect(plan.ask('What did the council choose?').answer).toMatch(/plan A: to sell the old port land/);
  });
});

describe('a tally in shares', () => {
  it('answers "What was the vote?" with "lost by 54 per cent to 46 per cent", not the lead that only says it was voted down', () => {
    const agm = briefArticle(
      parsePlainText(`Shareholders reject pay deal

Shareholders in the packaging group Halvex voted down its pay report at its annual general meeting on Thursday, in a rebuke to chief executive Tom Vale.

The advisory vote was lost by 54 per cent to 46 per cent.`),
    );
    expect(agm.ask('What was the vote?').answer).toBe('The advisory vote was lost by 54 per cent to 46 per cent.');
  });
});

describe('jobs as reports count them', () => {
  it('answers "How many jobs will go?" with the positions the text counts', () => {
    const cuts = briefArticle(
      parsePlainText(`Lima university closes 40 programmes

The senate of the University of Lima voted on Thursday to close 40 programmes over three years.

About 35 teaching positions are expected to go, though the provost, Ana Roy, said most would be lost through retirements.`),
    );
    expect(cuts.ask('How many jobs will go?').answer).toMatch(/^About 35 teaching positions/);
  });
});

describe('taking office', () => {
  const profile = briefArticle(
    parsePlainText(`Premier survives vote

Prime Minister Ana Roy survived a confidence vote on Thursday, keeping her government in office and her party in power.

Roy, a former finance minister, took office in 2024 after her predecessor resigned.`),
  );

  it('answers "When did Roy take office?" with when she took it, not when she was kept "in office"', () => {
    expect(profile.ask('When did Roy take office?').answer).toBe('Roy, a former finance minister, took office in 2024 after her predecessor resigned.');
  });

  it('declines "When did Roy take power?" where the text tells of no power taken, only of her party kept "in power"', () => {
    expect(profile.ask('When did Roy take power?').answered).toBe(false);
  });
});

describe('a bill, and "it" after an opening clause', () => {
  it('answers "When will the law take effect?" with "If passed …, it would take effect 18 months later"', () => {
    const bill = briefArticle(
      parsePlainText(`Parliament backs vape ban

Lawmakers in Lima voted 88 to 31 on Tuesday to approve a bill banning disposable vapes, sending it to the Senate.

The bill also raises the minimum age for buying tobacco to 21. If passed by the Senate, it would take effect 18 months later.`),
    );
    expect(bill.ask('When will the law take effect?').answer).toContain('18 months later');
  });
});

describe('a prize and a march', () => {
  const prize = briefArticle(
    parsePlainText(`Lima chemist shares prize

The Andes Prize in Chemistry was awarded on Wednesday to Ana Roy of Peru and Tom Vale of Chile.

The prize is the third of this year's Andes prizes.

The two will share the 11 million sol ($3 million) prize equally.`),
  );

  it('answers "How much is the prize worth?" with a sum of money, not with "the third of this year\'s prizes"', () => {
    expect(prize.ask('How much is the prize worth?').answer).toMatch(/^The two will share the 11 million sol/);
  });

  it('answers "How many people marched?" with "Tens of thousands of people marched"', () => {
    const march = briefArticle(
      parsePlainText(`Thousands march in Lima

Tens of thousands of people marched through the centre of Lima on Saturday to protest against the pension plan.

Eleven people were arrested.`),
    );
    expect(march.ask('How many people marched?').answer).toContain('Tens of thousands of people marched');
  });
});

describe('an approval', () => {
  const approval = briefArticle(
    parsePlainText(`Agency approves first pill for the condition

The Andes Medicines Agency on Friday approved zuranolone, the first pill for the condition.

The AMA declined to approve the drug for adults with major depression, citing weak evidence.

The companies said the pill would be available in the fourth quarter.`),
  );

  it('answers "What did the AMA approve?" first with what it approved, the acronym written out, not with what it declined to approve', () => {
    expect(approval.ask('What did the AMA approve?').answer).toMatch(/^The Andes Medicines Agency on Friday approved zuranolone/);
  });

  it('reads an acronym the text only writes out ("Who blamed the FAA?" of "the Federal Aviation Administration")', () => {
    const hearing = briefArticle(
      parsePlainText(`Senators press airline chiefs

Senators criticized the heads of three airlines on Tuesday over flight cancellations.

Sen. Ana Roy said the Federal Aviation Administration shared the blame because of a shortage of controllers.`),
    );
    expect(hearing.ask('Who blamed the FAA?').answer).toContain('Federal Aviation Administration shared the blame');
  });

  it('reads an acronym written out before an "and" that joins another name ("the EU" of "The European Union and Britain")', () => {
    const sanctions = briefArticle(
      parsePlainText(`Lima imposes sanctions on officials

Lima on Thursday imposed sanctions on 12 officials, Foreign Minister Ana Roy said.

The European Union and Britain announced similar measures last month.`),
    );
    expect(sanctions.ask('When did the EU announce measures?').answer).toContain('last month');
  });

  it('answers "When will the pill be available?" with "in the fourth quarter"', () => {
    expect(approval.ask('When will the pill be available?').answer).toContain('in the fourth quarter');
  });
});

describe("a company's shares", () => {
  it('answers "How much did shares fall?" first with the shares\' fall, not with a lead about profit in per cent', () => {
    const results = briefArticle(
      parsePlainText(`Lima Foods profit falls 18% as cocoa costs bite; shares slide

Lima Foods reported an 18% fall in fourth-quarter operating profit on Thursday as record cocoa prices squeezed margins.

Revenue rose 6% to 9.8 billion soles.

Shares in Lima Foods fell 9.3% by midday, their biggest one-day drop since 2020.`),
    );
    expect(results.ask('How much did shares fall?').answer).toMatch(/^Shares in Lima Foods fell 9.3%/);
  });
});

describe("the headline's parts the lead does not tell", () => {
  it('answers "How many firefighters were injured?" with the sentence that counts them, not a lead whose headline part is another', () => {
    const fire = briefArticle(
      parsePlainText(`Thousands flee as wildfire nears Lima; two firefighters injured

About 12,000 residents of Lima were ordered to leave their homes on Saturday as a wildfire burned to within two miles of the town.

The fire has burned 18,400 acres since Thursday.

Two firefighters were injured when their engine was overrun by flames near Cutter Road.`),
    );
    expect(fire.ask('How many firefighters were injured?').answer).toBe(
      'Two firefighters were injured when their engine was overrun by flames near Cutter Road.',
    );
    expect(fire.ask('Was anyone hurt?').answer).toBe('Two firefighters were injured when their engine was overrun by flames near Cutter Road.');
    // (The lead still answers for the part of the headline it tells.)
    expect(fire.ask('How many residents were ordered to leave?').answer).toMatch(/^About 12,000 residents/);
  });
});

describe('a study: who was not involved in it', () => {
  it('answers "Who was not involved?" with the one the text says was not involved, a question of what did not happen', () => {
    const study = briefArticle(
      parsePlainText(`Walking cuts heart risk, study finds

Adults who walked 7,000 steps a day had a lower risk of heart disease, according to a study published on Tuesday.

The researchers, led by Dr. Ana Roy of Lima University, tracked 90,000 people for eight years.

Professor Tom Vale of the Andes Institute, who was not involved in the research, said the results were consistent with trials.`),
    );
    expect(study.ask('Who was not involved?').answer).toMatch(/^Professor Tom Vale of the Andes Institute, who was not involved in the research/);
  });
});

describe('an election: when the parliament it chose will meet', () => {
  it('answers "When will parliament meet?" with its first session, not the lead that dates the election', () => {
    const vote = briefArticle(
      parsePlainText(`Social Democrats win Lima election

Lima's Social Democrats won Sunday's parliamentary election with 31 percent of the vote, but will need two partners to form a government.

The party, led by Ana Roy, took 29 of the 90 seats.

President Tom Vale is expected to nominate a prime minister within 30 days of the new parliament's first session on May 2.`),
    );
    expect(vote.ask('When will parliament meet?').answer).toMatch(/^President Tom Vale is expected to nominate a prime minister within 30 days/);
  });
});

describe('a wildfire: the area it burned, and who was treated for burns', () => {
  const fire = briefArticle(
    parsePlainText(`Thousands flee as wildfire nears Lima

Firefighters battled a wildfire near Lima on Monday as more than 3,000 residents fled their homes.

The blaze, which broke out on Sunday, has burned about 4,500 hectares of pine forest, the fire service said.

Two firefighters were treated for burns.`),
  );

  it('answers "How much forest burned?" with the hectares, an amount with its unit', () => {
    expect(fire.ask('How much forest burned?').answer).toMatch(/^The blaze, which broke out on Sunday, has burned about 4,500 hectares/);
  });

  it('answers "Who was hurt?" with who was treated for burns', () => {
    expect(fire.ask('Who was hurt?').answer).toBe('Two firefighters were treated for burns.');
  });
});

describe('what they said', () => {
  it('answers "What did they say?" with the words of those who took part, two at most, in the order the text gives them', () => {
    const pact = briefArticle(
      parsePlainText(`Andes states sign river pact

Ministers from five Andes states signed a treaty in Lima on Thursday that bans new dams on the Halvex river.

Peru's Foreign Minister, Ana Roy, who chaired the meeting, called the treaty "a promise to our grandchildren".

Chile's President Tom Vale said the region would not "gamble our rivers for a handful of megawatts".

The ministers will meet again in Quito in 2026.`),
    );
    const said = pact.ask('What did they say?');
    expect(said.answered).toBe(true);
    expect(said.answer).toMatch(/^Peru's Foreign Minister, Ana Roy, .*"a promise to our grandchildren"\. Chile's President Tom Vale said/);
    expect(pact.ask('What did the leaders say?').answer).toBe(said.answer);
    // (With no one taking part, nothing of theirs is reported.)
    expect(briefArticle(parsePlainText('River floods\n\nThe Halvex river burst its banks in Lima on Thursday.')).ask('What did they say?').answered).toBe(
      false,
    );
  });
});

describe('measures agreed', () => {
  it('answers "What measures were agreed?" with the list the card shows, and with the sentence that names them where there is none', () => {
    const listed = briefArticle(
      parsePlainText(`Peru and Chile agree steps to ease border trade

Presidents Ana Roy of Peru and Tom Vale of Chile agreed on Monday on three measures to cut delays at their border.

Among the measures, the two countries will:
- open the Tacna crossing 24 hours a day from April 1;
- recognise each other's vehicle inspection certificates;
- set up a joint committee to resolve trade disputes within 30 days.`),
    );
    expect(listed.ask('What measures were agreed?').answer).toMatch(/^3 measures: 1\. Open the Tacna crossing/);
    const none = briefArticle(
      parsePlainText(
        'Lima curbs traffic\n\nThe city council of Lima on Monday agreed measures to curb traffic, including a ban on trucks in the centre at rush hour.',
      ),
    );
    expect(none.ask('What measures were agreed?').answer).toMatch(/ban on trucks/);
  });
});

describe('which countries signed', () => {
  it('answers "Which countries signed?" first with the sentence that names them, not the lead that counts them', () => {
    const pact = briefArticle(
      parsePlainText(`Andean states agree flood warning pact

Ministers from the four countries along the river signed an agreement in Lima on Tuesday to issue joint flood warnings.

The pact, signed by ministers from Peru, Chile, Bolivia and Ecuador, commits them to a common warning system by 2033.`),
    );
    expect(pact.ask('Which countries signed?').answer).toMatch(/^The pact, signed by ministers from Peru, Chile, Bolivia and Ecuador/);
  });
});

describe('"What was decided?" of a report that never says "decided"', () => {
  it('answers with the first sentence that states an outcome in another word', () => {
    const truce = briefArticle(
      parsePlainText(`Ceasefire agreed after Lima talks

The government and the rebels agreed on Wednesday to a nationwide ceasefire, after nine days of talks in Lima.

The conflict has killed more than 40,000 people since 2027.`),
    );
    expect(truce.ask('What was decided?').answer).toContain('agreed on Wednesday to a nationwide ceasefire');
  });

  it('answers with an offer accepted ("after their union accepted a 7.5% pay rise"), not with the vote count after it', () => {
    const port = briefArticle(
      parsePlainText(`Port strike ends

Dock workers at the port of Callao ended a nine-day strike on Monday after their union accepted a 7.5% pay rise over two years.

The union said 86% of members who voted backed the deal.`),
    );
    for (const q of ['What was decided?', 'What was agreed?']) expect(port.ask(q).answer, q).toMatch(/^Dock workers at the port of Callao/);
    // (A resignation accepted is no deal agreed.)
    const quit = briefArticle(
      parsePlainText('Minister quits\n\nFinance Minister Ana Roy resigned on Monday.\n\nPrime Minister Tom Vale accepted her resignation.'),
    );
    expect(quit.ask('What was agreed?').answered).toBe(false);
  });

  it("answers with an outcome told in a numbered paragraph without the paragraph's number", () => {
    const readout = briefArticle(
      parsePlainText(`Peru-Chile Summit Meeting

1. On April 8, Prime Minister Ana Roy held a summit meeting with President Tom Vale of Chile.

2. The two leaders exchanged views on regional affairs.

3. The two leaders confirmed they would strengthen security ties, and agreed to start negotiations on an information-sharing pact.`),
    );
    expect(readout.ask('What was decided?').answer).toMatch(/^The two leaders confirmed/);
  });

  it("answers with a regulator's decision ('blocked the takeover', 'fined the bank'), and declines it as nothing agreed", () => {
    const ruling = (line: string) => briefArticle(parsePlainText(`Regulator acts on Halvex\n\n${line}\n\nHalvex said it was disappointed.`));
    for (const line of [
      "The competition authority on Tuesday blocked Halvex Group's takeover of Lima Foods, saying prices would have risen.",
      'The regulator has fined Halvex Bank 42 million soles for failing to check its customers.',
      // (… the thing blocked told with its price and whose it is: "supermarket chain Halvex's proposed £3.1 billion takeover")
      "The competition authority on Tuesday blocked supermarket chain Halvex's proposed £3.1 billion takeover of Lima Foods.",
    ]) {
      expect(ruling(line).ask('What was decided?').answer, line).toBe(line);
      expect(ruling(line).ask('What was agreed?').answered, line).toBe(false);
    }
  });

  it("reads a judge's dissent as a vote against, and answers who voted for it with no vote against", () => {
    const court = briefArticle(
      parsePlainText(
        'Court strikes down surveillance law\n\nThe Constitutional Court of Peru on Tuesday struck down a law that let police read messages without a warrant.\n\nIn a 7-2 decision, the court ordered parliament to pass a new law within 12 months.\n\nJustices Ana Roy and Tom Vale dissented, arguing that the law contained enough safeguards.',
      ),
    );
    for (const q of ['Who voted against?', 'Who opposed it?']) expect(court.ask(q).answer, q).toMatch(/^Justices Ana Roy and Tom Vale dissented/);
    const council = briefArticle(
      parsePlainText(
        'Council passes budget\n\nThe Lima city council on Tuesday approved the 2027 budget by 9 votes to 4.\n\nCouncillors Ana Roy and Tom Vale voted against the budget, saying it cut bus services.\n\nThe budget takes effect in January.',
      ),
    );
    expect(council.ask('Who voted for it?').answer).toBe('The Lima city council on Tuesday approved the 2027 budget by 9 votes to 4.');
  });

  it('counts no countries where a product is sold as countries taking part', () => {
    const launch = (line: string) =>
      briefArticle(parsePlainText(`Halvex unveils folding phone\n\nHalvex on Thursday unveiled its first folding phone in Lima, priced at $1,499.\n\n${line}`));
    expect(launch('Ana Roy said the phone would go on sale in 20 countries on October 1.').ask('How many countries took part?').answered).toBe(false);
    expect(launch('Delegates from 20 countries attended the launch.').ask('How many countries took part?').answer).toMatch(/^20 countries/);
  });

  it('answers "What is the next step?" as it answers "What happens next?"', () => {
    const court = briefArticle(
      parsePlainText(
        'Court strikes down surveillance law\n\nThe Constitutional Court of Peru on Tuesday struck down a law that let police read messages without a warrant.\n\nInterior Minister Ana Roy said the government would present a new bill before the summer recess.',
      ),
    );
    const next = court.ask('What happens next?');
    expect(next.answered).toBe(true);
    for (const q of ['What is the next step?', 'What will be the next step?', 'What will happen next?']) expect(court.ask(q).answer, q).toBe(next.answer);
  });

  it('answers "Who lost?" with the sentence that tells whom the winner beat', () => {
    const final = briefArticle(
      parsePlainText(
        "Vale wins first title\n\nInes Vale won her first title on Saturday, beating second seed Ana Roy 6-4, 7-5 in Lima.\n\nThe men's final is on Sunday.",
      ),
    );
    expect(final.ask('Who lost?').answer).toMatch(/^Ines Vale won her first title on Saturday, beating second seed Ana Roy/);
    expect(final.ask('Who lost the final?').answer).toMatch(/beating second seed Ana Roy/);
  });

  it("answers an election's outcome with the lead's winner, and takes no 'not ruled out' for a ruling", () => {
    const vote = briefArticle(
      parsePlainText(
        "Alliance wins Peru vote\n\nPeru's Social Alliance won Sunday's general election with 38.4 per cent of the vote, putting its leader Ana Roy on course to become prime minister.\n\nTurnout was 71 per cent, the electoral commission said.",
      ),
    );
    for (const q of ['What was the outcome?', 'What was decided?'])
      expect(vote.ask(q).answer, q).toMatch(/^Peru's Social Alliance won Sunday's general election/);
    const fire = briefArticle(
      parsePlainText(
        'Thousands flee wildfire near Lima\n\nMore than 12,000 people were ordered to leave their homes on Wednesday as a wildfire spread across the hills above Lima.\n\nThe cause of the fire is under investigation. Police have not ruled out arson.',
      ),
    );
    expect(fire.ask('What was decided?').answer).not.toMatch(/arson/);
  });

  it('answers "What was decided?" and "What was the outcome?" with the outcome backed, not with a side\'s vote against', () => {
    const plan = briefArticle(
      parsePlainText(
        'Ministers back storage plan\n\nLima energy ministers on Tuesday backed a plan to keep gas storage 80 percent full before each winter.\n\nPeru and Chile voted against, saying the target was too costly.',
      ),
    );
    for (const q of ['What was decided?', 'What was the outcome?', 'What was the result of the meeting?'])
      expect(plan.ask(q).answer).toMatch(/^Lima energy ministers on Tuesday backed a plan/);
    const side = briefArticle(
      parsePlainText(
        'Storage plan debated\n\nLima energy ministers met on Tuesday to discuss gas storage.\n\nPeru and Chile voted against the target, saying it was too costly.',
      ),
    );
    expect(side.ask('What was decided?').answer).toMatch(/^Peru and Chile voted against/);
  });

  it('takes no issue that had to be resolved, no witness who agreed he had done something, and no petition signed for a decision', () => {
    const hearing = (line: string) =>
      briefArticle(parsePlainText(`Hearing goes on\n\nThe hearing in Lima went into a second day on Tuesday.\n\n${line}`)).ask('What was decided?').answered;
    expect(hearing('President Ana Roy confirmed her belief that the border issue had to be resolved.')).toBe(false);
    expect(hearing('Under cross-examination, Mr Vale agreed he had registered a company.')).toBe(false);
    expect(hearing('Mayor Ana Roy, who called the meeting after 400 residents signed a petition, spoke first.')).toBe(false);
    expect(hearing('The two leaders agreed that they would meet again in May.')).toBe(true);
    expect(hearing('The issue was resolved on Monday.')).toBe(true);
  });

  it("takes no road blocked by protesters for a decision, and reads 'did agree' as agreed", () => {
    const talks = briefArticle(
      parsePlainText(
        'Farm ministers fail to agree on relief\n\nFarm ministers ended two days of talks in Lima on Tuesday without a deal on fertiliser relief.\n\nFarmers protested outside, where some 300 tractors blocked the main road for several hours.\n\nMinisters did agree on two smaller measures: a simpler grant form and a later deadline for payments.',
      ),
    );
    expect(talks.ask('What was decided?').answer).toMatch(/^Ministers did agree on two smaller measures/);
    expect(talks.ask('What was agreed?').answer).toMatch(/^Ministers did agree on two smaller measures/);
  });

  it('answers "What happens next?" with what someone said would come in a season ("would publish a review in the spring")', () => {
    const fine = briefArticle(
      parsePlainText(
        'Regulator fines bank\n\nThe regulator fined Halvex Bank on Thursday.\n\nThe regulator said it would publish a review of the sector in the spring.',
      ),
    );
    expect(fine.ask('What happens next?').answer).toContain('in the spring');
  });

  it('answers "What did they agree on?" as "What was agreed?", and not with a hope of agreement', () => {
    const levy = (line: string) =>
      briefArticle(parsePlainText(`Island states call for levy\n\nTwelve island states called on Wednesday for a levy on shipping emissions.\n\n${line}`));
    expect(levy('The agency chief Ana Roy said she hoped for agreement by Friday.').ask('What did they agree on?').answered).toBe(false);
    expect(levy('On Friday the 40 states agreed to a levy of $100 per tonne from 2028.').ask('What did they agree on?').answer).toMatch(
      /^On Friday the 40 states agreed/,
    );
  });

  it('does not answer with what is still to be decided', () => {
    const vote = briefArticle(
      parsePlainText(`Councillors reject homes plan

Lima councillors voted 31 to 18 on Thursday to reject a plan for 2,000 homes.

The developer said it would appeal. An appeal would typically take about a year to be decided.`),
    );
    expect(vote.ask('What was decided?').answer).toMatch(/^Lima councillors voted 31 to 18/);
  });

  it('takes an agreement named as a noun for none reached, and talks that ended without agreement for no decision', () => {
    const visit = briefArticle(
      parsePlainText(`Minister receives ambassador

On 18 February, Deputy Minister Ana Roy received the Ambassador of Peru, Tom Vale.

Roy underlined the importance of the free trade agreement between the EU and the Andean countries.`),
    );
    expect(visit.ask('What was agreed?')).toMatchObject({ answered: false, answer: 'The article does not say what was agreed.' });
    const talks = briefArticle(
      parsePlainText(`Peru and Chile fail to agree on water

Talks between Peru and Chile on sharing a river ended on Saturday without agreement, officials said.

The two sides will meet again in March.`),
    );
    expect(talks.ask('What was agreed?')).toMatchObject({
      answered: false,
      answer: expect.stringMatching(/^The article reports no decision: Talks between Peru/),
    });
  });

  it('answers "What was decided?" with a veto or a ruling upheld, not with a vote in favour told after it', () => {
    const council = briefArticle(
      parsePlainText(`Council fails to adopt resolution

A resolution demanding a ceasefire in Andes failed on Monday after Peru vetoed it.

The draft won 14 votes in favour. Chile and Bolivia both voted in favour.`),
    );
    expect(council.ask('What was decided?').answer).toMatch(/^A resolution demanding a ceasefire in Andes failed/);
    const court = briefArticle(
      parsePlainText(`Court upholds ban

The appeal court on Wednesday upheld a ban on night flights at Lima airport.

Residents voted in favour of the ban in 2019.`),
    );
    expect(court.ask('What was decided?').answer).toMatch(/^The appeal court on Wednesday upheld a ban/);
  });

  it.each([
    [
      'The Andes Council on Tuesday suspended Peru from all its activities until constitutional order is restored.',
      /^The Andes Council on Tuesday suspended Peru/,
    ],
    ['Finance ministers of the bloc backed a minimum corporate tax of at least 15% on Saturday.', /^Finance ministers of the bloc backed a minimum/],
    ['The council on Monday extended the mission’s mandate by a year.', /^The council on Monday extended/],
    ['The bloc imposed new sanctions on Halvex on Friday.', /^The bloc imposed new sanctions/],
  ])('answers "What was decided?" with what a body decided of a member, a measure or a mission: %s', (lead, answer) => {
    const report = briefArticle(parsePlainText(`Council acts\n\n${lead}\n\nThe meeting lasted ten hours.`));
    expect(report.ask('What was decided?').answer).toMatch(answer);
  });

  it('answers with a bill passed, before a demand rejected on the way', () => {
    const house = briefArticle(
      parsePlainText(`Opposition walks out as Lima assembly passes land bill

The Lima Legislative Assembly on Tuesday passed the Land Assignment (Amendment) Bill by a voice vote after the opposition staged a walkout.

Opposition leader Tom Vale demanded that the Bill be sent to a select committee. Speaker Ana Roy rejected the demand.`),
    );
    expect(house.ask('What was decided?').answer).toMatch(/^The Lima Legislative Assembly on Tuesday passed the Land Assignment/);
  });

  it('answers with an agreement reached, not one of an earlier year the new one replaces', () => {
    const fund = briefArticle(
      parsePlainText(`Peru reaches $3 billion deal with fund

The fund said on Friday it had reached a staff-level agreement with Peru on a nine-month, $3 billion arrangement.

The arrangement replaces a $6.5 billion programme agreed in 2019, which expires on Friday.`),
    );
    expect(fund.ask('What was decided?').answer).toMatch(/^The fund said on Friday it had reached a staff-level agreement/);
  });

  it('answers with a decision stated in its tally, not with the next decision due', () => {
    const bank = briefArticle(
      parsePlainText(`Bank of Lima holds rates

The Bank of Lima held interest rates at 5% on Thursday, with its committee split in an 8-1 vote.

The minutes said a gradual approach remained appropriate.

The next decision is due on November 7, when the Bank will also publish new forecasts.`),
    );
    expect(bank.ask('What was decided?').answer).toMatch(/^The Bank of Lima held interest rates at 5%/);
    // A report with no decision of its own says the one to come is still to come.
    const jobs = briefArticle(
      parsePlainText(`Lima jobs growth slows

Employers in Lima added 12,000 jobs in August, the fewest in a year, figures showed on Friday.

The Bank's next decision is due on September 18.`),
    );
    expect(jobs.ask('What was decided?')).toMatchObject({ answered: false, answer: expect.stringContaining('no decision yet') });
  });
});

describe('a height in storeys', () => {
  it('answers "How tall is the tower?" with "a 32-storey tower"', () => {
    const council = briefArticle(
      parsePlainText(`Council approves riverside tower

Lima city council voted 5-4 on Tuesday to approve a 32-storey residential tower on the river wharf.

Construction is expected to start next spring.`),
    );
    expect(council.ask('How tall is the tower?').answer).toContain('32-storey');
  });
});

describe('a veto at a council', () => {
  const council = briefArticle(
    parsePlainText(`Peru vetoes council resolution

Peru on Tuesday vetoed an Andes Council resolution on river shipping, the fourth veto this year.

Nine of the 11 members voted in favour of the draft, which was written by Chile and Bolivia.

Under a 2022 rule, the Andes Assembly must now meet within 10 working days to debate the veto.`),
  );

  it('answers "Who wrote the draft?" from "written by"', () => {
    expect(council.ask('Who wrote the draft?').answer).toContain('written by Chile and Bolivia');
  });

  it('answers "What happens next?" with what the assembly must now do, and within when', () => {
    expect(council.ask('What happens next?').answer).toContain('within 10 working days');
  });
});

describe('a profit warning', () => {
  it('answers "What is the new margin forecast?" with what the company "now expects"', () => {
    const warning = briefArticle(
      parsePlainText(`Lima Motors cuts forecast

Lima Motors cut its full-year profit forecast on Wednesday after sales of its electric cars fell 18 per cent.

The carmaker now expects an operating margin of 5 to 6 per cent this year, down from 7 to 8 per cent previously.`),
    );
    expect(warning.ask('What is the new margin forecast?').answer).toContain('5 to 6 per cent');
  });
});

describe('an earthquake', () => {
  const quake = briefArticle(
    parsePlainText(`Death toll from Andes earthquake rises to 312

The death toll from Sunday's magnitude 7.4 earthquake in southern Peru rose to 312 on Tuesday, officials said.

More than 2,100 people were injured and an estimated 45,000 have been left homeless, the civil defence institute said.

President Ana Roy declared a 60-day state of emergency and announced 500 million soles (about $135 million) for reconstruction.`),
  );

  it('answers "How many people died?" with the death toll', () => {
    expect(quake.ask('How many people died?').answer).toContain('rose to 312');
  });

  it('answers "How many are homeless?" and "How many are missing?" with the count the adjective follows, in digits or words', () => {
    expect(quake.ask('How many are homeless?').answer).toContain('45,000 have been left homeless');
    // (A count in words too: "at least three missing people".)
    const search = briefArticle(
      parsePlainText(
        'Bridge collapses\n\nA bridge in Lima collapsed on Sunday, killing 11 people.\n\nSearch teams were still looking for at least three missing people on Monday.',
      ),
    );
    expect(search.ask('How many are missing?').answer).toContain('at least three missing people');
  });

  it('answers "How many are in critical condition?" with the count of some that the state follows ("Eleven of the injured were …")', () => {
    const crash = briefArticle(
      parsePlainText(
        'Train derails in Peru\n\nA train derailed in Peru on Saturday, killing seven people and injuring 64, officials said.\n\nEleven of the injured were in critical condition, the health ministry said.',
      ),
    );
    expect(crash.ask('How many are in critical condition?').answer).toBe('Eleven of the injured were in critical condition, the health ministry said.');
    expect(crash.ask('How many are in a stable condition?').answered).toBe(false);
    // (… the state written with its article: "were in a serious condition".)
    const derailed = briefArticle(
      parsePlainText(
        'Train derails in Peru\n\nA train derailed in Peru on Monday, killing 11 people and injuring 46.\n\nEight of the injured were in a serious condition at the hospital in Lima, the health ministry said.',
      ),
    );
    expect(derailed.ask('How many are in serious condition?').answer).toMatch(/^Eight of the injured were in a serious condition/);
  });

  it('answers "How much money for reconstruction?" with a sum in a currency', () => {
    expect(quake.ask('How much money for reconstruction?').answer).toContain('500 million soles');
  });
});

describe('"How much money?": a sum in a currency, never another amount', () => {
  it('declines where the only amount is a span of time beside a word for money', () => {
    const vote = briefArticle(
      parsePlainText(`Supporters back club takeover

Members of the Lima Supporters' Trust voted by 412 to 188 on Thursday to back a takeover of the club.

The vote followed two hours of questions from members, many of whom asked why the buyers would not publish their funding.`),
    );
    expect(vote.ask('How much money?').answered).toBe(false);
  });

  it('answers with a sum in rupees written "Rs"', () => {
    const cabinet = briefArticle(
      parsePlainText(`Cabinet clears lake plan

The state cabinet on Thursday approved a plan to desilt 300 lakes before the monsoon.

It also cleared a Rs 50 crore fund for drought-hit farmers.`),
    );
    expect(cabinet.ask('How much money?').answer).toContain('Rs 50 crore');
  });
});

describe('who chaired, when another is named in the sentence', () => {
  it('answers "Who chaired the talks?" with the person after "chaired by", not the minister who spoke of them', () => {
    const strike = briefArticle(
      parsePlainText(`Rail strike called off

A national rail strike has been suspended after unions and operators reached a provisional deal in talks in Lima that ran through the night.

Transport Minister Ana Roy welcomed the agreement but said the government had not been directly involved in the talks, which were chaired by conciliator Tom Vale.`),
    );
    const answer = strike.ask('Who chaired the talks?').answer;
    expect(answer).toMatch(/^Tom Vale/);
    expect(answer).not.toMatch(/^Ana Roy/);
  });

  it('and "presided over by" as "chaired by"', () => {
    const meeting = briefArticle(parsePlainText('Ministers meet\n\nThe meeting was presided over by Foreign Minister Ana Roy of Peru.'));
    expect(meeting.ask('Who presided over the meeting?').answer).toMatch(/^Ana Roy/);
  });
});

describe("a page's own key points above the report", () => {
  const page = briefArticle(
    parsePlainText(`Ministers agree gas ban

Key points:
• Ministers back a ban on new gas contracts from January
• Peru and Chile voted against

LIMA — Andes energy ministers agreed on Friday to phase out all imports of gas by the end of 2027, overriding objections from Peru and Chile.

It was approved by a qualified majority. Peru and Chile voted against; Bolivia abstained.`),
  );

  it('answers from the report, not its summary line too, and never runs a bullet into a sentence', () => {
    const answer = page.ask('Who voted against?').answer;
    expect(answer).toContain('Peru and Chile voted against; Bolivia abstained.');
    expect(answer).not.toContain('•');
    expect(answer).not.toMatch(/voted against Peru/);
  });
});

describe('a takeover', () => {
  const deal = briefArticle(
    parsePlainText(`Chipmaker agrees takeover

Halvex, the Peruvian maker of power chips, has agreed to be bought by Lima-based Corvane for $4.8 billion in cash, the companies said on Monday, in the largest takeover of a Peruvian technology company this year.

Halvex shares jumped 35 per cent in Lima.

The two boards will meet again in Quito in March to sign the deal.`),
  );

  it('answers "Who is buying Halvex?" from "bought by", not as a question about who someone is', () => {
    expect(deal.ask('Who is buying Halvex?').answer).toContain('bought by Lima-based Corvane');
  });

  it('answers "How much is the deal worth?" with the sum, and "How much did shares rise?" from "jumped"', () => {
    expect(deal.ask('How much is the deal worth?').answer).toContain('$4.8 billion');
    expect(deal.ask('How much did shares rise?').answer).toContain('jumped 35 per cent');
  });

  it('answers "How much money was involved?" and "… at stake?" with the sum, neither word being one the text must use', () => {
    expect(deal.ask('How much money was involved?')).toMatchObject({ answered: true, answer: expect.stringContaining('$4.8 billion') });
    expect(deal.ask('How much money is at stake?')).toMatchObject({ answered: true, answer: expect.stringContaining('$4.8 billion') });
  });

  it('answers "Where is the next meeting?" from "will meet again in Quito"', () => {
    expect(deal.ask('Where is the next meeting?').answer).toContain('meet again in Quito');
  });
});

describe('an earnings report, past and forecast', () => {
  it('answers "What was revenue?" with what revenue was, before what is expected in the current quarter', () => {
    const report = briefArticle(
      parsePlainText(
        'Halvex profit falls 18% as chip demand slows\n\nHalvex reported an 18% fall in quarterly profit on Thursday, to $2.1 billion, as weaker demand for memory chips offset strong sales to data centres.\n\nFinance chief Tom Vale said the company expected revenue of $13 billion in the current quarter.\n\nRevenue for the three months to September fell 4% to $14.6 billion, below the $15.2 billion analysts had expected.',
      ),
    );
    expect(report.ask('What was revenue?').answer).toMatch(/^Revenue for the three months to September fell/);
    expect(report.ask('What revenue is expected?').answer).toMatch(/expected revenue of \$13 billion/);
  });
});

describe('a fund and its size', () => {
  it('answers "How big is the fund?" with the sum, not a quotation about the fund', () => {
    const water = briefArticle(
      parsePlainText(`Ministers adopt water commitments

Water ministers from seven countries adopted five commitments on Tuesday to protect glacier-fed rivers.

The commitments are: (1) to publish shared glacier monitoring data every six months; (2) to set up a regional early-warning system for glacial lake floods by 2034; (3) to protect at least 30 per cent of high-altitude wetlands; (4) to harmonise water pricing for mining companies; and (5) to create a joint fund of $200 million for local water projects.

Minister Ana Roy said the fund was "a first step, not the finish line," and called for it to be doubled within three years.`),
    );
    expect(water.ask('How big is the fund?').answer).toContain('$200 million');
  });

  it('answers "How big is the pay rise?" with its share ("a 14% pay rise"), not a sum in a lead that never states it', () => {
    const deal = briefArticle(
      parsePlainText(`Lima dockers end strike after winning 14% pay rise

Dock workers in Lima voted on Saturday to accept a new pay deal, ending a 19-day strike that cost exporters an estimated 1.2 billion euros.

The three-year agreement gives the 6,500 workers a 14% pay rise over three years.`),
    );
    expect(deal.ask('How big is the pay rise?').answer).toBe('The three-year agreement gives the 6,500 workers a 14% pay rise over three years.');
  });
});

describe('closed until', () => {
  it('answers "When will schools reopen?" with "will remain closed until May 4"', () => {
    const quake = briefArticle(
      parsePlainText(`Earthquake hits southern Peru

A magnitude 7.4 earthquake struck southern Peru on Sunday, killing at least 312 people.

Schools in the region will remain closed until at least May 4.`),
    );
    expect(quake.ask('When will schools reopen?').answer).toContain('closed until at least May 4');
  });
});

describe('countries named, not counted', () => {
  it('answers "Which countries have cases?" with the sentence that names them', () => {
    const outbreak = briefArticle(
      parsePlainText(`Agency declares outbreak an emergency

The Andes Health Agency declared a regional emergency on Wednesday over an outbreak of fever.

More than 14,000 suspected cases have been reported this year, most of them in the north.

Cases have also been confirmed in Chile, Bolivia and, for the first time, Ecuador.`),
    );
    expect(outbreak.ask('Which countries have cases?').answer).toContain('Chile, Bolivia and, for the first time, Ecuador');
  });
});

describe('a question of why', () => {
  const ruling = briefArticle(
    parsePlainText(`Regulator blocks Halvex takeover of Lorca Systems

The competition regulator on Wednesday blocked Halvex's takeover of Lorca Systems, saying the deal would push up prices for carmakers.

Halvex said it was considering an appeal.

It is the third large deal the regulator has blocked in two years.`),
  );

  it('answers "Why was the deal blocked?" with the sentence that gives the reason, of two that hold the words', () => {
    expect(ruling.ask('Why was the deal blocked?').answer).toMatch(/^The competition regulator on Wednesday blocked/);
  });

  it('answers "Why was X fined?" with the news\'s own reason ("for abusing …"), alone, not a fine of years ago', () => {
    const fine = briefArticle(
      parsePlainText(`Lima fines Halvex 2.4 billion soles

The Lima Competition Authority fined U.S. technology group Halvex 2.4 billion soles on Wednesday for abusing its dominance in online advertising.

Halvex said it would appeal.

Halvex was fined 4.1 billion soles in 2018 in a separate case over its mobile software, a penalty later cut by a court.`),
    );
    expect(fine.ask('Why was Halvex fined?').answer).toBe(
      'The Lima Competition Authority fined U.S. technology group Halvex 2.4 billion soles on Wednesday for abusing its dominance in online advertising.',
    );
  });
});

describe('what a country said', () => {
  const vote = briefArticle(
    parsePlainText(`Assembly demands ceasefire

The General Assembly on Thursday adopted a resolution demanding a ceasefire, with 141 votes in favour.

Russia, Belarus and Nicaragua were among those voting against.

Russia's deputy ambassador, Ivan Petrov, called the resolution "one-sided" and said it would do nothing to bring peace.`),
  );

  it('answers "What did Russia say?" with the words of the one person the article gives the country', () => {
    expect(vote.ask('What did Russia say?').answer).toContain('one-sided');
  });
});

describe('an output cut: when it starts, and by how much', () => {
  const cut = briefArticle(
    parsePlainText(`Producers agree deeper oil output cut

The producers' group agreed on Sunday to cut oil production by a further 1.2 million barrels per day from January.

Lima will shoulder the largest share, trimming 500,000 bpd.

The cuts will run until the end of March.`),
  );

  it('answers "When do the cuts start?" with the date they start from, not the day of the meeting', () => {
    expect(cut.ask('When do the cuts start?').answer).toContain('from January');
  });

  it('answers "When will the treaty take effect?" with the condition it enters into force on, when the text gives no date', () => {
    const treaty = briefArticle(
      parsePlainText(`Andes states sign mining moratorium

Ministers from nine Andes states signed a treaty in Lima on Thursday that bans mining in their rivers for ten years.

It will enter into force once six states have ratified it.

The ministers agreed to meet again in Quito in 2026.`),
    );
    expect(treaty.ask('When will the treaty take effect?').answer).toBe('It will enter into force once six states have ratified it.');
    expect(treaty.ask('When does the treaty enter into force?').answer).toBe('It will enter into force once six states have ratified it.');
  });

  it('answers "When does the law take effect?" with the time it is given to come into force, not a vote dated in June', () => {
    const law = briefArticle(
      parsePlainText(`Lima passes river law

Lawmakers in Lima voted on Thursday to ban mining in the city's rivers.

The bill passed by 61 votes to 40, a wider margin than at its second reading in June.

The law will come into force within four years.`),
    );
    expect(law.ask('When does the law take effect?').answer).toBe('The law will come into force within four years.');
  });

  it('answers "How much will Lima cut?" with what it trims, in barrels a day', () => {
    expect(cut.ask('How much will Lima cut?').answer).toContain('500,000 bpd');
  });
});

describe('a ban: a person named again by their age, and a ban backdated', () => {
  const ban = briefArticle(
    parsePlainText(`Champion banned for four years

Olympic champion Ana Ilic has been banned for four years after a failed test, the integrity unit said on Friday.

The 27-year-old Serbian, who won gold in Lima, tested positive in a sample taken in March.

Her ban is backdated to April 12, the day she was provisionally suspended.`),
  );

  it('answers "How old is Ilic?" with "The 27-year-old …" that opens the next paragraph', () => {
    expect(ban.ask('How old is Ilic?').answer).toContain('27-year-old');
  });

  it('answers "How old was Roy?" with an obituary\'s "She was 91.", which names her only by a pronoun', () => {
    const obituary = briefArticle(
      parsePlainText(`Ana Roy, archaeologist, dies at 91

Ana Roy, an archaeologist whose digs changed what we know of the Andes, has died at her home in Cusco. She was 91.

Her death was announced on Monday by the university where she taught.`),
    );
    expect(obituary.ask('How old was Roy?').answer).toBe('She was 91.');
  });

  it('gives "The 18-year-old …" to whom the sentence before named first, though it names the other player', () => {
    const match = briefArticle(
      parsePlainText(`Roy becomes youngest champion

Peru's Ana Roy became the youngest world chess champion on Thursday, beating Chile's Tom Vale in the final game.

The 18-year-old won the match 7.5 points to 6.5 after Vale blundered in a drawn endgame.`),
    );
    expect(match.ask('How old is Roy?').answer).toContain('18-year-old');
    expect(match.ask('How old is Vale?').answered).toBe(false);
  });

  it('answers "When does the ban start?" with the date it is backdated to', () => {
    expect(ban.ask('When does the ban start?').answer).toContain('April 12');
  });
});

describe('a lead that restates the headline in its own words', () => {
  const expel = briefArticle(
    parsePlainText(`Lima expels three Quito diplomats over spying

Lima on Monday expelled three Quito embassy staff it accused of spying, and gave them seven days to leave.

In April last year, Lima expelled 15 Quito diplomats, and Quito answered by expelling 10 of Lima's.`),
  );

  it('answers "How many diplomats were expelled?" with the lead, whose "three" the headline counts as diplomats', () => {
    expect(expel.ask('How many diplomats were expelled?').answer).toMatch(/^Lima on Monday expelled three/);
  });

  it('answers with the lead that restates the count in other words ("ordered … to leave"), before one of another time in the question\'s own', () => {
    const ordered = briefArticle(
      parsePlainText(
        'Lima expels four Quito diplomats over spying\n\nLima on Tuesday ordered four Quito diplomats to leave the country within 72 hours.\n\nQuito expelled six Lima diplomats last month.',
      ),
    );
    expect(ordered.ask('How many diplomats were expelled?').answer).toMatch(/^Lima on Tuesday ordered four Quito diplomats/);
  });
});

describe('a committee report and a verdict, in their own words', () => {
  const report = briefArticle(
    parsePlainText(`MPs call for ban on chemicals in packaging

A committee of MPs has called on the government to ban "forever chemicals" from food packaging by 2027.

The EU is expected to finalise restrictions on PFAS next year.

PFAS, a group of more than 10,000 synthetic chemicals, are used in non-stick pans.

The government has two months to respond formally.

The Chemical Industries Association said a blanket ban would be "disproportionate".

The Lima Markets Authority (LMA) said it agreed.

It is the third report the LMA has backed this year.`),
  );

  it('answers "When should the ban take effect?" with the date it is called for by', () => {
    expect(report.ask('When should the ban take effect?').answer).toContain('by 2027');
  });

  it('answers "What are PFAS?" and "What is the LMA?" first with the sentence that says what they are', () => {
    expect(report.ask('What are PFAS?').answer).toMatch(/^PFAS, a group/);
    expect(report.ask('What is the LMA?').answer).toMatch(/^The Lima Markets Authority \(LMA\)/);
  });

  it('answers "When must the government respond?" with the time it has to', () => {
    expect(report.ask('When must the government respond?').answer).toContain('two months to respond');
  });

  it('answers "What did the industry say?" from a body the text names in other words, not declining it as no one', () => {
    expect(report.ask('What did the industry say?').answer).toContain('Chemical Industries Association said');
  });

  const verdict = briefArticle(
    parsePlainText(`Former mayor found guilty

A jury on Friday found former mayor Tom Vale guilty of three counts of bribery.

Vale faces up to 20 years in prison on each count.`),
  );

  it('answers "What was Vale convicted of?" and "How long could he be jailed?" in the words a verdict is reported in', () => {
    expect(verdict.ask('What was Vale convicted of?').answer).toContain('guilty of three counts of bribery');
    expect(verdict.ask('How long could he be jailed?').answer).toContain('20 years in prison');
  });
});

describe('a match, a ballot and a record, in their own words', () => {
  const match = briefArticle(
    parsePlainText(`Lima beat Quito to win series

Lima beat Quito by six wickets on Sunday to win the series 3-2, with Tom Vale scoring an unbeaten 112.

Earlier, Quito captain Ana Roy won the toss and chose to bat.`),
  );

  it('answers "Who won?" with the result the report leads with, not a toss won', () => {
    expect(match.ask('Who won?').answer).toMatch(/^Lima beat Quito/);
  });

  it('answers "How many did Vale score?" with the number by his name', () => {
    expect(match.ask('How many did Vale score?').answer).toContain('an unbeaten 112');
  });

  it('answers "Who came second?" with the placing in whatever verb the report gives it ("was second")', () => {
    const race = briefArticle(
      parsePlainText(`Vale wins Lima marathon

Peru's Tom Vale won the Lima marathon on Sunday in 2 hours 6 minutes.

Chile's Ivo Kant was second, 22 seconds behind. Two runners were taken to hospital.`),
    );
    for (const q of ['Who came second?', 'Who came in second?', 'Who finished second?', 'Who was second?'])
      expect(race.ask(q).answer, q).toBe("Chile's Ivo Kant was second, 22 seconds behind.");
    expect(race.ask('Who came fourth?').answered).toBe(false);
  });

  const ballot = briefArticle(
    parsePlainText(`Nurses vote to strike

Nurses have voted for a new round of strikes, their union said on Monday.

Of the 37,000 members who voted, 98% backed industrial action.

The union is seeking a 35% pay rise.

Researchers said the register only goes back to 1979, when the union began recording votes.

The union has not yet set dates for the strikes.`),
  );

  it('answers "When will the strikes be held?" with the text saying no dates are set yet', () => {
    expect(ballot.ask('When will the strikes be held?').answer).toContain('not yet set dates');
  });

  it('reads a strike as industrial action, a pay rise as a share not a sum, and "began" as "begin"', () => {
    expect(ballot.ask('What percentage voted for strikes?').answer).toContain('98% backed industrial action');
    expect(ballot.ask('How much of a pay rise do they want?').answer).toContain('35% pay rise');
    expect(ballot.ask('When did the union begin recording votes?').answer).toContain('1979');
  });
});

describe('a joint statement, an election, a crash and a transfer, in their own words', () => {
  const statement = briefArticle(
    parsePlainText(`Joint statement of the Andes Foreign Ministers' Meeting

1. The foreign ministers of Chile, Peru and Ecuador met in Lima on 14 June 2031, chaired by Peru's Minister of Foreign Affairs, Ana Roy.

2. The ministers agreed on three areas of cooperation:

(a) maritime security;

(b) disaster early warning; and

(c) the protection of glaciers.

3. The ministers welcomed Ecuador's offer to host the fifth meeting in Quito in 2032.`),
  );

  it("answers with a list heading's items, as it reads, and no numbered paragraph after them", () => {
    expect(statement.ask('What areas of cooperation were agreed?').answer).toBe(
      'The ministers agreed on three areas of cooperation: maritime security; disaster early warning; and the protection of glaciers.',
    );
  });

  it('answers "Where will the next meeting be held?" with an offer to host the fifth', () => {
    expect(statement.ask('Where will the next meeting be held?').answer).toBe(
      "The ministers welcomed Ecuador's offer to host the fifth meeting in Quito in 2032.",
    );
  });

  const race = briefArticle(
    parsePlainText(`Roy wins Lima mayoral race

Council member Ana Roy was elected mayor of Lima on Tuesday, winning 61% of the vote and defeating Tom Vale, who took 36%.

Roy, 44, will be the first woman to lead the city. She campaigned on building 20,000 affordable homes.`),
  );

  it('reads defeat as a loss, and a campaign as a promise', () => {
    expect(race.ask('Who lost?').answer).toContain('defeating Tom Vale');
    expect(race.ask('What did Roy promise?').answer).toContain('campaigned on building 20,000 affordable homes');
  });

  const crash = briefArticle(
    parsePlainText(`Pilots disabled warning system, report finds

The pilots of a Lima Air passenger jet that crashed in the Andes in March had switched off a warning system minutes before impact, investigators said on Thursday.

Lima Air said it had ordered extra training for all its pilots.`),
  );

  it('reads a jet as a plane, and "What did the pilots do?" as what they did, not as their job', () => {
    expect(crash.ask('Where did the plane crash?').answer).toContain('crashed in the Andes');
    expect(crash.ask('What did the pilots do?').answer).toMatch(/^The pilots of a Lima Air passenger jet/);
  });

  const transfer = briefArticle(
    parsePlainText(`Lima sign Vale for record £150m

Lima have signed Tom Vale from Quito for a world-record fee of £150 million, the two clubs said on Monday.

The fee surpasses the £130 million Lima paid for another striker last year.`),
  );

  it('answers "How much did Lima pay?" with the fee the report leads with', () => {
    expect(transfer.ask('How much did Lima pay?').answer).toMatch(/^Lima have signed Tom Vale/);
  });
});

describe('a ban that takes effect at once, and an audience', () => {
  const ban = briefArticle(
    parsePlainText(`League bans Lima clubs

The league on Tuesday banned clubs from Lima from all its competitions until further notice.

The ban takes effect immediately.

The ceremony drew 19.5 million viewers, up 3% from last year.`),
  );

  it('answers "When does the ban take effect?" with "immediately", not a capital after "from" ("clubs from Lima")', () => {
    expect(ban.ask('When does the ban take effect?').answer).toBe('The ban takes effect immediately.');
  });

  it('counts viewers as people watching', () => {
    expect(ban.ask('How many people watched?').answer).toContain('19.5 million viewers');
  });
});

describe('a loan', () => {
  it('reads a loan as lending ("How will the loan be repaid?")', () => {
    const loan = briefArticle(
      parsePlainText(`Leaders pledge $50 billion for Lima

Leaders agreed on Thursday to lend Lima $50 billion, to be repaid from the interest earned on frozen assets.

Ana Roy said the money would be disbursed by the end of the year.`),
    );
    expect(loan.ask('How will the loan be repaid?').answer).toContain('to be repaid from the interest');
  });
});

describe('"What did the minister say?": the words of the ministers who speak, never a sentence that only names one', () => {
  const report = briefArticle(
    parsePlainText(`Andes ministers back migration plan

Foreign ministers of the Andes Pact endorsed a migration plan in Lima on Saturday.

Peru's Foreign Minister Ana Roy hosted the meeting. Chile sent Foreign Minister Tom Vale. Bolivia's Foreign Minister, Ivo Kant, also attended.

"No country can manage this alone," Roy told reporters after the session.

Kant said Bolivia would open two more border posts.`),
  );

  it('answers with what the two who spoke said, each in the sentence that names them', () => {
    const a = report.ask('What did the minister say?');
    expect(a.answer).toBe('"No country can manage this alone," Roy told reporters after the session. Kant said Bolivia would open two more border posts.');
  });

  it('declines for one who is named but says nothing', () => {
    const a = report.ask('What did Tom Vale say?');
    expect(a).toMatchObject({ answered: false, answer: 'The article does not report what Tom Vale said.' });
  });

  it('declines for one who says nothing, asked about a topic their deed names ("hosted the talks")', () => {
    const talks = briefArticle(
      parsePlainText(`Truce talks end without a deal

Talks between the army and the rebels ended in Lima on Sunday without a ceasefire.

Peru's deputy foreign minister, Ana Roy, and Chile's envoy, Tom Vale, hosted the talks.

Vale told reporters that neither side had accepted the mediators' plan.`),
    );
    expect(talks.ask('What did Ana Roy say about the talks?')).toMatchObject({ answered: false, answer: 'The article does not report what Ana Roy said.' });
    // (… and one who speaks is answered, as before, whatever their verb of speech.)
    expect(talks.ask('What did Tom Vale say about the plan?').answer).toBe("Vale told reporters that neither side had accepted the mediators' plan.");
    for (const verb of [
      'accused the army of shelling villages',
      ', a former general, criticised the army',
      'criticized the army',
      'also blamed the army',
      'demanded an inquiry',
    ])
      expect(
        briefArticle(
          parsePlainText(
            `Truce talks end\n\nTalks ended in Lima on Sunday without a ceasefire.\n\nRebel envoy Ivo Kant${verb.startsWith(',') ? '' : ' '}${verb} while the talks were going on.`,
          ),
        ).ask('What did Ivo Kant say about the talks?').answer,
        verb,
      ).toContain(verb);
    // (… though not a charge made of them.)
    expect(
      briefArticle(
        parsePlainText('Truce talks end\n\nTalks ended in Lima on Sunday after the army criticised rebel envoy Ivo Kant.\n\nThe next round is in May.'),
      ).ask('What did Ivo Kant say about the talks?').answered,
    ).toBe(false);
  });

  it('reads a charge made "accusing …" as speech ("raised the sea, accusing Lima\'s vessels of harassing fishermen")', () => {
    const summit = briefArticle(
      parsePlainText(`Leaders meet in Quito

Leaders ended a summit in Quito on Friday.

President Tom Vale raised the border, accusing Lima's vessels of harassing fishermen.`),
    );
    expect(summit.ask('What did Tom Vale say?').answer).toBe("President Tom Vale raised the border, accusing Lima's vessels of harassing fishermen.");
  });

  it('reads a deed done "saying …" as speech ("vetoed the package, which needed every vote, saying it cost too much")', () => {
    const summit = briefArticle(
      parsePlainText(`Leaders fail to agree on aid

Leaders ended a summit in Lima on Friday without agreeing on an aid package.

Prime Minister Tom Vale vetoed the package, which needed every vote, saying the money would be better spent at home.`),
    );
    expect(summit.ask('What did Tom Vale say?').answer).toBe(
      'Prime Minister Tom Vale vetoed the package, which needed every vote, saying the money would be better spent at home.',
    );
  });
});

describe('"What did the minister say?" of a report that names no minister, only "ministers"', () => {
  it('declines, not answering with a sentence in which no one says anything', () => {
    const report = briefArticle(
      parsePlainText(`Sherpas fail to agree

Negotiators from 20 economies ended a week of talks in Lima without agreeing on the climate section of the declaration, leaving it to ministers and leaders to resolve.

Peru's sherpa, Ambassador Ana Roy, said 85% of the text had been agreed.`),
    );
    expect(report.ask('What did the minister say?').answered).toBe(false);
  });
});

describe('a plan is no plane', () => {
  it('declines "What is the plan?" of a text whose only "plans" are aircraft', () => {
    const report = briefArticle(
      parsePlainText(`Summit postponed after storm

The Andes summit, due to open in Lima on Monday, has been postponed after a storm, the secretariat said.

Chile has sent two military aircraft with relief supplies.`),
    );
    expect(report.ask('What is the plan?').answered).toBe(false);
  });
});

describe('"What did the minister say?" where one minister took part and another named stayed away', () => {
  it('answers with the words of the one who took part', () => {
    const report = briefArticle(
      parsePlainText(`Andes summit postponed after storm

The Andes summit, due to open in Lima on Monday, has been postponed after a storm damaged the city, the secretariat said.

Peru's Prime Minister Ana Roy said the government was focused on restoring power to about 30,000 people.

Chilean Prime Minister Tom Vale had been due to attend.`),
    );
    expect(report.ask('What did the minister say?').answer).toBe(
      "Peru's Prime Minister Ana Roy said the government was focused on restoring power to about 30,000 people.",
    );
  });
});

describe('"What did the minister say?" of a report that names a ministry and no minister', () => {
  it('declines: a ministry is no minister', () => {
    const report = briefArticle(
      parsePlainText(`Coroner rules death was accident contributed to by neglect

Senior Coroner Ana Roy, sitting at Lima Coroner's Court, said on Friday that staff had missed four chances to check on a 17-year-old.

The Ministry of Justice said in a statement that it accepted the findings and had changed its night-check procedures.`),
    );
    expect(report.ask('What did the minister say?').answered).toBe(false);
    // The ministry itself is still asked about by its name.
    expect(report.ask('What did the Ministry of Justice say?').answer).toContain('accepted the findings');
  });
});

describe('what someone said: their words, their stance, their answer in an interview; not a sentence that says they were away', () => {
  const report = briefArticle(
    parsePlainText(`Ministers split on tax

Finance ministers met in Lima on Friday and split over a tax on billionaires.

Peru's Finance Minister Ana Roy backed the idea. Chile's Finance Minister Tom Vale did not travel to Lima.

Q: Ms Roy, is the tax about money?

A (Roy): Not the money. It is about fairness.`),
  );

  it('gives a stance as what they said ("backed the idea")', () => {
    expect(report.ask('What did Ana Roy say?').answer).toContain('backed the idea');
  });

  it('declines for one whose only sentence says they did not travel', () => {
    expect(report.ask('What did Tom Vale say?').answered).toBe(false);
  });

  it('declines for one sent, whatever the next sentence says of "the United States"', () => {
    const sent = briefArticle(
      parsePlainText(
        'Ministers meet in Lima\n\nClimate ministers met in Lima on Thursday.\n\nChile sent Vice Minister Ivo Kant. The United States did not send a minister.',
      ),
    );
    expect(sent.ask('What did Ivo Kant say?').answered).toBe(false);
  });

  it('reads an interview answer marked "A (Roy):" as hers', () => {
    expect(report.ask('What did Ana Roy say about fairness?').answer).toContain('It is about fairness.');
  });
});

describe("what someone said: not another's quotation that goes on about them", () => {
  const signing = briefArticle(
    parsePlainText(`Lima United sign striker Vale

Lima United have signed the striker Tom Vale from Quito Athletic for $24 million, the club said on Friday.

"Tom is the player we have wanted for two years," said Lima United's coach, Ana Roy. "He gives us pace and goals."

Vale, who came through Quito's academy, said he had chosen Lima because of the coach. "She showed me a plan," he said.`),
  );

  it('answers "What did Vale say?" with his words, not the coach\'s quotation that goes on with "He gives us pace"', () => {
    expect(signing.ask('What did Vale say?').answer).toBe(
      'Vale, who came through Quito\'s academy, said he had chosen Lima because of the coach. "She showed me a plan," he said.',
    );
  });

  it('still gives the coach her whole quotation, and a speaker their own that goes on', () => {
    expect(signing.ask('What did Roy say?').answer).toBe(
      '"Tom is the player we have wanted for two years," said Lima United\'s coach, Ana Roy. "He gives us pace and goals."',
    );
    const own = briefArticle(
      parsePlainText(`Vale joins Lima United

Lima United have signed the striker Tom Vale from Quito Athletic.

"I am very happy," Vale said on Friday. "I want to win the league with Lima."`),
    );
    expect(own.ask('What did Vale say?').answer).toBe('"I am very happy," Vale said on Friday. "I want to win the league with Lima."');
    // (Only a quotation alone goes on from another's: his own words right after it are his.)
    const after = briefArticle(
      parsePlainText(`Vale joins Lima United

Lima United have signed the striker Tom Vale from Quito Athletic.

"Tom is the player we have wanted," said coach Ana Roy. Vale said he had chosen Lima because of the coach.`),
    );
    expect(after.ask('What did Vale say?').answer).toBe('Vale said he had chosen Lima because of the coach.');
  });

  it('declines "What did Roy say?" of one a company "announced" it had appointed, whose only other mention is in another\'s quotation', () => {
    const release = briefArticle(
      parsePlainText(`Halvex appoints Ana Roy as chief executive

LIMA, 2 December -- Halvex Robotics today announced that its board has appointed Ana Roy as chief executive, effective 1 February.

"Ana has an outstanding record," said board chair Tom Vale. "She is the right leader for our next phase."`),
    );
    expect(release.ask('What did Roy say?').answered).toBe(false);
  });
});

describe('what someone said: not a theme or a title in quotation marks', () => {
  it.each([
    ['held under the theme of "Water is a right for all"', 'The meeting, held under the theme of "Water is a right for all", is'],
    ['under the slogan "Water for all"', 'The meeting, under the slogan "Water for all", is'],
    ['under the motto "Share the water"', 'The meeting, under the motto "Share the water", is'],
    ['a report titled "Water for all"', 'The meeting, which discussed a report titled "Water for all", is'],
    ['a report entitled "Water for all"', 'The meeting, which discussed a report entitled "Water for all", is'],
  ])('declines "What did Roy say?" of one who only attends a meeting %s', (_name, opening) => {
    const meeting = briefArticle(
      parsePlainText(`Water ministers meet in Lima

${opening} being attended by Peru's water minister, Ana Roy, and Chile's, Tom Vale.

Vale said the two countries would share data on the glaciers.`),
    );
    expect(meeting.ask('What did Roy say?').answered).toBe(false);
    expect(meeting.ask('What did Vale say?').answer).toBe('Vale said the two countries would share data on the glaciers.');
  });
});

describe("another word for a question's word is a common word, never one inside a name", () => {
  it('does not read "Beate" as "beat" for "Who won?"', () => {
    const forum = briefArticle(
      parsePlainText(
        'Faith leaders meet in Lima\n\nFaith leaders adopted a declaration in Lima on Wednesday.\n\nThe forum was opened by Foreign Minister Beate Roy.',
      ),
    );
    expect(forum.ask('Who won?').answered).toBe(false);
  });

  it('does not read a name that starts with another word\'s stem ("Victoria" of "victory") as that word', () => {
    const hearing = briefArticle(
      parsePlainText(
        'Senators question defence chief\n\nThe defence chief faced questions at a Senate hearing in Lima on Wednesday.\n\nSenator Ana Roy (Labor, Victoria) twice called the hearing to order.',
      ),
    );
    expect(hearing.ask('Who won?').answered).toBe(false);
    // (Nor one that opens a sentence, where a word's capital could hide it.)
    const board = briefArticle(
      parsePlainText(
        'Water board approves plan\n\nThe Lima water board approved a drought plan on Monday.\n\nVictoria Vale, who represents farmers on the board, welcomed the plan.',
      ),
    );
    expect(board.ask('Who won?').answered).toBe(false);
  });

  it('still reads a word that opens a sentence as that word ("Victory came late.")', () => {
    const match = briefArticle(parsePlainText('Lima win the cup\n\nThe final in Quito went to extra time on Sunday.\n\nVictory came late for Lima.'));
    expect(match.ask('Who won?').answer).toContain('Victory came late for Lima.');
  });

  it('still reads "beat" as winning where the text beats someone', () => {
    const match = briefArticle(parsePlainText('Lima win the cup\n\nLima beat Quito 2-1 in the final on Sunday.'));
    expect(match.ask('Who won?').answer).toContain('Lima beat Quito');
  });
});

describe('"Where will the next meeting be held?": the next one of the event, in whatever word the report names it', () => {
  const ask = (text: string) => briefArticle(parsePlainText(`Faith leaders meet in Lima\n\n${text}`)).ask('Where will the next meeting be held?');

  it('is the next forum, summit or congress', () => {
    expect(ask('Faith leaders adopted a declaration in Lima on Wednesday.\n\nThe next forum will be held in Quito in 2027.').answer).toBe(
      'The next forum will be held in Quito in 2027.',
    );
    expect(ask('Leaders met in Lima on Friday.\n\nA second round of talks is due to begin in Quito on 15 October.').answered).toBe(true);
  });

  it('is not a sentence that only says "next year" of something else', () => {
    expect(ask("The chief executive showed the chip at the company's annual developer conference, saying it would ship in laptops next year.").answered).toBe(
      false,
    );
  });

  it('is not a sentence that failed "again" and put a decision off to "next year"', () => {
    expect(ask('Governments meeting in Lima failed again on Wednesday to agree rules, pushing a decision into next year.').answered).toBe(false);
    expect(ask('Faith leaders adopted a declaration in Lima on Wednesday.\n\nThey will meet again in Quito in 2027.').answer).toBe(
      'They will meet again in Quito in 2027.',
    );
  });
});

describe('"What did X say?" with no topic: a sentence that quotes them before the lead that only names them', () => {
  it('answers with the quotation', () => {
    const report = briefArticle(
      parsePlainText(
        'Defence pact signed\n\nDefence Minister Ana Roy held talks with her counterpart Tom Vale in Lima on Friday, and the two sides signed an agreement on logistics.\n\nVale called Peru "a top-tier security partner".',
      ),
    );
    expect(report.ask('What did Tom Vale say?').answer).toBe('Vale called Peru "a top-tier security partner".');
  });
});

describe('what is still to be decided is no decision; a noun "plan to" is no plan of what comes next', () => {
  const hearing = briefArticle(
    parsePlainText(
      "Court hears appeal\n\nThe Lima Supreme Court on Monday began hearing the government's appeal against a ruling that its plan to deport asylum seekers is unlawful.\n\nA panel of five justices, led by Ana Roy, will decide whether the lower court was right.\n\nJudgment will be given at a later date.",
    ),
  );

  it('declines "What was decided?" where the decision is still to come, and says so', () => {
    expect(hearing.ask('What was decided?')).toMatchObject({ answered: false, answer: expect.stringContaining('no decision yet') });
  });

  it('answers "What happens next?" with a judgment at a later date, not the lead\'s "its plan to deport"', () => {
    expect(hearing.ask('What happens next?').answer).toBe('Judgment will be given at a later date.');
  });

  it('answers "What was decided?" with the lead where the text says the decision was taken, though another body is yet to decide', () => {
    const ban = briefArticle(
      parsePlainText(
        'Lima bans clubs\n\nThe Lima football federation on Tuesday banned clubs from Quito from its competitions.\n\nThe decision was taken at an emergency meeting.\n\nThe Andes federation is expected to decide on qualifiers on Friday.',
      ),
    );
    expect(ban.ask('What was decided?').answer).toMatch(/^The Lima football federation on Tuesday banned clubs/);
  });
});

describe('answers of what was decided, who chaired and who holds an office, where the words mislead', () => {
  const ask = (text: string, q: string) => briefArticle(parsePlainText(text)).ask(q);

  it('takes no wished-for or quoted "decision" for the one taken: the outcome in another word, a verdict, or none', () => {
    const hoped = ask(
      'Leaders meet on aid\n\nLeaders met in Lima on Monday to discuss a loan.\n\nCouncil President Ana Roy said she hoped the leaders would "take a decision today".\n\nLeaders failed to agree.',
      'What was decided?',
    );
    expect([hoped.answered, hoped.answer]).toEqual([false, 'The article reports no decision: Leaders failed to agree.']);
    const quoted = ask(
      'Leaders back fund\n\nLeaders on Friday endorsed a new regional fund for climate adaptation.\n\nPrime Minister Tom Vale called it "the most important decision of this forum".',
      'What was decided?',
    );
    expect(quoted.answer).toMatch(/^Leaders on Friday endorsed a new regional fund/);
    const verdict = ask(
      'Mayor jailed\n\nA former mayor of Lima has been jailed for six years for fraud.\n\nJudge Ana Roy told him he had "betrayed the people who elected you".',
      'What was decided?',
    );
    expect(verdict.answer).toMatch(/^A former mayor of Lima has been jailed/);
  });

  it('takes no decision of years before for the one taken, and reads "admitted X as a member" as an outcome', () => {
    const a = ask(
      'Bloc admits Lima\n\nLeaders on Sunday formally admitted Lima as the 11th member of the bloc, at their summit in Quito.\n\nAndes was again represented by an official, Tom Vale, under a 2021 decision barring its leaders.',
      'What was decided?',
    );
    expect(a.answer).toMatch(/^Leaders on Sunday formally admitted Lima/);
  });

  it("takes no outcome of a time gone by, told as background, for what was decided; one of the report's year stands", () => {
    const obituary = (year: string) => {
      const article = parsePlainText(
        `Ana Roy, astronomer, dies at 91\n\nAna Roy, the astronomer who mapped the southern sky, died on Monday at her home in Lima. She was 91.\n\nShe was elected to the Andes Academy of Sciences in ${year}.`,
      );
      return briefArticle({ ...article, published: 'May 4, 2026' }).ask('What was decided?');
    };
    expect(obituary('2004')).toMatchObject({ answered: false });
    expect(obituary('2026').answer).toMatch(/^She was elected to the Andes Academy/);
    // (Nor one counted back from now, found by its own verb: "Two years ago, we agreed to …".)
    const speech = briefArticle(
      parsePlainText(
        "Remarks at the council\n\nIt is an honour to welcome you to Lima for the council meeting.\n\nTwo years ago, we agreed to resume the council's full work.",
      ),
    );
    expect(speech.ask('What was agreed?')).toMatchObject({ answered: false });
    // (… or last month: "the Andes Bank, which approved loans last month", in an interview about a plan.)
    const interview = briefArticle(
      parsePlainText(
        'Ana Roy on the flood plan\n\nAna Roy spoke to us about the new $2 billion flood plan.\n\nA: The rest comes from the Andes Bank, which approved loans last month.',
      ),
    );
    expect(interview.ask('What was decided?')).toMatchObject({ answered: false });
  });

  it("takes no page's subheading for an answer, though it says the question's words", () => {
    const a = ask(
      '# Council brings in a test\n\nThe council on Tuesday voted to require a test from all athletes.\n\n## What was decided\n\n- Athletes must pass the test once.\n\n## Reaction\n\nThe group called it invasive.',
      'What was decided?',
    );
    expect(a.answer).toMatch(/^The council on Tuesday voted to require a test/);
  });

  it('says a numbered step of what comes next as a sentence', () => {
    const a = ask(
      'Ministers agree steps\n\nFinance ministers agreed on Thursday on two steps, at a meeting in Lima.\n\nThey said they would:\n\n1. lower the price cap to $45 a barrel;\n2. report on progress at their next meeting in October.',
      'What happens next?',
    );
    expect(a.answer).toBe('Report on progress at their next meeting in October.');
  });

  it("takes a verdict for the outcome only where the lead states it, not a prisoner's sentence told in passing", () => {
    const a = ask(
      'Two countries swap prisoners\n\nLima and Quito exchanged two prisoners at the airport on Thursday in a deal mediated by Andes.\n\nQuito freed Ana Roy, a dual citizen sentenced to 12 years for donating $51 to a charity.',
      'What was decided?',
    );
    expect(a.answered).toBe(false);
  });

  it('reads a tally in which one side has none ("124 votes in favour, none against")', () => {
    const a = ask(
      'Assembly adopts agreement\n\nMember states on Tuesday adopted an agreement on pandemics.\n\nPrime Minister Ana Roy had asked for a vote on the text, but no vote was held.\n\nA day before, a committee approved it by 124 votes in favour, none against and 11 abstentions.',
      'What was the vote?',
    );
    expect(a.answer).toMatch(/^A day before, a committee approved it by 124 votes in favour, none against/);
  });

  it("answers what was decided from the report's prose before a page's summary box", () => {
    const a = ask(
      'Council backs plan\n\n• Quito has signed but not ratified\n\n• The plan takes effect in May\n\nThe council on Friday approved the water plan by a wide margin.\n\nQuito signed the accord last year but has not ratified it.',
      'What was decided?',
    );
    expect(a.answer).toMatch(/^The council on Friday approved the water plan/);
  });

  it('says a meeting was held at a building, in a city', () => {
    const a = ask(
      'Ministers agree flights\n\nLIMA (Wire) — Foreign Minister Ana Roy and her counterpart Tom Vale agreed on Tuesday to expand direct flights.\n\nThe ministers met at the Foreign Ministry in Lima.',
      'Where was the meeting held?',
    );
    expect(a.answer).toMatch(/ was held at the Foreign Ministry, Lima\.$/);
    // … at the United Nations, a body's seat; in the Netherlands, a country named with "the".
    const at = (dateline: string) =>
      ask(`Council extends mission\n\n${dateline} (Wire) — The Security Council voted on Thursday to extend the mission.`, 'Where was it?').answer;
    expect(at('UNITED NATIONS')).toMatch(/ held at the United Nations\.$/);
    expect(at('NETHERLANDS')).toMatch(/ held in the Netherlands\.$/);
    expect(at('DOMINICAN REPUBLIC')).toMatch(/ held in the Dominican Republic\.$/);
    expect(at('PERU')).toMatch(/ held in Peru\.$/);
    expect(at('LIMA')).toMatch(/ held in Lima\.$/);
  });

  it('says talks named in the plural were held, a meeting in the singular was', () => {
    const report = (text: string) => ask(`Truce agreed\n\nLIMA (Wire) — ${text}`, 'Where was it held?').answer;
    expect(report('The two sides agreed on Friday to a truce after five days of indirect talks in Lima.')).toBe('The indirect talks were held in Lima.');
    expect(report('The two sides agreed on Friday to a truce at a one-day meeting in Lima.')).toBe('The one-day meeting was held in Lima.');
    // (… with what follows the plural noun: "talks between Peru and Chile".)
    expect(report('Two days of talks between Peru and Chile over the river ended on Friday without an agreement.')).toBe(
      'The talks between Peru and Chile were held in Lima.',
    );
  });

  it('writes an event named at the start of its sentence in lower case, unless the text writes its first word in capitals elsewhere', () => {
    const report = (text: string) => ask(`Talks end\n\n${text}`, 'Where was it held?').answer;
    expect(report('Indirect talks between the government and the rebels ended in Doha on Sunday.')).toBe('The indirect talks were held in Doha.');
    expect(report('Andes talks ended in Doha on Sunday.\n\nThe next round of Andes talks is in May.')).toBe('The Andes talks were held in Doha.');
  });

  it('answers who hosted with the one who "co-hosted … with" another, and that other, or all "co-chaired by"; a "would" after the verb is no event to come', () => {
    const a = ask(
      "Leaders back treaty\n\nLeaders from 60 countries on Wednesday endorsed a plan to ratify the treaty, at a conference in Lima.\n\nPeruvian President Ana Roy, who co-hosted the conference with Chile's President Tom Vale, said the treaty would enter into force within months.",
      'Who co-hosted the conference?',
    );
    expect(a.answer).toMatch(/^Ana Roy: President, Peru; Tom Vale: President, Chile\. Peruvian President Ana Roy, who co-hosted/);
    const c = ask(
      "Ministers agree corridor\n\nMinisters agreed on Thursday to study a pipeline, at a meeting in Lima.\n\nThe meeting was co-chaired by Peru's Energy Minister, Ana Roy, and Chile's Energy Minister, Tom Vale, Trade Minister Ivo Kant said.",
      'Who co-chaired the meeting?',
    );
    expect(c.answer).toMatch(/^Ana Roy: Energy Minister, Peru; Tom Vale: Energy Minister, Chile\. The meeting/);
    const b = ask(
      'Ministers meet\n\nMinisters met in Lima on Friday.\n\nFinance Minister Ana Roy, who chaired the meeting, said the group would lend $15 billion.',
      'Who chaired the meeting?',
    );
    expect(b.answer).toMatch(/^Ana Roy: chair of the meeting; Finance Minister\. Finance Minister Ana Roy, who chaired the meeting/);
  });

  it('answers who chaired with the one right after "chaired by", not everyone named after it', () => {
    const a = ask(
      'Cabinet approves scheme\n\nNEW DELHI: The Union Cabinet chaired by Prime Minister Ana Roy on Wednesday approved a Rs 10,000 crore scheme, Information Minister Tom Vale said.',
      'Who chaired the meeting?',
    );
    expect(a.answer).toMatch(/^Ana Roy: Prime Minister\. The Union Cabinet/);
  });

  it('takes no step asked for ("3. agree to arbitration") for what was agreed', () => {
    const a = ask(
      'Union sets conditions\n\nThe union council met in Lima on Saturday and set three conditions for returning to talks.\n\nIts leader, Tom Vale, said the union would not negotiate until the operators:\n\n1. withdraw the threat of redundancies;\n\n2. restore the pay offer;\n\n3. agree to independent arbitration if talks fail.',
      'What was agreed?',
    );
    expect(a).toMatchObject({ answered: false, answer: 'The article does not say what was agreed.' });
  });

  it('answers what was agreed with what was, before a sentence that says there was no agreement', () => {
    const a = ask(
      'Talks adjourn\n\nTalks between the two sides adjourned on Friday without agreement on a ceasefire, the mediators said.\n\nThe two sides did agree to facilitate humanitarian access, the statement said.',
      'What was agreed?',
    );
    expect(a.answer).toMatch(/^The two sides did agree to facilitate humanitarian access/);
  });

  it('says an online meeting was held online, not in the place the report was filed from', () => {
    const a = ask(
      'Producers raise output\n\nLIMA/QUITO, May 31 (Reuters) - The group agreed on Saturday to raise oil production in July.\n\nThe members made the decision at an online meeting that was brought forward by a day.',
      'Where was the meeting held?',
    );
    expect(a.answer).toBe('The meeting was held online; the article gives no place.');
  });

  it('answers what was the vote only with a sentence of a vote, not one that names past elections', () => {
    const text = "Lima expels diplomats\n\nLima on Monday ordered four diplomats to leave.\n\nRelations have worsened since Quito's elections in March.";
    expect(ask(text, 'What was the vote?').answered).toBe(false);
    const election = ask(
      "Labour wins election\n\nLabour won the most seats in Thursday's general election but fell short of a majority.\n\nRelations with Quito have worsened since its elections in March.",
      'What was the vote?',
    );
    expect(election.answer).toMatch(/^Labour won the most seats/);
  });

  it('takes what donors pledged for what was decided', () => {
    const a = ask(
      'Donors pledge aid\n\nDonors pledged $2.1 billion in aid for Lima at a conference on Tuesday.\n\nThe conference did not agree on a statement after objections from two states.',
      'What was decided?',
    );
    expect(a.answer).toMatch(/^Donors pledged \$2\.1 billion/);
  });

  it('answers when the event ends with the sentence that says so, not its first day', () => {
    const text =
      'Union congress backs shorter week\n\nDelegates at the Lima Union Congress on Monday voted for a 32-hour week.\n\nThe Congress also backed motions on pay. It ends on Wednesday.';
    expect(ask(text, 'When does the Congress end?').answer).toBe('It ends on Wednesday.');
    expect(ask(text, 'When was the Congress?').answer).toMatch(/Monday\.$/);
  });

  it('reads what a resolution asks someone to do as what they must do', () => {
    const a = ask(
      'Council extends mission\n\nThe council voted on Monday to extend the mission in Lima for a year.\n\nThe resolution asks Secretary-General Ana Roy to report on the mission every 90 days and to present options by February 15.',
      'When must Roy report?',
    );
    expect(a.answer).toMatch(/^The resolution asks Secretary-General Ana Roy to report on the mission every 90 days/);
  });

  it('answers who presides over an event the question names, whatever the tense, and not of this one', () => {
    const text =
      "Climate talks end with a deal\n\nNearly 200 countries agreed on Saturday to triple adaptation finance, as the climate talks in Lima ended.\n\nNext year's talks, COP31, will be held in Quito, with Andes presiding over the negotiations.";
    expect(ask(text, 'Who presides over COP31?').answer).toMatch(/with Andes presiding over the negotiations/);
    expect(ask(text, 'Who presided over the talks?').answered).toBe(false);
  });

  it('answers who chaired a meeting the lead sets its news in, though the news is to come ("agreed to buy … from next year, in a meeting chaired by X")', () => {
    const text =
      'Health ministers agree joint buying\n\nHealth ministers from the Andes agreed on Tuesday to buy vaccines jointly from next year, in a meeting held by video link and chaired by Peru’s Health Minister Ana Roy.';
    expect(ask(text, 'Who chaired the meeting?').answer).toMatch(/^Ana Roy: Health Minister, Peru\./);
    for (const where of ['at a summit', 'in an emergency meeting', 'during a virtual session', 'in a conference', 'in a video call', 'at the talks'])
      expect(ask(text.replace('in a meeting held by video link and', where), 'Who chaired the meeting?').answer, where).toMatch(
        /^Ana Roy: Health Minister, Peru\./,
      );
    // (A chair to come is still to come: "… will meet next year, at a summit to be chaired by X".)
    const ahead = 'Leaders plan a summit\n\nLeaders of the Andes agreed on Tuesday to meet again next year, at a summit that will be chaired by Tom Vale.';
    expect(ask(ahead, 'Who chaired the summit?').answered).toBe(false);
    expect(ask(ahead, 'Who will chair the summit?').answer).toMatch(/Tom Vale/);
  });

  it('reads "sentenced to 12 years" as jailed', () => {
    const a = ask(
      [
        'Two countries swap prisoners in deal brokered by a third',
        'QUITO, April 10 (Wire) - Lima and Quito exchanged two prisoners at the airport on Thursday in a deal mediated by Andes.',
        'Quito freed Ana Roy, a dual citizen sentenced to 12 years for donating $51 to a charity. Lima released Tom Vale, arrested in 2023 on charges of exporting electronics.',
        'Director Ivo Kant said the agency had negotiated the deal directly.',
        'Roy, 33, was flown to Lima and reunited with her family.',
      ].join('\n\n'),
      'Why was Roy jailed?',
    );
    expect(a.answer).toMatch(/sentenced to 12 years for donating/);
  });

  it('takes no place still to come for where the meeting was held', () => {
    const a = ask(
      'Leaders agree hydrogen council\n\nLIMA, 14 March\n\nWe agreed today to set up a joint hydrogen council, which will meet for the first time in Quito in June.',
      'Where was the meeting held?',
    );
    expect(a.answer).toMatch(/held in Lima\.$/);
  });

  it('takes no body that "awards contracts" for a winner', () => {
    const a = ask(
      'Mayor jailed\n\nA former mayor has been jailed.\n\nChief executive Ana Roy said the council had changed the way it awards contracts.',
      'Who won?',
    );
    expect(a.answered).toBe(false);
  });

  it('answers who chaired the meeting with the chair, not with one who chairs a committee', () => {
    const a = ask(
      'Shareholders reject pay\n\nShareholders voted against the pay report at the annual general meeting on Thursday.\n\nChair Tom Vale told the meeting the board had heard the message.\n\nDirector Ana Roy, who chairs the remuneration committee, received 61% support.',
      'Who chaired the meeting?',
    );
    expect(a.answer).toBe('Tom Vale: Chair.');
  });

  it('answers who presided over the talks with who did, not with one who chairs an alliance of members', () => {
    const text =
      'Talks run late\n\nClimate talks in Lima ran past their close on Friday.\n\nAna Roy, who chairs the Alliance of Small Lima States, called the draft "a death sentence".\n\nThe talks are presided over by the conference president, Tom Vale.';
    expect(ask(text, 'Who presided over the talks?').answer).toMatch(/^Tom Vale\b/);
    expect(ask(text, 'Who chaired the meeting?').answer).not.toMatch(/Ana Roy/);
  });

  it('takes no vice president for the president', () => {
    const text =
      'Council denies tower\n\nThe council voted 5-2 to deny the appeal.\n\n"We followed every rule," said Halvex vice president Ana Roy.\n\nMayor Tom Vale voted against.';
    expect(ask(text, 'Who is the president?').answered).toBe(false);
    expect(ask(text, 'Who is the vice president?').answer).toMatch(/Ana Roy/);
  });
});

describe('a rate hold, a wage law, a resignation, a breach, a joint venture and a charge', () => {
  const brief = (text: string) => briefArticle(parsePlainText(text));
  const bank = brief(`Lima bank holds rates

LIMA, Nov 26 (Wire) - The Lima Reserve Bank kept its main interest rate at 3.75% on Wednesday, but Governor Ana Roy said a cut was likely in the spring if inflation keeps easing.

Annual inflation slowed to 2.9% in October from 3.4% in September, the statistics office said.

The bank's next policy meeting is on Feb. 4.`);

  it('reads a rate held as what was decided, and a next meeting with a word between ("next policy meeting") as what comes next', () => {
    expect(bank.ask('What was decided?').answer).toContain('kept its main interest rate at 3.75%');
    expect(bank.ask('What did the bank decide?').answer).toContain('kept its main interest rate at 3.75%');
    expect(bank.ask('What happens next?').answer).toBe("The bank's next policy meeting is on Feb. 4.");
  });

  it('answers a measure with the figure told of it ("inflation slowed to 2.9%"), not one of another measure in a sentence that names it', () => {
    expect(bank.ask('What is the inflation rate?').answer).toContain('2.9%');
    expect(bank.ask('What is the interest rate?').answer).toContain('3.75%');
    const wage = brief(`Wage bill passes

Lawmakers approved a bill on Wednesday that will raise the national minimum wage by 12% to 9.80 an hour from April 1.

About 140,000 workers earn the minimum wage, the statistics office said.`);
    expect(wage.ask('What is the new minimum wage?').answer).toContain('9.80 an hour');
  });

  it('answers why someone resigned with what an inquiry found, and who replaces them with who takes over', () => {
    const quit = brief(`Minister quits

Lima's transport minister, Ana Roy, resigned on Thursday after a parliamentary inquiry found that her office had steered a rail contract to a former adviser.

Prime Minister Tom Vale accepted the resignation and said Deputy Minister Ivo Kant would take over the ministry until a successor is named.`);
    expect(quit.ask('Why did she resign?').answer).toContain('after a parliamentary inquiry found');
    expect(quit.ask('Why did she resign?').answer).not.toContain('accepted the resignation');
    for (const q of ['Who will replace her?', 'Who will replace Ana Roy?', 'Who will replace Roy?'])
      expect(quit.ask(q).answer, q).toContain('Ivo Kant would take over');
  });

  it('answers "Who replaced X?" with the sentence that says X was replaced and by whom, not the lead\'s other replacing', () => {
    const reshuffle = brief(`Prime minister reshuffles cabinet

Prime Minister Lia Mora replaced her finance minister on Monday in a reshuffle of six cabinet posts.

Tom Vale, 49, a former central bank governor, becomes finance minister, replacing Ana Roy, who moves to the foreign ministry.

Health Minister Ivo Kant was sacked after a row over waiting lists and replaced by his deputy, Eva Lind.`);
    expect(reshuffle.ask('Who replaced Ivo Kant?').answer).toMatch(/^Health Minister Ivo Kant was sacked/);
    expect(reshuffle.ask('Who replaced Ana Roy?').answer).toMatch(/^Tom Vale, 49, a former central bank governor, becomes finance minister, replacing Ana Roy/);
    // (Not the one who did the replacing: the text does not say who replaced Tom Vale.)
    expect(reshuffle.ask('Who replaced Tom Vale?').answer).not.toMatch(/^Tom Vale, 49/);
    // (Nor, of one who did the replacing and stays, any other replacing the text tells: Mora left no post.)
    expect(reshuffle.ask('Who replaced Lia Mora?').answered).toBe(false);
    expect(reshuffle.ask('Who will succeed Mora?').answered).toBe(false);
  });

  it('answers who will replace one the text says left, as sacked or as saying they were leaving', () => {
    const sacked = brief(`Lima FC sack coach

Lima FC sacked coach Tom Vale on Tuesday after eight straight defeats.

Ivo Kant will take over on an interim basis.`);
    expect(sacked.ask('Who will replace Vale?').answer).toBe('Ivo Kant will take over on an interim basis.');
    const retiring = brief(`Lima fund chief to retire

Ana Roy, who has run the Lima pension fund since 2019, told staff on Monday that she was retiring.

Tom Vale will take over in June.`);
    expect(retiring.ask('Who will replace Roy?').answer).toBe('Tom Vale will take over in June.');
  });

  it('answers where and when a decision still to come will be made, from "a decision is expected at … in … 2027"', () => {
    const board = brief(`Board picks shortlist

The board named three cities to its shortlist on Wednesday.

Board president Ana Roy said Lima, Quito and Cusco would enter talks with the council. A decision is expected at the full council session in Milan in February 2027.`);
    const expected = 'A decision is expected at the full council session in Milan in February 2027.';
    expect(board.ask('Where will the decision be made?').answer).toBe(expected);
    expect(board.ask('When will the decision be made?').answer).toBe(expected);
    const court = brief(`Court hears border case

Judges at the court in Lima heard the last arguments in the border case on Friday.

The two sides spoke for three days. A ruling is expected in May 2027.`);
    expect(court.ask('When will the ruling be made?').answer).toBe('A ruling is expected in May 2027.');
  });

  it('answers when a thing will be done with the day a past decision set for it ("voted 7-4 to close the unit from 1 September")', () => {
    const board = brief(`Board closes unit

The board voted 7-4 on Monday night to close the maternity unit at the town hospital and move births to the city, from 1 September.`);
    expect(board.ask('When will the unit close?').answer).toMatch(/^The board voted 7-4 on Monday night to close/);
    const council = brief('Council shuts library\n\nThe council decided on Monday to shut the old library from 1 May.');
    expect(council.ask('When will the library shut?').answer).toBe('The council decided on Monday to shut the old library from 1 May.');
    const raise = brief('Ministers raise duty\n\nFinance ministers agreed on Thursday to raise the duty on diesel by 4 cents a litre from September.');
    expect(raise.ask('When will the duty rise?').answer).toBe(
      'Finance ministers agreed on Thursday to raise the duty on diesel by 4 cents a litre from September.',
    );
    // (Not "by 4 cents", which is no day.)
    const duty = brief(`Ministers raise duty

Finance ministers agreed on Thursday to raise the duty on diesel by 4 cents a litre.`);
    expect(duty.ask('When will the duty rise?').answered).toBe(false);
  });

  it('answers when a thing will be done with the span after which it is ("after 12 months"), not one an activity lasted', () => {
    const board = brief(`Board closes unit

The board voted 7-4 on Monday to close the unit.

The board will review the change after 12 months.`);
    expect(board.ask('When will the change be reviewed?').answer).toBe('The board will review the change after 12 months.');
    const leaders = brief(`Leaders back police plan

Pacific leaders on Thursday endorsed a plan to train a regional police force.

The communique was adopted by consensus after three days of talks chaired by the prime minister, Ana Roy. Finance ministers will set the budget.`);
    expect(leaders.ask('When will the ministers meet?').answered).toBe(false);
  });

  it('answers when talks will be held or resume with "No new date for talks has been set", whatever verb the question uses', () => {
    const port = brief(`Port talks fail

Talks to end a strike at the port broke down on Tuesday without a deal.

No new date for talks has been set.`);
    for (const q of ['When will the talks be held?', 'When will talks resume?', 'When are the next talks?'])
      expect(port.ask(q).answer, q).toBe('No new date for talks has been set.');
    // (Not of what it sets no date for: the strike's end is another thing.)
    expect(port.ask('When will the strike end?').answered).toBe(false);
  });

  it('answers who stood in for one named, from the sentence that says so, though they never left their post', () => {
    const meeting = (took: string) =>
      brief(`Board names shortlist

The board named three cities to its shortlist on Wednesday.

Japan's Ivo Kant was recovering from surgery. Germany's Ana Roy ${took} Kant as chair of the ethics panel.`);
    for (const took of ['stood in for', 'sat in for', 'attended in place of', 'spoke on behalf of']) {
      const board = meeting(took);
      expect(board.ask('Who stood in for Kant?').answer, took).toBe(`Germany's Ana Roy ${took} Kant as chair of the ethics panel.`);
      // (Standing in replaces no one: "Who replaced Kant?" asks of a post left.)
      expect(board.ask('Who replaced Kant?').answered, took).toBe(false);
    }
  });

  it('reads "Roy succeeds Vale" as Roy taking Vale\'s place, not the other way round', () => {
    const handover = brief(`Lima bank names new governor

Deputy Governor Ana Roy was named governor of the Lima central bank on Monday. Roy succeeds Tom Vale, who is retiring.`);
    expect(handover.ask('Who replaced Tom Vale?').answer).toContain('Roy succeeds Tom Vale');
    expect(handover.ask('Who succeeded Vale?').answer).toContain('Roy succeeds Tom Vale');
    expect(handover.ask('Who replaced Roy?').answered).toBe(false);
  });

  it('reads "Roy took office after her predecessor, Tom Vale, resigned" as Roy taking Vale\'s place', () => {
    const premier = brief(`Premier survives vote

Prime Minister Ana Roy survived a confidence vote on Thursday by four votes.

Roy took office in 2024 after her predecessor, Tom Vale, resigned over a housing scandal.`);
    for (const q of ['Who replaced Tom Vale?', 'Who succeeded Vale?'])
      expect(premier.ask(q).answer, q).toBe('Roy took office in 2024 after her predecessor, Tom Vale, resigned over a housing scandal.');
  });

  it('answers "Who is the new finance minister?" with one who "becomes" it, past their age and former office', () => {
    const reshuffle = brief(`Prime minister reshuffles cabinet

Prime Minister Lia Mora replaced her finance minister on Monday in a reshuffle of six cabinet posts.

Tom Vale, 49, a former central bank governor, becomes finance minister, replacing Ana Roy, who moves to the foreign ministry.`);
    expect(reshuffle.ask('Who is the new finance minister?').answer).toMatch(/^Tom Vale, 49, a former central bank governor, becomes finance minister/);
  });

  it('answers "Did X win a majority?" with "No" where X fell short of one, "Who won?" with the lead alone, and no "No" on a condition', () => {
    const vote = brief(`Alliance wins Lima election

Lima's Social Alliance won Sunday's election with 36.4% of the vote, but fell short of a majority and will need a partner to govern.

The Alliance took 68 of the 150 seats.

The Green Party won 14 seats and the liberal Forward party 9.`);
    expect(vote.ask('Did the Alliance win a majority?').answer).toMatch(/^No: Lima's Social Alliance won/);
    expect(vote.ask('Did the Alliance win?').answer).toMatch(/^Lima's Social Alliance won/);
    // (A denial on a condition is no "No": "would not join any government that did not commit to …".)
    const greens = brief(`Greens set terms

Lima's Green Party won 14 seats. Its leader, Ana Roy, said the party would not join any government that did not commit to a mining ban.`);
    expect(greens.ask('Will the Greens join a government?').answer).toContain('would not join any government that did not commit');
    expect(greens.ask('Will the Greens join a government?').answer).not.toMatch(/^No:/);
    expect(vote.ask('Who won?').answer).toBe(
      "Lima's Social Alliance won Sunday's election with 36.4% of the vote, but fell short of a majority and will need a partner to govern.",
    );
  });

  it('answers "What are the concerns?" with a warning, in the words reports use for one', () => {
    const plant = brief(`Lima backs kelp plant

The Lima council on Tuesday approved a grant to build a kelp processing plant.

Marine biologist Ana Roy warned that large farms could shade the seabed and harm young fish.`);
    expect(plant.ask('What are the concerns?').answer).toBe('Marine biologist Ana Roy warned that large farms could shade the seabed and harm young fish.');
  });

  it('answers "Will X stay in parliament?" with what the text says they will remain', () => {
    const quit = brief(`Minister quits

Lima's transport minister, Ana Roy, resigned on Thursday over a rail contract. She will remain a member of parliament.`);
    expect(quit.ask('Will Ana Roy stay in parliament?').answer).toBe('She will remain a member of parliament.');
  });

  it('answers with the sentence that holds the words itself before one that holds them through its pronoun', () => {
    const breach = brief(`Retailer hacked

Halvex Stores said on Tuesday that hackers had stolen the names and addresses of about 2.3 million customers.

The company said no passwords or full card numbers were taken. It discovered the breach on Nov. 12 and shut the system the same day.`);
    expect(breach.ask('Were passwords taken?').answer).toMatch(/^No: The company said no passwords/);
  });

  it('reads a unit joined to its figure as a size, and what the partners expect to do by a year as what comes next', () => {
    const venture = brief(`Firms to build wind farm

Halvex Energy and Lima Grid today announced a joint venture to build the 400-megawatt Selkie offshore wind farm.

The partners expect to take a final investment decision in 2027, with first power in 2030.

Halvex will hold 60% of the venture and Lima Grid 40%.`);
    expect(venture.ask('How big is the wind farm?').answer).toContain('400-megawatt');
    expect(venture.ask('What happens next?').answer).toBe('The partners expect to take a final investment decision in 2027, with first power in 2030.');
  });

  it('reads a size against another thing\'s ("about twice the size of Earth") as a size', () => {
    const find = brief(`Astronomers find water on distant planet

Astronomers have detected water vapour on a rocky planet orbiting a nearby star, a study published on Wednesday said.

The planet, named Lima 12 b, is about twice the size of Earth and lies 97 light years away.`);
    expect(find.ask('How big is the planet?').answer).toBe('The planet, named Lima 12 b, is about twice the size of Earth and lies 97 light years away.');
  });

  it("answers who someone's lawyer is with the lawyer, not with the someone", () => {
    const charged = brief(`Former mayor charged

Prosecutors on Tuesday charged former mayor Tom Vale with fraud over housing contracts.

His lawyer, Ana Roy, said Vale denied all the charges.`);
    expect(charged.ask("Who is Vale's lawyer?").answer).toContain('Ana Roy');
    expect(charged.ask("Who is Tom Vale's lawyer?").answer).toContain('Ana Roy');
    expect(charged.ask("Who is Vale's doctor?").answered).toBe(false);
    expect(charged.ask("What is Vale's role?").answer).toMatch(/^Tom Vale: former mayor/);
  });

  it('answers who the pilot was from the name the police gave for the office', () => {
    const crash = brief(`Plane crash kills four

A light aircraft crashed near Lima on Sunday, killing all four people on board.

Police named the pilot as Tom Vale, 61, an experienced flying instructor.`);
    expect(crash.ask('Who was the pilot?').answer).toContain('Tom Vale');
  });

  it("answers what happens next with the report's steps before an item of the plan's list", () => {
    const plan = brief(`City unveils road safety plan

Lima unveiled a four-point plan on Monday to halve traffic deaths by 2030. The measures include:

- lowering the speed limit to 30 km/h on residential streets;
- 120 new speed cameras by the end of next year;
- protected cycle lanes on the ten most dangerous roads.

The remaining measure will be published in January.

The council will vote on the plan on Dec. 15.`);
    const next = plan.ask('What happens next?').answer;
    expect(next).toContain('will be published in January');
    expect(next).toContain('will vote on the plan on Dec. 15');
    expect(next).not.toContain('speed cameras');
  });

  it('answers how many watched a match with its crowd', () => {
    const match = brief(`Lima beat Quito to reach final

Lima reached the cup final after beating Quito 3-1 on Saturday.

Ana Roy scored twice. A crowd of 38,500 watched.`);
    expect(match.ask('How many people watched?').answer).toContain('38,500');
  });

  it('answers how many fans attended with the crowd a match was played "in front of"', () => {
    const match = brief(`Lima win the cup

Lima won the Andean Cup on Sunday, beating Quito 2-1 in the final in front of 41,200 fans at the National Stadium.

Ana Roy scored both goals.`);
    expect(match.ask('How many fans attended?').answer).toContain('in front of 41,200 fans');
  });

  it('finds no venue in where a commentator works ("chief strategist at Halvex Capital")', () => {
    const markets = brief(`Stocks slide

Stock markets fell sharply on Tuesday after strong jobs data.

"Markets had priced in two rate cuts," said Ana Roy, chief strategist at Halvex Capital.`);
    expect(markets.card.event.location).toBeNull();
  });

  it("cites the sentence that says 'today' for a day read off a press release's dateline", () => {
    const release = brief(`Firms sign wind deal

LIMA, Nov. 24, 2026 /PRNewswire/ -- Halvex Energy and Lima Grid today announced a joint venture to build a wind farm.

"We are proud," said Ana Roy, chief executive of Halvex Energy.`);
    const a = release.ask('When was it?');
    expect(a.answer).toContain('Nov. 24, 2026');
    expect(a.evidence).toEqual(['Halvex Energy and Lima Grid today announced a joint venture to build a wind farm.']);
  });

  it('answers "Who is involved?" with the people the card lists, not a sentence about those affected', () => {
    const outage = brief(`Cloud outage hits sites

A failure at cloud provider Halvex knocked thousands of websites offline on Monday.

"We regret the disruption," chief technology officer Ana Roy said.

The company said it would offer affected customers service credits.`);
    expect(outage.ask('Who is involved?').answer).toMatch(/^Participants: Ana Roy: chief technology officer/);
  });

  it('answers "What was the main outcome?" as "What was the outcome?"', () => {
    const treaty = brief(`Pacific states ban deep-sea mining

Ministers from nine Pacific island states signed a treaty in Suva on Thursday that bans deep-sea mining in their waters for ten years.

The meeting was chaired by Fiji's fisheries minister, Ana Roy.`);
    for (const q of ['What was the main outcome?', 'What was the final result?']) expect(treaty.ask(q).answer, q).toContain('signed a treaty');
  });

  it('answers "When does it take effect?" of the news with the day its lead starts it from, not any figure after "from"', () => {
    const wage = brief(`Wage bill passes

Lawmakers approved a bill on Wednesday that will raise the national minimum wage by 12% from April 1.

About 140,000 workers earn the minimum wage.`);
    expect(wage.ask('When does it take effect?').answer).toContain('from April 1');
    const car = brief(`Carmaker unveils cheap car

Carmaker Halvex on Tuesday unveiled the Halvex 3, a compact electric car priced from 24,900 euros.

It will be built in Lima.`);
    expect(car.ask('When does it take effect?').answered).toBe(false);
  });

  it('answers when "the final decision" comes with its day, not as a question about the last of the proposals', () => {
    const drug = brief(`Regulator backs allergy pill

The medicines agency on Friday recommended approval of Halvex, a daily pill for children with severe peanut allergy.

The Commission is expected to issue a final decision within 67 days.`);
    expect(drug.ask('When will the final decision come?').answer).toContain('within 67 days');
  });

  it('reads "the deciding set" as no decision: what was decided is the result the lead tells', () => {
    const match = briefArticle(
      parsePlainText(
        'Roy wins first title\n\nAna Roy won her first title on Saturday, beating Eva Lind 6-4, 3-6, 7-5 in the final.\n\nThe 22-year-old broke serve in the 11th game of the deciding set and served out the match.',
      ),
    );
    expect(match.ask('What was decided?').answer).toBe('Ana Roy won her first title on Saturday, beating Eva Lind 6-4, 3-6, 7-5 in the final.');
  });

  it('reads "before deciding whether to …" as a decision still to take, not the one that was taken', () => {
    const vote = brief(`Town rejects wind farm

Residents of Lima voted against a planned wind farm above the town in a local referendum on Sunday.

Halvex, the developer, said it would study the result before deciding whether to look for another site.`);
    expect(vote.ask('What was decided?').answer).toContain('voted against a planned wind farm');
  });

  it('reads a walkout as a strike and an advisory vote as one that does not bind', () => {
    const strike = brief(`Drivers to strike

The drivers' union said its 4,800 members would walk out for 48 hours from midnight on Wednesday in a dispute over pay.

Halvex Rail said it would run one train an hour.`);
    expect(strike.ask('How long will the strike last?').answer).toContain('for 48 hours');
    const agm = brief(`Shareholders reject pay plan

Shareholders in Halvex voted down the company's pay plan at its annual meeting on Wednesday, with 58% of votes cast against.

The vote is advisory, but the company said it would not go ahead with the increase.`);
    expect(agm.ask('Was the vote binding?').answer).toContain('The vote is advisory');
  });

  it('answers "Who proposed the wind farm?" only with a sentence that tells of proposing, not with the lead that names the farm', () => {
    const vote = brief(`Town rejects wind farm

Residents of Lima voted against a planned wind farm above the town in a local referendum on Sunday.

Turnout was 71%.`);
    expect(vote.ask('Who proposed the wind farm?').answered).toBe(false);
    const told = brief(`Town rejects wind farm

Residents of Lima voted against a planned wind farm above the town in a local referendum on Sunday.

The wind farm was proposed by Halvex Energy in 2023.`);
    expect(told.ask('Who proposed the wind farm?').answer).toContain('proposed by Halvex Energy');
  });

  it('answers what something is worth with a sum in a currency, not any figure near it nor a year before "won"', () => {
    const merger = brief(`Shipping groups to merge

Halvex and Lima Freight confirmed on Tuesday that they are in talks on an all-share deal, with Halvex shareholders owning 58% of the enlarged group.

The deal would value Lima Freight at about 2.1 billion kroner.`);
    expect(merger.ask('What is the deal worth?').answer).toBe('The deal would value Lima Freight at about 2.1 billion kroner.');
    const obituary = brief(`Architect Ana Roy dies at 91

The architect Ana Roy has died at 91, her family said on Monday.

Her library, opened in 1989, won the Lima Prize for Architecture.`);
    expect(obituary.ask('What is the prize worth?').answered).toBe(false);
  });

  it('reads "in a dispute over pay" as the reason a strike gives', () => {
    const strike = brief(`Rail strike halts trains

No trains will run on Thursday after talks between Halvex Rail and the drivers' union broke down.

The union said its 4,800 members would walk out for 48 hours in a dispute over pay and a plan to run trains without guards.

It is the third strike since June.`);
    expect(strike.ask('Why are they striking?').answer).toMatch(/^The union said its 4,800 members would walk out/);
  });

  it('answers "Who made the decision?" with the decision told, not with a sentence that only names "the decision"', () => {
    const tariff = brief(`Steel tariffs raised

The government will raise tariffs on imported steel to 25% from January 1, Trade Minister Ana Roy announced on Tuesday.

The Steelmakers' Association welcomed the decision, saying it would give the industry a chance.`);
    expect(tariff.ask('Who made the decision?').answer).toContain('Trade Minister Ana Roy announced');
    expect(tariff.ask('Who decided?').answer).toContain('Trade Minister Ana Roy announced');
  });

  it('answers "What was the decision?" and "What is the final decision?" with the decision told, not a sentence that only names it', () => {
    const rates = brief(`Central bank holds rates

The Bank of Lima kept its main interest rate at 5.5% on Thursday, though two of its seven policymakers voted for a cut.

Traders had expected the decision.

The bank will next set rates on March 4.`);
    expect(rates.ask('What was the decision?').answer).toMatch(/^The Bank of Lima kept its main interest rate/);
    // (With no list of decisions, "final" names no list's last item.)
    expect(rates.ask('What is the final decision?').answer).toMatch(/^The Bank of Lima kept its main interest rate/);
    // (… though a second of one told is none.)
    expect(rates.ask('What was the second decision?').answered).toBe(false);
  });

  it('answers who makes a thing with the sentence that names its maker, not one that only names the thing', () => {
    const drug = brief(`Regulator backs allergy pill

The medicines agency on Friday recommended approval of Arvex, a daily pill made by drugmaker Halvex Pharma, for children with peanut allergy.

The agency's committee backed the drug after reviewing two trials.`);
    expect(drug.ask('Who makes the drug?').answer).toContain('made by drugmaker Halvex Pharma');
    expect(drug.ask('Who makes it?').answer).toContain('made by drugmaker Halvex Pharma');
    // (Not of a thing the article does not tell of, nor by lawmakers.)
    expect(drug.ask('Who made the car?').answered).toBe(false);
    const bill = brief(`Wage bill passes

Lawmakers approved a bill on Wednesday that will raise the minimum wage by 12% from April 1.

The bill was debated for 14 hours.`);
    expect(bill.ask('Who makes it?').answered).toBe(false);
  });

  it('reads what someone must do by a time as what happens next; not "ordered to leave … within two miles"', () => {
    const fine = brief(`Regulator fines Halvex

The Commission on Thursday fined Halvex 1.2 billion euros for abusing its dominant position in app distribution.

Halvex must change its rules within 90 days or face daily fines.`);
    expect(fine.ask('What happens next?').answer).toContain('must change its rules within 90 days');
    const expel = brief(`Lima expels diplomats

Lima on Monday ordered four Halvexian diplomats to leave the country within 72 hours, accusing them of spying.

The foreign ministry did not name them.`);
    expect(expel.ask('What happens next?').answer).toContain('to leave the country within 72 hours');
    // … or what a resolution asks someone to do by a time.
    const asked = brief(`Council backs ceasefire call

The council on Friday adopted a resolution demanding an immediate ceasefire in Lima's northern provinces.

The resolution asks the Secretary-General to report within 30 days on whether the parties are complying.`);
    expect(asked.ask('What happens next?').answer).toContain('asks the Secretary-General to report within 30 days');
    const fire = brief(`Wildfire nears Lima

About 12,000 residents of Lima were ordered to leave their homes on Saturday as a wildfire burned to within two miles of the town.

Firefighters said the winds were strong.`);
    expect(fire.ask('What happens next?').answered).toBe(false);
  });

  it('reads no "win" in wine, nor "cars" in care', () => {
    expect(stem('wine')).not.toBe(stem('win'));
    expect(stem('care')).not.toBe(stem('cars'));
    const wreck = brief(`Roman wreck found

Archaeologists have found the wreck of a Roman ship carrying hundreds of wine jars off the coast of Lima, the ministry said on Thursday.

Divers have counted more than 600 jars.`);
    expect(wreck.ask('Who won?').answered).toBe(false);
  });

  it('reads an IPO as the initial public offering the text writes out', () => {
    const ipo = brief(`Halvex soars on debut

Shares in Halvex jumped 40% on their first day of trading in Lima on Friday.

Halvex sold shares at 120 crowns each in an initial public offering that raised 1.4 billion euros.`);
    expect(ipo.ask('How much did the IPO raise?').answer).toContain('raised 1.4 billion euros');
  });

  it('reads "passing" as a pass, so "What was the pass rate?" is answered by the share of students passing', () => {
    const exam = brief(`Exam pass rate falls

The share of students passing the national exam fell to 81.4% this year from 84.9% last year, the ministry said on Wednesday.

Students who failed can resit the exam in September.`);
    expect(exam.ask('What was the pass rate?').answer).toContain('fell to 81.4%');
  });

  it('reads "accusing them of spying" as the reason for an expulsion, before an earlier one that names the verb', () => {
    const expel = brief(`Lima expels four diplomats over spying

Lima on Monday ordered four Halvexian diplomats to leave the country within 72 hours, accusing them of spying on military sites.

Halvex expelled two Liman diplomats in a similar dispute in 2022.`);
    expect(expel.ask('Why were the diplomats expelled?').answer).toContain('accusing them of spying');
  });

  it('reads no opposition in "objects", the noun', () => {
    const museum = brief(`Lima museum reopens

The Lima City Museum reopened on Saturday after a five-year renovation that doubled its exhibition space.

The new museum displays 4,000 objects, twice as many as before.`);
    expect(museum.ask('Who opposed it?').answered).toBe(false);
  });

  it("answers when the news happened with the lead's day, not a quake of years ago the text compares it with", () => {
    const quake = brief(`Quake kills dozens in the Varno valley

A magnitude 6.1 earthquake struck the Varno valley before dawn on Tuesday, killing at least 40 people, the disaster agency said.

Rescuers pulled 12 people alive from the rubble overnight.

The quake struck about 90 km from the area devastated in March 2019, when more than 2,000 people died.`);
    const when = quake.ask('When did the quake strike?');
    expect(when.answer).toContain('before dawn on Tuesday');
    expect(when.answer).not.toContain('2019');
  });

  it('reads a quake that hit as one that struck, its epicentre where it was centred, and its death toll as the dead', () => {
    const quake = brief(`Quake kills dozens in the Varno valley

A magnitude 6.1 earthquake struck the Varno valley before dawn on Tuesday, killing at least 40 people, the disaster agency said.

The quake, centred near the town of Ostrel at a depth of 12 km, toppled hundreds of homes.`);
    expect(quake.ask('When did the quake hit?').answer).toContain('before dawn on Tuesday');
    expect(quake.ask('Where was the epicentre?').answer).toContain('centred near the town of Ostrel');
    expect(quake.ask('What is the death toll?').answer).toContain('killing at least 40 people');
  });

  it('answers "What time …?" with the time of day a list gives, not the lead that only says "later"', () => {
    const board = brief(`Varno schools to start later

Secondary school students in Varno will start class 45 minutes later from next September after the school board voted 5-2 on Monday to approve the plan.

The plan will:

• move the start of the secondary school day to 9:15 a.m. from September
• add two bus routes

Trustees said parents had asked for the change.`);
    const time = board.ask('What time will secondary school start?').answer;
    expect(time).toContain('9:15 a.m.');
    expect(time).not.toContain('45 minutes later');
  });

  it('answers when a goal came with the minute of the match', () => {
    const match = brief(`Varno win the cup

Varno won the cup on Sunday, beating Ostrel 2-1 in the final in front of 40,000 fans.

Captain Ana Roy scored the winning goal in the 88th minute, heading in a corner.`);
    expect(match.ask('When was the winning goal scored?').answer).toContain('in the 88th minute');
    // (… or the minutes played, or the half-time it came before.)
    const early = brief(`Varno reach the final

Varno reached the cup final on Wednesday with a 3-1 win over Ostrel.

Striker Ana Roy scored twice, heading in the opener after 12 minutes and adding a second from the penalty spot before half-time.`);
    expect(early.ask('When did Roy score?').answer).toMatch(/^Striker Ana Roy scored twice/);
  });

  it('reads the answers someone says they got as a response they speak of', () => {
    const meeting = brief(`Residents press police on break-ins

Police told a town meeting on Tuesday that patrols would be extended after a string of break-ins.

The mayor said the town would spend $40,000 on new streetlights.

Not everyone was satisfied. Ana Roy, a retired teacher, said her shed was entered twice. "I've called four times and I've gotten four different answers," she said.`);
    expect(meeting.ask('What did Ana Roy say about the police response?').answer).toContain('four different answers');
  });

  it('answers what a side demands with what it seeks, when the text lists no proposals', () => {
    const strike = brief(`Varno nurses strike over pay

Nurses across Varno walked off the job on Tuesday after talks with the health agency broke down.

The union is seeking a 9 percent pay rise over two years and a cap on patients per nurse.

The agency has offered 3 percent a year.`);
    expect(strike.ask("What are the union's demands?").answer).toContain('seeking a 9 percent pay rise');
    expect(strike.ask('What proposals were made?').answered).toBe(false);
  });

  it('answers who leads or heads a body with the one whose office heads it, or the leader of "the party" the sentence before names', () => {
    const strike = brief(`Varno nurses strike over pay

Nurses across Varno walked off the job on Tuesday after talks with the health agency broke down.

"Nurses are exhausted," said union president Ana Roy.

Health agency chief executive Tom Vale said 1,500 operations had been postponed.`);
    for (const q of ['Who leads the union?', 'Who heads the union?']) expect(strike.ask(q).answer, q).toMatch(/^Ana Roy: union president/);
    // (Of two heads, the one of the body named so, over an office whose own words name another of its kind; asked as
    // "the union's leader" too.)
    const staff = brief(`Lecturers vote to strike

Lecturers at 40 universities voted to strike, the Andes Staff Union said on Monday.

The union's general secretary, Ana Roy, said members had been pushed to breaking point.

Students' union president Tom Vale said students backed their lecturers.`);
    for (const q of ['Who leads the union?', "Who is the union's leader?"]) expect(staff.ask(q).answer, q).toMatch(/^Ana Roy: general secretary/);
    expect(staff.ask("Who leads the students' union?").answer).toMatch(/^Tom Vale/);
    const vote = brief(`Centre-left wins Varno election

The centre-left Social Democrats won Sunday's election in Varno with 31.4 percent of the vote.

The party, led by former finance minister Ana Roy, took 29 of the 90 seats. The conservative Varno People's Party of Tom Vale came second.`);
    expect(vote.ask('Who leads the Social Democrats?').answer).toMatch(/^Ana Roy/);
    expect(vote.ask("Who leads the Varno People's Party?").answer).not.toContain('Ana Roy');
  });

  it('answers a yes-or-no question only with a sentence that holds all its words, not one about the same bank and rate', () => {
    const bank = brief(`Varno central bank holds rates

The Varno central bank kept its benchmark interest rate unchanged at 4.5 percent on Thursday, as expected.

The bank will publish its next rate decision on May 8.

The currency weakened 0.4 percent after the announcement.`);
    expect(bank.ask('Did the bank raise rates?').answered).toBe(false);
    expect(bank.ask('Did the currency weaken?').answer).toContain('weakened 0.4 percent');
  });

  it('answers who was named to an honour with an owner before it, and who voted against a tally of none', () => {
    const cup = brief(`Varno win the cup

Varno won the cup on Sunday, beating Ostrel 1-0 in the final.

Ana Roy was named the tournament's best player.`);
    expect(cup.ask('Who was the best player?').answer).toContain('Ana Roy was named');
    expect(cup.ask('Who voted against?').answered).toBe(false);
    const council = brief(`Council extends Varno mission

The council voted on Monday to extend the Varno mission for another year.

The resolution passed 13-0 with two members abstaining.`);
    expect(council.ask('Who voted against?').answer).toMatch(/^No one: The resolution passed 13-0/);
  });

  it('reads a country asked about as that country, not a name a letter away, and answers what it said with its silence', () => {
    const visit = brief(`Lima and Quito sign six agreements

Lima and Quito signed six agreements on Tuesday as President Ana Roy held talks with her counterpart Tom Chinh.

Roy said the two countries had never been closer.

China, which funds the port, did not comment on the visit.`);
    expect(visit.ask('What did China say?').answer).toContain('did not comment');
    expect(visit.ask('What did Chinh say?').answer).not.toContain('did not comment');
  });

  it('answers what a country announced, who pushed for a thing as who supported it, and "No" of what the text says failed', () => {
    const forum = brief(`Island leaders back ocean plan, split on mining

Island leaders endorsed an ocean plan on Thursday, but failed to agree on a moratorium on seabed mining.

Varno and Ostrel pushed for a mining moratorium, but Lima opposed it.

Peru's Prime Minister Ana Roy announced $50 million for sea walls.`);
    expect(forum.ask('What did Peru announce?').answer).toContain('announced $50 million');
    expect(forum.ask('Who supported the moratorium?').answer).toContain('Varno and Ostrel pushed for');
    expect(forum.ask('Was a moratorium agreed?').answer).toMatch(/^No: .*failed to agree on a moratorium/);
  });

  it('says "No" of a thing the text says the talks ended without, or that none was reached; not of a lack asked, nor one set as a condition', () => {
    const truce = brief(`Truce talks end without ceasefire

Two days of talks between the army and the rebels ended in Lima on Sunday without a ceasefire, though both sides agreed to open two aid corridors, the mediators said.

The Peruvian envoy, Ana Roy, said she was disappointed that no truce had been reached.

A separate meeting on prisoners broke up without any exchange of lists.

The rebels have said they will attack again if no deal is signed by Friday.`);
    expect(truce.ask('Was a ceasefire agreed?').answer).toMatch(/^No: Two days of talks .* without a ceasefire/);
    expect(truce.ask('Was a truce reached?').answer).toMatch(/^No: The Peruvian envoy, Ana Roy, said .* no truce had been reached\.$/);
    expect(truce.ask('Were lists exchanged?').answer).toMatch(/^No: A separate meeting on prisoners broke up without any exchange/);
    expect(truce.ask('Was a deal signed?').answer).not.toMatch(/^No:/);
    const minister = brief(`Minister loses vote

Finance minister Ana Roy left the chamber without speaking to reporters on Tuesday after losing a confidence vote by 80 votes to 70.`);
    expect(minister.ask('Did Roy speak to reporters?').answer).toMatch(/^No: /);
    expect(minister.ask('Did Roy leave without speaking?').answer).toMatch(/^Finance minister Ana Roy left the chamber/);
  });

  it('reads one who "did not attend the second day" as taking part, not in all of it; their stand-in and where they went instead as before', () => {
    const talks = brief(`Ministers fail to agree on tariffs

Trade ministers from Peru, Chile and Bolivia ended two days of talks in Lima on Thursday without agreeing on a common tariff.

Bolivia's minister, Ana Roy, did not attend the second day because of a cabinet meeting in La Paz, and was represented by her deputy, Tom Vale.

Chile's minister, Ivo Kant, said the talks would resume in May.`);
    const people = new Map(talks.analysis.participants.map((p) => [p.name, p.participation]));
    expect([people.get('Ana Roy'), people.get('Tom Vale')]).toEqual(['present', 'stand-in']);
    expect(talks.analysis.event.location).toBe('Lima');
    expect(talks.ask('Did Ana Roy attend?').answer).toMatch(/^Yes, though not in all of it: Bolivia's minister, Ana Roy, did not attend the second day/);
    expect(talks.ask('Did Tom Vale attend?').answer).toMatch(/^Yes\. Tom Vale: deputy, Bolivia took part, in someone else's place\.$/);
    expect(talks.ask('Did Bolivia attend?').answer).toMatch(/^Yes\b/);
    for (const negator of ['did not', "didn't", 'could not', "couldn't", 'was unable to', 'were unable to'])
      for (const verb of ['attend', 'join'])
        expect(
          brief(
            `Ministers fail to agree\n\nTrade ministers ended talks in Lima on Thursday.\n\nBolivia's minister, Ana Roy, ${negator} ${verb} the closing session.`,
          ).ask('Did Ana Roy attend?').answer,
          `${negator} ${verb}`,
        ).toMatch(/^Yes, though not in all of it/);
    // ("Who was absent?": no one for all of it; the sentence of who missed a part.)
    expect(talks.ask('Who was absent?').answer).toMatch(/^Bolivia's minister, Ana Roy, did not attend the second day/);
    // (Said of whom it follows: not of one named before them.)
    const told = brief(`Ministers fail to agree on tariffs

Trade ministers from Peru, Chile and Bolivia ended two days of talks in Lima on Thursday without agreeing on a common tariff.

Chile's minister, Ivo Kant, said Bolivia's minister, Ana Roy, did not attend the second day.`);
    expect(told.ask('Did Ana Roy attend?').answer).toMatch(/^Yes, though not in all of it/);
    expect(told.ask('Did Ivo Kant attend?').answer).not.toMatch(/^Yes, though not in all of it/);
  });

  it('answers "Where was the meeting held?" with the sentence that says it was held online, not the dateline', () => {
    const cuts = brief(`Oil producers extend output cuts

LIMA, Dec 3 (Wirewire) - Oil ministers agreed on Sunday to extend their output cuts until the end of next year.

The meeting was held online.`);
    expect(cuts.analysis.event.location).toBeNull();
    expect(cuts.ask('Where was the meeting held?').answer).toBe('The meeting was held online.');
    expect(cuts.ask('Where will the next meeting be held?').answer).not.toBe('The meeting was held online.');
  });

  it('says "No" of an act the text denies with an adverb between ("did not explicitly bar the vote")', () => {
    const ruling = brief(`Court orders Lima to halt steps

The court on Friday ordered Lima not to change the situation in the disputed region.

The court did not explicitly bar the vote from going ahead.`);
    expect(ruling.ask('Did the court bar the vote?').answer).toBe('No: The court did not explicitly bar the vote from going ahead.');
  });

  it('says "No" to "Was a truce agreed?" when the lead says the talks "failed to produce a truce"', () => {
    const convoys = 'The two sides agreed to let aid convoys pass.';
    // (An accord, which the question's key terms read as agreeing itself, finds the later agreement too, given after the "No".)
    const cases: Array<[string, string, string, string]> = [
      ['produce a', 'truce', 'Was a truce agreed?', ''],
      ['yield any', 'truce', 'Was a truce agreed?', ''],
      ['secure an', 'armistice', 'Was an armistice agreed?', ''],
      ['secure an', 'accord', 'Was an accord agreed?', ` ${convoys}`],
      ['bring a', 'truce', 'Was a truce agreed?', ''],
    ];
    for (const [failed, thing, q, after] of cases) {
      const talks = brief(
        `Truce talks fail\n\nPeace talks between the army and the rebels in Lima failed to ${failed} ${thing} on Sunday, the mediators said.\n\n${convoys}`,
      );
      expect(talks.ask(q).answer, `${failed} / ${q}`).toBe(
        `No: Peace talks between the army and the rebels in Lima failed to ${failed} ${thing} on Sunday, the mediators said.${after}`,
      );
    }
  });

  it('says "No" to whether a thing was agreed or decided when a decision on it was put off, postponed, deferred or shelved', () => {
    const council = brief(`Council approves budget but shelves tram plan

The city council on Tuesday approved a 2.1 billion sol budget for next year by 31 votes to 8, Mayor Ana Roy said.

The vote on the tram line was postponed until March after councillors asked for a new cost estimate.

Councillors deferred a decision on bus fares to their next meeting.

They also shelved a plan to sell the old port.

The leaders put off a decision on how to share a new climate fund until next year.

The new parking rules were put on hold.

Roy said the budget would fund 40 new schools.`);
    const cases: Array<[string, string]> = [
      ['Was the tram line approved?', 'The vote on the tram line was postponed until March after councillors asked for a new cost estimate.'],
      ['Did the council decide on bus fares?', 'Councillors deferred a decision on bus fares to their next meeting.'],
      ['Was the plan to sell the port approved?', 'They also shelved a plan to sell the old port.'],
      ['Was the plan to sell the port endorsed?', 'They also shelved a plan to sell the old port.'],
      ['Was the climate fund agreed?', 'The leaders put off a decision on how to share a new climate fund until next year.'],
      // (… the question's other words before what was put off: the leaders put it off.)
      ['Did the leaders settle the climate fund?', 'The leaders put off a decision on how to share a new climate fund until next year.'],
      ['Were the parking rules adopted?', 'The new parking rules were put on hold.'],
    ];
    for (const [q, said] of cases) expect(council.ask(q).answer, q).toBe(`No: ${said}`);
    // (What was approved stays a "Yes", and a decision put off on one thing says nothing of another.)
    expect(council.ask('Was the budget approved?').answer).toMatch(/^The city council on Tuesday approved/);
    expect(council.ask('Did the council approve the schools?').answer).not.toMatch(/^No:/);
    const police = brief(`Leaders back police plan

The leaders endorsed a police plan but put off a decision on the plan's funding.`);
    expect(police.ask('Was the police plan agreed?').answer).not.toMatch(/^No:/);
    expect(police.ask('Did the leaders agree?').answer).not.toMatch(/^No:/);
    // (… though the text never uses the question's verb.)
    expect(police.ask('Was the funding agreed?').answer).toBe("No: The leaders endorsed a police plan but put off a decision on the plan's funding.");
    // (Nor when another sentence tells the decision was taken after all.)
    const later = brief(`Council approves tram line

The vote on the tram line was postponed in May.

The council approved the tram line on Tuesday by 30 votes to 9.`);
    expect(later.ask('Was the tram line approved?').answer).toBe('The council approved the tram line on Tuesday by 30 votes to 9.');
  });

  it('says "No" to whether a deal was reached when the text says the talks ended without one, or failed to reach one', () => {
    const port = brief(`Port talks fail

Talks to end a strike at the port broke down on Tuesday without a deal, after the employers refused to raise their offer.

Ministers failed to reach a joint statement on the strike.

The council approved the port plan without any changes to the harbour budget.`);
    const lead = 'No: Talks to end a strike at the port broke down on Tuesday without a deal, after the employers refused to raise their offer.';
    for (const q of ['Was a deal reached?', 'Did they reach a deal?', 'Was a deal agreed?']) expect(port.ask(q).answer, q).toBe(lead);
    expect(port.ask('Was a joint statement agreed?').answer).toBe('No: Ministers failed to reach a joint statement on the strike.');
    // (A lack of changes to the budget is none of the budget.)
    expect(port.ask('Was the harbour budget approved?').answer).not.toMatch(/^No:/);
    // (Nor is a decision put off on one thing a "No" to whether a decision was reached at all.)
    const duty = brief(`Ministers raise fuel duty

The ministers agreed to raise the duty on diesel, and put off a decision on aviation fuel until their next meeting.`);
    expect(duty.ask('Was a decision reached?').answer).not.toMatch(/^No:/);
  });

  it('says "No" to "Did they agree?" when the lead tells the talks ended without agreeing, before a lesser thing agreed later', () => {
    const talks = brief(`Ministers fail to agree on water shares

Water ministers from Peru, Chile and Bolivia ended three days of talks in Lima on Friday without agreeing how to share the river, leaving farmers unsure of next year's harvest.

Chile's minister, Tom Vale, said Bolivia had offered a deal that would have cut every country's share by the same amount.

The ministers agreed to meet again in Quito in May.

They agreed on a date for a meeting of experts, 12 March.`);
    const lead = 'Water ministers from Peru, Chile and Bolivia ended three days of talks in Lima on Friday without agreeing how to share the river';
    for (const q of ['Did they agree?', 'Did the ministers agree?']) {
      const answer = talks.ask(q);
      expect(answer.answer).toMatch(new RegExp(`^No: ${lead}.* The ministers agreed to meet again in Quito in May\\.$`));
      expect(answer.evidence).toHaveLength(2);
    }
    // (The later sentence only when it tells of what was agreed: not Vale's, which names a deal.)
    expect(talks.ask('Was there an agreement?').answer).toMatch(new RegExp(`^No: ${lead}[^.]*\\.$`));
    // (Nor when the lead lacks what else the question asks, or when the lead tells of something agreed.)
    expect(talks.ask('Did they agree on a date?').answer).toBe('They agreed on a date for a meeting of experts, 12 March.');
    const deal = brief(`Ministers agree on water shares

Water ministers from Peru, Chile and Bolivia agreed in Lima on Friday to share the river, without agreeing on a date.

The ministers agreed to meet again in Quito in May.`);
    expect(deal.ask('Did they agree?').answer).not.toMatch(/^No:/);
  });

  it('answers "Which flights were not affected?" with what the text says was not affected', () => {
    const strike = brief(`Lima pilots strike, grounding 800 flights

Pilots at Lima Air walked out on Friday in a dispute over pensions, forcing the airline to cancel about 800 flights.

Cargo flights and flights by its subsidiary Andes Connect were not affected.`);
    expect(strike.ask('Which flights were not affected?').answer).toBe('Cargo flights and flights by its subsidiary Andes Connect were not affected.');
  });

  it('reads a quotation "he" said as said by whom the sentence before names ("Did Halvex apologise?")', () => {
    const outage = brief(`Faulty update crashes computers

A faulty software update from Halvex crashed millions of computers worldwide on Friday, grounding flights.

Halvex chief executive Tom Vale said a fix had been deployed. "We are deeply sorry for the impact," he told reporters.

Union leader Ana Roy said members had paid their dues. "The mandate could not be clearer," she said.`);
    expect(outage.ask('Did Halvex apologise?').answer).toBe('"We are deeply sorry for the impact," he told reporters.');
    // (Only the names of the sentence before count: "not" in the quotation and "paid" before it answer nothing.)
    expect(outage.ask('Who has not paid?').answered).toBe(false);
  });

  it('reads a day\'s move in a market report ("shares closed down 11 percent") as a fall, and "closed up" as a rise', () => {
    const report = (move: string) =>
      brief(`Halvex update crashes computers\n\nA faulty update from Halvex crashed millions of computers on Friday.\n\nHalvex shares ${move} 11 percent.`);
    expect(report('closed down').ask('How much did shares fall?').answer).toBe('Halvex shares closed down 11 percent.');
    expect(report('closed up').ask('How much did shares rise?').answer).toBe('Halvex shares closed up 11 percent.');
  });

  it('reads a word where it starts, not inside another: "Did they agree?" is not answered by "We disagree"', () => {
    const fine = brief(`Lima fines Halvex

The Lima Competition Authority fined Halvex 2.4 billion soles on Wednesday for abusing its dominance in online advertising.

"We disagree with this decision and will challenge it in court," a Halvex spokeswoman said.`);
    expect(fine.ask('Did they agree?').answered).toBe(false);
    expect(fine.ask('Did Halvex disagree?').answer).toContain('We disagree');
  });

  it('reads "The company …" as the company the report is about ("Did Halvex raise its forecast?")', () => {
    const results = brief(`Halvex profit jumps 40%

Software maker Halvex said on Tuesday its quarterly profit rose 40% to $2.1 billion, beating analysts' forecasts.

Revenue rose 18% to $9.8 billion. The company raised its forecast for full-year revenue to $38 billion.`);
    expect(results.ask('Did Halvex raise its forecast?').answer).toContain('The company raised its forecast for full-year revenue to $38 billion.');
    expect(results.ask('How much did Halvex raise its forecast to?').answer).toContain('$38 billion');
  });

  it('reads "The company, valued at …," as the company the report is about, and its value as what it is worth', () => {
    const cuts = brief(`Halvex to cut 900 jobs

Halvex, the Lima-based payments company, said on Wednesday it would cut 900 jobs. Halvex expects a restructuring charge of 40 million pounds.

The company, valued at 6 billion pounds in 2021, posted a loss of 200 million pounds last year.`);
    expect(cuts.ask('How much did Halvex lose last year?').answer).toContain('a loss of 200 million pounds');
    expect(cuts.ask('What is Halvex worth?').answer).toContain('valued at 6 billion pounds');
  });

  it('answers "Where were the talks?" with the talks held, not the next round to come', () => {
    const talks = brief(`Chile and Peru agree to reopen border

The foreign ministers of Chile and Peru agreed on Friday to reopen the border crossing to trucks, after talks in Arica.

Around 600 trucks a day used the crossing. Mendoza invited Aguilar to Lima for the next round of talks in March.`);
    expect(talks.ask('Where were the talks?').answer).toBe(
      'The foreign ministers of Chile and Peru agreed on Friday to reopen the border crossing to trucks, after talks in Arica.',
    );
    expect(talks.ask('Where is the next round of talks?').answer).toContain('to Lima for the next round');
  });

  it('answers "Where did they meet?" with the meeting held, not where they "will meet again"', () => {
    const met = brief(`Ministers agree a grain reserve

Farm ministers from Peru, Chile and Ecuador agreed on Tuesday to build a shared grain reserve, after a meeting in Lima.

The reserve will hold 300,000 tonnes of wheat. Peru will store half of it. Chile and Ecuador will share the cost.

Prices rose by a third last year.

The ministers will meet again in Quito in June to decide on prices.`);
    expect(met.ask('Where did they meet?').answer).toBe(
      'Farm ministers from Peru, Chile and Ecuador agreed on Tuesday to build a shared grain reserve, after a meeting in Lima.',
    );
    expect(met.ask('Where will they meet again?').answer).toContain('in Quito in June');
  });

  it('answers "What did the ministers reject?" with what they rejected, though the sentence goes on to their next meeting', () => {
    const duty = brief(`Ministers raise fuel duty

Finance ministers of Peru and Chile agreed on Thursday to raise the duty on diesel by 4 cents a litre.

The ministers rejected a proposal from Peru to index the duty to inflation, and put off a decision on jet fuel until their next meeting, in Lima.`);
    expect(duty.ask('What did the ministers reject?').answer).toMatch(/^The ministers rejected a proposal from Peru/);
  });

  it('answers "What is X accused of?" with what they were charged with or are suspected of', () => {
    const scandal = brief(`Lima minister resigns

Deputy minister Tom Vale resigned on Monday after he was charged with taking bribes from a builder.

Police arrested a 40-year-old man on suspicion of setting fire to the ministry.`);
    expect(scandal.ask('What is Tom Vale accused of?').answer).toContain('charged with taking bribes');
    expect(scandal.ask('What is the man accused of?').answer).toContain('on suspicion of setting fire');
  });

  it('answers what happens next with a step someone plans, when the text gives no other', () => {
    const study = brief(`Tea drinkers sleep better, study finds

People who drink green tea sleep 20 minutes longer than those who drink none, a study from Lima University found.

The researchers plan to test whether the time of day matters.`);
    expect(study.ask('What happens next?').answer).toBe('The researchers plan to test whether the time of day matters.');
  });

  it('answers what happens next with the steps people said they would take, when the text gives no other', () => {
    const verdict = brief(`Former Varno mayor jailed for bribes

A court on Wednesday sentenced the former mayor of Varno, Tom Vale, to seven years in prison for taking bribes.

Prosecutor Ivo Kant had asked for ten years. He said he would consider an appeal.

Vale's lawyer, Ana Roy, said her client was innocent and would appeal.`);
    const next = verdict.ask('What happens next?').answer;
    expect(next).toContain('would consider an appeal');
    expect(next).toContain('would appeal');
  });
});

describe('a verdict: counts acquitted of, a lawyer named by whose he is, a news conference placed in a capital', () => {
  const verdict = briefArticle(
    parsePlainText(`Jury convicts former Lima mayor

A jury on Friday found former mayor Tom Vale guilty of taking bribes from builders.

He was acquitted of two counts of fraud.

His lawyer, Ivo Kant, said Vale would appeal.

Prosecutor Ana Roy told a news conference in the capital, Halvex, that the verdict sent a message.`),
  );

  it('answers "Was he acquitted of anything?": "anything" is what, in no particular words', () => {
    expect(verdict.ask('Was he acquitted of anything?').answer).toBe('He was acquitted of two counts of fraud.');
  });

  it('answers "Is the company still hiring?": "still" is no word the text must use', () => {
    const cuts = briefArticle(
      parsePlainText('Halvex cuts jobs\n\nHalvex will cut 1,200 jobs, it said on Monday.\n\nRoy said the company would continue to hire engineers.'),
    );
    expect(cuts.ask('Is the company still hiring?').answer).toBe('Roy said the company would continue to hire engineers.');
  });

  it('answers "Who is his lawyer?" with the one person who holds that office', () => {
    expect(verdict.ask('Who is his lawyer?').answer).toMatch(/^Ivo Kant/);
    // ("Her son" is no office: whose she means is still asked.)
    expect(verdict.ask('Who is her son?').answered).toBe(false);
  });

  it('answers "What was the verdict?" with the finding of guilt', () => {
    expect(verdict.ask('What was the verdict?').answer).toMatch(/^A jury on Friday found former mayor Tom Vale guilty/);
  });

  it('answers "Where was the news conference?" with "in the capital, Halvex"', () => {
    expect(verdict.ask('Where was the news conference?').answer).toMatch(/^Prosecutor Ana Roy told a news conference in the capital/);
  });
});

describe('a reason given for "the decision", not in the lead', () => {
  const cuts = briefArticle(
    parsePlainText(`Lima council votes to close three libraries

Lima City Council voted on Monday night to close three of its eleven libraries next year, despite protests from residents who said the cuts would hurt children.

The libraries will close at the end of March.

Council leader Ana Roy said the decision was painful but necessary because the council faced a budget gap of 8 million pounds.`),
  );

  it('answers "Why is the council closing libraries?" with the reason given for the decision', () => {
    expect(cuts.ask('Why is the council closing libraries?').answer).toMatch(/^Council leader Ana Roy said the decision was painful/);
    expect(cuts.ask('Why were the libraries closed?').answer).toMatch(/^Council leader Ana Roy said the decision was painful/);
  });

  it("keeps the lead for a why asked of something else in it (the residents' protest)", () => {
    expect(cuts.ask('Why did residents protest?').answer).toMatch(/^Lima City Council voted/);
  });
});

describe('a study: who did it, who led it, how many it followed', () => {
  const study = briefArticle(
    parsePlainText(`Walking cuts heart risk, study finds

People who walk 7,000 steps a day have a 30% lower risk of heart disease, according to a study published on Tuesday.

Researchers at Lima University followed 42,000 adults for eight years.

"You do not need to run marathons. Walking makes a real difference," said lead author Dr Ana Roy.

The study was funded by the Halvex Foundation.`),
  );

  it('answers "Who did the study?" with the researchers named, not the finding', () => {
    expect(study.ask('Who did the study?').answer).toBe('Researchers at Lima University followed 42,000 adults for eight years.');
    expect(study.ask('Who carried out the research?').answer).toMatch(/^Researchers at Lima University/);
  });

  it('answers "Who led the study?" with its lead author, the quotation shown whole', () => {
    expect(study.ask('Who led the study?').answer).toBe('"You do not need to run marathons. Walking makes a real difference," said lead author Dr Ana Roy.');
  });

  it('answers "Who led the study?" with the one a relative clause says led it ("…, who led the study")', () => {
    const trial = briefArticle(
      parsePlainText(`Vaccine cuts malaria cases by 68%

A new malaria vaccine cut cases by 68% among young children, researchers reported on Wednesday.

"These are the best results we have seen," said Dr. Ana Roy of Lima University, who led the study.`),
    );
    for (const q of ['Who led the study?', 'Who led the trial?'])
      expect(trial.ask(q).answer, q).toBe('"These are the best results we have seen," said Dr. Ana Roy of Lima University, who led the study.');
  });

  it('answers "How many people were studied?" with the count the study followed', () => {
    expect(study.ask('How many people were studied?').answer).toMatch(/^Researchers at Lima University followed 42,000 adults/);
    expect(study.ask('How many people took part in the study?').answer).toMatch(/^Researchers at Lima University followed 42,000 adults/);
    // (Who paid for it is still the search's.)
    expect(study.ask('Who funded the study?').answer).toBe('The study was funded by the Halvex Foundation.');
  });

  it('declines "Who did the study?" of a report that names no one who did it', () => {
    const bare = briefArticle(parsePlainText('Walking helps\n\nA study published on Tuesday found walking cuts heart risk by 30%.'));
    expect(bare.ask('Who did the study?').answered).toBe(false);
  });
});

describe("what the report's own company's officer did, asked of the company", () => {
  const strike = briefArticle(
    parsePlainText(`Halvex pilots end strike

Halvex Airlines and its pilots' union reached a deal on Saturday to end a four-day strike that grounded 1,500 flights.

Union president Tom Vale said members would vote on the deal next week.

Halvex chief executive Ana Roy apologised to passengers and promised refunds.`),
  );

  it('answers "Did the airline apologise?" with its chief executive\'s apology', () => {
    expect(strike.ask('Did the airline apologise?').answer).toMatch(/^Halvex chief executive Ana Roy apologised/);
  });

  it("does not take her apology for the union's, whose officer she is not", () => {
    expect(strike.ask('Did the union apologise?').answered).toBe(false);
  });
});

describe('an arrest: people counted as men, what they are suspected of', () => {
  const arrest = briefArticle(
    parsePlainText(`Two held over Lima jewellery robbery

Police have arrested two men after a jewellery shop in central Lima was robbed on Saturday.

They are being questioned on suspicion of armed robbery.

A third suspect is still being sought.`),
  );

  it('answers "How many people were arrested?" with the men counted', () => {
    expect(arrest.ask('How many people were arrested?').answer).toMatch(/^Police have arrested two men/);
  });

  it('answers "What are they suspected of?" with the charge, not with a sentence that only names a suspect', () => {
    expect(arrest.ask('What are they suspected of?').answer).toBe('They are being questioned on suspicion of armed robbery.');
    expect(arrest.ask('What were the men arrested for?').answer).toBe('They are being questioned on suspicion of armed robbery.');
  });
});

describe("a work's or a vessel's name", () => {
  const prize = briefArticle(
    parsePlainText(`Lima writer wins fiction prize

Writer Ana Roy has won the Halvex Prize for her first novel, "The Glass Orchard", the organisers said on Tuesday.

Judge Tom Vale called the novel "a quiet masterpiece".`),
  );

  it('answers "What is the book called?" and "What is the title of the novel?" with the title it is given', () => {
    expect(prize.ask('What is the book called?').answer).toMatch(/^Writer Ana Roy has won the Halvex Prize for her first novel, "The Glass Orchard"/);
    expect(prize.ask('What is the title of the novel?').answer).toMatch(/^Writer Ana Roy has won/);
    expect(prize.ask('What is the name of the novel?').answer).toMatch(/^Writer Ana Roy has won/);
  });

  it('gives a ship its capitalised name, and declines where the text gives none', () => {
    const sinking = briefArticle(parsePlainText('Ferry sinks off Lima\n\nThe ferry Lima Star sank on Monday. The ship was carrying 40 people.'));
    expect(sinking.ask('What was the ship called?').answer).toBe('The ferry Lima Star sank on Monday.');
    const unnamed = briefArticle(parsePlainText('Novel praised\n\nThe novel was praised by critics on Monday. Roy called the novel a masterpiece.'));
    expect(unnamed.ask('What is the novel called?').answer).toBe("The article does not give the novel's name.");
  });

  it('gives any other thing the name the text gives it, not a sentence with another form of "called", nor a name set off by a comma alone', () => {
    const found = briefArticle(
      parsePlainText(`Beetle found in Lima park

Gardeners have long heard a beetle calling at dusk in the park's old oaks. The beetle, named Lucanus limae, is four centimetres long, a study said on Monday.

The two cities are expected to sign an agreement, Roy said.`),
    );
    expect(found.ask('What is the beetle called?').answer).toMatch(/^The beetle, named Lucanus limae,/);
    expect(found.ask('What is the name of the beetle?').answer).toMatch(/^The beetle, named Lucanus limae,/);
    expect(found.ask('What is the agreement called?').answer).not.toContain('sign an agreement');
  });
});

describe("an election: the winner, each party's seats, who is set to lead", () => {
  const vote = briefArticle(
    parsePlainText(`Opposition wins Lima election in landslide

The opposition Civic Alliance won a landslide victory in the parliamentary election on Sunday, taking 142 of the 200 seats and ending 16 years of rule by the Labour Party.

Alliance leader Ana Roy is set to become the first female prime minister.

The Labour Party won 41 seats, down from 108 at the last election in 2021. Outgoing Prime Minister Tom Vale conceded defeat.`),
  );

  it('answers "Who won the election?" with the lead\'s outcome, not a count another party won', () => {
    expect(vote.ask('Who won the election?').answer).toMatch(/^The opposition Civic Alliance won a landslide victory/);
  });

  it('answers "How many seats did the Labour Party win?" with its own count, not the lead that names it last', () => {
    expect(vote.ask('How many seats did the Labour Party win?').answer).toBe('The Labour Party won 41 seats, down from 108 at the last election in 2021.');
    expect(vote.ask('How many seats did the Civic Alliance win?').answer).toMatch(/^The opposition Civic Alliance won/);
  });

  it('answers "Who is the new prime minister?" with who "is set to become" it, not that the text names none', () => {
    expect(vote.ask('Who is the new prime minister?').answer).toMatch(/^Alliance leader Ana Roy is set to become the first female prime minister/);
  });

  it('answers "What does the resolution do?" from the text, not as an office whose holder it does not name', () => {
    const extended = briefArticle(
      parsePlainText(
        'Council extends Lima mission\n\nThe Security Council voted on Thursday to extend its mission in Lima for another year.\n\nThe resolution keeps the mission at 12,000 troops.',
      ),
    );
    expect(extended.ask('What does the resolution do?').answer).toBe('The resolution keeps the mission at 12,000 troops.');
  });

  it('answers "Who will be prime minister?" with who "is set to become" it first', () => {
    expect(vote.ask('Who will be prime minister?').answer).toMatch(/^Alliance leader Ana Roy is set to become/);
  });
});

describe('where people in the news come from', () => {
  const freed = briefArticle(
    parsePlainText(`Aid workers freed in Lima

Eight aid workers held hostage for three months in northern Lima were released on Friday, officials said.

The workers, from Germany, Canada and Kenya, were flown to Doha for medical checks.

The aid workers were kidnapped in March on the road to Ilo.`),
  );

  it('answers "Where are the workers from?" with the sentence that says so, not one that only places them', () => {
    expect(freed.ask('Where are the workers from?').answer).toBe('The workers, from Germany, Canada and Kenya, were flown to Doha for medical checks.');
  });
});

describe('whether the news has happened before', () => {
  const strike = (closing: string) =>
    briefArticle(
      parsePlainText(`Lima pilots end strike

Halvex Airlines and its pilots reached a deal on Saturday to end a four-day strike that grounded 1,500 flights.

Flights will resume on Sunday, the airline said.

${closing}`),
    );

  it('answers "Has this happened before?" and "When was the last strike?" with the sentence that counts the news among its kind', () => {
    const first = strike("It was the first strike by Halvex pilots in the airline's 30-year history.");
    expect(first.ask('Has this happened before?').answer).toBe("It was the first strike by Halvex pilots in the airline's 30-year history.");
    expect(first.ask('Is this the first strike?').answer).toBe("It was the first strike by Halvex pilots in the airline's 30-year history.");
    const since = strike('It was the pilots\u2019 first strike since 2009.');
    expect(since.ask('When was the last strike?').answer).toBe('It was the pilots\u2019 first strike since 2009.');
    expect(strike("It is the airline's second strike this year.").ask('Has this happened before?').answer).toBe("It is the airline's second strike this year.");
  });

  it('answers "When did X last …?" with the sentence that counts the news among its kind, however many words it puts between', () => {
    const visit = briefArticle(
      parsePlainText(`Peru's prime minister visits Chile

Peru and Chile signed seven agreements on Tuesday during a visit by Peruvian Prime Minister Ana Roy.

It is the first visit to Chile by a Peruvian prime minister since 2016.`),
    );
    const since = 'It is the first visit to Chile by a Peruvian prime minister since 2016.';
    expect(visit.ask('When did a Peruvian prime minister last visit Chile?').answer).toBe(since);
    expect(visit.ask('Has this happened before?').answer).toBe(since);
  });

  it("answers with one like it in an earlier year, named so or in the headline's words", () => {
    const again = strike('A similar strike in 2019 lasted two weeks.');
    expect(again.ask('Has this happened before?').answer).toBe('A similar strike in 2019 lasted two weeks.');
  });

  it('declines when the text counts nothing, nor what is still to come ("will meet for the first time")', () => {
    expect(strike('Parliament will meet for the first time on 12 June.').ask('Has this happened before?').answered).toBe(false);
    expect(strike('The first new routes are due in Lima in September.').ask('Has this happened before?').answered).toBe(false);
  });
});

describe('when a report of no named gathering happened', () => {
  const theft = briefArticle(
    parsePlainText(`Paintings stolen from Lima museum

Thieves broke into the Lima Museum overnight and stole two paintings worth 12 million euros, police said on Thursday.

Police Chief Ana Roy said the thieves had entered through a skylight.`),
  );

  it('answers "When did the theft happen?" in the words of the sentence that dates it, not "The event: Thursday."', () => {
    expect(theft.ask('When did the theft happen?').answer).toMatch(/^Thieves broke into the Lima Museum overnight/);
    expect(theft.ask('When was it?').answer).toMatch(/^Thieves broke into the Lima Museum overnight/);
  });

  it('still says the day a meeting was held', () => {
    const met = briefArticle(
      parsePlainText('Ministers meet in Lima\n\nMinisters from Peru and Chile met in Lima on Thursday to discuss trade, officials said.'),
    );
    expect(met.ask('When was the meeting held?').answer).not.toMatch(/^Ministers from Peru/);
  });
});

describe("a yes-or-no question's verb", () => {
  const results = briefArticle(
    parsePlainText(`Halvex profit jumps 40%

Software maker Halvex said on Tuesday its third-quarter net profit rose 40% to $2.1 billion, beating analysts' forecasts.

The company raised its forecast for full-year revenue to $38 billion, from $37 billion previously.`),
  );

  it('answers "Did Halvex raise its forecast?" first with the sentence that says "raised", not the lead\'s "rose"', () => {
    expect(results.ask('Did Halvex raise its forecast?').answer).toMatch(/^The company raised its forecast/);
  });
});

describe('a company asked of by its kind', () => {
  const fine = briefArticle(
    parsePlainText(`EU fines carmaker Halvex

The European Commission on Wednesday fined German carmaker Halvex 1.1 billion euros for colluding with two rivals.

The fine can be up to 10% of a company's global turnover.`),
  );

  it('shows the sentence a pronoun leans on when that sentence holds what is asked ("Did the company appeal?")', () => {
    const blocked = briefArticle(
      parsePlainText(`Regulator blocks Halvex takeover

The regulator on Tuesday blocked Halvex's proposed takeover of Norvia, saying it would push up prices.

Halvex said it was disappointed and would consider an appeal. Its chief executive, Ana Roy, said the company had offered remedies.`),
    );
    expect(blocked.ask('Did the company appeal?').answer).toBe(
      'Halvex said it was disappointed and would consider an appeal. Its chief executive, Ana Roy, said the company had offered remedies.',
    );
  });

  it('answers "Where will the money go?" with where it goes, though that is no named place', () => {
    const fined = briefArticle(
      parsePlainText('Halvex Water fined\n\nRegulators fined Halvex Water £40 million on Tuesday.\n\nThe money will go to a fund for cleaning up rivers.'),
    );
    expect(fined.ask('Where will the money go?').answer).toBe('The money will go to a fund for cleaning up rivers.');
  });

  it('searches for people in common words the text writes another way ("What did campaigners say?" of "Campaign group X said")', () => {
    const fined = briefArticle(
      parsePlainText(
        'Halvex Water fined\n\nRegulators fined Halvex Water £40 million on Tuesday.\n\nCampaign group Clean Lima said the penalty was "long overdue".',
      ),
    );
    expect(fined.ask('What did campaigners say?').answer).toBe('Campaign group Clean Lima said the penalty was "long overdue".');
    // (A name the text never writes is still not mentioned.)
    expect(fined.ask('What did Ana Roy say?').answer).toBe('The article does not mention Ana Roy.');
  });

  it('reads "the company" as the report\'s own company, named ("Why was the company fined?" of "fined Halvex Water … for")', () => {
    const spills = briefArticle(
      parsePlainText(`Halvex Water fined £40 million

Regulators fined Halvex Water £40 million on Tuesday for releasing raw sewage into rivers more than 2,000 times.

It is the largest fine ever imposed on a water company in England.

Halvex Water's chief executive, Ana Roy, apologised.`),
    );
    expect(spills.ask('Why was the company fined?').answer).toMatch(/^Regulators fined Halvex Water £40 million on Tuesday for releasing raw sewage/);
  });

  it('answers "Why was the company fined?" with the fine the lead tells of its trade ("carmaker Halvex"), not the rule on fines', () => {
    expect(fine.ask('Why was the company fined?').answer).toMatch(/^The European Commission on Wednesday fined German carmaker Halvex/);
  });
});

describe("a person's own words, not a report of them another gives", () => {
  const prize = briefArticle(
    parsePlainText(`Ana Roy wins Lima Prize

Writer Ana Roy has won the Lima Prize for her first novel, "The Glass Orchard", the prize's organisers announced on Tuesday.

Roy, who moved to Lima at the age of 12, said she was "completely shocked".`),
  );

  it('answers "What did Ana Roy say?" with what she said, not the lead the organisers announced (whose quotation marks hold a title)', () => {
    expect(prize.ask('What did Ana Roy say?').answer).toBe('Roy, who moved to Lima at the age of 12, said she was "completely shocked".');
  });

  it('reads "he" of an obituary as the one its headline names, when no one else is named more than once', () => {
    const obituary = briefArticle(
      parsePlainText(`Actor Tom Vale dies at 88

Tom Vale, the actor who starred in more than 90 films, has died at the age of 88, his family said on Monday.

Vale died peacefully at his home in Lima on Sunday, his daughter, Eva Vale, said in a statement.

He began his career on stage before moving into film.`),
    );
    expect(obituary.ask('How old was he?').answer).toMatch(/^Tom Vale, the actor who starred in more than 90 films, has died at the age of 88/);
    expect(obituary.ask('What did he say?').answer).toBe('The article does not report what Tom Vale said.');
  });
});

describe("a match report's next fixture", () => {
  const match = briefArticle(
    parsePlainText(`Lima beat Quito 2-0 to top the league

Lima City moved to the top of the league on Saturday with a 2-0 win over Quito Athletic, thanks to goals from Ivan Soto and Marco Diaz.

Lima coach Ana Roy said her team had "played with courage".

Lima play Cusco next Sunday in a game that could decide the title.`),
  );

  it('answers "Who are Lima playing next?" as a question of what they do, not of who Lima is', () => {
    expect(match.ask('Who are Lima playing next?').answer).toBe('Lima play Cusco next Sunday in a game that could decide the title.');
  });

  it('says the text is silent on "Who scored the first goal?", not that it reports no proposals', () => {
    const drawn = briefArticle(
      parsePlainText('Lima draw with Quito\n\nLima City drew 0-0 with Quito Athletic on Saturday, leaving them second in the league.'),
    );
    expect(drawn.ask('Who scored the first goal?').answer).toBe('The article does not say who scored the first goal.');
    expect(drawn.ask('What were the proposals?').answer).toBe('The article does not report any proposals.');
  });

  it('answers "When is the next game?" of "next Sunday in a game"', () => {
    expect(match.ask('When is the next game?').answer).toBe('Lima play Cusco next Sunday in a game that could decide the title.');
  });
});

describe('a decision announced, still to take effect', () => {
  it('answers "What was decided?" with a lead that announces what the government will do', () => {
    const ban = briefArticle(
      parsePlainText(`Lima to ban plastic cutlery

The government will ban single-use plastic cutlery from 1 April, Environment Minister Ana Roy announced on Monday.

Shops that break the rules could be fined up to 5,000 euros.`),
    );
    expect(ban.ask('What was decided?').answer).toMatch(/^The government will ban single-use plastic cutlery/);
  });

  it('still declines of a report whose lead announces nothing ("A wildfire spread …")', () => {
    const fire = briefArticle(parsePlainText('Fire near Lima\n\nA wildfire spread to within three kilometres of Lima on Sunday, officials said.'));
    expect(fire.ask('What was decided?').answered).toBe(false);
  });
});

describe("a new chief executive: her age, the firm's, when she starts", () => {
  const named = briefArticle(
    parsePlainText(`Halvex names Ana Roy as chief executive

Shipping group Halvex has appointed Ana Roy as its chief executive, the company said on Monday, making her the first woman to lead the 140-year-old firm.

Roy, 49, is currently finance director at a rival. She will take over on 1 March from Tom Vale, who is retiring.`),
  );

  it('answers "How old is Roy?" with her age, not the firm\'s', () => {
    expect(named.ask('How old is Roy?').answer).toMatch(/^Roy, 49, is currently finance director at a rival\./);
  });

  it('answers "How old is the company?" with the firm\'s age, not its chief executive\'s', () => {
    expect(named.ask('How old is the company?').answer).toMatch(/^Shipping group Halvex has appointed/);
    // (Of a firm whose age the text does not give, its chief executive's is no answer.)
    const ageless = briefArticle(
      parsePlainText(
        'Halvex names Ana Roy as chief\n\nShipping group Halvex has appointed Ana Roy as its chief executive, the company said on Monday.\n\nRoy, 49, was finance director at a rival.',
      ),
    );
    expect(ageless.ask('How old is the company?').answered).toBe(false);
  });

  it('answers "When does she start?" with "will take over on 1 March", and "Who is she replacing?" as a question of what she does', () => {
    expect(named.ask('When does she start?').answer).toMatch(/^She will take over on 1 March/);
    expect(named.ask('Who is she replacing?').answer).not.toMatch(/^Ask about someone by name/);
  });
});

describe('a trade deal still to be approved; a fall placed in the capital', () => {
  it('answers "When will it take effect?" with what must come first, when the text gives no date', () => {
    const deal = briefArticle(
      parsePlainText(
        'Chile and Peru sign trade deal\n\nChile and Peru signed a free trade agreement in Lima on Tuesday that will remove tariffs on 98% of goods.\n\nThe agreement must still be approved by both parliaments before it takes effect.',
      ),
    );
    expect(deal.ask('When will it take effect?').answer).toBe('The agreement must still be approved by both parliaments before it takes effect.');
  });

  it('answers "Where was the biggest fall?" with "in the capital", a place named by its kind', () => {
    const prices = briefArticle(
      parsePlainText(
        'House prices fall again\n\nHouse prices fell by 0.8% in October, the Lima Building Society said on Friday.\n\nThe biggest fall was in the capital, at 1.9%.',
      ),
    );
    expect(prices.ask('Where was the biggest fall?').answer).toBe('The biggest fall was in the capital, at 1.9%.');
  });
});

describe('a ransomware attack: who claimed it, and a refusal whose object the sentence before names', () => {
  const attack = (...lines: string[]) =>
    briefArticle(
      parsePlainText(
        `Hospital group hit by cyber attack\n\nA cyber attack on the Halvex Health Trust has forced it to cancel 300 operations, the trust said on Tuesday.\n\n${lines.join('\n\n')}`,
      ),
    );

  it('answers "Who was behind the attack?" with the sentence that says who claimed responsibility', () => {
    const claimed = 'A criminal group calling itself Lima Nine has claimed responsibility and demanded a ransom of $4 million.';
    for (const q of ['Who was behind the attack?', 'Who is responsible for the attack?', 'Who carried out the attack?'])
      expect(attack(claimed).ask(q).answer).toBe(claimed);
    // (Asked of something neither it nor the news names, it is no answer: "Who is responsible for the delays?")
    expect(attack(claimed).ask('Who is responsible for the delays?').answer).not.toBe(claimed);
    expect(attack('Police are investigating.').ask('Who was behind the attack?').answered).toBe(false);
  });

  // (A "No": what it says it would not do.)
  it('answers "Will the trust pay the ransom?" with "No: The trust said it would not pay." after the demand, in one paragraph', () => {
    const demand = 'A criminal group has demanded a ransom of $4 million.';
    expect(attack(`${demand} The trust said it would not pay.`).ask('Will the trust pay the ransom?').answer).toBe('No: The trust said it would not pay.');
    // (A paragraph of its own stands on nothing before it.)
    expect(attack(demand, 'The trust said it would not pay.').ask('Will the trust pay the ransom?').answered).toBe(false);
  });
});

describe('a resignation over expenses', () => {
  const report = briefArticle(
    parsePlainText(
      'Minister resigns over expenses\n\nTransport Minister Ana Roy resigned on Monday after an inquiry found she had claimed 38,000 pounds for a flat.\n\nThe inquiry found that Ms Roy had broken the rules on claims for second homes on 14 occasions between 2021 and 2024.',
    ),
  );

  it('answers "How many times did she break the rules?" with "on 14 occasions"', () => {
    expect(report.ask('How many times did she break the rules?').answer).toMatch(/on 14 occasions/);
  });
});

describe('a derailment', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Two killed as passenger train derails',
        'Two people were killed and 41 injured when a passenger train derailed in the Lima valley on Saturday, the rail operator said.',
        'The service from Tova to Rima was carrying about 180 passengers when three of its carriages left the track.',
        'Rescue teams used helicopters to take nine seriously injured passengers to hospital in Rima.',
        'The operator, Halvex Rail, said a landslide caused by heavy rain may have covered part of the track.',
        'The national accident investigation board has opened an inquiry.',
      ].join('\n\n'),
    ),
  );

  it('answers "What caused the crash?" of a train that derailed, with the cause the text gives', () => {
    expect(report.ask('What caused the crash?').answer).toMatch(/a landslide caused by heavy rain/);
  });

  it('answers "How many passengers were on board?" with who it was carrying, not the investigation board', () => {
    expect(report.ask('How many passengers were on board?').answer).toMatch(/carrying about 180 passengers/);
  });

  it('answers "How many were seriously injured?" with the count of those hurt so (an adverb before the verb)', () => {
    expect(report.ask('How many were seriously injured?').answer).toMatch(/^Rescue teams used helicopters to take nine seriously injured/);
  });
});

describe('a drug approval and its trial', () => {
  const trial = 'In a trial of 496 children, 67% of those given the drug could eat two peanuts without a reaction, compared with 4% given a placebo.';
  const report = briefArticle(
    parsePlainText(
      `Regulator approves peanut allergy pill\n\nThe Medicines Agency on Thursday approved the first pill to treat peanut allergy in children, made by Halvex Therapeutics.\n\n${trial}\n\nHalvex shares rose 18% in Lima.`,
    ),
  );

  it('answers "How effective is the drug?", "Does it work?" with the trial\'s result', () => {
    for (const q of ['How effective is the drug?', 'Does it work?', 'How well did it work?']) expect(report.ask(q).answer).toBe(trial);
  });

  it('answers no other "how well" with it ("How well did the company do?")', () => {
    expect(report.ask('How well did the company do?').answer).not.toBe(trial);
  });
});

describe('a ceasefire agreed', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Ceasefire agreed in border conflict',
        'The governments of Peru and Chile agreed on Sunday to a ceasefire along their disputed border, after three days of talks in Geneva.',
        'The truce is due to take effect at midnight on Tuesday.',
        'Both sides agreed to pull their heavy weapons back 20 kilometres from the front line within two weeks.',
        'A previous ceasefire, agreed in June, collapsed after four days.',
      ].join('\n\n'),
    ),
  );

  it('answers "When does the ceasefire start?" with when the truce takes effect', () => {
    expect(report.ask('When does the ceasefire start?').answer).toBe('The truce is due to take effect at midnight on Tuesday.');
  });

  it('answers "What was agreed?" with no earlier thing of its kind beside the news ("A previous ceasefire, agreed in June, …")', () => {
    const agreed = report.ask('What was agreed?').answer;
    expect(agreed).toMatch(/^The governments of Peru and Chile agreed/);
    expect(agreed).not.toMatch(/previous ceasefire/);
  });
});

describe('a painting sold at auction', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Lost painting sells for record sum',
        'A painting by the artist Ivo Kant sold for 48 million dollars at an auction in Lima on Tuesday, a record for the artist.',
        'It had been expected to fetch between 20 and 30 million dollars.',
        'The family that found the painting has asked not to be named. They will receive most of the proceeds.',
      ].join('\n\n'),
    ),
  );

  it('answers "What was the estimate?" with what it was expected to fetch', () => {
    expect(report.ask('What was the estimate?').answer).toBe('It had been expected to fetch between 20 and 30 million dollars.');
  });

  it('answers "Who will get the money?" with the proceeds, and who "they" are from the sentence before', () => {
    expect(report.ask('Who will get the money?').answer).toBe(
      'The family that found the painting has asked not to be named. They will receive most of the proceeds.',
    );
  });
});

describe('a referendum result', () => {
  it('answers "How many voted against?" with a share that voted so ("with 58% voting against")', () => {
    const report = briefArticle(
      parsePlainText(
        "Voters reject lower voting age\n\nVoters in Peru have rejected a proposal to lower the voting age to 16, with 58% voting against in Sunday's referendum, official results showed on Monday.\n\nTurnout was 61%, the electoral commission said.",
      ),
    );
    expect(report.ask('How many voted against?').answer).toMatch(/with 58% voting against/);
  });
});

describe('a heatwave', () => {
  it('answers "When will it cool down?" with when temperatures fall (a particle is no word the text must use)', () => {
    const report = briefArticle(
      parsePlainText(
        'Record temperature as heatwave grips country\n\nThe country recorded its highest ever temperature on Wednesday, when thermometers in Lima reached 41.2C, the weather service said.\n\nChief meteorologist Ana Roy said temperatures would start to fall on Saturday, when storms are expected to cross the country.',
      ),
    );
    expect(report.ask('When will it cool down?').answer).toMatch(/temperatures would start to fall on Saturday/);
  });
});

describe('a product launch', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Halvex unveils folding laptop',
        'Halvex on Tuesday unveiled a laptop whose screen folds in half, at an event in Lima.',
        'The device has a 17-inch screen that folds down to the size of a 12-inch laptop.',
        'Analysts were less sure. "The price will keep it a niche product," said Tom Vale, an analyst at Lima Research.',
      ].join('\n\n'),
    ),
  );

  it('answers "How big is the screen?" with its size in inches', () => {
    expect(report.ask('How big is the screen?').answer).toMatch(/17-inch screen/);
  });

  it('answers "What did analysts say?" with what the one analyst it quotes said', () => {
    expect(report.ask('What did analysts say?').answer).toMatch(/niche product/);
  });
});

describe('miners rescued', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Seven miners rescued after four days underground',
        'Rescuers on Friday pulled seven miners to safety from a coal mine near Lima, four days after a tunnel collapse trapped them.',
        "Two other miners were killed in the collapse on Monday, the mine's owner, Lima Coal, said.",
      ].join('\n\n'),
    ),
  );

  it('answers "How many died?" with a count of those killed, whatever they were ("Two other miners were killed")', () => {
    expect(report.ask('How many died?').answer).toMatch(/^Two other miners were killed/);
  });

  it('answers "Who owns the mine?" with the sentence that names its owner', () => {
    expect(report.ask('Who owns the mine?').answer).toMatch(/the mine's owner, Lima Coal/);
  });
});

describe('a waiting list at a record', () => {
  it('answers "How many people are waiting?" with the number that reached a record, not a part of them', () => {
    const report = briefArticle(
      parsePlainText(
        'Hospital waiting list reaches record\n\nThe number of people waiting for planned hospital treatment reached a record 7.8 million in September, official figures showed on Thursday.\n\nAbout 390,000 patients had been waiting for more than a year, up from 370,000 in August.',
      ),
    );
    expect(report.ask('How many people are waiting?').answer).toMatch(
      /^The number of people waiting for planned hospital treatment reached a record 7\.8 million/,
    );
  });
});

describe('a landing tried before', () => {
  it('answers "Has Peru tried before?" and "Has this happened before?" with an earlier attempt of its kind', () => {
    const report = briefArticle(
      parsePlainText(
        "Lunar lander touches down near the Moon's south pole\n\nA robotic spacecraft built by Peru's space agency landed near the Moon's south pole on Saturday.\n\nThe lander carries a small rover that will study the soil for two weeks.\n\nA previous Peruvian attempt to land in the region ended in a crash in 2019.",
      ),
    );
    for (const q of ['Has Peru tried before?', 'Has this happened before?'])
      expect(report.ask(q).answer).toBe('A previous Peruvian attempt to land in the region ended in a crash in 2019.');
  });
});

describe('a fine, the largest of its kind', () => {
  it('answers "Is it a record fine?" with "the largest penalty it has imposed"', () => {
    const report = briefArticle(
      parsePlainText(
        'Regulator fines Halvex\n\nThe regulator on Monday fined Halvex 1.8 billion euros for blocking rival apps, the largest penalty it has imposed on the company.\n\nHalvex said it would appeal.',
      ),
    );
    expect(report.ask('Is it a record fine?').answer).toMatch(/the largest penalty it has imposed/);
  });
});

describe('a river in flood', () => {
  it('answers "How high did the river rise?" with the level it peaked at, in metres', () => {
    const report = briefArticle(
      parsePlainText(
        'Floods force 20,000 from their homes\n\nMore than 20,000 people were evacuated from towns along the River Lima on Thursday after heavy rain caused it to burst its banks, officials said.\n\nThe river peaked at 6.4 metres in the town of Sora, the highest level since records began.',
      ),
    );
    for (const q of ['How high did the river rise?', 'How high did the river get?', 'How high was the river?'])
      expect(report.ask(q).answer).toMatch(/^The river peaked at 6\.4 metres/);
  });
});

describe('a yes-or-no question the text answers by a denial (see also "the bank" below)', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Halvex Bank to pay $90 million to settle lawsuit',
        'Halvex Bank agreed on Monday to pay $90 million to settle a class action over hidden fees.',
        'Halvex did not admit wrongdoing.',
        'The board approved the settlement, which the regulator had not approved.',
      ].join('\n\n'),
    ),
  );

  it('says no "No" where the act is told as done too, though another did not do it', () => {
    expect(report.ask('Did the board approve the settlement?').answer).toMatch(/^The board approved the settlement/);
  });
});

describe('what someone demanded', () => {
  it('declines "What did X demand?" of one who demanded nothing, rather than give their other words', () => {
    const report = briefArticle(
      parsePlainText(
        'Dockers end strike\n\nDockers in Lima voted on Thursday to accept a 9% pay rise, ending a 12-day strike.\n\nUnion leader Ana Roy said the deal "recognises the risks our members take".\n\nPort chief Tom Vale demanded that the union repay lost wages.',
      ),
    );
    expect(report.ask('What did Ana Roy demand?').answered).toBe(false);
    expect(report.ask('What did Tom Vale demand?').answer).toBe('Port chief Tom Vale demanded that the union repay lost wages.');
    expect(report.ask('What did Ana Roy say?').answer).toMatch(/^Union leader Ana Roy said the deal/);
  });

  it('answers "What did X call for?" from "called for", and "What did X insist on?" from "insisted on"', () => {
    const report = briefArticle(
      parsePlainText(
        "Ministers agree glacier fund\n\nEnvironment ministers from five Andean countries agreed on Thursday to set up a fund of $120 million for glacier towns.\n\nBolivia's minister, Ana Roy, called for rich countries to contribute to the fund.\n\nChile's minister, Tom Vale, insisted on a review after two years.",
      ),
    );
    expect(report.ask('What did Ana Roy call for?').answer).toBe("Bolivia's minister, Ana Roy, called for rich countries to contribute to the fund.");
    expect(report.ask('What did Tom Vale insist on?').answer).toBe("Chile's minister, Tom Vale, insisted on a review after two years.");
  });
});

describe('who paid for something', () => {
  it('declines "Who paid for the bridge?" of a sentence that only gives what it cost, and answers it from one that tells of paying', () => {
    const cost =
      'Mayor opens bridge\n\nMayor Ana Roy opened the new river bridge in Lima on Thursday.\n\nThe 420-metre bridge cost 85 million dollars, the city said.';
    expect(briefArticle(parsePlainText(cost)).ask('Who paid for the bridge?').answered).toBe(false);
    const paid = `${cost}\n\nIt was paid for by the regional government and a loan from the Andes Bank.`;
    expect(briefArticle(parsePlainText(paid)).ask('Who paid for the bridge?').answer).toBe(
      'It was paid for by the regional government and a loan from the Andes Bank.',
    );
  });
});

describe('a mine rescue', () => {
  // ("deep" is the size asked for, not a word the text must use, as "tall" and "high" are not.)
  it('answers "How deep was the shaft?" with its depth joined to its figure ("a 300-metre shaft")', () => {
    const report = briefArticle(
      parsePlainText(
        'Rescuers free 12 miners\n\nRescuers freed all 12 miners on Sunday after a tunnel collapsed at the Lima copper mine.\n\nThe men were brought up one by one through a 300-metre shaft drilled by rescue teams.',
      ),
    );
    expect(report.ask('How deep was the shaft?').answer).toMatch(/through a 300-metre shaft/);
  });
});

describe('job cuts and a plant to close', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Carmaker Halvex to cut 4,000 jobs and close plant',
        'Carmaker Halvex said on Wednesday it would cut 4,000 jobs and close its oldest factory, in the city of Lima.',
        'The Lima plant, which opened in 1968, employs 2,300 people and will close by the end of next year.',
        'Halvex will spend 3 billion euros over five years on new electric models, chief executive Ana Roy said.',
      ].join('\n\n'),
    ),
  );

  it('answers "How many work at the plant?" with the workforce it employs', () => {
    for (const q of ['How many work at the plant?', 'How many people does the plant employ?']) expect(report.ask(q).answer).toMatch(/employs 2,300 people/);
  });

  it('answers "When did the plant open?" with the year its own "opened" gives, not the news\'s day', () => {
    expect(report.ask('When did the plant open?').answer).toMatch(/which opened in 1968/);
  });

  it('answers "When were the masks made?" with a year given roughly after its own "made", not the news\'s day', () => {
    const theft = briefArticle(
      parsePlainText(`Thieves steal gold masks from Lima museum

Thieves broke into a museum in Lima early on Thursday and stole three gold masks worth $12 million, police said.

The masks, made around 300 AD, were found in a royal tomb in 1987. The gallery, built about 1890, has no alarm.`),
    );
    expect(theft.ask('When were the masks made?').answer).toBe('The masks, made around 300 AD, were found in a royal tomb in 1987.');
    expect(theft.ask('When was the gallery built?').answer).toBe('The gallery, built about 1890, has no alarm.');
  });

  it('answers "How much will Halvex invest?" with what it will spend', () => {
    expect(report.ask('How much will Halvex invest?').answer).toMatch(/will spend 3 billion euros/);
  });
});

describe('an obituary of an engineer, and her family', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Ana Roy, engineer who rebuilt the Lima dam, dies at 88',
        'Ana Roy, the engineer who rebuilt the Lima dam after the 1971 flood, has died at her home in Quito.',
        'Her son, Ivo Roy, said she died peacefully on Sunday after a short illness.',
        'Born in 1938 in the town of Sora, Roy studied at the Andes Institute and opened her own firm in 1965.',
        'After the flood destroyed the old dam, the city chose her plan over 30 others. The work took 9 years and was finished in 1980.',
        'She later designed the Quito Library, which opened in 1991, and taught at the institute until 2003.',
        'Mayor Lia Mora called her "the woman who gave us back our river".',
        'She is survived by her son and three grandchildren. Her husband, the painter Tom Roy, died in 2010.',
      ].join('\n\n'),
    ),
  );

  it('answers "When did she die?" with the sentence that dates her death, past an adverb ("died peacefully on Sunday")', () => {
    expect(report.ask('When did she die?').answer).toMatch(/died peacefully on Sunday/);
  });

  // (A family that shares her surname: the name asked about is the whole of it.)
  it('answers "When did Tom Roy die?" with his own death\'s year, not hers', () => {
    expect(report.ask('When did Tom Roy die?').answer).toMatch(/^Her husband, the painter Tom Roy, died in 2010/);
  });

  it('answers "When was she born?" with the year after "Born"', () => {
    expect(report.ask('When was she born?').answer).toMatch(/^Born in 1938/);
  });

  // (Sentences that name her again only by "She", or by the surname her family shares, are hers: she is the one it is about.)
  it('answers "What did she design?" and "Where did Ana Roy study?" from sentences that name her by a pronoun or her surname alone', () => {
    for (const q of ['What did she design?', 'What did Ana Roy design?']) expect(report.ask(q).answer).toMatch(/^She later designed the Quito Library/);
    expect(report.ask('Where did Ana Roy study?').answer).toMatch(/^Born in 1938 in the town of Sora, Roy studied at the Andes Institute/);
  });

  it('answers "Who was her husband?" with the sentence that names him, "her" being the one the obituary is about', () => {
    for (const q of ['Who was her husband?', "Who was Ana Roy's husband?"]) expect(report.ask(q).answer).toMatch(/^Her husband, the painter Tom Roy, died/);
    expect(report.ask('Who was her brother?').answer).toBe('The article does not name her brother.');
  });

  it('still declines "What did she say?": none of those sentences is her words', () => {
    expect(report.ask('What did she say?').answered).toBe(false);
  });

  // (… and a paragraph of its own that opens with her possessive: "Her death …", "His last album won …".)
  it('answers "When did he die?" and "What award did he win?" from paragraphs that open with his possessive', () => {
    const his = briefArticle(
      parsePlainText(
        [
          'Obituary: Tom Vale, conductor who led the Lima orchestra, 1938-2026',
          'Tom Vale, the conductor who led the Lima orchestra for 27 years, has died at his home in Quito. He was 88.',
          'His death on Sunday was announced by the orchestra, which said he had been ill for some months.',
          'His recording of the Andes symphonies won a national award in 1994.',
          'He is survived by his wife, the singer Lia Mora.',
        ].join('\n\n'),
      ),
    );
    for (const q of ['When did he die?', 'When did Tom Vale die?']) expect(his.ask(q).answer).toMatch(/^His death on Sunday was announced/);
    expect(his.ask('What award did he win?').answer).toMatch(/^His recording of the Andes symphonies won a national award/);
  });
});

describe('a budget', () => {
  it('answers "What will happen to the deficit?" with what it is forecast to do', () => {
    const report = briefArticle(
      parsePlainText(
        'Finance minister raises income tax in budget\n\nFinance Minister Ana Roy on Tuesday raised the top rate of income tax to 48%, in a budget aimed at cutting the deficit.\n\nThe deficit is forecast to fall from 4.1% of national income this year to 2.9% in 2027.',
      ),
    );
    expect(report.ask('What will happen to the deficit?').answer).toBe(
      'The deficit is forecast to fall from 4.1% of national income this year to 2.9% in 2027.',
    );
  });
});

describe('a cargo plane crash', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Cargo plane crashes on approach to airport',
        'A cargo plane crashed on its approach to Lima airport early on Sunday, killing all four crew members on board, officials said.',
        'The freighter, operated by the regional carrier Halvex Air, came down in a field about two kilometres from the runway.',
      ].join('\n\n'),
    ),
  );

  it('answers "How many died?" with those it killed ("killing all four crew members")', () => {
    expect(report.ask('How many died?').answer).toMatch(/killing all four crew members/);
  });

  it('answers "Who operated the plane?" of a freighter', () => {
    expect(report.ask('Who operated the plane?').answer).toMatch(/operated by the regional carrier Halvex Air/);
  });
});

describe('a volcano erupts', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Volcano erupts on island, forcing 3,000 to leave',
        'Mount Lima on the island of Sora erupted on Friday, sending a column of ash 9 kilometres into the sky and forcing about 3,000 people to leave.',
        'The agency set up an exclusion zone of 7 kilometres around the crater.',
        'There were no immediate reports of deaths or injuries, the agency said.',
        'Mount Lima last erupted in 2014, when two people were killed by hot gas and rocks.',
        'Volcanologist Ana Roy said the eruption could continue for several weeks.',
      ].join('\n\n'),
    ),
  );

  it('answers "How big is the exclusion zone?" in kilometres', () => {
    expect(report.ask('How big is the exclusion zone?').answer).toMatch(/exclusion zone of 7 kilometres/);
  });

  it('answers "How long will it last?" with a span of time, not a length ("a column of ash 9 kilometres into the sky")', () => {
    expect(report.ask('How long will it last?').answer).toMatch(/continue for several weeks/);
  });

  it('answers "Was anyone killed?" with the news\'s own time before an eruption of years ago, which "When did it last erupt?" gets', () => {
    expect(report.ask('Was anyone killed?').answer).toMatch(/^There were no immediate reports of deaths/);
    expect(report.ask('When did it last erupt?').answer).toMatch(/last erupted in 2014/);
  });
});

describe('a boat rescue', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Coastguard rescues 112 people from sinking boat',
        'The coastguard rescued 112 people from an overcrowded fishing boat that was sinking south of the island of Lima on Saturday, officials said.',
        'The passengers had set off from the port of Sora two days earlier. Most of them are from Sudan, Eritrea and Syria.',
        'Two bodies were recovered from the water, the coastguard said.',
      ].join('\n\n'),
    ),
  );

  it('answers "Where were they from?" with where the text says people are from', () => {
    expect(report.ask('Where were they from?').answer).toBe('Most of them are from Sudan, Eritrea and Syria.');
  });

  it('answers "How many died?" with the bodies recovered', () => {
    expect(report.ask('How many died?').answer).toMatch(/^Two bodies were recovered/);
  });
});

describe('a strike ballot accepted', () => {
  it('answers "How many voted to accept?" with the share that voted so ("76% voted to accept the offer")', () => {
    const report = briefArticle(
      parsePlainText(
        "Striking nurses accept pay offer\n\nNurses in Lima voted on Thursday to accept a 9% pay rise, ending a six-week strike.\n\nIn a ballot of 14,000 members of the Lima Nurses' Federation, 76% voted to accept the offer, the union said.",
      ),
    );
    expect(report.ask('How many voted to accept?').answer).toMatch(/76% voted to accept the offer/);
  });
});

describe('an internet outage', () => {
  it('answers "Will customers be compensated?" with the refund they will get', () => {
    const report = briefArticle(
      parsePlainText(
        "Internet outage cuts off millions\n\nMillions of people lost internet access for six hours on Tuesday after a fault at the network operator Halvex, the company said.\n\nChief executive Ana Roy apologised and said customers would receive a refund of one month's fee.",
      ),
    );
    expect(report.ask('Will customers be compensated?').answer).toMatch(/receive a refund/);
  });
});

describe('a Roman villa found', () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Archaeologists uncover Roman villa under car park',
        'Archaeologists have uncovered the remains of a large Roman villa beneath a car park in the town of Lima, the council said on Wednesday.',
        'The villa, thought to date from the second century AD, had at least 20 rooms and a private bath house.',
      ].join('\n\n'),
    ),
  );

  it('answers "What was found?" with what was uncovered', () => {
    expect(report.ask('What was found?').answer).toMatch(/^Archaeologists have uncovered the remains/);
  });

  it('answers "How old is the villa?" with the time it dates from', () => {
    expect(report.ask('How old is the villa?').answer).toMatch(/thought to date from the second century AD/);
  });
});

describe('an extradition and a jet order', () => {
  it('answers "Does he deny the charges?" with "He denies the charges." (the stemmer reads "deny" and "denies" apart)', () => {
    const report = briefArticle(
      parsePlainText(
        'Court approves extradition of former minister\n\nA court in Lima on Monday approved the extradition of former finance minister Tom Vale, who faces charges of fraud.\n\nVale, 61, fled the country in 2022. He denies the charges.',
      ),
    );
    expect(report.ask('Does he deny the charges?').answer).toMatch(/^He denies the charges\./);
  });

  it('answers "When will the jets arrive?" with when they are due to be delivered', () => {
    const report = briefArticle(
      parsePlainText(
        'Airline orders 60 jets\n\nHalvex Air on Tuesday ordered 60 narrow-body jets in a deal worth about 8 billion dollars.\n\nThe first aircraft are due to be delivered in 2027.',
      ),
    );
    expect(report.ask('When will the jets arrive?').answer).toBe('The first aircraft are due to be delivered in 2027.');
  });
});

describe("a judge's ruling and a defendant's lawyers", () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Court approves extradition of former minister',
        'A court in Lima on Monday approved the extradition of former finance minister Tom Vale, who faces charges of fraud.',
        'Judge Ana Roy ruled that there was no evidence Vale would face an unfair trial if returned. His lawyers said they would appeal within ten days.',
      ].join('\n\n'),
    ),
  );

  it('answers "What did Roy say?" of a judge with her ruling, and gives the defendant neither her ruling nor his lawyers\' words', () => {
    expect(report.ask('What did Roy say?').answer).toBe('Judge Ana Roy ruled that there was no evidence Vale would face an unfair trial if returned.');
    expect(report.ask('What did Vale say?').answer).toBe('The article does not report what Tom Vale said.');
  });
});

describe('words a report uses for an end, a reach and a failure', () => {
  it('answers "When does the lease end?" with what it "runs until"', () => {
    const report = briefArticle(
      parsePlainText(
        "Council rejects stadium subsidy\n\nLima City Council voted 7-4 on Monday to reject a subsidy for a new stadium.\n\nThe team's lease at the old ground runs until 2028.",
      ),
    );
    for (const q of ['When does the lease end?', 'When does the lease expire?'])
      expect(report.ask(q).answer, q).toBe("The team's lease at the old ground runs until 2028.");
  });

  it('answers "Which countries are affected?" of an outbreak with where it spread and where cases were confirmed', () => {
    const report = briefArticle(
      parsePlainText(
        'Health body declares emergency\n\nThe health body declared a regional emergency on Friday over an outbreak that has spread to four countries.\n\nCases have also been confirmed in Peru and Chile.',
      ),
    );
    const answer = report.ask('Which countries are affected?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/confirmed in Peru and Chile|spread to four countries/);
  });

  it('answers "What did X ask for?" with the requests X put forward, not an "appeal" of another', () => {
    const report = briefArticle(
      parsePlainText(
        [
          'Donors pledge aid at Lima conference',
          'Donors pledged $1.2 billion in aid at a conference in Lima on Monday.',
          'Aid chief Tom Vale said the money was a good start but warned that the appeal was only 6% funded. He put forward three requests to the warring parties: open all border crossings, protect civilians, and agree to a ceasefire.',
        ].join('\n\n'),
      ),
    );
    expect(report.ask('What did Vale ask for?').answer).toMatch(/^He put forward three requests/);
  });

  it('answers "How many people have fled?" with those a war "forced from their homes"', () => {
    const report = briefArticle(
      parsePlainText(
        'Donors pledge aid\n\nDonors pledged $1.2 billion in aid on Monday, a year after the start of a war that has forced 8.6 million people from their homes.',
      ),
    );
    expect(report.ask('How many people have fled?').answer).toMatch(/forced 8\.6 million people from their homes/);
  });

  it('answers "How long was sewage discharged?" with a span counted in millions of hours', () => {
    const report = briefArticle(
      parsePlainText(
        'Water bosses face MPs\n\nThe committee chair, Ana Roy, cited figures showing that sewage was discharged for 3.6 million hours last year.',
      ),
    );
    expect(report.ask('How long was sewage discharged?').answer).toMatch(/discharged for 3\.6 million hours/);
  });

  it('answers "Where is the next meeting?" with a consortium\'s next general assembly', () => {
    const report = briefArticle(
      parsePlainText(
        "Consortium launches storage project\n\nResearchers from nine institutions met in Lima on 3 February for the kick-off of a four-year project.\n\nThe consortium's next general assembly will be held in Quito in September.",
      ),
    );
    expect(report.ask('Where is the next meeting?').answer).toBe("The consortium's next general assembly will be held in Quito in September.");
  });

  it('answers of a failure with what "had failed"', () => {
    const report = briefArticle(
      parsePlainText(
        "Airline chief apologises\n\nThe airline's chief executive, Ana Roy, apologised to passengers on Monday.\n\nRoy said an outdated crew scheduling system had failed when storms hit.",
      ),
    );
    expect(report.ask('Was there a system failure?').answer).toBe('Roy said an outdated crew scheduling system had failed when storms hit.');
  });
});

describe("a conference's motions, one counted on from the one before", () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Union conference backs strike ballot',
        'Delegates at the annual conference of the Lima Nurses Union voted on Tuesday to hold a strike ballot.',
        'The conference debated 22 motions over two days. The motion on the ballot was carried by 312 votes to 41.',
        'A second motion, calling for safe staffing levels, was carried unanimously. A third, which would have required the union to leave the Lima Congress of Trade Unions, was defeated.',
      ].join('\n\n'),
    ),
  );

  it('answers "Which motion(s) was defeated?" with "A third, which …, was defeated"', () => {
    for (const q of ['Which motions were defeated?', 'Which motion was defeated?'])
      expect(report.ask(q).answer, q).toMatch(/^A third, which would have required/);
  });

  it("counts the motions it does not list by the question's own word", () => {
    expect(report.ask('How many motions were debated?').answer).toBe('The article says 22 motions were put forward but does not list them.');
  });
});

describe("an interview's question put over two sentences", () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Q&A: the new head of the Lima port on automation',
        'Ana Roy took over as chief executive of the Lima Port Authority in January. She spoke to our reporter.',
        "Q: The dockers' union says 600 jobs will go. Is that right?",
        'A: No. We expect about 250 roles to change, and we have promised there will be no compulsory redundancies.',
      ].join('\n\n'),
    ),
  );

  it('answers with the turn after it, not with the claim the interviewer put', () => {
    // (Its bare "A:" is the one person the card shows, named.)
    expect(report.ask('How many jobs will go?').answer).toBe(
      'Roy: No. We expect about 250 roles to change, and we have promised there will be no compulsory redundancies.',
    );
  });
});

describe('items asked for by their count', () => {
  it('answers "What are the three points?" with the roadmap\'s list', () => {
    const report = briefArticle(
      parsePlainText(
        [
          'Ministers agree plastics roadmap',
          'Environment ministers from 31 countries adopted a three-point roadmap in Lima on Friday to cut plastic pollution by 2030.',
          'The roadmap commits countries to:\n1. ban single-use plastic bags by 2026;\n2. set up deposit schemes for bottles; and\n3. back a binding global treaty.',
        ].join('\n\n'),
      ),
    );
    expect(report.ask('What are the three points?').answer).toBe(
      '3 points: 1. Ban single-use plastic bags by 2026 2. Set up deposit schemes for bottles 3. Back a binding global treaty',
    );
  });
});

describe('a short word of a question is no acronym', () => {
  it('answers "Who said no?" with no name whose initials end in "n", "o" ("Dr Tomas Nowak of Orlen")', () => {
    const report = briefArticle(
      parsePlainText(
        'Consortium meets\n\nResearchers from nine institutions met in Lima on 3 February for the kick-off meeting of a project.\n\nDr Tomas Nowak of Orlen said the pilot would begin injecting hydrogen in 2027.',
      ),
    );
    expect(report.ask('Who said no?').answered).toBe(false);
    // (An acronym still stands for the name it spells: "the EU" for "the European Union".)
    const eu = briefArticle(parsePlainText('Talks end\n\nThe European Union agreed on Monday to lift the duties.'));
    expect(eu.ask('What did the EU agree?').answered).toBe(true);
  });
});

describe("a transcript's speakers in capitals, and their greetings", () => {
  const report = briefArticle(
    parsePlainText(
      [
        'Transcript: press conference after the Lima summit',
        'LIMA, 14 October',
        'PRESIDENT VAN DER BERG: Good afternoon. Prime Minister, dear Tom, welcome back to Lima. Today we agreed three things. First, a partnership on minerals. Second, we will link our carbon markets by 2028.',
        'PRIME MINISTER VALE: Thank you, Ana. Chile has the minerals Peru needs. This partnership means jobs in Chile.',
      ].join('\n\n'),
    ),
  );

  it('answers "What did X say?" with what X says, not the greeting, and runs on in X\'s turn', () => {
    expect(report.ask('What did van der Berg say?').answer).toBe(
      'Today we agreed three things. First, a partnership on minerals. Second, we will link our carbon markets by 2028.',
    );
    expect(report.ask('What did Vale say?').answer).toBe('Chile has the minerals Peru needs. This partnership means jobs in Chile.');
  });
});

describe('a question reported as asked', () => {
  it('answers "Were bonuses paid?" with the reply after "asked whether any bonuses had been paid"', () => {
    const report = briefArticle(
      parsePlainText(
        'Water bosses face MPs\n\nThe chief executives of three water companies were questioned by MPs in Lima on Tuesday.\n\nMP Ana Roy asked whether any bonuses had been paid this year. Tom Vale said he had waived his.',
      ),
    );
    expect(report.ask('Were bonuses paid?').answer).toBe('MP Ana Roy asked whether any bonuses had been paid this year. Tom Vale said he had waived his.');
  });
});

describe('things counted, then said what they are', () => {
  it('answers "What documents were signed?" with the count and the sentence after it that lists them', () => {
    const report = briefArticle(
      parsePlainText(
        'Peru and Chile sign five documents\n\nAna Roy held talks with Tom Vale in Lima on Monday and witnessed the signing of five cooperation documents.\n\nThe documents cover mining, fisheries, tourism, visas and a rail study.',
      ),
    );
    expect(report.ask('What documents were signed?').answer).toBe(
      'Ana Roy held talks with Tom Vale in Lima on Monday and witnessed the signing of five cooperation documents. The documents cover mining, fisheries, tourism, visas and a rail study.',
    );
  });
});

// A bloc's ministers, a budget summit, a strike called off: questions a reader asks of each.
describe('asking of a bloc meeting, a budget summit and a strike', () => {
  const blocText = [
    'Andean ministers voice concern over border incidents',
    'LIMA — Andean foreign ministers ended their annual meeting on Saturday expressing concern over the border incidents.',
    "Peru's Foreign Minister Ana Roy, who chaired the meeting, said the members had agreed to speed up talks on a code of conduct.",
    'Chile takes over the chair of the bloc next year.',
  ].join('\n\n');
  const bloc = briefArticle(parsePlainText(blocText));

  it("answers who chairs a body next year from who takes over its chair, not from the title of the meeting's chair", () => {
    expect(bloc.ask('Who chairs the bloc next year?').answer).toBe('Chile takes over the chair of the bloc next year.');
    expect(bloc.ask('Who chaired the meeting?').answer).toMatch(/Ana Roy/);
    // (With no word of who takes over, the meeting's chair is not next year's.)
    const untold = briefArticle(parsePlainText(blocText.replace('Chile takes over the chair of the bloc next year.', 'The members will meet again in Quito.')));
    expect(untold.ask('Who chairs the bloc next year?').answer).not.toMatch(/Ana Roy/);
  });

  const summit = briefArticle(
    parsePlainText(
      [
        'Leaders agree Lima fund',
        'Andean leaders on Thursday agreed to a 50-billion-sol support package for Lima after a vote of 11 to 1.',
        'The package will run from 2024 to 2027 and is made up of 33 billion soles in loans and 17 billion in grants.',
        'The package will now go to the Andean Parliament for approval.',
      ].join('\n\n'),
    ),
  );

  it('reads "How did the vote go?" as how it turned out ("go" is no word the text must use)', () => {
    expect(summit.ask('How did the vote go?').answer).toMatch(/^Andean leaders on Thursday agreed .* after a vote of 11 to 1\./);
  });

  it('answers how a whole is split from what it is made up of', () => {
    expect(summit.ask('How is the package split?').answer).toMatch(/is made up of 33 billion soles in loans/);
  });

  it('answers "What did the union propose?" of a body that is the subject of "proposed"', () => {
    const strike = briefArticle(
      parsePlainText(
        [
          'Rail strike called off',
          "The Lima drivers union has called off next week's strike after accepting an improved pay offer.",
          'The union had proposed four alternatives to the original offer, including a shorter working week.',
          'The companies rejected three of them.',
        ].join('\n\n'),
      ),
    );
    expect(strike.ask('What did the union propose?').answer).toBe(
      'The union had proposed four alternatives to the original offer, including a shorter working week.',
    );
  });
});

// An oil group's meeting, a council's budget, a sports body's vote: what a figure, a count or a name in a question asks.
describe("asking with a figure, of a list's fate, and of a season in a name", () => {
  const games = briefArticle(
    parsePlainText(
      [
        'Sports body picks hosts',
        'The Andean Sports Council on Wednesday awarded the 2030 Winter Games to Lima and the 2034 Games to Quito, at its session in Cusco.',
        'Quito, which hosted the 2002 Games, won by 83 votes to 6. It will be the second Winter Games in a row in Ecuador after Cuenca hosts the Summer Games in 2028.',
        'Sucre hosted the 1998 Games.',
        'The council also said it would form a working group to consider rotating the Winter Games among regions because of climate change. The group is due to report in 2026.',
      ].join('\n\n'),
    ),
  );

  it('answers with a sentence that gives the year or figure the question gives', () => {
    expect(games.ask('Who will host the 2030 Games?').answer).toMatch(/^The Andean Sports Council on Wednesday awarded the 2030 Winter Games to Lima/);
    expect(games.ask('Who hosted the 1998 Games?').answer).toBe('Sucre hosted the 1998 Games.');
  });

  it('reads no season in a name ("the Winter Games") as a time', () => {
    expect(games.ask('When will the working group report?').answer).toBe('The group is due to report in 2026.');
  });

  it('reads "the next full G7+ meeting" as the next meeting', () => {
    const group = briefArticle(
      parsePlainText(
        'Producers extend cuts\n\nLIMA — Oil producers agreed on Sunday to extend output cuts.\n\nThe next full OPEC+ ministerial meeting will be held on December 1.',
      ),
    );
    expect(group.ask('When is the next meeting?').answer).toBe('The next full OPEC+ ministerial meeting will be held on December 1.');
  });

  it('reads "All three were defeated." as of the list before it', () => {
    const budget = briefArticle(
      parsePlainText(
        [
          'Council passes budget',
          'Lima council on Wednesday approved a £128 million budget after a six-hour meeting.',
          "The opposition proposed three amendments: freezing councillors' allowances, cutting the communications budget, and delaying a leisure centre. All three were defeated.",
        ].join('\n\n'),
      ),
    );
    expect(budget.ask('Were the amendments passed?').answer).toBe('All three were defeated.');
  });

  it('gives no sentence of what countries did as the words of the one who spoke before it', () => {
    const cuts = briefArticle(
      parsePlainText(
        [
          'Producers extend cuts',
          'Oil producers agreed in Lima on Sunday to extend output cuts into next year.',
          'Chilean Deputy Minister Tom Vale said the decision was "balanced". Peru and Bolivia pledged to compensate for producing above their quotas.',
        ].join('\n\n'),
      ),
    );
    expect(cuts.ask('What did Vale say?').answer).toBe('Chilean Deputy Minister Tom Vale said the decision was "balanced".');
  });
});

// A school board, a product launch, a town hall: a qualified count, a machine's speed, a company by name, a verb of one's own.
describe('asking of a board vote, a launch and a town hall', () => {
  it('answers "How many students are affected?" with the count the text qualifies so, not the largest', () => {
    const board = briefArticle(
      parsePlainText(
        [
          'Board closes two schools',
          'The Lima School District board voted 5-2 on Monday to close two elementary schools.',
          'Superintendent Ana Roy said enrolment had fallen by 1,100 students since 2015.',
          'Board chair Tom Vale said a team would help the 430 affected students move to nearby schools in September.',
        ].join('\n\n'),
      ),
    );
    expect(board.ask('How many students are affected?').answer).toMatch(/430 affected students/);
    expect(board.ask('How many students are there?').answer).toMatch(/1,100 students/);
  });

  const launch = briefArticle(
    parsePlainText(
      [
        'Halvex unveils offline assistant',
        'LIMA — Halvex on Tuesday unveiled an assistant that runs on a phone without a connection, at its developer conference.',
        "Chief technology officer Tom Vale said the assistant's answers now take 40 milliseconds on a mid-range phone, down from 310 in March.",
        "Chief executive Ana Roy said the company would not use people's conversations with the assistant to train its models.",
      ].join('\n\n'),
    ),
  );

  it('answers how fast a machine is in milliseconds', () => {
    expect(launch.ask('How fast is the assistant?').answer).toMatch(/take 40 milliseconds/);
  });

  it('reads "the company" inside a sentence as the company the report is about, asked by name', () => {
    expect(launch.ask('Will Halvex use conversations to train its models?').answer).toMatch(/the company would not use people's conversations/);
  });

  it('answers "What did the mayor announce?" with the sentence of the question\'s own verb before one that only says', () => {
    const hall = briefArticle(
      parsePlainText(
        [
          'Residents press council on rents',
          'More than 300 residents filled the gym at Lima Community Centre on Thursday for a town hall on housing.',
          'Mayor Ana Roy opened the meeting by announcing that the city would spend $12 million on a rent bank.',
          'Several residents asked about a vacant lot. Roy said a developer would be chosen by the summer.',
        ].join('\n\n'),
      ),
    );
    expect(hall.ask('What did the mayor announce?').answer).toMatch(/^Mayor Ana Roy opened the meeting by announcing/);
    expect(hall.ask('What did Roy say?').answer).toMatch(/developer would be chosen/);
  });
});

describe('asking what a plan holds', () => {
  const relief = briefArticle(
    parsePlainText(
      [
        'Cabinet approves relief plan',
        'LIMA — The cabinet on Wednesday approved a three-point relief plan for fishing families hit by storms.',
        'The minister, who chaired the meeting, said each family would receive 600 soles, that loan repayments would be deferred for six months, and that rations would be free until September.',
        'The first instalment will be paid by August 20.',
      ].join('\n\n'),
    ),
  );

  it('answers "What does the plan include?" and "What is in the plan?" with the items what was said of it gives', () => {
    for (const q of ['What does the plan include?', 'What is in the plan?'])
      expect(relief.ask(q).answer, q).toMatch(/^3 \w+: 1\. Each family would receive 600 soles 2\. Loan repayments would be deferred/);
  });

  it('answers it from what the text says of the plan when it lists no items', () => {
    const fund = briefArticle(
      parsePlainText('Leaders agree Lima fund\n\nAndean leaders on Thursday agreed a support package for Lima.\n\nThe package is made up of loans and grants.'),
    );
    expect(fund.ask('What does the package include?').answer).toBe('The package is made up of loans and grants.');
  });
});

describe('asking who will lead, and of a deadline', () => {
  const talks = briefArticle(
    parsePlainText(
      [
        'Ministers meet in Lima',
        'Ministers met in Lima on Monday and agreed to hold a second round of talks.',
        "The next round of talks will be held in Quito in May and will be chaired by Chile's foreign minister, Ana Roy.",
        'Under the rules, Halvex has until 5pm on 14 July to announce a firm offer or walk away.',
      ].join('\n\n'),
    ),
  );

  it('answers "Who will chair the talks?" of the round still to come, and "Who would lead …?" with whom the text says', () => {
    expect(talks.ask('Who will chair the talks?').answer).toMatch(/will be chaired by Chile's foreign minister, Ana Roy\.$/);
    const merger = briefArticle(
      parsePlainText(
        'Halvex and Lima Foods agree merger\n\nHalvex and Lima Foods agreed on Monday to merge.\n\nThe combined group would keep its listing in Lima and be led by Halvex chief executive Tom Vale.',
      ),
    );
    expect(merger.ask('Who would lead the combined group?').answer).toMatch(/^Tom Vale\b/);
  });

  it('answers "What is the deadline?" with what someone "has until"', () => {
    expect(talks.ask('What is the deadline?').answer).toBe('Under the rules, Halvex has until 5pm on 14 July to announce a firm offer or walk away.');
  });
});

describe('asking who the host was, of "the host, X" in a list', () => {
  it('names the one set off after "the host,", not the others the sentence lists', () => {
    const summit = briefArticle(
      parsePlainText(
        [
          'Andean leaders sign ocean pact',
          'LIMA — Leaders of 12 Andean countries signed a pact on Thursday at their annual summit in Lima.',
          "Leaders attending included Chile's President Tom Vale, Bolivia's President Ivo Kant and the host, Peru's President Ana Roy.",
        ].join('\n\n'),
      ),
    );
    for (const q of ['Who is the host?', 'Who hosted the summit?']) expect(summit.ask(q).answer, q).toMatch(/^Ana Roy: President, Peru\. /);
  });
});

describe('asking of an election at a congress and a decision still to be confirmed', () => {
  const congress = briefArticle(
    parsePlainText(
      [
        'Federation elects new president',
        'LIMA — Delegates at the congress of the Andean Chess Federation on Friday elected Peruvian grandmaster Tom Vale as president.',
        "Vale won 98 votes to 87 for Chile's Ana Roy, a former champion. Four ballots were spoiled.",
        "He promised to double prize money for women's events within two years.",
        'Roy congratulated her rival. The Bolivian federation, which backed Roy, said it would ask for an audit of the election.',
        "The decision must still be confirmed by the federation's board in July.",
      ].join('\n\n'),
    ),
  );

  it('gives "He promised …" opening a paragraph to the one the paragraph before named first', () => {
    expect(congress.ask('What did Vale promise?').answer).toBe("He promised to double prize money for women's events within two years.");
  });

  it("gives no body's words that name someone in the body's own clause as theirs", () => {
    expect(congress.ask('What did Roy say?').answer).not.toMatch(/audit/);
  });

  it('answers "What still needs to happen?" as what happens next', () => {
    expect(congress.ask('What still needs to happen?').answer).toMatch(/must still be confirmed by the federation's board in July/);
  });
});

describe('asking who opposes what a pronoun stands for', () => {
  it('reads "also oppose it." as of what the sentence before names', () => {
    const deal = briefArticle(
      parsePlainText(
        [
          'Blocs conclude trade deal',
          'The Andean bloc and the Pacific bloc concluded a trade deal in Lima on Friday.',
          'Peru\'s President Ana Roy said the deal was "unacceptable in its current form". Chile and Bolivia also oppose it.',
        ].join('\n\n'),
      ),
    );
    expect(deal.ask('Who opposes the deal?').answer).toBe('Chile and Bolivia also oppose it.');
  });
});

describe('asking what someone wanted', () => {
  it('answers "What did X want?" with what X insisted on or demanded', () => {
    const talks = briefArticle(
      parsePlainText(
        [
          'Talks end without agreement',
          'LIMA — Mediated talks between Peru and Chile ended without agreement on Monday.',
          "Peru's Ana Roy insisted that Chile first withdraw its troops from the border.",
          'No date was set for new talks.',
        ].join('\n\n'),
      ),
    );
    expect(talks.ask('What did Roy want?').answer).toBe("Peru's Ana Roy insisted that Chile first withdraw its troops from the border.");
  });
});

describe('asking who hosted, past a plan to do something', () => {
  it('reads "agreed on a plan to curb …, at a summit hosted by X" as hosted, not still to come', () => {
    const summit = briefArticle(
      parsePlainText(
        'Leaders agree migration plan\n\nLeaders from Peru and five neighbours agreed on Sunday on a plan to curb irregular migration, at a summit in the port city of Callao hosted by President Ana Roy.',
      ),
    );
    expect(summit.ask('Who hosted the summit?').answer).toMatch(/^Ana Roy: President\. /);
  });
});

describe('a deal, a strike, jobs going and a hearing adjourned, as reports word them', () => {
  const pay = briefArticle(
    parsePlainText(`Nurses accept pay offer

Nurses in Lima have voted to accept a pay offer worth 9 per cent over two years, ending a dispute that led to 12 days of strikes.

The agreement will cost the city about 40 million soles more than its first offer.

Retailers said each day of the stoppage had cost them 3 million soles.

Halvex, the hospital supplier, said on Monday it would cut 400 jobs.

A court in Lima adjourned the hearing of Tom Vale until 3 May.`),
  );

  it('answers "How much will the deal cost?" with what "the agreement" will cost', () => {
    expect(pay.ask('How much will the deal cost?').answer).toMatch(/^The agreement will cost the city about 40 million soles/);
  });

  it('answers "How much did the strike cost?" with what "the stoppage" cost', () => {
    expect(pay.ask('How much did the strike cost?').answer).toMatch(/^Retailers said each day of the stoppage had cost them 3 million soles/);
  });

  it('answers "How many jobs will go?" with the jobs to be cut', () => {
    expect(pay.ask('How many jobs will go?').answer).toMatch(/would cut 400 jobs/);
    // (Only jobs: "Where did Roy go?" is not answered by where she cut a ribbon.)
    const visit = briefArticle(parsePlainText('Minister visits region\n\nTrade Minister Ana Roy cut the ribbon at a new plant in Lima on Monday.'));
    expect(visit.ask('Where did Roy go?').answer).not.toMatch(/cut the ribbon/);
  });

  it('answers "When will the hearing resume?" with the day it was adjourned until', () => {
    expect(pay.ask('When will the hearing resume?').answer).toMatch(/adjourned the hearing of Tom Vale until 3 May/);
  });

  it('finds no deal in "Did they agree?" by the stem they share', () => {
    const takeover = briefArticle(
      parsePlainText(`Halvex in takeover talks

Halvex said on Monday it was in talks about a takeover of Lima Foods, a deal that would create the country's largest baker.

Shares in Lima Foods rose 12 per cent.`),
    );
    expect(takeover.ask('Did they agree?').answer ?? '').not.toMatch(/takeover|deal/);
  });
});

describe('a result asked of, where no vote is counted', () => {
  it('answers "What was the result?" with the outcome, not decline because a sentence "accepted the result"', () => {
    const towns = briefArticle(
      parsePlainText(`Voters reject town merger

Voters in Lima and Quito rejected a plan to merge the two towns on Sunday, with 58 per cent voting against in a referendum.

Lima's mayor, Ana Roy, said she accepted the result.`),
    );
    expect(towns.ask('What was the result?').answer).toMatch(/^Voters in Lima and Quito rejected a plan to merge the two towns/);
  });
});

describe('a win as reports word it', () => {
  it('answers "Who won?" with who was elected, defeating another, not with "prize money"', () => {
    const vote = briefArticle(
      parsePlainText(`Federation elects new president

The Andes Football Federation elected Peru's Ana Roy as its new president on Saturday, defeating the incumbent, Chile's Tom Vale, by 112 votes to 89.

Roy promised to double prize money for the Andes Cup.`),
    );
    expect(vote.ask('Who won?').answer).toMatch(/^The Andes Football Federation elected Peru's Ana Roy/);
    expect(vote.ask('Who won the election?').answer).toMatch(/^The Andes Football Federation elected Peru's Ana Roy/);
  });
});

describe('a year long gone, asked "When"', () => {
  const bronzes = briefArticle(
    parsePlainText(`Museum returns bronzes

The Lima Museum on Monday handed back 12 bronzes to Peru at a ceremony.

The bronzes were seized by Chilean troops from Cusco in 1897.

The museum holds 1800 other objects from Cusco.`),
  );

  it('answers "When were the bronzes seized?" with a year before 1900 after its "in"', () => {
    expect(bronzes.ask('When were the bronzes seized?').answer).toBe('The bronzes were seized by Chilean troops from Cusco in 1897.');
  });

  it('reads no year in a count of four figures ("1800 other objects")', () => {
    expect(bronzes.ask('When did the museum get its objects from Cusco?').answer ?? '').not.toMatch(/1800/);
  });
});

describe("words a person's people say, or others in a clause, are not theirs", () => {
  const hearing = briefArticle(
    parsePlainText(`Extradition hearing adjourned

A Lima court on Tuesday adjourned the extradition hearing of cryptocurrency founder Tom Vale until 3 March, after his lawyers said they needed more time.

Vale, 39, is wanted in Quito on charges of fraud linked to the collapse of the exchange he founded, which prosecutors say cost investors $1.4 billion.

Vale must stay at an address in Lima and wear an electronic tag.

Judge Ana Roy refused a request to relax his bail conditions.`),
  );

  it('declines "What did Vale say?" where only his lawyers, prosecutors or an address speak', () => {
    expect(hearing.ask('What did Vale say?').answer).toBe('The article does not report what Tom Vale said.');
  });

  it('keeps a person\'s own words after another\'s deed of theirs ("congratulated his rival and said …")', () => {
    const vote = briefArticle(
      parsePlainText(`Federation elects new president

The Andes Football Federation elected Peru's Ana Roy as its new president on Saturday, defeating the incumbent, Chile's Tom Vale, by 112 votes to 89.

Vale congratulated his rival and said he would not challenge the result.`),
    );
    expect(vote.ask('What did Vale say?').answer).toBe('Vale congratulated his rival and said he would not challenge the result.');
  });

  /** A ministry's readout of two ministers' meeting, its lines after the opening one. */
  const ministersReadout = (...lines: string[]) =>
    briefArticle(
      parsePlainText(
        [
          "Peru-Chile Foreign Ministers' Meeting",
          'On March 22, Ms. Ana Roy, Minister for Foreign Affairs of Peru, held a meeting with Mr. Tom Vale, Minister of Foreign Affairs of Chile.',
          ...lines,
        ].join('\n\n'),
      ),
    );

  it('reads "concurred to" as agreed ("The two ministers concurred to hold …")', () => {
    const readout = ministersReadout('The two ministers concurred to hold the next round of the economic dialogue in Quito in the autumn.');
    for (const q of ['What was agreed?', 'What did the ministers agree?', 'What did the two ministers agree on?'])
      expect(readout.ask(q).answer, q).toBe('The two ministers concurred to hold the next round of the economic dialogue in Quito in the autumn.');
  });

  it('reads "stated" as words said ("Minister Vale stated that …"), where another\'s sentence names the one asked of first', () => {
    const readout = ministersReadout(
      "Minister Roy welcomed Minister Vale's visit to Lima and stated that Peru and Chile are important neighbours.",
      'Minister Vale stated that Chile would respond calmly to the issue of the border.',
    );
    expect(readout.ask('What did Vale say?').answer).toBe('Minister Vale stated that Chile would respond calmly to the issue of the border.');
    expect(readout.ask('What did Roy say?').answer).toMatch(/^Minister Roy welcomed Minister Vale's visit/);
  });

  it('keeps the words of one whose long deed names others before "and said" ("conveyed the greetings of President X to Chilean President Y and said …")', () => {
    const talks = briefArticle(
      parsePlainText(`Peru and Chile hold talks

Vice President Ana Roy held talks in Lima on Monday with Chile's Foreign Minister Ivo Kant.

Roy conveyed the greetings of President Lia Mora to Chilean President Tom Vale and said Peru valued its ties with Chile.`),
    );
    expect(talks.ask('What did Roy say?').answer).toBe(
      'Roy conveyed the greetings of President Lia Mora to Chilean President Tom Vale and said Peru valued its ties with Chile.',
    );
    expect(talks.ask('What did Tom Vale say?').answered).toBe(false);
  });

  it('keeps the words of one named with their body before a deed and "and said" ("X of the Y Party thanked Z on air and said …")', () => {
    const vote = briefArticle(
      parsePlainText(`Federation elects new president

The Andes Football Federation elected Peru's Ana Roy as its new president on Saturday, defeating the incumbent, Chile's Tom Vale, by 112 votes to 89.

Minister Ivo Kant of the Lima Liberal Party thanked Roy on national radio and said he looked forward to "a fresh start".`),
    );
    expect(vote.ask('What did Kant say?').answer).toBe(
      'Minister Ivo Kant of the Lima Liberal Party thanked Roy on national radio and said he looked forward to "a fresh start".',
    );
  });

  it('takes no attribution of another before the name for their words ("Prosecutors said Vale took …"); one turned round after a quotation stays theirs', () => {
    const trial = briefArticle(
      parsePlainText(`Former minister cleared

A former transport minister, Tom Vale, was acquitted on Tuesday of taking bribes.

Prosecutors had said Vale accepted 2.4 million soles in cash.

In a statement, the ministry said Vale had repaid a loan.

"Today the truth has won," said Vale outside the court.`),
    );
    for (const q of ['What did Vale say?', 'What did Vale reportedly say?'])
      expect(trial.ask(q).answer, q).toBe('"Today the truth has won," said Vale outside the court.');
    expect(trial.ask('How much did Vale allegedly take?').answer).toBe('Prosecutors had said Vale accepted 2.4 million soles in cash.');
  });
});

describe('opposition told as "voted no"', () => {
  it('answers "Who opposed it?" with every sentence of those who voted against or voted no', () => {
    const council = briefArticle(
      parsePlainText(`Council backs stadium deal

Lima City Council voted 7-4 on Tuesday to approve a stadium deal.

Council member Tom Vale, who voted against, said the city had given away public land.

Council members Ana Roy, Ivo Kant and Lia Mora also voted no.`),
    );
    expect(council.ask('Who opposed it?').answer).toContain('Ana Roy, Ivo Kant and Lia Mora also voted no.');
  });
});

describe("a regulator's recommendation as the outcome", () => {
  it('answers "What was decided?" with "recommended approval of …", not a rejection elsewhere months before', () => {
    const drug = briefArticle(
      parsePlainText(`Regulator backs weekly insulin

The Lima Medicines Agency on Friday recommended approval of the first once-weekly insulin for adults with diabetes.

Regulators in Chile rejected the drug in July, asking for more data.`),
    );
    expect(drug.ask('What was decided?').answer).toMatch(/^The Lima Medicines Agency on Friday recommended approval/);
  });
});

describe('"Who said no?" as the question of who opposed it', () => {
  const vote = briefArticle(
    parsePlainText(`Council passes budget

The Lima city council passed the budget by 7 votes to 4 on Tuesday.

Councillors Tom Vale and Lia Mora voted against.

No date was set for the next meeting.`),
  );

  it('answers with those who voted against, not with a sentence that has a "no" in it', () => {
    expect(vote.ask('Who said no?').answer).toMatch(/^Councillors Tom Vale and Lia Mora voted against\./);
    expect(vote.ask('Who voted no?').answer).toMatch(/voted against/);
  });

  it('keeps the question as asked', () => {
    expect(vote.ask('Who said no?').question).toBe('Who said no?');
  });
});

describe('an "against" that opposes nothing', () => {
  it('answers "Who opposed it?" with no match against a side, nor a figure against a target', () => {
    const club = briefArticle(
      parsePlainText(`Club signs striker

Lima FC signed the striker Tom Vale on Monday for a fee of 2 million soles.

Vale could make his debut against Quito on Saturday.

Of the patients, 71% were seen within four hours, against a target of 95%.`),
    );
    expect(club.ask('Who opposed it?').answered).toBe(false);
    // (… nor a fight or a guard against a harm.)
    const plan = briefArticle(
      parsePlainText(`Ministers adopt health plan

Health ministers of Peru and Chile adopted a joint plan in Lima on Monday, including a fund against floods and the fight against malaria.`),
    );
    expect(plan.ask('Who opposed it?').answered).toBe(false);
  });

  it('still answers with a real opposition beside such an "against"', () => {
    const plan = briefArticle(
      parsePlainText(`Council backs stadium

The Lima council approved a new stadium on Monday by 9 votes to 2.

Councillors Ana Roy and Lia Mora voted against the plan before the match against Quito.`),
    );
    expect(plan.ask('Who opposed it?').answer).toMatch(/Ana Roy and Lia Mora voted against the plan/);
  });
});

describe('ask: what the last probe articles asked', () => {
  const brief = (text: string) => briefArticle(parsePlainText(text));

  it('counts those who did something by a share of them ("68% of members … backed the deal")', () => {
    const deal = brief(`Dockers accept pay deal

Dockers in Lima have voted to accept a pay offer from the port authority, ending the threat of a strike.

The Lima Dockers' Union said 68% of members who took part in the ballot backed the deal, which gives a 12% rise over three years.`);
    expect(deal.ask('How many members backed the deal?').answer).toMatch(/68% of members/);
    // (Asked only how many there are, a share of them is no count.)
    expect(deal.ask('How many members are there?').answered).toBe(false);
  });

  it("takes a union's secretary for its head", () => {
    const deal = brief(`Dockers accept pay deal

Dockers in Lima have voted to accept a pay offer from the port authority, ending the threat of a strike.

Union secretary Ana Roy said members had won a fair deal.`);
    expect(deal.ask('Who leads the union?').answer).toMatch(/^Ana Roy/);
    // (A company's secretary heads nothing.)
    const firm = brief(`Halvex names new board

Halvex Mining named a new board on Monday after a year of losses at its mines in Peru.

Company secretary Ana Roy said the board would meet in May.`);
    expect(firm.ask('Who leads the company?').answered).toBe(false);
  });

  it('counts fans who watched the match as there, not those who watched it on television', () => {
    const match = brief(`Rovers reach cup final

Lima Rovers reached the cup final with a 3-1 win over Andes City at a packed Halvex Stadium on Saturday.

About 31,000 fans watched the semi-final.`);
    expect(match.ask('How many fans attended?').answer).toMatch(/31,000 fans watched/);
    const screened = brief(`Rovers reach cup final

Lima Rovers reached the cup final with a 3-1 win over Andes City on Saturday.

About 3 million fans watched the semi-final on television.`);
    expect(screened.ask('How many fans attended?').answered).toBe(false);
  });

  it('gives every sentence of votes against for "Who voted against?" ("… also voted no")', () => {
    const vote = brief(`Council backs stadium

Lima City Council voted 7-4 on Tuesday to approve a new stadium on the waterfront.

Council member Ana Roy, who voted against, said the city had given away public land.

Council members Tom Vale, Lia Mora and Ivo Kant also voted no.`);
    expect(vote.ask('Who voted against?').answer).toMatch(/Ana Roy.*Tom Vale, Lia Mora and Ivo Kant also voted no/s);
    // (… and no vote for: "Who voted for it?" is not answered by those who voted no.)
    expect(vote.ask('Who voted for it?').answer).not.toMatch(/voted no/);
  });

  it('reads a cost in kroner as a sum of money', () => {
    const strike = brief(`Pilots strike at Halvex Air

Halvex Air cancelled more than 300 flights on Monday as pilots walked out in a dispute over pay.

Chief executive Ana Roy said the walkout would cost the company about 80 million kroner a day.`);
    expect(strike.ask('How much does the strike cost?').answer).toMatch(/80 million kroner/);
  });

  it('reads "the bank" as the report\'s own bank, called by the first word of its name too ("Halvex did not admit wrongdoing")', () => {
    const settled = brief(`Halvex Bank settles overdraft case

Halvex Bank has agreed to pay $48 million to settle a class action over overdraft fees, according to papers filed on Thursday in Lima.

Halvex did not admit wrongdoing. Lawyers for the class will ask for up to $12 million in fees.`);
    // (… and says "No": the act asked about is told only as not done.)
    for (const q of ['Did the bank admit wrongdoing?', 'Did the bank admit any wrongdoing?'])
      expect(settled.ask(q).answer, q).toBe('No: Halvex did not admit wrongdoing.');
  });

  it('says "No" to "Did Roy speak to reporters?" of "left the court without speaking to reporters"', () => {
    const ruling = brief(`Court orders extradition of Ana Roy

A judge in Lima on Tuesday approved the extradition of the former port chief Ana Roy to face fraud charges in Quito.

Roy, who denies the charges, left the court without speaking to reporters.`);
    for (const q of ['Did Roy speak to reporters?', 'Did Ana Roy speak?'])
      expect(ruling.ask(q).answer, q).toBe('No: Roy, who denies the charges, left the court without speaking to reporters.');
  });

  it('says no "No" of a name that holds "Without": "Care Without Walls suspended its work" did suspend it', () => {
    const charity = brief(`Aid workers freed in Lima

Three aid workers kidnapped in northern Peru were freed on Sunday, the charity Care Without Walls said.

Care Without Walls suspended its work in the region after the kidnapping.`);
    expect(charity.ask('Did Care Without Walls suspend its work?').answer).toBe('Care Without Walls suspended its work in the region after the kidnapping.');
  });

  it('answers "What did the farmers say?" with what they say, not what another says of them; a minister still speaks for the government', () => {
    const drought = brief(`Lima rations water as reservoirs fall

The Lima regional government declared a drought emergency on Friday, cutting the water available to each resident to 180 litres a day.

Farmers' union leader Tomas Quispe said the cuts would ruin hundreds of farms and called for compensation.

The government said it would set aside 40 million soles for farmers and would review the cuts every month.

"We owe it to the families of this city to act now," Mayor Rosa Vale said.

The mayor said she would meet the union on Monday.

The union (LFU) has said it would hold a march on Monday.`);
    expect(drought.ask('What did the farmers say?').answer).toMatch(/^Farmers' union leader Tomas Quispe said/);
    expect(drought.ask('What did the families say?').answered).toBe(false);
    expect(drought.ask('What did the union say?').answer).toBe('The union (LFU) has said it would hold a march on Monday.');
    const roads = brief(`Farmers block roads near Lima

The agriculture minister said on Monday that the water cuts would hit farmers in the valley hardest.

On Tuesday, hundreds of farmers said they would block the roads into Lima until the cuts were lifted.`);
    expect(roads.ask('What did the farmers say?').answer).toMatch(/^On Tuesday, hundreds of farmers said they would block the roads/);
    // A body of one is spoken for by whoever holds an office in it, named or "he": a group is not.
    const cuts = brief(`Halvex to cut 900 jobs

Halvex will cut 900 jobs and close two plants, it said on Monday.

Chief executive Ana Roy said the cuts would protect the company's future.

"This government will be judged on jobs," he said.`);
    expect(cuts.ask('What did the company say?').answer).toContain("Chief executive Ana Roy said the cuts would protect the company's future.");
    expect(cuts.ask('What did the government say?').answer).toBe('"This government will be judged on jobs," he said.');
    const minister = brief(`Lima to ship in water

Lima will bring in water by ship, its water minister said on Friday.

Water minister Rosa Vale welcomed the forecast and said the government would hire four tankers if the rain did not come.

Port chair Tom Vale told the meeting that the board would pay for the tankers.

About 900,000 homes are without running water, according to the state water company.

The state water office said it would test every tanker.`);
    expect(minister.ask('What did the government say?').answer).toMatch(/^Water minister Rosa Vale welcomed the forecast and said the government/);
    expect(minister.ask('What did the board say?').answer).toBe('Port chair Tom Vale told the meeting that the board would pay for the tankers.');
    expect(minister.ask('What did the company say?').answer).toMatch(/according to the state water company/);
    expect(minister.ask('What did officials say?').answer).toContain('The state water office said it would test every tanker.');
  });

  it('answers "What did the union demand?" with what the text says the body demanded, though no one is quoted saying it', () => {
    const strike = brief(`University staff end strike

Lecturers at 14 universities will return to work on Monday after union members voted to accept a pay offer worth 6%.

The union had originally demanded 11% over two years. Exams will go ahead in January.`);
    expect(strike.ask('What did the union demand?').answer).toBe('The union had originally demanded 11% over two years.');
    // (A body the text never says demanded anything: no answer.)
    expect(strike.ask('What did the employers demand?').answered).toBe(false);
  });

  it('answers "What did the unions demand?" of a body whose name ends in the word, capitalised and in either number', () => {
    const wage = brief(`Minimum wage to rise 8%

Unions and employers in Peru agreed on Friday to raise the national minimum wage by 8% from January.

The Lima Confederation of Trade Unions had demanded 12%, citing inflation of 6.4%. The employers' federation had offered 5%.`);
    for (const q of ['What did the unions demand?', 'What did the union demand?'])
      expect(wage.ask(q).answer, q).toBe('The Lima Confederation of Trade Unions had demanded 12%, citing inflation of 6.4%.');
    expect(wage.ask('What did the employers demand?').answered).toBe(false);
  });

  it('takes no month or day for a place ("had been planned for March" says no where)', () => {
    const rocket = brief(`Rocket explodes after launch

A rocket carrying a weather satellite exploded about 90 seconds after lifting off on Thursday, the space agency said.

The next launch, of a communications satellite, had been planned for March and is now on hold.`);
    expect(rocket.ask('Where was the launch?').answered).toBe(false);
    // (A place set for it still is one: "planned for Lima".)
    const moved = brief(`Launch moved

The space agency said on Thursday that the next launch had been planned for Lima and would go ahead in May.`);
    expect(moved.ask('Where was the launch?').answer).toMatch(/planned for Lima/);
  });

  it('reads a fund in lev, baht or cedis as a sum of money', () => {
    for (const currency of ['lev', 'baht', 'cedis']) {
      const quake = brief(`Quake hits Lima

A magnitude 6.4 earthquake struck near Lima before dawn on Sunday, killing at least 41 people.

Prime Minister Ana Roy said an emergency fund of 200 million ${currency} would be released on Monday.`);
      expect(quake.ask('How much is the emergency fund?').answer, currency).toMatch(new RegExp(`200 million ${currency}`));
    }
  });

  it('says where findings were published: in a journal, no place', () => {
    const ice = brief(`Scientists find ice on the Moon

Scientists have found large deposits of water ice in craters near the Moon's south pole, a team in Lima said.

Their findings were published on Wednesday in the journal Andes Astronomy.`);
    expect(ice.ask('Where were the findings published?').answer).toMatch(/in the journal Andes Astronomy/);
    // (The study is its findings.)
    expect(ice.ask('Where was the study published?').answer).toMatch(/in the journal Andes Astronomy/);
  });
});

describe('an explainer with questions for headings', () => {
  const explainer = briefArticle(
    parsePlainText(`Explainer: What is in the new Lima rent law?

Lima's city council on Tuesday passed a law that caps rent increases for the city's 210,000 rented homes.

What does the law do?

It limits rent rises on existing tenancies to 3% a year. The cap applies from 1 January.

Does it cover new buildings?

No. Homes completed after 2020 are exempt for their first 15 years.`),
  );

  it("answers a question put as a heading with the paragraph under it, in the heading's words or its own", () => {
    expect(explainer.ask('What does the law do?').answer).toBe('It limits rent rises on existing tenancies to 3% a year. The cap applies from 1 January.');
    for (const q of ['Are new buildings covered?', 'Does it cover new buildings?'])
      expect(explainer.ask(q).answer, q).toBe('No. Homes completed after 2020 are exempt for their first 15 years.');
    // (A question no heading puts is searched for as any other.)
    expect(explainer.ask('When does the cap apply?').answer).toBe('The cap applies from 1 January.');
  });

  it('answers "What does the law do?" of a text with no such heading from its words, not as if asked who holds an office', () => {
    const plain = briefArticle(
      parsePlainText(`Lima caps rents

Lima's city council on Tuesday passed a law that caps rent increases for the city's 210,000 rented homes.

The cap applies from 1 January.`),
    );
    expect(plain.ask('What does the law do?').answer).toMatch(/^Lima's city council on Tuesday passed a law that caps rent increases/);
  });
});

describe('a storm', () => {
  it('answers "Where did the storm make landfall?" with a coast as a place ("on Peru\'s west coast", "along the border")', () => {
    const storm = briefArticle(
      parsePlainText(`Storm Ida batters Peru

Power has been restored to 40,000 homes, the grid operator said on Wednesday.

Storm Ida made landfall overnight on Peru's west coast.

Three people were hurt along the border with Chile.`),
    );
    expect(storm.ask('Where did the storm make landfall?').answer).toBe("Storm Ida made landfall overnight on Peru's west coast.");
    expect(storm.ask('Where were people hurt?').answer).toBe('Three people were hurt along the border with Chile.');
  });
});

describe('a state told as its opposite', () => {
  const storm = briefArticle(
    parsePlainText(`Storm Ida batters Peru

Storm Ida made landfall overnight on Peru's west coast, the weather service said on Wednesday.

Schools in six districts will stay closed on Thursday, the education ministry said.

The airport in Lima will not be closed, its operator said.`),
  );

  it('answers "Will schools be open on Thursday?" with a "No" from the text that says they stay closed', () => {
    expect(storm.ask('Will schools be open on Thursday?').answer).toBe(
      'No: Schools in six districts will stay closed on Thursday, the education ministry said.',
    );
    expect(storm.ask('Will schools be closed on Thursday?').answer).toBe('Schools in six districts will stay closed on Thursday, the education ministry said.');
  });

  it('gives no "No" from a text that denies the opposite ("will not be closed")', () => {
    expect(storm.ask('Will the airport be open?').answer).not.toMatch(/^No:/);
  });

  it('answers "Is the resolution binding?" with a "No" from "the non-binding resolution", whatever else the sentence denies', () => {
    const vote = briefArticle(
      parsePlainText(`Assembly backs mining pause

The assembly on Wednesday adopted a resolution calling for a pause on deep-sea mining, by 121 votes to 19.

The non-binding resolution, drafted by Chile and Peru, urges the seabed authority not to issue licences until 2030.`),
    );
    expect(vote.ask('Is the resolution binding?').answer).toMatch(/^No: The non-binding resolution/);
  });

  it('answers "Was the dam safe?" with a "No" from "the dam was unsafe", and "Was the ban legal?" from "illegal"', () => {
    const ruling = briefArticle(
      parsePlainText(`Court fines Halvex over spill

A judge in Quito ordered Halvex on Friday to pay $40 million over a tailings spill.

Judge Ana Roy found that the company had ignored warnings that the dam holding the waste was unsafe. She also ruled the fishing ban illegal.`),
    );
    expect(ruling.ask('Was the dam safe?').answer).toMatch(/^No: Judge Ana Roy found/);
    expect(ruling.ask('Was the fishing ban legal?').answer).toMatch(/^No: /);
  });

  it('answers "Did profit rise?" with a "No" from "profit fell by a third": a move of what the question names, in the past', () => {
    const results = briefArticle(
      parsePlainText(`Halvex cuts 900 jobs

Halvex said on Wednesday it would cut 900 jobs after its quarterly profit fell by a third.

Oil prices swing up and down as demand for pumps goes on rising.

Halvex shares have fallen 41% since March.`),
    );
    expect(results.ask('Did profit rise?').answer).toMatch(/^No: Halvex said on Wednesday/);
    expect(results.ask('Have shares risen?').answer).toBe('No: Halvex shares have fallen 41% since March.');
    // (Not a move of something else in the sentence, nor what is to come.)
    expect(results.ask('Did prices fall?').answer).not.toMatch(/^No:/);
    expect(results.ask('Will profit rise?').answer).not.toMatch(/^No:/);
  });

  it('answers "Did the party keep its majority?" and "Did Quito lose?" with a "No" from what the text tells instead', () => {
    const vote = briefArticle(
      parsePlainText(`Lima Party loses majority

The ruling Lima Party lost its majority in Sunday's election, winning 58 of the 130 seats.

Quito won the mayoral race by 300 votes. "This government has lost its mandate," Tom Vale said.`),
    );
    expect(vote.ask('Did the Lima Party keep its majority?').answer).toMatch(/^No: The ruling Lima Party lost its majority/);
    expect(vote.ask('Did Quito lose?').answer).toBe('No: Quito won the mayoral race by 300 votes.');
    // (Not from a speaker's words in quotation marks.)
    expect(vote.ask('Did the government keep its mandate?').answer).not.toMatch(/^No:/);
  });

  it('answers "Did voters approve the plan?" and "Did Roy lose?" with a "No" where the answer found tells the opposite', () => {
    const vote = briefArticle(
      parsePlainText(`Voters reject plan to lower voting age

Voters rejected a plan to lower the voting age to 16 in a referendum on Sunday, with 58% voting No.

Ana Roy has won the mayoral race in Lima, defeating Tom Vale with 54% of the vote. The council approved the budget.`),
    );
    expect(vote.ask('Did voters approve the plan?').answer).toMatch(/^No: Voters rejected a plan/);
    expect(vote.ask('Did Roy lose?').answer).toMatch(/^No: Ana Roy has won the mayoral race/);
    expect(vote.ask('Did the council reject the budget?').answer).toBe('No: The council approved the budget.');
    expect(vote.ask('Have voters approved the plan?').answer).toMatch(/^No: Voters rejected a plan/);
    expect(vote.ask('Has the council rejected the budget?').answer).toBe('No: The council approved the budget.');
    // (A "Yes" stays one.)
    expect(vote.ask('Did voters reject the plan?').answer).toMatch(/^Voters rejected a plan/);
  });

  it('answers "How did the board vote?" with the tally the text gives the board, before a member\'s own vote', () => {
    const board = briefArticle(
      parsePlainText(`Board closes maternity unit

Board member Ana Roy, who voted against, said mothers would face an hour on a bad road.

The board of the health authority voted 7-4 on Monday night to close the maternity unit at the town hospital.

The senate's motion carried 41-17. The board met after a 4-0 home loss by the club it owns.`),
    );
    expect(board.ask('How did the board vote?').answer).toBe(
      'The board of the health authority voted 7-4 on Monday night to close the maternity unit at the town hospital.',
    );
    // (Not another body's tally, nor a score: the board did not vote in them.)
    const club = briefArticle(
      parsePlainText(`Club sacks coach

Board member Ana Roy, who voted against, said the coach deserved more time.

The senate's motion carried 41-17. The board met after a 4-0 home loss.`),
    );
    expect(club.ask('How did the board vote?').answer).not.toMatch(/41-17|4-0/);
  });

  it('answers "Was the proposal approved?" or "accepted?" with a "No" where the text rejected it, named after the verb', () => {
    const talks = briefArticle(
      parsePlainText(`Ministers agree fuel duty

The ministers agreed a common fuel duty on Friday.

The ministers rejected a proposal from Peru to index the duty to inflation. Shareholders approved all other resolutions.

The mayor accepted the offer, and the council approved the budget.`),
    );
    const rejected = 'No: The ministers rejected a proposal from Peru to index the duty to inflation.';
    expect(talks.ask('Was the proposal approved?').answer).toBe(rejected);
    expect(talks.ask('Was the proposal accepted?').answer).toBe(rejected);
    expect(talks.ask('Did the ministers accept the proposal?').answer).toBe(rejected);
    expect(talks.ask('Was the budget rejected?').answer).toBe('No: The mayor accepted the offer, and the council approved the budget.');
    // (… or in a relative clause after it.)
    const offer = briefArticle(parsePlainText('Port talks fail\n\nThe employers proposed binding arbitration, which the union rejected.'));
    expect(offer.ask('Was arbitration accepted?').answer).toBe('No: The employers proposed binding arbitration, which the union rejected.');
    // (Not a figure's move, whose relative clause may tell of another time.)
    const profit = briefArticle(parsePlainText('Profits rise\n\nHalvex said profit, which fell 3% last year, rose 5% in the first quarter.'));
    expect(profit.ask('Did profit rise?').answer).not.toMatch(/^No:/);
    // (Not of the others, which say nothing of the one asked; nor, after the verb, of the subject of a question in the active:
    // what the council did is not what was done to it.)
    expect(talks.ask('Was the resolution rejected?').answer).not.toMatch(/^No:/);
    const strike = briefArticle(parsePlainText('Court backs union\n\nThe court approved the union plan to strike on Monday.'));
    expect(strike.ask('Did the union reject the plan?').answer).not.toMatch(/^No:/);
  });
});

describe('the next of a thing named in a few words', () => {
  const bank = briefArticle(
    parsePlainText(
      "Lima economy grows\n\nLima's economy grew 2.8% in the third quarter, the central bank said on Monday.\n\nThe central bank, which cut its interest rate to 5.25% last month, is expected to cut again at its meeting on 17 December, analysts said.",
    ),
  );
  it.each([
    'When is the next central bank meeting?',
    "When is the bank's next meeting?",
    'When will the next central bank meeting be held?',
    'When will the next central bank meeting take place?',
  ])('%s', (question) => {
    expect(bank.ask(question).answer).toMatch(/^The central bank, which cut its interest rate .* at its meeting on 17 December/);
  });
});

describe('where a thing is, on a named peninsula or off a named coast, before the dateline', () => {
  it.each([
    [
      "Volcano erupts in Peru\n\nLIMA — A volcano on Peru's Halvex peninsula erupted late on Wednesday, sending lava towards a fishing town.\n\nNo one was hurt, officials said.",
      'Where is the volcano?',
      "A volcano on Peru's Halvex peninsula erupted late on Wednesday, sending lava towards a fishing town.",
    ],
    [
      "Whales stranded in Peru\n\nLIMA — Forty whales were stranded on a beach off Peru's Pacific coast on Wednesday, officials said.\n\nVolunteers saved 12 of them.",
      'Where were the whales stranded?',
      "Forty whales were stranded on a beach off Peru's Pacific coast on Wednesday, officials said.",
    ],
  ])('%#: %s', (text, question, answer) => {
    expect(briefArticle(parsePlainText(text)).ask(question).answer).toBe(answer);
  });
});

describe('what someone said, of one a sentence only asks to do something', () => {
  it.each([
    'The resolution keeps 9,000 troops, down from the 11,000 Chile had proposed, and asks Secretary-General Ana Roy to report back within 90 days.',
    'The council, on a proposal from Chile, asked Secretary-General Ana Roy to report back within 90 days.',
    'Chile proposed the text and invited Secretary-General Ana Roy to report back within 90 days.',
    'Chile proposed the text and called on Secretary-General Ana Roy to report back within 90 days.',
  ])('"What did Roy say?" of "%s"', (told) => {
    const vote = briefArticle(
      parsePlainText(`Council extends Lima mission\n\nThe UN Security Council voted on Thursday to extend its mission in Lima for a year.\n\n${told}`),
    );
    expect(vote.ask('What did Roy say?').answer).toBe('The article does not report what Ana Roy said.');
  });
});

describe('a question of what is to come, and a time gone by', () => {
  it.each(['in May 2022', 'in 2022'])('"When will it open?" is not answered by "The last increase took effect %s"', (when) => {
    const wage = briefArticle(
      parsePlainText(
        `Minimum wage to rise 9%\n\nLIMA — Peru's minimum wage will rise by 9 per cent to 1,230 soles a month from 1 January, the government announced on Monday.\n\nUnions called the rise too small.\n\nThe last increase, of 10 per cent, took effect ${when}.`,
      ),
    );
    expect(wage.ask('When will it open?').answered).toBe(false);
    // (Asked of the past, it still answers.)
    expect(wage.ask('When did the last increase take effect?').answer).toBe(`The last increase, of 10 per cent, took effect ${when}.`);
  });

  it('"Did Vale win?" is not answered by one who "had been won over" by him', () => {
    const vote = briefArticle(
      parsePlainText(
        "Vale keeps Lima post\n\nLIMA — Tom Vale was returned as president of the Lima Chess Federation on Tuesday, unopposed.\n\nVale first took office in February 2016 and won re-election in June 2019.\n\nThe sports minister said he had been won over by Vale's plan for junior clubs.",
      ),
    );
    expect(vote.ask('Did Vale win?').answer).not.toMatch(/won over/);
    // (A win over another is a victory: "Did they win?" of "reached the final with a 3-1 win over Quito".)
    const cup = briefArticle(
      parsePlainText(
        'Lima reach final\n\nLima City reached their first cup final in 40 years with a 3-1 win over Quito on Saturday.\n\nThe crowd was the largest of the season.',
      ),
    );
    expect(cup.ask('Did they win?').answer).toMatch(/^Lima City reached their first cup final/);
  });
});

describe('what caused the thing a report is about', () => {
  it.each(['found', 'concluded'])('is what an inquiry %s, where no sentence says "caused"', (verb) => {
    const crash = briefArticle(
      parsePlainText(
        `Pilots missed warnings before Andes crash\n\nQUITO — The pilots of a cargo plane that crashed near Quito in March ignored stall warnings, investigators said on Tuesday.\n\nIn its final report, the board ${verb} that the plane had been flying too slowly after the crew failed to notice a fault.\n\nThe airline's licence was suspended for three months after the crash.`,
      ),
    );
    expect(crash.ask('What caused the crash?').answer).toBe(
      `In its final report, the board ${verb} that the plane had been flying too slowly after the crew failed to notice a fault.`,
    );
  });

  it.each(['after', 'since', 'following'])('is not a sentence that only dates something else by it ("… %s the crash")', (word) => {
    const crash = briefArticle(
      parsePlainText(
        `Pilots missed warnings before Andes crash\n\nQUITO — The pilots of a cargo plane that crashed near Quito in March ignored stall warnings, investigators said on Tuesday.\n\nThe pilots' union said the report put too much blame on the crew.\n\nThe airline's licence was suspended for three months ${word} the crash. It resumed flights in July.`,
      ),
    );
    expect(crash.ask('What caused the crash?').answered).toBe(false);
  });
});

describe('a figure measured against a forecast is what was, not a forecast', () => {
  it.each([
    'beating forecasts',
    'beat forecasts',
    'missing forecasts',
    'missed forecasts',
    'above forecasts',
    'below forecasts',
    'faster than forecast',
    'faster than expected',
  ])('"How much did the economy grow?" of a lead that grew 2.8%%, %s, before an earlier quarter\'s 1.5%%', (phrase) => {
    const lead = `Lima's economy grew 2.8% in the third quarter from a year earlier, ${phrase}, the central bank said on Monday.`;
    const economy = briefArticle(
      parsePlainText(`Lima economy grows\n\n${lead}\n\nThe economy grew 1.5% in the second quarter.\n\nMining output rose 6% in the quarter.`),
    );
    expect(economy.ask('How much did the economy grow?').answer).toMatch(/^Lima's economy grew 2\.8%/);
  });
});

describe('"Did X win?" of a side the text has beaten', () => {
  it.each([
    ['Ana Roy won the Lima Open final on Saturday, beating the champion, Tom Vale, 6-4, 6-2.', 'Did Vale win?'],
    ['Ana Roy won the Lima Open on Saturday after she beat Tom Vale 6-4, 6-2 in the final.', 'Did Tom Vale win?'],
    ['Lima City defeated Quito 2-1 in the cup final on Sunday, with a late goal from Ana Roy.', 'Did Quito win?'],
    ['Lima City won the cup on Sunday, defeating Quito 2-1 in the final with a late goal.', 'Did Quito win?'],
  ])('%s — %s: "No"', (lead, question) => {
    const final = briefArticle(parsePlainText(`Lima final\n\n${lead}\n\nThe crowd of 12,000 was the largest of the season.`));
    expect(final.ask(question).answer).toBe(`No: ${lead}`);
  });

  it('still answers the winner\'s own question without a "No"', () => {
    const final = briefArticle(
      parsePlainText(
        'Lima final\n\nAna Roy won the Lima Open final on Saturday, beating the champion, Tom Vale, 6-4, 6-2.\n\nThe crowd was the largest of the season.',
      ),
    );
    expect(final.ask('Did Roy win?').answer).toMatch(/^Ana Roy won the Lima Open final/);
  });
});

describe('an act still to happen', () => {
  const treaty = briefArticle(
    parsePlainText(`Peru and Chile sign water treaty

The presidents of Peru and Chile signed a treaty on Thursday to share the waters of Lake Sora.

The treaty must be ratified by both parliaments. Chile's congress is yet to set a date.`),
  );

  it('answers "Has the treaty been ratified?" with a "No" from the text that says it must be', () => {
    expect(treaty.ask('Has the treaty been ratified?').answer).toBe('No: The treaty must be ratified by both parliaments.');
    expect(treaty.ask('Has the treaty been signed?').answer).toMatch(/^The presidents of Peru and Chile signed a treaty/);
  });
});

describe('what someone says will not be done', () => {
  it('answers "Will the government withdraw the plan?" with a "No" from the text that says it would not', () => {
    const march = briefArticle(
      parsePlainText(`Thousands march against pension plan

Thousands of people marched through Lima on Saturday against a plan to raise the retirement age to 65.

Labour Minister Ana Roy said the government would not withdraw the plan but was open to talks on how it was phased in.`),
    );
    expect(march.ask('Will the government withdraw the plan?').answer).toBe(
      'No: Labour Minister Ana Roy said the government would not withdraw the plan but was open to talks on how it was phased in.',
    );
  });
});

describe('an act in other words', () => {
  it('answers "Why did Tom Vale resign?" from the sentence that says why he stepped down, not the one that says he resigned', () => {
    const quits = briefArticle(
      parsePlainText(`Halvex chief quits

Halvex chief executive Tom Vale has resigned, the company said on Monday.

Vale stepped down after an audit found the company had overstated its profits by 200 million euros.`),
    );
    for (const q of ['Why did Tom Vale resign?', 'Why did Vale quit?'])
      expect(quits.ask(q).answer, q).toBe('Vale stepped down after an audit found the company had overstated its profits by 200 million euros.');
  });

  it('answers "When will the heat end?" with how long it is expected to last', () => {
    const heat = briefArticle(
      parsePlainText(`Heatwave grips Lima

Temperatures reached 41C in Lima on Tuesday, the weather service said.

The heat is expected to last until Friday, when a cold front will bring rain.`),
    );
    expect(heat.ask('When will the heat end?').answer).toBe('The heat is expected to last until Friday, when a cold front will bring rain.');
  });
});

describe('a country asked of by the one who spoke for it', () => {
  const forum = briefArticle(
    parsePlainText(`Ministers back ocean plan

Foreign ministers of the Andes Forum on Wednesday endorsed a plan to protect the ocean, at a meeting in Lima chaired by Peru's Foreign Minister, Ana Roy.

Chile's Foreign Minister, Tom Vale, and Bolivia's Foreign Minister, Ivo Kant, also attended.

Tom Vale announced 50 million soles for a new climate fund. Ivo Kant said Bolivia would contribute but gave no figure.`),
  );

  it('answers "How much did Chile announce?" with what its minister announced', () => {
    for (const q of ['How much did Chile announce?', 'How much money did Chile give?'])
      expect(forum.ask(q).answer, q).toBe('Tom Vale announced 50 million soles for a new climate fund.');
    // (Of a country whose minister gave no sum, no sum.)
    expect(forum.ask('How much did Peru announce?').answered).toBe(false);
  });
});

describe('a fare freeze: what was proposed, and where the money comes from', () => {
  const freeze = briefArticle(
    parsePlainText(`Lima council approves bus fare freeze

Lima's city council voted 9-4 on Tuesday to freeze bus fares at 1.50 soles until the end of 2027, rejecting a proposed 20% increase backed by the bus operators.

The freeze will cost the city about 38 million soles a year. Mayor Ana Roy said the money would come from a new parking levy.`),
  );

  it('answers "What fare increase was proposed?" with the sentence that tells the thing as proposed, though no list is given', () => {
    expect(freeze.ask('What fare increase was proposed?').answer).toMatch(/^Lima's city council voted 9-4/);
    // (A mere "What was proposed?" is not answered so.)
    expect(freeze.ask('What was proposed?').answered).toBe(false);
  });

  it('answers "Where will the money come from?" with a source that is no place', () => {
    for (const q of ['Where will the money come from?', 'Where does the money come from?'])
      expect(freeze.ask(q).answer, q).toBe('Mayor Ana Roy said the money would come from a new parking levy.');
  });
});

describe("a transcript: one speaker's turn names another", () => {
  it('answers "What did Vale say?" with his own turn, not the turn of another who names him', () => {
    const transcript = briefArticle(
      parsePlainText(`Talks with Chile

FOREIGN MINISTER ROY: Good afternoon. I have just concluded two hours of talks with my Chilean counterpart, Tom Vale. We agreed on three things.

QUESTION: When will President Kant visit Chile?

FOREIGN MINISTER ROY: That has not been decided.

MINISTER VALE: Let me add that Chile is grateful for the hospitality of the Peruvian people.`),
    );
    for (const q of ['What did Vale say?', 'What did Tom Vale say?'])
      expect(transcript.ask(q).answer, q).toBe('MINISTER VALE: Let me add that Chile is grateful for the hospitality of the Peruvian people.');
  });
});

describe('a joint statement whose agreement is a list below it', () => {
  const statement = briefArticle(
    parsePlainText(`Joint Statement on the visit of the President of Peru to Chile

1. President Ana Roy of Peru paid an official visit to Chile from 3 to 5 June 2026.

2. The two sides agreed to:

(i) raise bilateral trade to US$5 billion by 2030;

(ii) open a direct air link between the two capitals; and

(iii) exempt holders of official passports from visas.

3. The two sides signed five agreements.`),
  );

  it('answers "What did the two sides agree?" with the list below the sentence that opens it, not the next numbered paragraph', () => {
    expect(statement.ask('What did the two sides agree?').answer).toBe(
      'The two sides agreed to: raise bilateral trade to US$5 billion by 2030; open a direct air link between the two capitals; and exempt holders of official passports from visas.',
    );
  });
});

describe('a loan agreed, its first payment, and a prize whose jury quotes the winners', () => {
  const loan = briefArticle(
    parsePlainText(`Peru and lender agree $900 million loan

Peru has reached a deal with the Andean Reserve Fund on a two-year, $900 million loan, the fund said on Monday.

The deal would release an immediate payment of about $120 million once the fund's board signs it off.`),
  );

  it('answers "How much will be paid immediately?" from "an immediate payment of …" (the noun of the verb, whose stem differs)', () => {
    expect(loan.ask('How much will be paid immediately?').answer).toContain('$120 million');
  });

  const prize = briefArticle(
    parsePlainText(`Two engineers win Lima Prize

LIMA, 2 October — Two engineers from Peru and Chile were awarded this year's Lima Prize on Wednesday for a bridge that needs no steel.

The jury said the work of Professor Ana Roy of the University of Lima and Dr. Tom Vale of the University of Chile had "changed how we build".

Roy, 64, said she had been in a meeting when the jury called. "I thought it was a joke," she told reporters.`),
  );

  it('gives for "What did X say?" their own words, not a quotation another reports of their work', () => {
    const roy = prize.ask('What did Ana Roy say?');
    expect(roy.answer).toContain('I thought it was a joke');
    expect(roy.answer).not.toContain('changed how we build');
    const vale = prize.ask('What did Tom Vale say?');
    expect(vale.answered).toBe(false);
  });
});

describe('a final won: the winner named again as "She" after a paragraph of hers alone', () => {
  const final = briefArticle(
    parsePlainText(`Roy beats Kant to win Lima Open

LIMA, 26 January — Peru's Ana Roy won the Lima Open on Saturday, beating defending champion Eva Kant of Chile 6-4, 7-5 in the final.

Roy, 22 and seeded ninth, saved two break points in the last game before sealing victory on her third match point.

She is the first Peruvian woman to win the title. "I have dreamed of this since I was six," she said on court, before thanking her coach, Tom Vale.`),
  );

  it('gives her words for "What did Roy say?", though the sentence names her coach after the pronoun that says them', () => {
    const said = final.ask('What did Ana Roy say?');
    expect(said.answered).toBe(true);
    expect(said.answer).toContain('I have dreamed of this');
  });

  it('gives the coach no words of hers', () => {
    expect(final.ask('What did Tom Vale say?').answered).toBe(false);
  });
});

describe('a prize told as an award', () => {
  const prize = briefArticle(
    parsePlainText(`Two engineers share Lima Prize

LIMA, 2 October — Two engineers from Peru and Chile were awarded this year's Lima Prize on Wednesday for a bridge that needs no steel.

The two will share the prize money of 2 million soles equally. The award will be presented at a ceremony in Lima on 10 December.`),
  );

  it('answers "When will the prize be presented?" from "The award will be presented … on 10 December"', () => {
    expect(prize.ask('When will the prize be presented?').answer).toContain('10 December');
  });
});

describe('a deal that awaits approval', () => {
  const report = (sentence: string) =>
    briefArticle(
      parsePlainText(`Peru and lender agree loan

Peru has reached a deal with the Andean Reserve Fund on a two-year, $900 million loan, the fund said on Monday.

${sentence}`),
    );

  it.each([
    "The deal still needs the approval of the fund's board, which meets in August.",
    'The deal is subject to approval by the fund’s board in August.',
    'The deal has yet to be approved by the fund’s board.',
    'The deal requires the final approval of the fund’s board.',
    'The deal awaits approval by the fund’s board.',
    'The deal remains pending approval by the fund’s board.',
  ])('answers "Was the deal approved?" with a "No" of %s', (sentence) => {
    expect(report(sentence).ask('Was the deal approved?').answer).toBe(`No: ${sentence}`);
  });

  it('gives no "No" where the thing was approved by some and awaits others', () => {
    const sentence = 'The deal was approved by ministers on Monday but still needs the approval of parliament.';
    expect(report(sentence).ask('Was the deal approved?').answer).not.toMatch(/^No\b/);
  });

  it('gives no "No" to "Was a deal reached?": what awaits approval was agreed', () => {
    expect(report("The deal still needs the approval of the fund's board.").ask('Was a deal reached?').answer).not.toMatch(/^No\b/);
  });
});

describe('a thing asked for, and told elsewhere as not done', () => {
  const fire = briefArticle(
    parsePlainText(`Fire kills three in Lima

A fire killed three people in a Lima apartment block on Monday.

Police said no charges had been brought.

Families of the victims want charges brought quickly.`),
  );

  it('answers "Was anyone charged?" with the "No" another sentence tells, not with a wish for charges', () => {
    expect(fire.ask('Was anyone charged?').answer).toBe('No: Police said no charges had been brought.');
  });
});

describe('what one said, when they would not comment', () => {
  const report = briefArticle(
    parsePlainText(`Halvex chief removed

LIMA, 4 May — The board of Halvex Holdings removed chief executive Ana Roy on Monday, two weeks after its shares fell by half.

Roy, who joined in 2021 from a rival, declined to comment. The board's chair, Tom Vale, said the company needed "a fresh start".

A report by the regulator found that Halvex had ignored warnings about its accounts. Halvex did not respond to a request for comment. The regulator's chair, Eva Kant, did not comment.

The Lima Savings Fund's spokesman could not be reached. The Lima Port Authority declined to comment.

The Andes Union did not immediately respond to questions.`),
  );

  it.each([
    ['What did Ana Roy say?', 'Roy, who joined in 2021 from a rival, declined to comment.'],
    ['What did Halvex say?', 'Halvex did not respond to a request for comment.'],
    ['What did Eva Kant say?', "The regulator's chair, Eva Kant, did not comment."],
    ['What did Halvex Holdings say?', 'Halvex did not respond to a request for comment.'],
    ['What did the Lima Savings Fund say?', "The Lima Savings Fund's spokesman could not be reached."],
    ['What did the Lima Port Authority say?', 'The Lima Port Authority declined to comment.'],
    ['What did the Andes Union say?', 'The Andes Union did not immediately respond to questions.'],
  ])('answers "%s" with that they did not comment', (question, answer) => {
    expect(report.ask(question).answer).toBe(answer);
  });

  it('answers one who spoke with their words', () => {
    expect(report.ask('What did Tom Vale say?').answer).toContain('a fresh start');
  });
});

describe('a warning as a noun is no word said', () => {
  const report = briefArticle(
    parsePlainText(`Halvex chief removed

LIMA, 4 May — The board of Halvex Holdings removed chief executive Ana Roy on Monday, two weeks after a profit warning.

Roy declined to comment. The board's chair, Tom Vale, warned that more cuts would follow.

The union's leader, Eva Kant, left the meeting early, warning that staff would strike.`),
  );

  it('answers "What did Ana Roy say?" with her silence, not with the sentence of a profit warning', () => {
    expect(report.ask('What did Ana Roy say?').answer).toBe('Roy declined to comment.');
  });

  it('still reads "warned that" and "warning that" as words said', () => {
    expect(report.ask('What did Tom Vale say?').answer).toContain('more cuts would follow');
    expect(report.ask('What did Eva Kant say?').answer).toContain('staff would strike');
  });
});

describe("a sum in a currency written in its own language's plural", () => {
  const eruption = briefArticle(
    parsePlainText(`Volcano erupts

More than 12,000 people were evacuated on Tuesday after the volcano erupted.

President Ana Roy declared a state of calamity and said the government would release 50 million quetzales for shelters.`),
  );

  it('answers "How much money will the government release?" of "50 million quetzales"', () => {
    expect(eruption.ask('How much money will the government release?').answer).toContain('50 million quetzales');
  });
});

describe('what a group says after one who spoke, in the same paragraph', () => {
  it.each([
    'Prosecutors in Lima',
    'Police',
    'Officials',
    'Investigators',
    'Authorities',
    'Witnesses',
    'Residents',
    'Doctors',
    'Rescuers',
    'Analysts',
    'Critics',
  ])('gives the minister none of it (%s said …)', (group) => {
    const crash = briefArticle(
      parsePlainText(`Four killed as trains collide

Four people were killed when two trains collided near Lima on Friday.

Transport minister Ana Roy said an inquiry had been opened. ${group} said the signals had failed.`),
    );
    const said = crash.ask('What did the minister say?').answer;
    expect(said).toContain('an inquiry had been opened');
    expect(said).not.toContain('signals had failed');
  });
});

describe('what a court or an authority orders or grants is what it decided', () => {
  it.each([
    'ordered a halt to construction of the Lima bypass',
    'ordered the suspension of the Lima bypass works',
    'ordered the release of two protesters held over the Lima bypass',
    'ordered a retrial of two protesters held over the Lima bypass',
    'ordered the closure of the Lima bypass site',
    'ordered a recount of the Lima bypass referendum',
    'ordered a public inquiry into the Lima bypass',
    'ordered an investigation into the Lima bypass contracts',
    'ordered the evacuation of homes near the Lima bypass',
    'granted a temporary injunction against the Lima bypass',
    'granted an appeal by residents against the Lima bypass',
    'granted bail to two protesters held over the Lima bypass',
    'granted asylum to two protesters held over the Lima bypass',
  ])('answers "What did the court decide?" of a court that %s', (act) => {
    const report = briefArticle(
      parsePlainText(`Court rules on bypass

LIMA, 4 May — A Lima court on Monday ${act}, after residents argued that the plans were flawed.

The city said it would study the ruling.`),
    );
    expect(report.ask('What did the court decide?').answer).toContain(act);
  });
});

describe('an outcome told as "by agreeing to"', () => {
  const meeting = (closing: string) =>
    briefArticle(
      parsePlainText(`Ministers meet on fever outbreak

Health ministers from six countries met in Lima on Tuesday to discuss the fever outbreak.

${closing}`),
    );

  it('answers "What was decided?" of ministers who "closed the meeting by agreeing to a joint communique"', () => {
    expect(meeting('The ministers closed the meeting by agreeing to a joint communique.').ask('What was decided?').answer).toBe(
      'The ministers closed the meeting by agreeing to a joint communique.',
    );
  });

  it('takes no outcome from talks that ended "without agreeing to" one', () => {
    expect(meeting('The ministers ended the meeting without agreeing to a joint communique.').ask('What was decided?').answer).not.toMatch(
      /^The ministers ended/,
    );
  });
});

describe('who represented a body the question names', () => {
  const loan = briefArticle(
    parsePlainText(`Peru reaches deal with lender

LIMA, 14 May — Peru has reached a staff-level agreement with the Andean Monetary Fund on a $900 million loan, the fund said on Thursday. The AMF's board will consider it in August.

The fund's mission chief, Helena Strand, said the reforms were "ambitious but achievable". Professor Ana Roy of the University of Nairobi called the deal fair. Greetings were brought by Tom Vale, of the Chilean union Sindicato Uno.`),
  );

  it.each(['Who represented the Andean Monetary Fund?', 'Who represented the AMF?'])('answers "%s" with who took part for it', (question) => {
    expect(loan.ask(question).answer).toBe('Helena Strand: chief, Andean Monetary Fund.');
  });

  it('reads no initials the article never writes ("UN" is no "University of Nairobi"), nor a common word ("the union") that may be any body', () => {
    expect(loan.ask('Who represented the UN?').answer).not.toContain('Ana Roy');
    expect(loan.ask('Who represented the fund?').answer).not.toContain('Helena Strand: chief');
    expect(loan.ask('Who represented the union?').answer).not.toContain('Tom Vale');
  });
});

describe('a company the lead names after its nation and trade, with a word between ("Peruvian budget airline Halvair")', () => {
  const collapse = briefArticle(
    parsePlainText(`Halvair files for bankruptcy

LIMA, 2 April — Peruvian budget airline Halvair filed for bankruptcy on Tuesday and cancelled all its flights, leaving about 15,000 passengers stranded.

The airline said it had failed to find an investor after losing 480 million soles last year. Chief executive Ana Roy said she was "deeply sorry".

Transport minister Tom Vale said the government would not bail out the company.`),
  );

  it('is the company "the airline" and "the company" stand for, asked by name', () => {
    expect(collapse.ask('Did Halvair find an investor?').answer).toMatch(/^No: The airline said it had failed to find an investor/);
    expect(collapse.ask('Will the government bail out Halvair?').answer).toMatch(/^No: .*would not bail out the company/);
  });

  it('is the company its chief executive serves', () => {
    expect(collapse.card.participants.find((p) => p.name === 'Ana Roy')?.affiliation).toBe('Halvair');
  });
});

describe('jobs counted by those who lose them', () => {
  it.each([
    'About 1,100 employees will lose their jobs.',
    'Some 300 workers would lose their jobs.',
    'Twelve staff will lose their jobs.',
    'About 500 people will lose their jobs.',
  ])('answers "How many jobs will be lost?" of "%s"', (sentence) => {
    const collapse = briefArticle(parsePlainText(`Airline collapses\n\nHalvair filed for bankruptcy in Lima on Tuesday.\n\n${sentence}`));
    expect(collapse.ask('How many jobs will be lost?').answer).toBe(sentence);
  });
});

describe('another of its kind than the one the news is about', () => {
  it.each([
    ['A separate proposal', 'Was the separate proposal approved?'],
    ['A second proposal', 'Was the second proposal approved?'],
    ['A different proposal', 'Was the different proposal approved?'],
    ['Another proposal', 'Was another proposal approved?'],
  ])('answers "Was the proposal approved?" of the news\'s proposal, not of "%s … was approved"; "%s" of that one', (opening, otherAsked) => {
    const vote = briefArticle(
      parsePlainText(`Voters reject lower voting age

LIMA, 24 September — Voters rejected a proposal to lower the voting age to 16 in a national referendum on Sunday, with 58% voting against.

Turnout was 46%. ${opening} to extend shop opening hours on Sundays was approved by 52% of voters.`),
    );
    expect(vote.ask('Was the proposal approved?').answer).toMatch(/^No: Voters rejected a proposal/);
    expect(vote.ask(otherAsked).answer).toMatch(new RegExp(`^${opening}`));
  });
});

describe('who did it, asked in the active, of a text that tells it in the passive first', () => {
  it('answers "Who appointed Ana Roy?" with the sentence that says who did, not only with "Ana Roy was appointed …"', () => {
    const named = briefArticle(
      parsePlainText(`New chief named

Ana Roy was appointed chief of the Lima port authority on Monday, a month after her predecessor quit.

President Tom Vale appointed Roy and two deputies at a ceremony in Lima.`),
    );
    expect(named.ask('Who appointed Ana Roy?').answer).toContain('President Tom Vale appointed Roy');
  });

  it('keeps first a passive that names who did it ("… was appointed chief by the port board")', () => {
    const named = briefArticle(
      parsePlainText(`New chief named

Ana Roy was appointed chief of the Lima port authority by the port board on Monday.

Tom Vale, who appointed Ana Roy to the board in 2019, welcomed the choice.`),
    );
    expect(named.ask('Who appointed Ana Roy?').answer).toBe('Ana Roy was appointed chief of the Lima port authority by the port board on Monday.');
  });
});

describe("who will lead, in the verb's plain form", () => {
  const text = `Chile reopens embassy

Chile reopened its embassy in Quito on Monday, five years after it closed.

A chargé d'affaires, Ana Roy, will lead the mission until an ambassador is named, Foreign Minister Tom Vale said.

Vale said he would lead a delegation to Quito in the spring.`;

  it('answers "Who will lead the mission?" with the sentence that says who will', () => {
    const brief = briefArticle(parsePlainText(text));
    const answer = brief.ask('Who will lead the mission?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Ana Roy, will lead the mission');
  });

  it('does not answer "Who will lead the talks?" with one who will lead something else', () => {
    const brief = briefArticle(parsePlainText(text));
    expect(brief.ask('Who will lead the talks?').answered).toBe(false);
  });

  it('reads no leader in "would lead to" ("The plan would lead to higher fares")', () => {
    const brief = briefArticle(
      parsePlainText(`Fare plan criticised

Transport minister Ana Roy on Monday unveiled a plan to cut bus routes in Lima.

Opposition leader Tom Vale said the plan would lead to higher fares.`),
    );
    expect(brief.ask('Who will lead the plan?').answered).toBe(false);
  });
});

describe('the event named after "after" as a conjunction', () => {
  it('answers "Where was the match played?" of a lead that places it "after their match ended level"', () => {
    const brief = briefArticle(
      parsePlainText(`Roy wins chess title

Peru's Ana Roy became world chess champion on Saturday, beating Chile's Eva Berg in a rapid tiebreak in Lima after their 12-game match ended level.

The next championship match is due in 2027.`),
    );
    const answer = brief.ask('Where was the match played?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('in Lima');
  });
});

describe('what someone said, run on into the next paragraph by a pronoun', () => {
  it('gives "She said …" opening the next paragraph with the sentence that names her', () => {
    const brief = briefArticle(
      parsePlainText(`Hospital hit by cyber attack

A cyber attack on the Lima General Hospital has forced it to postpone 200 operations, the hospital said on Tuesday.

The attack encrypted its records. Staff have been working with pen and paper since, chief executive Ana Roy told a news conference.

She said the hospital had not paid a ransom and would not do so.`),
    );
    const answer = brief.ask('What did Ana Roy say?');
    expect(answer.answer).toContain('chief executive Ana Roy told a news conference');
    expect(answer.answer).toContain('She said the hospital had not paid a ransom');
  });

  it('gives a quotation opening the next paragraph that "she said"', () => {
    const brief = briefArticle(
      parsePlainText(`Hospital hit by cyber attack

A cyber attack on the Lima General Hospital has forced it to postpone 200 operations, the hospital said on Tuesday.

The attack encrypted its records. Staff have been working with pen and paper since, chief executive Ana Roy told a news conference.

"We will not fund criminals," she said.`),
    );
    expect(brief.ask('What did Ana Roy say?').answer).toContain('"We will not fund criminals," she said.');
  });

  it('runs on to the end of a quotation that "She said:" opens in the next paragraph', () => {
    const brief = briefArticle(
      parsePlainText(`Hospital hit by cyber attack

A cyber attack on the Lima General Hospital has forced it to postpone 200 operations, the hospital said on Tuesday.

The attack encrypted its records. Staff have been working with pen and paper since, chief executive Ana Roy told a news conference.

She said: "We will not pay a ransom. We will not fund criminals."`),
    );
    expect(brief.ask('What did Ana Roy say?').answer).toContain('We will not fund criminals."');
  });
});

describe('what a body said, told as a criticism or a condemnation', () => {
  const told = (verb: string) =>
    briefArticle(
      parsePlainText(`Chile reopens embassy

Chile reopened its embassy in Quito on Monday, five years after it closed.

Opposition politicians in Santiago ${verb} the timing of the move.`),
    );

  it('answers "What did the opposition say?" with what they criticised or condemned', () => {
    for (const verb of ['criticised', 'criticized', 'condemned']) {
      const answer = told(verb).ask('What did the opposition say?');
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain(`Opposition politicians in Santiago ${verb} the timing`);
    }
  });

  it('answers "What did critics say?" with what others criticised, the critics\' own verb', () => {
    expect(told('criticised').ask('What did critics say?').answer).toContain('criticised the timing');
  });
});

describe('how many, counted by the size of the whole ("a staff of 11")', () => {
  it('answers "How many staff …?" and "How many crew …?" with the sentence that gives the size', () => {
    const brief = briefArticle(
      parsePlainText(`Embassy reopens

Chile reopened its embassy in Quito on Monday, five years after it closed.

The embassy has a staff of 11, down from 35 before it closed.

The ship that brought its furniture had a crew of about 12.`),
    );
    expect(brief.ask('How many staff does the embassy have?').answer).toContain('a staff of 11');
    expect(brief.ask('How many crew were on the ship?').answer).toContain('a crew of about 12');
  });
});

describe('a bridge collapse: what is ordered done, and the missing told as unaccounted for', () => {
  const brief = briefArticle(
    parsePlainText(`Bridge collapses

Five people were killed when a road bridge collapsed in Lima on Sunday.

Fire chief Ana Roy said two people were still unaccounted for.

The minister ordered inspections of 42 bridges of the same design, to be completed within 30 days.`),
  );

  it('answers "When will the inspections be completed?" with the sentence that sets the time ("…, to be completed within …")', () => {
    expect(brief.ask('When will the inspections be completed?').answer).toContain('to be completed within 30 days');
  });

  it('answers "Is anyone missing?" and "How many people are missing?" with "… still unaccounted for"', () => {
    expect(brief.ask('Is anyone missing?').answer).toContain('two people were still unaccounted for');
    expect(brief.ask('How many people are missing?').answer).toContain('two people were still unaccounted for');
  });
});

describe('what several holders of an office said, when none said anything', () => {
  it('names the first twelve the text names, and asks no more of them', () => {
    const names = [
      'Ana Roy',
      'Tom Vale',
      'Ivo Kant',
      'Lea Diaz',
      'Max Ruiz',
      'Eva Lund',
      'Jon Moss',
      'Kim Berg',
      'Ada Holm',
      'Leo Sato',
      'Ian Nash',
      'Una Cruz',
      'Oto Vega',
      'Pia Rios',
    ];
    const text = names.map((n) => `Foreign Minister ${n} attended the meeting in Lima on Monday.`).join('\n\n');
    const answer = briefArticle(parsePlainText(`Ministers meet\n\n${text}`)).ask('What did the minister say?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('The article names 14 (Ana Roy, Tom Vale,');
    expect(answer.answer).toContain('Una Cruz, …) but reports none of them saying that.');
    expect(answer.answer).not.toContain('Pia Rios');
  });
});

describe('a judge titled "Justice"', () => {
  it('answers "Who is the judge?" with the justice, not with the Minister of Justice', () => {
    const brief = briefArticle(
      parsePlainText(`Court hearing

Justice Ana Roy adjourned the hearing on Monday until May 4.

The Minister of Justice, Tom Vale, said the government would appeal.`),
    );
    const answer = brief.ask('Who is the judge?');
    expect(answer.answer).toContain('Ana Roy');
    expect(answer.answer).not.toContain('Tom Vale');
    expect(brief.ask('What did the judge say?').answer).not.toContain('would appeal');
  });
});

describe('a race run is no vote', () => {
  it('declines "Who won the election?" and "Did X vote?" of a race, which it still answers "Who won the race?" of', () => {
    const brief = briefArticle(
      parsePlainText(`Marathon record

Kenya's Ivo Kant won the Lima marathon on Sunday in 2:02:10, a course record.

In the women's race, Ana Roy won in 2:17:40.`),
    );
    expect(brief.ask('Who won the election?').answered).toBe(false);
    expect(brief.ask('Did Kant vote?').answered).toBe(false);
    expect(brief.ask("Who won the women's race?").answer).toContain('Ana Roy won');
  });
});

describe('a body in common words the text never names', () => {
  const recall = briefArticle(
    parsePlainText(`Brake recall

Halvex Motors is recalling 90,000 cars in Peru because their brakes may fail, the carmaker said on Monday.

Two drivers were treated for minor injuries after crashes linked to the fault, the company said.

Chief executive Ana Roy said the repairs would be free and would take about an hour.`),
  );

  it("declines what it said, did or reported, not someone else's words", () => {
    for (const [question, body] of [
      ['What did the bank say?', 'the bank'],
      ["What did the bank's chief executive say?", 'the bank'],
      ['What did the hospital report?', 'the hospital'],
      ['Did police arrest anyone?', 'police'],
      ['What did the police say?', 'the police'],
      ['Did the union comment?', 'the union'],
      ['What did the central banks say?', 'the central banks'],
      ['Who heads the bank?', 'the bank'],
      ['What did the carmaker tell the regulator?', 'the regulator'],
    ]) {
      const answer = recall.ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.answer).toBe(`The article does not mention ${body}.`);
    }
  });

  it('still answers for the body the text names, and of a place that is no speaker', () => {
    expect(recall.ask('What did the carmaker say?').answer).toContain('brakes may fail');
    expect(recall.ask("What did the company's chief executive say?").answer).toContain('repairs would be free');
    expect(recall.ask('Was anyone taken to the hospital?').answer).toContain('treated for minor injuries');
  });

  it('reads a kind by its other word ("the lender") and in the plural ("parties")', () => {
    const brief = briefArticle(
      parsePlainText(`Job cuts

Halvex Credit, the country's largest lender, said on Monday it would cut 400 jobs and close 30 branches by June.

The board of Lima Water voted 6-2 on Tuesday to raise prices by 4%, as both opposition parties had urged.`),
    );
    expect(brief.ask('What did the bank say?').answer).toContain('cut 400 jobs');
    expect(brief.ask('How did the board vote?').answer).toContain('voted 6-2');
    // ("parties" is "party" written in the plural.)
    expect(brief.ask('How did the party vote?').answer).not.toContain('does not mention');
  });
});

describe('what an office the text never names said', () => {
  const brief = briefArticle(
    parsePlainText(`Farm relief

The state cabinet on Wednesday approved a relief package of $40 million for farmers whose crops were lost to floods.

Agriculture Minister Ana Roy said the money would be credited directly to farmers' bank accounts by the end of the month.

The talks were chaired by Finance Minister Tom Vale, who said the package would be paid for from the state's reserve fund.

A spokesperson for the farmers' union, Ivo Kant, said the package came too late for many.

Opposition groups criticised the package as too small.`),
  );

  it('declines, not giving words that only share its stem ("directly" is no director)', () => {
    expect(brief.ask('What did the director say?').answered).toBe(false);
  });

  it('reads the office as the verb of what it does ("chaired by", "criticised"), and of either sex or neither', () => {
    expect(brief.ask('What did the chair say?').answer).toContain('reserve fund');
    expect(brief.ask('What did the critic say?').answer).toContain('too small');
    expect(brief.ask('What did the spokesman say?').answer).toContain('too late');
    expect(brief.ask('What did the spokeswoman say?').answer).toContain('too late');
  });

  it('leaves a word that only modifies an office: the opposition speaks through whoever voted against', () => {
    const vote = briefArticle(
      parsePlainText(`Housing plan

The city council approved a housing plan by 7 votes to 2 on Monday.

Council member Lea Diaz, who voted against, said the plan would raise rents in the old town.`),
    );
    expect(vote.ask('What did the opposition say?').answer).toContain('raise rents');
  });
});

describe('what a group in common words said', () => {
  const vote = `Tuition rises

The board of the University of Lima voted on Wednesday to raise tuition by 9%, as about 300 students protested outside.

Student body president Ana Roy called the vote "a betrayal" and said students would walk out on Friday.

Board member Tom Vale said the rise was needed to close a budget gap.`;

  it('gives only the words said, not a deed of the group found beside them', () => {
    const answer = briefArticle(parsePlainText(vote)).ask('What did the students say?');
    expect(answer.answer).toContain('called the vote "a betrayal"');
    expect(answer.answer).not.toContain('protested outside');
  });

  it('declines for a group the text never writes, whatever else is said', () => {
    expect(briefArticle(parsePlainText(vote)).ask('What did the investors say?').answered).toBe(false);
  });

  it('reads the group as written, not by a stem it shares ("judgment" is no judges\', "actively" no activists\')', () => {
    const ruling = briefArticle(
      parsePlainText(`Protest ruling

The High Court ruled on Monday that the city's ban on street protests was unlawful.

The government said it was actively studying the judgment and would respond within weeks.`),
    );
    expect(ruling.ask('What did the judges say?').answered).toBe(false);
    expect(ruling.ask('What did the activists say?').answered).toBe(false);
    expect(ruling.ask('What did the government say?').answer).toContain('actively studying');
    // (Nor by a short word the group's name opens with: "in" is no investor.)
    const ports = briefArticle(parsePlainText('Port plan\n\nThe minister said on Monday the new port would bring investment in the region.'));
    expect(ports.ask('What did the investors say?').answered).toBe(false);
  });

  it('reads the group in either number ("families", "the family")', () => {
    const valley = briefArticle(parsePlainText('Flood aid\n\nFamilies in the valley said on Monday the flood aid had come too late.'));
    expect(valley.ask('What did the families say?').answer).toContain('too late');
    const driver = briefArticle(parsePlainText('Driver killed\n\nThe family of the lorry driver said on Monday he had warned about cracks in the bridge.'));
    expect(driver.ask('What did the families say?').answer).toContain('warned about cracks');
    // (… and as a part of a hyphened word: "Co-workers" are workers.)
    const fire = briefArticle(
      parsePlainText(
        'Factory fire\n\nA fire destroyed a textile factory in Lima on Monday.\n\nCo-workers of the injured guard said on Tuesday that the alarms had not worked for months.',
      ),
    );
    expect(fire.ask('What did the workers say?').answer).toContain('alarms had not worked');
  });

  it('reads "officials" in any office\'s words', () => {
    const brief = briefArticle(
      parsePlainText(`Data breach

Halvex Telecom said on Monday that hackers had stolen the details of 2 million customers.

The national data protection commissioner, Ana Roy, said her office had opened an investigation.`),
    );
    expect(brief.ask('What did officials say?').answer).toContain('opened an investigation');
    expect(brief.ask('What did the official say?').answer).toContain('opened an investigation');
  });

  it('gives what a group brought up, and a body that did not respond', () => {
    const brief = briefArticle(
      parsePlainText(`Town hall on break-ins

About 200 people attended a town hall meeting on break-ins in Glenby on Tuesday.

Mayor Tom Vale, who called the meeting after more than 400 residents signed a petition, said the town would act on several fronts.

Several residents brought up the lack of street lights on Main Street, where most of the break-ins happened.

The roads authority did not respond to a request for comment.`),
    );
    expect(brief.ask('What did residents say?').answer).toContain('Several residents brought up the lack of street lights');
    expect(brief.ask('What did the authority say?').answer).toContain('did not respond to a request for comment');
  });
});

describe('a verb asked in its past, told in its participle ("drove", "driven")', () => {
  it('answers "What drove the rise?" with "The rise was driven by …"', () => {
    const brief = briefArticle(
      parsePlainText(`Census shows population rise

Peru's population rose by 2.7% in ten years, according to census results published on Thursday.

The rise was driven entirely by migration, the statistics office said.`),
    );
    expect(brief.ask('What drove the rise?').answer).toContain('The rise was driven entirely by migration');
  });
});

describe('what is to come, told as what someone plans ("plans a second landing")', () => {
  it('answers "When is the next landing?" with the plan and its time', () => {
    const brief = briefArticle(
      parsePlainText(`Lander touches down

A robotic lander built by Halvex Space touched down on the moon on Friday, the company said.

The company plans a second landing, carrying a small rover, in late 2027.`),
    );
    expect(brief.ask('When is the next landing?').answer).toContain('plans a second landing');
  });
});

describe('a strike asked of is a stoppage of work', () => {
  const storm = briefArticle(
    parsePlainText(`Storm in Lima

A storm hit Lima on Monday and lasted two days, the city said.

Floodwater caused a power cut at 40,000 homes, and crews will restore power by Friday.`),
  );
  const match = briefArticle(
    parsePlainText(`Lima United reach the final

Lima United beat Quito Athletic 3-1 on Saturday to reach the cup final.

Their striker Tomas Vale scored twice in the first half, and said he had joined the club because of the coach.`),
  );
  const walkout = briefArticle(
    parsePlainText(`Bus drivers walk out

Bus drivers in Lima walked out on Monday in a dispute over pay, and the union said the stoppage would last 48 hours.`),
  );

  it.each([
    'How long did the strike last?',
    'Was there a strike?',
    'How long did this strike last?',
    'How long did its strike last?',
    'How long did their strike last?',
    'Will there be any strike?',
    'When was the last strike?',
    'How long did the strikes last?',
    'Why did the strike happen?',
  ])('declines "%s" of a storm that hit', (q) => {
    expect(storm.ask(q).answered).toBe(false);
  });

  it('declines of a text whose only "strike" is a player ("Striker")', () => {
    expect(match.ask('Is the strike over?').answered).toBe(false);
    expect(match.ask('Why did the strike happen?').answered).toBe(false);
    expect(match.ask('What caused the walkout?').answered).toBe(false);
  });

  it('still reads a walkout as a strike, and a storm that hit as one that did strike', () => {
    expect(walkout.ask('How long will the strike last?').answer).toContain('48 hours');
    expect(storm.ask('When did the storm strike?').answer).toContain('on Monday');
  });
});

describe('what a company said, asked of as "the company" or by its name', () => {
  const bankrupt = briefArticle(
    parsePlainText(`Budget airline Skyvale files for bankruptcy

Danish budget airline Skyvale filed for bankruptcy on Tuesday and cancelled all its flights, leaving about 9,000 passengers stranded abroad.

The airline, which flew to 30 cities from Aarhus, said it had failed to find an investor.

Transport minister Ole Brandt said the government would not bail out the company but would help bring passengers home.

Rival carriers offered rescue fares, the minister said.`),
  );
  const crash = briefArticle(
    parsePlainText(`Report blames crew for cargo crash

The crew of a cargo plane that crashed near Quito ignored stall warnings, investigators said on Monday.

The pilots' union said the report put too little blame on the company's pressure to fly at night.`),
  );
  const cuts = briefArticle(
    parsePlainText(`Halvex Foods cuts 900 jobs

Halvex Foods will cut 900 jobs after its profit fell by a third.

Chief executive Ana Roy said the cuts were "painful but necessary" to protect the company's future.`),
  );
  const launch = briefArticle(
    parsePlainText(`Quorra opens developer conference

Software maker Quorra opened its developer conference in Lisbon on Tuesday, promising a free tier for its tools.

Quorra said 6,200 people had registered for the event.`),
  );
  const ousted = briefArticle(
    parsePlainText(`Halvane ousts chief executive

The engineering firm Halvane Group ousted its chief executive, Rui Costa, on Monday after a board review of the firm's accounts.

He will receive 12 months' salary, the company said.`),
  );
  const summit = briefArticle(
    parsePlainText(`Leaders agree trade plan

Leaders of 12 Pacific nations met in Lima on Friday.

Next, the leaders announced a plan to cut tariffs on grain.`),
  );

  it("gives the words the company says itself, not a minister's about it", () => {
    expect(bankrupt.ask('What did the company say?').answer).toMatch(/^The airline, which flew .* failed to find an investor\.$/);
    expect(bankrupt.ask('What did Skyvale say?').answer).toMatch(/^The airline, which flew .* failed to find an investor\.$/);
    expect(launch.ask('What did the company say?').answer).toBe('Quorra said 6,200 people had registered for the event.');
    expect(ousted.ask('What did the firm say?').answer).toBe("He will receive 12 months' salary, the company said.");
  });

  it("gives its officer's words, whatever its name ends in", () => {
    expect(cuts.ask('What did the firm say?').answer).toContain('"painful but necessary"');
    expect(cuts.ask('What did Halvex Foods say?').answer).toContain('"painful but necessary"');
  });

  it('declines where only another speaks of the company, or the words it says are of something else', () => {
    expect(crash.ask('What did the firm say?').answered).toBe(false);
    expect(bankrupt.ask('What did Skyvale say about the refunds?').answered).toBe(false);
    expect(bankrupt.ask('What did the airline promise?').answered).toBe(false);
    expect(summit.ask('What did the leader say?').answered).toBe(false);
  });
});

describe('words of regret that are no apology', () => {
  const council = (line: string) =>
    briefArticle(parsePlainText(`Lima council closes library\n\nLima city council voted on Monday to close the central library.\n\n${line}`));

  it.each([
    'Trustee Ana Roy sent apologies.',
    'Trustee Ana Roy sent her apologies.',
    'Trustee Ana Roy sent regrets.',
    'Mayor Ana Roy called the closure regrettable.',
    'Mayor Ana Roy accepted the decision with regret.',
    'Mayor Ana Roy said she regretted that the plan had been dropped.',
    'Mayor Ana Roy said Lima regrets that the plan had been dropped.',
    'Mayor Ana Roy said: "We regret that the union has chosen this path."',
  ])('declines "Did anyone apologise?" of "%s"', (line) => {
    expect(council(line).ask('Did anyone apologise?').answered).toBe(false);
  });

  it('still answers what was regretted, which "regretted that" tells', () => {
    expect(council('Mayor Ana Roy said she regretted that the plan had been dropped.').ask('What did Ana Roy regret?').answer).toContain(
      'regretted that the plan',
    );
    expect(council('Trustee Ana Roy sent apologies.').ask('Did anyone say sorry?').answered).toBe(false);
  });

  it('still answers it of an apology, or of regret for what was done', () => {
    expect(council('Mayor Ana Roy apologised to residents.').ask('Did anyone apologise?').answer).toContain('apologised to residents');
    expect(council('"We regret the disruption," Mayor Ana Roy said.').ask('Did anyone apologise?').answer).toContain('We regret the disruption');
    expect(council('Trustee Ana Roy sent apologies.').ask('Who sent apologies?').answer).toContain('Ana Roy');
  });
});

describe('one put out of a job, asked of as fired, sacked, dismissed or ousted', () => {
  const report = (line: string) => briefArticle(parsePlainText(`Lima council meets\n\nLima city council met on Monday to discuss the budget.\n\n${line}`));

  it.each([
    'A warehouse near the town hall caught fire on Sunday, the fire service said.',
    'Police said shots were fired at the crowd outside the town hall.',
    'Police said shots were fired on protesters outside the town hall.',
    'Councillor Tom Vale led the questioning, firing off questions about the budget.',
  ])('declines "Who was fired?" of "%s"', (line) => {
    expect(report(line).ask('Who was fired?').answered).toBe(false);
  });

  it.each(['Were any staff fired?', 'Has anyone been fired?', 'Will anyone be fired?', 'Who got fired?', 'Was anyone fired?'])(
    'declines "%s" of a fire',
    (q) => {
      expect(report('A warehouse near the town hall caught fire on Sunday, and its staff were taken out, the fire service said.').ask(q).answered).toBe(false);
    },
  );

  it.each([
    'Opposition leader Ana Roy dismissed the budget as "an announcement without money".',
    'Opposition leader Ana Roy dismissed claims that the budget was unfunded.',
    'Opposition leader Ana Roy dismissed the claim that the budget was unfunded.',
    'Opposition leader Ana Roy dismissed concerns that the budget was unfunded.',
    'Opposition leader Ana Roy dismissed criticism of the budget.',
    'A judge dismissed the case against the council.',
    'A judge dismissed the appeal against the budget.',
    'A judge dismissed charges against the council.',
  ])('declines who was sacked, dismissed or ousted, of "%s"', (line) => {
    for (const q of ['Who was sacked?', 'Who was dismissed?', 'Who was ousted?']) expect(report(line).ask(q).answered, q).toBe(false);
  });

  it('answers it of one sacked, dismissed, ousted or fired, and still who dismissed a thing', () => {
    for (const line of [
      'The council sacked its finance director, Tom Vale.',
      'The council dismissed its finance director, Tom Vale.',
      'The council ousted its finance director, Tom Vale.',
      'Finance director Tom Vale was fired after the audit.',
      'Finance director Tom Vale and his deputy were fired after the audit.',
      'Finance director Tom Vale has been fired after the audit.',
    ])
      expect(report(line).ask('Who was fired?').answer, line).toContain('Tom Vale');
    const rejected = report('Opposition leader Ana Roy dismissed the budget as "an announcement without money".');
    expect(rejected.ask('Who dismissed the budget?').answer).toContain('Ana Roy');
    expect(rejected.ask('What was dismissed?').answer).toContain('dismissed the budget');
    for (const q of ['Was anyone fired?', 'Why was Tom Vale fired?'])
      expect(report('The council sacked its finance director, Tom Vale.').ask(q).answer, q).toContain('sacked its finance director');
  });
});

describe('one a vote chose, asked "Who was elected?"', () => {
  const report = (line: string) => briefArticle(parsePlainText(`Lima politics\n\nLima's parties met on Monday.\n\n${line}`));

  it.each([
    'Prime Minister Ana Roy called a snap election for June 8.',
    'Opposition leader Tom Vale promised to cut fuel duty if his party won the next election.',
    'Under the constitution, a premier must be elected within 30 days.',
  ])('declines of an election still to come or a rule: "%s"', (line) => {
    expect(report(line).ask('Who was elected?').answered).toBe(false);
    expect(report(line).ask('Was anyone elected?').answered).toBe(false);
  });

  it.each([
    'Ana Roy was elected leader of the party on Saturday.',
    'Ana Roy won the election with 54% of the vote.',
    'Ana Roy won re-election with 54% of the vote.',
    'Ana Roy won the vote with 54% support.',
    'Ana Roy won the ballot with 54% support.',
    'Ana Roy won the run-off with 54% of the vote.',
    'Ana Roy won the presidency with 54% of the vote.',
    'Ana Roy won the leadership with 54% of the vote.',
    'Ana Roy won a seat in the assembly.',
  ])('answers it of "%s"', (line) => {
    expect(report(line).ask('Who was elected?').answer).toContain('Ana Roy');
  });

  it('answers whether anyone was of a party that won seats', () => {
    expect(report('The Coastal Party won the most seats in the assembly.').ask('Was anyone elected?').answer).toContain('won the most seats');
  });

  it('answers who they will elect of the verb alone', () => {
    expect(report('The party will elect its new leader, Ana Roy, on Saturday.').ask('Who will the party elect?').answer).toContain('Ana Roy');
  });
});

describe('a mission wound down hurt no one', () => {
  it.each([
    'Russia abstained because Halvara had asked for the mission to be wound down by the end of 2026.',
    "Russia abstained because the mission's fund had been wound up in 2019.",
  ])('declines "Was anyone hurt?" of "%s"', (line) => {
    const report = briefArticle(parsePlainText(`Council renews mission\n\nThe council renewed the Lima mission for a year on Thursday.\n\n${line}`));
    expect(report.ask('Was anyone hurt?').answered).toBe(false);
    expect(report.ask('Was anyone injured?').answered).toBe(false);
  });
});

describe('one put into a post, asked "Who was appointed?"', () => {
  const report = (title: string, line: string) => briefArticle(parsePlainText(`${title}\n\nLIMA, 2 December 2026 — ${line}`));
  const clinics = report(
    'Doctors strike',
    'Junior doctors in Lima began a 72-hour strike on Monday, forcing hospitals to cancel 9,000 outpatient appointments.',
  );

  it('declines it of what a clinic books, which "How many appointments …?" still asks of', () => {
    expect(clinics.ask('Who was appointed?').answered).toBe(false);
    expect(clinics.ask('Whom did they appoint?').answered).toBe(false);
    expect(clinics.ask('How many appointments were cancelled?').answer).toContain('9,000 outpatient appointments');
  });

  it.each([
    'A court-appointed administrator, Tom Vale, will handle the claims.',
    'The board appoints Tom Vale as chief executive from January.',
    'The board confirmed the appointment of Tom Vale as chief executive.',
  ])('answers it of "%s"', (line) => {
    expect(report('Halvex names new chief', line).ask('Who was appointed?').answer).toContain('Tom Vale');
  });

  it('answers when of the report headlined with the appointment or the sacking, with its day', () => {
    const named = report('Halvex appoints Ana Roy as chief executive', 'Halvex said its board had chosen Ana Roy to lead the company.');
    expect(named.ask('When was she appointed?').answer).toContain('2 December 2026');
    const sacked = briefArticle(
      parsePlainText(`Lima United sack manager Tom Vale

Lima United have sacked manager Tom Vale after a run of eight straight league defeats.

The decision was announced on Monday morning, after a 4-0 home loss.`),
    );
    expect(sacked.ask('When was the manager sacked?').answer).toContain('on Monday morning');
  });
});

import { describe, expect, it } from 'vitest';
import { parsePlainText, splitSiteSuffix } from '../../../src/core/article/plain-text.js';

const body = 'The ministers met for two days and agreed to deepen cooperation on trade, energy and health across the region.';

describe('parsePlainText', () => {
  it('reads a block of 150,000 lines (once too many for one call, and a crash) as that many paragraphs', () => {
    const article = parsePlainText(`Headline\n\n${'Ana Roy met Tom Vale in Lima.\n'.repeat(150_000)}`);
    expect(article.title).toBe('Headline');
    expect(article.paragraphs).toHaveLength(150_000);
  });

  it('takes the headline, drops its repeat, and reads a site suffix as the source', () => {
    const a = parsePlainText(`Talks end in accord | Daily Planet\n\nTalks end in accord\n\n${body}`);
    expect(a.title).toBe('Talks end in accord');
    expect(a.source).toBe('Daily Planet');
    expect(a.paragraphs).toEqual([body]);
  });

  it('drops the comment area and everything after it', () => {
    const a = parsePlainText(`Headline here\n\n${body}\n\nComments\n\nNo comments yet. Why not start?\n\nLeave a Reply\n\nGreat piece, Mr Jones!`);
    expect(a.paragraphs).toEqual([body]);
  });

  it('drops captions, credits, share and cookie banners, copyright lines and bylines', () => {
    const a = parsePlainText(
      [
        'Headline here',
        'By Jane Doe',
        'File photo: ministers at a table',
        'Click photographs to enlarge',
        'Share this article',
        'We use cookies to improve your experience.',
        body,
        '© 2024 Daily Planet. All rights reserved.',
        'An official website of the United States government',
        'Reporting by Sam Lee; Editing by Kim Park',
        'Associated Press writer Ana Roy in Lima contributed to this report.',
        'Tom Vale contributed reporting from Quito.',
        'Transcript edited for length and clarity.',
        'This article has been updated.',
        '(Laughter.)',
        '(The briefing was concluded at 2:48 p.m.)',
        'Correction: An earlier version of this article misstated the turnout. It was 61 percent, not 66 percent.',
        "Editor's note: This story contains details some readers may find distressing.",
        'An earlier version of this story gave the wrong date for the vote.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual([body]);
    expect(a.byline).toBe('Jane Doe');
  });

  it("joins a paragraph wrapped at a fixed width, as an email or a wire's plain text has it", () => {
    const a = parsePlainText(
      [
        'Leaders agree to open talks',
        '',
        'LIMA, Dec 14 (Reuters) - Leaders of the bloc agreed on Thursday',
        'to open accession negotiations with Peru and Chile, a decision the',
        'Peruvian president called "a victory for the region".',
        '',
        'Leaders also granted candidate status to Bolivia and said talks with',
        'Ecuador would open once it met the criteria.',
      ].join('\n'),
    );
    expect(a).toMatchObject({ title: 'Leaders agree to open talks', source: 'Reuters', datelinePlace: 'LIMA' });
    expect(a.paragraphs).toEqual([
      'Leaders of the bloc agreed on Thursday to open accession negotiations with Peru and Chile, a decision the Peruvian president called "a victory for the region".',
      'Leaders also granted candidate status to Bolivia and said talks with Ecuador would open once it met the criteria.',
    ]);
  });

  it('keeps lines apart that are no wrapped paragraph: a headline over its lead, a list, a paragraph a line', () => {
    const headlineOverLead = parsePlainText(`Council approves new tram line for the city centre\n${body}`);
    expect(headlineOverLead).toMatchObject({ title: 'Council approves new tram line for the city centre', paragraphs: [body] });
    const list = [
      'The council said on Monday that the plan had three parts, each to be paid for from the transport budget:',
      '- lower the speed limit to 30 km/h in residential streets',
      '- install 400 new speed cameras by the end of 2032',
    ];
    expect(parsePlainText(`Council backs a road safety plan\n\n${list.join('\n')}`).paragraphs).toEqual(list);
    const lines = [
      'The council met on Monday and voted to approve the plan for the city.',
      'Work will start in the spring and take about two years to finish.',
    ];
    expect(parsePlainText(`Headline here\n\n${lines.join('\n')}`).paragraphs).toEqual(lines);
  });

  it('reads text written in Markdown as plain text: a "#" headline, a bold dateline, a link\'s words', () => {
    const a = parsePlainText(
      `# Lima unveils a road safety plan\n\n**Lima, 2 March 2031** — ${body}\n\nThe [full plan](https://lima.example/plan) runs to 40 pages.`,
    );
    expect(a).toMatchObject({ title: 'Lima unveils a road safety plan', datelinePlace: 'Lima', published: '2 March 2031' });
    expect(a.paragraphs).toEqual([body, 'The full plan runs to 40 pages.']);
  });

  it('reads a Markdown quotation set off ("> …") and words stressed ("*For immediate release*") as plain text', () => {
    const a = parsePlainText(
      `# Lima unveils a road safety plan\n\n*For immediate release*\n\n${body}\n\n> "This is a landmark day," said Ana Roy.\n\nThe plan is _not_ final; see press_office@lima.example or 5 * 3 cars.`,
    );
    expect(a.paragraphs).toEqual([body, '"This is a landmark day," said Ana Roy.', 'The plan is not final; see press_office@lima.example or 5 * 3 cars.']);
  });

  it('reads a dateline of a place and its day without the year, before a long dash ("**Quito, 25 March** —")', () => {
    const a = parsePlainText(`# Council brings in a test\n\n**Quito, 25 March** — ${body}`);
    expect(a).toMatchObject({ datelinePlace: 'Quito', published: '25 March' });
    expect(a.paragraphs).toEqual([body]);
    // (A weekday is no place, and a span's short dash is no dateline's.)
    expect(parsePlainText(`Headline here\n\nTuesday, 25 March — ${body}`).datelinePlace).toBeNull();
    expect(parsePlainText(`Headline here\n\nLima, 25 March - 3 April was the window for bids.`).datelinePlace).toBeNull();
  });

  it('reads an agency\'s dateline in plain case with no dash ("New Lima, Feb 29 (PTI) The …"), only with an agency it knows', () => {
    expect(parsePlainText(`Headline here\n\nNew Lima, Feb 29 (PTI) ${body}`)).toMatchObject({ datelinePlace: 'New Lima', source: 'PTI', paragraphs: [body] });
    expect(parsePlainText(`Headline here\n\nAna Roy, March 3 (Halvex) ${body}`).datelinePlace).toBeNull();
  });

  it('reads a dateline of a place and its day before a colon ("Lima, Sept 12: …", "Quito, 4 March 2026: …")', () => {
    expect(parsePlainText(`Headline here\n\nLima, Sept 12: ${body}`)).toMatchObject({ datelinePlace: 'Lima', published: 'Sept 12', paragraphs: [body] });
    expect(parsePlainText(`Headline here\n\nQuito, 4 March 2026: ${body}`)).toMatchObject({
      datelinePlace: 'Quito',
      published: '4 March 2026',
      paragraphs: [body],
    });
  });

  it("drops a forwarded email's headers above the story", () => {
    const a = parsePlainText(
      [
        'From: Press Office <press@lima.example>',
        'Sent: Tuesday, March 3, 2026 10:14 AM',
        'To: Newsdesk',
        'Subject: FW: Lima and Quito sign water pact',
        '-----Original Message-----',
        'Lima and Quito sign water pact',
        body,
      ].join('\n\n'),
    );
    expect(a).toMatchObject({ title: 'Lima and Quito sign water pact', source: null, datelinePlace: null, paragraphs: [body] });
  });

  it('reads a byline of two writers ("By Ana Roy and Tom Vale")', () => {
    expect(parsePlainText(`Headline here\n\nBy Ana Roy and Tom Vale\n\n${body}`)).toMatchObject({ byline: 'Ana Roy and Tom Vale', paragraphs: [body] });
  });

  it('drops links to other stories under a "Related" or "Read more" heading, wherever they stand', () => {
    const later = 'The ministers will meet again in June to review progress on the agreements reached this week.';
    const a = parsePlainText(
      [
        'Headline here',
        body,
        'RELATED:',
        'Council approves two patrol cars',
        'Borough manager Tom Kirk to retire after 18 years',
        later,
        'Read more: Patel tells Europe to work with Britain',
        'Sir Ian Dunn: France harbours resentment',
        'Also Read | Paddy procurement to begin',
        'More from Conferences',
        '• Interview: Hedda Marsh on why she left',
        'Comments (3)',
        'Bev T.: Finally.',
      ].join('\n'),
    );
    expect(a.paragraphs).toEqual([body, later]);
  });

  it('drops section labels and follow prompts, so the dateline below them is still read', () => {
    const a = parsePlainText(['Egypt wants closer ties with Angola', 'ZAWYA | Economy | Africa', 'Follow ZAWYA on LinkedIn', `CAIRO: ${body}`].join('\n'));
    expect(a.datelinePlace).toBe('CAIRO');
    expect(a.paragraphs).toEqual([body]);
  });

  it("drops a site's menu and section labels above the headline", () => {
    const a = parsePlainText(
      ['  • Home', '  • Latest', '  • Finance', '  • Tech', 'PoliticsNATO', 'Europe', '', 'Ministers meet in Brussels without Hegseth', '', body].join('\n'),
    );
    expect(a.title).toBe('Ministers meet in Brussels without Hegseth');
    expect(a.paragraphs).toEqual([body]);
  });

  it("keeps a list of the article's own under its headline", () => {
    const a = parsePlainText(['Ministers agree three steps', '', '• Cut tariffs', '• Share data', '• Meet again', body].join('\n'));
    expect(a.title).toBe('Ministers agree three steps');
    expect(a.paragraphs).toContain('• Share data');
  });

  it('drops site furniture in another script and a forum tag before the headline', () => {
    const a = parsePlainText(['热搜: 超星 读书 找书', '查看: 442|回复: 0', '[[求助与讨论]] Energy ministers meet in Beijing', body].join('\n'));
    expect(a.title).toBe('Energy ministers meet in Beijing');
    expect(a.paragraphs).toEqual([body]);
  });

  it('reads a byline and a date on one line ("By Ana Roy | 14 May 2027"), and a section label\'s date as the date only', () => {
    const a = parsePlainText('Ministers agree fisheries pact\n\nBy Ana Roy | 14 May 2027\n\nFisheries ministers agreed on Friday to cut the catch.');
    expect(a).toMatchObject({ byline: 'Ana Roy', published: '14 May 2027' });
    expect(a.paragraphs.join(' ')).not.toContain('Ana Roy');
    const b = parsePlainText('Congress upholds suspension\n\nSports | March 16, 2023\n\nDelegates voted today to uphold the suspension.');
    expect(b).toMatchObject({ byline: null, published: 'March 16, 2023' });
    const c = parsePlainText(
      'Ministers agree fisheries pact\n\nBy Ana Roy | Regional Desk | 14 May 2027\n\nFisheries ministers agreed on Friday to cut the catch.',
    );
    expect(c).toMatchObject({ byline: 'Ana Roy', published: '14 May 2027', paragraphs: ['Fisheries ministers agreed on Friday to cut the catch.'] });
    const d = parsePlainText(
      'Ministers agree fisheries pact\n\nTechnology | 14 May 2027 | By Ana Roy\n\nFisheries ministers agreed on Friday to cut the catch.',
    );
    expect(d).toMatchObject({ byline: 'Ana Roy', published: '14 May 2027', paragraphs: ['Fisheries ministers agreed on Friday to cut the catch.'] });
  });

  it('reads a byline and its date with nothing between ("By Ana Roy 14 May 2027"), not a sentence that opens with "By"', () => {
    for (const line of ['By Ana Roy 14 May 2027', 'By Ana Roy, May 14, 2027']) {
      const a = parsePlainText(`Ministers agree fisheries pact\n\n${line}\n\nFisheries ministers agreed on Friday to cut the catch.`);
      expect(a, line).toMatchObject({
        byline: 'Ana Roy',
        published: line.slice(line.search(/\d|May/)),
        paragraphs: ['Fisheries ministers agreed on Friday to cut the catch.'],
      });
    }
    const b = parsePlainText(
      'Ministers agree fisheries pact\n\nBy the end of the talks on 14 May 2027\n\nFisheries ministers agreed on Friday to cut the catch.',
    );
    expect(b.byline).toBeNull();
  });

  it('reads a byline with the writer\'s desk ("Ana Roy, Industry Correspondent") and a date with a short weekday and a dashed time', () => {
    const a = parsePlainText(`Union elects a new president at its congress in Lima\n\nAna Roy, Industry Correspondent\nSat May 11 2024 - 18:40\n\n${body}`);
    expect(a).toMatchObject({ byline: 'Ana Roy', published: 'Sat May 11 2024 - 18:40', paragraphs: [body] });
    for (const desk of [
      'Tom Vale, Political Editor',
      'Tom Vale, Staff Reporter',
      'Tom Vale, Chief Political Correspondent',
      'Tom Vale, Europe Correspondent in Brussels',
    ]) {
      expect(parsePlainText(`Union elects a new president at its congress in Lima\n\n${desk}\n\n${body}`)).toMatchObject({
        byline: 'Tom Vale',
        paragraphs: [body],
      });
    }
    // A name and an office on a line of its own, with no desk word, is no byline.
    const b = parsePlainText(`Union elects a new president at its congress in Lima\n\n${body}\n\nTom Vale, General Secretary\n\n${body}`);
    expect(b.byline).toBeNull();
  });

  it("reads the dateline of the first paragraph of prose under a page's own key points, and drops a desk's name", () => {
    const a = parsePlainText(
      [
        'Ministers agree gas ban',
        '',
        'Key points:',
        '• Ministers back a ban',
        '• Two countries voted against',
        '',
        'Lima Bureau',
        'Friday 20 June 2031',
        '',
        `LIMA — ${body}`,
      ].join('\n'),
    );
    expect(a).toMatchObject({ datelinePlace: 'LIMA', published: 'Friday 20 June 2031' });
    expect(a.paragraphs).toEqual(['Key points:', '• Ministers back a ban', '• Two countries voted against', body]);
  });

  it('reads a place and its day on a line of their own over a transcript ("WASHINGTON, October 12")', () => {
    const a = parsePlainText('Press briefing by the spokesperson\n\nWASHINGTON, October 12\n\nMR VALE: Good afternoon, everyone.');
    expect(a).toMatchObject({ datelinePlace: 'WASHINGTON', published: 'October 12', paragraphs: ['MR VALE: Good afternoon, everyone.'] });
  });

  it('reads no dateline in a speaker\'s label that opens one paragraph among other speakers\' labels ("PRESIDENT VALE: Thank you.")', () => {
    const a = parsePlainText(
      'Transcript: Joint press conference, Lima, 4 June\n\nPRIME MINISTER ROY: Good afternoon. We have agreed on three things today.\n\nPRESIDENT VALE: Thank you. I have invited Prime Minister Roy to visit Santiago.\n\nPRIME MINISTER ROY: Our negotiators will meet next week.',
    );
    expect(a.datelinePlace).toBeNull();
    expect(a.paragraphs[1]).toBe('PRESIDENT VALE: Thank you. I have invited Prime Minister Roy to visit Santiago.');
  });

  it('still reads a dateline with a colon over an interview\'s "Q:" and "A:" lines ("LIMA: Ana Roy spoke to us …")', () => {
    const a = parsePlainText(
      'Interview\n\nLIMA: Ana Roy spoke to us about the season ahead of the orchestra.\n\nQ: What comes first?\n\nA: New music.\n\nQ: Will you tour?',
    );
    expect(a.datelinePlace).toBe('LIMA');
  });

  it('reads a dateline of a place in plain case, a full date and the agency ("Quito, 4 March 2032 (Andes News) — ")', () => {
    const a = parsePlainText(`Headline here\n\nQuito, 4 March 2032 (Andes News Agency) — ${body}`);
    expect(a).toMatchObject({ datelinePlace: 'Quito', published: '4 March 2032', source: 'Andes News Agency', paragraphs: [body] });
  });

  it("reads a press release: no header as the source, the dateline's place and country, and no end matter", () => {
    const a = parsePlainText(
      [
        'FOR IMMEDIATE RELEASE',
        'Andes Power to build wind farm off Peru',
        `San José, Costa Rica – 3 March 2031 – ${body}`,
        'About Andes Power',
        'Andes Power is a renewable energy company headquartered in Lima, with 6.8 GW in operation.',
        'Media contact:',
        'Ana Roy, press@andes.example',
      ].join('\n\n'),
    );
    expect(a).toMatchObject({
      title: 'Andes Power to build wind farm off Peru',
      source: null,
      datelinePlace: 'San José',
      published: '3 March 2031',
      paragraphs: [body],
    });
  });

  it('reads a press-release wire\'s dateline ("LIMA, Peru, 4 June 2026 /PRNewswire/ -- ", "(BUSINESS WIRE) --")', () => {
    const a = parsePlainText(`Headline here\n\nLIMA, Peru, 4 June 2026 /PRNewswire/ -- ${body}`);
    expect(a).toMatchObject({ datelinePlace: 'LIMA', published: '4 June 2026', source: 'PRNewswire', paragraphs: [body] });
    const b = parsePlainText(`Headline here\n\nAUSTIN, Texas, March 3, 2026 (BUSINESS WIRE) -- ${body}`);
    expect(b).toMatchObject({ datelinePlace: 'AUSTIN', published: 'March 3, 2026', source: 'BUSINESS WIRE', paragraphs: [body] });
  });

  it('reads a wire dateline as publisher and place and strips it from the text', () => {
    const a = parsePlainText(`Headline here\n\nHEFEI, March 31 (Xinhua) -- ${body}`);
    expect(a.source).toBe('Xinhua');
    expect(a.datelinePlace).toBe('HEFEI');
    expect(a.paragraphs[0]).toBe(body);
    // with the place's country between the place and the agency
    const suva = parsePlainText(`Headline here\r\n\r\nSUVA, Fiji (Reuters) - ${body}`);
    expect(suva.source).toBe('Reuters');
    expect(suva.datelinePlace).toBe('SUVA');
    expect(suva.paragraphs[0]).toBe(body);
    // with letters beyond ASCII in the place and its country
    const belem = parsePlainText(`Headline here\n\nBELÉM, Brazil (AP) — ${body}`);
    expect([belem.source, belem.datelinePlace, belem.paragraphs[0]]).toEqual(['AP', 'BELÉM', body]);
    // filed from two places at once
    const two = parsePlainText(`Headline here\n\nLIMA/QUITO, May 31 (Reuters) - ${body}`);
    expect([two.source, two.datelinePlace, two.paragraphs[0]]).toEqual(['Reuters', 'LIMA/QUITO', body]);
    // with no dash after the agency, as some wires write it
    const pti = parsePlainText(`Headline here\n\nNICOSIA, June 16 (PTI) ${body}`);
    expect([pti.source, pti.datelinePlace, pti.published, pti.paragraphs[0]]).toEqual(['PTI', 'NICOSIA', 'June 16', body]);
  });

  it.each([
    ['LA PAZ — ', 'LA PAZ'],
    ['BOSTON — ', 'BOSTON'],
    ['GLENMOOR, Pa. - ', 'GLENMOOR'],
    ['NEW YORK -- ', 'NEW YORK'],
    ['UNITED NATIONS, March 14 — ', 'UNITED NATIONS'],
    ['SPRINGDALE, Ark., Sept. 3 - ', 'SPRINGDALE'],
    ['TROMSØ — ', 'TROMSØ'],
    ['JEDDAH, Saudi Arabia — ', 'JEDDAH'],
    ['WASHINGTON, March 3, 2026 — ', 'WASHINGTON'],
    ['LIMA, 3 March 2026 — ', 'LIMA'],
    ['BOSTON and OSLO, Feb. 3, 2026 — ', 'BOSTON'],
  ])('reads a place in capitals before a dash ("%s") and strips it from the text', (dateline, place) => {
    const a = parsePlainText(`Headline here\n\n${dateline}${body}`);
    expect(a.datelinePlace).toBe(place);
    expect(a.paragraphs[0]).toBe(body);
  });

  it.each([
    ['Stuttgart — ', 'Stuttgart'],
    ['Buenos Aires — ', 'Buenos Aires'],
    ['Rio de Janeiro -- ', 'Rio de Janeiro'],
    ['Arica, Chile — ', 'Arica'],
    ['Santa Cruz, Bolivia — ', 'Santa Cruz'],
    ['Springdale, Ark. — ', 'Springdale'],
  ])('reads a place in plain case alone before a long dash ("%s") and strips it from the text', (dateline, place) => {
    const a = parsePlainText(`Headline here\n\n${dateline}${body}`);
    expect([a.datelinePlace, a.paragraphs[0]]).toEqual([place, body]);
  });

  it.each([
    ['a label', `Exclusive — ${body}`],
    ['a label in capitals', `ANALYSIS — ${body}`],
    ['a name set off by a pair of dashes', "Ana Roy — Peru's finance minister — said on Monday the budget would be cut by a tenth."],
    ["a page's section", 'Sport — Football'],
  ])('reads no dateline from %s before a dash', (_, line) => {
    const a = parsePlainText(`Headline here\n\n${line}`);
    expect([a.datelinePlace, a.paragraphs[0]]).toEqual([null, line]);
  });

  it("drops a brief's section labels run into their paragraphs ('Why it matters: …'), and keeps any other label", () => {
    const a = parsePlainText(
      `Halvex to cut jobs\n\n${body}\n\nWhy it matters: It is the largest round of cuts since 2023.\n\nWhat's next: The company reports results on Feb. 28.\n\nUpdate: The quota will be 2.3 million tonnes.`,
    );
    expect(a.paragraphs).toEqual([
      body,
      'It is the largest round of cuts since 2023.',
      'The company reports results on Feb. 28.',
      'Update: The quota will be 2.3 million tonnes.',
    ]);
  });

  it("drops a live page's time stamps over its posts, each on a line of its own", () => {
    const a = parsePlainText(`Live: Andes summit\n\n18:42\n\n${body}\n\n9.15 pm\n\nThe leaders met in Lima.\n\n17:42 GMT\n\nUpdated 09:05`);
    expect(a.paragraphs).toEqual([body, 'The leaders met in Lima.']);
  });

  it('reads an agency in capitals before a dash ("REUTERS — ") as the source, not as a place', () => {
    const a = parsePlainText(`Headline here\n\nREUTERS — ${body}`);
    expect([a.source, a.datelinePlace, a.paragraphs[0]]).toEqual(['Reuters', null, body]);
    const b = parsePlainText(`Headline here\n\nAFP, March 3 — ${body}`);
    expect([b.source, b.datelinePlace, b.published]).toEqual(['AFP', null, 'March 3']);
  });

  it('reads a line that is only a full date as the publication date, not a sentence', () => {
    for (const line of ['March 3, 2026', '3 March 2026', '2026-03-03', 'Wednesday, September 25, 2019']) {
      const a = parsePlainText(`Headline here\n\nBy Ana Roy\n${line}\n\n${body}`);
      expect(a.published).toBe(line);
      expect(a.paragraphs).toEqual([body]);
    }
  });

  it('drops a "Share: Facebook | Twitter" line, and reads no label before a colon as a dateline', () => {
    const a = parsePlainText(`Ministers agree on trade\n\nWire Service\nShare: Facebook | Twitter | LinkedIn | Email\n\n${body}`);
    expect(a.paragraphs.join(' ')).not.toMatch(/Share|Facebook/);
    expect(a.paragraphs).toContain(body);
    const b = parsePlainText(`Ministers agree on trade\n\nPhoto: Ministers at the table.\n\n${body}`);
    expect(b.datelinePlace).toBeNull();
  });

  it('does not take a capitalised word and a hyphen inside a sentence for a dateline', () => {
    const a = parsePlainText(`Headline here\n\nNATO - the alliance - met today.`);
    expect(a.datelinePlace).toBeNull();
  });

  it('reads "Service, City, Month Day-" datelines and "(Agency)" source lines', () => {
    const a = parsePlainText(`Headline here\n\nNews Agency Today, Lima, June 3-${body}`);
    expect(a.source).toBe('News Agency Today');
    expect(a.paragraphs[0]).toBe(body);
    const b = parsePlainText(`Headline here\n\n${body}\n\n(Global Times)`);
    expect(b.source).toBe('Global Times');
    expect(b.paragraphs).toEqual([body]);
  });

  it('reads page furniture around a headline: site name, breadcrumb, date and source lines, tools', () => {
    const a = parsePlainText(
      [
        'Daily Planet',
        'Home > World > Asia',
        'Talks end in accord in Lima',
        'Published: Jul 13, 2023 09:15 PM',
        'Source: Andes Wire | Editor: Li Ming',
        'Font size: A A A',
        'Print | Email | Share',
        '',
        body,
      ].join('\n'),
    );
    expect(a).toMatchObject({ title: 'Talks end in accord in Lima', source: 'Andes Wire', published: 'Jul 13, 2023 09:15 PM', paragraphs: [body] });
  });

  it('reads a short headline above a long first line as the headline, and a short line of capitalised words as the site', () => {
    const lead = 'Transcript of a press conference by Trade Minister Ana Roy following talks with the Chilean delegation, Lima, 3 October';
    expect(parsePlainText(['Minister says talks close', '', lead, '', body].join('\n'))).toMatchObject({
      title: 'Minister says talks close',
      source: null,
    });
    expect(parsePlainText(['Andes Daily News', '', lead, '', body].join('\n'))).toMatchObject({ title: lead, source: 'Andes Daily News' });
    expect(parsePlainText(['andes.example', '', lead, '', body].join('\n'))).toMatchObject({ title: lead, source: 'andes.example' });
  });

  it('drops an "Updated 17:42 GMT" line: a time with no day is no date', () => {
    const a = parsePlainText(['Talks end in accord in Lima', '', 'Updated 17:42 GMT', '', body].join('\n'));
    expect(a).toMatchObject({ published: null, paragraphs: [body] });
  });

  it('drops an "Updated 3 hours ago" line, and takes the dateline\'s day as the date', () => {
    const a = parsePlainText(['Talks end in accord in Lima', '', 'Updated 3 hours ago', '', `LIMA, June 13 (Andes Wire) - ${body}`].join('\n'));
    expect(a).toMatchObject({ published: 'June 13', paragraphs: [body] });
  });

  it('drops photo captions that end with their credit, and links trailing a paragraph', () => {
    const a = parsePlainText(`Headline here\n\nThe minister speaks at the summit. Photo: AFP\n\n${body} Read more: Mayor opens bridge`);
    expect(a.paragraphs).toEqual([body]);
    // The credit spelled out ("Photograph:"), after a caption naming who stands where.
    for (const credit of ['Photograph: Ana Roy', 'Photographs: Ana Roy/Wire', 'Photograph by Ana Roy']) {
      const b = parsePlainText(
        `Union elects a new president at its congress in Lima\n\nNew union president Tom Vale (centre) with Ana Diaz at the congress in Lima. ${credit}\n\n${body}`,
      );
      expect(b.title).toBe('Union elects a new president at its congress in Lima');
      expect(b.paragraphs).toEqual([body]);
    }
    const c = parsePlainText(`Union elects a new president at its congress in Lima\n\nPhotograph: Ana Roy\n\n${body}`);
    expect(c.paragraphs).toEqual([body]);
  });

  it('drops trailing related-story headlines but keeps the last prose paragraph', () => {
    const a = parsePlainText(`Headline here\n\n${body}\n\nMayor opens new bridge over the river\nIs this the end of the line for trams?`);
    expect(a.paragraphs).toEqual([body]);
  });

  it('leaves a page that starts mid-story without a headline', () => {
    const a = parsePlainText(body);
    expect(a.title).toBeNull();
    expect(a.paragraphs).toEqual([body]);
  });
});

describe('splitSiteSuffix', () => {
  it('splits only a short trailing site name', () => {
    expect(splitSiteSuffix('Leaders agree on a plan - BBC News')).toEqual({ title: 'Leaders agree on a plan', site: 'BBC News' });
    expect(splitSiteSuffix('Cease-fire holds in the north')).toEqual({ title: 'Cease-fire holds in the north', site: null });
  });

  it('does not split a headline at a dash before a clause of its own ("… — here\'s what developers get first")', () => {
    const headline = "Lima Phones sets out a six-step roadmap — here's what developers get first";
    expect(splitSiteSuffix(headline)).toEqual({ title: headline, site: null });
  });
});

describe('small print', () => {
  it("drops a wire service's legal disclaimer however long it is", () => {
    const disclaimer = `Legal Disclaimer: Wirecast supplies this news content "as is", without warranty of any kind, and accepts no responsibility or liability for the accuracy, content, images, videos, licences, completeness, legality or reliability of the information in this article. If you have a complaint about this article, please contact the author above.`;
    expect(disclaimer.length).toBeGreaterThan(300);
    const article = parsePlainText(`Ministers meet in Lima\n\nForeign Minister Ana Lima of Peru opened the Pacific talks in Lima on Monday.\n\n${disclaimer}`);
    expect(article.paragraphs.join(' ')).not.toMatch(/warranty/);
    expect(article.paragraphs).toHaveLength(1);
  });
});

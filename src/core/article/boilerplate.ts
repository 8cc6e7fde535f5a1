// Recognises the web furniture people paste along with an article: comment prompts, share and
// cookie banners, photo credits, bylines, copyright lines. Each rule is about page structure,
// never about one article's words.

/** A line that starts the reader-comments area: everything after it is dropped. */
const COMMENTS_START = [
  /^comments?$/i,
  /^\d+\s+comments?$/i,
  /^(leave|post|add|write) a (reply|comment)\b/i,
  /^no comments yet\b/i,
  /^join the (discussion|conversation)\b/i,
  /^(show|view|load) (all )?comments\b/i,
  /^comments?\s*\(\d+\)$/i,
];

/** A press release's end matter: an end mark ("###", "-ENDS-"), the boilerplate about the issuer ("About
 * Norvane Energy"), notes to editors, who to contact. What follows it is no part of the news. */
const END_MATTER = [
  /^(?:#{3,}|-+\s*ends?\s*-+|ends)$/i,
  /^About (?:the )?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}\s*:?$/u,
  /^notes? (?:to|for) editors?\s*:?$/i,
  /^(?:media|press|investor|for media|for press)\s+(?:contacts?|enquiries|inquiries|relations)\s*:?/i,
  /^for (?:more|further) information(?:, please)?(?: contact)?\s*:?$/i,
];

export function isEndMatter(line: string): boolean {
  return END_MATTER.some((re) => re.test(line.trim()));
}

/** A heading over links to other stories: the short lines under it are links, not the article. */
const LINK_HEADING =
  /^(?:related(?: stories| articles| posts| news| coverage| reading)?|read more|also read|read also|see also|more (?:from|on|in) [\p{L}\p{N} &'-]{2,40}|you (?:may|might) also (?:like|be interested in)|in this (?:news|story|article)|recommended(?: video| reading| for you)?|most (?:read|popular|viewed)|trending(?: now)?|latest(?: news| stories)?|top stories|watch|listen)\s*:?$/iu;

/** One link line: "Read more: Kenya's plan", "Also Read | …", "Related: …". */
const LINK_LINE = /^(?:read more|also read|read also|see also|related|more on this|watch|listen)\s*[:|–—-]\s*\S/i;

export function isLinkHeading(line: string): boolean {
  return LINK_HEADING.test(line.trim());
}

export function isLinkLine(line: string): boolean {
  return LINK_LINE.test(line.trim());
}

const NON_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;

/** Site furniture in another script ("热搜: 超星 读书 找书") on an English page: few Latin letters. */
export function isForeignScriptLine(line: string): boolean {
  // (A line with no letter outside the Latin script, as most of an English page, is counted no further.)
  if (!NON_LATIN_LETTER.test(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters >= 2 && latin / letters < 0.3;
}

/** "[[求助与讨论]] Headline": a forum's tag in another script before the headline. */
export function stripForeignTag(line: string): string {
  return line.replace(/^\[\[?[^\]\p{Script=Latin}]+\]\]?\s*/u, '');
}

/** A wire service's or publisher's legal small print, however long: "Legal Disclaimer: … supplies this
 * news content "as is", without warranty of any kind, …". */
const SMALL_PRINT = [/^(legal )?disclaimer\s*:/i, /\bwithout warranty of any kind\b/i];

export function isSmallPrint(line: string): boolean {
  return SMALL_PRINT.some((re) => re.test(line));
}

/** Lines that are furniture wherever they appear. */
/** Where a page offers to share the story. */
const SHARE_TARGET = '(facebook|twitter|x|linkedin|email|e-mail|whatsapp|reddit|telegram|print|copy link)';

const FURNITURE = [
  // A press release's header: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "Embargoed until 00:01 GMT, 3 March".
  /^(?:for immediate release|(?:press|news|media) release|embargoed (?:until|till|for)\b.{0,60})$/i,
  // A desk's name on a line of its own: "Brussels Bureau", "Health Desk", "Foreign Newsroom".
  /^(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?:Bureau|Desk|Newsroom)$/u,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^click (the )?(photos?|photographs?|images?|pictures?) to (enlarge|zoom)/i,
  /^(file )?(photo(graph)?|image|picture|video)s?( credit)?\s*[:|]/i,
  /^\(?(photo(graph)?|image)s?\s*(by|credit|courtesy|:)/i,
  // A caption ends with its credit: "… speaks at the summit. Photo: AFP", "… in Lima. Photograph: Ana Roy".
  /[.!]\s*\(?(photo(graph)?|image|picture|video|file photo)s?\s*(credit)?\s*(:|by)\s*[\p{L}\p{N} /.,&'-]{2,60}\)?$/iu,
  /\/\s*(xinhua|reuters|afp|ap|getty images|epa|ians|pti)\)?$/i,
  // "(c) 2024 Publisher": a copyright line, not item (c) of a lettered list ("(c) train 25 researchers;").
  /^(©|copyright\b)/i,
  /^\([cC]\)(?!\s+\p{Ll})/u,
  /\ball rights reserved\b/i,
  ...SMALL_PRINT,
  /\breproduction (is )?(prohibited|forbidden)\b/i,
  /^share (this|on|via)\b/i,
  // "Share: Facebook | Twitter | LinkedIn | Email".
  new RegExp(`^(share|follow)( (this|us))?\\s*:\\s*${SHARE_TARGET}(\\s*[·|•,/]\\s*${SHARE_TARGET})*\\s*$`, 'i'),
  /^(share|tweet|email|print|whatsapp|facebook|twitter|linkedin)(\s*[·|•,]\s*(share|tweet|email|print|whatsapp|facebook|twitter|linkedin|x))+\s*$/i,
  /\bwe use cookies\b/i,
  /\b(accept|agree to)( the use of)? (all )?cookies\b/i,
  /^an official website of\b/i,
  /^here'?s how you know\b/i,
  /^official websites use\b/i,
  /^(subscribe|sign up)\b.*\b(newsletter|updates|alerts)\b/i,
  /^advertisement$/i,
  // A live page's time stamp over each post: "18:42", "9.15 pm", "17:42 GMT", "Updated 18:42".
  /^(?:updated\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i,
  /^(read more|also read|related( stories| articles| news)?|recommended|more from this section|most read|trending)\s*:?$/i,
  /^(follow us|like us|follow [\p{L}\p{N}&'. -]{2,30}) on (linkedin|twitter|x|facebook|instagram|whatsapp|telegram|youtube|threads|bluesky|google news)\b/iu,
  /^(follow us|like us) on\b/i,
  // Section labels: "ZAWYA | Economy | Africa", "SPORT | ATHLETICS".
  /^[\p{L}\p{N}&'.-]+(?: [\p{L}\p{N}&'.-]+){0,2}(?:\s+\|\s+[\p{L}\p{N}&'.-]+(?: [\p{L}\p{N}&'.-]+){0,2}){1,4}$/u,
  /^(skip to (main )?content|log ?in|sign in|menu|home)$/i,
  // Breadcrumbs: "Home > World > Asia".
  /^[\p{L} &'-]{2,30}(\s*[>›»]\s*[\p{L} &'-]{2,30}){1,5}$/u,
  /^(font size|text size)\b/i,
  /^(print|email|share|tweet|comment)(\s*[|·•/]\s*(print|email|share|tweet|comment|whatsapp|facebook|twitter|x|linkedin))+\s*$/i,
  /^(editor|reporter|translator|source|written|edited|compiled)\s*(by)?\s*:/i,
  /^(translated|edited|compiled|reported) by\b/i,
  // Editorial notes: "Transcript edited for length and clarity.", "This article has been updated."
  /^(?:the |this )?(?:transcript|article|story|interview|conversation|remarks)\s+(?:has been |have been |was |were )?(?:edited|condensed|updated|amended|corrected|translated)\b[^.]{0,60}\.?$/i,
  /^\(?(reporting|writing|editing|additional reporting|compiled|produced) by\b/i,
  // A wire's credit: "Associated Press writer Ana Roy in Lima contributed to this report.", "Tom Vale contributed reporting."
  /^[^.!?;:]{3,160}\b(?:also )?contributed (?:to (?:this|the) (?:report|story|article)|reporting|additional reporting)\b[^.!?]{0,60}\.?$/i,
  // A forwarded email's headers: "From: Press Office <press@…>", "Sent: Tuesday, …", "To: Newsdesk", "Subject: FW: …",
  // "-----Original Message-----", "---------- Forwarded message ---------".
  /^(?:from|sent|to|cc|bcc|subject|reply-to)\s*:\s+\S.{0,200}$/i,
  /^-{2,}\s*(?:original message|forwarded message)\s*-{2,}$/i,
  // A note on the story itself: "Correction: An earlier version of this article misstated …", "Editor's note: …".
  /^(?:correction|clarification|editor['’]s note)s?\s*[:—–]/i,
  /^(?:an earlier|a previous) version of this (?:article|story|report)\b/i,
  // A transcript's stage note on a line of its own: "(Laughter.)", "(The briefing was concluded at 2:48 p.m.)", "[Inaudible]".
  /^[([](?:laughter|applause|inaudible|crosstalk|pause|break|recess|end|off mic|the (?:briefing|press conference|conference|meeting|session|interview|call|hearing) (?:was|is|began|begins|ended|ends|concluded|adjourned)\b)[^)\]]{0,80}[)\]]\.?$/i,
];

/** "… of the talks. Read more: Kenya's plan": a link to another story trailing a paragraph. */
const TRAILING_LINK = /([.!?]["'”’)]*)\s+(?:read more|also read|read also|see also|related|more on this)\s*[:|–—-]\s*[^.!?]{0,160}$/i;

export function stripTrailingLink(line: string): string {
  return line.replace(TRAILING_LINK, '$1');
}

/** A brief's section labels, run into the paragraph they head: "Why it matters: It is the largest …", "What's next: The
 * company reports …". The paragraph is the article's; the label is the page's. */
const SECTION_LABELS = [
  'why it matters',
  "what's next",
  'what’s next',
  'the big picture',
  'big picture',
  'driving the news',
  'between the lines',
  'the bottom line',
  'bottom line',
  'zoom in',
  'zoom out',
  'state of play',
  'by the numbers',
  'catch up quick',
  'flashback',
  'yes, but',
  'reality check',
  'the latest',
  'the backstory',
  'what to watch',
  "what we're watching",
  'what we’re watching',
  "what they're saying",
  'what they’re saying',
  'the other side',
  'go deeper',
];
const SECTION_LABEL = new RegExp(`^(?:${SECTION_LABELS.join('|')})\\s*:\\s+(?=[\\p{Lu}"“‘])`, 'iu');

export function stripSectionLabel(line: string): string {
  return line.replace(SECTION_LABEL, '');
}

/** "By Jane Doe" or "By Jane Doe, Reuters" on a line of its own. */
const BYLINE =
  /^[Bb]y\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3}(?:(?:\s+and\s+|\s*&\s*)[A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){0,3}){0,3})(?:\s*[,|]\s*.*)?$/u;

/** "Jane Doe, Industry Correspondent", "Jane Doe, Europe Correspondent in Brussels": a name and the writer's
 * desk on a line of their own (a desk word says it is the writer; "Jane Doe, General Secretary" is not). */
const BYLINE_DESK =
  /^(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}),\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Correspondent|Editor|Reporter|Writer|Columnist|Bureau Chief)(?:\s+in\s+\p{Lu}[\p{L}-]+)?$/u;

export function isCommentsStart(line: string): boolean {
  return COMMENTS_START.some((re) => re.test(line.trim()));
}

export function isFurniture(line: string): boolean {
  const text = line.trim();
  return FURNITURE.some((re) => re.test(text));
}

/** The author's name when the line is a byline. */
export function bylineOf(line: string): string | null {
  const match = BYLINE.exec(line.trim()) ?? BYLINE_DESK.exec(line.trim());
  return match ? match[1] : null;
}

/** True for a line that reads as a sentence rather than a heading or a link. */
export function endsLikeProse(line: string): boolean {
  return /[.!]["'”’)]*$/.test(line.trim());
}

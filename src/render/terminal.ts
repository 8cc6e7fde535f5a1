// Fits the shell's text to a terminal: wraps every line at word boundaries to the terminal's width
// with a hanging indent under bullets, numbers and quotes, and (on a colour terminal) sets headings
// in bold and source lines dim. Piped output and NO_COLOR get plain text.

export interface TerminalStyle {
  /** Columns to wrap to; null leaves lines as they are (a pipe). */
  columns: number | null;
  color: boolean;
}

const BOLD = (s: string) => `\x1b[1m${s}\x1b[22m`;
const DIM = (s: string) => `\x1b[2m${s}\x1b[22m`;

/** Display width: wide pictographs take two columns, combining marks and variation selectors none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\p{M}|\u200d|[\ufe00-\ufe0f]/u.test(ch)) continue;
    width += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  }
  return width;
}

/** The indent that continues a line: past its leading spaces and a bullet, number or quote mark. */
function hangingIndent(line: string): string {
  const m = /^(\s*(?:[•*>-]|\d{1,3}\.|\(?[a-z]\))?\s*)/u.exec(line);
  return ' '.repeat(displayWidth(m?.[1] ?? ''));
}

/** Wraps one line at spaces; a word longer than the whole width is the only thing ever cut. */
export function wrapLine(line: string, columns: number): string[] {
  if (displayWidth(line) <= columns) return [line];
  const indent = hangingIndent(line);
  const room = Math.max(10, columns - indent.length);
  const out: string[] = [];
  const lead = /^\s*/.exec(line)![0];
  let current = lead;
  let width = displayWidth(lead);
  let first = true;
  for (const word of line.slice(lead.length).split(/ +/)) {
    const w = displayWidth(word);
    const limit = first ? columns : indent.length + room;
    if (width > (first ? displayWidth(lead) : indent.length) && width + 1 + w > limit) {
      out.push(current);
      current = indent;
      width = indent.length;
      first = false;
    }
    if (w > room) {
      // A word wider than the line (a long URL) is cut at the edge: there is no other way to fit it.
      let rest = word;
      while (displayWidth(rest) > room) {
        const cut = [...rest].slice(0, room - (width > indent.length ? width + 1 - indent.length : 0)).join('');
        out.push(`${current}${width > indent.length ? ' ' : ''}${cut}`.replace(/\s+$/, ''));
        rest = rest.slice(cut.length);
        current = indent;
        width = indent.length;
        first = false;
      }
      current += rest;
      width += displayWidth(rest);
      continue;
    }
    current += width > (first ? displayWidth(lead) : indent.length) ? ` ${word}` : word;
    width += (current.length > 0 && width > 0 ? 1 : 0) + w;
    width = displayWidth(current);
  }
  out.push(current);
  return out;
}

const HEADING = /^(?:📰 .+|Key points|Participants \(\d+\)|Proposals \(.+\)|Evidence:|Event:.*|Countries:.*|🗞️ .+)$/u;

export function forTerminal(text: string, style: TerminalStyle): string {
  const lines = text.split('\n').flatMap((line) => (style.columns ? wrapLine(line, style.columns) : [line]));
  if (!style.color) return lines.join('\n');
  return lines
    .map((line, i) => {
      if (HEADING.test(line)) return BOLD(line);
      // The line under a card's title is its source.
      if (i > 0 && lines[i - 1].startsWith('📰 ')) return DIM(line);
      return line;
    })
    .join('\n');
}

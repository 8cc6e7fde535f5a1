// Turns the bytes of a page or file into text in the character set it declares: the HTTP header,
// a byte-order mark, the page's own <meta charset> or a feed's XML declaration; undeclared bytes that are not valid UTF-8
// are read as Windows-1252 (the usual Latin-1 superset), so "José Müller" never becomes "Jos� M�ller".
// Bytes that are plainly not text (control characters, NUL) are refused.

import { UserError } from '../errors.js';

const META = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{2,40})/i;
/** A feed's (or XHTML page's) XML declaration: <?xml version="1.0" encoding="KOI8-R"?>. */
const XML_DECLARATION = /^\s*<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w:.-]{2,40})["']/i;

function labelOf(contentType: string | null, head: string): string | null {
  const header = contentType ? /charset\s*=\s*["']?([\w:.-]{2,40})/i.exec(contentType)?.[1] : null;
  return header ?? META.exec(head)?.[1] ?? XML_DECLARATION.exec(head)?.[1] ?? null;
}

/** Windows-1252's printable characters at 0x80–0x9F (Node decodes the label as plain ISO-8859-1). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]);
}

function decode(label: string, bytes: Buffer): string | null {
  const name = label.toLowerCase();
  if (/^(?:iso-?8859-1|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii)$/.test(name)) return windows1252(bytes);
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return null;
  }
}

/** True when the text has more control characters than any article could (a binary file without NUL bytes). */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function decodeText(bytes: Buffer, contentType: string | null = null): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  else {
    const label = labelOf(contentType, bytes.subarray(0, 2048).toString('latin1'));
    const declared = label ? decode(label, bytes) : null;
    if (declared !== null) text = declared;
    else {
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = windows1252(bytes);
      }
    }
  }
  if (looksBinary(text)) throw new UserError('that is a binary file, not an article');
  return text;
}

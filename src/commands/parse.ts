// Turns a line a person typed ("/briefing list", "who is Doval?") into a command and its text.

import { COMMAND_NAMES } from './definitions.js';

export interface CommandInput {
  name: string;
  text: string;
}

export const MAX_COMMAND_CHARS = 2000;

/** Parses a typed line; a plain question (no slash) is taken as /ask. Null for an empty line. */
export function parseCommandLine(raw: string): CommandInput | null {
  const line = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .slice(0, MAX_COMMAND_CHARS);
  if (!line) return null;
  const m = /^[/!]([\w-]+)\s*(.*)$/s.exec(line);
  if (m) return { name: m[1].toLowerCase(), text: m[2].trim() };
  const first = line.split(/\s+/)[0].toLowerCase();
  if (COMMAND_NAMES.has(first)) return { name: first, text: line.slice(first.length).trim() };
  return { name: 'ask', text: line };
}

// The Discord application-command JSON, generated from the one list of commands.

import { COMMANDS } from '../../commands/definitions.js';

/** Discord's option type for strings. */
const STRING = 3;
/** Discord's command type for slash commands. */
const CHAT_INPUT = 1;

export interface DiscordCommandJson {
  name: string;
  description: string;
  type: number;
  options: Array<{ name: string; description: string; type: number; required: boolean; autocomplete?: boolean; max_length?: number }>;
}

export function discordCommands(): DiscordCommandJson[] {
  return COMMANDS.map((c) => ({
    name: c.name,
    description: c.description.slice(0, 100),
    type: CHAT_INPUT,
    options: c.options.map((o) => ({ name: o.name, description: o.description.slice(0, 100), type: STRING, required: o.required, ...(o.autocomplete ? { autocomplete: true } : {}), max_length: 1000 })),
  }));
}

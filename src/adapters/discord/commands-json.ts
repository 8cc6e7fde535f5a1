// The Discord application-command JSON, generated from the one list of commands.

import { COMMANDS } from '../../commands/definitions.js';

/** Discord's option type for strings. */
const STRING = 3;
/** Discord's command type for slash commands. */
const CHAT_INPUT = 1;
/** Discord's Manage Channels permission: who may change a channel's digest by default. */
export const MANAGE_CHANNELS = String(1 << 4);

export interface DiscordCommandJson {
  name: string;
  description: string;
  type: number;
  options: Array<{
    name: string;
    description: string;
    type: number;
    required: boolean;
    autocomplete?: boolean;
    max_length?: number;
    choices?: Array<{ name: string; value: string }>;
  }>;
  /** Set on commands that change settings: server admins can widen it in Server Settings → Integrations. */
  default_member_permissions?: string;
}

export function discordCommands(): DiscordCommandJson[] {
  return COMMANDS.map((c) => ({
    name: c.name,
    description: c.description.slice(0, 100),
    type: CHAT_INPUT,
    options: c.options.map((o) => ({
      name: o.name,
      description: o.description.slice(0, 100),
      type: STRING,
      required: o.required,
      ...(o.autocomplete ? { autocomplete: true } : {}),
      ...(o.choices ? { choices: o.choices.map((c) => ({ name: c, value: c })) } : { max_length: 1000 }),
    })),
    ...(c.changesSettings ? { default_member_permissions: MANAGE_CHANNELS } : {}),
  }));
}

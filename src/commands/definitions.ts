// Every chat command, declared once as data: the router, the shell's help, the Discord command
// registration and the Slack manifest are all generated from this list.

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Offer completions (article names, time zones) where the platform supports it. */
  autocomplete?: boolean;
  /** The only values it takes: offered as a pick list where the platform supports it (Discord). */
  choices?: readonly string[];
}

export interface CommandDefinition {
  name: string;
  description: string;
  usage: string;
  options: CommandOption[];
  examples: string[];
  /** Changes the channel's settings (its digest): only people who manage the channel may use it. */
  changesSettings?: boolean;
  /** Answered from the local store alone, in text: the reply can travel in the platform's acknowledgement. */
  local?: boolean;
  /** An argument that makes the command fetch from the network (a page, a feed), and the note shown at
   * once while the reply is on its way ({target} is what the pattern captured). */
  fetches?: { when: RegExp; note: string };
}

/** The note to show at once when this use of a command fetches from the network; null when it does not. */
export function fetchingNote(command: CommandDefinition | undefined, argument: string): string | null {
  const m = command?.fetches?.when.exec(argument.trim());
  return m ? command!.fetches!.note.replace('{target}', (m[1] ?? '').slice(0, 200)) : null;
}

export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'briefing',
    description: 'Show the latest briefing card, one article by name or URL, or the list',
    usage: '/briefing [list | <article name> | <url>]',
    options: [{ name: 'article', description: 'An article name, a URL, or "list"', required: false, autocomplete: true }],
    examples: ['/briefing', '/briefing list', '/briefing https://example.com/news/summit'],
    fetches: { when: /^(https?:\/\/\S+)$/i, note: 'Fetching {target} … the card follows in a moment.' },
  },
  {
    name: 'ask',
    description: "Ask a question about a card's article (in its thread, or after a card)",
    usage: '/ask <question>',
    options: [{ name: 'question', description: 'For example: who attended?', required: true }],
    examples: ['/ask who is Ajit Doval?', '/ask which countries attended?', '/ask what is the third proposal?'],
  },
  {
    name: 'subscribe',
    description: 'Post a daily digest of new briefings in this channel at a time in your time zone',
    usage: '/subscribe HH:MM [IANA time zone]',
    options: [
      { name: 'time', description: '24-hour time, for example 09:00', required: true },
      { name: 'timezone', description: 'IANA zone, for example Europe/Berlin', required: false, autocomplete: true },
    ],
    examples: ['/subscribe 09:00 Europe/Berlin'],
    changesSettings: true,
    local: true,
  },
  {
    name: 'unsubscribe',
    description: "Stop this channel's daily digest",
    usage: '/unsubscribe',
    options: [],
    examples: ['/unsubscribe'],
    changesSettings: true,
    local: true,
  },
  {
    name: 'feed',
    description: 'Follow an RSS, Atom or JSON feed in this channel: its new stories become cards',
    usage: '/feed add <url> [digest|instant] | list | remove <url|number>',
    options: [
      { name: 'action', description: 'add, list or remove', required: true, choices: ['add', 'list', 'remove'] },
      { name: 'feed', description: 'The feed (or a page that links to it), or for remove its URL or number in /feed list', required: false },
      {
        name: 'mode',
        description: 'digest (default: stories join the daily digest) or instant (a card as each is found)',
        required: false,
        choices: ['digest', 'instant'],
      },
    ],
    examples: ['/feed add https://example.com/news/rss.xml', '/feed add https://example.com/news instant', '/feed list', '/feed remove 2'],
    changesSettings: true,
    local: true,
    fetches: { when: /^add\s+(\S+)/i, note: 'Checking the feed at {target} … a reply follows in a moment.' },
  },
  {
    name: 'help',
    description: 'Show what briefbot can do',
    usage: '/help',
    options: [],
    examples: ['/help'],
    local: true,
  },
];

export const COMMAND_NAMES = new Set(COMMANDS.map((c) => c.name));

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    'briefbot turns news articles into briefing cards. Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.description}`),
    '',
    `Examples: ${COMMANDS.flatMap((c) => c.examples.slice(0, 1)).join(' · ')}`,
  ].join('\n');
}

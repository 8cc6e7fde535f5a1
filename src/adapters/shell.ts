// The shell adapter, the embedded default: a terminal channel where the chat commands work as
// typed lines. It reads stdin line by line, prints cards and answers as text, and ends at EOF.

import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { CommandRouter, Reply } from '../commands/router.js';
import { parseCommandLine } from '../commands/parse.js';
import { renderAnswerText, renderCardText } from '../render/card-text.js';
import { compactCardText, digestHeading } from '../render/digest-text.js';
import { forTerminal } from '../render/terminal.js';
import { stripControl } from '../render/mentions.js';
import type { StoredBriefing } from '../library/library.js';
import { postDigestParts, type ChatAdapter, type Digest, type DigestPoster } from './adapter.js';

export const SHELL_CHANNEL = 'terminal';

export interface ShellOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A terminal gets a prompt and line editing; a pipe gets neither. */
  interactive: boolean;
  articleCount: number;
  /** Bold headings and dim source lines (a colour terminal without NO_COLOR). */
  color?: boolean;
  /** Where typed lines are kept between runs. */
  historyFile?: string;
}

/** How many typed lines the history keeps. */
const HISTORY_LINES = 500;

export class ShellAdapter implements ChatAdapter, DigestPoster {
  readonly platform = 'shell' as const;
  /** The terminal prints its own digests. */
  readonly poster: DigestPoster = this;
  /** The article of the last card shown: what /ask is about. */
  private currentArticle: number | null = null;
  private finished: Promise<void> | null = null;
  private closeInput: (() => void) | null = null;

  constructor(
    private readonly router: CommandRouter,
    private readonly options: ShellOptions,
  ) {}

  private print(text: string): void {
    // On a terminal, every line is wrapped to its width (read at each print: windows are resized).
    const columns = (this.options.output as NodeJS.WritableStream & { columns?: number; isTTY?: boolean }).isTTY
      ? ((this.options.output as { columns?: number }).columns ?? 80)
      : null;
    this.options.output.write(`${forTerminal(text, { columns, color: !!this.options.color })}\n`);
  }

  /** The lines typed in earlier runs, newest first (readline's order). */
  private loadHistory(): string[] {
    if (!this.options.historyFile) return [];
    try {
      return readFileSync(this.options.historyFile, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_LINES).reverse();
    } catch {
      return []; // no history yet
    }
  }

  private remember(line: string): void {
    if (!this.options.historyFile || !line.trim()) return;
    try {
      mkdirSync(dirname(this.options.historyFile), { recursive: true });
      appendFileSync(this.options.historyFile, `${line.replace(/\n/g, ' ')}\n`, { mode: 0o600 });
    } catch (err) {
      this.options.output.write(`(could not keep the command history: ${(err as Error).message})\n`);
      this.options.historyFile = undefined;
    }
  }

  /** Starts reading; `done` resolves at the end of input. */
  async start(): Promise<void> {
    const { input, output, interactive } = this.options;
    const rl = createInterface({
      input,
      output: interactive ? output : undefined,
      terminal: interactive,
      historySize: HISTORY_LINES,
      history: interactive ? this.loadHistory() : [],
      prompt: 'briefbot> ',
    });
    this.closeInput = () => rl.close();
    this.print(
      `briefbot shell — ${this.options.articleCount} article${this.options.articleCount === 1 ? '' : 's'} loaded. Type /help for commands, /briefing for the latest card, or ask a question.`,
    );
    this.finished = (async () => {
      if (interactive) rl.prompt();
      for await (const line of rl) {
        if (interactive) this.remember(line);
        const input = parseCommandLine(line);
        if (input) {
          this.print('');
          this.show(await this.router.handle(input, { platform: 'shell', channel: SHELL_CHANNEL, user: 'local', articleId: this.currentArticle }));
        }
        if (interactive) {
          this.print('');
          rl.prompt();
        }
      }
    })();
  }

  isReady(): boolean {
    return this.finished !== null;
  }

  get done(): Promise<void> {
    return this.finished ?? Promise.resolve();
  }

  private show(reply: Reply): void {
    if (reply.kind === 'card') {
      this.currentArticle = reply.briefing.record.id;
      this.print(renderCardText(reply.briefing.card));
      this.print('\n(Ask about this article: /ask <question>, or just type a question.)');
    } else if (reply.kind === 'answer') {
      this.print(renderAnswerText(reply.answer));
    } else {
      this.print(reply.text);
    }
  }

  async postCard(_channel: string, briefing: StoredBriefing): Promise<string> {
    this.print(`\n${renderCardText(briefing.card)}\n   (/briefing ${briefing.record.name} to open it and ask about it)\n`);
    return `shell:${briefing.record.id}`;
  }

  async postNotice(_channel: string, text: string): Promise<string> {
    this.print(`\n${stripControl(text)}\n`);
    return `shell:notice:${Date.now()}`;
  }

  async postDigest(_channel: string, digest: Digest): Promise<string[]> {
    const ids = await postDigestParts(
      digest,
      async () => {
        this.print(`\n${digestHeading(digest)}`);
        return `shell:${digest.localDate}`;
      },
      async (b) => {
        this.print(`\n${compactCardText(b.card)}\n   (/briefing ${b.record.name} to open it and ask about it)`);
        return `shell:${b.record.id}`;
      },
    );
    this.print('');
    return ids;
  }

  async stop(): Promise<void> {
    this.closeInput?.();
    await this.done;
  }
}

// Bolt's and its OAuth installer's log lines, written through briefbot's logger (JSON on stderr,
// secrets scrubbed) instead of the console.

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.js';

export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.WARN;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return {
    debug: (...msg) => logger.debug({ source: 'bolt' }, text(msg)),
    info: (...msg) => logger.info({ source: 'bolt' }, text(msg)),
    warn: (...msg) => logger.warn({ source: 'bolt' }, text(msg)),
    error: (...msg) => logger.error({ source: 'bolt' }, text(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

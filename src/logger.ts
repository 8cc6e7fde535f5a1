// Structured logs (pino) on stderr, so the shell channel on stdout stays readable. Anything that
// looks like a credential is redacted by key, and tokens are never passed to the logger.

import pino from 'pino';

export type Logger = pino.Logger;

const SECRET_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', 'password', 'secret'];

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: [...SECRET_KEYS, ...SECRET_KEYS.map((k) => `*.${k}`), 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  }, pino.destination({ fd: 2, sync: true }));
}

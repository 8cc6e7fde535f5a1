// Structured logs (pino) on stderr, so the shell channel on stdout stays readable. Credentials
// never reach a log line: known secret values and token-shaped strings are scrubbed from every
// field, and errors are logged as message and code only (client errors carry request headers).

import pino from 'pino';

export type Logger = pino.Logger;

const TOKEN_SHAPES = /\b(xox[abposr]-[\w-]+|xapp-[\w-]+|Bot\s+[\w.-]{20,}|Bearer\s+[\w.-]{10,})/g;

function scrubber(secrets: readonly string[]): (s: string) => string {
  const known = secrets.filter((s) => s.length >= 6);
  return (s) => {
    let out = s.replace(TOKEN_SHAPES, '[redacted]');
    for (const secret of known) out = out.split(secret).join('[redacted]');
    return out;
  };
}

function scrubDeep(value: unknown, scrub: (s: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, scrub, depth + 1)]));
}

/** An error reduced to what is safe and useful in a log: its message and code. */
export function safeError(err: unknown): { message: string; code?: string } {
  const e = err as { message?: unknown; code?: unknown; data?: { error?: unknown } };
  const code = e?.data?.error ?? e?.code;
  return { message: String(e?.message ?? err), ...(code !== undefined ? { code: String(code) } : {}) };
}

export function createLogger(level: string, secrets: readonly string[] = []): Logger {
  const scrub = scrubber(secrets);
  return pino(
    {
      level,
      base: undefined,
      formatters: { log: (obj) => scrubDeep(obj, scrub) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}

// `npm start`: loads the configuration, starts the bot, and shuts it down cleanly on SIGINT or
// SIGTERM — or, when only the shell channel runs, at the end of its input.

import { startApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { isUserError } from './core/errors.js';
import { createLogger, safeError } from './logger.js';

async function main(): Promise<number> {
  let config: Awaited<ReturnType<typeof loadConfig>>;
  try {
    config = await loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`briefbot: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const secrets = [
    config.slack?.botToken,
    config.slack?.signingSecret,
    config.slack?.appToken,
    config.slack?.oauth?.clientSecret,
    config.slack?.oauth?.stateSecret,
    config.discord?.token,
    config.postgres?.url,
    config.postgres ? decodeURIComponent(new URL(config.postgres.url).password) : undefined,
  ].filter((s): s is string => !!s);
  const logger = createLogger(config.logLevel, secrets);
  for (const warning of config.warnings) {
    logger.warn(warning);
    process.stderr.write(`briefbot: warning: ${warning}\n`);
  }
  // A stray rejection inside a client library is logged (safely) rather than crashing the bot.
  process.on('unhandledRejection', (reason) => logger.error({ err: safeError(reason) }, 'unhandled rejection'));
  const forceShell = process.argv.includes('--shell');
  // Signals are caught from the first moment, so one that arrives during start-up still ends cleanly.
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let stopSignal: string | null = null;
  const stop = (signal: string) => {
    stopSignal ??= signal;
    if (!app) return;
    logger.info({ signal }, 'shutting down');
    app.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // `npm start | head -1`: the reader went away. Stop as for a signal, without a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') {
      logger.error({ err: safeError(err) }, 'cannot write to standard output');
      return;
    }
    if (app) stop('EPIPE');
    else process.exit(0);
  });
  try {
    app = await startApp(config, { forceShell, stdin: process.stdin, stdout: process.stdout, interactive: !!process.stdin.isTTY, logger });
  } catch (err) {
    if (isUserError(err) || err instanceof ConfigError) {
      process.stderr.write(`briefbot: ${(err as Error).message}\n`);
      return 1;
    }
    logger.fatal({ err: safeError(err) }, 'could not start');
    process.stderr.write(`briefbot: could not start: ${safeError(err).message}\n`);
    return 1;
  }
  const running = app;
  if (stopSignal) stop(stopSignal);
  if (running.shell && running.adapters.length === 1) {
    await running.shell.done;
    await running.shutdown();
    return 0;
  }
  logger.info({ adapters: running.adapters.map((a) => a.platform) }, 'briefbot is running');
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`briefbot: unexpected error: ${(err as Error)?.message ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

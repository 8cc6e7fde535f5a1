// The `briefbot` CLI's usage mistake (a missing argument, an unknown option): it prints the usage and
// exits 2. Kept apart so that the CLI's entry point loads nothing else to know it.

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

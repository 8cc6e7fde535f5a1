// The error type whose message is meant for people: adapters and the CLI show it as it is,
// while any other error is logged with its context and shown as a generic failure.

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

/** Documented exit codes (README "Exit codes"), shared by every command. */
export const EXIT = {
  /** No findings at error severity, warnings within --max-warnings. */
  ok: 0,
  /** Findings at error severity, or more warnings than --max-warnings. */
  findings: 1,
  /** Usage error, unreadable file, bad config or a facts file with errors. */
  usage: 2,
} as const;

/** An error the user can fix: printed as one clear line, never as a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/**
 * Errors a user can hit carry a `hint`: what to do about it. Adapters print message and hint;
 * nothing else in the stack should need reading to act on a failure.
 */
export class DockerTlsError extends Error {
  readonly hint?: string;
  /** The user's input is at fault (the CLI exits 2), not the machine. */
  readonly badInput: boolean;

  constructor(message: string, hint?: string, options?: { cause?: unknown; badInput?: boolean }) {
    super(message, options);
    this.name = 'DockerTlsError';
    this.hint = hint;
    this.badInput = options?.badInput ?? false;
  }
}

/** A bad value for one named input; raised before anything is created. */
export class InputError extends DockerTlsError {
  readonly input: string;
  readonly value: string;

  constructor(input: string, value: string, problem: string, example: string) {
    super(`Invalid ${input} ${JSON.stringify(value)}: ${problem}.`, `Example of a valid ${input}: ${example}`, {
      badInput: true,
    });
    this.name = 'InputError';
    this.input = input;
    this.value = value;
  }
}

/** One line for a log: the message, then the hint when there is one. */
export function describeError(error: unknown): string {
  if (error instanceof DockerTlsError) {
    return error.hint ? `${error.message}\n${error.hint}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

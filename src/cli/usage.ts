import { DockerTlsError } from '../errors.js';

/** Wrong command-line use: exit code 2 and the usage text. */
export class UsageError extends DockerTlsError {
  constructor(message: string, usage: string) {
    super(message, `Usage: ${usage}`, { badInput: true });
    this.name = 'UsageError';
  }
}

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DockerTlsError } from '../errors.js';

/** Wrong command-line use: exit code 2 and the usage text. */
export class UsageError extends DockerTlsError {
  constructor(message: string, usage: string) {
    super(message, `Usage: ${usage}`, { badInput: true });
    this.name = 'UsageError';
  }
}

/** parseArgs with its errors turned into a UsageError that shows the command's usage. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

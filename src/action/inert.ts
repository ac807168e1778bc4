import { randomBytes } from 'node:crypto';

/**
 * Text from outside (a daemon's log) printed between `::stop-commands::TOKEN` and `::TOKEN::`: the
 * runner ignores workflow commands in between, so a log line such as `::add-mask::` or
 * `::set-env` cannot act on the job. The token is random, so the text cannot end the block itself.
 */
export function inertLines(text: string, token = randomBytes(16).toString('hex')): string[] {
  return [`::stop-commands::${token}`, text, `::${token}::`];
}

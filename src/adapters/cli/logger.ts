import type { Logger } from '../../core/logger.js';

/**
 * The CLI keeps stdout for what a script reads (exports, JSON) and logs to stderr: progress only
 * when stderr is a terminal (or with --verbose), so that a CI log shows warnings and errors alone.
 */
export function stderrLogger(verbose: boolean, terminal = process.stderr.isTTY === true): Logger {
  return {
    info: (message) => {
      if (verbose || terminal) console.error(message);
    },
    debug: (message) => {
      if (verbose) console.error(message);
    },
    warning: (message) => console.error(`warning: ${message}`),
    group: async (title, body) => {
      console.error(`--- ${title}`);
      try {
        return await body();
      } finally {
        console.error(`--- end of ${title}`);
      }
    },
  };
}

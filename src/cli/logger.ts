import type { Logger } from '../logger.js';

/** The CLI keeps stdout for what a script reads (exports, JSON) and logs to stderr. */
export function stderrLogger(verbose: boolean): Logger {
  return {
    info: (message) => console.error(message),
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

import * as core from '@actions/core';
import type { Logger } from '../../core/logger.js';

/** The core's progress as the runner shows it: lines, debug lines (RUNNER_DEBUG), warnings, groups. */
export const actionLogger: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message),
  group: (title, body) => core.group(title, body),
};

/** The one key main and post share through saveState / getState. */
export const STATE_KEY = 'instance';

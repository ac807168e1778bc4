import * as workflow from './workflow-commands.js';
import type { Logger } from '../../core/logger.js';

export const actionLogger: Logger = {
  info: (message) => workflow.info(message),
  debug: (message) => workflow.debug(message),
  warning: (message) => workflow.warning(message),
  group: (title, body) => workflow.group(title, body),
};

/** The one key main and post share through saveState / getState. */
export const STATE_KEY = 'instance';

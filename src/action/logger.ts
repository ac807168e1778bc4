import * as core from '@actions/core';
import type { Logger } from '../logger.js';

export const actionLogger: Logger = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  warning: (message) => core.warning(message),
  group: (title, body) => core.group(title, body),
};

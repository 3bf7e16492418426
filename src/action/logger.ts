import * as core from '@actions/core';
import type { Logger } from '../logger.js';

/** The Logger that domain code receives when it runs inside the action. */
export const actionLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  mask: (secret) => {
    if (secret) core.setSecret(secret);
  },
  group: (title, fn) => core.group(title, fn),
};

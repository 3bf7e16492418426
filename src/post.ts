import * as core from '@actions/core';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { STATE } from './action/state.js';
import { SCRATCH_PREFIX, removeScratch } from './credentials/scratch.js';

/** The post step: removes what the main step left, even when it crashed or was killed. */
async function post(): Promise<void> {
  const scratch = core.getState(STATE.scratchDir);
  if (!scratch) return;
  if (!basename(scratch).startsWith(SCRATCH_PREFIX)) {
    core.warning(`not removing ${scratch}: it is not a directory otp-publish created`);
    return;
  }
  if (!existsSync(scratch)) {
    core.info('the main step already removed its temporary files');
    return;
  }
  await removeScratch(scratch);
  core.info(`removed temporary directory ${scratch} left by the main step`);
}

post().catch((error: unknown) => core.warning(`post step: ${error instanceof Error ? error.message : String(error)}`));

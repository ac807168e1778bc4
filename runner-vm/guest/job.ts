// What the host asked of this boot (/job/job.json, written by runner-vm/host/job-disk.ts), and
// where the job disk's parts are.
import { readFileSync } from 'node:fs';
import type { JobSpec } from '../host/job-disk.js';

export const JOB_DIR = '/job';
export const RESULTS_DIR = '/job/results';
/** The action as the job disk carries it: action.yml and dist/. */
export const ACTION_SOURCE = '/job/action';
/** scripts/build-dind-image.sh and scripts/dind-image/ of the repository. */
export const REPO_SCRIPTS = '/job/repo/scripts';
export const DIND_IMAGE = 'docker-tls-test/dind:28';

/**
 * The dind image, and a startup-timeout for a slow machine, as the action's own message advises:
 * under emulation the daemon inside the container takes a minute or two to answer (its containerd,
 * then its firewall, each command ~20× slower than on a runner), where the default allows 60 s.
 */
export const DIND_INPUTS = { mode: 'dind', 'dind-image': DIND_IMAGE, 'startup-timeout': '5m', port: '0' };

export function readJob(): JobSpec {
  return JSON.parse(readFileSync(`${JOB_DIR}/job.json`, 'utf8')) as JobSpec;
}

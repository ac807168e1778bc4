import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDaemonOptions } from '../config.js';
import { parseDindSettings } from '../dind/options.js';
import { caBundleWarnings } from '../environment.js';
import { writeFileAtomic } from '../files.js';
import { markerOf } from '../instance-name.js';
import { engineFor } from '../lifecycle/engines.js';
import { startOrRollBack } from '../lifecycle/roll-back.js';
import type { StartedInstance } from '../lifecycle/start.js';
import type { InstanceState } from '../lifecycle/state.js';
import { stderrLogger } from './logger.js';
import { UP_OPTION_NAMES } from './option-names.js';
import { UsageError, parseFlags } from './usage.js';

export const UP_USAGE = `docker-tls up [--host 127.0.0.1] [--port 2376] [--tls-san NAME]... [--cert-validity 6h]
              [--key-algorithm ecdsa-p256] [--cert-dir DIR] [--daemon-config JSON]
              [--startup-timeout 60s] [--outbound true] [--state-dir DIR] [--json] [--verbose]
              [--dind [--dind-engine unix:///var/run/docker.sock] [--dind-image docker:28-dind]
                      [--dind-privileged true|false] [--dind-network NET] [--dind-alias docker]
                      [--dind-volume VOLUME] [--dind-args 'ARGS']]

Starts a dockerd of its own behind mutual TLS, as the action does, and prints shell exports:
  eval "$(docker-tls up --port 0)"   # DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_TLS_STATE
  docker version
  docker-tls down                    # stops it and removes everything it made
The flags are the action's inputs. --state-dir holds the work directory (default: the OS temp dir).
--dind runs a container of the dind image on the outer engine instead (the action's mode: dind).`;

const FLAGS = {
  host: { type: 'string' },
  port: { type: 'string' },
  'tls-san': { type: 'string', multiple: true },
  'cert-validity': { type: 'string' },
  'key-algorithm': { type: 'string' },
  'cert-dir': { type: 'string' },
  'daemon-config': { type: 'string' },
  'startup-timeout': { type: 'string' },
  outbound: { type: 'string' },
  'state-dir': { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  dind: { type: 'boolean' },
  'dind-engine': { type: 'string' },
  'dind-image': { type: 'string' },
  'dind-privileged': { type: 'string' },
  'dind-network': { type: 'string' },
  'dind-alias': { type: 'string' },
  'dind-volume': { type: 'string' },
  'dind-args': { type: 'string' },
} as const;

/** Where `up` records what it made, outside the work directory that `down` removes. */
export function stateFileFor(stateDir: string, id: string): string {
  return join(stateDir, `${markerOf(id)}.state.json`);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Saves each state to the state file, in order; `written` waits for the last write. */
function stateFileWriter(stateDir: string) {
  let file: string | undefined;
  let pending = Promise.resolve();
  return {
    save: (state: InstanceState) => {
      const path = (file = stateFileFor(stateDir, state.id));
      pending = pending.then(() => writeFileAtomic(path, JSON.stringify(state, null, 2) + '\n', 0o600));
    },
    written: async () => {
      await pending;
      return file!;
    },
    remove: async () => {
      await pending.catch(() => undefined);
      if (file) await fs.rm(file, { force: true });
    },
  };
}

export async function upCommand(args: string[], out: (line: string) => void): Promise<number> {
  const values = parseFlags(args, FLAGS, UP_USAGE);
  const options = parseDaemonOptions(
    {
      host: values.host,
      port: values.port,
      sans: values['tls-san'],
      validity: values['cert-validity'],
      keyAlgorithm: values['key-algorithm'],
      certDir: values['cert-dir'],
      daemonConfig: values['daemon-config'],
      startupTimeout: values['startup-timeout'],
      outbound: values.outbound,
    },
    UP_OPTION_NAMES,
  );
  const dindFlags = Object.keys(values).filter((flag) => flag.startsWith('dind-'));
  if (!values.dind && dindFlags.length > 0) {
    throw new UsageError(`--${dindFlags[0]} needs --dind.`, UP_USAGE);
  }
  if (values.dind) {
    options.dind = parseDindSettings({
      engine: values['dind-engine'],
      image: values['dind-image'],
      privileged: values['dind-privileged'],
      network: values['dind-network'],
      alias: values['dind-alias'],
      volume: values['dind-volume'],
      args: values['dind-args'],
    });
  }
  const logger = stderrLogger(values.verbose ?? false);
  for (const warning of caBundleWarnings(process.env)) logger.warning(warning);
  const stateDir = values['state-dir'] ?? tmpdir();
  const stateFile = stateFileWriter(stateDir);
  const outcome = await startOrRollBack(options, engineFor(values.dind ? 'dind' : 'dockerd'), {
    tempDir: stateDir,
    logger,
    saveState: stateFile.save,
  });
  if (!outcome.started) {
    await stateFile.remove();
    if (!outcome.signal) throw outcome.error;
    console.error(`docker-tls up: ${(outcome.error as Error).message} Nothing of it is left.`);
    return outcome.exitCode;
  }
  printExports(outcome.started, await stateFile.written(), values.json ?? false, out);
  return 0;
}

function printExports(started: StartedInstance, stateFile: string, json: boolean, out: (line: string) => void): void {
  const exports = {
    DOCKER_HOST: started.dockerHost,
    DOCKER_TLS_VERIFY: '1',
    DOCKER_CERT_PATH: started.certs.clientDir,
    DOCKER_TLS_STATE: stateFile,
  };
  if (!json) {
    for (const [name, value] of Object.entries(exports)) out(`export ${name}=${shellQuote(value)}`);
    return;
  }
  const details = {
    expiresAt: started.certificateSet.notAfter.toISOString(),
    pid: started.pid,
    logFile: started.logFile,
    containerId: started.containerId,
    serverFingerprint: started.certificateSet.server.fingerprint,
  };
  out(JSON.stringify({ ...exports, ...details }, null, 2));
}

import { promises as fs } from 'node:fs';
import { UP_USAGE } from './help.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDaemonOptions, parsePath } from '../config.js';
import { parseContextName } from '../context.js';
import { parseDindSettings } from '../dind/options.js';
import { caBundleWarnings } from '../environment.js';
import { writeFileAtomic } from '../files.js';
import { markerOf } from '../instance-name.js';
import { engineFor } from '../lifecycle/engines.js';
import { startOrRollBack } from '../lifecycle/roll-back.js';
import type { StartedInstance } from '../lifecycle/start.js';
import type { InstanceState } from '../lifecycle/state.js';
import { type EnvFormat, formatEnvironment, parseEnvFormat } from './env-format.js';
import { stderrLogger } from './logger.js';
import { UP_OPTION_NAMES } from './option-names.js';
import { UsageError, parseFlags } from './usage.js';

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
  context: { type: 'string' },
  format: { type: 'string' },
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
  const format = values.json ? 'json' : parseEnvFormat(values.format, UP_USAGE);
  // Checked before anything is made; the CLI makes a context only when asked (laptops keep theirs).
  const contextName = values.context === undefined ? undefined : parseContextName(values.context, '--context');
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
  const stateDir = values['state-dir'] === undefined ? tmpdir() : parsePath(values['state-dir'], '--state-dir');
  const stateFile = stateFileWriter(stateDir);
  const outcome = await startOrRollBack(options, engineFor(values.dind ? 'dind' : 'dockerd'), {
    tempDir: stateDir,
    logger,
    saveState: stateFile.save,
    dockerContext: contextName ? { name: contextName, required: true } : undefined,
  });
  if (!outcome.started) {
    await stateFile.remove();
    if (!outcome.signal) throw outcome.error;
    console.error(`docker-tls up: ${(outcome.error as Error).message} Nothing of it is left.`);
    return outcome.exitCode;
  }
  printExports(outcome.started, await stateFile.written(), format, out);
  return 0;
}

function printExports(
  started: StartedInstance,
  stateFile: string,
  format: EnvFormat,
  out: (line: string) => void,
): void {
  const env = { ...(started.state.environment ?? {}), DOCKER_TLS_STATE: stateFile };
  const details = {
    context: started.dockerContext,
    expiresAt: started.certificateSet.notAfter.toISOString(),
    pid: started.pid,
    logFile: started.logFile,
    containerId: started.containerId,
    serverFingerprint: started.certificateSet.server.fingerprint,
  };
  for (const line of formatEnvironment(env, format, details)) out(line);
}

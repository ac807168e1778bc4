import { tmpdir } from 'node:os';
import { caBundleWarnings } from '../../core/client-environment.js';
import { FLAG_NAMES, type OptionKey } from '../../core/options/names.js';
import { type Options, type RawOptions, parseOptions } from '../../core/options/options.js';
import { NO_CONTEXT, parsePath } from '../../core/options/values.js';
import { startOrRollBack } from '../../lifecycle/roll-back.js';
import type { StartedInstance } from '../../lifecycle/start.js';
import { fileStore } from '../../lifecycle/state-store.js';
import { type EnvFormat, formatEnvironment, parseEnvFormat } from './env.js';
import { stderrLogger } from './logger.js';
import { UP_USAGE, UsageError, parseFlags } from './usage.js';

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
  rootless: { type: 'boolean' },
  dind: { type: 'boolean' },
  'dind-engine': { type: 'string' },
  'dind-engine-cert-path': { type: 'string' },
  'dind-image': { type: 'string' },
  'dind-privileged': { type: 'string' },
  'dind-network': { type: 'string' },
  'dind-alias': { type: 'string' },
  'dind-volume': { type: 'string' },
  'dind-args': { type: 'string' },
} as const;

type Values = ReturnType<typeof parseFlags<typeof FLAGS>>;

/** The flags as options: each option's flag is its action input with two dashes (FLAG_NAMES). */
function optionsOf(values: Values): Options {
  const dindFlags = Object.keys(values).filter((flag) => flag.startsWith('dind-'));
  if (!values.dind && dindFlags.length > 0) throw new UsageError(`--${dindFlags[0]} needs --dind.`, UP_USAGE);
  const flagged = (Object.keys(FLAG_NAMES) as Array<OptionKey | 'style'>).filter(
    (key): key is Exclude<OptionKey, 'mode' | 'sans' | 'rootless'> =>
      key !== 'style' && key !== 'mode' && key !== 'sans' && key !== 'rootless',
  );
  const raw: RawOptions = Object.fromEntries(
    flagged.map((key) => [key, values[FLAG_NAMES[key] as keyof Values] as string | undefined]),
  );
  // The CLI makes a context only when asked (laptops keep theirs).
  return parseOptions(
    {
      ...raw,
      mode: values.dind ? 'dind' : 'dockerd',
      rootless: values.rootless ? 'true' : undefined,
      sans: values['tls-san'],
      context: raw.context ?? NO_CONTEXT,
    },
    FLAG_NAMES,
  );
}

export async function upCommand(args: string[], out: (line: string) => void): Promise<number> {
  const values = parseFlags(args, FLAGS, UP_USAGE);
  const format = values.json ? 'json' : parseEnvFormat(values.format, UP_USAGE);
  const options = optionsOf(values);
  const logger = stderrLogger(values.verbose ?? false);
  for (const warning of caBundleWarnings(process.env)) logger.warning(warning);
  const stateDir = values['state-dir'] === undefined ? tmpdir() : parsePath(values['state-dir'], '--state-dir');
  const store = fileStore(stateDir);
  const tempDirInput = values['state-dir'] === undefined ? 'temp directory' : '--state-dir';
  const outcome = await startOrRollBack(options, {
    tempDir: stateDir,
    tempDirInput,
    logger,
    store,
    contextRequired: true,
  });
  if (!outcome.started) {
    if (!outcome.signal) throw outcome.error;
    console.error(`docker-tls up: ${(outcome.error as Error).message} Nothing of it is left.`);
    return outcome.exitCode;
  }
  printExports(outcome.started, await store.written(), format, out);
  return 0;
}

function printExports(
  started: StartedInstance,
  stateFile: string,
  format: EnvFormat,
  out: (line: string) => void,
): void {
  const { daemon, certificateSet } = started;
  const env = { ...daemon?.environment, DOCKER_TLS_STATE: stateFile };
  const details = {
    context: daemon?.dockerContext,
    expiresAt: certificateSet.notAfter.toISOString(),
    pid: daemon?.pid,
    logFile: daemon?.logFile,
    containerId: daemon?.containerId,
    serverFingerprint: certificateSet.server.fingerprint,
  };
  for (const line of formatEnvironment(env, format, details)) out(line);
}

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DockerTlsError } from '../core/errors.js';
import { contextMarker, isInstanceId } from '../core/naming.js';
import { STARTUP_TIMEOUT_BOUNDS } from '../core/options/options.js';
import { instanceIsGone } from './instance-presence.js';
import { CommandError, runProgram } from './run.js';

/**
 * A docker context for clients that do not read DOCKER_HOST/DOCKER_CERT_PATH (buildx refuses TLS
 * from the environment). Created with the docker CLI as the invoking user, never through sudo:
 * contexts live in that user's $DOCKER_CONFIG (~/.docker). The current context is never switched.
 */
const MAX_SUFFIX = 100;

export interface ContextEndpoint {
  /** tcp://host:port, as exported in DOCKER_HOST. */
  dockerHost: string;
  caPath: string;
  certPath: string;
  keyPath: string;
}

export interface DockerContextOptions {
  /** Environment of the docker CLI: DOCKER_CONFIG chooses the context store. */
  env?: NodeJS.ProcessEnv;
  /** The docker CLI; default `docker` on PATH. */
  docker?: string;
  /** Whether the instance that made a context is gone (instance-presence.ts); a test's stand-in. */
  instanceIsGone?: (id: string, dockerHost: string) => Promise<boolean>;
}

/** What was made, as recorded in the state: post removes it only while it still carries `marker`. */
export interface CreatedContext {
  name: string;
  marker: string;
  /** The instance whose leftover context of that name was replaced (it had ended without its post). */
  replacedLeftoverOf?: string;
}

/** The marker ends at the colon: instance "ab" must not claim instance "abc"'s context. */
const isOurs = (description: string, marker: string) => description.startsWith(`${marker}:`);

const descriptionFor = (marker: string, dockerHost: string) =>
  `${marker}: mutual TLS to ${dockerHost}, removed when the job ends`;

/** The instance and endpoint a description made by `descriptionFor` names; undefined for any other. */
export function instanceOfDescription(description: string): { id: string; dockerHost: string } | undefined {
  const match = /^(.*): mutual TLS to (\S+), removed when the job ends$/.exec(description);
  const id = match?.[1].slice(contextMarker('').length);
  return match && id && contextMarker(id) === match[1] && isInstanceId(id) ? { id, dockerHost: match[2] } : undefined;
}

/**
 * The instance whose leftover the context `name` is: one of ours that ended without its post step
 * (a self-hosted runner killed mid-job): the crash sweep finds instances by their bridge, and one
 * that left only its context (a rootless or dind instance, or a bridge already swept) would keep
 * its name taken for ever. Asked only when the name is wanted, so a start pays nothing for it.
 * A context younger than the longest start may belong to an instance still starting, whose daemon
 * does not listen yet (a dind container's has no process that names it): it is kept.
 */
async function leftoverOf(
  name: string,
  description: string,
  options: DockerContextOptions,
): Promise<string | undefined> {
  const owner = instanceOfDescription(description);
  if (!owner) return undefined;
  const age = await contextAgeMs(name, options.env ?? process.env);
  if (age === undefined || age < STARTUP_TIMEOUT_BOUNDS.maxMs) return undefined;
  return (await (options.instanceIsGone ?? instanceIsGone)(owner.id, owner.dockerHost)) ? owner.id : undefined;
}

/** Where the docker CLI keeps the context `name`'s metadata: $DOCKER_CONFIG/contexts/meta/<SHA-256 of the name>/. */
export function contextMetaFile(name: string, env: NodeJS.ProcessEnv): string {
  const config = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  return join(config, 'contexts', 'meta', createHash('sha256').update(name).digest('hex'), 'meta.json');
}

/**
 * How long ago the context `name` was made: the age of its metadata file. Undefined when it is not
 * there (another store layout): the context is then never taken for a leftover.
 */
async function contextAgeMs(name: string, env: NodeJS.ProcessEnv): Promise<number | undefined> {
  const stat = await fs.stat(contextMetaFile(name, env)).catch(() => undefined);
  return stat && Date.now() - stat.mtimeMs;
}

async function docker(args: string[], options: DockerContextOptions): Promise<string> {
  try {
    const env = (options.env ?? process.env) as Record<string, string>;
    const { stdout } = await runProgram(options.docker ?? 'docker', args, { env, timeoutMs: 30_000 });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new DockerTlsError(
        'The docker CLI is not installed, so no docker context can be made.',
        'Install the docker CLI, or set the context input to "none".',
        { cause: error },
      );
    }
    throw new DockerTlsError(
      `docker ${args.slice(0, 2).join(' ')} failed: ${(error instanceof CommandError ? error.stderr : (error as Error).message).trim()}`,
      undefined,
      {
        cause: error,
      },
    );
  }
}

/** The contexts in the store, by name, with their descriptions. */
export async function listContexts(options: DockerContextOptions = {}): Promise<Map<string, string>> {
  const stdout = await docker(['context', 'ls', '--format', '{{json .}}'], options);
  const contexts = new Map<string, string>();
  for (const line of stdout.split('\n').filter((text) => text.trim() !== '')) {
    const entry = JSON.parse(line) as { Name: string; Description?: string };
    contexts.set(entry.Name, entry.Description ?? '');
  }
  return contexts;
}

/** docker reads --docker as one CSV record: quote a field that holds a comma or a quote. */
function csvField(field: string): string {
  return /[",\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function candidates(base: string): string[] {
  return [base, ...Array.from({ length: MAX_SUFFIX - 1 }, (_, index) => `${base}-${index + 2}`)];
}

/**
 * Creates the context under `base`, or `base-2`, `-3`, … when that name is taken by a context that
 * is not this instance's. One of this instance's own (a re-run), or a leftover of an instance that
 * is gone, is replaced.
 */
export async function createDockerContext(
  base: string,
  instanceId: string,
  endpoint: ContextEndpoint,
  options: DockerContextOptions = {},
): Promise<CreatedContext> {
  const marker = contextMarker(instanceId);
  const description = descriptionFor(marker, endpoint.dockerHost);
  const dockerEndpoint = [
    `host=${endpoint.dockerHost}`,
    `ca=${endpoint.caPath}`,
    `cert=${endpoint.certPath}`,
    `key=${endpoint.keyPath}`,
  ]
    .map(csvField)
    .join(',');
  const create = async (name: string): Promise<boolean> => {
    try {
      await docker(['context', 'create', name, '--description', description, '--docker', dockerEndpoint], options);
      return true;
    } catch (error) {
      if (/already exists/i.test((error as Error).message)) return false;
      throw error;
    }
  };
  // The usual case, a free name, in one docker process: the listing (another, tens of milliseconds
  // of CPU while the daemon boots) only once the name turns out to be taken.
  if (await create(base)) return { name: base, marker };
  const existing = await listContexts(options);
  for (const name of candidates(base)) {
    const taken = existing.get(name);
    const someoneElses = taken !== undefined && !isOurs(taken, marker);
    const leftover = someoneElses ? await leftoverOf(name, taken, options) : undefined;
    if (someoneElses && !leftover) continue;
    // A removal that fails (another start removed that leftover first) leaves the name to `create`.
    if (taken !== undefined) await docker(['context', 'rm', '--force', name], options).catch(() => undefined);
    // False: another instance took the name between the listing and now; try the next one.
    if (!(await create(name))) continue;
    return leftover ? { name, marker, replacedLeftoverOf: leftover } : { name, marker };
  }
  throw new DockerTlsError(
    `Every context name from ${base} to ${base}-${MAX_SUFFIX} is taken.`,
    'Remove unused contexts (docker context ls, docker context rm NAME) or choose another name with the context input.',
  );
}

/**
 * Removes a context this instance made. A context of that name that no longer carries our marker
 * (removed and made again by someone else) is left alone. Never throws: returns what happened.
 */
export async function removeDockerContext(
  context: CreatedContext,
  options: DockerContextOptions = {},
): Promise<{ removed: boolean; detail: string }> {
  try {
    const description = (await listContexts(options)).get(context.name);
    if (description === undefined) return { removed: false, detail: `context ${context.name} is already gone` };
    if (!isOurs(description, context.marker)) {
      return { removed: false, detail: `context ${context.name} is not ours any more; left in place` };
    }
    await docker(['context', 'rm', '--force', context.name], options);
    return { removed: true, detail: `removed docker context ${context.name}` };
  } catch (error) {
    return { removed: false, detail: `could not remove docker context ${context.name}: ${(error as Error).message}` };
  }
}

/** The docker CLI is not installed: there are no contexts to make or remove. */
export const cliMissing = (error: unknown) =>
  error instanceof DockerTlsError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/** Removes every context whose description carries `marker`. Never throws: says what it did. */
export async function removeContextsMarked(marker: string, options: DockerContextOptions = {}): Promise<string[]> {
  let names: string[];
  try {
    const contexts = await listContexts(options);
    names = [...contexts].filter(([, description]) => isOurs(description, marker)).map(([name]) => name);
  } catch (error) {
    return cliMissing(error) ? [] : [`could not list docker contexts: ${(error as Error).message}`];
  }
  const details: string[] = [];
  for (const name of names) details.push((await removeDockerContext({ name, marker }, options)).detail);
  return details;
}

import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDaemonOptions } from '../config.js';
import { startDaemon } from '../daemon/start.js';
import type { InstanceState } from '../daemon/state.js';
import { teardown } from '../daemon/stop.js';
import { caBundleWarnings } from '../environment.js';
import { writeFileAtomic } from '../files.js';
import { abortOnSignal } from '../signals.js';
import { stderrLogger } from './logger.js';
import { parseFlags } from './usage.js';

export const UP_USAGE = `docker-tls up [--host 127.0.0.1] [--port 2376] [--tls-san NAME]... [--cert-validity 6h]
              [--key-algorithm ecdsa-p256] [--cert-dir DIR] [--daemon-config JSON]
              [--startup-timeout 60s] [--state-dir DIR] [--json] [--verbose]

Starts a dockerd of its own behind mutual TLS, as the action does, and prints shell exports:
  eval "$(docker-tls up --port 0)"   # DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, DOCKER_TLS_STATE
  docker version
  docker-tls down                    # stops it and removes everything it made
The flags are the action's inputs. --state-dir holds the work directory (default: the OS temp dir).`;

/** Where `up` records what it made, outside the work directory that `down` removes. */
export function stateFileFor(stateDir: string, id: string): string {
  return join(stateDir, `dtls-${id}.state.json`);
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

export async function upCommand(args: string[], out: (line: string) => void): Promise<void> {
  const values = parseFlags(
    args,
    {
      host: { type: 'string' },
      port: { type: 'string' },
      'tls-san': { type: 'string', multiple: true },
      'cert-validity': { type: 'string' },
      'key-algorithm': { type: 'string' },
      'cert-dir': { type: 'string' },
      'daemon-config': { type: 'string' },
      'startup-timeout': { type: 'string' },
      'state-dir': { type: 'string' },
      json: { type: 'boolean' },
      verbose: { type: 'boolean' },
    },
    UP_USAGE,
  );
  const options = parseDaemonOptions({
    host: values.host,
    port: values.port,
    sans: values['tls-san'],
    validity: values['cert-validity'],
    keyAlgorithm: values['key-algorithm'],
    certDir: values['cert-dir'],
    daemonConfig: values['daemon-config'],
    startupTimeout: values['startup-timeout'],
  });
  const logger = stderrLogger(values.verbose ?? false);
  for (const warning of caBundleWarnings(process.env)) logger.warning(warning);
  const stateDir = values['state-dir'] ?? tmpdir();
  let state: InstanceState | undefined;
  let stateFile: string | undefined;
  let pending = Promise.resolve();
  const abort = abortOnSignal(logger);
  try {
    const started = await startDaemon(options, {
      tempDir: stateDir,
      logger,
      record: (next) => {
        state = next;
        stateFile = stateFileFor(stateDir, next.id);
        const file = stateFile;
        pending = pending.then(() => writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n', 0o600));
      },
      signal: abort.signal,
    });
    abort.signal.throwIfAborted();
    await pending;
    const exports = {
      DOCKER_HOST: started.dockerHost,
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: started.certs.clientDir,
      DOCKER_TLS_STATE: stateFile!,
    };
    if (values.json) {
      out(
        JSON.stringify(
          {
            ...exports,
            expiresAt: started.set.notAfter.toISOString(),
            pid: started.state.pid,
            logFile: started.state.logFile,
            serverFingerprint: started.set.server.fingerprint,
          },
          null,
          2,
        ),
      );
    } else {
      for (const [name, value] of Object.entries(exports)) out(`export ${name}=${shellQuote(value)}`);
    }
  } catch (error) {
    await pending.catch(() => undefined);
    if (state) {
      const report = await teardown(state, logger, { stopTimeoutMs: 3000 });
      for (const warning of report.warnings) logger.warning(`cleanup after the failure: ${warning}`);
      if (stateFile) await fs.rm(stateFile, { force: true });
    }
    const exitCode = abort.exitCode();
    if (exitCode !== undefined) {
      console.error(`docker-tls up: ${(error as Error).message} Nothing of it is left.`);
      process.exit(exitCode);
    }
    throw error;
  } finally {
    abort.stop();
  }
}

import { homedir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../core/errors.js';

/** What a client would use to reach the daemon: the endpoint, the client files, the variables. */
export interface DoctorTarget {
  /** Host name or address as written in DOCKER_HOST (IPv6 without brackets). */
  host: string;
  port: number;
  /** Directory with ca.pem, cert.pem and key.pem (DOCKER_CERT_PATH). */
  certPath: string;
  /** DOCKER_TLS_VERIFY as set; undefined when unset. */
  tlsVerify: string | undefined;
  /** The rest of the environment the clients would see (CA-bundle variables). */
  env: NodeJS.ProcessEnv;
}

const EXAMPLE = 'tcp://127.0.0.1:2376, tcp://[::1]:2376, tcp://docker.example.com:2376';

/** Parses a tcp:// DOCKER_HOST; the port defaults to 2376, Docker's TLS port. */
export function parseDockerHost(value: string, input = 'DOCKER_HOST'): { host: string; port: number } {
  const match = /^tcp:\/\/(.+)$/i.exec(value.trim());
  if (!match) throw new InputError(input, value, 'only tcp:// endpoints are diagnosed', EXAMPLE);
  let url: URL;
  try {
    url = new URL(`http://${match[1]}`);
  } catch {
    throw new InputError(input, value, 'not a host and port', EXAMPLE);
  }
  if (url.pathname !== '/' || url.search || url.username) {
    throw new InputError(input, value, 'a host and port only, without a path or user', EXAMPLE);
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // URL drops a port that is the scheme's default (80 for http://): read it from the text.
  const written = /:(\d+)$/.exec(match[1])?.[1];
  return { host, port: written ? Number(written) : 2376 };
}

/** True when DOCKER_HOST asks for a TCP daemon, the only kind the connection doctor examines. */
export function isTcpDockerHost(value: string | undefined): boolean {
  return /^tcp:\/\//i.test(value?.trim() ?? '');
}

/**
 * The target from flags, falling back to the environment. Given --cert-path without any
 * DOCKER_TLS_VERIFY, the user means TLS: verification on, as the environment contract sets it.
 */
export function resolveTarget(
  flags: { host?: string; certPath?: string; tlsVerify?: string },
  env: NodeJS.ProcessEnv,
): DoctorTarget {
  const hostValue = flags.host ?? env.DOCKER_HOST;
  if (!hostValue) {
    throw new InputError('--host', '', 'no endpoint: pass --host or set DOCKER_HOST', EXAMPLE);
  }
  const { host, port } = parseDockerHost(hostValue, flags.host ? '--host' : 'DOCKER_HOST');
  // Without DOCKER_CERT_PATH the docker CLI and docker-py read ~/.docker: so does the doctor.
  const certPath = flags.certPath ?? (env.DOCKER_CERT_PATH || join(homedir(), '.docker'));
  const tlsVerify = flags.tlsVerify ?? env.DOCKER_TLS_VERIFY ?? (flags.certPath ? '1' : undefined);
  return { host, port, certPath, tlsVerify, env };
}

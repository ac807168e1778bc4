import { InputError } from '../errors.js';
import type { TlsMaterial } from '../probes.js';

/** Where the outer engine listens: its unix socket, or a TCP address (with TLS material for mTLS). */
export type EngineEndpoint =
  | { kind: 'unix'; url: string; socketPath: string }
  | { kind: 'tcp'; url: string; host: string; port: number; tls?: TlsMaterial };

export const DEFAULT_ENGINE = 'unix:///var/run/docker.sock';

const EXAMPLE = 'unix:///var/run/docker.sock';

/** Parses `unix:///path` or `tcp://host:port` (IPv6 in brackets); `input` names it in errors. */
export function parseEngineEndpoint(raw: string, tls?: TlsMaterial, input = 'dind-engine'): EngineEndpoint {
  const url = raw.trim();
  if (url.startsWith('unix://')) {
    const socketPath = url.slice('unix://'.length);
    if (!socketPath.startsWith('/')) {
      throw new InputError(input, raw, 'a unix endpoint needs an absolute socket path', EXAMPLE);
    }
    return { kind: 'unix', url, socketPath };
  }
  if (url.startsWith('tcp://')) {
    let parsed: URL;
    try {
      parsed = new URL(`http://${url.slice('tcp://'.length)}`);
    } catch {
      throw new InputError(input, raw, 'not a valid tcp://host:port address', 'tcp://127.0.0.1:2376');
    }
    if (!parsed.port || (parsed.pathname !== '/' && parsed.pathname !== '')) {
      throw new InputError(input, raw, 'a tcp endpoint needs a port and no path', 'tcp://127.0.0.1:2376');
    }
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    return { kind: 'tcp', url, host, port: Number(parsed.port), tls };
  }
  throw new InputError(input, raw, 'must start with unix:// or tcp://', EXAMPLE);
}

import type { TlsMaterial } from '../probes.js';
/** Where the outer engine listens: its unix socket, or a TCP address (with TLS material for mTLS). */
export type EngineEndpoint = {
    kind: 'unix';
    url: string;
    socketPath: string;
} | {
    kind: 'tcp';
    url: string;
    host: string;
    port: number;
    tls?: TlsMaterial;
};
export declare const DEFAULT_ENGINE = "unix:///var/run/docker.sock";
/** Parses `unix:///path` or `tcp://host:port` (IPv6 in brackets); `input` names it in errors. */
export declare function parseEngineEndpoint(raw: string, tls?: TlsMaterial, input?: string): EngineEndpoint;

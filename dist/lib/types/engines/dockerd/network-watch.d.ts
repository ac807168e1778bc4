import type { EngineEvent, NetworkInfo } from '../../host/engine-api/types.js';
import { type FirewallSpec, type IptablesCommand } from '../../host/network/firewall-rules.js';
import { type HostNetwork } from '../../host/network/ipv4.js';
import { type DaemonNetwork } from './network-bridges.js';
/** What the watch works with: the daemon's API, the firewall, the machine, and its log. */
export interface NetworkWatchPorts {
    /** The daemon's network events until it stops; `onOpen` once it listens. */
    events(onEvent: (event: EngineEvent) => void, onOpen: () => void): Promise<void>;
    networks(): Promise<NetworkInfo[]>;
    inspect(id: string): Promise<NetworkInfo | undefined>;
    /** Runs the commands at once (one restore); throws when they are refused. */
    apply(commands: IptablesCommand[]): Promise<void>;
    /** The machine's IPv4 networks (addresses and routes), each with its device. */
    hostNetworks(): Promise<HostNetwork[]>;
    /** Whether `bridge` is a bridge made after our own (so our dockerd made it). */
    madeAfterOurs(bridge: string): Promise<boolean>;
    log(line: string): void;
}
export interface NetworkWatchSpec {
    firewall: FirewallSpec;
    /** Our raw chain is in: each subnet gets its anti-spoofing rule there too. */
    antiSpoof: boolean;
}
/**
 * Why `network` is not opened, or undefined when it may be: a bridge our dockerd did not make (an
 * existing device given as its bridge name: the runner's docker0, say) or a subnet that overlaps a
 * network of the machine would open traffic that is not ours.
 */
export declare function reasonNotToOpen(network: DaemonNetwork, hostNetworks: HostNetwork[], madeAfterOurs: boolean): string | undefined;
/**
 * Opens each network outside our rules that exists or is created, closes it when it is destroyed,
 * and resolves when the daemon's event stream ends. One network at a time, in the order of events.
 */
export declare function watchNetworks(spec: NetworkWatchSpec, ports: NetworkWatchPorts): Promise<void>;
/** The bridges a watch's log says are open: opened, and not closed since. */
export declare function networksOpened(log: string): string[];

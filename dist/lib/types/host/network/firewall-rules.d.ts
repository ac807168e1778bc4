import { type IptablesTable } from './iptables.js';
/**
 * Forwarding and outbound NAT for our networks, in chains of our own named after the instance:
 * hooked in filter FORWARD right after the runner's DOCKER-USER (so a user's policy there applies to
 * our traffic too), first in nat POSTROUTING, and first in raw PREROUTING, where a packet that
 * claims an address of our block but did not come from where that address lives is dropped. Our
 * dockerd runs with `iptables: false`: a second dockerd managing iptables rewrites the DOCKER chains
 * the runner's daemon relies on. So we add only what our networks need, ahead of the runner's DROP
 * policy, and never touch a chain that is not ours. IPv4 only: our daemon runs with ip6tables off
 * and creates no IPv6 networks, so its containers have link-local IPv6 addresses only and there is
 * nothing to forward or masquerade.
 */
export interface FirewallSpec {
    /** The instance id; names the chains (DTLS-<id>-FWD, DTLS-<id>-NAT, DTLS-<id>-RAW). */
    id: string;
    /** The instance's address block (AddressPlan.block): its bridge and every network of its dockerd. */
    block: string;
    /** The instance's own bridge (its dockerd's default network). */
    bridge: string;
    /** true: containers reach the host's other networks and beyond, masqueraded. false: only each
     * other and the host (host traffic passes INPUT/OUTPUT, not FORWARD). */
    outbound: boolean;
}
/** Networks that dockerd creates get bridges named br-<network id>. */
export declare const USER_NETWORK_BRIDGES = "br-+";
export declare const OUR_CHAIN: RegExp;
export declare function chainNames(id: string): {
    forward: string;
    nat: string;
    raw: string;
};
/**
 * The rules of our FORWARD chain. Accepted traffic comes from one of our bridges AND from our block:
 * our own bridge by its exact name, the networks our dockerd creates by dockerd's `br-` names (made
 * at run time, by compose and tests, so not known when the rules go in). A source address of our
 * block on a bridge of someone else's (the runner's Docker) never gets here: antiSpoofRules drops
 * it on entry. The source alone could be spoofed by a neighbour on the host's network, the interface
 * alone would take in the br-* bridges of the runner's daemon. With br_netfilter on, frames between two
 * containers on one bridge pass FORWARD too (in and out on the same bridge), hence the rules for
 * traffic that stays inside the block even when nothing leaves it.
 */
export declare function forwardRules(spec: FirewallSpec): string[][];
/**
 * In raw PREROUTING: a packet whose source is in our block must arrive on the interface the route
 * back to that source leaves by (one of our bridges); any other is forged (a container on the
 * runner's Docker, a neighbour on the host's network) and dropped before it is routed.
 */
export declare function antiSpoofRules(spec: FirewallSpec): string[][];
/** Masquerades what leaves the block; traffic between our own networks keeps its addresses. */
export declare function natRules(spec: FirewallSpec): string[][];
export interface IptablesCommand {
    table: IptablesTable;
    args: string[];
}
/**
 * A network of our dockerd that the block's rules do not let through: a subnet of the user's
 * choosing (`--subnet`, compose's `ipam`) or a bridge name of its own. The network watch
 * (engines/dockerd/network-watch.ts) opens it by its exact bridge and IPv4 subnets while it exists.
 */
export interface OpenedNetwork {
    bridge: string;
    subnets: string[];
}
/**
 * The rules that give such a network what the block's rules give ours, in the same chains and by
 * its exact bridge. Accepts go first in the chain (a DROP of the block's must not come before them);
 * DROPs go last. A subnet outside the block: forwarding out and back when `outbound` (else only inside
 * the subnet, anything else into or out of it dropped), NAT of what leaves it, and the anti-spoofing
 * check where our raw chain is in (`antiSpoof`). A subnet inside the block (a bridge name of its own
 * on a subnet of our pools): only the forwarding, which the block's rules give `br-*` bridges alone.
 */
export declare function networkRules(spec: FirewallSpec, network: OpenedNetwork, antiSpoof: boolean): IptablesCommand[];
/** What takes `commands` (rules appended, or inserted with a position) out again: the same rules, deleted. */
export declare function deletionOf(commands: IptablesCommand[]): IptablesCommand[];
/**
 * Where our FORWARD hook goes, given filter's `iptables -S` listing: right after the jump to the
 * runner daemon's DOCKER-USER, the chain Docker keeps for its users' own policy, so that a rule
 * there applies to our containers as to the runner's; first when there is none.
 */
export declare function forwardHookPosition(filterListing: string): number;
/**
 * Everything to run, in order: chains first, then their rules, and the hooks last, so that no packet
 * meets a chain that is only half filled. The FORWARD hook goes at `forwardPosition`
 * (forwardHookPosition); the others first.
 */
export declare function installCommands(spec: FirewallSpec, forwardPosition?: number): IptablesCommand[];
/** The anti-spoofing chain and its hook, installed on their own: an old kernel may lack rpfilter. */
export declare function antiSpoofCommands(spec: FirewallSpec): IptablesCommand[];
/**
 * What removes `chains` from one table, given its `iptables -S` listing: every rule that jumps to
 * one of them (our hooks, however many), then the chains themselves. Chains already gone produce no
 * command, so removal is idempotent; nothing else in the table is named.
 */
export declare function removalCommands(table: IptablesTable, listing: string, chains: string[]): IptablesCommand[];
/**
 * The commands as one `iptables-restore --noflush` input: a table at a time, each committed whole.
 * `-N chain` becomes the chain's declaration. Our arguments hold no spaces or quotes (names, CIDRs,
 * flags); anything else is refused rather than quoted.
 */
export declare function restoreInput(commands: IptablesCommand[]): string;

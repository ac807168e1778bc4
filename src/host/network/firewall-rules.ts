import { CHAIN_PREFIX } from '../../core/naming.js';
import { type IptablesTable, OUR_TABLES, chainsOf, rulesOf } from './iptables.js';
import { contains, formatCidr, parseCidr } from './ipv4.js';

// The rules of our firewall, as data: what firewall.ts installs and removes, kept pure so that
// every rule is unit-tested without a kernel.

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
export const USER_NETWORK_BRIDGES = 'br-+';

const ID = /^[0-9A-Za-z]{1,16}$/;
export const OUR_CHAIN = new RegExp(`^${CHAIN_PREFIX}([0-9A-Za-z]{1,16})-(FWD|NAT|RAW)$`);

export function chainNames(id: string): { forward: string; nat: string; raw: string } {
  // iptables chain names hold at most 28 characters: "DTLS-" + 16 + "-FWD" is 25.
  if (!ID.test(id)) throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
  return { forward: `${CHAIN_PREFIX}${id}-FWD`, nat: `${CHAIN_PREFIX}${id}-NAT`, raw: `${CHAIN_PREFIX}${id}-RAW` };
}

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
export function forwardRules(spec: FirewallSpec): string[][] {
  const { forward } = chainNames(spec.id);
  const fromOurBridges = [spec.bridge, USER_NETWORK_BRIDGES].map((bridge) => ['-i', bridge, '-s', spec.block]);
  if (spec.outbound) {
    return [
      ['-A', forward, '-d', spec.block, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT'],
      ...fromOurBridges.map((match) => ['-A', forward, ...match, '-j', 'ACCEPT']),
    ];
  }
  // Without outbound access: only traffic inside the block, and an explicit DROP of anything else
  // into or out of it, so the promise holds on a host whose FORWARD policy is ACCEPT as well.
  return [
    ...fromOurBridges.map((match) => ['-A', forward, ...match, '-d', spec.block, '-j', 'ACCEPT']),
    ['-A', forward, '-s', spec.block, '-j', 'DROP'],
    ['-A', forward, '-d', spec.block, '-j', 'DROP'],
  ];
}

/**
 * In raw PREROUTING: a packet whose source is in our block must arrive on the interface the route
 * back to that source leaves by (one of our bridges); any other is forged (a container on the
 * runner's Docker, a neighbour on the host's network) and dropped before it is routed.
 */
export function antiSpoofRules(spec: FirewallSpec): string[][] {
  const { raw } = chainNames(spec.id);
  return [['-A', raw, '-s', spec.block, '-m', 'rpfilter', '--invert', '-j', 'DROP']];
}

/** Masquerades what leaves the block; traffic between our own networks keeps its addresses. */
export function natRules(spec: FirewallSpec): string[][] {
  if (!spec.outbound) return [];
  const { nat } = chainNames(spec.id);
  return [['-A', nat, '-s', spec.block, '!', '-d', spec.block, '-j', 'MASQUERADE']];
}

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

/** A device name as the kernel takes it (at most 15 characters, no separator), and not one iptables would read as an option. */
const DEVICE = /^[0-9A-Za-z_][0-9A-Za-z_.-]{0,14}$/;

/**
 * The rules that give such a network what the block's rules give ours, in the same chains and by
 * its exact bridge. Accepts go first in the chain (a DROP of the block's must not come before them);
 * DROPs go last. A subnet outside the block: forwarding out and back when `outbound` (else only inside
 * the subnet, anything else into or out of it dropped), NAT of what leaves it, and the anti-spoofing
 * check where our raw chain is in (`antiSpoof`). A subnet inside the block (a bridge name of its own
 * on a subnet of our pools): only the forwarding, which the block's rules give `br-*` bridges alone.
 */
export function networkRules(spec: FirewallSpec, network: OpenedNetwork, antiSpoof: boolean): IptablesCommand[] {
  if (!DEVICE.test(network.bridge)) throw new Error(`Not a network device: ${JSON.stringify(network.bridge)}`);
  const block = parseCidr(spec.block);
  if (!block) throw new Error(`Not an address block: ${JSON.stringify(spec.block)}`);
  return network.subnets.flatMap((subnet) => {
    const net = parseCidr(subnet);
    if (!net || formatCidr(net) !== subnet) throw new Error(`Not an IPv4 subnet: ${JSON.stringify(subnet)}`);
    return contains(block, net)
      ? subnetInBlockRules(spec, network.bridge, subnet)
      : subnetRules(spec, network.bridge, subnet, antiSpoof);
  });
}

function subnetInBlockRules(spec: FirewallSpec, bridge: string, subnet: string): IptablesCommand[] {
  const { forward } = chainNames(spec.id);
  const to = spec.outbound ? [] : ['-d', spec.block];
  return [{ table: 'filter', args: ['-I', forward, '1', '-i', bridge, '-s', subnet, ...to, '-j', 'ACCEPT'] }];
}

function subnetRules(spec: FirewallSpec, bridge: string, subnet: string, antiSpoof: boolean): IptablesCommand[] {
  const { forward, nat, raw } = chainNames(spec.id);
  const first = (args: string[]): IptablesCommand => ({ table: 'filter', args: ['-I', forward, '1', ...args] });
  const last = (args: string[]): IptablesCommand => ({ table: 'filter', args: ['-A', forward, ...args] });
  const forwarding = spec.outbound
    ? [
        first(['-o', bridge, '-d', subnet, '-m', 'conntrack', '--ctstate', 'RELATED,ESTABLISHED', '-j', 'ACCEPT']),
        first(['-i', bridge, '-s', subnet, '-j', 'ACCEPT']),
      ]
    : [
        first(['-i', bridge, '-s', subnet, '-d', subnet, '-j', 'ACCEPT']),
        last(['-s', subnet, '-j', 'DROP']),
        last(['-d', subnet, '-j', 'DROP']),
      ];
  const masquerade: IptablesCommand[] = spec.outbound
    ? [{ table: 'nat', args: ['-A', nat, '-s', subnet, '!', '-d', subnet, '-j', 'MASQUERADE'] }]
    : [];
  const checked: IptablesCommand[] = antiSpoof
    ? [{ table: 'raw', args: ['-A', raw, '-s', subnet, '-m', 'rpfilter', '--invert', '-j', 'DROP'] }]
    : [];
  return [...forwarding, ...masquerade, ...checked];
}

/** What takes `commands` (rules appended, or inserted with a position) out again: the same rules, deleted. */
export function deletionOf(commands: IptablesCommand[]): IptablesCommand[] {
  return commands.map(({ table, args }) => ({
    table,
    args: ['-D', args[1], ...args.slice(args[0] === '-I' ? 3 : 2)],
  }));
}

/**
 * Where our FORWARD hook goes, given filter's `iptables -S` listing: right after the jump to the
 * runner daemon's DOCKER-USER, the chain Docker keeps for its users' own policy, so that a rule
 * there applies to our containers as to the runner's; first when there is none.
 */
export function forwardHookPosition(filterListing: string): number {
  const forward = rulesOf(filterListing).filter((rule) => rule[1] === 'FORWARD');
  const dockerUser = forward.findIndex((rule) => rule.join(' ') === '-A FORWARD -j DOCKER-USER');
  return dockerUser + 2;
}

/**
 * Everything to run, in order: chains first, then their rules, and the hooks last, so that no packet
 * meets a chain that is only half filled. The FORWARD hook goes at `forwardPosition`
 * (forwardHookPosition); the others first.
 */
export function installCommands(spec: FirewallSpec, forwardPosition = 1): IptablesCommand[] {
  const { forward, nat } = chainNames(spec.id);
  const commands: IptablesCommand[] = [
    { table: 'filter', args: ['-N', forward] },
    ...forwardRules(spec).map((args) => ({ table: 'filter' as const, args })),
    { table: 'filter', args: ['-I', 'FORWARD', String(forwardPosition), '-j', forward] },
  ];
  if (!spec.outbound) return commands;
  return [
    ...commands,
    { table: 'nat', args: ['-N', nat] },
    ...natRules(spec).map((args) => ({ table: 'nat' as const, args })),
    { table: 'nat', args: ['-I', 'POSTROUTING', '1', '-j', nat] },
  ];
}

/** The anti-spoofing chain and its hook, installed on their own: an old kernel may lack rpfilter. */
export function antiSpoofCommands(spec: FirewallSpec): IptablesCommand[] {
  const { raw } = chainNames(spec.id);
  return [
    { table: 'raw', args: ['-N', raw] },
    ...antiSpoofRules(spec).map((args) => ({ table: 'raw' as const, args })),
    { table: 'raw', args: ['-I', 'PREROUTING', '1', '-j', raw] },
  ];
}

/**
 * What removes `chains` from one table, given its `iptables -S` listing: every rule that jumps to
 * one of them (our hooks, however many), then the chains themselves. Chains already gone produce no
 * command, so removal is idempotent; nothing else in the table is named.
 */
export function removalCommands(table: IptablesTable, listing: string, chains: string[]): IptablesCommand[] {
  const present = chainsOf(listing).filter((chain) => chains.includes(chain));
  const hooks = rulesOf(listing).filter((rule) => {
    const target = rule.indexOf('-j');
    return target > 0 && chains.includes(rule[target + 1]) && !chains.includes(rule[1]);
  });
  return [
    ...hooks.map((rule) => ({ table, args: ['-D', ...rule.slice(1)] })),
    ...present.flatMap((chain) => [
      { table, args: ['-F', chain] },
      { table, args: ['-X', chain] },
    ]),
  ];
}

/**
 * The commands as one `iptables-restore --noflush` input: a table at a time, each committed whole.
 * `-N chain` becomes the chain's declaration. Our arguments hold no spaces or quotes (names, CIDRs,
 * flags); anything else is refused rather than quoted.
 */
export function restoreInput(commands: IptablesCommand[]): string {
  const lines: string[] = [];
  for (const table of OUR_TABLES) {
    const ofTable = commands.filter((command) => command.table === table);
    if (ofTable.length === 0) continue;
    lines.push(`*${table}`);
    for (const { args } of ofTable) {
      if (args.some((arg) => !/^[^\s"'#]+$/.test(arg)))
        throw new Error(`not a plain iptables argument: ${args.join(' ')}`);
      lines.push(args[0] === '-N' ? `:${args[1]} - [0:0]` : args.join(' '));
    }
    lines.push('COMMIT');
  }
  return lines.join('\n') + '\n';
}

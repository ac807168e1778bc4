import { type Privilege, runAsRoot } from '../daemon/privilege.js';
import { CHAIN_PREFIX } from '../instance-name.js';
import {
  type IptablesBackend,
  type IptablesTable,
  backendsInUse,
  chainsOf,
  chooseBackend,
  iptables,
  rulesOf,
} from './iptables.js';

/**
 * Forwarding and outbound NAT for our networks, in chains of our own named after the instance and
 * hooked first in filter FORWARD and nat POSTROUTING. Our dockerd runs with `iptables: false`: a
 * second dockerd managing iptables rewrites the DOCKER chains the runner's daemon relies on. So we
 * add only what our networks need, ahead of the runner's DROP policy, and never touch a chain that
 * is not ours. IPv4 only: our daemon runs with ip6tables off and creates no IPv6 networks, so its
 * containers have link-local IPv6 addresses only and there is nothing to forward or masquerade.
 */
export interface FirewallSpec {
  /** The instance id; names the chains (DTLS-<id>-FWD, DTLS-<id>-NAT). */
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
const OUR_CHAIN = new RegExp(`^${CHAIN_PREFIX}([0-9A-Za-z]{1,16})-(FWD|NAT)$`);

export function chainNames(id: string): { forward: string; nat: string } {
  // iptables chain names hold at most 28 characters: "DTLS-" + 16 + "-FWD" is 25.
  if (!ID.test(id)) throw new Error(`Not an instance id: ${JSON.stringify(id)}`);
  return { forward: `${CHAIN_PREFIX}${id}-FWD`, nat: `${CHAIN_PREFIX}${id}-NAT` };
}

/**
 * The rules of our FORWARD chain. Accepted traffic comes from one of our bridges AND from our block:
 * the source alone could be spoofed by a neighbour on the host's network, the interface alone would
 * take in the br-* bridges of the runner's daemon. With br_netfilter on, frames between two
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
 * Everything to run, in order: chains first, then their rules, and the hooks last, so that no packet
 * meets a chain that is only half filled. Hooks go to position 1: the runner's dockerd keeps its
 * own hooks (DOCKER-USER, DOCKER-FORWARD) and we never need to sit between them.
 */
export function installCommands(spec: FirewallSpec): IptablesCommand[] {
  const { forward, nat } = chainNames(spec.id);
  const commands: IptablesCommand[] = [
    { table: 'filter', args: ['-N', forward] },
    ...forwardRules(spec).map((args) => ({ table: 'filter' as const, args })),
    { table: 'filter', args: ['-I', 'FORWARD', '1', '-j', forward] },
  ];
  if (!spec.outbound) return commands;
  return [
    ...commands,
    { table: 'nat', args: ['-N', nat] },
    ...natRules(spec).map((args) => ({ table: 'nat' as const, args })),
    { table: 'nat', args: ['-I', 'POSTROUTING', '1', '-j', nat] },
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

export type FirewallResult =
  { applied: true; backend: IptablesBackend; chains: string[] } | { applied: false; warning: string; hint: string };

const NO_FIREWALL_HINT =
  'Install iptables (apt-get install iptables) and make sure the kernel has nf_tables or ip_tables ' +
  '(modprobe nf_tables); or set outbound to false when containers need no network beyond each other.';

async function run(privilege: Privilege, backend: IptablesBackend, commands: IptablesCommand[]): Promise<void> {
  for (const command of commands) await iptables(privilege, backend, command.table, command.args);
}

/**
 * The commands as one `iptables-restore --noflush` input: a table at a time, each committed whole.
 * `-N chain` becomes the chain's declaration. Our arguments hold no spaces or quotes (names, CIDRs,
 * flags); anything else is refused rather than quoted.
 */
export function restoreInput(commands: IptablesCommand[]): string {
  const lines: string[] = [];
  for (const table of ['filter', 'nat'] as const) {
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

/** The restore program that goes with each backend. */
const RESTORE: Record<IptablesBackend, string> = {
  'iptables-nft': 'iptables-nft-restore',
  'iptables-legacy': 'iptables-legacy-restore',
  iptables: 'iptables-restore',
};

/**
 * Installs the commands with one process (a dozen iptables processes cost the start ~100 ms);
 * where the restore program fails, one iptables process per command, as before.
 */
async function install(privilege: Privilege, backend: IptablesBackend, commands: IptablesCommand[], id: string) {
  try {
    await runAsRoot(privilege, RESTORE[backend], ['--noflush', '--wait', '10'], 30_000, restoreInput(commands));
  } catch {
    await removeFirewall(privilege, id, backend);
    await run(privilege, backend, commands);
  }
}

/**
 * Installs our chains and hooks (replacing any of this instance's from an earlier attempt). Never
 * throws for a firewall that cannot be changed: the result then carries the warning for the log, and
 * the daemon can start with containers that have no network beyond this machine.
 */
export async function applyFirewall(privilege: Privilege, spec: FirewallSpec): Promise<FirewallResult> {
  const choice = await chooseBackend(privilege);
  const what = spec.outbound ? 'no outbound network' : 'no network between each other';
  if (!choice.backend) {
    return {
      applied: false,
      warning: `Containers of this daemon have ${what}: no iptables works here (${choice.failures.join('; ')}).`,
      hint: NO_FIREWALL_HINT,
    };
  }
  try {
    // A fresh id has no chains yet; the chooser's listing (taken of every backend it chooses) shows any
    // of an earlier attempt.
    if (chainsOf(choice.filter ?? '').includes(chainNames(spec.id).forward))
      await removeFirewall(privilege, spec.id, choice.backend);
    await install(privilege, choice.backend, installCommands(spec), spec.id);
  } catch (error) {
    await removeFirewall(privilege, spec.id, choice.backend).catch(() => undefined);
    return {
      applied: false,
      warning: `Containers of this daemon have ${what}: ${choice.backend} refused our rules (${(error as Error).message}).`,
      hint: NO_FIREWALL_HINT,
    };
  }
  const { forward, nat } = chainNames(spec.id);
  return { applied: true, backend: choice.backend, chains: spec.outbound ? [forward, nat] : [forward] };
}

async function removeChains(privilege: Privilege, backend: IptablesBackend, chains: string[]): Promise<number> {
  let removed = 0;
  for (const table of ['filter', 'nat'] as const) {
    const listing = await iptables(privilege, backend, table, ['-S']);
    const commands = removalCommands(table, listing, chains);
    await run(privilege, backend, commands);
    removed += commands.filter((command) => command.args[0] === '-X').length;
  }
  return removed;
}

/**
 * Unhooks and deletes this instance's chains, and only those; chains already gone are fine.
 * Returns how many chains were removed. Without `backend` (none recorded), it looks in both.
 */
export async function removeFirewall(privilege: Privilege, id: string, backend?: IptablesBackend): Promise<number> {
  const { forward, nat } = chainNames(id);
  let removed = 0;
  for (const each of backend ? [backend] : await backendsInUse(privilege)) {
    removed += await removeChains(privilege, each, [forward, nat]);
  }
  return removed;
}

/** Instance ids that have chains of ours in any table of any working backend. */
export async function instancesWithChains(privilege: Privilege): Promise<string[]> {
  const ids = new Set<string>();
  for (const backend of await backendsInUse(privilege)) {
    for (const table of ['filter', 'nat'] as const) {
      const listing = await iptables(privilege, backend, table, ['-S']).catch(() => '');
      for (const chain of chainsOf(listing)) {
        const id = OUR_CHAIN.exec(chain)?.[1];
        if (id) ids.add(id);
      }
    }
  }
  return [...ids].sort();
}

/**
 * For the crash sweep: removes the chains of every instance `isDead` says is gone (the sweep's own
 * test: no owner, no dockerd) and returns their ids. Chains of live instances stay.
 */
export async function sweepFirewalls(
  privilege: Privilege,
  isDead: (id: string) => boolean | Promise<boolean>,
): Promise<string[]> {
  const swept: string[] = [];
  for (const id of await instancesWithChains(privilege)) {
    if (!(await isDead(id))) continue;
    if ((await removeFirewall(privilege, id)) > 0) swept.push(id);
  }
  return swept;
}

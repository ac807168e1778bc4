import type { EngineRun } from '../engine.js';
import { createBridge, deleteBridge } from '../../host/network/bridge.js';
import { applyFirewall, removeFirewall } from '../../host/network/firewall.js';
import type { FirewallSurvey, IptablesBackend } from '../../host/network/iptables.js';
import { type FirewallSpec, chainNames } from '../../host/network/firewall-rules.js';
import { holdIpForward, releaseIpForward } from '../../host/network/ip-forward.js';
import { type HostNetwork, contains, formatCidr, parseCidr, readHostNetworks } from '../../host/network/ipv4.js';
import { type AddressPlan, BLOCK_BITS, foreignOccupants, planAddresses } from '../../host/network/pools.js';
import { type Privilege, runAsRoot } from '../../host/privilege.js';
import type { DockerdState } from './state.js';
import { DOCKERD_BRIDGE } from './network-bridges.js';

// The networking of our dockerd, which runs with iptables and ip-forward off: a /20 of our own for
// its bridge and every network it creates (network/pools.ts), forwarding and NAT in chains of our
// own (network/firewall.ts), ip_forward held while we need it (network/ip-forward.ts). Each fact is
// recorded before it is made, so that teardown undoes a start stopped half-way.

type Run = EngineRun<DockerdState>;

/** Another instance may plan the same block at the same moment: after that many clashes, give up. */
const PLAN_ATTEMPTS = 4;

/** Plans a block, creates our bridge on it, and plans again if another instance took the block too. */
export async function createOurBridge(run: Run, privilege: Privilege): Promise<AddressPlan> {
  const exclude: string[] = [];
  for (let attempt = 1; ; attempt += 1) {
    const plan = planAddresses(run.id, await readHostNetworks(privilege), { exclude });
    run.saveProgress({ bridge: run.marker, addressBlock: plan.block });
    const withOurs = await createBridge(privilege, {
      name: run.marker,
      gatewayCidr: plan.gatewayCidr,
      subnet: plan.bridgeSubnet,
    });
    const rivals = foreignOccupants(plan, withOurs, run.marker);
    if (rivals.length === 0 || attempt === PLAN_ATTEMPTS) return plan;
    run.logger.debug(
      `${plan.block} is taken by ${rivals.map((rival) => rival.device ?? '?').join(', ')}; planning again`,
    );
    await deleteBridge(privilege, run.marker);
    exclude.push(plan.block);
  }
}

/**
 * Our chains, then ip_forward when containers go out; a firewall that cannot be changed is a warning.
 * `survey`: the crash sweep's, when it changed nothing (the backend is chosen from it).
 */
export async function openFirewall(
  run: Run,
  privilege: Privilege,
  plan: AddressPlan,
  survey?: FirewallSurvey,
): Promise<OpenFirewall | undefined> {
  const outbound = run.options.outbound;
  run.saveProgress({ firewall: true });
  const spec = { id: run.id, block: plan.block, bridge: run.marker, outbound };
  const result = await applyFirewall(privilege, spec, survey);
  if (!result.applied) run.logger.warning(`${result.warning} ${result.hint}`);
  else run.saveProgress({ firewallBackend: result.backend });
  for (const warning of result.applied ? result.warnings : []) run.logger.warning(warning);
  if (outbound) {
    run.saveProgress({ ipForwardHeld: true });
    const record = await holdIpForward(privilege, run.id);
    run.logger.debug(`net.ipv4.ip_forward is ${record.value} (${record.before ?? '?'} before our first instance)`);
  }
  if (!result.applied) return undefined;
  return { spec, backend: result.backend, antiSpoof: result.chains.includes(chainNames(run.id).raw) };
}

/** Our chains as they went in: what the network watch adds its networks' rules to. */
export interface OpenFirewall {
  spec: FirewallSpec;
  backend: IptablesBackend;
  /** Our raw chain is in (the kernel has the rpfilter match). */
  antiSpoof: boolean;
}

/** Undoes openFirewall: our chains and hooks, then our hold of ip_forward. */
export async function closeFirewall(privilege: Privilege, state: DockerdState): Promise<void> {
  if (state.firewall || state.firewallBackend) await removeFirewall(privilege, state.id, state.firewallBackend);
  if (state.ipForwardHeld) await releaseIpForward(privilege, state.id);
}

/** The block a bridge of ours lies in, from its address: our bridge takes the first /24 of its block. */
export function blockOfBridge(hostNetworks: HostNetwork[], bridge: string): string | undefined {
  const address = hostNetworks.find((host) => host.device === bridge && host.net.bits <= 24);
  if (!address) return undefined;
  const mask = (0xffffffff << (32 - BLOCK_BITS)) >>> 0;
  return formatCidr({ base: (address.net.base & mask) >>> 0, bits: BLOCK_BITS });
}

/**
 * The bridges (br-<network id>) of the networks our dockerd created: dockerd keeps them, with their
 * addresses and routes, after it stops. Only bridges named as dockerd names them (br- and 12 hex
 * digits of the network's id) whose networks lie inside our block are ours; and when our own bridge
 * still stands, the block must be the one it lies in (`bridge`), not merely what a state says.
 */
export async function removeUserBridges(privilege: Privilege, block: string, bridge?: string): Promise<string[]> {
  const ours = parseCidr(block);
  if (!ours) return [];
  const networks = await readHostNetworks(privilege);
  const actual = bridge === undefined ? undefined : blockOfBridge(networks, bridge);
  if (actual !== undefined && actual !== block) {
    throw new Error(`${bridge} lies in ${actual}, not in ${block}: the bridges of ${block} are not ours`);
  }
  const devices = networks
    .filter((host) => DOCKERD_BRIDGE.test(host.device ?? '') && contains(ours, host.net))
    .map((host) => host.device!);
  const unique = [...new Set(devices)];
  for (const device of unique) await runAsRoot(privilege, 'ip', ['link', 'delete', 'dev', device]);
  return unique;
}

import { promises as fs } from 'node:fs';
import { spelled } from '../../core/options/names.js';
import { daemonTlsFiles } from '../../core/pki/layout.js';
import { writeFileAtomic } from '../../host/files.js';
import type { EngineRun, LaunchedDaemon } from '../engine.js';
import { redactRequestData } from '../../core/redaction.js';
import type { AddressPlan } from '../../host/network/pools.js';
import type { FirewallSurvey } from '../../host/network/iptables.js';
import { lastLines } from '../../core/text.js';
import { type ContainerdPaths, containerdConfig, containerdPaths, waitForContainerd } from './containerd.js';
import { buildDaemonJson, dockerdFlags } from './daemon-json.js';
import { cgroupDriverOf, cgroupParentOf } from '../../host/cgroups.js';
import { daemonEnvironment } from './binaries.js';
import { diagnoseDaemonLog } from './diagnose.js';
import { type OpenFirewall, createOurBridge, openFirewall } from './networking.js';
import { startNetworkWatch } from './network-watch-process.js';
import { type DockerdPaths, dockerdPaths } from './paths.js';
import type { Privilege } from '../../host/privilege.js';
import { type TrustKeyBefore, trustKeyBefore, trustKeyWritten } from './leftover-files.js';
import { type DetachedProcess, readPid, spawnDetached } from '../../host/processes.js';
import type { DockerdState } from './state.js';
import { sweepStaleInstances } from './sweep.js';

/** What the checks found: how to be root, and the two programs. */
export interface DockerdTools {
  privilege: Privilege;
  dockerd: string;
  containerd: string;
}

type Run = EngineRun<DockerdState>;

/**
 * A dockerd of our own on the server certificates: containerd boots while the bridge and the
 * certificates are made (it needs none of them), then dockerd is spawned on its own daemon.json,
 * and our firewall goes in while it boots.
 */
export async function launchDockerd(run: Run, tools: DockerdTools): Promise<LaunchedDaemon> {
  run.saveProgress({ viaSudo: tools.privilege.viaSudo });
  const paths = await dockerdPaths(run.workDir, run.marker);
  const containerdFiles = containerdPaths(run.workDir, paths.execRoot);
  run.saveProgress({ execRoot: paths.execRoot, dataRoot: paths.dataRoot, containerdLogFile: containerdFiles.logFile });
  const containerd = await spawnContainerd(run, tools, paths, containerdFiles);
  const { plan, sweepFirewalls } = await makeBridge(run, tools.privilege);
  const dockerd = await spawnDockerd(run, tools, paths, plan, containerdFiles, containerd);
  // The firewall is needed once containers run, not before dockerd starts: it is opened (after the
  // sweep of crashed runs' chains) while dockerd boots, and awaited before the daemon is reported
  // ready. Not sooner: its dozen processes would compete for the CPU with the certificate thread,
  // which is what dockerd's spawn waits for. Whatever fails, it has ended before the roll-back
  // (see `settled`).
  const firewall = sweepFirewalls()
    .then((survey) => openFirewall(run, tools.privilege, plan, survey))
    .then((opened) => {
      run.logPhase('firewall open');
      return opened;
    });
  const firewallEnded = firewall.then(
    () => undefined,
    () => undefined,
  );
  return launchedDockerd(run, tools, dockerd, firewall, firewallEnded);
}

/** dockerd on its own daemon.json, once the certificates are written and containerd listens. */
async function spawnDockerd(
  run: Run,
  tools: DockerdTools,
  paths: DockerdPaths,
  plan: AddressPlan,
  containerdFiles: ContainerdPaths,
  containerd: DetachedProcess,
): Promise<Spawned> {
  // daemon.json names the TLS files by their paths: it is written while they are made. Both end
  // before anything goes on, so that a failure leaves no write under way for the roll-back.
  // Whether /etc/docker/key.json exists before our dockerd: asked meanwhile too.
  const trustKeyAsked = trustKeyBefore();
  const made = await Promise.allSettled([
    certificatesWhileContainerdBoots(run, plan, containerdFiles, containerd),
    writeDaemonJson(run, paths, plan, containerdFiles),
    trustKeyAsked,
  ]);
  for (const each of made) if (each.status === 'rejected') throw each.reason;
  const trustKey = await trustKeyAsked;
  run.saveProgress({ pidFile: paths.pidFile, logFile: paths.logFile, socket: paths.socket });
  const launchedAt = performance.now();
  const dockerd = spawnDetached(
    tools.privilege,
    [tools.dockerd, '--config-file', paths.config, ...dockerdFlags(run.marker)],
    paths.logFile,
    env(tools),
  );
  run.saveProgress({ spawnedPid: dockerd.child.pid });
  run.logPhase('dockerd spawned');
  run.logger.info(`dockerd started (pid ${dockerd.child.pid}), log: ${paths.logFile}`);
  return { process: dockerd, paths, launchedAt, trustKey };
}

/** Our daemon's configuration: its TLS files (where they will be), sockets, roots, bridge and pools. */
async function writeDaemonJson(run: Run, paths: DockerdPaths, plan: AddressPlan, containerdFiles: ContainerdPaths) {
  const daemonJson = buildDaemonJson({
    // Where the certificates' step writes the daemon's copy of the server's files.
    serverTls: daemonTlsFiles(run.workDir),
    socketPath: paths.socket,
    listen: run.listen,
    dataRoot: paths.dataRoot,
    execRoot: paths.execRoot,
    pidFile: paths.pidFile,
    bridge: run.marker,
    addressPools: plan.defaultAddressPools,
    containerdSocket: containerdFiles.socket,
    marker: run.marker,
    cgroupParent: cgroupParentOf(run.marker, cgroupDriverOf(run.options.daemonConfig)),
    userConfig: run.options.daemonConfig,
  });
  await writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
}

async function spawnContainerd(
  run: Run,
  tools: DockerdTools,
  paths: DockerdPaths,
  containerdFiles: ContainerdPaths,
): Promise<DetachedProcess> {
  await writeFileAtomic(
    containerdFiles.config,
    containerdConfig(paths.dataRoot, paths.execRoot, containerdFiles.socket),
    0o600,
  );
  const containerd = spawnDetached(
    tools.privilege,
    [tools.containerd, '--config', containerdFiles.config],
    containerdFiles.logFile,
    env(tools),
  );
  run.saveProgress({ containerdPid: containerd.child.pid });
  run.logPhase('containerd spawned');
  return containerd;
}

/** The environment of our containerd and dockerd: ours, never the job's (see daemon-env.ts). */
function env(tools: DockerdTools): Record<string, string> {
  return daemonEnvironment([tools.dockerd, tools.containerd], process.env);
}

/**
 * Our bridge, after the sweep of crashed runs' bridges (their subnets are free again then). The
 * sweep of their firewall chains is left to `sweepFirewalls`, which our own chains wait for.
 */
async function makeBridge(
  run: Run,
  privilege: Privilege,
): Promise<{ plan: AddressPlan; sweepFirewalls: () => Promise<FirewallSurvey | undefined> }> {
  const { firewall } = await sweepStaleInstances(privilege, run.logger);
  const plan = await createOurBridge(run, privilege);
  run.logPhase('bridge created');
  run.logger.debug(`Bridge ${run.marker} on ${plan.bridgeSubnet}; networks of this daemon in ${plan.block}`);
  return { plan, sweepFirewalls: firewall };
}

async function certificatesWhileContainerdBoots(
  run: Run,
  plan: AddressPlan,
  containerdFiles: ContainerdPaths,
  containerd: DetachedProcess,
): Promise<void> {
  // The gateway: a container of ours reaches this daemon there (bound to it or to every interface).
  await run.daemonCertificates([{ type: 'ip', value: plan.gateway }]);
  await waitForContainerd({
    socket: containerdFiles.socket,
    timeoutMs: run.options.startupTimeoutMs,
    timeoutOption: spelled(run.options.names, 'startupTimeout'),
    exitReason: containerd.exitReason,
    logTail: async () => lastLines(await fs.readFile(containerdFiles.logFile, 'utf8').catch(() => ''), 15),
    signal: run.signal,
  });
  containerd.child.unref();
  run.logPhase('containerd listens');
}

/** The spawned dockerd with what was known when it started. */
interface Spawned {
  process: DetachedProcess;
  paths: DockerdPaths;
  launchedAt: number;
  trustKey: TrustKeyBefore;
}

function launchedDockerd(
  run: Run,
  tools: DockerdTools,
  { process: dockerd, paths, launchedAt, trustKey }: Spawned,
  firewall: Promise<OpenFirewall | undefined>,
  firewallEnded: Promise<void>,
): LaunchedDaemon {
  return {
    name: 'dockerd',
    launchedAt,
    exitReason: dockerd.exitReason,
    explainFailure: async () => {
      const log = await fs.readFile(paths.logFile, 'utf8').catch(() => '');
      const cause = diagnoseDaemonLog(log, run.options.names);
      return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${paths.logFile}):\n${redactRequestData(lastLines(log, 15)) || '(empty)'}`;
    },
    settled: () => firewallEnded,
    ready: async () => {
      const opened = await firewall;
      // Meanwhile: it never fails the start (watchNetworksOf says why in a warning).
      const watching = opened ? watchNetworksOf(run, tools.privilege, paths, opened) : undefined;
      const pid = await readPid(paths.pidFile);
      // dockerd 20.10 writes /etc/docker/key.json at start when there is none: ours to remove then.
      run.saveProgress({ pid, ...(await trustKeyWritten(trustKey)) });
      await watching;
      dockerd.child.unref();
      return { pid: pid ?? dockerd.child.pid, logFile: paths.logFile, socket: paths.socket };
    },
  };
}

/**
 * The network watch beside our dockerd, once it answers and our chains are in: it opens the networks
 * that lie outside the block's rules (a subnet or a bridge name of their own), and ends with dockerd.
 */
async function watchNetworksOf(run: Run, privilege: Privilege, paths: DockerdPaths, opened: OpenFirewall) {
  const { prefix, viaSudo, env } = privilege;
  try {
    const { certs } = await run.certificates();
    await startNetworkWatch(run.workDir, {
      spec: { firewall: opened.spec, antiSpoof: opened.antiSpoof },
      backend: opened.backend,
      privilege: { prefix, viaSudo, env },
      socket: paths.socket,
      dockerHost: run.listen.dockerHost,
      certPath: certs.clientDir,
    });
  } catch (error) {
    // The daemon and the networks of its pools work without it.
    run.logger.warning(
      `Networks with a subnet or a bridge name of their own will not forward: the network watch did not start (${(error as Error).message}).`,
    );
  }
}

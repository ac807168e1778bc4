import { promises as fs } from 'node:fs';
import { spelled } from '../config.js';
import { writeFileAtomic } from '../files.js';
import type { EngineRun, LaunchedDaemon } from '../lifecycle/engine.js';
import type { AddressPlan } from '../network/pools.js';
import { lastLines } from '../text.js';
import { type ContainerdPaths, containerdConfig, containerdPaths, waitForContainerd } from './containerd.js';
import { buildDaemonJson } from './daemon-json.js';
import { daemonEnvironment } from './daemon-env.js';
import { diagnoseDaemonLog } from './diagnose.js';
import { createOurBridge, openFirewall } from './networking.js';
import { type DockerdPaths, dockerdPaths } from './paths.js';
import type { Privilege } from './privilege.js';
import { readPid } from './processes.js';
import { type DetachedProcess, spawnDetached } from './spawn.js';
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
 * A dockerd of our own on the server certificates: containerd boots while the certificates and the
 * bridge are made (it needs neither), then dockerd is spawned on its own daemon.json.
 */
export async function launchDockerd(run: Run, tools: DockerdTools): Promise<LaunchedDaemon> {
  run.saveProgress({ viaSudo: tools.privilege.viaSudo });
  const paths = await dockerdPaths(run.workDir, run.marker);
  const containerdFiles = containerdPaths(run.workDir, paths.execRoot);
  run.saveProgress({ execRoot: paths.execRoot, dataRoot: paths.dataRoot, containerdLogFile: containerdFiles.logFile });
  const containerd = await spawnContainerd(run, tools, paths, containerdFiles);
  const plan = await makeNetwork(run, tools.privilege);
  // The gateway: a container of ours reaches this daemon there (bound to it or to every interface).
  const { certs } = await run.certificates([{ type: 'ip', value: plan.gateway }]);
  await waitForOurContainerd(run, containerd, containerdFiles);
  await writeDaemonJson(
    run,
    paths,
    buildDaemonJson({
      serverTls: { ca: certs.serverCa, cert: certs.serverCert, key: certs.serverKey },
      socketPath: paths.socket,
      tcpHost: run.listen.host,
      port: run.listen.port,
      dataRoot: paths.dataRoot,
      execRoot: paths.execRoot,
      pidFile: paths.pidFile,
      bridge: run.marker,
      addressPools: plan.defaultAddressPools,
      containerdSocket: containerdFiles.socket,
      marker: run.marker,
      userConfig: run.options.daemonConfig,
    }),
  );
  return spawnDockerd(run, tools, paths);
}

async function waitForOurContainerd(run: Run, containerd: DetachedProcess, files: ContainerdPaths): Promise<void> {
  await waitForContainerd({
    socket: files.socket,
    timeoutMs: run.options.startupTimeoutMs,
    timeoutOption: spelled(run.options.names, 'startupTimeout'),
    exitReason: containerd.exitReason,
    logTail: async () => lastLines(await fs.readFile(files.logFile, 'utf8').catch(() => ''), 15),
    signal: run.signal,
  });
  containerd.child.unref();
  run.logPhase('containerd listens');
}

async function writeDaemonJson(run: Run, paths: DockerdPaths, daemonJson: Record<string, unknown>): Promise<void> {
  await writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
  run.saveProgress({ pidFile: paths.pidFile, logFile: paths.logFile, socket: paths.socket });
}

async function spawnDockerd(run: Run, tools: DockerdTools, paths: DockerdPaths): Promise<LaunchedDaemon> {
  const launchedAt = performance.now();
  const command = [tools.dockerd, '--config-file', paths.config];
  const dockerd = spawnDetached(tools.privilege, command, paths.logFile, env(tools));
  run.saveProgress({ spawnedPid: dockerd.child.pid });
  run.logPhase('dockerd spawned');
  run.logger.info(`dockerd started (pid ${dockerd.child.pid}), log: ${paths.logFile}`);
  return launchedDockerd(run, dockerd, paths, launchedAt);
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
  const command = [tools.containerd, '--config', containerdFiles.config];
  const containerd = spawnDetached(tools.privilege, command, containerdFiles.logFile, env(tools));
  run.saveProgress({ containerdPid: containerd.child.pid });
  run.logPhase('containerd spawned');
  return containerd;
}

/** The environment of our containerd and dockerd: ours, never the job's (see daemon-env.ts). */
function env(tools: DockerdTools): Record<string, string> {
  return daemonEnvironment([tools.dockerd, tools.containerd], process.env);
}

async function makeNetwork(run: Run, privilege: Privilege): Promise<AddressPlan> {
  // Before planning: subnets held by crashed runs' bridges are free again.
  await sweepStaleInstances(privilege, run.logger);
  const plan = await createOurBridge(run, privilege);
  run.logPhase('bridge created');
  run.logger.debug(`Bridge ${run.marker} on ${plan.bridgeSubnet}; networks of this daemon in ${plan.block}`);
  await openFirewall(run, privilege, plan);
  run.logPhase('firewall open');
  return plan;
}

function launchedDockerd(run: Run, dockerd: DetachedProcess, paths: DockerdPaths, launchedAt: number): LaunchedDaemon {
  return {
    name: 'dockerd',
    launchedAt,
    exitReason: dockerd.exitReason,
    explainFailure: async () => {
      const log = await fs.readFile(paths.logFile, 'utf8').catch(() => '');
      const cause = diagnoseDaemonLog(log, run.options.names);
      return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${paths.logFile}):\n${lastLines(log, 15) || '(empty)'}`;
    },
    ready: async () => {
      const pid = await readPid(paths.pidFile);
      run.saveProgress({ pid });
      dockerd.child.unref();
      return { pid: pid ?? dockerd.child.pid, logFile: paths.logFile };
    },
  };
}

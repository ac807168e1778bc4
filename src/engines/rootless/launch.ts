import { promises as fs } from 'node:fs';
import { homedir } from 'node:os';
import { type Endpoint, tcpUrl } from '../../core/endpoint.js';
import { redactRequestData } from '../../core/redaction.js';
import { lastLines } from '../../core/text.js';
import { PRIVATE_DIR_MODE, writeFileAtomic } from '../../host/files.js';
import { AS_THIS_USER } from '../../host/privilege.js';
import { spawnDetached } from '../../host/processes.js';
import { daemonEnvironment } from '../dockerd/binaries.js';
import { enforcedTls, publishedPortsAddress } from '../dockerd/daemon-json.js';
import type { EngineRun, LaunchedDaemon } from '../engine.js';
import { diagnoseRootlessLog } from './diagnose.js';
import { type RootlessPaths, type RootlessState, rootlessPathsIn } from './state.js';

type Run = EngineRun<RootlessState>;

/** The programs the checks found, by absolute path. */
export interface RootlessTools {
  rootlesskit: string;
  dockerd: string;
  /** The user-mode network: slirp4netns where installed (Docker's default), else pasta. */
  network: { driver: 'slirp4netns' | 'pasta'; program: string };
}

/**
 * In the child's namespaces, /run is a copy of the host's (--copy-up): the host daemon's
 * /run/docker and /run/containerd (whose socket dockerd would use instead of starting its own) and
 * iptables' lock are dropped from that copy before dockerd starts, as Docker's rootless script does.
 */
const CHILD_SCRIPT = 'rm -f /run/docker /run/containerd /run/xtables.lock; exec "$@"';

/**
 * A rootless dockerd: rootlesskit makes a user, mount, network and pid namespace as this user,
 * with the user-mode network driver, and publishes the TLS port on this machine through its port
 * driver; dockerd runs in there on the server certificates, with a containerd of its own.
 */
export async function launchRootless(run: Run, tools: RootlessTools): Promise<LaunchedDaemon> {
  const paths = rootlessPathsIn(run.workDir, run.id);
  const { stateDir, execRoot, dataRoot, runtimeDir, pidFile, logFile, socket } = paths;
  run.saveProgress({ stateDir, execRoot, dataRoot, runtimeDir, pidFile, logFile, socket });
  // Exclusive: a directory another user planted at this path is never taken for ours.
  await fs.mkdir(execRoot, { mode: PRIVATE_DIR_MODE });
  await fs.mkdir(runtimeDir, { mode: PRIVATE_DIR_MODE });
  const { daemonTls } = await run.daemonCertificates();
  const cgroups = await cgroupSettings(process.getuid?.() ?? -1, run.options.daemonConfig);
  const daemonJson = rootlessDaemonJson(paths, run.listen, daemonTls, {
    ...cgroups.config,
    ...run.options.daemonConfig,
  });
  await writeFileAtomic(paths.config, JSON.stringify(daemonJson, null, 2) + '\n', 0o600);
  const launchedAt = performance.now();
  const env = { ...environment(tools, paths), ...cgroups.env };
  const kit = spawnDetached(AS_THIS_USER, rootlesskitCommand(tools, paths, run.listen), logFile, env);
  run.saveProgress({ spawnedPid: kit.child.pid });
  run.logPhase('rootlesskit spawned');
  run.logger.info(`rootless dockerd started in rootlesskit (pid ${kit.child.pid}), log: ${logFile}`);
  return {
    name: 'the rootless dockerd',
    launchedAt,
    exitReason: kit.exitReason,
    explainFailure: async () => {
      const log = await fs.readFile(logFile, 'utf8').catch(() => '');
      const cause = diagnoseRootlessLog(log);
      return `${cause ? ` Likely cause: ${cause}` : ''}\nLast lines of its log (${logFile}):\n${redactRequestData(lastLines(log, 15)) || '(empty)'}`;
    },
    ready: async () => {
      kit.child.unref();
      return { pid: kit.child.pid, logFile, socket };
    },
  };
}

/** rootlesskit's flags as Docker's dockerd-rootless.sh sets them, plus a pid namespace and our port. */
export function rootlesskitCommand(tools: RootlessTools, paths: RootlessPaths, listen: Endpoint): string[] {
  const slirp = tools.network.driver === 'slirp4netns';
  return [
    tools.rootlesskit,
    `--state-dir=${paths.stateDir}`,
    `--net=${tools.network.driver}`,
    '--mtu=65520',
    ...(slirp ? ['--slirp4netns-sandbox=auto', '--slirp4netns-seccomp=auto'] : []),
    // Containers cannot reach this machine's loopback (its other services) through the network driver.
    '--disable-host-loopback',
    '--port-driver=builtin',
    '--copy-up=/etc',
    '--copy-up=/run',
    '--propagation=rslave',
    // The daemon, containerd, the shims and the containers share one pid namespace: when it ends,
    // the kernel ends every process in it, so that nothing of the instance outlives its stop.
    '--pidns',
    `--publish=${publishAddress(listen.bindHost)}:${listen.port}:${listen.port}/tcp`,
    '/bin/sh',
    '-c',
    CHILD_SCRIPT,
    'sh',
    tools.dockerd,
    '--config-file',
    paths.config,
  ];
}

/** rootlesskit takes an IPv6 address in brackets. */
function publishAddress(bindHost: string): string {
  return bindHost.includes(':') ? `[${bindHost}]` : bindHost;
}

/**
 * In the daemon's own network namespace its TLS port listens on loopback, where the port driver
 * connects; containers' published ports bind on this machine to the daemon's own address, as in
 * mode dockerd. iptables stays on: in there it changes only the namespace's own tables.
 */
export function rootlessDaemonJson(
  paths: RootlessPaths,
  listen: Pick<Endpoint, 'bindHost' | 'port'>,
  tls: { ca: string; cert: string; key: string },
  userConfig: Record<string, unknown>,
): Record<string, unknown> {
  const defaults = {
    'data-root': paths.dataRoot,
    'exec-root': paths.execRoot,
    pidfile: paths.pidFile,
    ...publishedPortsAddress(listen.bindHost),
    'shutdown-timeout': 3,
  };
  const hosts = [`unix://${paths.socket}`, tcpUrl('127.0.0.1', listen.port)];
  return { ...defaults, ...userConfig, ...enforcedTls(tls, hosts) };
}

/**
 * On a cgroup v2 machine run by systemd, a rootless dockerd takes systemd's cgroup driver, which
 * works through the user's own systemd: reached by the session bus of a login (or lingering) user.
 * A job's user has none when the runner is a service or the job came through sudo, and every
 * container then fails to start ("open /sys/fs/cgroup/user.slice/user-UID.slice/cgroup.controllers:
 * no such file or directory"). Without that bus the daemon runs its containers without cgroups of
 * their own (dockerd's "none" driver, as on cgroup v1); a daemon-config with exec-opts wins.
 */
export async function cgroupSettings(
  uid: number,
  userConfig: Record<string, unknown>,
  busExists = (path: string) =>
    fs.stat(path).then(
      (stat) => stat.isSocket(),
      () => false,
    ),
): Promise<{ config: Record<string, unknown>; env: Record<string, string> }> {
  if ('exec-opts' in userConfig) return { config: {}, env: {} };
  const bus = `/run/user/${uid}/bus`;
  if (await busExists(bus)) return { config: {}, env: { DBUS_SESSION_BUS_ADDRESS: `unix:path=${bus}` } };
  return { config: { 'exec-opts': ['native.cgroupdriver=cgroupfs'] }, env: {} };
}

/** The daemon's environment: ours (daemonEnvironment), with a runtime directory and a home. */
function environment(tools: RootlessTools, paths: RootlessPaths): Record<string, string> {
  return {
    ...daemonEnvironment([tools.dockerd, tools.rootlesskit, tools.network.program], process.env),
    XDG_RUNTIME_DIR: paths.runtimeDir,
    HOME: homedir(),
  };
}

import { connect } from 'node:net';
import { markerOf } from '../core/naming.js';
import { parseIpAddress } from '../core/san.js';
import { instancesWithBridges } from './network/bridge.js';
import { listProcesses } from './processes.js';

/** How long a loopback connection may take before the answer counts as "something is there". */
const CONNECT_TIMEOUT_MS = 1_000;

/**
 * Whether the instance `id`, whose daemon was at `dockerHost`, provably left nothing running: no
 * bridge of its name, nothing listening at its endpoint (a loopback address that refuses the
 * connection), and no process whose command line names it. Anything less, or a question that cannot
 * be answered (an endpoint that is not loopback, a timeout), says it may still be there: what is
 * kept by mistake is a leftover, what is removed by mistake breaks someone's job.
 *
 * A live instance makes its docker context after its daemon's process (or container) exists, and
 * its bridge before that: one caught between the two is never taken for gone.
 */
export async function instanceIsGone(id: string, dockerHost: string): Promise<boolean> {
  if (!(await loopbackRefuses(dockerHost))) return false;
  const cmdlines = async () => (await listProcesses()).map((info) => info.cmdline);
  return nothingNames(id, new Set(await instancesWithBridges()), cmdlines);
}

/**
 * No bridge of the instance's name (`bridges`: the ids of those there are) and no process whose
 * command line names it. The processes are asked for only when there is no such bridge.
 */
export async function nothingNames(
  id: string,
  bridges: ReadonlySet<string>,
  cmdlines: () => Promise<string[]>,
): Promise<boolean> {
  const marker = markerOf(id);
  return !bridges.has(id) && !(await cmdlines()).some((cmdline) => cmdline.includes(marker));
}

/** True only when `tcp://HOST:PORT` names a loopback address and the connection is refused. */
export async function loopbackRefuses(dockerHost: string): Promise<boolean> {
  const match = /^tcp:\/\/(?:\[([^\]]+)\]|([^:/]+)):(\d+)$/.exec(dockerHost);
  if (!match) return false;
  const host = match[1] ?? match[2];
  if (parseIpAddress(host)?.range() !== 'loopback') return false;
  return new Promise((resolve) => {
    const socket = connect({ host, port: Number(match[3]) });
    const settle = (refused: boolean) => {
      socket.destroy();
      resolve(refused);
    };
    socket.setTimeout(CONNECT_TIMEOUT_MS, () => settle(false));
    socket.once('connect', () => settle(false));
    socket.once('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ECONNREFUSED'));
  });
}

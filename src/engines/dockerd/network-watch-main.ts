// The network watch's process (dist/network-watch/index.js; network-watch-process.ts starts it):
// `--watch-config <work dir>/network-watch.json`. It reaches our dockerd, opens the networks that lie
// outside our rules (network-watch.ts), and exits when dockerd's event stream ends. Its output is
// its log, which post reads.
import { promises as fs } from 'node:fs';
import { parseEngineEndpoint } from '../../core/options/engine-endpoint.js';
import { EngineClient, endpointWithCertPath } from '../../host/engine-api/client.js';
import { networkEvents } from '../../host/engine-api/events.js';
import { changeRules } from '../../host/network/firewall.js';
import { readHostNetworks } from '../../host/network/ipv4.js';
import type { Privilege } from '../../host/privilege.js';
import { bridgesMadeAfter } from './network-bridges.js';
import { type NetworkWatchConfig, WATCH_CONFIG_OPTION } from './network-watch-process.js';
import { watchNetworks } from './network-watch.js';
import { argumentOf } from './process-selection.js';

const CONNECT_TIMEOUT_MS = 10_000;

/** Its unix socket where this user may use it, else its mTLS endpoint with the client's files. */
async function reachDaemon(config: NetworkWatchConfig): Promise<EngineClient> {
  const bySocket = new EngineClient(parseEngineEndpoint(`unix://${config.socket}`), CONNECT_TIMEOUT_MS);
  try {
    await bySocket.ping();
    return bySocket;
  } catch {
    return new EngineClient(await endpointWithCertPath(config.dockerHost, config.certPath), CONNECT_TIMEOUT_MS);
  }
}

async function main(): Promise<void> {
  const file = argumentOf(process.argv, WATCH_CONFIG_OPTION);
  if (!file) throw new Error(`usage: ${WATCH_CONFIG_OPTION} FILE`);
  const config = JSON.parse(await fs.readFile(file, 'utf8')) as NetworkWatchConfig;
  const privilege: Privilege = { ...config.privilege };
  const client = await reachDaemon(config);
  const ownBridge = config.spec.firewall.bridge;
  await watchNetworks(config.spec, {
    events: (onEvent, onOpen) => networkEvents(client.endpoint, { onEvent, onOpen }, CONNECT_TIMEOUT_MS),
    networks: () => client.networks(),
    inspect: (id) => client.inspectNetwork(id),
    apply: (commands) => changeRules(privilege, config.backend, commands),
    hostNetworks: () => readHostNetworks(privilege),
    madeAfterOurs: async (bridge) => (await bridgesMadeAfter([bridge], ownBridge)).length > 0,
    log: (line) => console.log(line),
  });
}

main().catch((error: Error) => {
  console.log(`error: ${error.message}`);
  process.exitCode = 1;
});

// The network watch's process (dist/network-watch/index.js; network-watch-process.ts starts it):
// `--watch-config <work dir>/network-watch.json`. It reaches our dockerd, opens the networks that lie
// outside our rules (network-watch.ts), and exits when dockerd's event stream ends. Its output is
// its log, which post reads.
import { promises as fs } from 'node:fs';
import { networkEvents } from '../../host/engine-api/events.js';
import { changeRules } from '../../host/network/firewall.js';
import { readHostNetworks } from '../../host/network/ipv4.js';
import type { Privilege } from '../../host/privilege.js';
import { bridgesMadeAfter, reachOurDaemon } from './network-bridges.js';
import { type NetworkWatchConfig, WATCH_CONFIG_OPTION } from './network-watch-process.js';
import { watchNetworks } from './network-watch.js';
import { argumentOf } from './process-selection.js';

const CONNECT_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const file = argumentOf(process.argv, WATCH_CONFIG_OPTION);
  if (!file) throw new Error(`usage: ${WATCH_CONFIG_OPTION} FILE`);
  const config = JSON.parse(await fs.readFile(file, 'utf8')) as NetworkWatchConfig;
  const privilege: Privilege = { ...config.privilege };
  const client = await reachOurDaemon(config, CONNECT_TIMEOUT_MS);
  if (!client) throw new Error(`our dockerd answers neither on ${config.socket} nor on ${config.dockerHost}`);
  const ownBridge = config.spec.firewall.bridge;
  await watchNetworks(config.spec, {
    events: (onEvent, onOpen) => networkEvents(client.endpoint, { onEvent, onOpen }, CONNECT_TIMEOUT_MS),
    networks: () => client.networks(),
    inspect: (id) => client.inspectNetwork(id),
    apply: async (commands) => void (await changeRules(privilege, config.backend, commands)),
    hostNetworks: () => readHostNetworks(privilege),
    madeAfterOurs: async (bridge) => (await bridgesMadeAfter([bridge], ownBridge)).length > 0,
    log: (line) => console.log(line),
  });
}

main().catch((error: Error) => {
  console.log(`error: ${error.message}`);
  process.exitCode = 1;
});

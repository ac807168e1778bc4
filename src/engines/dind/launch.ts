import { dirname, join } from 'node:path';
import { type Endpoint, endpointOf, isEveryInterface } from '../../core/endpoint.js';
import { DockerTlsError } from '../../core/errors.js';
import type { DindSettings } from '../../core/options/dind.js';
import { daemonTlsDir } from '../../core/pki/layout.js';
import type { SubjectAltName } from '../../core/san.js';
import { earlierErrorLines, lastLines } from '../../core/text.js';
import { tarArchive } from '../../host/engine-api/archive.js';
import type { EngineClient } from '../../host/engine-api/client.js';
import { makePrivateDir, writeFileAtomic } from '../../host/files.js';
import type { EngineRun, LaunchedDaemon } from '../engine.js';
import {
  CERTIFICATES_READY_FILE,
  CONTAINER_CERT_DIR,
  CONTAINER_DAEMON_JSON,
  DIND_PORT,
  buildDindCreateRequest,
  dindContainerName,
} from './container-request.js';
import { type DindPlan, userNetworksOf } from './engine.js';
import { containerAddressSans, createDindContainer, ensureNetwork, startDindContainer } from './outer.js';
import type { DindState } from './state.js';

type Run = EngineRun<DindState>;

/** The names clients may use besides the defaults: `docker`, the alias, the container's name, the bind address. */
function dindSans(settings: DindSettings, name: string, bindHost: string): SubjectAltName[] {
  const sans: SubjectAltName[] = [
    { type: 'dns', value: 'docker' },
    { type: 'dns', value: settings.alias },
    { type: 'dns', value: name },
  ];
  if (!isEveryInterface(bindHost)) sans.push({ type: 'ip', value: bindHost });
  return sans;
}

/**
 * A container of the dind image on the outer engine, on our server certificates: mounted read-only
 * from here, or copied in when the outer engine cannot see our files (from a job container, or an
 * engine elsewhere). The container starts first, waiting in its entrypoint: the engine gives it its
 * addresses at start, and the server certificate, made only then, names them. Its dockerd listens
 * on 2376, published at the bind address.
 */
export async function launchDind(run: Run, plan: DindPlan): Promise<LaunchedDaemon> {
  const { client, settings } = plan;
  const name = dindContainerName(run.id);
  run.saveProgress({ outerEngine: settings.engine, outerEngineCertPath: settings.engineCertPath, containerName: name });
  const copyIn = plan.job !== undefined || client.endpoint.kind === 'tcp';
  const daemonJson = Object.keys(run.options.daemonConfig).length
    ? JSON.stringify(run.options.daemonConfig, null, 2) + '\n'
    : undefined;
  const daemonJsonPath = daemonJson && !copyIn ? join(run.workDir, 'daemon.json') : undefined;
  if (daemonJsonPath) await writeFileAtomic(daemonJsonPath, daemonJson!, 0o600);
  // The private copy (files.ts), never the user's cert-dir; the mount shows it to the waiting container.
  const serverCertDir = copyIn ? undefined : daemonTlsDir(run.workDir);
  if (serverCertDir) await makePrivateDir(serverCertDir);

  const jobNetworks = userNetworksOf(plan.job);
  if (settings.network) await ensureNetwork(run, client, settings.network);
  const network = settings.network ?? jobNetworks[0];
  const request = buildDindCreateRequest({
    image: settings.image,
    imageEntrypoint: plan.imageEntrypoint,
    instanceId: run.id,
    serverCertDir,
    daemonJsonPath,
    dindArgs: settings.args,
    privileged: settings.privileged,
    cgroupV2: plan.cgroupV2,
    listen: run.listen,
    network,
    alias: settings.alias,
    volume: settings.volume,
  });
  const launchedAt = performance.now();
  const id = await createDindContainer(client, request, name);
  run.saveProgress({ containerId: id });
  for (const other of jobNetworks.filter((each) => each !== network)) {
    await client.connectNetwork(other, id, [settings.alias]);
  }
  await startDindContainer(client, id, settings.privileged, run.listen, run.options.names);
  run.logPhase('dind container started');
  await deliverCertificates(run, client, {
    id,
    name,
    copyIn,
    daemonJson,
    sans: dindSans(settings, name, run.listen.bindHost),
  });
  run.logPhase('certificates delivered');
  run.logger.info(`dind container ${name} (${id.slice(0, 12)}) started from ${settings.image} on ${settings.engine}`);
  // In a job container, DOCKER_HOST names the alias on the networks the job shares with it.
  const viaAlias = plan.job && (network !== undefined || jobNetworks.length > 0);
  const endpoint = viaAlias
    ? endpointOf(run.listen.bindHost, run.listen.port, { host: settings.alias, port: DIND_PORT })
    : undefined;
  if (plan.job && !viaAlias) {
    run.logger.warning(
      'This job container is on no user network of the outer engine: the dind container is reached through its published port only.',
    );
  }
  return launchedContainer(run, client, { id, name, launchedAt, endpoint });
}

/**
 * Makes the certificates, naming the addresses the started container has, and hands the server's
 * to it: written into the mounted directory, or copied in; the ready file last, which lets its
 * entrypoint go on to dockerd.
 */
async function deliverCertificates(
  run: Run,
  client: EngineClient,
  target: { id: string; name: string; copyIn: boolean; daemonJson?: string; sans: SubjectAltName[] },
): Promise<void> {
  const info = await client.inspectContainer(target.id);
  if (!info?.State.Running) {
    throw new DockerTlsError(`The dind container ${target.name} stopped right after it started.`);
  }
  const addresses = containerAddressSans(info);
  const { server: made, daemonTls } = await run.daemonCertificates([...target.sans, ...addresses]);
  run.logger.debug(
    `The server certificate names the container's addresses: ${addresses.map((a) => a.value).join(', ')}`,
  );
  if (!target.copyIn) {
    await writeFileAtomic(join(dirname(daemonTls.cert), CERTIFICATES_READY_FILE), '', 0o444);
    return;
  }
  const files = [
    { path: '/certs', mode: 0o755 },
    { path: CONTAINER_CERT_DIR, mode: 0o700 },
    { path: `${CONTAINER_CERT_DIR}/ca.pem`, mode: 0o444, content: made.caCertPem },
    { path: `${CONTAINER_CERT_DIR}/cert.pem`, mode: 0o444, content: made.server.certPem },
    { path: `${CONTAINER_CERT_DIR}/key.pem`, mode: 0o400, content: made.server.keyPem },
    ...(target.daemonJson ? [{ path: CONTAINER_DAEMON_JSON, mode: 0o444, content: target.daemonJson }] : []),
    { path: `${CONTAINER_CERT_DIR}/${CERTIFICATES_READY_FILE}`, mode: 0o444, content: '' },
  ];
  await client.putArchive(target.id, '/', tarArchive(files));
}

function launchedContainer(
  run: Run,
  client: EngineClient,
  container: { id: string; name: string; launchedAt: number; endpoint?: Endpoint },
): LaunchedDaemon {
  const { id, name } = container;
  let exited: string | undefined;
  // exitReason() is asked synchronously by the readiness poll: the container's state is kept fresh here.
  const watch = setInterval(() => {
    void client
      .inspectContainer(id)
      .then((info) => {
        if (!info) exited = 'was removed';
        else if (!info.State.Running) exited = `exited with code ${info.State.ExitCode}`;
      })
      .catch(() => undefined);
  }, 200);
  watch.unref();
  return {
    name: 'the dind container',
    launchedAt: container.launchedAt,
    endpoint: container.endpoint,
    exitReason: () => exited,
    explainFailure: async () => {
      clearInterval(watch);
      const log = await client
        .containerLogs(id, 2000)
        .catch((error: Error) => `(its log is unreadable: ${error.message})`);
      // The whole of a short log: dockerd's usage after an unknown flag is ~250 lines, the cause above it.
      const earlier = earlierErrorLines(log, 20);
      const errors = earlier.length ? `\nErrors earlier in its log:\n${earlier.join('\n')}` : '';
      return `\nCheck dind-image (it must run dockerd as docker:dind does), dind-args and daemon-config.${errors}\nLast lines of its log (docker logs ${name}):\n${lastLines(log, 20) || '(empty)'}`;
    },
    ready: async () => {
      clearInterval(watch);
      run.saveProgress({ answered: true });
      return { containerId: id };
    },
  };
}

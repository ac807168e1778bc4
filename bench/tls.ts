// Rows 4 and 5: full mTLS handshakes per second on dockerd with our P-256 certificates against the
// recipe's RSA-4096 ones, and request latency over one kept-alive mTLS connection against the
// daemon's unix socket.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import {
  type BareDaemon,
  type ServerTlsFiles,
  prepareBareDaemon,
  removeBareDaemon,
  spawnBareDaemon,
  waitForBareDaemon,
} from '../harness/bare-dockerd.js';
import { type Row, measurement, rateRatio, timeRatio } from './model.js';
import { round } from './stats.js';

export interface ClientTlsFiles {
  ca: string;
  cert: string;
  key: string;
}

export interface CertSetFiles {
  name: string;
  server: ServerTlsFiles;
  client: ClientTlsFiles;
}

export interface TlsOptions {
  workRoot: string;
  ours: CertSetFiles;
  recipe: CertSetFiles;
  /** Interleaved s_time runs per certificate set, and seconds each. */
  handshakeRuns: number;
  handshakeSeconds: number;
  /** Interleaved rounds of sequential requests, and requests per round per transport. */
  latencyRounds: number;
  latencyRequests: number;
  log: (line: string) => void;
}

const HANDSHAKE_TARGET = 5;
const LATENCY_TARGET = 1.2;

interface STimeResult {
  connections: number;
  seconds: number;
  bytesPerConnection: number;
}

/**
 * `openssl s_time -new -www /_ping` with the client certificate: each connection is a full
 * handshake (no session reuse) and one HTTP/1.0 request the daemon answers, which it only does
 * once it has accepted the client certificate. The rate is connections over the process's wall time.
 */
function sTime(port: number, client: ClientTlsFiles, seconds: number): Promise<STimeResult> {
  const args = ['s_time', '-connect', `127.0.0.1:${port}`, '-new', '-www', '/_ping', '-time', String(seconds)];
  args.push('-cert', client.cert, '-key', client.key, '-CAfile', client.ca, '-verify', '2');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('close', (code) => {
      const elapsed = (performance.now() - start) / 1000;
      const count = /(\d+) connections in [\d.]+s/.exec(out);
      const perConnection = /(\d+) bytes read per connection/.exec(out);
      if (code !== 0 || !count) return reject(new Error(`openssl s_time failed (exit ${code}):\n${out.slice(-800)}`));
      resolve({
        connections: Number(count[1]),
        seconds: elapsed,
        bytesPerConnection: perConnection ? Number(perConnection[1]) : 0,
      });
    });
  });
}

type Requester = () => Promise<{ ms: number; reused: boolean }>;

function timedGet(
  send: (done: (reused: boolean, error?: Error) => void) => void,
): Promise<{ ms: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    send((reused, error) => (error ? reject(error) : resolve({ ms: performance.now() - start, reused })));
  });
}

function tlsRequester(port: number, agent: HttpsAgent, pem: { ca: string; cert: string; key: string }): Requester {
  const { ca, cert, key } = pem;
  return () =>
    timedGet((done) => {
      const req = httpsRequest({ host: '127.0.0.1', port, path: '/_ping', agent, ca, cert, key }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? done(req.reusedSocket) : done(false, new Error(`HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', (error) => done(false, error));
      req.end();
    });
}

function unixRequester(socketPath: string, agent: HttpAgent): Requester {
  return () =>
    timedGet((done) => {
      const req = httpRequest({ socketPath, path: '/_ping', agent }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? done(req.reusedSocket) : done(false, new Error(`HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', (error) => done(false, error));
      req.end();
    });
}

/** curl fetching `url` `count` times over one connection: each transfer's time_total and connects. */
function curlTransfers(args: string[], url: string, count: number): Promise<{ us: number; connects: number }[]> {
  const all = ['-q', '-sS', '-w', '%{time_total} %{num_connects}\\n', ...args];
  for (let i = 0; i < count; i += 1) all.push('-o', '/dev/null', url);
  return new Promise((resolve, reject) => {
    // Only PATH: this machine's CA-bundle variables would override --cacert.
    execFile('curl', all, { env: { PATH: process.env.PATH }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(new Error(`curl ${url}: ${error.message}`));
      const transfers = stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' '))
        .map(([total, connects]) => ({ us: Number(total) * 1e6, connects: Number(connects) }));
      if (transfers.length !== count || transfers.some((transfer) => !Number.isFinite(transfer.us)))
        return reject(new Error(`curl ${url}: unexpected output ${stdout.slice(0, 200)}`));
      resolve(transfers);
    });
  });
}

async function startDaemon(workRoot: string, set: CertSetFiles): Promise<BareDaemon> {
  const daemon = await prepareBareDaemon(workRoot, set.server);
  await spawnBareDaemon(daemon);
  await waitForBareDaemon(daemon);
  return daemon;
}

export async function benchTls(options: TlsOptions): Promise<{ handshakes: Row; latency: Row }> {
  const { log, ours, recipe } = options;
  const workRoot = join(options.workRoot, 'tls');
  const started = performance.now();
  const handshakes: Row = {
    id: 4,
    title: `Full mTLS handshakes per second on dockerd: ${ours.name} vs ${recipe.name}`,
    target: `≥ ${HANDSHAKE_TARGET}× the rate`,
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
  const latency: Row = {
    id: 5,
    title: 'GET /_ping latency: one kept-alive mTLS connection vs the unix socket',
    target: `median ≤ ${LATENCY_TARGET}× the unix socket's`,
    measurements: [],
    comparisons: [],
    notes: [],
    seconds: 0,
  };
  const daemons: BareDaemon[] = [];
  try {
    const oursDaemon = await startDaemon(workRoot, ours);
    daemons.push(oursDaemon);
    const recipeDaemon = await startDaemon(workRoot, recipe);
    daemons.push(recipeDaemon);

    // Row 4: s_time runs, alternating which set goes first.
    const rates: Record<string, number[]> = { [ours.name]: [], [recipe.name]: [] };
    let bytes = 0;
    for (let i = 0; i < options.handshakeRuns; i += 1) {
      const order: [CertSetFiles, BareDaemon][] = [
        [ours, oursDaemon],
        [recipe, recipeDaemon],
      ];
      if (i % 2 === 1) order.reverse();
      const line: string[] = [];
      for (const [set, daemon] of order) {
        const result = await sTime(daemon.port, set.client, options.handshakeSeconds);
        if (result.bytesPerConnection <= 0) throw new Error(`dockerd with ${set.name} answered nothing over s_time`);
        bytes = result.bytesPerConnection;
        rates[set.name].push(result.connections / result.seconds);
        line.push(`${set.name} ${Math.round(result.connections / result.seconds)}/s`);
      }
      log(`  s_time #${i + 1}: ${line.join(', ')}`);
    }
    const detail = (set: CertSetFiles) =>
      `openssl s_time -new -www /_ping -time ${options.handshakeSeconds} with client cert, CA verify; connections over wall time; dockerd with ${set.name} server certificates`;
    const oursRate = measurement(`handshakes/s, ${ours.name}`, 'handshakes/s', rates[ours.name], {
      detail: detail(ours),
      digits: 0,
    });
    const recipeRate = measurement(`handshakes/s, ${recipe.name}`, 'handshakes/s', rates[recipe.name], {
      detail: detail(recipe),
      digits: 0,
    });
    handshakes.measurements.push(oursRate, recipeRate);
    const comparison = rateRatio(oursRate, recipeRate);
    comparison.label = `handshakes/s: ${ours.name} vs ${recipe.name}`;
    comparison.target = handshakes.target;
    comparison.met = comparison.ratio >= HANDSHAKE_TARGET;
    comparison.targetAdvantage = HANDSHAKE_TARGET;
    comparison.verdict = `${comparison.ratio}× the handshake rate; target ≥ ${HANDSHAKE_TARGET}×: ${comparison.met ? 'met' : `missed (${round(comparison.ratio / HANDSHAKE_TARGET, 2)} of the target)`}`;
    handshakes.comparisons.push(comparison);
    handshakes.notes.push(
      `Each connection: TCP connect, full TLS handshake (no session reuse) with a client certificate, GET /_ping answered (${bytes} bytes). Client (openssl) and server (dockerd, Go crypto) share the machine's cores.`,
    );
    handshakes.seconds = (performance.now() - started) / 1000;

    // Row 5: one kept-alive connection each, rounds alternating which goes first.
    const latencyStart = performance.now();
    const pem = {
      ca: readFileSync(ours.client.ca, 'utf8'),
      cert: readFileSync(ours.client.cert, 'utf8'),
      key: readFileSync(ours.client.key, 'utf8'),
    };
    const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 1 });
    const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 1 });
    try {
      const transports: [string, Requester][] = [
        ['mTLS keep-alive', tlsRequester(oursDaemon.port, httpsAgent, pem)],
        ['unix socket keep-alive', unixRequester(oursDaemon.socket, httpAgent)],
      ];
      const samples: Record<string, number[]> = { 'mTLS keep-alive': [], 'unix socket keep-alive': [] };
      const connections: Record<string, number> = { 'mTLS keep-alive': 0, 'unix socket keep-alive': 0 };
      for (const [name, send] of transports) {
        for (let i = 0; i < 50; i += 1) if (!(await send()).reused) connections[name] += 1; // warm-up
      }
      for (let round = 0; round < options.latencyRounds; round += 1) {
        const order = round % 2 === 0 ? transports : [...transports].reverse();
        for (const [name, send] of order) {
          for (let i = 0; i < options.latencyRequests; i += 1) {
            const { ms, reused } = await send();
            if (!reused) connections[name] += 1;
            samples[name].push(ms * 1000);
          }
        }
      }
      const tlsLatency = measurement('GET /_ping over mTLS keep-alive', 'µs', samples['mTLS keep-alive'], {
        p95: true,
        digits: 0,
        detail: `node https, one kept-alive connection (${connections['mTLS keep-alive']} opened in all, handshake in the warm-up), ${options.latencyRounds}×${options.latencyRequests} sequential requests`,
      });
      const unixLatency = measurement('GET /_ping over the unix socket', 'µs', samples['unix socket keep-alive'], {
        p95: true,
        digits: 0,
        detail: `node http with socketPath, kept alive (${connections['unix socket keep-alive']} connection(s) opened), same daemon, same count`,
      });
      latency.measurements.push(tlsLatency, unixLatency);
      const comparison = timeRatio(tlsLatency, unixLatency);
      comparison.label = '/_ping latency: mTLS keep-alive vs unix socket';
      comparison.target = latency.target;
      comparison.met = comparison.ratio <= LATENCY_TARGET;
      comparison.targetAdvantage = 1 / LATENCY_TARGET;
      comparison.verdict = `median ${comparison.ratio}× (p95 ${round(tlsLatency.p95! / unixLatency.p95!, 2)}×); target ≤ ${LATENCY_TARGET}×: ${comparison.met ? 'met' : `missed by ${round(comparison.ratio - LATENCY_TARGET, 2)}×`}`;
      latency.comparisons.push(comparison);
      latency.notes.push(
        'Client-side time per request (request → end of the response), on the same dockerd. Each pair shares its client stack (Node http/https, or curl); the target is judged on the Node pair.',
      );
      log(`  latency (node): mTLS median ${tlsLatency.median} µs, unix ${unixLatency.median} µs`);

      // Cross-check with another client: one curl process per round and transport, fetching the
      // URL many times over one connection; the first transfer (connect, handshake) is left out.
      const curlSamples: Record<string, number[]> = { tls: [], unix: [] };
      const curlConnects: Record<string, number> = { tls: 0, unix: 0 };
      const curlArgs = {
        tls: ['--cacert', ours.client.ca, '--cert', ours.client.cert, '--key', ours.client.key],
        unix: ['--unix-socket', oursDaemon.socket],
      };
      const curlUrl = { tls: `https://127.0.0.1:${oursDaemon.port}/_ping`, unix: 'http://docker/_ping' };
      for (let round = 0; round < options.latencyRounds; round += 1) {
        const order: ('tls' | 'unix')[] = round % 2 === 0 ? ['tls', 'unix'] : ['unix', 'tls'];
        for (const kind of order) {
          const transfers = await curlTransfers(curlArgs[kind], curlUrl[kind], options.latencyRequests + 1);
          curlConnects[kind] += transfers.reduce((sum, transfer) => sum + transfer.connects, 0);
          curlSamples[kind].push(...transfers.slice(1).map((transfer) => transfer.us));
        }
      }
      const curlTls = measurement('GET /_ping over mTLS keep-alive (curl)', 'µs', curlSamples.tls, {
        p95: true,
        digits: 0,
        detail: `curl, ${options.latencyRounds} processes × ${options.latencyRequests} transfers over one connection each (${curlConnects.tls} connections in all), time_total per transfer`,
      });
      const curlUnix = measurement('GET /_ping over the unix socket (curl)', 'µs', curlSamples.unix, {
        p95: true,
        digits: 0,
        detail: `curl --unix-socket, the same (${curlConnects.unix} connections in all)`,
      });
      latency.measurements.push(curlTls, curlUnix);
      const cross = timeRatio(curlTls, curlUnix);
      cross.label = '/_ping latency with curl (cross-check)';
      cross.verdict = `median ${cross.ratio}× (p95 ${round(curlTls.p95! / curlUnix.p95!, 2)}×); a cross-check, not the row's figure`;
      latency.comparisons.push(cross);
      log(`  latency (curl): mTLS median ${curlTls.median} µs, unix ${curlUnix.median} µs`);
    } finally {
      httpsAgent.destroy();
      httpAgent.destroy();
      latency.seconds = (performance.now() - latencyStart) / 1000;
    }
  } catch (error) {
    const message = (error as Error).message;
    if (handshakes.comparisons.length === 0) handshakes.error = message;
    latency.error = message;
  } finally {
    for (const daemon of daemons.reverse()) await removeBareDaemon(daemon);
  }
  return { handshakes, latency };
}

// Runs INSIDE the stand-in for testcontainers' Ryuk (no registry here, so the real image cannot be
// pulled). It speaks Ryuk's side of the protocol: listens on 8080, answers each `label=K=V` filter
// line with `ACK\n`, and once every client has gone it removes the containers those labels match,
// through the Docker socket mounted at /var/run/docker.sock. Unlike Ryuk it then stays up: its
// container is auto-removed on exit, and the test reads its log. It logs, for the test:
//   socket-root <DockerRootDir>   which daemon the mounted socket leads to (GET /info)
//   filter <label>                each filter received
//   reaped <id>                   each container it removed
import { request } from 'node:http';
import { createServer } from 'node:net';
import { hostname } from 'node:os';

const SOCKET = '/var/run/docker.sock';
const filters = new Set();
let clients = 0;
let seenClient = false;

function api(method, path) {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: SOCKET, method, path, headers: { Host: 'docker' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, body: body ? JSON.parse(body) : undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function reap() {
  const labels = [...filters];
  const query = encodeURIComponent(JSON.stringify({ label: labels }));
  const { body: containers } = await api('GET', `/containers/json?all=1&filters=${query}`);
  // The reaper carries the session label too: it must not remove itself (its hostname is its id).
  for (const container of containers.filter((found) => !found.Id.startsWith(hostname()))) {
    await api('DELETE', `/containers/${container.Id}?force=1&v=1`);
    console.log(`reaped ${container.Id}`);
  }
  console.log('done');
}

const info = await api('GET', '/info');
console.log(`socket-root ${info.body.DockerRootDir}`);

createServer((socket) => {
  clients += 1;
  seenClient = true;
  let buffered = '';
  socket.on('data', (chunk) => {
    buffered += chunk.toString();
    const lines = buffered.split(/\r?\n/);
    buffered = lines.pop();
    for (const line of lines.filter(Boolean)) {
      const label = line.replace(/^label=/, '');
      filters.add(label);
      console.log(`filter ${label}`);
      socket.write('ACK\n');
    }
  });
  socket.on('error', () => undefined);
  socket.on('close', () => {
    clients -= 1;
    // Real Ryuk waits for a reconnection first (10 s by default); one second is enough here.
    if (clients === 0 && seenClient) setTimeout(() => clients === 0 && reap(), 1000);
  });
}).listen(8080, () => console.log('Started!'));

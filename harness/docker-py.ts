// docker-py driven the way a later workflow step drives it: docker.from_env() and nothing else.
import { type RunResult, ok, run } from './commands.js';

/**
 * docker-py, as `docker.from_env()` configures itself. With `strict`, every SSLContext that
 * performs a handshake gets VERIFY_X509_STRICT first, and the handshakes are counted: docker-py
 * builds its context through requests/urllib3, so the flag is set where the socket is wrapped.
 */
const DOCKER_PY = String.raw`
import json, ssl, sys, warnings
warnings.simplefilter('ignore')
mode, image = sys.argv[1], sys.argv[2]
handshakes = []
if mode == 'strict':
    original = ssl.SSLContext.wrap_socket
    def wrap_socket(self, *args, **kwargs):
        self.verify_flags |= ssl.VERIFY_X509_STRICT
        handshakes.append({
            'strict': bool(self.verify_flags & ssl.VERIFY_X509_STRICT),
            'verifyMode': int(self.verify_mode),
            'checkHostname': self.check_hostname,
        })
        return original(self, *args, **kwargs)
    ssl.SSLContext.wrap_socket = wrap_socket
import docker
client = docker.from_env()
result = {
    'baseUrl': client.api.base_url,
    'ping': client.ping(),
    'version': client.version()['Version'],
    'containers': len(client.containers.list(all=True)),
}
if image:
    result['run'] = client.containers.run(image, ['echo', 'hello from docker-py'], remove=True).decode().strip()
result['handshakes'] = handshakes
print(json.dumps(result))
`;

export interface DockerPyResult {
  baseUrl: string;
  ping: boolean;
  version: string;
  containers: number;
  run?: string;
  handshakes: Array<{ strict: boolean; verifyMode: number; checkHostname: boolean }>;
}

/** Debian's python3 with python3-docker; the pyenv python3 on PATH has no docker module. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

export function dockerPyRaw(env: NodeJS.ProcessEnv, mode: 'plain' | 'strict', image = ''): Promise<RunResult> {
  return run(SYSTEM_PYTHON, ['-c', DOCKER_PY, mode, image], { env, timeoutMs: 60_000 });
}

export async function dockerPy(env: NodeJS.ProcessEnv, mode: 'plain' | 'strict', image = ''): Promise<DockerPyResult> {
  return JSON.parse(
    ok(await dockerPyRaw(env, mode, image))
      .trim()
      .split('\n')
      .pop()!,
  ) as DockerPyResult;
}

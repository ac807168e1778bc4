// The demo proper (run through scripts/demo.mjs): dist/main, a "next step" using only the exported
// environment, a client without a certificate, then dist/post.
import { execFileSync } from 'node:child_process';
import { FakeRunner } from '../harness/runner.js';
import { BUSYBOX_IMAGE, importBusybox, stepEnv } from '../harness/docker.js';

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);
const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

function show(title: string, command: string[], env: NodeJS.ProcessEnv): string {
  console.log(`\n${bold(`$ ${command.join(' ')}`)}   # ${title}`);
  const output = execFileSync(command[0], command.slice(1), {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  console.log(indent(output));
  return output;
}

const runner = new FakeRunner();
try {
  console.log(bold('== step 1: uses: docker-tls-action (dist/main/index.js, as the runner runs it)'));
  const started = performance.now();
  const main = await runner.main({ port: '0', 'cert-validity': '1h' });
  console.log(indent(main.stdout));
  if (main.code !== 0) throw new Error(`the main step failed (exit ${main.code})`);
  console.log(`  main step took ${Math.round(performance.now() - started)} ms; exported:`);
  for (const [name, value] of Object.entries(main.env)) console.log(`    ${name}=${value}`);

  console.log(bold('\n== step 2: a later step that only has the exported environment'));
  const env = stepEnv(main.env);
  show(
    'client and server over mutual TLS',
    ['docker', 'version', '--format', 'client {{.Client.Version}}, server {{.Server.Version}}'],
    env,
  );
  await importBusybox(env);
  console.log(`  (imported ${BUSYBOX_IMAGE} from this machine's busybox: no registry needed)`);
  show(
    'a container on the mTLS daemon',
    ['docker', 'run', '--rm', BUSYBOX_IMAGE, 'echo', 'hello from a container, over mTLS'],
    env,
  );

  console.log(bold('\n== step 3: a client without a certificate is refused'));
  const url = `https://${main.env.DOCKER_HOST.replace('tcp://', '')}/_ping`;
  console.log(bold(`$ curl --cacert $DOCKER_CERT_PATH/ca.pem ${url}`));
  try {
    execFileSync('curl', ['-sS', '--cacert', `${main.env.DOCKER_CERT_PATH}/ca.pem`, url], {
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    throw new Error('the daemon answered a client without a certificate');
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    console.log(indent(`refused: ${stderr.trim()}`));
  }

  console.log(bold('\n== post step (dist/post/index.js): stop the daemon, remove everything'));
  const post = await runner.post(main.state);
  console.log(
    indent(
      post.stdout
        .split('\n')
        .filter((line) => !line.startsWith('time='))
        .join('\n'),
    ),
  );
  if (post.code !== 0) throw new Error(`the post step failed (exit ${post.code})`);
  console.log(bold('\nDone: nothing of the demo is left running or on disk.'));
} finally {
  runner.dispose();
}

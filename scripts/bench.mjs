// `npm run bench`: rebuilds dist/ from the current sources (the bench runs the bundles as the runner
// does), then runs bench/run.ts, which writes bench/results.md, bench/results.json and
// bench/ratios.svg. `npm run bench -- --smoke` runs every row in a shortened form (about 2 minutes)
// but row 11, the runner look-alike VM (minutes under emulation), unless `--runner-vm` is given too;
// `--no-runner-vm` leaves row 11 out of a full run.
// Installs nothing; needs root (it starts Docker daemons and bridges), dockerd and openssl.
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runnerNode } from './node24.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !['--smoke', '--runner-vm', '--no-runner-vm'].includes(arg));
if (unknown.length > 0) {
  console.error(`npm run bench: unknown argument ${unknown.join(' ')} (only --smoke, --runner-vm, --no-runner-vm)`);
  process.exit(2);
}
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const bench = spawn(runnerNode(), ['--import', 'tsx', 'bench/run.ts', ...args], { cwd: root, stdio: 'inherit' });
// On Ctrl-C or SIGTERM the bench stops its daemons before it exits: pass the signal on and wait.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => bench.kill(signal));
bench.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));

// The guest's image, built by runner-vm/image/build.sh and cached under CACHE_ROOT/image-<key>,
// where the key is a hash of everything it is made from: the files of runner-vm/image (the package
// list, the hooks, the units), the Node version and the dind root file system. A change to any of
// them builds a new image (minutes) and removes the older ones; otherwise a run takes it as it is.
// Debian unstable moves on daily: the cached image stays until its inputs change or it is deleted.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CACHE_ROOT, type Log, REPO_ROOT, tool } from './common.js';
import { runInGuest } from './guest-run.js';
import { type NodeBinary, officialNode } from '../../scripts/node24.mjs';

const IMAGE_SOURCES = join(REPO_ROOT, 'runner-vm', 'image');
const PROVISION_TIMEOUT_MS = 30 * 60_000;

export interface GuestImage {
  dir: string;
  rootDisk: string;
  kernel: string;
  initrd: string;
  node: NodeBinary;
}

interface DindRootfs {
  tar: string;
  tag: string;
}

function imageAt(dir: string, node: NodeBinary): GuestImage {
  return {
    dir,
    rootDisk: join(dir, 'root.ext4'),
    kernel: join(dir, 'vmlinuz'),
    initrd: join(dir, 'initrd.img'),
    node,
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** Every input's name and content (and whether a file is executable), hashed. */
function imageKey(node: NodeBinary, dind: DindRootfs): string {
  const hash = createHash('sha256');
  for (const path of filesUnder(IMAGE_SOURCES)) {
    hash.update(`${relative(IMAGE_SOURCES, path)} ${statSync(path).mode & 0o111 ? 'x' : '-'}\n`);
    hash.update(readFileSync(path));
  }
  hash.update(`node ${node.version}\ndind ${basename(dind.tar)} ${statSync(dind.tar).size} ${dind.tag}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** The dind image's root file system, as scripts/build-dind-image.sh caches it (made when missing). */
async function dindRootfs(log: Log): Promise<DindRootfs> {
  log('the dind root file system (scripts/build-dind-image.sh --rootfs-tar; built once, then cached)');
  const line = await tool('bash', [join(REPO_ROOT, 'scripts', 'build-dind-image.sh'), '--rootfs-tar']);
  const [tar, tag] = line.trim().split('\t');
  return { tar, tag };
}

/**
 * One boot of the new image that writes it (runner-vm/image/provision.sh): the first boot's work
 * and the dind root file system's import, which every job would otherwise redo under emulation.
 */
async function provision(image: GuestImage, log: Log): Promise<void> {
  const outDir = join(image.dir, 'provisioning');
  const job = { variant: '24.04' as const, program: 'provision' as const };
  log('provisioning boot: importing the dind root file system into the image’s Docker');
  const run = await runInGuest({
    image,
    job,
    cpus: 2,
    timeoutMs: PROVISION_TIMEOUT_MS,
    outDir,
    log,
    writeRootDisk: true,
  });
  if (run.jobStatus !== 'success 0') {
    const console = readFileSync(run.consoleLog, 'utf8').split('\n').slice(-60).join('\n');
    throw new Error(`the provisioning boot failed (${run.timedOut ? 'timed out' : run.jobStatus}):\n${console}`);
  }
  rmSync(outDir, { recursive: true, force: true });
}

async function buildImage(target: string, node: NodeBinary, dind: DindRootfs, log: Log): Promise<void> {
  const work = mkdtempSync(`${target}.partial-`);
  try {
    const sources = join(work, 'sid.list');
    await tool('bash', [join(REPO_ROOT, 'scripts', 'fetch-engine.sh'), '--sid-sources', sources]);
    const started = performance.now();
    log(`building the guest image (mmdebstrap of Debian unstable, then mke2fs): ${target}`);
    await tool('bash', [join(IMAGE_SOURCES, 'build.sh'), work, sources, node.path, dind.tar, dind.tag]);
    rmSync(sources);
    await provision(imageAt(work, node), log);
    writeFileSync(join(work, 'complete'), `${new Date().toISOString()}\n`);
    // Another run may have finished the same image meanwhile: either copy is the same.
    if (existsSync(target)) rmSync(work, { recursive: true, force: true });
    else renameSync(work, target);
    log(`guest image built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/** Images of other keys: older inputs, never used again. */
function removeOtherImages(keep: string): void {
  for (const name of readdirSync(CACHE_ROOT)) {
    if (name.startsWith('image-') && join(CACHE_ROOT, name) !== keep) {
      rmSync(join(CACHE_ROOT, name), { recursive: true, force: true });
    }
  }
}

export async function ensureGuestImage(log: Log): Promise<GuestImage> {
  const node = officialNode();
  const dind = await dindRootfs(log);
  const dir = join(CACHE_ROOT, `image-${imageKey(node, dind)}`);
  if (existsSync(join(dir, 'complete'))) {
    log(`guest image: cached (${dir}; Node ${node.version})`);
    return imageAt(dir, node);
  }
  await buildImage(dir, node, dind, log);
  removeOtherImages(dir);
  return imageAt(dir, node);
}

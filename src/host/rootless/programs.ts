import type { Found } from '../trusted-path.js';
import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';

const SETUID = 0o4000;

/** Where a lookup looked, for a detail that says why a program was not taken. */
function missing(name: string, found: Found): string {
  const passed = found.skipped.length > 0 ? ` (passed over: ${found.skipped.join('; ')})` : '';
  return `${name} is not in a directory only root can write${passed}`;
}

/**
 * newuidmap and newgidmap write the id maps of rootlesskit's namespace with the subordinate ids,
 * which only a privileged program may: setuid root (Debian's and Ubuntu's uidmap package) or with
 * the file capability cap_setuid / cap_setgid (Fedora's shadow-utils). Without either they map
 * the user's own id alone, and rootlesskit fails with "write to uid_map failed".
 */
async function privilegeOf(probe: RootlessProbe, path: string, capability: string): Promise<string | undefined> {
  const facts = await probe.stat(path);
  if (facts && facts.uid === 0 && facts.mode & SETUID) return 'setuid root';
  // Node cannot read the security.capability attribute; libcap's getcap can, without root.
  const getcap = (await probe.findProgram('getcap')).path;
  if (!getcap) return undefined;
  const { ok, stdout } = await probe.run(getcap, [path], 10_000);
  if (!ok) return undefined;
  return new RegExp(`\\b${capability}\\b`).test(stdout) ? `file capability ${capability}` : 'unprivileged';
}

interface IdMapper {
  name: 'newuidmap' | 'newgidmap';
  capability: 'cap_setuid' | 'cap_setgid';
}

const MAPPERS: IdMapper[] = [
  { name: 'newuidmap', capability: 'cap_setuid' },
  { name: 'newgidmap', capability: 'cap_setgid' },
];

interface MapperState extends IdMapper {
  found: Found;
  /** The resolved path, when found. */
  real?: string;
  /** How it is privileged: setuid root, a file capability, unprivileged; undefined when unknown. */
  privilege?: string;
  said: string;
}

async function mapperState(probe: RootlessProbe, mapper: IdMapper): Promise<MapperState> {
  const found = await probe.findProgram(mapper.name);
  if (!found.path) return { ...mapper, found, said: missing(mapper.name, found) };
  const real = await probe.realpath(found.path);
  const privilege = await privilegeOf(probe, real, mapper.capability);
  return {
    ...mapper,
    found,
    real,
    privilege,
    said: `${mapper.name} at ${found.path} (${privilege ?? 'not setuid root'})`,
  };
}

/** newuidmap and newgidmap present, and privileged as they must be. */
export async function uidmapFinding(probe: RootlessProbe): Promise<RootlessFinding> {
  const states = await Promise.all(MAPPERS.map((mapper) => mapperState(probe, mapper)));
  const detail = `${states.map((state) => state.said).join('; ')}.`;
  if (states.some((state) => !state.found.path)) {
    const fix =
      'Install the package uidmap (newuidmap and newgidmap): sudo apt-get install -y uidmap (shadow-utils on Fedora and RHEL).';
    return { check: 'uidmap', ok: false, detail, fix };
  }
  const unprivileged = states.filter((state) => state.privilege === 'unprivileged');
  if (unprivileged.length > 0) {
    const fix = unprivileged
      .map((state) => `sudo chmod u+s ${state.real} (or sudo setcap ${state.capability}=ep ${state.real})`)
      .join('; ');
    const why = `${unprivileged.map((state) => state.name).join(' and ')} has neither the setuid bit nor its file capability: it maps this user's own id only, not the subordinate ones rootlesskit needs`;
    return {
      check: 'uidmap',
      ok: false,
      detail: `${detail} ${why}.`,
      fix: `Make it privileged as its package does: ${fix}.`,
    };
  }
  const unsure = states.filter((state) => state.privilege === undefined);
  if (unsure.length === 0) return { check: 'uidmap', ok: true, detail };
  // Not setuid, and getcap is not there to read a file capability: likely fine (Fedora), not sure.
  const caution = ` Caution: ${unsure.map((state) => state.name).join(' and ')} is not setuid root and its file capabilities could not be read (getcap is not installed); if rootlesskit fails with "write to uid_map failed", it has neither.`;
  return { check: 'uidmap', ok: true, detail: detail + caution };
}

/** rootlesskit: where it is (the AppArmor check needs its real path), or undefined. */
export async function findRootlesskit(probe: RootlessProbe): Promise<{ found: Found; real?: string }> {
  const found = await probe.findProgram('rootlesskit');
  return found.path ? { found, real: await probe.realpath(found.path) } : { found };
}

export function rootlesskitFinding(rootlesskit: { found: Found; real?: string }): RootlessFinding {
  const { found, real } = rootlesskit;
  if (found.path) {
    const resolved = real && real !== found.path ? ` (${real})` : '';
    return { check: 'rootlesskit', ok: true, detail: `rootlesskit at ${found.path}${resolved}.` };
  }
  return {
    check: 'rootlesskit',
    ok: false,
    detail: `${missing('rootlesskit', found)}.`,
    fix: "Install the package rootlesskit: sudo apt-get install -y rootlesskit (or Docker's docker-ce-rootless-extras); one in a directory the user can write is not used.",
  };
}

export interface NetworkDriver {
  name: 'slirp4netns' | 'pasta';
  path: string;
}

/** The user-mode network the namespace gets: slirp4netns when present (the longer proven), else pasta. */
export async function chooseNetworkDriver(
  probe: RootlessProbe,
): Promise<{ driver?: NetworkDriver; found: Record<NetworkDriver['name'], Found> }> {
  const [slirp4netns, pasta] = await Promise.all([probe.findProgram('slirp4netns'), probe.findProgram('pasta')]);
  const found = { slirp4netns, pasta };
  if (slirp4netns.path) return { driver: { name: 'slirp4netns', path: slirp4netns.path }, found };
  if (pasta.path) return { driver: { name: 'pasta', path: pasta.path }, found };
  return { found };
}

export async function networkDriverFinding(probe: RootlessProbe): Promise<RootlessFinding> {
  const { driver, found } = await chooseNetworkDriver(probe);
  if (driver) {
    const also = driver.name === 'slirp4netns' && found.pasta.path ? ` (pasta at ${found.pasta.path} too)` : '';
    return { check: 'network-driver', ok: true, detail: `${driver.name} at ${driver.path} will be used${also}.` };
  }
  return {
    check: 'network-driver',
    ok: false,
    detail: `No user-mode network driver: ${missing('slirp4netns', found.slirp4netns)}, and ${missing('pasta', found.pasta)}.`,
    fix: 'Install one: sudo apt-get install -y slirp4netns (or passt, which gives pasta).',
  };
}

import { type Privilege, readAsRoot, runAsRoot } from '../privilege.js';

/**
 * Which iptables to drive. The kernel keeps nf_tables rules and legacy (x_tables) rules apart, and a
 * packet must pass both: our ACCEPT in one does nothing against a DROP policy set in the other. So
 * we use the backend the host's rules already live in: the one whose filter table shows the runner
 * daemon's DOCKER chains, else the one the `iptables` alternative names, else whichever works.
 */
export type IptablesBackend = 'iptables-nft' | 'iptables-legacy' | 'iptables';

export const BACKENDS: readonly IptablesBackend[] = ['iptables-nft', 'iptables-legacy'];

export type IptablesTable = 'filter' | 'nat' | 'raw';

/** The tables our chains go into. */
export const OUR_TABLES: readonly IptablesTable[] = ['filter', 'nat', 'raw'];

/** Runs one iptables command as root. `-w` waits for the xtables lock instead of failing when
 * another daemon (the runner's dockerd) changes rules at the same moment; nft accepts and ignores it. */
export async function iptables(
  privilege: Privilege,
  backend: IptablesBackend,
  table: IptablesTable,
  args: string[],
): Promise<string> {
  const { stdout } = await runAsRoot(privilege, backend, ['-w', '10', '-t', table, ...args]);
  return stdout;
}

/** One rule of `iptables -S` output as its arguments; double-quoted words (comments) kept whole. */
export function splitRule(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|(\S+)/g)) {
    words.push(match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : match[2]);
  }
  return words;
}

/** The user-defined chains (`-N name`) of an `iptables -S` listing. */
export function chainsOf(listing: string): string[] {
  return listing
    .split('\n')
    .map((line) => /^-N (\S+)$/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

/**
 * One table of an `iptables-save` output as `iptables -S` lists it: `-P` for a built-in chain's
 * policy, `-N` for a chain of one's own, then the rules, which both print alike. Empty when the
 * output holds no such table (a kernel without it, or a backend never used).
 */
export function listingOfSaved(saved: string, table: IptablesTable): string {
  const lines = saved.split('\n').map((line) => line.trim());
  const start = lines.indexOf(`*${table}`);
  if (start < 0) return '';
  const end = lines.indexOf('COMMIT', start);
  const listing: string[] = [];
  for (const line of lines.slice(start + 1, end < 0 ? undefined : end)) {
    const chain = /^:(\S+) (\S+)/.exec(line);
    if (chain) listing.push(chain[2] === '-' ? `-N ${chain[1]}` : `-P ${chain[1]} ${chain[2]}`);
    else if (line.startsWith('-A ')) listing.push(line);
  }
  return listing.length > 0 ? `${listing.join('\n')}\n` : '';
}

/** The rules (`-A chain ...`) of a listing, each split into words, `-A` included. */
export function rulesOf(listing: string): string[][] {
  return listing
    .split('\n')
    .filter((line) => line.startsWith('-A '))
    .map(splitRule);
}

/** Whether the host's firewall shows the chains of a Docker daemon (the runner's) in this listing. */
export function showsDockerChains(listing: string): boolean {
  return chainsOf(listing).some((chain) => /^DOCKER(-|$)/.test(chain));
}

/** `iptables --version` says "(nf_tables)" or "(legacy)"; older releases say neither. */
export function backendOfVersion(version: string): IptablesBackend | undefined {
  if (version.includes('nf_tables')) return 'iptables-nft';
  if (version.includes('legacy')) return 'iptables-legacy';
  return undefined;
}

export interface BackendChoice {
  backend?: IptablesBackend;
  /** Why each backend tried could not be used: the text of the warning when none works. */
  failures: string[];
  /** The chosen backend's filter table (`-S`), as listed while choosing. */
  filter?: string;
}

async function listFilter(privilege: Privilege, backend: IptablesBackend): Promise<string | Error> {
  return iptables(privilege, backend, 'filter', ['-S']).catch((error: Error) => error);
}

const LEGACY_TABLES = '/proc/net/ip_tables_names';

/**
 * Legacy tables exist only once something used them; /proc/net/ip_tables_names lists them. Asking
 * iptables-legacy itself would load the x_tables modules on a host that never used them.
 */
async function legacyInUse(privilege: Privilege): Promise<boolean> {
  const names = await readAsRoot(privilege, LEGACY_TABLES).catch(() => '');
  return names.split('\n').includes('filter');
}

/** The backends that may hold rules of ours, working or not: nft, and legacy when it is in use. */
export async function backendCandidates(privilege: Privilege): Promise<IptablesBackend[]> {
  return (await legacyInUse(privilege)) ? [...BACKENDS] : ['iptables-nft'];
}

/** The save program that goes with each backend: every table in one process. */
const SAVE: Record<IptablesBackend, string> = {
  'iptables-nft': 'iptables-nft-save',
  'iptables-legacy': 'iptables-legacy-save',
  iptables: 'iptables-save',
};

/** Every table of one backend in one process; undefined where the save program fails. */
export function saveTables(privilege: Privilege, backend: IptablesBackend): Promise<string | undefined> {
  return runAsRoot(privilege, SAVE[backend], []).then(
    (out) => out.stdout,
    () => undefined,
  );
}

/**
 * The firewall as a start finds it: the backends that may hold rules of ours, and a save of each
 * (undefined where its save program fails). The crash sweep reads it for chains of dead runs, and
 * the backend choice for the filter tables, so that each costs no process of its own.
 */
export interface FirewallSurvey {
  candidates: IptablesBackend[];
  saved: Map<IptablesBackend, string | undefined>;
}

export async function surveyFirewall(privilege: Privilege): Promise<FirewallSurvey> {
  const candidates = await backendCandidates(privilege);
  const saves = await Promise.all(candidates.map((backend) => saveTables(privilege, backend)));
  return { candidates, saved: new Map(candidates.map((backend, index) => [backend, saves[index]])) };
}

/**
 * A backend's filter table from the survey, as `iptables -S` lists it; undefined where the survey
 * has none (a save that failed, or a table not yet made, which `-S` may still list).
 */
function surveyedFilter(survey: FirewallSurvey | undefined, backend: IptablesBackend): string | undefined {
  const saved = survey?.saved.get(backend);
  return (saved && listingOfSaved(saved, 'filter')) || undefined;
}

/** The backends whose tables can hold rules of ours: nft when it works, legacy when it is in use. */
export async function backendsInUse(privilege: Privilege): Promise<IptablesBackend[]> {
  const candidates = await backendCandidates(privilege);
  const listed = await Promise.all(
    candidates.map(async (backend) => typeof (await listFilter(privilege, backend)) === 'string'),
  );
  return candidates.filter((_, index) => listed[index]);
}

async function alternative(privilege: Privilege): Promise<IptablesBackend | undefined> {
  const version = await runAsRoot(privilege, 'iptables', ['--version']).catch(() => undefined);
  return version ? backendOfVersion(version.stdout) : undefined;
}

/**
 * Picks the backend to use (see IptablesBackend); `backend` is undefined when none works. A survey
 * taken just before (`surveyFirewall`, with nothing changed since) stands in for the listings of the
 * backends whose filter table it holds.
 */
export async function chooseBackend(privilege: Privilege, survey?: FirewallSurvey): Promise<BackendChoice> {
  const failures: string[] = [];
  const listings = new Map<IptablesBackend, string>();
  const tried = new Set<IptablesBackend>();
  const probe = async (backend: IptablesBackend): Promise<boolean> => {
    if (!tried.has(backend)) {
      tried.add(backend);
      const listing = surveyedFilter(survey, backend) ?? (await listFilter(privilege, backend));
      if (typeof listing === 'string') listings.set(backend, listing);
      else failures.push(listing.message);
    }
    return listings.has(backend);
  };
  const legacyAsked = survey ? Promise.resolve(survey.candidates.includes('iptables-legacy')) : legacyInUse(privilege);
  const [, legacy] = await Promise.all([probe('iptables-nft'), legacyAsked]);
  if (legacy) await probe('iptables-legacy');
  const chosen = (backend: IptablesBackend) => ({ backend, failures, filter: listings.get(backend) });
  const withDocker = [...listings].filter(([, listing]) => showsDockerChains(listing)).map(([backend]) => backend);
  // Usually one backend shows the runner daemon's chains: the alternative is asked only when that
  // does not decide (one process less while our dockerd boots).
  if (withDocker.length === 1) return chosen(withDocker[0]);
  const preferred = await alternative(privilege);
  if (withDocker.length > 0) return chosen(withDocker.find((b) => b === preferred) ?? withDocker[0]);
  if (preferred && (await probe(preferred))) return chosen(preferred);
  // A host whose legacy tables are still unused, or one with only a plain `iptables` (no suffix).
  for (const backend of ['iptables-nft', 'iptables-legacy', 'iptables'] as const) {
    if (await probe(backend)) return chosen(backend);
  }
  return { failures };
}

import { type Privilege, runAsRoot } from '../privilege.js';
import {
  type FirewallSpec,
  type IptablesCommand,
  OUR_CHAIN,
  antiSpoofCommands,
  chainNames,
  forwardHookPosition,
  installCommands,
  removalCommands,
  restoreInput,
} from './firewall-rules.js';
import {
  type FirewallSurvey,
  type IptablesBackend,
  type IptablesTable,
  OUR_TABLES,
  backendsInUse,
  chainsOf,
  chooseBackend,
  iptables,
  listingOfSaved,
  saveTables,
  surveyFirewall,
} from './iptables.js';

export type FirewallResult =
  | { applied: true; backend: IptablesBackend; chains: string[]; warnings: string[] }
  | { applied: false; warning: string; hint: string };

const NO_FIREWALL_HINT =
  'Install iptables (apt-get install iptables) and make sure the kernel has nf_tables or ip_tables ' +
  '(modprobe nf_tables); or set outbound to false when containers need no network beyond each other.';

async function run(privilege: Privilege, backend: IptablesBackend, commands: IptablesCommand[]): Promise<void> {
  for (const command of commands) await iptables(privilege, backend, command.table, command.args);
}

/** The restore program that goes with each backend. */
const RESTORE: Record<IptablesBackend, string> = {
  'iptables-nft': 'iptables-nft-restore',
  'iptables-legacy': 'iptables-legacy-restore',
  iptables: 'iptables-restore',
};

/** Rules into (or out of) our chains, all at once: one restore, refused whole. */
export function changeRules(privilege: Privilege, backend: IptablesBackend, commands: IptablesCommand[]) {
  return runAsRoot(privilege, RESTORE[backend], ['--noflush', '--wait', '10'], 30_000, restoreInput(commands));
}

/**
 * Installs our chains with one process (a dozen iptables processes cost the start ~100 ms). Where
 * that fails, the anti-spoofing chain is what a kernel most likely lacks (the rpfilter match): the
 * rest goes in without it, and the warning returned says what is not checked; where even that
 * fails, one iptables process per command, as before.
 */
async function install(privilege: Privilege, backend: IptablesBackend, spec: FirewallSpec, position: number) {
  const main = installCommands(spec, position);
  try {
    await changeRules(privilege, backend, [...main, ...antiSpoofCommands(spec)]);
    return undefined;
  } catch (error) {
    await removeFirewall(privilege, spec.id, backend);
    await changeRules(privilege, backend, main).catch(async () => {
      await removeFirewall(privilege, spec.id, backend);
      await run(privilege, backend, main);
    });
    return `Packets claiming an address of ${spec.block} are not checked for where they come from, so a container on another bridge could forge one (${backend} refused the rpfilter match: ${(error as Error).message}).`;
  }
}

/**
 * Installs our chains and hooks (replacing any of this instance's from an earlier attempt). Never
 * throws for a firewall that cannot be changed: the result then carries the warning for the log, and
 * the daemon can start with containers that have no network beyond this machine. `survey`: the
 * sweep's, when nothing changed since (see chooseBackend).
 */
export async function applyFirewall(
  privilege: Privilege,
  spec: FirewallSpec,
  survey?: FirewallSurvey,
): Promise<FirewallResult> {
  const choice = await chooseBackend(privilege, survey);
  const what = spec.outbound ? 'no outbound network' : 'no network between each other';
  if (!choice.backend) {
    return {
      applied: false,
      warning: `Containers of this daemon have ${what}: no iptables works here (${choice.failures.join('; ')}).`,
      hint: NO_FIREWALL_HINT,
    };
  }
  let spoofWarning: string | undefined;
  try {
    // A fresh id has no chains yet; the chooser's listing (taken of every backend it chooses) shows any
    // of an earlier attempt.
    if (chainsOf(choice.filter ?? '').includes(chainNames(spec.id).forward))
      await removeFirewall(privilege, spec.id, choice.backend);
    spoofWarning = await install(privilege, choice.backend, spec, forwardHookPosition(choice.filter ?? ''));
  } catch (error) {
    await removeFirewall(privilege, spec.id, choice.backend).catch(() => undefined);
    return {
      applied: false,
      warning: `Containers of this daemon have ${what}: ${choice.backend} refused our rules (${(error as Error).message}).`,
      hint: NO_FIREWALL_HINT,
    };
  }
  const { forward, nat, raw } = chainNames(spec.id);
  const chains = [forward, ...(spec.outbound ? [nat] : []), ...(spoofWarning ? [] : [raw])];
  return { applied: true, backend: choice.backend, chains, warnings: spoofWarning ? [spoofWarning] : [] };
}

/**
 * Removes `chains` from every table of one backend: one save lists them all and one restore removes
 * them, two processes where a listing per table and a process per command took twelve (each through
 * sudo on a runner). Where the restore is refused, one process per command for what is still there
 * (a legacy restore commits table by table, so part of it may have gone in).
 */
async function removeChains(privilege: Privilege, backend: IptablesBackend, chains: string[]): Promise<number> {
  const commandsNow = async () =>
    (await ourTables(privilege, backend)).flatMap(([table, listing]) => removalCommands(table, listing, chains));
  const commands = await commandsNow();
  if (commands.length === 0) return 0;
  try {
    await changeRules(privilege, backend, commands);
  } catch {
    await run(privilege, backend, await commandsNow());
  }
  return commands.filter((command) => command.args[0] === '-X').length;
}

/** Our tables as `iptables -S` lists them: from one save, or a listing each where the save fails. */
async function ourTables(privilege: Privilege, backend: IptablesBackend): Promise<[IptablesTable, string][]> {
  const saved = await saveTables(privilege, backend);
  if (saved !== undefined) return OUR_TABLES.map((table) => [table, listingOfSaved(saved, table)]);
  const listings = OUR_TABLES.map((table) =>
    iptables(privilege, backend, table, ['-S']).catch((error: Error) => {
      // A kernel without the raw table holds no chain of ours there.
      if (table === 'raw') return '';
      throw error;
    }),
  );
  return Promise.all(listings).then((each) => OUR_TABLES.map((table, index) => [table, each[index]]));
}

/**
 * Unhooks and deletes this instance's chains, and only those; chains already gone are fine.
 * Returns how many chains were removed. Without `backend` (none recorded), it looks in both.
 */
export async function removeFirewall(privilege: Privilege, id: string, backend?: IptablesBackend): Promise<number> {
  const { forward, nat, raw } = chainNames(id);
  let removed = 0;
  for (const each of backend ? [backend] : await backendsInUse(privilege)) {
    removed += await removeChains(privilege, each, [forward, nat, raw]);
  }
  return removed;
}

/** Instance ids that have chains of ours in any table of any backend the survey saved. */
export function instancesWithChains(survey: FirewallSurvey): string[] {
  const chains = [...survey.saved.values()].flatMap((text = '') =>
    [...text.matchAll(/^:(\S+) /gm)].map((match) => match[1]),
  );
  return [...new Set(chains.map((chain) => OUR_CHAIN.exec(chain)?.[1]).filter((id): id is string => !!id))].sort();
}

/**
 * For the crash sweep: removes the chains of every instance `isDead` says is gone (the sweep's own
 * test: no owner, no dockerd) and returns their ids. Chains of live instances stay. The survey it
 * read comes back too while it still shows the firewall as it is: when there was nothing to remove.
 */
export async function sweepFirewalls(
  privilege: Privilege,
  isDead: (id: string) => boolean | Promise<boolean>,
): Promise<{ swept: string[]; survey?: FirewallSurvey }> {
  const survey = await surveyFirewall(privilege);
  const dead: string[] = [];
  for (const id of instancesWithChains(survey)) if (await isDead(id)) dead.push(id);
  if (dead.length === 0) return { swept: [], survey };
  const swept: string[] = [];
  for (const id of dead) if ((await removeFirewall(privilege, id)) > 0) swept.push(id);
  return { swept };
}

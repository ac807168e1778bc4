import { DockerTlsError } from '../../core/errors.js';
import { appArmorFinding, appArmorRestriction, restricts } from './apparmor.js';
import type { RootlessFinding } from './finding.js';
import { subordinateIdsFinding } from './ids.js';
import { type UsernsTrial, tryUserNamespace, tunFinding, userNamespacesFinding } from './kernel.js';
import { type RootlessProbe, type UserIdentity, describeUser, systemProbe } from './probe.js';
import { findRootlesskit, networkDriverFinding, rootlesskitFinding, uidmapFinding } from './programs.js';

export type { RootlessFinding } from './finding.js';
export type { PathFacts, RootlessProbe, RunOutcome, UserIdentity } from './probe.js';
export { systemProbe } from './probe.js';
export { type NetworkDriver, chooseNetworkDriver } from './programs.js';
export { NEEDED_IDS, parseSubordinateRanges, rangesOf, subordinateCount } from './ids.js';
export { profileText } from './apparmor.js';

/** Rootless as root protects nothing: root in the namespace would be root on the machine. */
function notRootFinding(user: UserIdentity): RootlessFinding {
  const who = describeUser(user);
  if (user.uid !== 0) return { check: 'not-root', ok: true, detail: `Running as ${who}, not root.` };
  return {
    check: 'not-root',
    ok: false,
    detail: `Running as ${who}: a rootless daemon started by root is refused, as it would run as root and protect nothing.`,
    fix: 'Run it as the unprivileged user the daemon should belong to (e.g. the runner\'s user, without sudo); as root, start the ordinary daemon instead (without --rootless or "rootless: true").',
  };
}

/** Whether unshare may prove user namespaces here, and why not when it may not. */
function trialFor(user: UserIdentity, restriction: string | undefined): (probe: RootlessProbe) => Promise<UsernsTrial> {
  if (user.uid === 0) return async () => ({ tried: false, why: 'not tried as root, who may always make them' });
  if (restricts(restriction)) {
    const why =
      "not tried with unshare: under the AppArmor restriction it fails for want of a profile of its own, whatever rootlesskit's allows (see apparmor-userns)";
    return async () => ({ tried: false, why });
  }
  return tryUserNamespace;
}

/**
 * Every precondition of a rootless daemon, in a fixed order: not-root, uidmap, subordinate-ids,
 * dev-net-tun, user-namespaces, apparmor-userns, rootlesskit, network-driver. Each is found on its
 * own, so that one run names everything to fix. Nothing on the machine is changed.
 */
export async function rootlessFindings(probe: RootlessProbe = systemProbe): Promise<RootlessFinding[]> {
  const [user, rootlesskit, restriction] = await Promise.all([
    probe.user(),
    findRootlesskit(probe),
    appArmorRestriction(probe),
  ]);
  const findings = await Promise.all([
    notRootFinding(user),
    uidmapFinding(probe),
    subordinateIdsFinding(probe, user),
    tunFinding(probe),
    userNamespacesFinding(probe, trialFor(user, restriction)),
    appArmorFinding(probe, restriction, rootlesskit.real),
    rootlesskitFinding(rootlesskit),
    networkDriverFinding(probe),
  ]);
  return findings;
}

/**
 * The check a rootless start makes before it makes anything: one DockerTlsError naming every
 * precondition that fails (the message) and every fix (the hint); the findings when all hold.
 */
export async function checkRootlessPreconditions(probe: RootlessProbe = systemProbe): Promise<RootlessFinding[]> {
  const findings = await rootlessFindings(probe);
  const failed = findings.filter((finding) => !finding.ok);
  if (failed.length === 0) return findings;
  const causes = failed.map((finding) => `- ${finding.check}: ${finding.detail}`);
  const fixes = failed.map((finding) => `- ${finding.check}: ${indent(finding.fix ?? 'see the detail above.')}`);
  throw new DockerTlsError(
    [`A rootless Docker daemon cannot start here: ${failed.length} precondition(s) fail.`, ...causes].join('\n'),
    ['To fix:', ...fixes].join('\n'),
  );
}

/** A multi-line fix (a profile to write) stays under its bullet. */
const indent = (text: string) => text.replace(/\n(?=.)/g, '\n    ');

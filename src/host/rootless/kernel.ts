import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';

export const TUN_DEVICE = '/dev/net/tun';
export const MAX_USER_NAMESPACES = '/proc/sys/user/max_user_namespaces';
/** Debian's and older Ubuntu's kernels only: absent elsewhere, where nothing switches them off. */
export const USERNS_CLONE = '/proc/sys/kernel/unprivileged_userns_clone';

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(4, '0');

/**
 * slirp4netns and pasta open /dev/net/tun inside the namespace, where their root is this user on
 * the machine: the device must be readable and writable by everyone (Ubuntu makes it 0666; some
 * distributions leave it 0600).
 */
export async function tunFinding(probe: RootlessProbe): Promise<RootlessFinding> {
  const [denied, facts] = await Promise.all([probe.readWriteDenied(TUN_DEVICE), probe.stat(TUN_DEVICE)]);
  const mode = facts ? `mode ${octal(facts.mode)}, owner uid ${facts.uid}` : 'absent';
  if (denied === undefined) {
    return { check: 'dev-net-tun', ok: true, detail: `${TUN_DEVICE} is readable and writable by this user (${mode}).` };
  }
  if (denied === 'ENOENT') {
    return {
      check: 'dev-net-tun',
      ok: false,
      detail: `${TUN_DEVICE} does not exist: the kernel's tun module is not loaded.`,
      fix: `Load it and let users open it: sudo modprobe tun && sudo chmod 0666 ${TUN_DEVICE} (echo tun | sudo tee /etc/modules-load.d/tun.conf keeps it loaded after a reboot).`,
    };
  }
  return {
    check: 'dev-net-tun',
    ok: false,
    detail: `${TUN_DEVICE} is not readable and writable by this user (${denied}; ${mode}): the user-mode network cannot open it.`,
    fix: `sudo chmod 0666 ${TUN_DEVICE} (as Ubuntu has it; a udev rule KERNEL=="tun", MODE="0666" in /etc/udev/rules.d/ keeps it after a reboot).`,
  };
}

/** The sysctls that switch unprivileged user namespaces off; each problem with its fix. */
async function sysctlProblems(probe: RootlessProbe): Promise<{ seen: string[]; problems: string[]; fixes: string[] }> {
  const [max, clone] = (await Promise.all([probe.readFile(MAX_USER_NAMESPACES), probe.readFile(USERNS_CLONE)])).map(
    (text) => text?.trim(),
  );
  const seen: string[] = [];
  const problems: string[] = [];
  const fixes: string[] = [];
  if (max !== undefined) seen.push(`user.max_user_namespaces=${max}`);
  if (max !== undefined && Number(max) <= 0) {
    problems.push(`user.max_user_namespaces=${max} allows no user namespace`);
    fixes.push('sudo sysctl -w user.max_user_namespaces=28633');
  }
  if (clone !== undefined) seen.push(`kernel.unprivileged_userns_clone=${clone}`);
  if (clone !== undefined && clone !== '1') {
    problems.push(`kernel.unprivileged_userns_clone=${clone} refuses them to users other than root`);
    fixes.push('sudo sysctl -w kernel.unprivileged_userns_clone=1');
  }
  return { seen, problems, fixes };
}

/** How the namespace probe went, or why it was not tried. */
export type UsernsTrial = { tried: true; ok: boolean; said: string } | { tried: false; why: string };

/**
 * The proof: util-linux's unshare makes a user namespace with this user as its root and runs
 * `true` in it; the namespace ends with it. Only tried where the sysctls allow namespaces and no
 * AppArmor restriction applies (under one, unshare has no profile and fails whatever rootlesskit's
 * profile allows), and never as root (root may always).
 */
export async function tryUserNamespace(probe: RootlessProbe): Promise<UsernsTrial> {
  const unshare = (await probe.findProgram('unshare')).path;
  if (!unshare) return { tried: false, why: 'unshare (util-linux) is not installed' };
  const args = ['--user', '--map-root-user', 'true'];
  const outcome = await probe.run(unshare, args, 10_000);
  const command = `unshare ${args.join(' ')}`;
  return {
    tried: true,
    ok: outcome.ok,
    said: outcome.ok ? `${command} worked` : `${command} failed: ${outcome.stderr}`,
  };
}

/**
 * Unprivileged user namespaces allowed by the sysctls, then proven by `trial` when it is given
 * (the caller decides whether the proof may be tried; see tryUserNamespace).
 */
export async function userNamespacesFinding(
  probe: RootlessProbe,
  trial: (probe: RootlessProbe) => Promise<UsernsTrial>,
): Promise<RootlessFinding> {
  const { seen, problems, fixes } = await sysctlProblems(probe);
  const settings = seen.length > 0 ? seen.join(', ') : 'no sysctl limits them';
  if (problems.length > 0) {
    const fix = `${fixes.join(' && ')} (a file in /etc/sysctl.d/ keeps it after a reboot).`;
    return { check: 'user-namespaces', ok: false, detail: `${problems.join('; ')}.`, fix };
  }
  const result = await trial(probe);
  if (!result.tried) return { check: 'user-namespaces', ok: true, detail: `${settings}; ${result.why}.` };
  if (result.ok) return { check: 'user-namespaces', ok: true, detail: `${settings}; ${result.said}.` };
  return {
    check: 'user-namespaces',
    ok: false,
    detail: `${settings}, yet the kernel refuses a user namespace: ${result.said}.`,
    fix: 'Find what forbids them: a kernel built without CONFIG_USER_NS, a seccomp filter or a container this job runs in (run the job on the machine itself, or give its container user namespaces).',
  };
}

import { basename } from 'node:path';
import type { RootlessFinding } from './finding.js';
import type { RootlessProbe } from './probe.js';

/**
 * Ubuntu 24.04 turns on kernel.apparmor_restrict_unprivileged_userns: a program may make a user
 * namespace with capabilities in it only when an AppArmor profile attached to its path allows
 * `userns`. Ubuntu's apparmor package ships such a profile for /usr/bin/rootlesskit (the path of
 * the rootlesskit and docker-ce-rootless-extras packages); a rootlesskit elsewhere needs its own.
 */
export const RESTRICT_SYSCTL = '/proc/sys/kernel/apparmor_restrict_unprivileged_userns';
export const PROFILE_DIR = '/etc/apparmor.d';

/** Where the packages install rootlesskit: the path to look for when it is not installed yet. */
export const PACKAGED_ROOTLESSKIT = '/usr/bin/rootlesskit';

/** A rule line `userns,` (or `userns create,`); a commented one starts with # and does not count. */
const USERNS_RULE = /^\s*userns\b[^,\n]*,/m;

/** `include <local/x>`, `include if exists <local/x>` and the older `#include <local/x>`. */
const LOCAL_INCLUDE = /^\s*#?include\s+(?:if\s+exists\s+)?<(local\/[^>\s]+)>/gm;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A profile header attaches to the path: `profile NAME PATH flags=(…) {` or `PATH {`, the path bare
 * or quoted. A rule that merely names the path (`/usr/bin/rootlesskit rix,`) is no attachment.
 */
function attachesTo(text: string, path: string): boolean {
  const header = `^\\s*(?:profile\\s+\\S+\\s+)?"?${escape(path)}"?\\s*(?:flags\\s*=\\s*\\([^)]*\\)\\s*)?\\{`;
  return new RegExp(header, 'm').test(text);
}

/** Whether the profile text, or a local file it includes, has a `userns` rule. */
async function allowsUserns(probe: RootlessProbe, text: string): Promise<boolean> {
  if (USERNS_RULE.test(text)) return true;
  for (const [, local] of text.matchAll(LOCAL_INCLUDE)) {
    const included = await probe.readFile(`${PROFILE_DIR}/${local}`);
    if (included !== undefined && USERNS_RULE.test(included)) return true;
  }
  return false;
}

/**
 * The file in /etc/apparmor.d whose profile attaches to `path` and allows `userns`, or undefined.
 * It reads the files, as the apparmor service loads them at boot; whether the running kernel has
 * loaded one written since cannot be told without root, so the fix says to reload.
 */
export async function userNamespaceProfile(probe: RootlessProbe, path: string): Promise<string | undefined> {
  for (const name of (await probe.listDirectory(PROFILE_DIR)).sort()) {
    const file = `${PROFILE_DIR}/${name}`;
    const text = await probe.readFile(file);
    if (text !== undefined && attachesTo(text, path) && (await allowsUserns(probe, text))) return file;
  }
  return undefined;
}

/**
 * The profile to install for rootlesskit at `path`: unconfined, with user namespaces allowed. It
 * is named after its file, so that one for another path does not replace Ubuntu's `rootlesskit`.
 */
export function profileText(path: string): string {
  const name = profileFileName(path);
  const attachment = /\s/.test(path) ? `"${path}"` : path;
  return [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    '',
    `profile ${name} ${attachment} flags=(unconfined) {`,
    '  userns,',
    '',
    `  include if exists <local/${name}>`,
    '}',
  ].join('\n');
}

/** AppArmor's naming of a profile file after the program's path: /usr/bin/x → usr.bin.x. */
export function profileFileName(path: string): string {
  return path === PACKAGED_ROOTLESSKIT ? basename(path) : path.replace(/^\//, '').replace(/\//g, '.');
}

function profileFix(path: string): string {
  const file = `${PROFILE_DIR}/${profileFileName(path)}`;
  return [
    `Install an AppArmor profile that lets rootlesskit (${path}) make user namespaces, as ${file}:`,
    '',
    profileText(path),
    '',
    `then load it: sudo apparmor_parser -r ${file} (or sudo systemctl restart apparmor.service).`,
    ...(path === PACKAGED_ROOTLESSKIT
      ? [
          "Ubuntu's apparmor package ships this file: if it was deleted, bring it back with",
          'sudo apt-get install --reinstall -o Dpkg::Options::=--force-confmiss apparmor.',
        ]
      : []),
    'Or lift the restriction for every program: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0.',
  ].join('\n');
}

/** kernel.apparmor_restrict_unprivileged_userns as set; undefined on kernels without it. */
export async function appArmorRestriction(probe: RootlessProbe): Promise<string | undefined> {
  return (await probe.readFile(RESTRICT_SYSCTL))?.trim();
}

export const restricts = (restriction: string | undefined) => restriction !== undefined && restriction !== '0';

/** No AppArmor restriction on user namespaces, or a profile that lifts it for rootlesskit. */
export async function appArmorFinding(
  probe: RootlessProbe,
  restrict: string | undefined,
  rootlesskit: string | undefined,
): Promise<RootlessFinding> {
  if (!restricts(restrict)) {
    const detail = `AppArmor does not restrict unprivileged user namespaces (${restrict === undefined ? `${RESTRICT_SYSCTL} is absent` : 'kernel.apparmor_restrict_unprivileged_userns=0'}).`;
    return { check: 'apparmor-userns', ok: true, detail };
  }
  const path = rootlesskit ?? PACKAGED_ROOTLESSKIT;
  const of = rootlesskit ? `rootlesskit (${path})` : `rootlesskit where its package puts it (${path})`;
  const profile = await userNamespaceProfile(probe, path);
  if (profile) {
    const detail = `kernel.apparmor_restrict_unprivileged_userns=${restrict}, and ${profile} lets ${of} make user namespaces.`;
    return { check: 'apparmor-userns', ok: true, detail };
  }
  return {
    check: 'apparmor-userns',
    ok: false,
    detail: `kernel.apparmor_restrict_unprivileged_userns=${restrict} (Ubuntu 24.04 and later), and no profile in ${PROFILE_DIR} lets ${of} make user namespaces: it would fail with "permission denied" as it makes its namespace.`,
    fix: profileFix(path),
  };
}

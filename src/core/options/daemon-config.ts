import { escapeControlCharacters } from '../text.js';
import { InputError } from '../errors.js';
import { type OptionNames, spelled } from './names.js';

/**
 * Keys of daemon.json a user may not set, each with the reason. dockerd reads its configuration
 * file case-insensitively and takes `tls-verify` for `tlsverify`, so keys are compared in a
 * normalised form (lower case, without `-` or `_`).
 */
const REFUSED_DAEMON_KEYS: Record<string, string> = {
  hosts: 'it keeps the daemon behind mutual TLS',
  tls: 'it keeps the daemon behind mutual TLS',
  tlsverify: 'it keeps the daemon behind mutual TLS',
  tlscacert: 'it keeps the daemon behind mutual TLS',
  tlscert: 'it keeps the daemon behind mutual TLS',
  tlskey: 'it keeps the daemon behind mutual TLS',
  dataroot: 'teardown removes the data-root it made; another would outlive the job or share the runner daemon’s',
  graph: 'teardown removes the data-root it made; another would outlive the job or share the runner daemon’s',
  execroot: 'teardown relies on the exec-root it made; another could be the runner daemon’s',
  pidfile: 'teardown finds the daemon by the pidfile it chose',
  containerd: 'the daemon runs on a containerd of its own, which teardown stops',
  containerdnamespace: 'its containers live in a containerd namespace of their own',
  containerdpluginsnamespace: 'its plugins live in a containerd namespace of their own',
  bridge: 'the daemon runs on a bridge of its own, which teardown removes',
  bip: 'the daemon runs on a bridge of its own, with a subnet chosen free on this machine',
  defaultaddresspools: 'its networks come from address pools chosen free on this machine',
};

/** `TLS-Verify`, `tls_verify` and `tlsverify` are one key to dockerd. */
export function normalisedDaemonKey(key: string): string {
  return key.toLowerCase().replace(/[-_]/g, '');
}

/** Why `key` may not be set in daemon-config, or undefined when it may. */
export function refusedDaemonKey(key: string): string | undefined {
  return Object.hasOwn(REFUSED_DAEMON_KEYS, normalisedDaemonKey(key))
    ? REFUSED_DAEMON_KEYS[normalisedDaemonKey(key)]
    : undefined;
}

/** The daemon-config option: a JSON object of daemon.json settings, none of them a key we own. */
export function parseDaemonConfig(raw: string, names: OptionNames): Record<string, unknown> {
  const text = raw.trim();
  if (text === '') return {};
  const input = spelled(names, 'daemonConfig');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse quotes the text it failed on as it is, control characters included.
    const reason = escapeControlCharacters((error as Error).message);
    throw new InputError(input, raw, `not valid JSON (${reason})`, '{"debug": true}');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(input, raw, 'must be a JSON object of daemon.json settings', '{"debug": true}');
  }
  const refused = Object.keys(parsed).filter((key) => refusedDaemonKey(key) !== undefined);
  if (refused.length > 0) {
    const quoted = (key: string) => (/^[\w.-]+$/.test(key) ? key : JSON.stringify(key));
    // Keys refused for one reason are named together: "tls, hosts cannot be set here (...)".
    const byReason = new Map<string, string[]>();
    for (const key of refused)
      byReason.set(refusedDaemonKey(key)!, [...(byReason.get(refusedDaemonKey(key)!) ?? []), key]);
    const reasons = [...byReason]
      .map(([reason, keys]) => `${keys.map(quoted).join(', ')} cannot be set here (${reason})`)
      .join('; ');
    const tls = refused.some((key) => /^(hosts|tls)/.test(normalisedDaemonKey(key)));
    throw new InputError(
      input,
      raw,
      `${reasons}${tls ? `; for the address and names use the ${spelled(names, 'host')}, ${spelled(names, 'port')} and ${spelled(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'}` : ''}`,
      '{"debug": true, "log-level": "warn"}',
    );
  }
  return parsed as Record<string, unknown>;
}

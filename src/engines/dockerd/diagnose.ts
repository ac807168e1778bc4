// Reads a failed dockerd's log and names the likely cause with what to do about it, in the words of
// the adapter's options (an action input or a CLI flag).
import { type OptionNames, setting, spelled } from '../../core/options/names.js';
import { INSTANCE_PREFIX } from '../../core/naming.js';

/** Each pattern of a dockerd log, with the cause it points to and the fix. */
const CAUSES: Array<{ pattern: RegExp; cause: (names: OptionNames) => string }> = [
  {
    pattern: /address already in use/i,
    cause: (names) =>
      `The TCP port is already in use by another process. Choose another port, or ${setting(names, 'port', '0')} for a free one.`,
  },
  {
    pattern: /cannot assign requested address/i,
    cause: (names) =>
      `The bind address is not an address of this machine. Use ${setting(names, 'host', '127.0.0.1')}, 0.0.0.0, or an address shown by "ip addr".`,
  },
  {
    pattern: /(permission denied|operation not permitted)/i,
    cause: () =>
      'dockerd was refused a privileged operation. It needs root (or passwordless sudo) and a runner that allows mounts and network set-up.',
  },
  {
    pattern: /(pid file found|process with pid .* is still running)/i,
    cause: () => 'A pidfile of another daemon is in the way. Remove the stale pidfile or stop that daemon.',
  },
  {
    pattern: /containerd/i,
    cause: () =>
      'dockerd could not start or reach containerd. Check that containerd is installed ("containerd --version").',
  },
  {
    pattern: /(overlay|graphdriver|storage-driver)/i,
    cause: (names) =>
      `The storage driver failed on the data-root. Set "storage-driver": "vfs" in ${spelled(names, 'daemonConfig')} on file systems without overlay support.`,
  },
  {
    pattern: /(bridge|network controller)/i,
    cause: (names) =>
      `dockerd could not set up its network. Check "ip link" for stale ${INSTANCE_PREFIX}* bridges and the ${spelled(names, 'daemonConfig')} network settings.`,
  },
];

/** The likely cause of a failed start, from the error lines of the log (or the whole log). */
export function diagnoseDaemonLog(log: string, names: OptionNames): string | undefined {
  const errorLines = log
    .split('\n')
    .filter((line) => /level=(error|fatal)|failed to start|^Error|unable to configure/i.test(line))
    .join('\n');
  const text = errorLines || log;
  return CAUSES.find(({ pattern }) => pattern.test(text))?.cause(names);
}

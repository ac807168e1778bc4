/** Reads a failed dockerd's log and names the likely cause with what to do about it. */
const CAUSES: Array<{ pattern: RegExp; cause: string }> = [
  {
    pattern: /address already in use/i,
    cause: 'The TCP port is already in use by another process. Choose another port, or port: 0 for a free one.',
  },
  {
    pattern: /cannot assign requested address/i,
    cause:
      'The bind address is not an address of this machine. Use host: 127.0.0.1, 0.0.0.0, or an address shown by "ip addr".',
  },
  {
    pattern: /(permission denied|operation not permitted)/i,
    cause:
      'dockerd was refused a privileged operation. It needs root (or passwordless sudo) and a runner that allows mounts and network set-up.',
  },
  {
    pattern: /(pid file found|process with pid .* is still running)/i,
    cause: 'A pidfile of another daemon is in the way. Remove the stale pidfile or stop that daemon.',
  },
  {
    pattern: /containerd/i,
    cause: 'dockerd could not start or reach containerd. Check that containerd is installed ("containerd --version").',
  },
  {
    pattern: /(overlay|graphdriver|storage-driver)/i,
    cause:
      'The storage driver failed on the data-root. Set "storage-driver": "vfs" in daemon-config on file systems without overlay support.',
  },
  {
    pattern: /(bridge|network controller)/i,
    cause:
      'dockerd could not set up its network. Check "ip link" for stale dtls-* bridges and the daemon-config network settings.',
  },
];

export function diagnoseDaemonLog(log: string): string | undefined {
  const errorLines = log
    .split('\n')
    .filter((line) => /level=(error|fatal)|failed to start|^Error|unable to configure/i.test(line))
    .join('\n');
  const text = errorLines || log;
  return CAUSES.find(({ pattern }) => pattern.test(text))?.cause;
}

export function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

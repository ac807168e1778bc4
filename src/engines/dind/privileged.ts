import { DockerTlsError } from '../../core/errors.js';

/**
 * How an engine says it cannot grant --privileged: runc fails to apply the full capability set
 * when the engine's own bounding set lacks one (e.g. CAP_SYS_RESOURCE). Debian 12's runc 1.1
 * answers "unable to apply caps: operation not permitted", crun "capset: Operation not permitted".
 * Narrow on purpose: a denied mount is not a reason to drop --privileged.
 */
const PRIVILEGE_REFUSAL = /apply caps|apply capabilities|capset/i;

export class PrivilegedRefusedError extends DockerTlsError {
  readonly engineMessage: string;

  constructor(engineMessage: string, cause?: unknown) {
    super(
      `The outer Docker engine could not start the dind container with --privileged: ${engineMessage}`,
      'Set dind-privileged: false: the container then gets every capability this engine can grant but CAP_SYS_RESOURCE, unconfined seccomp and AppArmor, and read-write cgroups instead of --privileged.',
      { cause },
    );
    this.name = 'PrivilegedRefusedError';
    this.engineMessage = engineMessage;
  }
}

/** Whether a failed start of a privileged container is the engine refusing the privileges. */
export function isPrivilegeRefusal(privileged: boolean, engineMessage: string): boolean {
  return privileged && PRIVILEGE_REFUSAL.test(engineMessage);
}

/** Turns the engine's refusal of --privileged into an error that names the input to change. */
export function explainStartFailure(privileged: boolean, error: unknown): unknown {
  const message = (error as { engineMessage?: string }).engineMessage ?? (error as Error)?.message ?? String(error);
  return isPrivilegeRefusal(privileged, message) ? new PrivilegedRefusedError(message, error) : error;
}

/**
 * Whether the engine refused the create because it cannot drop a capability it does not have.
 * Engines with moby#42933 (after 20.10; Docker 28 here) give `ALL` and `--privileged` only the
 * capabilities of their own bounding set, and refuse to drop one outside it ("invalid CapDrop:
 * capability not supported by your kernel or not available in the current environment"). Older
 * ones, such as Debian 12's 20.10, count every capability the kernel knows as `ALL` and need the drop.
 */
export function isUnavailableCapDrop(engineMessage: string): boolean {
  return /invalid CapDrop/i.test(engineMessage) && /SYS_RESOURCE/.test(engineMessage);
}

/** The same request without the drop: this engine's `ALL` already leaves out what it cannot grant. */
export function withoutCapDrop<T extends { HostConfig: { CapDrop?: string[] } }>(request: T): T {
  const { CapDrop: _dropped, ...hostConfig } = request.HostConfig;
  return { ...request, HostConfig: hostConfig };
}

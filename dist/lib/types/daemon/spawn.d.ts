import { type ChildProcess } from 'node:child_process';
import type { Privilege } from './privilege.js';
export interface DetachedProcess {
    child: ChildProcess;
    /** How it ended ("exited with code 1", "was killed by SIGKILL"), once it has. */
    exitReason(): string | undefined;
}
/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else; through sudo, `env -i` sets it (sudo would add its own variables).
 */
export declare function spawnDetached(privilege: Privilege, command: string[], logFile: string, env: Record<string, string>): DetachedProcess;

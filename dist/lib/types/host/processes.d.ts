import { type ChildProcess } from 'node:child_process';
import { type Privilege } from './privilege.js';
export interface ProcessInfo {
    pid: number;
    ppid: number;
    cmdline: string;
    /** The arguments as the process got them: ours are selected by exact arguments. */
    argv: string[];
}
/**
 * The fields of /proc/PID/stat after the command name, which may hold spaces and parentheses:
 * [0] is the state, [1] the parent pid, [19] the start time.
 */
export declare function statFields(stat: string): string[];
/** One process from its /proc files; undefined for a zombie (it is gone, only not yet reaped). */
export declare function parseProcess(pid: number, stat: string, cmdline: string): ProcessInfo | undefined;
/** A snapshot of every process: pid, parent and command line (arguments joined by spaces). */
export declare function listProcesses(): Promise<ProcessInfo[]>;
/**
 * The processes whose command line mentions `marker`, and their descendants (never `self`): broad on
 * purpose, for counting leftovers in benches and tests. Teardown and the sweep kill only what
 * process-selection.ts picks by exact arguments.
 */
export declare function processesOf(all: ProcessInfo[], marker: string, self?: number): ProcessInfo[];
/** The pids `roots` and every process below them in `all`. */
export declare function withDescendants(all: ProcessInfo[], roots: Iterable<number>): Set<number>;
export declare function isAlive(pid: number): Promise<boolean>;
/** Start time of a process in clock ticks since boot: with the pid, it names one process for good. */
export declare function startTimeOf(pid: number): Promise<string | undefined>;
export declare function pidNamespace(): Promise<string>;
/** The arguments of a live process; undefined when it is gone. */
export declare function argumentsOf(pid: number): Promise<string[] | undefined>;
/** The pid in a pidfile; undefined when there is none or it holds no pid. */
export declare function readPid(pidFile: string): Promise<number | undefined>;
/** Polls until `pid` is gone; true if it went within the deadline. */
export declare function waitForExit(pid: number, timeoutMs: number): Promise<boolean>;
/**
 * Sends SIGTERM or SIGKILL: directly where this process may (as root, or to a process of this
 * user's, such as the network watch), through sudo to the rest; a process already gone is fine.
 */
export declare function signalProcesses(privilege: Privilege, pids: number[], name: 'TERM' | 'KILL'): Promise<void>;
/** SIGKILL to each, then waits (5 s at most each) until they are gone: for leftovers, no politeness. */
export declare function killProcesses(privilege: Privilege, processes: ProcessInfo[]): Promise<void>;
export interface DetachedProcess {
    child: ChildProcess;
    /** How it ended ("exited with code 1", "was killed by SIGKILL"), once it has. */
    exitReason(): string | undefined;
}
/**
 * The command line of a detached daemon: as it is when we are root; through sudo, `env -i` with
 * the environment in front (sudo would add its own variables), every program by its absolute path.
 */
export declare function detachedCommand(privilege: Privilege, command: string[], env: Record<string, string>): string[];
/**
 * Detached with its own process group, output to the log: it outlives this step's process. It gets
 * `env` and nothing else.
 */
export declare function spawnDetached(privilege: Privilege, command: string[], logFile: string, env: Record<string, string>): DetachedProcess;

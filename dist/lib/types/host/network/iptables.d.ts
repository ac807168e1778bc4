import { type Privilege } from '../privilege.js';
/**
 * Which iptables to drive. The kernel keeps nf_tables rules and legacy (x_tables) rules apart, and a
 * packet must pass both: our ACCEPT in one does nothing against a DROP policy set in the other. So
 * we use the backend the host's rules already live in: the one whose filter table shows the runner
 * daemon's DOCKER chains, else the one the `iptables` alternative names, else whichever works.
 */
export type IptablesBackend = 'iptables-nft' | 'iptables-legacy' | 'iptables';
export declare const BACKENDS: readonly IptablesBackend[];
export type IptablesTable = 'filter' | 'nat' | 'raw';
/** The tables our chains go into. */
export declare const OUR_TABLES: readonly IptablesTable[];
/** Runs one iptables command as root. `-w` waits for the xtables lock instead of failing when
 * another daemon (the runner's dockerd) changes rules at the same moment; nft accepts and ignores it. */
export declare function iptables(privilege: Privilege, backend: IptablesBackend, table: IptablesTable, args: string[]): Promise<string>;
/** One rule of `iptables -S` output as its arguments; double-quoted words (comments) kept whole. */
export declare function splitRule(line: string): string[];
/** The user-defined chains (`-N name`) of an `iptables -S` listing. */
export declare function chainsOf(listing: string): string[];
/**
 * One table of an `iptables-save` output as `iptables -S` lists it: `-P` for a built-in chain's
 * policy, `-N` for a chain of one's own, then the rules, which both print alike. Empty when the
 * output holds no such table (a kernel without it, or a backend never used).
 */
export declare function listingOfSaved(saved: string, table: IptablesTable): string;
/** The rules (`-A chain ...`) of a listing, each split into words, `-A` included. */
export declare function rulesOf(listing: string): string[][];
/** Whether the host's firewall shows the chains of a Docker daemon (the runner's) in this listing. */
export declare function showsDockerChains(listing: string): boolean;
/** `iptables --version` says "(nf_tables)" or "(legacy)"; older releases say neither. */
export declare function backendOfVersion(version: string): IptablesBackend | undefined;
export interface BackendChoice {
    backend?: IptablesBackend;
    /** Why each backend tried could not be used: the text of the warning when none works. */
    failures: string[];
    /** The chosen backend's filter table (`-S`), as listed while choosing. */
    filter?: string;
}
/** The backends that may hold rules of ours, working or not: nft, and legacy when it is in use. */
export declare function backendCandidates(privilege: Privilege): Promise<IptablesBackend[]>;
/** Every table of one backend in one process; undefined where the save program fails. */
export declare function saveTables(privilege: Privilege, backend: IptablesBackend): Promise<string | undefined>;
/**
 * The firewall as a start finds it: the backends that may hold rules of ours, and a save of each
 * (undefined where its save program fails). The crash sweep reads it for chains of dead runs, and
 * the backend choice for the filter tables, so that each costs no process of its own.
 */
export interface FirewallSurvey {
    candidates: IptablesBackend[];
    saved: Map<IptablesBackend, string | undefined>;
}
export declare function surveyFirewall(privilege: Privilege): Promise<FirewallSurvey>;
/** The backends whose tables can hold rules of ours: nft when it works, legacy when it is in use. */
export declare function backendsInUse(privilege: Privilege): Promise<IptablesBackend[]>;
/**
 * Picks the backend to use (see IptablesBackend); `backend` is undefined when none works. A survey
 * taken just before (`surveyFirewall`, with nothing changed since) stands in for the listings of the
 * backends whose filter table it holds.
 */
export declare function chooseBackend(privilege: Privilege, survey?: FirewallSurvey): Promise<BackendChoice>;

/** One precondition of a rootless daemon, as found on this machine. */
export interface RootlessFinding {
    /** A stable name: not-root, uidmap, subordinate-ids, dev-net-tun, user-namespaces, apparmor-userns, … */
    check: string;
    ok: boolean;
    /** What was seen, in plain words; for an ok finding it may carry a caution. */
    detail: string;
    /** What to do about it: the command or the file to write. Always there when ok is false. */
    fix?: string;
}

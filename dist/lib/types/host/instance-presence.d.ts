/**
 * Whether the instance `id`, whose daemon was at `dockerHost`, provably left nothing running: no
 * bridge of its name, nothing listening at its endpoint (a loopback address that refuses the
 * connection), and no process whose command line names it. Anything less, or a question that cannot
 * be answered (an endpoint that is not loopback, a timeout), says it may still be there: what is
 * kept by mistake is a leftover, what is removed by mistake breaks someone's job.
 *
 * A live instance makes its docker context after its daemon's process (or container) exists, and
 * its bridge before that: one caught between the two is never taken for gone.
 */
export declare function instanceIsGone(id: string, dockerHost: string): Promise<boolean>;
/**
 * No bridge of the instance's name (`bridges`: the ids of those there are) and no process whose
 * command line names it. The processes are asked for only when there is no such bridge.
 */
export declare function nothingNames(id: string, bridges: ReadonlySet<string>, cmdlines: () => Promise<string[]>): Promise<boolean>;
/** True only when `tcp://HOST:PORT` names a loopback address and the connection is refused. */
export declare function loopbackRefuses(dockerHost: string): Promise<boolean>;

import type { TeardownReport } from './stop.js';

/** One line saying what a teardown did, for the post step and `docker-tls down`. */
export function summarizeTeardown(report: TeardownReport): string {
  return `dockerd ${report.daemon}; ${report.processesKilled} leftover process(es) stopped; ${report.mountsRemoved} mount(s) and ${report.bridgeRemoved ? 'the' : 'no'} bridge removed; ${report.pathsRemoved.length} path(s) removed.`;
}

/**
 * What the connection doctor can find. Each cause has a stable name (the tests and users grep for
 * it), a plain-words detail of what was seen, and the fix.
 */
export type Cause =
  | 'file-missing'
  | 'file-unreadable'
  | 'file-invalid'
  | 'key-mismatch'
  | 'certificate-expired'
  | 'certificate-not-yet-valid'
  | 'host-not-in-certificate'
  | 'wrong-eku'
  | 'ca-mismatch'
  | 'plain-http-to-tls-port'
  | 'tls-to-plain-port'
  | 'tls-verify-value'
  | 'ca-bundle-override'
  | 'client-certificate-refused'
  | 'unreachable'
  | 'tls-failed'
  | 'reachable';

export type Severity = 'ok' | 'warn' | 'fail';

export interface Finding {
  cause: Cause;
  severity: Severity;
  detail: string;
  /** What to do about it; empty for the all-good finding. */
  fix: string;
}

export function fail(cause: Cause, detail: string, fix: string): Finding {
  return { cause, severity: 'fail', detail, fix };
}

export function warn(cause: Cause, detail: string, fix: string): Finding {
  return { cause, severity: 'warn', detail, fix };
}

export function hasFailure(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'fail');
}

/** Lines for a terminal: severity, cause, detail, then the fix indented under it. */
export function formatFindings(findings: readonly Finding[]): string[] {
  return findings.flatMap(({ severity, cause, detail, fix }) => [
    `${severity.padEnd(4)} [${cause}] ${detail}`,
    ...(fix ? [`     fix: ${fix}`] : []),
  ]);
}

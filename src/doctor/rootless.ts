import { type RootlessFinding, type RootlessProbe, rootlessFindings } from '../host/rootless/index.js';

export type { RootlessFinding, RootlessProbe } from '../host/rootless/index.js';

const FIX_INDENT = '          ';

/**
 * Lines for a terminal, as the doctor prints its other findings: the verdict, the check in
 * brackets, the detail, then the fix indented under it (a profile to write keeps its lines).
 */
export function formatRootlessFindings(findings: readonly RootlessFinding[]): string[] {
  return findings.flatMap(({ check, ok, detail, fix }) => [
    `${(ok ? 'ok' : 'fail').padEnd(4)} [${check}] ${detail}`,
    ...(fix
      ? `fix: ${fix}`.split('\n').map((line, index) => (index === 0 ? `     ${line}` : line && FIX_INDENT + line))
      : []),
  ]);
}

/**
 * `docker-tls doctor --rootless`: what a daemon without root needs of this machine. It reads
 * files and looks up programs as this user, with no sudo and no daemon running.
 */
export async function rootlessSection(probe?: RootlessProbe): Promise<{ lines: string[]; failed: number }> {
  const findings = await rootlessFindings(probe);
  const lines = ['', 'rootless (docker-tls up --rootless: a daemon of this user, without root or sudo):'];
  lines.push(...formatRootlessFindings(findings));
  return { lines, failed: findings.filter((finding) => !finding.ok).length };
}

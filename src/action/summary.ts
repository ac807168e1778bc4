import * as core from '@actions/core';
import type { CertificateSet } from '../pki/index.js';
import { formatSan } from '../san.js';

export type SummaryRow = [what: string, value: string];

const TITLE = 'Docker over mutual TLS';

/** The job summary of main: what was made, and that no further certificate can be signed. */
export function writeStartSummary(set: CertificateSet, rows: SummaryRow[]): void {
  const all: SummaryRow[] = [
    ...rows,
    ['key algorithm', set.keyAlgorithm],
    ['server names', set.serverSans.map(formatSan).join(', ')],
    ['CA fingerprint (SHA-256)', set.caFingerprint],
    ['server certificate fingerprint (SHA-256)', set.server.fingerprint],
    ['client certificate fingerprint (SHA-256)', set.client.fingerprint],
    ['certificates expire', set.notAfter.toISOString()],
    ['CA private key', 'discarded after signing: never written to disk, no further certificate can be made'],
  ];
  write(
    core.summary.addHeading(TITLE, 3).addTable([
      [
        { data: 'what', header: true },
        { data: 'value', header: true },
      ],
      ...all,
    ]),
  );
}

/** Post's part of the summary: what it removed, and any problem on the way. */
export async function writeTeardownSummary(removed: string, warnings: string[]): Promise<void> {
  const summary = core.summary.addHeading(`${TITLE}: cleaned up`, 4).addRaw(`Removed: ${removed}`, true);
  if (warnings.length > 0) summary.addList(warnings.map((warning) => `warning: ${warning}`));
  await summary.write().catch(() => undefined);
}

/** The summary is a courtesy: a runner without one (or a full disk) must not fail the step. */
function write(summary: typeof core.summary): void {
  void summary.write().catch(() => undefined);
}

import * as core from '@actions/core';
import type { CertificateSet } from '../../core/pki/index.js';
import { formatSan } from '../../core/san.js';

export type SummaryRow = [what: string, value: string];

const TITLE = 'Docker over mutual TLS';

/** Text as HTML: the summary shows what a daemon or a path said, never markup from it (core's table does not escape). */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Writes the job summary. A courtesy: a runner without one (or a full disk) must not fail the step,
 * so a problem here is a debug line.
 */
async function write(summary: typeof core.summary): Promise<void> {
  await summary.write().catch((error: Error) => core.debug(`No job summary: ${error.message}`));
  summary.emptyBuffer();
}

/** The job summary of main: what was made, and that no further certificate can be signed. */
export async function writeStartSummary(set: CertificateSet, rows: SummaryRow[]): Promise<void> {
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
  const table = [
    [
      { data: 'what', header: true },
      { data: 'value', header: true },
    ],
    ...all.map((row) => row.map(escapeHtml)),
  ];
  await write(core.summary.addHeading(TITLE, 3).addTable(table));
}

/** Post's part of the summary: what it removed, and any problem on the way. */
export async function writeTeardownSummary(removed: string, warnings: string[]): Promise<void> {
  const summary = core.summary.addHeading(`${TITLE}: cleaned up`, 4).addRaw(`Removed: ${escapeHtml(removed)}`, true);
  if (warnings.length > 0) summary.addList(warnings.map((warning) => `warning: ${escapeHtml(warning)}`));
  await write(summary);
}

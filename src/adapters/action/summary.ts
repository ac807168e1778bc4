import type { CertificateSet } from '../../core/pki/index.js';
import { formatSan } from '../../core/san.js';
import { appendSummary } from './workflow-commands.js';

export type SummaryRow = [what: string, value: string];

const TITLE = 'Docker over mutual TLS';

/** Text as HTML: the summary shows what a daemon or a path said, never markup from it. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function table(header: SummaryRow, rows: SummaryRow[]): string {
  const cells = (row: SummaryRow, tag: 'th' | 'td') =>
    row.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('');
  return `<table><tr>${cells(header, 'th')}</tr>${rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')}</table>\n`;
}

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
  appendSummary(`<h3>${TITLE}</h3>\n${table(['what', 'value'], all)}`);
}

/** Post's part of the summary: what it removed, and any problem on the way. */
export function writeTeardownSummary(removed: string, warnings: string[]): void {
  const list = warnings.length
    ? `<ul>${warnings.map((warning) => `<li>warning: ${escapeHtml(warning)}</li>`).join('')}</ul>\n`
    : '';
  appendSummary(`<h4>${TITLE}: cleaned up</h4>\nRemoved: ${escapeHtml(removed)}\n${list}`);
}

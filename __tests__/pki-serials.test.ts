// Serial numbers over many issuances, read by OpenSSL from the DER: positive, at most 20 octets
// (RFC 5280 4.1.2.2), minimally encoded, and unique. A random serial whose first octet had its top
// bit set would read as negative unless a 0x00 went in front; one whose first octet was 0x00 would
// be shorter, or non-minimal DER if kept. Both are drawn about once in 256 issuances, so 1,000 of
// them would catch an encoder that got either wrong.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createAuthority, generateLeafKeys } from '../src/core/pki/index.js';

const ISSUANCES = 1_000;

const tempRoot = mkdtempSync(join(tmpdir(), 'dtls-serials-'));
after(() => rmSync(tempRoot, { recursive: true, force: true }));

interface ParsedSerial {
  /** Content octets of the INTEGER, as asn1parse's `l=` gives them. */
  length: number;
  /** The value as asn1parse prints it: upper-case hex, a '-' in front when negative. */
  value: string;
}

/**
 * Every certificate's serial, as `openssl asn1parse` reads the DER of a PKCS#7 bundle of them all
 * (one process for the lot): in each TBSCertificate, the INTEGER right after the version's [0].
 */
function opensslSerials(pems: string[]): ParsedSerial[] {
  const certs = join(tempRoot, 'certs.pem');
  writeFileSync(certs, pems.join(''));
  const bundle = join(tempRoot, 'bundle.der');
  execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', certs, '-outform', 'DER', '-out', bundle]);
  const lines = execFileSync('openssl', ['asn1parse', '-inform', 'DER', '-in', bundle], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  }).split('\n');
  const serials: ParsedSerial[] = [];
  lines.forEach((line, index) => {
    if (!/cont \[ 0 \]/.test(line) || !/prim: INTEGER\s+:02$/.test(lines[index + 1] ?? '')) return;
    const match = /l=\s*(\d+) prim: INTEGER\s+:(.*)$/.exec(lines[index + 2] ?? '');
    assert.ok(match, `no INTEGER after the version at line ${index + 2}: ${lines[index + 2]}`);
    serials.push({ length: Number(match[1]), value: match[2] });
  });
  return serials;
}

test(`${ISSUANCES} serial numbers: positive, at most 20 octets, minimal DER, unique (read by openssl asn1parse)`, async () => {
  const now = Date.now();
  const authority = await createAuthority('ecdsa-p256', {
    notBefore: new Date(now - 60_000),
    notAfter: new Date(now + 3_600_000),
  });
  // One key pair for all: the serial is what this test is about, and keys would cost the most.
  const keys = await generateLeafKeys('ecdsa-p256');
  const issued = [];
  for (let i = 0; i < ISSUANCES; i += 1) issued.push(await authority.issue(i % 2 ? 'client' : 'server', { keys }));
  const parsed = opensslSerials([authority.caCertPem, ...issued.map((leaf) => leaf.certPem)]);
  assert.equal(parsed.length, ISSUANCES + 1, 'openssl read a serial from every certificate');

  parsed.forEach(({ length, value }, index) => {
    assert.match(value, /^[0-9A-F]+$/, `certificate ${index}: not a positive INTEGER (${value})`);
    assert.ok(BigInt(`0x${value}`) > 0n, `certificate ${index}: serial 0`);
    assert.ok(length <= 20, `certificate ${index}: ${length} octets`);
    // Minimal: the magnitude's octets, plus one 0x00 only when its top bit is set.
    const magnitude = Math.ceil(value.replace(/^0+/, '').length / 2);
    const expected = magnitude + (parseInt(value.slice(0, value.length % 2 ? 1 : 2), 16) >= 0x80 ? 1 : 0);
    assert.equal(length, expected, `certificate ${index}: ${length} octets for ${value}`);
  });
  const values = parsed.map(({ value }) => value);
  assert.equal(new Set(values).size, values.length, 'every serial unique');
  // What the set reports is what the certificate holds, by Node's parser too.
  issued.forEach((leaf, index) => {
    assert.equal(leaf.serialNumber.toUpperCase(), values[index + 1]);
    assert.equal(new X509Certificate(leaf.certPem).serialNumber, values[index + 1]);
  });
});

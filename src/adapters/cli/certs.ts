import { parseCertificateOptions } from '../../core/options/options.js';
import { parsePath } from '../../core/options/values.js';
import { loadX509 } from '../../core/pki/load-x509.js';
import { formatSan, parseSan } from '../../core/san.js';
import { writeCertificateFiles } from '../../lifecycle/certificates.js';
import { CERTS_USAGE, UsageError, parseFlags } from './usage.js';

/** The certificate options by this command's flag names. */
const CERTS_OPTION_NAMES = { keyAlgorithm: '--key-algorithm', validity: '--validity', sans: '--san' };

export async function certsCommand(args: string[], out: (line: string) => void): Promise<void> {
  // The certificate library loads while the flags are read and the directory is checked (its
  // failure, if any, is the one the set meets and reports).
  loadX509().catch(() => undefined);
  const values = parseFlags(
    args,
    {
      out: { type: 'string' },
      san: { type: 'string', multiple: true },
      validity: { type: 'string' },
      'key-algorithm': { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    CERTS_USAGE,
  );
  if (!values.out) throw new UsageError('--out DIR is required.', CERTS_USAGE);
  // Each --san is one name: an empty one is an error here, not silently dropped.
  (values.san ?? []).forEach((san) => parseSan(san, CERTS_OPTION_NAMES.sans));
  const options = parseCertificateOptions(
    { keyAlgorithm: values['key-algorithm'], validity: values.validity, sans: values.san },
    CERTS_OPTION_NAMES,
  );
  const { set, paths } = await writeCertificateFiles(options, parsePath(values.out, '--out'), {
    replace: values.force,
    input: '--out',
    replaceOption: '--force',
  });
  const result = {
    serverDir: paths.serverDir,
    clientDir: paths.clientDir,
    keyAlgorithm: set.keyAlgorithm,
    serverSans: set.serverSans.map(formatSan),
    caFingerprint: set.caFingerprint,
    serverFingerprint: set.server.fingerprint,
    clientFingerprint: set.client.fingerprint,
    notBefore: set.notBefore.toISOString(),
    expiresAt: set.notAfter.toISOString(),
  };
  if (values.json) {
    out(JSON.stringify(result, null, 2));
    return;
  }
  out(`server: ${result.serverDir}  (ca.pem, cert.pem, key.pem)`);
  out(`client: ${result.clientDir}  (ca.pem, cert.pem, key.pem)  <- DOCKER_CERT_PATH`);
  out(`key algorithm: ${result.keyAlgorithm}`);
  out(`server names: ${result.serverSans.join(', ')}`);
  out(`CA fingerprint (SHA-256): ${result.caFingerprint}`);
  out(`server fingerprint (SHA-256): ${result.serverFingerprint}`);
  out(`client fingerprint (SHA-256): ${result.clientFingerprint}`);
  out(`valid from ${result.notBefore} until ${result.expiresAt}`);
  out('The CA private key was never written and is gone: no other certificate can be signed by this CA.');
}

import { warmUpCertificateThread } from '../../lifecycle/certificate-thread.js';

// The certificate thread first: it loads the X.509 library on another core while this one loads
// the rest of the action (@actions/core and what it brings), before the start asks it for anything.
warmUpCertificateThread();
const { runMain } = await import('./run-main.js');
process.exitCode = await runMain();

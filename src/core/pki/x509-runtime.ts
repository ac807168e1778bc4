// @peculiar/x509 on Node's WebCrypto. Only load-x509.ts imports this file, and only with import():
// the library's ASN.1 schemas take a process about a tenth of a second to evaluate, which
// `docker-tls --help` must not pay and a certificate set pays while its keys are generated.
// reflect-metadata comes first: the library's v2 resolves its parts through tsyringe, which reads
// Reflect.getMetadata as soon as the library's modules are evaluated.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto } from 'node:crypto';

x509.cryptoProvider.set(webcrypto as Crypto);

export { x509 };

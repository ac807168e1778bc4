/** The @peculiar/x509 module, set up on Node's WebCrypto (x509-runtime.ts). */
export type X509 = typeof import('@peculiar/x509');

let loading: Promise<X509> | undefined;

/**
 * Loads the library on first use, once per process. Callers start it beside their key generation,
 * which runs on libuv's threads while this one evaluates the library.
 */
export function loadX509(): Promise<X509> {
  loading ??= import('./x509-runtime.js').then((runtime) => runtime.x509);
  return loading;
}

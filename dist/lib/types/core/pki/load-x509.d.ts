/** The @peculiar/x509 module, set up on Node's WebCrypto (x509-runtime.ts). */
export type X509 = typeof import('@peculiar/x509');
/**
 * Loads the library on first use, once per process. Callers start it beside their key generation,
 * which runs on libuv's threads while this one evaluates the library.
 */
export declare function loadX509(): Promise<X509>;

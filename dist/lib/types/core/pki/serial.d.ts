/** Random bytes in a serial: 16, of which 126 bits random (RFC 5280 4.1.2.2 allows up to 20 octets). */
export declare const SERIAL_BYTES = 16;
/**
 * A serial number as hex from `SERIAL_BYTES` random bytes: the first byte's top bit cleared, so
 * that DER needs no 0x00 in front to keep the INTEGER positive, and its next bit set, so that it
 * is never 0x00, which a minimal DER INTEGER would drop. Every serial is then exactly
 * `SERIAL_BYTES` octets in the certificate, positive, and spelled there as here.
 */
export declare function serialFrom(random: Uint8Array): string;
export declare function randomSerial(): string;

// A DER writer for the few ASN.1 types our certificates use, and a reader just deep enough to take
// a public key's bits out of its SubjectPublicKeyInfo. A general ASN.1 library costs a CLI process
// tens of milliseconds to load; these structures need a few dozen lines (X.690, section 10).

const TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

function lengthOctets(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

/** One tag-length-value; `tag` is the whole identifier octet (class, constructed bit, number). */
export function tlv(tag: number, ...contents: Uint8Array[]): Buffer {
  const body = Buffer.concat(contents);
  return Buffer.concat([Buffer.from([tag]), lengthOctets(body.length), body]);
}

export const sequence = (...items: Uint8Array[]): Buffer => tlv(TAG.sequence, ...items);
export const set = (...items: Uint8Array[]): Buffer => tlv(TAG.set, ...items);
export const octetString = (bytes: Uint8Array): Buffer => tlv(TAG.octetString, bytes);
export const derNull = (): Buffer => tlv(TAG.null);
export const booleanTrue = (): Buffer => tlv(TAG.boolean, Buffer.from([0xff]));

/** Context-specific tag `number`: constructed for EXPLICIT wrappers, primitive for IMPLICIT ones. */
export function contextTag(number: number, constructed: boolean): number {
  return 0x80 | (constructed ? 0x20 : 0) | number;
}

/** An INTEGER from its unsigned big-endian magnitude: minimal, with a 0x00 when the top bit is set. */
export function unsignedInteger(magnitude: Uint8Array): Buffer {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start += 1;
  const trimmed = magnitude.subarray(start);
  return tlv(TAG.integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}

export const smallInteger = (value: number): Buffer => unsignedInteger(Buffer.from([value]));

export function objectIdentifier(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const base128 = [arc & 0x7f];
    for (let high = Math.floor(arc / 128); high > 0; high = Math.floor(high / 128))
      base128.unshift(0x80 | (high & 0x7f));
    bytes.push(...base128);
  }
  return tlv(TAG.oid, Buffer.from(bytes));
}

/** A BIT STRING of whole octets. */
export const bitString = (bytes: Uint8Array): Buffer => tlv(TAG.bitString, Buffer.from([0]), bytes);

/** A named-bit BIT STRING: bit 0 is the first octet's top bit; DER drops trailing zero bits. */
export function namedBits(bits: readonly number[]): Buffer {
  const highest = Math.max(...bits);
  const bytes = Buffer.alloc(Math.floor(highest / 8) + 1);
  for (const bit of bits) bytes[bit >> 3] |= 0x80 >> (bit & 7);
  return tlv(TAG.bitString, Buffer.from([7 - (highest & 7)]), bytes);
}

/** PrintableString when the text allows it (as other X.509 encoders do), UTF8String otherwise. */
export function directoryString(text: string): Buffer {
  const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text);
  return tlv(printable ? TAG.printableString : TAG.utf8String, Buffer.from(text, 'utf8'));
}

/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; whole seconds, Zulu. */
export function time(date: Date): Buffer {
  const digits = date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:T]/g, '');
  const year = date.getUTCFullYear();
  if (year >= 1950 && year < 2050) return tlv(TAG.utcTime, Buffer.from(digits.slice(2), 'ascii'));
  return tlv(TAG.generalizedTime, Buffer.from(digits, 'ascii'));
}

/** The contents of the element at `offset`, and where the next element starts. */
function readElement(der: Uint8Array, offset: number): { tag: number; start: number; end: number } {
  const tag = der[offset];
  let length = der[offset + 1];
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + der[start + i];
    start += count;
  }
  if (start + length > der.length) throw new Error('truncated DER element');
  return { tag, start, end: start + length };
}

/** The subjectPublicKey bits (without the unused-bits octet) of a DER SubjectPublicKeyInfo. */
export function subjectPublicKeyBits(spki: Uint8Array): Buffer {
  const outer = readElement(spki, 0);
  const algorithm = readElement(spki, outer.start);
  const key = readElement(spki, algorithm.end);
  if (outer.tag !== TAG.sequence || key.tag !== TAG.bitString) throw new Error('not a SubjectPublicKeyInfo');
  return Buffer.from(spki.subarray(key.start + 1, key.end));
}

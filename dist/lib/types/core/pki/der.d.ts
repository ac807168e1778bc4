/** One tag-length-value; `tag` is the whole identifier octet (class, constructed bit, number). */
export declare function tlv(tag: number, ...contents: Uint8Array[]): Buffer;
export declare const sequence: (...items: Uint8Array[]) => Buffer;
export declare const set: (...items: Uint8Array[]) => Buffer;
export declare const octetString: (bytes: Uint8Array) => Buffer;
export declare const derNull: () => Buffer;
export declare const booleanTrue: () => Buffer;
/** Context-specific tag `number`: constructed for EXPLICIT wrappers, primitive for IMPLICIT ones. */
export declare function contextTag(number: number, constructed: boolean): number;
/** An INTEGER from its unsigned big-endian magnitude: minimal, with a 0x00 when the top bit is set. */
export declare function unsignedInteger(magnitude: Uint8Array): Buffer;
export declare const smallInteger: (value: number) => Buffer;
export declare function objectIdentifier(dotted: string): Buffer;
/** A BIT STRING of whole octets. */
export declare const bitString: (bytes: Uint8Array) => Buffer;
/** A named-bit BIT STRING: bit 0 is the first octet's top bit; DER drops trailing zero bits. */
export declare function namedBits(bits: readonly number[]): Buffer;
/** PrintableString when the text allows it (as other X.509 encoders do), UTF8String otherwise. */
export declare function directoryString(text: string): Buffer;
/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; whole seconds, Zulu. */
export declare function time(date: Date): Buffer;
/** The subjectPublicKey bits (without the unused-bits octet) of a DER SubjectPublicKeyInfo. */
export declare function subjectPublicKeyBits(spki: Uint8Array): Buffer;

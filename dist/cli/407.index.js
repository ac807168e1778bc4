export const id = 407;
export const ids = [407];
export const modules = {

/***/ 7485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


/** Wrong command-line use: exit code 2 and the usage text. */
class UsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw {
    constructor(message, usage) {
        super(message, `Usage: ${usage}`, { badInput: true });
        this.name = 'UsageError';
    }
}
/** parseArgs with its errors turned into a UsageError that shows the command's usage. */
function parseFlags(args, options, usage) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (error) {
        throw new UsageError(error.message, usage);
    }
}


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   TM: () => (/* binding */ OPTION_NAMES),
/* harmony export */   uQ: () => (/* binding */ spelled)
/* harmony export */ });
/** An option as the user types it: `port` for an input, `--port` for a flag. */
function spelled(names, option) {
    return names.style === 'flag' ? `--${names[option]}` : names[option];
}
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
function setting(names, option, value) {
    return names.style === 'flag' ? `--${names[option]} ${value}` : `${names[option]}: ${value}`;
}
/**
 * The options' names, which action.yml uses for its inputs and `docker-tls up` for its flags; each
 * adapter adds its style.
 */
const OPTION_NAMES = {
    host: 'host',
    port: 'port',
    sans: 'tls-san',
    validity: 'cert-validity',
    keyAlgorithm: 'key-algorithm',
    certDir: 'cert-dir',
    daemonConfig: 'daemon-config',
    startupTimeout: 'startup-timeout',
    outbound: 'outbound',
};


/***/ }),

/***/ 5012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
const DEFAULT_KEY_ALGORITHM = 'ecdsa-p256';
const PARAMS = {
    'ecdsa-p256': {
        generate: { name: 'ECDSA', namedCurve: 'P-256' },
        sign: { name: 'ECDSA', hash: 'SHA-256' },
        signatureOid: '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
        isRsa: false,
    },
    'ecdsa-p384': {
        generate: { name: 'ECDSA', namedCurve: 'P-384' },
        sign: { name: 'ECDSA', hash: 'SHA-384' },
        signatureOid: '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
        isRsa: false,
    },
    'rsa-2048': rsa(2048),
    'rsa-3072': rsa(3072),
    'rsa-4096': rsa(4096),
};
function rsa(modulusLength) {
    return {
        generate: {
            name: 'RSASSA-PKCS1-v1_5',
            modulusLength,
            publicExponent: new Uint8Array([1, 0, 1]),
            hash: 'SHA-256',
        },
        // The hash is the key's own (SHA-256, from `generate`).
        sign: { name: 'RSASSA-PKCS1-v1_5' },
        signatureOid: '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
        isRsa: true,
    };
}
function algorithmParams(algorithm) {
    return PARAMS[algorithm];
}
function parseKeyAlgorithm(raw, input) {
    const value = raw.trim().toLowerCase();
    if (KEY_ALGORITHMS.includes(value))
        return value;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, raw, `unknown key algorithm; use one of ${KEY_ALGORITHMS.join(', ')}`, DEFAULT_KEY_ALGORITHM);
}


/***/ }),

/***/ 4693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet),
  Dz: () => (/* reexport */ prepareCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(5012);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/pki/der.ts
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
};
function lengthOctets(length) {
    if (length < 0x80)
        return Buffer.from([length]);
    const bytes = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
        bytes.unshift(rest & 0xff);
    return Buffer.from([0x80 | bytes.length, ...bytes]);
}
/** One tag-length-value; `tag` is the whole identifier octet (class, constructed bit, number). */
function tlv(tag, ...contents) {
    const body = Buffer.concat(contents);
    return Buffer.concat([Buffer.from([tag]), lengthOctets(body.length), body]);
}
const sequence = (...items) => tlv(TAG.sequence, ...items);
const set = (...items) => tlv(TAG.set, ...items);
const octetString = (bytes) => tlv(TAG.octetString, bytes);
const derNull = () => tlv(TAG.null);
const booleanTrue = () => tlv(TAG.boolean, Buffer.from([0xff]));
/** Context-specific tag `number`: constructed for EXPLICIT wrappers, primitive for IMPLICIT ones. */
function contextTag(number, constructed) {
    return 0x80 | (constructed ? 0x20 : 0) | number;
}
/** An INTEGER from its unsigned big-endian magnitude: minimal, with a 0x00 when the top bit is set. */
function unsignedInteger(magnitude) {
    let start = 0;
    while (start < magnitude.length - 1 && magnitude[start] === 0)
        start += 1;
    const trimmed = magnitude.subarray(start);
    return tlv(TAG.integer, trimmed[0] & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed);
}
const smallInteger = (value) => unsignedInteger(Buffer.from([value]));
function objectIdentifier(dotted) {
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
const bitString = (bytes) => tlv(TAG.bitString, Buffer.from([0]), bytes);
/** A named-bit BIT STRING: bit 0 is the first octet's top bit; DER drops trailing zero bits. */
function namedBits(bits) {
    const highest = Math.max(...bits);
    const bytes = Buffer.alloc(Math.floor(highest / 8) + 1);
    for (const bit of bits)
        bytes[bit >> 3] |= 0x80 >> (bit & 7);
    return tlv(TAG.bitString, Buffer.from([7 - (highest & 7)]), bytes);
}
/** PrintableString when the text allows it (as other X.509 encoders do), UTF8String otherwise. */
function directoryString(text) {
    const printable = /^[A-Za-z0-9 '()+,\-./:=?]*$/.test(text);
    return tlv(printable ? TAG.printableString : TAG.utf8String, Buffer.from(text, 'utf8'));
}
/** RFC 5280 4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; whole seconds, Zulu. */
function time(date) {
    const digits = date
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:T]/g, '');
    const year = date.getUTCFullYear();
    if (year >= 1950 && year < 2050)
        return tlv(TAG.utcTime, Buffer.from(digits.slice(2), 'ascii'));
    return tlv(TAG.generalizedTime, Buffer.from(digits, 'ascii'));
}
/** The contents of the element at `offset`, and where the next element starts. */
function readElement(der, offset) {
    const tag = der[offset];
    let length = der[offset + 1];
    let start = offset + 2;
    if (length & 0x80) {
        const count = length & 0x7f;
        length = 0;
        for (let i = 0; i < count; i += 1)
            length = length * 256 + der[start + i];
        start += count;
    }
    if (start + length > der.length)
        throw new Error('truncated DER element');
    return { tag, start, end: start + length };
}
/** The subjectPublicKey bits (without the unused-bits octet) of a DER SubjectPublicKeyInfo. */
function subjectPublicKeyBits(spki) {
    const outer = readElement(spki, 0);
    const algorithm = readElement(spki, outer.start);
    const key = readElement(spki, algorithm.end);
    if (outer.tag !== TAG.sequence || key.tag !== TAG.bitString)
        throw new Error('not a SubjectPublicKeyInfo');
    return Buffer.from(spki.subarray(key.start + 1, key.end));
}

;// CONCATENATED MODULE: ./src/pki/x509.ts
// The X.509 v3 structures of our certificates (RFC 5280), encoded with der.ts and signed with
// WebCrypto. Only what the certificate profile needs: a one-CN name, the six extensions we emit,
// and the certificate itself.


const OID = {
    commonName: '2.5.4.3',
    basicConstraints: '2.5.29.19',
    keyUsage: '2.5.29.15',
    extKeyUsage: '2.5.29.37',
    subjectKeyId: '2.5.29.14',
    authorityKeyId: '2.5.29.35',
    subjectAltName: '2.5.29.17',
    serverAuth: '1.3.6.1.5.5.7.3.1',
    clientAuth: '1.3.6.1.5.5.7.3.2',
};
/** KeyUsage bit numbers (RFC 5280 4.2.1.3). */
const KEY_USAGE = { digitalSignature: 0, keyEncipherment: 2, keyCertSign: 5, cRLSign: 6 };
const EXTENDED_KEY_USAGE = { serverAuth: OID.serverAuth, clientAuth: OID.clientAuth };
function extension(oid, critical, value) {
    return sequence(objectIdentifier(oid), ...(critical ? [booleanTrue()] : []), octetString(value));
}
/** Critical; `pathLength` only for a CA. cA FALSE is the DEFAULT, so a leaf's value is empty. */
function basicConstraints(ca, pathLength) {
    const fields = ca ? [booleanTrue(), ...(pathLength === undefined ? [] : [smallInteger(pathLength)])] : [];
    return extension(OID.basicConstraints, true, sequence(...fields));
}
/** Critical. */
function keyUsage(bits) {
    return extension(OID.keyUsage, true, namedBits(bits));
}
function extendedKeyUsage(purposes) {
    return extension(OID.extKeyUsage, false, sequence(...purposes.map(objectIdentifier)));
}
/** RFC 5280 4.2.1.2 method 1: the SHA-1 of the subjectPublicKey bits. */
function keyIdentifier(spki) {
    return (0,external_node_crypto_.createHash)('sha1').update(subjectPublicKeyBits(spki)).digest();
}
function subjectKeyIdentifier(keyId) {
    return extension(OID.subjectKeyId, false, octetString(keyId));
}
/** keyIdentifier only: [0] IMPLICIT OCTET STRING. */
function authorityKeyIdentifier(keyId) {
    return extension(OID.authorityKeyId, false, sequence(tlv(contextTag(0, false), keyId)));
}
/** 4 or 16 octets of an address already validated by san.ts. */
function ipAddressOctets(address) {
    if (!address.includes(':'))
        return Buffer.from(address.split('.').map(Number));
    const [head, tail = ''] = address.split('::');
    const groups = (part) => (part ? part.split(':') : []);
    const withV4 = (parts) => parts.flatMap((part) => {
        if (!part.includes('.'))
            return [part];
        const [a, b, c, d] = part.split('.').map(Number);
        return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
    const left = withV4(groups(head));
    const right = withV4(groups(tail));
    const middle = address.includes('::') ? Array(8 - left.length - right.length).fill('0') : [];
    return Buffer.from([...left, ...middle, ...right].flatMap((group) => [parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff]));
}
/** dNSName [2] IA5String and iPAddress [7] OCTET STRING, both IMPLICIT, in the given order. */
function subjectAltName(sans) {
    const names = sans.map((san) => san.type === 'dns'
        ? tlv(contextTag(2, false), Buffer.from(san.value, 'ascii'))
        : tlv(contextTag(7, false), ipAddressOctets(san.value)));
    return extension(OID.subjectAltName, false, sequence(...names));
}
/** A Name of one RDN, the common name. */
function commonNameOnly(commonName) {
    return sequence(set(sequence(objectIdentifier(OID.commonName), directoryString(commonName))));
}
/** ECDSA-Sig-Value (RFC 3279) from WebCrypto's r ‖ s. */
function ecdsaSignatureDer(raw) {
    const half = raw.length / 2;
    return sequence(unsignedInteger(raw.subarray(0, half)), unsignedInteger(raw.subarray(half)));
}
/** Encodes and signs a v3 certificate; returns its DER. */
async function signCertificate(fields, signer) {
    // RFC 3279/4055: parameters NULL for RSA PKCS#1 v1.5, absent for ECDSA.
    const algorithm = sequence(objectIdentifier(signer.signatureOid), ...(signer.isRsa ? [derNull()] : []));
    const tbs = sequence(tlv(contextTag(0, true), smallInteger(2)), tlv(0x02, Buffer.from(fields.serialNumber, 'hex')), algorithm, fields.issuer, sequence(time(fields.notBefore), time(fields.notAfter)), fields.subject, fields.spki, tlv(contextTag(3, true), sequence(...fields.extensions)));
    const raw = Buffer.from(await external_node_crypto_.webcrypto.subtle.sign(signer.params, signer.key, tbs));
    return sequence(tbs, algorithm, bitString(signer.isRsa ? raw : ecdsaSignatureDer(raw)));
}
/** PEM with 64-character lines, no trailing newline (callers add it). */
function pem(der, label) {
    const lines = Buffer.from(der)
        .toString('base64')
        .match(/.{1,64}/g) ?? [];
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

;// CONCATENATED MODULE: ./src/pki/profile.ts

/** The CA's constant extensions, once built. */
let sharedCaExtensions;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map();
function caExtensions() {
    sharedCaExtensions ??= [basicConstraints(true, 0), keyUsage([KEY_USAGE.keyCertSign, KEY_USAGE.cRLSign])];
    return sharedCaExtensions;
}
function leafExtensions(isRsa) {
    let fixed = sharedLeafExtensions.get(isRsa);
    if (!fixed) {
        // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
        const usage = isRsa ? [KEY_USAGE.digitalSignature, KEY_USAGE.keyEncipherment] : [KEY_USAGE.digitalSignature];
        const common = [basicConstraints(false), keyUsage(usage)];
        fixed = {
            server: [...common, extendedKeyUsage([EXTENDED_KEY_USAGE.serverAuth])],
            client: [...common, extendedKeyUsage([EXTENDED_KEY_USAGE.clientAuth])],
        };
        sharedLeafExtensions.set(isRsa, fixed);
    }
    return fixed;
}

;// CONCATENATED MODULE: ./src/pki/authority.ts
// The throw-away CA: its key is generated non-extractable and lives only in the closure of the
// Authority that createAuthority returns; leaf certificates are signed through it.




/** A positive serial of 127 random bits: the top bit clear so DER never reads it as negative. */
function randomSerial() {
    const bytes = (0,external_node_crypto_.randomBytes)(16);
    bytes[0] = (bytes[0] & 0x7f) | 0x01;
    return bytes.toString('hex');
}
function fingerprintOf(der) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from(der))
        .digest('hex')
        .toUpperCase();
    return hex.match(/../g).join(':');
}
function keyPem(pkcs8) {
    return pem(new Uint8Array(pkcs8), 'PRIVATE KEY') + '\n';
}
async function spkiOf(publicKey) {
    return Buffer.from(await external_node_crypto_.webcrypto.subtle.exportKey('spki', publicKey));
}
const COMMON_NAMES = {
    server: 'docker-tls-action server',
    client: 'docker-tls-action client',
};
function generateKeys(keyAlgorithm, extractable) {
    return external_node_crypto_.webcrypto.subtle.generateKey((0,algorithms/* algorithmParams */.G0)(keyAlgorithm).generate, extractable, [
        'sign',
        'verify',
    ]);
}
/** Leaf keys are extractable: their private halves are written for dockerd and the clients. */
function generateLeafKeys(keyAlgorithm = algorithms/* DEFAULT_KEY_ALGORITHM */.GE) {
    return generateKeys(keyAlgorithm, true);
}
/** Signs leaf certificates with the CA's key, which lives on only in this closure. */
function leafIssuer({ keyAlgorithm, window, signer, caName, authorityKeyId, fixed }) {
    return async (kind, options = {}) => {
        const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
        const sans = options.sans ?? [];
        const spki = await spkiOf(keys.publicKey);
        const extensions = [...fixed[kind], subjectKeyIdentifier(keyIdentifier(spki)), authorityKeyId];
        if (sans.length > 0)
            extensions.push(subjectAltName(sans));
        const serialNumber = randomSerial();
        const leafWindow = options.window ?? window;
        const cert = await signCertificate({
            serialNumber,
            issuer: caName,
            subject: commonNameOnly(COMMON_NAMES[kind]),
            notBefore: leafWindow.notBefore,
            notAfter: leafWindow.notAfter,
            spki,
            extensions,
        }, signer);
        return {
            certPem: pem(cert, 'CERTIFICATE') + '\n',
            keyPem: keyPem(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
            fingerprint: fingerprintOf(cert),
            serialNumber,
        };
    };
}
async function createAuthority(keyAlgorithm, window) {
    const params = (0,algorithms/* algorithmParams */.G0)(keyAlgorithm);
    const caKeys = await generateKeys(keyAlgorithm, false);
    const caSpki = await spkiOf(caKeys.publicKey);
    const caKeyId = keyIdentifier(caSpki);
    const caName = commonNameOnly(`docker-tls-action CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const signer = {
        key: caKeys.privateKey,
        params: params.sign,
        signatureOid: params.signatureOid,
        isRsa: params.isRsa,
    };
    const ca = await signCertificate({
        serialNumber: randomSerial(),
        issuer: caName,
        subject: caName,
        ...window,
        spki: caSpki,
        extensions: [...caExtensions(), subjectKeyIdentifier(caKeyId)],
    }, signer);
    const issue = leafIssuer({
        keyAlgorithm,
        window,
        signer,
        caName,
        authorityKeyId: authorityKeyIdentifier(caKeyId),
        fixed: leafExtensions(params.isRsa),
    });
    return {
        keyAlgorithm,
        caCertPem: pem(ca, 'CERTIFICATE') + '\n',
        caFingerprint: fingerprintOf(ca),
        window,
        issue,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(649);
;// CONCATENATED MODULE: ./src/pki/certificate-set.ts




/** Clients whose clock runs a little behind the runner's still accept a certificate made just now. */
const CLOCK_SKEW_MS = 5 * 60_000;
const DEFAULT_VALIDITY_MS = 6 * 3_600_000;
function defaultServerSans() {
    return [
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
        ...hostnameSan(),
    ];
}
function hostnameSan() {
    const name = (0,external_node_os_.hostname)().toLowerCase();
    return (0,san/* isDnsName */.rM)(name) && !name.startsWith('*') && name !== 'localhost' ? [{ type: 'dns', value: name }] : [];
}
/**
 * The CA, the client certificate and the server's key pair, made before the server's names are
 * known (dind: its addresses come with the container's start), so that only one signature is left
 * for then. The CA key is generated non-extractable and lives only until `finish`.
 */
async function prepareCertificateSet(options = {}) {
    const keyAlgorithm = options.keyAlgorithm ?? algorithms/* DEFAULT_KEY_ALGORITHM */.GE;
    const now = Date.now();
    const window = {
        notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
        notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
    };
    // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
    const [authority, serverKeys, clientKeys] = await Promise.all([
        createAuthority(keyAlgorithm, window),
        generateLeafKeys(keyAlgorithm),
        generateLeafKeys(keyAlgorithm),
    ]);
    const client = await authority.issue('client', { keys: clientKeys });
    let issuer = authority;
    return {
        finish: async (extraSans = []) => {
            if (!issuer)
                throw new Error('this certificate set is finished: its CA key is gone');
            const { issue, caCertPem, caFingerprint } = issuer;
            issuer = undefined;
            const serverSans = (0,san/* uniqueSans */.XX)([
                ...(options.onlyGivenSans ? [] : defaultServerSans()),
                ...(options.serverSans ?? []),
                ...extraSans,
            ]);
            const server = await issue('server', { sans: serverSans, keys: serverKeys });
            return { keyAlgorithm, caCertPem, caFingerprint, server, client, serverSans, ...window };
        },
    };
}
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
async function createCertificateSet(options = {}) {
    return (await prepareCertificateSet(options)).finish();
}

;// CONCATENATED MODULE: ./src/pki/index.ts





/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ parseSanList),
/* harmony export */   QW: () => (/* binding */ parseSan),
/* harmony export */   Qn: () => (/* binding */ formatSan),
/* harmony export */   XX: () => (/* binding */ uniqueSans),
/* harmony export */   rM: () => (/* binding */ isDnsName)
/* harmony export */ });
/* unused harmony export splitList */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


const EXAMPLE = 'docker.example.com, 10.0.0.5, ::1, IP:192.168.1.2, DNS:*.ci.internal';
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** Splits a list given as one input: commas, newlines or spaces around them; blanks dropped. */
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
function isDnsName(name) {
    if (name.length > 253)
        return false;
    const labels = name.split('.');
    const [first, ...rest] = labels;
    // A wildcard is allowed only as the whole leftmost label, and not over a bare top-level label.
    if (first === '*')
        return rest.length >= 2 && rest.every((label) => LABEL.test(label));
    return labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels[labels.length - 1]);
}
/**
 * One SAN as a user writes it: a DNS name, an IPv4 or IPv6 address, optionally with docker:dind's
 * `DNS:` / `IP:` prefixes. IPv6 may come in brackets, as in a URL.
 */
function parseSan(raw, input) {
    const text = raw.trim();
    const prefixed = /^(ip|dns):(.*)$/i.exec(text);
    const kind = prefixed?.[1].toLowerCase();
    const body = (prefixed ? prefixed[2] : text).trim();
    const unbracketed = body.replace(/^\[(.*)\]$/, '$1');
    if (body === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'a subject alternative name cannot be empty', EXAMPLE);
    if (kind !== 'dns' && ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(unbracketed) || (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(unbracketed))) {
        return { type: 'ip', value: unbracketed };
    }
    if (kind === 'ip')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not an IPv4 or IPv6 address', EXAMPLE);
    const lower = body.toLowerCase();
    if (/^[\d.]+$/.test(lower))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not a valid IPv4 address', EXAMPLE);
    if (!isDnsName(lower)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, 'not a valid DNS name (letters, digits and hyphens in dot-separated labels; a wildcard only as the whole first label, as in *.example.com)', EXAMPLE);
    }
    return { type: 'dns', value: lower };
}
function parseSanList(raw, input) {
    const items = typeof raw === 'string' ? splitList(raw) : raw.flatMap(splitList);
    return items.map((item) => parseSan(item, input));
}
/** Keeps the first of each name, in order; addresses compared in their canonical form. */
function uniqueSans(sans) {
    const seen = new Set();
    return sans.filter((san) => {
        const key = `${san.type}:${san.type === 'ip' ? canonicalIp(san.value) : san.value}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Addresses here are already validated: a colon means IPv6 (no isIPv6, whose first call is slow). */
function canonicalIp(address) {
    return address.includes(':') ? new URL(`http://[${address}]/`).hostname : address;
}
function formatSan(san) {
    return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}


/***/ })

};

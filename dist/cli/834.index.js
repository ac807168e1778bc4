export const id = 834;
export const ids = [834];
export const modules = {

/***/ 834:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   certsCommand: () => (/* binding */ certsCommand)
/* harmony export */ });
/* harmony import */ var _core_options_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(377);
/* harmony import */ var _core_options_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(170);
/* harmony import */ var _core_san_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(213);
/* harmony import */ var _lifecycle_certificates_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(690);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(998);





/** The certificate options by this command's flag names. */
const CERTS_OPTION_NAMES = { keyAlgorithm: '--key-algorithm', validity: '--validity', sans: '--san' };
async function certsCommand(args, out) {
    const values = (0,_usage_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .bQ)(args, {
        out: { type: 'string' },
        san: { type: 'string', multiple: true },
        validity: { type: 'string' },
        'key-algorithm': { type: 'string' },
        force: { type: 'boolean' },
        json: { type: 'boolean' },
    }, _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTS_USAGE */ .q4);
    if (!values.out)
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--out DIR is required.', _usage_js__WEBPACK_IMPORTED_MODULE_4__/* .CERTS_USAGE */ .q4);
    // Each --san is one name: an empty one is an error here, not silently dropped.
    (values.san ?? []).forEach((san) => (0,_core_san_js__WEBPACK_IMPORTED_MODULE_2__/* .parseSan */ .QW)(san, CERTS_OPTION_NAMES.sans));
    const options = (0,_core_options_options_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCertificateOptions */ .R$)({ keyAlgorithm: values['key-algorithm'], validity: values.validity, sans: values.san }, CERTS_OPTION_NAMES);
    const { set, paths } = await (0,_lifecycle_certificates_js__WEBPACK_IMPORTED_MODULE_3__/* .writeCertificateFiles */ .M)(options, (0,_core_options_values_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePath */ .Rr)(values.out, '--out'), {
        replace: values.force,
        input: '--out',
        replaceOption: '--force',
    });
    const result = {
        serverDir: paths.serverDir,
        clientDir: paths.clientDir,
        keyAlgorithm: set.keyAlgorithm,
        serverSans: set.serverSans.map(_core_san_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSan */ .Qn),
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


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet),
  Dz: () => (/* reexport */ prepareCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/core/pki/algorithms.ts
var algorithms = __webpack_require__(664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(598);
;// CONCATENATED MODULE: ./src/core/pki/der.ts
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

;// CONCATENATED MODULE: ./src/core/pki/x509.ts
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

;// CONCATENATED MODULE: ./src/core/pki/profile.ts

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

;// CONCATENATED MODULE: ./src/core/pki/authority.ts
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
var external_node_os_ = __webpack_require__(161);
// EXTERNAL MODULE: ./src/core/san.ts
var san = __webpack_require__(213);
;// CONCATENATED MODULE: ./src/core/pki/certificate-set.ts




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

;// CONCATENATED MODULE: ./src/core/pki/index.ts





/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ writeCertificateSet),
/* harmony export */   Fu: () => (/* binding */ checkCertificateDir),
/* harmony export */   VE: () => (/* binding */ writeCertificateSetRecorded),
/* harmony export */   wH: () => (/* binding */ writeDaemonTlsFiles),
/* harmony export */   xY: () => (/* binding */ checkUsableCertificateDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(296);
/* harmony import */ var _core_pki_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(752);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(285);





// Whether a certificate set may go to a directory, checked once before anything is generated (so a
// bad cert-dir fails before a CA or a daemon exists), and the writing of the set there.
async function entriesOf(dir, input) {
    try {
        return await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ENOTDIR') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} is not a directory (a file is in the way).`, `Point ${input} at a new or empty directory.`, {
                badInput: true,
            });
        }
        throw error;
    }
}
const OUR_LAYOUT = new Set(['server', 'client']);
const OUR_FILES = new Set(['ca.pem', 'cert.pem', 'key.pem']);
/**
 * Refuses a directory that already holds something, so a typo in an output path cannot clobber a
 * user's files. With `replace`, only a directory laid out as ours (server/, client/) is replaced.
 */
async function checkCertificateDir(dir, options) {
    const { input } = options;
    const paths = (0,_core_pki_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .certificatePaths */ .ao)(dir);
    const entries = await entriesOf(paths.dir, input);
    if (!entries || entries.length === 0)
        return { paths, existed: entries !== undefined, input };
    const foreign = entries.filter((entry) => !OUR_LAYOUT.has(entry));
    // Replacing removes server/ and client/ whole on failure: they must hold nothing but our files.
    for (const sub of entries.filter((entry) => OUR_LAYOUT.has(entry))) {
        const inside = (await entriesOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(paths.dir, sub), input)) ?? [];
        foreign.push(...inside.filter((name) => !OUR_FILES.has(name)).map((name) => `${sub}/${name}`));
    }
    if (!options.replace || foreign.length > 0) {
        const replaceHint = options.replaceOption
            ? `, or ask to replace the certificates there (${options.replaceOption})`
            : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} already exists and is not empty (${entries.slice(0, 5).join(', ')}${entries.length > 5 ? ', …' : ''}).`, foreign.length > 0
            ? `Point ${input} at a new or empty directory; it holds files that are not certificates of ours.`
            : `Point ${input} at a new or empty directory${replaceHint}.`, { badInput: true });
    }
    return { paths, existed: true, input };
}
/**
 * cert-dir must be a new or empty directory this process can write: checked before anything is made,
 * so a read-only mount or a file in the way is one clear error instead of a half-made set-up.
 */
async function checkUsableCertificateDir(dir, input) {
    const untrusted = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedComponentOf */ .F4)(dir, process.getuid?.() ?? 0);
    if (untrusted) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${untrusted.path === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could swap the certificates there or redirect what is written and removed.`, `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true });
    }
    const checked = await checkCertificateDir(dir, { input }).catch((error) => {
        if (error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw)
            throw error;
        throw unusableCertificateDir(dir, input, error);
    });
    // The directory, or the nearest part of its path that exists: it will be created below that.
    let existing = dir;
    while (!(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(existing).catch(() => undefined)) && (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing) !== existing) {
        existing = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(existing);
    }
    try {
        if (!(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(existing)).isDirectory()) {
            throw Object.assign(new Error(`${existing} is not a directory`), { code: 'ENOTDIR' });
        }
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(existing, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch (error) {
        throw unusableCertificateDir(dir, input, error);
    }
    return checked;
}
function unusableCertificateDir(dir, input, error) {
    const code = error.code;
    const reason = code === 'ENOTDIR'
        ? 'a file is in the way (not a directory)'
        : code === 'EROFS'
            ? 'it is on a read-only file system'
            : code === 'EACCES' || code === 'EPERM'
                ? 'this user may not write there (permission denied)'
                : error.message;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${reason}.`, `Point ${input} at a new or empty directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true, cause: error });
}
/**
 * Writes the set in docker:dind's layout, without the CA key (there is none to write). Either the
 * whole set lands or, on failure, everything this call created is removed again. Checks the
 * directory first, unless it is given as checked already.
 */
async function writeCertificateSet(dir, set, options = {}) {
    return (await writeCertificateSetRecorded(dir, set, options)).paths;
}
/** writeCertificateSet, also saying what it made: the action's teardown removes exactly that. */
async function writeCertificateSetRecorded(dir, set, options = {}) {
    const checked = typeof dir === 'string' ? await checkCertificateDir(dir, { input: 'directory', ...options }) : dir;
    const { paths } = checked;
    const made = { createdDirs: [], identities: {} };
    try {
        if (checked.existed)
            made.originalMode = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.lstat(paths.dir)).mode & 0o7777;
        made.createdDirs = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .makePrivateDir */ .hI)(paths.dir);
        await Promise.all([(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .makePrivateDir */ .hI)(paths.serverDir), (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .makePrivateDir */ .hI)(paths.clientDir)]);
        await Promise.all([
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.serverCa, set.caCertPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.serverCert, set.server.certPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.serverKey, set.server.keyPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_MODE */ .Sr),
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.clientCa, set.caCertPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.clientCert, set.client.certPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
            (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(paths.clientKey, set.client.keyPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_MODE */ .Sr),
        ]);
        for (const path of new Set([paths.dir, ...made.createdDirs, paths.serverDir, paths.clientDir])) {
            const identity = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .identityOf */ .cu)(path);
            if (identity)
                made.identities[path] = identity;
        }
    }
    catch (error) {
        await (checked.existed
            ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(sub, { recursive: true, force: true })))
            : node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(made.createdDirs[0] ?? paths.dir, { recursive: true, force: true }));
        if (made.originalMode !== undefined)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(paths.dir, made.originalMode).catch(() => undefined);
        const code = error.code;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Cannot write certificates to ${paths.dir}: ${error.message}`, code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
            ? 'Choose a directory this user can write, e.g. one under $RUNNER_TEMP or $HOME.'
            : undefined, { cause: error });
    }
    return { paths, made };
}
/**
 * A copy of the server's files in the instance's private work directory (0700, ours or root's):
 * the daemon reads only these, so a user-given cert-dir, whatever becomes of it while the daemon
 * starts, can never hand it another CA.
 */
async function writeDaemonTlsFiles(workDir, set) {
    await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .makePrivateDir */ .hI)((0,_core_pki_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .daemonTlsDir */ .jx)(workDir));
    const files = (0,_core_pki_layout_js__WEBPACK_IMPORTED_MODULE_3__/* .daemonTlsFiles */ .HH)(workDir);
    await Promise.all([
        (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(files.ca, set.caCertPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
        (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(files.cert, set.server.certPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .CERT_MODE */ .F5),
        (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(files.key, set.server.keyPem, _files_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_MODE */ .Sr),
    ]);
    return files;
}


/***/ }),

/***/ 690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ writeCertificateFiles),
/* harmony export */   z: () => (/* binding */ makeCertificates)
/* harmony export */ });
/* harmony import */ var _core_pki_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(101);
/* harmony import */ var _host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(668);


/**
 * Finishes the prepared set (the server certificate, naming `extraSans` too) and writes it to the
 * given cert-dir (checked before anything was made) or our own, and the daemon's copy of the
 * server's files into the private work directory. What it made in a given cert-dir is recorded by
 * device and inode, so that teardown removes only that.
 */
async function makeCertificates(options, prepared, where, extraSans, saveProgress, logger) {
    const { dir, workDir } = where;
    const given = typeof dir === 'string' ? undefined : dir;
    const certDir = given?.paths.dir ?? dir;
    saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
    const certificateSet = await (await prepared).finish(extraSans);
    const { paths: certs, made } = await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCertificateSetRecorded */ .VE)(dir, certificateSet, {
        input: options.names.certDir,
    });
    if (given) {
        saveProgress({
            certDirCreated: made.createdDirs,
            certDirIdentities: made.identities,
            certDirMode: made.originalMode,
        });
    }
    const daemonTls = await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeDaemonTlsFiles */ .wH)(workDir, certificateSet);
    saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
    logger.info(`Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certDir}`);
    return { certificateSet, certs, daemonTls };
}
/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
async function writeCertificateFiles(options, dir, where) {
    const checked = await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCertificateDir */ .Fu)(dir, where);
    const set = await (0,_core_pki_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createCertificateSet */ .K_)(options);
    return { set, paths: await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCertificateSet */ .Dz)(checked, set) };
}


/***/ })

};

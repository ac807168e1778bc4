export const id = 403;
export const ids = [403];
export const modules = {

/***/ 912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ clientEnvironment),
/* harmony export */   a: () => (/* binding */ caBundleWarnings)
/* harmony export */ });
/**
 * Variables that make some clients trust another CA bundle than DOCKER_CERT_PATH/ca.pem: requests
 * (under docker-py) prefers REQUESTS_CA_BUNDLE and CURL_CA_BUNDLE over the CA docker-py passes it,
 * then fails with "unable to get local issuer certificate". Corporate-proxy runners set them.
 */
const OVERRIDING = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE'];
function caBundleWarnings(env) {
    const set = OVERRIDING.filter((name) => env[name]);
    if (set.length === 0)
        return [];
    return [
        `${set.join(' and ')} ${set.length > 1 ? 'are' : 'is'} set: docker-py (through requests) will verify the daemon against that bundle instead of DOCKER_CERT_PATH/ca.pem and fail with "unable to get local issuer certificate". Unset ${set.length > 1 ? 'them' : 'it'} for steps that use docker-py, e.g. env: { ${set.map((name) => `${name}: ''`).join(', ')} }.`,
    ];
}
/**
 * What a client needs to reach the instance, as environment variables: the three the docker CLI,
 * docker-py, dockerode and testcontainers read, and TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, the
 * daemon's own unix socket on this machine. testcontainers bind-mounts that path into its Ryuk
 * container (default /var/run/docker.sock: the runner's daemon, not ours), and Ryuk then reaps in
 * our daemon. The daemon resolves the path on this machine, so the daemon's own socket is right.
 */
function clientEnvironment(daemon) {
    return {
        DOCKER_HOST: daemon.dockerHost,
        DOCKER_TLS_VERIFY: '1',
        DOCKER_CERT_PATH: daemon.clientDir,
        ...(daemon.socket ? { TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE: daemon.socket } : {}),
    };
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

/***/ 784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ probePlainHttp),
/* harmony export */   KA: () => (/* binding */ pingOnce),
/* harmony export */   RO: () => (/* binding */ clientContext),
/* harmony export */   Tv: () => (/* binding */ problemWithOurClient),
/* harmony export */   W7: () => (/* binding */ PROBE_TIMEOUT_MS),
/* harmony export */   o9: () => (/* binding */ tlsErrorSummary),
/* harmony export */   uJ: () => (/* binding */ probeWithoutClientCert),
/* harmony export */   wI: () => (/* binding */ probeWithForeignClientCert)
/* harmony export */ });
/* unused harmony exports judgeTlsRefusal, judgePlainRefusal */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);



// What a client sees of a Docker daemon's TLS port: one mTLS /_ping, and the probes that must be
// refused (no client certificate, a stranger's, plain HTTP). Used by the start (readiness and the
// refusal proof) and by the doctor; they only connect, and judge what came back.
const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
function clientContext(tls) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.createSecureContext)({ ca: tls.ca, cert: tls.cert, key: tls.key });
}
/** One mTLS `GET /_ping`; resolves with the status code and body, rejects on any error or timeout. */
function pingOnce(host, port, secureContext, timeoutMs) {
    return new Promise((resolve, reject) => {
        // https passes its options on to tls.connect, which takes a prebuilt secureContext; the
        // https typings do not list it.
        const options = {
            host,
            port,
            path: '/_ping',
            method: 'GET',
            secureContext,
            agent: false,
            timeout: timeoutMs,
        };
        const req = (0,node_https__WEBPACK_IMPORTED_MODULE_1__.request)(options, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => (body += chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end();
    });
}
const PROBE_TIMEOUT_MS = 2000;
/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
function tlsErrorSummary(error) {
    const alert = /alert ([a-z ]+?)(?::|$| \(|\n)/i.exec(error.message)?.[1];
    if (alert)
        return `TLS alert "${alert.trim()}"`;
    const code = error.code;
    return code ? `${code}: ${error.message.split('\n')[0]}` : error.message.split('\n')[0];
}
/** An alert the server sent (OpenSSL words it "... alert ..."), not a check of ours that failed. */
function isServerAlert(error) {
    return /\balert\b/i.test(error.message) && String(error.code ?? '').startsWith('ERR_SSL');
}
const SERVER_CLOSED = new Set(['ECONNRESET', 'EPIPE']);
/**
 * Whether a TLS exchange shows the server refusing: an alert from it, or a close or reset once the
 * connection was made and before any answer. Any HTTP answer means it let the client in; a refused
 * connection, a timeout or our own verification error proves nothing.
 */
function judgeTlsRefusal({ response, error, connected }) {
    const status = /^HTTP\/1\.[01] \d{3}[^\r\n]*/.exec(response)?.[0];
    if (status)
        return { refused: false, detail: `answered ${status}` };
    if (!connected)
        return { refused: false, detail: `no connection (${error ? tlsErrorSummary(error) : 'closed'})` };
    if (!error)
        return { refused: true, detail: 'closed the connection without an answer' };
    if (isServerAlert(error))
        return { refused: true, detail: tlsErrorSummary(error) };
    const code = error.code ?? '';
    if (SERVER_CLOSED.has(code))
        return { refused: true, detail: `${code}: closed the connection without an answer` };
    return { refused: false, detail: `no refusal seen (${tlsErrorSummary(error)})` };
}
/** Plain HTTP to a TLS port: Go's TLS server answers 400 ("Client sent an HTTP request to an HTTPS server"). */
function judgePlainRefusal({ response, error, connected }) {
    const status = /^HTTP\/1\.[01] (\d{3})[^\r\n]*/.exec(response);
    if (status?.[1] === '400')
        return { refused: true, detail: `answered ${status[0]}` };
    if (status)
        return { refused: false, detail: `answered ${status[0]}` };
    const how = error ? tlsErrorSummary(error) : 'closed without an answer';
    return { refused: false, detail: connected ? `no HTTP 400 (${how})` : `no connection (${how})` };
}
/** Sends the ping over TLS with `options` (no client certificate, or a stranger's), judged by judgeTlsRefusal. */
function probeTls(host, port, options, timeoutMs) {
    return sendPingAndJudge(timeoutMs, judgeTlsRefusal, (onData, finish, onConnect) => {
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ host, port, servername: isNameForSni(host) ? host : undefined, ...options }, () => socket.write(PING_REQUEST));
        socket.once('connect', onConnect);
        socket.on('data', onData);
        socket.on('error', finish);
        socket.on('close', () => finish());
        return socket;
    });
}
/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, any HTTP answer means the daemon does not enforce client certificates.
 */
function probeWithoutClientCert(host, port, ca, timeoutMs) {
    return probeTls(host, port, { ca }, timeoutMs);
}
/** The ping with a client certificate of another CA: the daemon must trust our CA only. */
function probeWithForeignClientCert(host, port, ca, foreign, timeoutMs) {
    return probeTls(host, port, { ca, cert: foreign.cert, key: foreign.key }, timeoutMs);
}
/** Sends the ping as plain HTTP to the TLS port; only an HTTP 400 is a refusal. */
function probePlainHttp(host, port, timeoutMs) {
    return sendPingAndJudge(timeoutMs, judgePlainRefusal, (onData, finish, onConnect) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port }, () => {
            onConnect();
            socket.write(PING_REQUEST);
        });
        socket.on('data', onData);
        socket.on('error', finish);
        socket.on('close', () => finish());
        return socket;
    });
}
function isNameForSni(host) {
    return !/^[\d.]+$/.test(host) && !host.includes(':');
}
/** Collects the answer on the socket `open` makes until a status line, a close or an error. */
function sendPingAndJudge(timeoutMs, judge, open) {
    return new Promise((resolve, reject) => {
        let response = '';
        let connected = false;
        let done = false;
        const finish = (error) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(judge({ response, error, connected }));
        };
        const socket = open((chunk) => {
            response += chunk.toString('latin1');
            if (/^HTTP\/1\.[01] \d{3}/.test(response))
                finish();
        }, finish, () => (connected = true));
        const timer = setTimeout(() => {
            if (done)
                return;
            done = true;
            socket.destroy();
            reject(new Error(`the daemon neither answered nor closed the connection within ${timeoutMs} ms`));
        }, timeoutMs);
    });
}
/**
 * Our own client: it must be let in (HTTP 200 to the ping) by a server presenting the very
 * certificate we made. Resolves with what went wrong, or undefined when all is as it must be.
 */
function problemWithOurClient(host, port, set, timeoutMs) {
    return new Promise((resolve) => {
        let fingerprint = '';
        let response = '';
        const options = { host, port, ca: set.caCertPem, cert: set.client.certPem, key: set.client.keyPem };
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_2__.connect)({ ...options, servername: isNameForSni(host) ? host : undefined, timeout: timeoutMs }, () => {
            fingerprint = socket.getPeerCertificate().fingerprint256;
            socket.write(PING_REQUEST);
        });
        const done = (problem) => {
            socket.destroy();
            resolve(problem);
        };
        socket.on('data', (chunk) => {
            response += chunk.toString('latin1');
            const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
            if (!status)
                return;
            if (fingerprint !== set.server.fingerprint)
                done(`the server presented ${fingerprint}, not our certificate`);
            else
                done(status === '200' ? undefined : `answered HTTP ${status}`);
        });
        socket.on('timeout', () => done(`no answer within ${timeoutMs} ms`));
        socket.on('error', (error) => done(`refused it (${tlsErrorSummary(error)})`));
        socket.on('close', () => done('the connection closed without an answer'));
    });
}


/***/ }),

/***/ 219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reservePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_options_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(926);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(296);



function listenOnce(host, port) {
    return new Promise((resolve, reject) => {
        const server = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createServer)();
        server.once('error', reject);
        server.listen({ host, port, exclusive: true }, () => {
            const address = server.address();
            const bound = typeof address === 'object' && address ? address.port : port;
            server.close(() => resolve(bound));
        });
    });
}
/**
 * Port 0 becomes a free port the kernel picks; any other port is checked, so a port in use is
 * reported before anything is created rather than as a daemon that dies during start-up.
 */
async function reservePort(host, port, names) {
    try {
        return await listenOnce(host, port);
    }
    catch (error) {
        const code = error.code;
        if (code === 'EADDRINUSE') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Port ${port} on ${host} is already in use by another process.`, `Choose another port, or ${(0,_core_options_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'port', '0')} for a free one.`, { badInput: true });
        }
        if (code === 'EADDRNOTAVAIL') {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${host} is not an address of this machine, so nothing can listen on it.`, `Use ${(0,_core_options_names_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`, { badInput: true });
        }
        throw error;
    }
}


/***/ })

};

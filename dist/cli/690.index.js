export const id = 690;
export const ids = [690];
export const modules = {

/***/ 2580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hG: () => (/* reexport */ CA_KEY_GONE),
  GV: () => (/* reexport */ bothLeaves),
  K_: () => (/* reexport */ createCertificateSet),
  Dz: () => (/* reexport */ prepareCertificateSet),
  N5: () => (/* reexport */ strangerClientCertificate)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/core/pki/algorithms.ts
var algorithms = __webpack_require__(7664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/pki/load-x509.ts
var load_x509 = __webpack_require__(3999);
;// CONCATENATED MODULE: ./src/core/pki/profile.ts
const EXTENDED_KEY_USAGE = {
    server: '1.3.6.1.5.5.7.3.1', // serverAuth
    client: '1.3.6.1.5.5.7.3.2', // clientAuth
};
/** The CA's constant extensions, once built. */
let sharedCaExtensions;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map();
/** basicConstraints critical CA:TRUE pathlen:0; keyUsage critical keyCertSign, cRLSign. */
function caExtensions(x509) {
    sharedCaExtensions ??= [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ];
    return sharedCaExtensions;
}
/** basicConstraints critical CA:FALSE; keyUsage critical; one extended key usage, the kind's. */
function leafExtensions(x509, isRsa) {
    let fixed = sharedLeafExtensions.get(isRsa);
    if (!fixed) {
        // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
        const usages = isRsa
            ? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
            : x509.KeyUsageFlags.digitalSignature;
        const common = [
            new x509.BasicConstraintsExtension(false, undefined, true),
            new x509.KeyUsagesExtension(usages, true),
        ];
        const withUsage = (kind) => [...common, new x509.ExtendedKeyUsageExtension([EXTENDED_KEY_USAGE[kind]])];
        fixed = { server: withUsage('server'), client: withUsage('client') };
        sharedLeafExtensions.set(isRsa, fixed);
    }
    return fixed;
}

;// CONCATENATED MODULE: ./src/core/pki/serial.ts

/** Random bytes in a serial: 16, of which 126 bits random (RFC 5280 4.1.2.2 allows up to 20 octets). */
const SERIAL_BYTES = 16;
/**
 * A serial number as hex from `SERIAL_BYTES` random bytes: the first byte's top bit cleared, so
 * that DER needs no 0x00 in front to keep the INTEGER positive, and its next bit set, so that it
 * is never 0x00, which a minimal DER INTEGER would drop. Every serial is then exactly
 * `SERIAL_BYTES` octets in the certificate, positive, and spelled there as here.
 */
function serialFrom(random) {
    const bytes = Buffer.from(random.subarray(0, SERIAL_BYTES));
    if (bytes.length !== SERIAL_BYTES)
        throw new Error(`a serial takes ${SERIAL_BYTES} random bytes`);
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    return bytes.toString('hex');
}
function randomSerial() {
    return serialFrom((0,external_node_crypto_.randomBytes)(SERIAL_BYTES));
}

// EXTERNAL MODULE: ./src/core/san.ts
var san = __webpack_require__(2213);
;// CONCATENATED MODULE: ./src/core/pki/subject-alt-names.ts

/**
 * An address in the spelling that @peculiar/x509 2.2 encodes right: IPv4 as a dotted quad, IPv6
 * as eight hex groups. The library reads the dotted quad at the end of an IPv6 address as one hex
 * group (`::ffff:10.0.0.1` became 0:0:0:0:0:0:ffff:10, that is ::255.255.0.16; `::1.2.3.4` became
 * ::1) and drops a zone.
 */
function libraryIpText(address) {
    const normalized = (0,san/* normalizedIp */.XF)(address);
    if (normalized === undefined)
        throw new Error(`Not an IPv4 or IPv6 address: ${JSON.stringify(address)}`);
    return normalized;
}
/** dNSName and iPAddress entries, in the given order; not critical, as the subject is not empty (RFC 5280 4.2.1.6). */
function subjectAltNameExtension(x509, sans) {
    return new x509.SubjectAlternativeNameExtension(sans.map((san) => ({ type: san.type, value: san.type === 'ip' ? libraryIpText(san.value) : san.value })), false);
}

;// CONCATENATED MODULE: ./src/core/pki/authority.ts
// The throw-away CA: its key is generated non-extractable and lives only in the closure of the
// Authority that createAuthority returns; leaf certificates are signed through it. The certificates
// are built by @peculiar/x509 (loaded while the CA's key is generated), signed with WebCrypto.






function fingerprintOf(der) {
    const hex = (0,external_node_crypto_.createHash)('sha256')
        .update(Buffer.from(der))
        .digest('hex')
        .toUpperCase();
    return hex.match(/../g).join(':');
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
/** PEM with a final newline, as the files hold it. */
function certificatePem(cert) {
    return `${cert.toString('pem')}\n`;
}
/** Unencrypted PKCS#8 `PRIVATE KEY` PEM, one block, with a final newline. */
function privateKeyPem(key) {
    return external_node_crypto_.KeyObject.from(key).export({ type: 'pkcs8', format: 'pem' }).toString();
}
/**
 * The certified key as the library takes it, and its subjectKeyIdentifier: the SHA-1 of the
 * subjectPublicKey bits (RFC 5280 4.2.1.2, method 1). One export of the key serves both.
 */
async function certifiedKey(x509, publicKey) {
    const key = await x509.PublicKey.create(publicKey);
    const keyId = Buffer.from(await key.getKeyIdentifier()).toString('hex');
    return { key, keyId: new x509.SubjectKeyIdentifierExtension(keyId) };
}
/** Signs leaf certificates with the CA's key, which lives on only in this closure. */
function leafIssuer({ x509, keyAlgorithm, window, caKey, caName, authorityKeyId }) {
    const params = (0,algorithms/* algorithmParams */.G0)(keyAlgorithm);
    const fixed = leafExtensions(x509, params.isRsa);
    return async (kind, options = {}) => {
        const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
        const sans = options.sans ?? [];
        const { key, keyId } = await certifiedKey(x509, keys.publicKey);
        const extensions = [...fixed[kind], keyId, authorityKeyId];
        if (sans.length > 0)
            extensions.push(subjectAltNameExtension(x509, sans));
        const leafWindow = options.window ?? window;
        const cert = await x509.X509CertificateGenerator.create({
            serialNumber: randomSerial(),
            issuer: caName,
            subject: new x509.Name([{ CN: [COMMON_NAMES[kind]] }]),
            notBefore: leafWindow.notBefore,
            notAfter: leafWindow.notAfter,
            publicKey: key,
            signingKey: caKey,
            signingAlgorithm: params.sign,
            extensions,
        });
        return {
            certPem: certificatePem(cert),
            keyPem: privateKeyPem(keys.privateKey),
            fingerprint: fingerprintOf(cert.rawData),
            serialNumber: cert.serialNumber,
        };
    };
}
async function createAuthority(keyAlgorithm, window) {
    // The library loads while the key is generated: on the main thread the one, on libuv's the other.
    const [x509, caKeys] = await Promise.all([(0,load_x509/* loadX509 */.l)(), generateKeys(keyAlgorithm, false)]);
    const caName = new x509.Name([{ CN: [`docker-tls-action CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`] }]);
    const { key, keyId } = await certifiedKey(x509, caKeys.publicKey);
    const ca = await x509.X509CertificateGenerator.create({
        serialNumber: randomSerial(),
        issuer: caName,
        subject: caName,
        ...window,
        publicKey: key,
        signingKey: caKeys.privateKey,
        signingAlgorithm: (0,algorithms/* algorithmParams */.G0)(keyAlgorithm).sign,
        extensions: [...caExtensions(x509), keyId],
    });
    const issue = leafIssuer({
        x509,
        keyAlgorithm,
        window,
        caKey: caKeys.privateKey,
        caName,
        authorityKeyId: new x509.AuthorityKeyIdentifierExtension(keyId.keyId),
    });
    return {
        keyAlgorithm,
        caCertPem: certificatePem(ca),
        caFingerprint: fingerprintOf(ca.rawData),
        window,
        issue,
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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
/** Why a set refuses a second server certificate: the CA key went with the first pair of leaves. */
const CA_KEY_GONE = 'this certificate set is finished: its CA key is gone';
/** The whole set from a prepared one's two leaves, the server's asked for first. */
async function bothLeaves(set, extraSans) {
    const server = set.server(extraSans);
    return { ...(await server), client: await set.client() };
}
/**
 * The CA and the server's and client's key pairs, made before the server's names are known (dind:
 * its addresses come with the container's start), so that only the two leaves' signatures are left
 * for then. The CA key is generated non-extractable and lives only until both leaves are issued.
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
    let issuer = authority;
    let server;
    let client;
    // Each leaf is issued once; the CA key goes with the last reference to the authority after both.
    let leavesLeft = 2;
    const issue = async (kind, more) => {
        if (!issuer)
            throw new Error(CA_KEY_GONE);
        try {
            return await issuer.issue(kind, more);
        }
        finally {
            leavesLeft -= 1;
            if (leavesLeft === 0)
                issuer = undefined;
        }
    };
    const { caCertPem, caFingerprint } = authority;
    const serverSide = (extraSans = []) => {
        if (server)
            return Promise.reject(new Error(CA_KEY_GONE));
        const serverSans = (0,san/* uniqueSans */.XX)([
            ...(options.onlyGivenSans ? [] : defaultServerSans()),
            ...(options.serverSans ?? []),
            ...extraSans,
        ]);
        server = issue('server', { sans: serverSans, keys: serverKeys }).then((leaf) => ({
            keyAlgorithm,
            caCertPem,
            caFingerprint,
            server: leaf,
            serverSans,
            ...window,
        }));
        return server;
    };
    const clientSide = () => {
        const issueClient = () => issue('client', { keys: clientKeys });
        client ??= (server ?? Promise.resolve()).then(issueClient, issueClient);
        return client;
    };
    const leaves = { server: serverSide, client: clientSide };
    return { ...leaves, finish: (extraSans) => bothLeaves(leaves, extraSans) };
}
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
async function createCertificateSet(options = {}) {
    return (await prepareCertificateSet(options)).finish();
}
/**
 * A client certificate of a throw-away CA of its own, for the probe a daemon must refuse: the CA
 * and the client certificate only (no server certificate, which nothing would use). Short-lived.
 */
async function strangerClientCertificate(validityMs = 10 * 60_000) {
    const now = Date.now();
    const window = { notBefore: new Date(now - CLOCK_SKEW_MS), notAfter: new Date(now + validityMs) };
    return (await createAuthority(algorithms/* DEFAULT_KEY_ALGORITHM */.GE, window)).issue('client');
}

;// CONCATENATED MODULE: ./src/core/pki/index.ts





/***/ }),

/***/ 3999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ loadX509)
/* harmony export */ });
let loading;
/**
 * Loads the library on first use, once per process. Callers start it beside their key generation,
 * which runs on libuv's threads while this one evaluates the library.
 */
function loadX509() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(357), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 5343)).then((runtime) => runtime.x509);
    return loading;
}


/***/ }),

/***/ 668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ writeCertificateSet),
/* harmony export */   Fu: () => (/* binding */ checkCertificateDir),
/* harmony export */   VE: () => (/* binding */ writeCertificateSetRecorded),
/* harmony export */   wH: () => (/* binding */ writeDaemonTlsFiles),
/* harmony export */   xY: () => (/* binding */ checkUsableCertificateDir),
/* harmony export */   zd: () => (/* binding */ refuseUntrusted)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _core_pki_layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(752);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3285);





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
    await refuseUntrusted(dir, input, 'swap the certificates there or redirect what is written and removed');
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
/**
 * Refuses a directory (or a directory above it) that another user could replace or redirect: owned
 * by someone other than this user and root, or writable by others without the sticky bit. Checked
 * before anything is written there; `risk` says what another user could do.
 */
async function refuseUntrusted(dir, input, risk) {
    const untrusted = await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .untrustedComponentOf */ .F4)(dir, process.getuid?.() ?? 0);
    if (!untrusted)
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The ${input} ${dir} cannot be used: ${untrusted.path === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir) ? 'it' : untrusted.path} is not safe from other users (${untrusted.reason}). Another user could ${risk}.`, `Point ${input} at a directory only this user and root can write, e.g. one under $RUNNER_TEMP or $HOME.`, { badInput: true });
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
        // Loaded only on this path: its `assert` is a few milliseconds of every `docker-tls certs` otherwise.
        const { rmRF } = await __webpack_require__.e(/* import() */ 701).then(__webpack_require__.bind(__webpack_require__, 8701));
        await (checked.existed
            ? Promise.all([paths.serverDir, paths.clientDir].map((sub) => rmRF(sub)))
            : rmRF(made.createdDirs[0] ?? paths.dir));
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

/***/ 6690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ writeCertificateFiles),
/* harmony export */   z: () => (/* binding */ makeCertificates)
/* harmony export */ });
/* harmony import */ var _core_pki_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2580);
/* harmony import */ var _host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(668);


/**
 * Issues the server certificate (naming `extraSans` too) and writes the daemon's copy of its files
 * into the private work directory; then, while the daemon starts, the client's certificate and
 * the whole set into the given cert-dir (checked before anything was made) or our own. What it
 * made in a given cert-dir is recorded by device and inode, so that teardown removes only that.
 */
function makeCertificates(options, prepared, where, extraSans, saveProgress, logger) {
    const forDaemon = (async () => {
        const given = typeof where.dir === 'string' ? undefined : where.dir;
        const certDir = given?.paths.dir ?? where.dir;
        saveProgress({ certDir, certDirWasGiven: given !== undefined, certDirExisted: given?.existed ?? false });
        const server = await (await prepared).server(extraSans);
        return { server, daemonTls: await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeDaemonTlsFiles */ .wH)(where.workDir, server) };
    })();
    const all = forDaemon.then(async ({ server, daemonTls }) => {
        const certificateSet = { ...server, client: await (await prepared).client() };
        const certs = await writeCertDir(options, where.dir, certificateSet, saveProgress);
        saveProgress({ expiresAt: certificateSet.notAfter.toISOString() });
        logger.info(`Certificates (${certificateSet.keyAlgorithm}, valid until ${certificateSet.notAfter.toISOString()}) in ${certs.dir}`);
        return { certificateSet, certs, daemonTls };
    });
    // Whoever waits for the daemon's part alone still gets this failure from `all` when it asks.
    all.catch(() => undefined);
    return { forDaemon, all };
}
/** The set in cert-dir; in a given one, what was made there is recorded for teardown. */
async function writeCertDir(options, dir, certificateSet, saveProgress) {
    const { paths, made } = await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCertificateSetRecorded */ .VE)(dir, certificateSet, { input: options.names.certDir });
    if (typeof dir !== 'string') {
        saveProgress({
            certDirCreated: made.createdDirs,
            certDirIdentities: made.identities,
            certDirMode: made.originalMode,
        });
    }
    return paths;
}
/**
 * `docker-tls certs`: a set written to `dir` to keep (no state, no teardown). The directory is
 * checked before a key is generated (seconds for RSA-4096).
 */
async function writeCertificateFiles(options, dir, where) {
    await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseUntrusted */ .zd)(dir, where.input, 'swap the certificates there or redirect what is written');
    const checked = await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCertificateDir */ .Fu)(dir, where);
    const set = await (0,_core_pki_index_js__WEBPACK_IMPORTED_MODULE_0__/* .createCertificateSet */ .K_)(options);
    return { set, paths: await (0,_host_cert_dir_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCertificateSet */ .Dz)(checked, set) };
}


/***/ })

};

export const id = 212;
export const ids = [212];
export const modules = {

/***/ 1912:
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

/***/ 5844:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet),
  Dz: () => (/* reexport */ prepareCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/core/pki/algorithms.ts
var algorithms = __webpack_require__(7664);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/pki/load-x509.ts
let loading;
/**
 * Loads the library on first use, once per process. Callers start it beside their key generation,
 * which runs on libuv's threads while this one evaluates the library.
 */
function loadX509() {
    loading ??= Promise.all(/* import() */[__webpack_require__.e(631), __webpack_require__.e(343)]).then(__webpack_require__.bind(__webpack_require__, 5343)).then((runtime) => runtime.x509);
    return loading;
}

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
    const [x509, caKeys] = await Promise.all([loadX509(), generateKeys(keyAlgorithm, false)]);
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

/***/ 8784:
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
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1692);
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

/***/ 1219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reservePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_options_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6926);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);



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

export const id = 335;
export const ids = [335];
export const modules = {

/***/ 4335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectionDoctor: () => (/* binding */ connectionDoctor),
  doctorCommand: () => (/* binding */ doctorCommand),
  rootlessDoctor: () => (/* binding */ rootlessDoctor)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/probes.ts
var probes = __webpack_require__(8784);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/doctor/findings.ts
function fail(cause, detail, fix) {
    return { cause, severity: 'fail', detail, fix };
}
function warn(cause, detail, fix) {
    return { cause, severity: 'warn', detail, fix };
}
function hasFailure(findings) {
    return findings.some((finding) => finding.severity === 'fail');
}
/** Lines for a terminal: severity, cause, detail, then the fix indented under it. */
function formatFindings(findings) {
    return findings.flatMap(({ severity, cause, detail, fix }) => [
        `${severity.padEnd(4)} [${cause}] ${detail}`,
        ...(fix ? [`     fix: ${fix}`] : []),
    ]);
}

;// CONCATENATED MODULE: ./src/doctor/pem.ts

const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
/** Every certificate in a PEM text (a bundle may hold many); throws on a block that does not parse. */
function certificatesIn(pem) {
    return (pem.match(CERTIFICATE_BLOCK) ?? []).map((block) => new external_node_crypto_.X509Certificate(block));
}
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
/** Whether the certificate may serve the purpose; no EKU extension means any purpose. */
function allowsPurpose(cert, purpose) {
    // Node names the extended key usage list `keyUsage`.
    const usages = cert.keyUsage;
    if (!usages || usages.length === 0)
        return true;
    return usages.includes(purpose === 'server' ? SERVER_AUTH : CLIENT_AUTH);
}
/** The purposes a certificate's EKU names, in words. */
function purposesOf(cert) {
    const usages = cert.keyUsage ?? [];
    if (usages.length === 0)
        return 'any purpose (no extended key usage)';
    const words = usages.map((oid) => (oid === SERVER_AUTH ? 'serverAuth' : oid === CLIENT_AUTH ? 'clientAuth' : oid));
    return words.join(', ');
}
/** The subject alternative names, as the certificate lists them ("DNS:localhost", "IP:127.0.0.1"). */
function namesOf(cert) {
    return (cert.subjectAltName ?? '')
        .split(/,\s*/)
        .filter((name) => name !== '')
        .map((name) => name.replace(/^IP Address:/, 'IP:'));
}
function validityOf(cert) {
    return { notBefore: new Date(cert.validFrom), notAfter: new Date(cert.validTo) };
}
/** Whether `cert` was signed by one of `authorities` (or is one of them). */
function issuedByOneOf(cert, authorities) {
    return authorities.some((ca) => ca.fingerprint256 === cert.fingerprint256 || (cert.checkIssued(ca) && cert.verify(ca.publicKey)));
}
/** Whether a presented chain (leaf first) ends at one of `authorities`: some link is signed by one. */
function chainEndsAt(chain, authorities) {
    return chain.some((link) => issuedByOneOf(link, authorities));
}
function subjectLine(cert) {
    return cert.subject.replace(/\n/g, ', ');
}

;// CONCATENATED MODULE: ./src/doctor/client-files.ts





const WHERE = 'DOCKER_CERT_PATH must name the client directory that "docker-tls up" or "docker-tls certs" wrote (…/client), with ca.pem, cert.pem and key.pem.';
async function readOne(certPath, name, findings) {
    const path = (0,external_node_path_.join)(certPath, name);
    try {
        return await external_node_fs_.promises.readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            findings.push(fail('file-missing', `${path} does not exist.`, WHERE));
        }
        else {
            findings.push(fail('file-unreadable', `${path} cannot be read (${code ?? error.message}).`, `Make ${name} a regular file this user can read (run the client as the user that made the certificates, or fix the owner and mode); ${WHERE}`));
        }
        return undefined;
    }
}
function parse(path, what, findings, body) {
    try {
        const value = body();
        if (value !== undefined)
            return value;
        findings.push(fail('file-invalid', `${path} holds no ${what}.`, WHERE));
    }
    catch (error) {
        findings.push(fail('file-invalid', `${path} is not a valid ${what}: ${error.message}.`, WHERE));
    }
    return undefined;
}
/** Reads and parses ca.pem, cert.pem and key.pem; every problem becomes a finding, never a throw. */
async function loadClientFiles(certPath) {
    const findings = [];
    const [caPem, certPem, keyPem] = await Promise.all(['ca.pem', 'cert.pem', 'key.pem'].map((name) => readOne(certPath, name, findings)));
    const material = { caPem, certPem, keyPem, authorities: [] };
    if (caPem !== undefined) {
        material.authorities =
            parse((0,external_node_path_.join)(certPath, 'ca.pem'), 'PEM certificate', findings, () => {
                const all = certificatesIn(caPem);
                return all.length > 0 ? all : undefined;
            }) ?? [];
    }
    if (certPem !== undefined) {
        material.certificate = parse((0,external_node_path_.join)(certPath, 'cert.pem'), 'PEM certificate', findings, () => certificatesIn(certPem)[0]);
    }
    if (keyPem !== undefined) {
        material.key = parse((0,external_node_path_.join)(certPath, 'key.pem'), 'PEM private key', findings, () => (0,external_node_crypto_.createPrivateKey)(keyPem));
    }
    return { material, findings };
}
/** The key must be the private half of cert.pem's public key. */
function keyMatchFindings(material, certPath) {
    const { certificate, key } = material;
    if (!certificate || !key)
        return [];
    const fromKey = (0,external_node_crypto_.createPublicKey)(key).export({ type: 'spki', format: 'der' });
    const fromCert = certificate.publicKey.export({ type: 'spki', format: 'der' });
    if (fromKey.equals(fromCert))
        return [];
    return [
        fail('key-mismatch', `${(0,external_node_path_.join)(certPath, 'key.pem')} is not the private key of ${(0,external_node_path_.join)(certPath, 'cert.pem')} (${subjectLine(certificate)}): the two files come from different sets.`, 'Use the cert.pem and key.pem written together in one client directory; do not mix files of two runs.'),
    ];
}
/** One certificate's validity window against the local clock. */
function windowFindings(cert, label, now) {
    const { notBefore, notAfter } = validityOf(cert);
    const window = `valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}; this machine's clock reads ${now.toISOString()}`;
    if (now > notAfter) {
        return [
            fail('certificate-expired', `The ${label} has expired: ${window}.`, 'Make new certificates (run "docker-tls up" or the action again, with a longer cert-validity if the job runs long); if the dates look wrong, fix this machine\'s clock (NTP).'),
        ];
    }
    if (now < notBefore) {
        return [
            fail('certificate-not-yet-valid', `The ${label} is not valid yet: ${window}.`, "This machine's clock is behind the one that made the certificate: synchronise it (NTP, timedatectl set-ntp true), or make the certificates on this machine."),
        ];
    }
    return [];
}
/** The client's own files: key pair, validity of cert and CA, and a client purpose in cert.pem. */
function clientFileFindings(material, certPath, now) {
    const findings = keyMatchFindings(material, certPath);
    for (const ca of material.authorities)
        findings.push(...windowFindings(ca, `CA in ca.pem (${subjectLine(ca)})`, now));
    const cert = material.certificate;
    if (cert) {
        findings.push(...windowFindings(cert, `client certificate cert.pem (${subjectLine(cert)})`, now));
        if (!allowsPurpose(cert, 'client')) {
            findings.push(fail('wrong-eku', `cert.pem (${subjectLine(cert)}) is for ${purposesOf(cert)}, not clientAuth: it is a server certificate used as a client certificate, and the daemon refuses it ("unsupported certificate").`, 'Point DOCKER_CERT_PATH at the client/ directory, not server/.'));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/doctor/environment.ts



/**
 * DOCKER_TLS_VERIFY is read differently by different clients. The docker CLI and docker-py turn
 * verification on for any non-empty value (the CLI documents that the variable can only enable
 * TLS, never disable it), so "0" or "false" still means "verify". dockerode (docker-modem) uses
 * https only when the value is exactly "1" (or the port is 2376), and testcontainers for Node
 * loads the certificates only for exactly "1": with "true" or "yes" they speak plain HTTP to the
 * TLS port. Only "1" means the same to all of them.
 */
function tlsVerifyFindings(value) {
    if (value === undefined || value === '' || value === '1')
        return [];
    const meaning = /^(0|false|no|off)$/i.test(value)
        ? `it looks like "off", but the docker CLI and docker-py treat any non-empty value as "verify on"`
        : `the docker CLI and docker-py read it as "verify on", but dockerode (docker-modem) and testcontainers for Node use TLS only for exactly "1" (docker-modem also on port 2376) and speak plain HTTP otherwise`;
    return [
        fail('tls-verify-value', `DOCKER_TLS_VERIFY=${JSON.stringify(value)}: ${meaning}. Clients disagree on what this value means.`, 'Set DOCKER_TLS_VERIFY=1 (exactly "1"): every client reads that as "TLS on, verify the daemon". Unset it only for a daemon without TLS.'),
    ];
}
/**
 * requests, under docker-py, prefers REQUESTS_CA_BUNDLE (then CURL_CA_BUNDLE) over the ca.pem that
 * docker-py gives it: an environment bundle without our CA makes docker-py fail with "unable to get
 * local issuer certificate" while the docker CLI works.
 */
function caBundleFindings(env, authorities) {
    const name = env.REQUESTS_CA_BUNDLE ? 'REQUESTS_CA_BUNDLE' : env.CURL_CA_BUNDLE ? 'CURL_CA_BUNDLE' : undefined;
    if (!name)
        return [];
    const path = env[name];
    const fix = `Unset ${name} for steps that use docker-py (e.g. env: { REQUESTS_CA_BUNDLE: '', CURL_CA_BUNDLE: '' }), or append ca.pem to ${path}.`;
    let bundle;
    try {
        bundle = certificatesIn((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        return [
            fail('ca-bundle-override', `${name}=${path} overrides ca.pem for docker-py (requests), and it cannot be read as a bundle: ${error.message}.`, fix),
        ];
    }
    const ours = new Set(authorities.map((ca) => ca.fingerprint256));
    if (bundle.some((cert) => ours.has(cert.fingerprint256)))
        return [];
    return [
        fail('ca-bundle-override', `${name}=${path} overrides ca.pem for docker-py (requests verifies against that bundle instead), and its ${bundle.length} certificate(s) do not include ca.pem's CA: docker-py fails with "unable to get local issuer certificate".`, fix),
    ];
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/doctor/probe.ts




const NOT_TLS = /wrong version number|packet length too long|http request|unknown protocol|record layer failure/i;
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);
const VERSION_REQUEST = 'GET /version HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
/** The chain a server presented, leaf first; node links it through issuerCertificate. */
function presentedChain(socket) {
    const chain = [];
    let link = socket.getPeerCertificate(true);
    const seen = new Set();
    while (link?.raw && !seen.has(link.fingerprint256)) {
        seen.add(link.fingerprint256);
        chain.push(new external_node_crypto_.X509Certificate(link.raw));
        link = link.issuerCertificate;
    }
    return chain;
}
function secureContextOf(material) {
    try {
        return external_node_tls_default().createSecureContext(material);
    }
    catch {
        // A key that does not match its certificate: connect without a client certificate; the file
        // checks report the mismatch.
        return external_node_tls_default().createSecureContext({ ca: material.ca });
    }
}
function parseAnswer(raw) {
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1];
    if (!status)
        return {};
    return { status: Number(status), body: raw.slice(raw.indexOf('\r\n\r\n') + 4) };
}
/**
 * One connection as a client would make it, with our client certificate, but verifying nothing so
 * that everything the server shows can be examined. Sends GET /version once the handshake is done.
 */
function probeConnection(host, port, material, timeoutMs = 5000) {
    return new Promise((resolve) => {
        let raw = '';
        let handshake = false;
        let verdict = {};
        let chain = [];
        let done = false;
        const socket = external_node_tls_default().connect({
            host,
            port,
            servername: (0,external_node_net_.isIP)(host) ? undefined : host,
            secureContext: secureContextOf(material),
            rejectUnauthorized: false,
        });
        const finish = (error) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            if (!handshake && chain.length === 0) {
                try {
                    chain = presentedChain(socket);
                }
                catch {
                    chain = [];
                }
            }
            resolve(classify(raw, handshake, chain, verdict, error));
        };
        const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        socket.on('secureConnect', () => {
            handshake = true;
            chain = presentedChain(socket);
            const identity = external_node_tls_default().checkServerIdentity(host, socket.getPeerCertificate());
            verdict = { authorizationError: socket.authorizationError?.toString(), identityError: identity?.message };
            socket.write(VERSION_REQUEST);
        });
        socket.on('data', (chunk) => (raw += chunk.toString('latin1')));
        socket.on('error', finish);
        socket.on('close', () => finish());
    });
}
function classify(raw, handshake, chain, verdict, error) {
    const code = error?.code;
    if (!handshake && error && code && UNREACHABLE.has(code))
        return { kind: 'unreachable', detail: `${code}` };
    if (!handshake && error && /^no answer within/.test(error.message) && chain.length === 0) {
        return { kind: 'unreachable', detail: error.message };
    }
    if (!handshake && error && NOT_TLS.test(`${code} ${error.message}`)) {
        return { kind: 'not-tls', detail: (0,probes/* tlsErrorSummary */.o9)(error) };
    }
    const answer = parseAnswer(raw);
    if (answer.status !== undefined)
        return { kind: 'tls', chain, handshake, ...verdict, ...answer };
    const failure = error ? (0,probes/* tlsErrorSummary */.o9)(error) : 'the server closed the connection without an answer';
    return { kind: 'tls', chain, handshake, ...verdict, failure, alert: /alert/i.test(error?.message ?? '') };
}

;// CONCATENATED MODULE: ./src/doctor/server-certificate.ts




function namesHost(cert, host) {
    return (0,external_node_net_.isIP)(host) ? cert.checkIP(host) !== undefined : cert.checkHost(host, { subject: 'never' }) !== undefined;
}
function hostFindings(leaf, host, endpoint) {
    if (namesHost(leaf, host))
        return [];
    const names = namesOf(leaf);
    return [
        fail('host-not-in-certificate', `The server certificate of ${endpoint} does not name "${host}", the host clients use; it names ${names.length ? names.join(', ') : 'nothing (no subject alternative names)'}.`, `Reach the daemon by one of those names, or add "${host}" to the server certificate: action input tls-san: ${host} (CLI: docker-tls up --tls-san ${host}, or docker-tls certs --san ${host}).`),
    ];
}
function purposeFindings(leaf, endpoint) {
    if (allowsPurpose(leaf, 'server'))
        return [];
    return [
        fail('wrong-eku', `The daemon at ${endpoint} presents a certificate for ${purposesOf(leaf)}, not serverAuth: a client certificate used as the server's. Clients refuse it ("unsupported certificate purpose").`, 'Start the daemon with server/cert.pem and server/key.pem as tlscert and tlskey, not the client files.'),
    ];
}
function authorityFindings(chain, authorities, endpoint) {
    if (authorities.length === 0 || chainEndsAt(chain, authorities))
        return [];
    const ca = authorities[0];
    return [
        fail('ca-mismatch', `The server's certificate chain does not end at ca.pem: ${endpoint} presents "${subjectLine(chain[0])}" issued by "${chain[0].issuer.replace(/\n/g, ', ')}", while ca.pem holds "${subjectLine(ca)}" (SHA-256 ${ca.fingerprint256}). Clients fail with "unable to get local issuer certificate" or "certificate signed by unknown authority".`, "Use the ca.pem written with this daemon's certificates (the same run of docker-tls up or the action): DOCKER_CERT_PATH likely points at another run's files, or DOCKER_HOST at another daemon."),
    ];
}
/** What a verifying client would object to in the server's certificate. */
function serverCertificateFindings(chain, authorities, host, endpoint, now) {
    const leaf = chain[0];
    if (!leaf)
        return [];
    return [
        ...windowFindings(leaf, `server certificate of ${endpoint} (${subjectLine(leaf)})`, now),
        ...hostFindings(leaf, host, endpoint),
        ...purposeFindings(leaf, endpoint),
        ...authorityFindings(chain, authorities, endpoint),
    ];
}

;// CONCATENATED MODULE: ./src/doctor/diagnose.ts







/** Clients speak TLS when DOCKER_TLS_VERIFY is non-empty (read by each client its own way). */
const wantsTls = (tlsVerify) => tlsVerify !== undefined && tlsVerify !== '';
function endpointOf(target) {
    return target.host.includes(':') ? `[${target.host}]:${target.port}` : `${target.host}:${target.port}`;
}
/**
 * Everything wrong between this client configuration and the daemon, each with its fix; or one
 * `reachable` finding when a client with these files reaches the Docker API over mutual TLS.
 */
async function diagnoseConnection(target, options = {}) {
    const now = options.now ?? new Date();
    const { material, findings } = await loadClientFiles(target.certPath);
    findings.push(...tlsVerifyFindings(target.tlsVerify), ...clientFileFindings(material, target.certPath, now), ...(material.authorities.length > 0 ? caBundleFindings(target.env, material.authorities) : []));
    const outcome = await probeConnection(target.host, target.port, { ca: material.caPem, cert: material.certPem, key: material.keyPem }, options.timeoutMs);
    findings.push(...(await connectionFindings(target, material, outcome, findings, now, options.timeoutMs)));
    return findings;
}
async function connectionFindings(target, material, outcome, earlier, now, timeoutMs = 5000) {
    const endpoint = endpointOf(target);
    if (outcome.kind === 'unreachable') {
        return [
            fail('unreachable', `Nothing answers at ${endpoint} (${outcome.detail}).`, 'Check that the daemon runs, that DOCKER_HOST names the host and port "docker-tls up" printed, and that no firewall is in the way.'),
        ];
    }
    if (outcome.kind === 'not-tls') {
        const plain = await (0,probes/* probePlainHttp */.$Q)(target.host, target.port, timeoutMs).catch((error) => ({
            detail: error.message,
        }));
        return [
            fail('tls-to-plain-port', `${endpoint} does not speak TLS: the TLS handshake got ${outcome.detail}, and a plain HTTP request there ${plain.detail}.`, "DOCKER_HOST names a port without TLS (2375 is Docker's plain port): use the TLS port that docker-tls up printed (2376 by default). A Docker API on plain TCP lets anyone in."),
        ];
    }
    const findings = [];
    if (!wantsTls(target.tlsVerify))
        findings.push(await plainClientFinding(target, endpoint, timeoutMs));
    findings.push(...serverCertificateFindings(outcome.chain, material.authorities, target.host, endpoint, now));
    findings.push(...answerFindings(outcome, material, endpoint, [...earlier, ...findings]));
    return findings;
}
async function plainClientFinding(target, endpoint, timeoutMs) {
    const plain = await (0,probes/* probePlainHttp */.$Q)(target.host, target.port, timeoutMs).catch((error) => ({
        detail: error.message,
    }));
    const state = target.tlsVerify === undefined ? 'unset' : 'empty';
    return fail('plain-http-to-tls-port', `DOCKER_TLS_VERIFY is ${state}, so clients speak plain HTTP to ${endpoint}, which speaks TLS; a plain HTTP request there ${plain.detail}.`, 'Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the client directory (eval "$(docker-tls up)" sets both).');
}
const SERVER_CAUSES = new Set([
    'certificate-expired',
    'certificate-not-yet-valid',
    'host-not-in-certificate',
    'wrong-eku',
    'ca-mismatch',
]);
/** What the daemon did with our request: the API version, a refusal of our certificate, or else. */
function answerFindings(outcome, material, endpoint, known) {
    const sentCertificate = material.certificate !== undefined && !known.some((f) => f.cause === 'key-mismatch');
    if (outcome.status === undefined) {
        if (!sentCertificate)
            return [];
        const cert = material.certificate;
        return [
            fail('client-certificate-refused', `The daemon at ${endpoint} refused our client certificate ("${subjectLine(cert)}", issued by "${cert.issuer.replace(/\n/g, ', ')}"): ${outcome.failure} after cert.pem was sent.`, "The daemon trusts another CA for clients than the one that issued cert.pem: use the client files written together with this daemon's certificates (the same run of docker-tls up or the action). If a finding above names cert.pem, fix that first."),
        ];
    }
    const explained = known.some((f) => SERVER_CAUSES.has(f.cause));
    const unverified = outcome.authorizationError ?? outcome.identityError;
    if (unverified && !explained) {
        return [
            fail('tls-failed', `A verifying client refuses the daemon at ${endpoint}: ${unverified}.`, 'Make new certificates with docker-tls up or the action and use its DOCKER_* values.'),
        ];
    }
    if (outcome.status !== 200) {
        return [
            fail('tls-failed', `Mutual TLS with ${endpoint} works, but GET /version answered HTTP ${outcome.status}: this may not be a Docker API.`, 'Check that DOCKER_HOST names the Docker daemon.'),
        ];
    }
    if (unverified)
        return [];
    const version = /"ApiVersion"\s*:\s*"([^"]+)"/.exec(outcome.body ?? '')?.[1] ?? 'unknown';
    const how = `Docker API version ${version} at ${endpoint} over mutual TLS (daemon verified against ca.pem, client certificate accepted)`;
    // Findings about the variables leave the daemon and the files fine: say so, without hiding them.
    const detail = known.some((f) => f.severity === 'fail')
        ? `The daemon and these client files work together: with DOCKER_TLS_VERIFY=1 a client reaches ${how}.`
        : `Reaches ${how}.`;
    return [{ cause: 'reachable', severity: 'ok', detail, fix: '' }];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/doctor/target.ts



const EXAMPLE = 'tcp://127.0.0.1:2376, tcp://[::1]:2376, tcp://docker.example.com:2376';
/** Parses a tcp:// DOCKER_HOST; the port defaults to 2376, Docker's TLS port. */
function parseDockerHost(value, input = 'DOCKER_HOST') {
    const match = /^tcp:\/\/(.+)$/i.exec(value.trim());
    if (!match)
        throw new errors/* InputError */.dz(input, value, 'only tcp:// endpoints are diagnosed', EXAMPLE);
    let url;
    try {
        url = new URL(`http://${match[1]}`);
    }
    catch {
        throw new errors/* InputError */.dz(input, value, 'not a host and port', EXAMPLE);
    }
    if (url.pathname !== '/' || url.search || url.username) {
        throw new errors/* InputError */.dz(input, value, 'a host and port only, without a path or user', EXAMPLE);
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    // URL drops a port that is the scheme's default (80 for http://): read it from the text.
    const written = /:(\d+)$/.exec(match[1])?.[1];
    return { host, port: written ? Number(written) : 2376 };
}
/** True when DOCKER_HOST asks for a TCP daemon, the only kind the connection doctor examines. */
function isTcpDockerHost(value) {
    return /^tcp:\/\//i.test(value?.trim() ?? '');
}
/**
 * The target from flags, falling back to the environment. Given --cert-path without any
 * DOCKER_TLS_VERIFY, the user means TLS: verification on, as the environment contract sets it.
 */
function resolveTarget(flags, env) {
    const hostValue = flags.host ?? env.DOCKER_HOST;
    if (!hostValue) {
        throw new errors/* InputError */.dz('--host', '', 'no endpoint: pass --host or set DOCKER_HOST', EXAMPLE);
    }
    const { host, port } = parseDockerHost(hostValue, flags.host ? '--host' : 'DOCKER_HOST');
    // Without DOCKER_CERT_PATH the docker CLI and docker-py read ~/.docker: so does the doctor.
    const certPath = flags.certPath ?? (env.DOCKER_CERT_PATH || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'));
    const tlsVerify = flags.tlsVerify ?? env.DOCKER_TLS_VERIFY ?? (flags.certPath ? '1' : undefined);
    return { host, port, certPath, tlsVerify, env };
}

;// CONCATENATED MODULE: ./src/doctor/index.ts




// EXTERNAL MODULE: ./src/core/client-environment.ts
var client_environment = __webpack_require__(1912);
// EXTERNAL MODULE: ./src/core/options/names.ts
var names = __webpack_require__(6926);
// EXTERNAL MODULE: ./src/core/pki/index.ts + 5 modules
var pki = __webpack_require__(2580);
// EXTERNAL MODULE: ./src/engines/dockerd/binaries.ts
var binaries = __webpack_require__(9215);
// EXTERNAL MODULE: ./src/host/network/ports.ts
var ports = __webpack_require__(1219);
// EXTERNAL MODULE: ./src/host/privilege.ts
var privilege = __webpack_require__(5889);
// EXTERNAL MODULE: ./src/host/run.ts
var run = __webpack_require__(3695);
;// CONCATENATED MODULE: ./src/doctor/machine.ts









async function check(what, body) {
    try {
        const result = await body();
        return typeof result === 'string' ? { verdict: 'ok', what: `${what}: ${result}` } : result;
    }
    catch (error) {
        const hint = error instanceof errors/* DockerTlsError */.iw ? error.hint : undefined;
        return {
            verdict: 'fail',
            what: `${what}: ${error instanceof errors/* DockerTlsError */.iw ? error.message : (0,errors/* describeError */.Uc)(error)}`,
            hint,
        };
    }
}
async function versionOf(path) {
    const { stdout } = await (0,run/* runProgram */.mB)(path, ['--version'], { timeoutMs: 10_000 });
    return stdout.trim();
}
/**
 * What `up` needs of this machine, each checked on its own (they run side by side). For a rootless
 * start, root or sudo and `ip` are not needed (its own section says what is): not even asked.
 */
function machineChecks(port, options = {}) {
    const unlessRootless = (run) => (options.rootless ? [] : [run()]);
    return Promise.all([
        check('node', async () => {
            const major = Number(process.versions.node.split('.')[0]);
            return major >= 20
                ? process.version
                : { verdict: 'fail', what: `node ${process.version} is too old`, hint: 'Use Node.js 20 or newer.' };
        }),
        ...unlessRootless(() => check('privilege', async () => ((await (0,privilege/* detectPrivilege */.F4)()).viaSudo ? 'passwordless sudo' : 'root'))),
        check('dockerd', async () => versionOf(await (0,binaries/* findDockerd */.cC)())),
        // The same lookups as the start itself: a failure reads as the DockerTlsError it would raise.
        check('containerd', async () => versionOf(await (0,binaries/* findContainerd */.ND)())),
        // As the start finds it: in a directory only root can write (a failure names what was passed over).
        ...unlessRootless(() => check('ip (iproute2)', async () => (0,privilege/* trustedCommand */.DZ)('ip'))),
        check(`port ${port} on 127.0.0.1`, async () => {
            await (0,ports/* reservePort */.a)('127.0.0.1', port, names/* FLAG_NAMES */.G0);
            return 'free';
        }),
        check('overlay file system', async () => {
            const filesystems = await external_node_fs_.promises.readFile('/proc/filesystems', 'utf8');
            if (/\boverlay\b/.test(filesystems))
                return 'supported';
            return {
                verdict: 'warn',
                what: 'overlay is not loaded',
                hint: `dockerd may fall back to a slower storage driver; "modprobe overlay" or --daemon-config '{"storage-driver": "vfs"}'.`,
            };
        }),
        check('certificates', async () => {
            const started = performance.now();
            await (0,pki/* createCertificateSet */.K_)();
            return `a P-256 set in ${(performance.now() - started).toFixed(1)} ms (in memory only)`;
        }),
        check('CA bundle variables', async () => {
            const warnings = (0,client_environment/* caBundleWarnings */.a4)(process.env);
            return warnings.length === 0 ? 'none that override DOCKER_CERT_PATH' : { verdict: 'warn', what: warnings[0] };
        }),
    ]);
}

// EXTERNAL MODULE: ./src/host/rootless/index.ts + 5 modules
var rootless = __webpack_require__(6767);
;// CONCATENATED MODULE: ./src/doctor/rootless.ts

const FIX_INDENT = '          ';
/**
 * Lines for a terminal, as the doctor prints its other findings: the verdict, the check in
 * brackets, the detail, then the fix indented under it (a profile to write keeps its lines).
 */
function formatRootlessFindings(findings) {
    return findings.flatMap(({ check, ok, detail, fix }) => [
        `${(ok ? 'ok' : 'fail').padEnd(4)} [${check}] ${detail}`,
        ...(fix
            ? `fix: ${fix}`.split('\n').map((line, index) => (index === 0 ? `     ${line}` : line && FIX_INDENT + line))
            : []),
    ]);
}
/**
 * `docker-tls doctor --rootless`: what a daemon without root needs of this machine. It reads
 * files and looks up programs as this user, with no sudo and no daemon running.
 */
async function rootlessSection(probe) {
    const findings = await (0,rootless/* rootlessFindings */.kI)(probe);
    const lines = ['', 'rootless (docker-tls up --rootless: a daemon of this user, without root or sudo):'];
    lines.push(...formatRootlessFindings(findings));
    return { lines, failed: findings.filter((finding) => !finding.ok).length };
}

// EXTERNAL MODULE: ./src/adapters/cli/usage.ts + 1 modules
var usage = __webpack_require__(5336);
;// CONCATENATED MODULE: ./src/adapters/cli/doctor.ts





async function doctorCommand(args, out) {
    const values = (0,usage/* parseFlags */.bQ)(args, {
        port: { type: 'string' },
        host: { type: 'string' },
        'cert-path': { type: 'string' },
        'tls-verify': { type: 'string' },
        rootless: { type: 'boolean' },
    }, usage/* DOCTOR_USAGE */.EE);
    const rootless = values.rootless === true;
    const checks = await machineChecks(Number(values.port ?? '2376'), { rootless });
    for (const { verdict, what, hint } of checks) {
        out(`${verdict.padEnd(4)} ${what}`);
        if (hint)
            out(`     ${hint}`);
    }
    const failed = checks.filter((item) => item.verdict === 'fail').length;
    const rootlessFailed = rootless ? await rootlessDoctor(out) : 0;
    const connectionFailed = await connectionDoctor(values, process.env, out);
    const what = [
        failed > 0 ? `${failed} check(s)` : '',
        rootlessFailed > 0 ? `${rootlessFailed} rootless precondition(s)` : '',
        connectionFailed ? 'the connection' : '',
    ].filter(Boolean);
    if (what.length > 0)
        throw new errors/* DockerTlsError */.iw(`${what.join(' and ')} failed; see above.`);
}
/** The rootless part of `docker-tls doctor --rootless`: prints each finding, returns how many failed. */
async function rootlessDoctor(out, probe) {
    const { lines, failed } = await rootlessSection(probe);
    for (const line of lines)
        out(line);
    return failed;
}
/**
 * The connection part of `docker-tls doctor`: runs when flags name an endpoint or DOCKER_HOST is
 * tcp://. Prints each finding and returns whether any of them is a failure.
 */
async function connectionDoctor(flags, env, out) {
    const given = flags.host !== undefined || flags['cert-path'] !== undefined;
    if (!given && !isTcpDockerHost(env.DOCKER_HOST))
        return false;
    const target = resolveTarget({ host: flags.host, certPath: flags['cert-path'], tlsVerify: flags['tls-verify'] }, env);
    out('');
    out(`connection to ${target.host}:${target.port} with the client files in ${target.certPath}:`);
    const findings = await diagnoseConnection(target);
    for (const line of formatFindings(findings))
        out(line);
    return hasFailure(findings);
}


/***/ }),

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

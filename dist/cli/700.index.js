export const id = 700;
export const ids = [700];
export const modules = {

/***/ 1700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  connectionDoctor: () => (/* binding */ connectionDoctor),
  doctorCommand: () => (/* binding */ doctorCommand)
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
// EXTERNAL MODULE: ./src/core/pki/index.ts + 6 modules
var pki = __webpack_require__(5844);
// EXTERNAL MODULE: ./src/engines/dockerd/binaries.ts
var binaries = __webpack_require__(9215);
// EXTERNAL MODULE: ./src/host/network/ports.ts
var ports = __webpack_require__(1219);
// EXTERNAL MODULE: ./src/host/privilege.ts + 1 modules
var privilege = __webpack_require__(9370);
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
    const { stdout } = await (0,run/* runProgram */.m)(path, ['--version'], { timeoutMs: 10_000 });
    return stdout.trim();
}
/** What `up` needs of this machine, each checked on its own (they run side by side). */
function machineChecks(port) {
    return Promise.all([
        check('node', async () => {
            const major = Number(process.versions.node.split('.')[0]);
            return major >= 20
                ? process.version
                : { verdict: 'fail', what: `node ${process.version} is too old`, hint: 'Use Node.js 20 or newer.' };
        }),
        check('privilege', async () => ((await (0,privilege/* detectPrivilege */.F4)()).viaSudo ? 'passwordless sudo' : 'root')),
        check('dockerd', async () => versionOf(await (0,binaries/* findDockerd */.cC)())),
        // The same lookups as the start itself: a failure reads as the DockerTlsError it would raise.
        check('containerd', async () => versionOf(await (0,binaries/* findContainerd */.ND)())),
        // As the start finds it: in a directory only root can write (a failure names what was passed over).
        check('ip (iproute2)', async () => (0,privilege/* trustedCommand */.DZ)('ip')),
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

// EXTERNAL MODULE: ./src/adapters/cli/usage.ts + 1 modules
var usage = __webpack_require__(5336);
;// CONCATENATED MODULE: ./src/adapters/cli/doctor.ts




async function doctorCommand(args, out) {
    const values = (0,usage/* parseFlags */.bQ)(args, {
        port: { type: 'string' },
        host: { type: 'string' },
        'cert-path': { type: 'string' },
        'tls-verify': { type: 'string' },
    }, usage/* DOCTOR_USAGE */.EE);
    const checks = await machineChecks(Number(values.port ?? '2376'));
    for (const { verdict, what, hint } of checks) {
        out(`${verdict.padEnd(4)} ${what}`);
        if (hint)
            out(`     ${hint}`);
    }
    const failed = checks.filter((item) => item.verdict === 'fail').length;
    const connectionFailed = await connectionDoctor(values, process.env, out);
    if (failed > 0 || connectionFailed) {
        const what = [failed > 0 ? `${failed} check(s)` : '', connectionFailed ? 'the connection' : ''].filter(Boolean);
        throw new errors/* DockerTlsError */.iw(`${what.join(' and ')} failed; see above.`);
    }
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

/***/ 1912:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ clientEnvironment),
/* harmony export */   a4: () => (/* binding */ caBundleWarnings),
/* harmony export */   mi: () => (/* binding */ CLIENT_VARIABLES)
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
/** The variables clients are given: all that `docker-tls env` may ever print from a state. */
const CLIENT_VARIABLES = [
    'DOCKER_HOST',
    'DOCKER_TLS_VERIFY',
    'DOCKER_CERT_PATH',
    'TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE',
];
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

/***/ 6926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ FLAG_NAMES),
/* harmony export */   Pe: () => (/* binding */ setting),
/* harmony export */   uQ: () => (/* binding */ spelled)
/* harmony export */ });
/* unused harmony export INPUT_NAMES */
/** An option as the user types it: `port` for an input, `--port` for a flag. */
function spelled(names, option) {
    return names.style === 'flag' ? `--${names[option]}` : names[option];
}
/** An option set to a value, as the user would write it: `port: 0` for an input, `--port 0` for a flag. */
function setting(names, option, value) {
    return names.style === 'flag' ? `--${names[option]} ${value}` : `${names[option]}: ${value}`;
}
/**
 * The options' names as action.yml has its inputs; `docker-tls up` takes the same as flags (see
 * FLAG_NAMES), and the library the camelCase forms.
 */
const INPUT_NAMES = {
    mode: 'mode',
    host: 'host',
    port: 'port',
    sans: 'tls-san',
    validity: 'cert-validity',
    keyAlgorithm: 'key-algorithm',
    certDir: 'cert-dir',
    daemonConfig: 'daemon-config',
    startupTimeout: 'startup-timeout',
    outbound: 'outbound',
    context: 'context',
    dindEngine: 'dind-engine',
    dindEngineCertPath: 'dind-engine-cert-path',
    dindImage: 'dind-image',
    dindPrivileged: 'dind-privileged',
    dindNetwork: 'dind-network',
    dindAlias: 'dind-alias',
    dindVolume: 'dind-volume',
    dindArgs: 'dind-args',
    style: 'input',
};
/** `up`'s flags are the action's inputs with two dashes (the mode is `--dind`): messages name them so. */
const FLAG_NAMES = { ...INPUT_NAMES, mode: 'dind', style: 'flag' };


/***/ }),

/***/ 7664:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);

const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
const DEFAULT_KEY_ALGORITHM = 'ecdsa-p256';
const PARAMS = {
    'ecdsa-p256': {
        generate: { name: 'ECDSA', namedCurve: 'P-256' },
        sign: { name: 'ECDSA', hash: 'SHA-256' }, // ecdsa-with-SHA256
        isRsa: false,
    },
    'ecdsa-p384': {
        generate: { name: 'ECDSA', namedCurve: 'P-384' },
        sign: { name: 'ECDSA', hash: 'SHA-384' }, // ecdsa-with-SHA384
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
        // The hash is the key's own (SHA-256, from `generate`): sha256WithRSAEncryption.
        sign: { name: 'RSASSA-PKCS1-v1_5' },
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

/***/ 2213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ parseSanList),
/* harmony export */   QW: () => (/* binding */ parseSan),
/* harmony export */   Qn: () => (/* binding */ formatSan),
/* harmony export */   XF: () => (/* binding */ normalizedIp),
/* harmony export */   XX: () => (/* binding */ uniqueSans),
/* harmony export */   rM: () => (/* binding */ isDnsName)
/* harmony export */ });
/* unused harmony exports splitList, parseIpAddress */
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8280);
/* harmony import */ var ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ipaddr_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);


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
    if (kind !== 'dns' && parseIpAddress(unbracketed))
        return { type: 'ip', value: unbracketed };
    const zoned = /^([^%]+)(%.*)$/.exec(unbracketed);
    if (kind !== 'dns' && zoned && parseIpAddress(zoned[1])?.kind() === 'ipv6') {
        const problem = `an IPv6 zone names an interface of one machine and cannot go in a certificate: leave out ${JSON.stringify(zoned[2])}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, raw, problem, EXAMPLE);
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
        const key = `${san.type}:${san.type === 'ip' ? (normalizedIp(san.value) ?? san.value) : san.value}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function formatSan(san) {
    return `${san.type === 'ip' ? 'IP' : 'DNS'}:${san.value}`;
}
/**
 * An IPv4 address in four decimal parts, or an IPv6 address in RFC 4291's text forms, without a
 * zone; undefined for anything else. Parsed by ipaddr.js, with three of its leniencies closed:
 * IPv4 in inet_aton's forms (`010.0.0.1` is 8.0.0.1 there, `1.2.3` is 1.2.0.3), a zone (`%eth0`),
 * and the IPv4 part of an IPv6 address (see embeddedIpv4).
 */
function parseIpAddress(text) {
    if (ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(text))
        return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(text);
    if (text.includes('%') || !ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(text))
        return undefined;
    const last = text.slice(text.lastIndexOf(':') + 1);
    return last.includes('.') ? embeddedIpv4(text, last) : ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(text);
}
/**
 * An IPv6 address whose last 32 bits are written as a dotted quad. ipaddr.js accepts that quad
 * with leading zeros or in hex, and reads `::a.b.c.d` (IPv4-compatible, RFC 4291 2.5.5.1) as
 * `::ffff:a.b.c.d`, another address; so it reads the head here, with the quad as `0:0`, and the
 * quad apart.
 */
function embeddedIpv4(text, quad) {
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.isValidFourPartDecimal(quad))
        return undefined;
    const head = `${text.slice(0, -quad.length)}0:0`;
    if (!ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.isValid(head))
        return undefined;
    const bytes = [...ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv6.parse(head).toByteArray().slice(0, 12), ...ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().IPv4.parse(quad).toByteArray()];
    return ipaddr_js__WEBPACK_IMPORTED_MODULE_0___default().fromByteArray(bytes);
}
/**
 * IPv4 as a dotted quad, IPv6 as eight hex groups (`0:0:0:0:0:ffff:a00:1`): one spelling per
 * address, without a dotted quad in IPv6; undefined for what parseIpAddress refuses.
 */
function normalizedIp(address) {
    const parsed = parseIpAddress(address);
    return parsed?.kind() === 'ipv6' ? parsed.toNormalizedString() : parsed?.toString();
}


/***/ }),

/***/ 9215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ daemonEnvironment),
/* harmony export */   ND: () => (/* binding */ findContainerd),
/* harmony export */   cC: () => (/* binding */ findDockerd)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _host_privilege_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9370);



/**
 * The environment our containerd and dockerd run with, chosen here rather than inherited: a job's
 * environment holds tokens (ACTIONS_RUNTIME_TOKEN, GITHUB_TOKEN), an earlier instance's DOCKER_HOST,
 * DOCKER_CERT_PATH or DOCKER_TLS_VERIFY (which dockerd would read as its own client settings), and
 * whatever else the steps before exported. The daemons need only PATH: to find containerd's shims,
 * runc, docker-proxy, docker-init and, when asked for, iptables. The directories of the dockerd and
 * containerd we found come first, so that an engine installed beside the distribution's uses its
 * own helpers. Proxy settings pass on: dockerd pulls images through them on machines behind one.
 */
const SYSTEM_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
const PASSED_ON = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];
function daemonEnvironment(programs, from) {
    const path = [...new Set([...programs.map((program) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(program)), ...SYSTEM_PATH])];
    const env = { PATH: path.join(':') };
    for (const name of PASSED_ON) {
        const value = from[name];
        if (value && !/[\0\n]/.test(value))
            env[name] = value;
    }
    return env;
}
/**
 * dockerd and containerd run as root: found only in directories no other user can write (see
 * root-commands.ts). Not installed, or only in such a directory, is one clear error.
 */
async function findRequired(name, missing, hint) {
    try {
        return await (0,_host_privilege_js__WEBPACK_IMPORTED_MODULE_2__/* .trustedCommand */ .DZ)(name, { inPathOnly: true });
    }
    catch (error) {
        const passedOver = /Passed over: .*/.exec(error.message)?.[0];
        if (!passedOver)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw(missing, hint);
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DockerTlsError */ .iw(`${name} was found only where another user than root could have put it, and it runs as root. ${passedOver}`, `Install ${name} in a root-owned directory (the system's packages do), or make its directory writable by root alone.`);
    }
}
function findDockerd() {
    return findRequired('dockerd', 'dockerd (the Docker Engine daemon) is not installed on this machine.', 'Install it first, e.g. "sudo apt-get install -y docker.io" on Debian or Ubuntu, or the docker-ce packages from Docker; GitHub-hosted Ubuntu runners have it already.');
}
function findContainerd() {
    return findRequired('containerd', 'containerd is not installed on this machine (dockerd needs it).', 'Install it with the Docker engine, e.g. "sudo apt-get install -y docker.io" (which brings containerd) on Debian or Ubuntu.');
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


/***/ }),

/***/ 9370:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g4: () => (/* binding */ AS_ROOT),
  jt: () => (/* binding */ VIA_SUDO),
  F4: () => (/* binding */ detectPrivilege),
  x0: () => (/* binding */ removeAsRoot),
  yf: () => (/* binding */ runAsRoot),
  DZ: () => (/* binding */ trustedCommand)
});

// UNUSED EXPORTS: SYSTEM_DIRS, trustedSearchPath

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/host/run.ts
var run = __webpack_require__(3695);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/host/trusted-path.ts


const GROUP_OR_OTHER_WRITE = 0o022;
const STICKY = 0o1000;
const EXECUTE = 0o111;
const systemLookup = {
    path: process.env.PATH,
    stat: async (path) => {
        const stat = await external_node_fs_.promises.stat(path).catch(() => undefined);
        return stat && { uid: stat.uid, mode: stat.mode, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
    },
    realpath: (path) => external_node_fs_.promises.realpath(path),
};
/** Why `file` may not be trusted, or undefined when it may. `file` is a resolved path. */
async function distrustOf(file, lookup) {
    const facts = await lookup.stat(file);
    if (!facts)
        return 'it does not exist';
    if (!facts.isFile)
        return 'it is not a regular file';
    if ((facts.mode & EXECUTE) === 0)
        return 'it is not executable';
    if (facts.uid !== 0)
        return `it is owned by uid ${facts.uid}, not root`;
    if (facts.mode & GROUP_OR_OTHER_WRITE)
        return 'other users may write it';
    return distrustOfDirectories((0,external_node_path_.dirname)(file), lookup);
}
/** Why `start` or a directory above it may be changed by another user than root. */
async function distrustOfDirectories(start, lookup) {
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        const parent = await lookup.stat(dir);
        if (!parent?.isDirectory)
            return `${dir} is not a directory`;
        if (parent.uid !== 0)
            return `${dir} is owned by uid ${parent.uid}, not root`;
        if (parent.mode & GROUP_OR_OTHER_WRITE && !(parent.mode & STICKY))
            return `other users may write ${dir}`;
        if (dir === (0,external_node_path_.dirname)(dir))
            return undefined;
    }
}
async function findTrustedExecutable(name, lookup = systemLookup) {
    const skipped = [];
    for (const dir of (lookup.path ?? '').split(external_node_path_.delimiter).filter((entry) => entry.startsWith('/'))) {
        const candidate = (0,external_node_path_.join)(dir, name);
        if (!(await lookup.stat(candidate)))
            continue;
        const real = await lookup.realpath(candidate).catch(() => candidate);
        // Both where the name is and what it resolves to: either could be swapped otherwise.
        const reason = (await distrustOfDirectories(dir, lookup)) ?? (await distrustOf(real, lookup));
        if (reason === undefined)
            return { path: candidate, skipped };
        skipped.push(`${candidate} (${reason})`);
    }
    return { skipped };
}

;// CONCATENATED MODULE: ./src/host/privilege.ts




const AS_ROOT = { prefix: [], viaSudo: false };
const VIA_SUDO = { prefix: ['sudo', '-n'], viaSudo: true };
async function detectPrivilege() {
    if (process.getuid?.() === 0)
        return AS_ROOT;
    try {
        // sudo too by its trusted path: a `sudo` earlier in PATH would see every command we run as root.
        const [sudo, env, timeoutProgram] = await Promise.all(['sudo', 'env', 'timeout'].map((name) => trustedCommand(name)));
        await (0,run/* runProgram */.m)(sudo, ['-n', 'true'], { timeoutMs: 10_000, timeoutProgram });
        return { prefix: [sudo, '-n'], viaSudo: true, env };
    }
    catch {
        throw new errors/* DockerTlsError */.iw('Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo.', 'Run it as root, or grant this user passwordless sudo (GitHub-hosted runners have it).');
    }
}
/**
 * Runs a command as root and returns its output; rejects with its stderr in the message. Every
 * program by its trusted absolute path (sudo, `timeout` and the command), with a PATH of trusted
 * directories for what they run in turn.
 */
async function runAsRoot(privilege, command, args, timeoutMs = 30_000, input) {
    try {
        const prefix = await Promise.all(privilege.prefix.map((word, index) => (index === 0 && !word.startsWith('/') ? trustedCommand(word) : word)));
        const [file, ...rest] = [...prefix, await (privilege.locate ?? trustedCommand)(command), ...args];
        const [env, timeoutProgram] = await Promise.all([trustedSearchPath(), trustedCommand('timeout')]);
        return await (0,run/* runProgram */.m)(file, rest, { timeoutMs, input, env: { PATH: env }, timeoutProgram });
    }
    catch (error) {
        const said = error instanceof run/* CommandError */.Q ? error.stderr.trim() || `exit status ${error.exitCode}` : '';
        throw new Error(`${[command, ...args].join(' ')} failed: ${said || error.message}`, { cause: error });
    }
}
/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
async function removeAsRoot(privilege, path) {
    await runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', path]);
}
/**
 * Every program we run as root (dockerd, containerd, ip, iptables, umount, kill, rm, sh, sudo
 * itself) by an absolute path found in trusted directories only, and with a PATH of trusted
 * directories: a user-writable directory early in PATH (~/.local/bin on hosted runners) must not
 * choose what runs as root. For the tools we run as root the system directories come after PATH,
 * as sudo's secure_path would give them to a user whose PATH lacks /usr/sbin; the engine (dockerd,
 * containerd) is looked up in PATH alone, which chooses the engine to run.
 */
const SYSTEM_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
function searchPath(withSystemDirs = true) {
    const path = (process.env.PATH ?? '').split(external_node_path_.delimiter);
    return [...path, ...(withSystemDirs ? SYSTEM_DIRS : [])].filter(Boolean).join(external_node_path_.delimiter);
}
const found = new Map();
/** The absolute path of `name` in a trusted directory; a DockerTlsError naming what was passed over. */
function trustedCommand(name, options = {}) {
    const search = searchPath(!options.inPathOnly);
    const key = `${search}\0${name}`;
    let path = found.get(key);
    if (!path) {
        path = lookUp(name, search);
        found.set(key, path);
        path.catch(() => found.delete(key));
    }
    return path;
}
async function lookUp(name, search) {
    const result = await findTrustedExecutable(name, { ...systemLookup, path: search });
    if (result.path)
        return result.path;
    const skipped = result.skipped.length > 0 ? ` Passed over: ${result.skipped.join('; ')}.` : '';
    throw new errors/* DockerTlsError */.iw(`${name} was not found in a directory only root can write.${skipped}`, `Install ${name} from the system's packages (it runs as root, so it must be owned by root in a root-owned directory such as /usr/bin or /usr/sbin).`);
}
/** PATH for what runs as root: the directories of PATH that only root can change, then the system's. */
async function trustedSearchPath() {
    const dirs = [];
    for (const dir of searchPath().split(external_node_path_.delimiter)) {
        if (!dir.startsWith('/') || dirs.includes(dir))
            continue;
        if ((await distrustOfDirectories(dir, systemLookup)) === undefined)
            dirs.push(dir);
    }
    return dirs.join(external_node_path_.delimiter);
}


/***/ }),

/***/ 3695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ CommandError),
/* harmony export */   m: () => (/* binding */ runProgram)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1955);

/** coreutils' `timeout` says so by its exit status when the deadline ended the program. */
const TIMED_OUT = 124;
/** A program failed: its exit status and what it said. */
class CommandError extends Error {
    command;
    exitCode;
    stderr;
    constructor(command, exitCode, stderr, options) {
        super(`${command} failed: ${stderr.trim() || `exit status ${exitCode}`}`, options);
        this.command = command;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'CommandError';
    }
}
/**
 * Runs `file` with `args` to its end and returns its output; rejects with a CommandError on a
 * non-zero exit status or at the deadline. A program exec cannot find rejects with code ENOENT.
 */
async function runProgram(file, args, options) {
    const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1000));
    const timeout = options.timeoutProgram ?? 'timeout';
    const command = [file, ...args].join(' ');
    let result;
    try {
        result = await (0,_actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .getExecOutput */ .H)(timeout, ['--kill-after=5', `${seconds}s`, file, ...args], {
            silent: true,
            ignoreReturnCode: true,
            input: options.input === undefined ? undefined : Buffer.from(options.input),
            env: options.env,
        });
    }
    catch (error) {
        throw Object.assign(new Error(`${command} could not run: ${error.message}`, { cause: error }), {
            code: /Unable to locate executable/.test(error.message) ? 'ENOENT' : undefined,
        });
    }
    if (result.exitCode === TIMED_OUT)
        throw new CommandError(command, result.exitCode, `no end within ${seconds} s`);
    // 126 and 127: `timeout` could not run the program itself.
    if (result.exitCode === 127 || result.exitCode === 126) {
        throw Object.assign(new CommandError(command, result.exitCode, result.stderr), { code: 'ENOENT' });
    }
    if (result.exitCode !== 0)
        throw new CommandError(command, result.exitCode, result.stderr);
    return { stdout: result.stdout, stderr: result.stderr };
}


/***/ })

};

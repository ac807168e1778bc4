export const id = 940;
export const ids = [940];
export const modules = {

/***/ 940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorCommand: () => (/* binding */ doctorCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(8510);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/daemon/dockerd-binary.ts
var dockerd_binary = __webpack_require__(5891);
// EXTERNAL MODULE: ./src/network/ports.ts
var ports = __webpack_require__(4705);
// EXTERNAL MODULE: ./src/daemon/privilege.ts
var privilege = __webpack_require__(6218);
// EXTERNAL MODULE: ./src/environment.ts
var environment = __webpack_require__(9785);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
// EXTERNAL MODULE: ./src/pki/index.ts + 1 modules
var pki = __webpack_require__(3272);
// EXTERNAL MODULE: ./src/lifecycle/refusal.ts
var refusal = __webpack_require__(2436);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
        return { kind: 'not-tls', detail: (0,refusal/* tlsErrorSummary */.o9)(error) };
    }
    const answer = parseAnswer(raw);
    if (answer.status !== undefined)
        return { kind: 'tls', chain, handshake, ...verdict, ...answer };
    const failure = error ? (0,refusal/* tlsErrorSummary */.o9)(error) : 'the server closed the connection without an answer';
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
        const plain = await (0,refusal/* probePlainHttp */.$Q)(target.host, target.port, timeoutMs).catch((error) => ({
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
    const plain = await (0,refusal/* probePlainHttp */.$Q)(target.host, target.port, timeoutMs).catch((error) => ({
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




;// CONCATENATED MODULE: ./src/cli/doctor-connection.ts

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

// EXTERNAL MODULE: ./src/cli/option-names.ts
var option_names = __webpack_require__(8753);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(1794);
;// CONCATENATED MODULE: ./src/cli/doctor.ts













const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
    const { stdout } = await execFileAsync(path, ['--version'], { timeout: 10_000 });
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
        check('dockerd', async () => versionOf(await (0,dockerd_binary/* findDockerd */.cC)())),
        // The same lookups as the start itself: a failure reads as the DockerTlsError it would raise.
        check('containerd', async () => versionOf(await (0,dockerd_binary/* findContainerd */.ND)())),
        check('ip (iproute2)', async () => {
            if (await (0,dockerd_binary/* findExecutable */.oq)('ip'))
                return 'present';
            return { verdict: 'fail', what: 'the ip command is missing', hint: 'Install iproute2.' };
        }),
        check(`port ${port} on 127.0.0.1`, async () => {
            await (0,ports/* reservePort */.a)('127.0.0.1', port, option_names/* UP_OPTION_NAMES */.B);
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
            const warnings = (0,environment/* caBundleWarnings */.a)(process.env);
            return warnings.length === 0 ? 'none that override DOCKER_CERT_PATH' : { verdict: 'warn', what: warnings[0] };
        }),
    ]);
}
async function doctorCommand(args, out) {
    const values = (0,usage/* parseFlags */.b)(args, {
        port: { type: 'string' },
        host: { type: 'string' },
        'cert-path': { type: 'string' },
        'tls-verify': { type: 'string' },
    }, help/* DOCTOR_USAGE */.EE);
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


/***/ }),

/***/ 8753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ UP_OPTION_NAMES)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4896);

/** `up`'s flags are the action's inputs with two dashes: messages name them so. */
const UP_OPTION_NAMES = { ..._config_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_NAMES */ .TM, style: 'flag' };


/***/ }),

/***/ 1794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);


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

/***/ 4896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TM: () => (/* binding */ OPTION_NAMES),
  yG: () => (/* binding */ parseBoolean),
  R$: () => (/* binding */ parseCertificateOptions),
  yR: () => (/* binding */ parseDaemonOptions),
  Pe: () => (/* binding */ setting),
  uQ: () => (/* binding */ spelled)
});

// UNUSED EXPORTS: CERT_VALIDITY_BOUNDS, OPTION_DEFAULTS, PROTECTED_DAEMON_KEYS, parseDaemonConfig, parseHost, parsePort

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(4533);
;// CONCATENATED MODULE: ./src/duration.ts

const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
};
function formatDuration(ms) {
    for (const unit of ['d', 'h', 'm', 's']) {
        const size = UNIT_MS[unit];
        if (ms >= size && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
/**
 * Parses `90m`, `6h`, `2d`, `1h30m`, `500ms`. A bare number is refused on purpose: `60` could be
 * seconds or minutes, and guessing wrong gives a certificate or a timeout off by a factor of 60.
 */
function parseDuration(input, raw, bounds) {
    const text = raw.trim();
    const part = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
    let total = 0;
    let consumed = 0;
    let match;
    while ((match = part.exec(text)) !== null) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = part.lastIndex;
    }
    if (text === '' || consumed !== text.length) {
        throw new errors/* InputError */.dz(input, raw, 'expected a number with a unit (ms, s, m, h or d)', bounds.example);
    }
    total = Math.round(total);
    if (total < bounds.minMs) {
        throw new errors/* InputError */.dz(input, raw, `must be at least ${formatDuration(bounds.minMs)}`, bounds.example);
    }
    if (total > bounds.maxMs) {
        throw new errors/* InputError */.dz(input, raw, `must be at most ${formatDuration(bounds.maxMs)}`, bounds.example);
    }
    return total;
}

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(9693);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/config.ts






/** Certificates live for hours: long enough for the longest hosted job, short enough to be useless after. */
const CERT_VALIDITY_BOUNDS = { minMs: 60_000, maxMs: 30 * 86_400_000, example: '6h' };
const STARTUP_TIMEOUT_BOUNDS = { minMs: 1000, maxMs: 30 * 60_000, example: '60s' };
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
/** The one set of defaults, as a user would type them; action.yml shows the same (a test compares). */
const OPTION_DEFAULTS = {
    host: '127.0.0.1',
    port: '2376',
    sans: '',
    validity: '6h',
    keyAlgorithm: algorithms/* DEFAULT_KEY_ALGORITHM */.GE,
    certDir: '',
    daemonConfig: '',
    startupTimeout: '60s',
    outbound: 'true',
};
/** Validates everything before anything is generated or written. */
function parseCertificateOptions(raw, names) {
    return {
        keyAlgorithm: (0,algorithms/* parseKeyAlgorithm */.q8)(raw.keyAlgorithm || OPTION_DEFAULTS.keyAlgorithm, names.keyAlgorithm),
        validityMs: parseDuration(names.validity, raw.validity || OPTION_DEFAULTS.validity, CERT_VALIDITY_BOUNDS),
        serverSans: (0,san/* parseSanList */.Gf)(raw.sans ?? [], names.sans),
    };
}
/** Keys of daemon.json that would undo or redirect what this action guarantees. */
const PROTECTED_DAEMON_KEYS = ['hosts', 'tls', 'tlsverify', 'tlscacert', 'tlscert', 'tlskey'];
function parseHost(raw, input) {
    const value = raw.trim().replace(/^\[(.*)\]$/, '$1');
    if ((0,external_node_net_.isIP)(value))
        return value;
    if (value.toLowerCase() === 'localhost')
        return '127.0.0.1';
    throw new errors/* InputError */.dz(input, raw, 'the bind address must be an IPv4 or IPv6 address of this machine (0.0.0.0 or :: for all)', '127.0.0.1');
}
function parsePort(raw, input) {
    const value = raw.trim();
    const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(port) || port > 65535) {
        throw new errors/* InputError */.dz(input, raw, 'must be a whole number from 0 to 65535 (0 picks a free port)', '2376');
    }
    return port;
}
function parseBoolean(input, raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new errors/* InputError */.dz(input, raw, 'must be true or false', 'true');
}
function parseDaemonConfig(raw, names) {
    const text = raw.trim();
    if (text === '')
        return {};
    const input = names.daemonConfig;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(input, raw, `not valid JSON (${error.message})`, '{"debug": true}');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(input, raw, 'must be a JSON object of daemon.json settings', '{"debug": true}');
    }
    const refused = Object.keys(parsed).filter((key) => PROTECTED_DAEMON_KEYS.includes(key));
    if (refused.length > 0) {
        throw new errors/* InputError */.dz(input, raw, `${refused.join(', ')} cannot be set here: they keep the daemon behind mutual TLS (use the ${spelled(names, 'host')}, ${spelled(names, 'port')} and ${spelled(names, 'sans')} ${names.style === 'flag' ? 'options' : 'inputs'} instead)`, '{"debug": true, "log-level": "warn"}');
    }
    return parsed;
}
/** Validates every option before anything is created, so a typo never leaves half a set-up behind. */
function parseDaemonOptions(raw, names) {
    const certDir = raw.certDir?.trim();
    return {
        ...parseCertificateOptions(raw, names),
        host: parseHost(raw.host || OPTION_DEFAULTS.host, names.host),
        port: parsePort(raw.port || OPTION_DEFAULTS.port, names.port),
        certDir: certDir ? (0,external_node_path_.resolve)(certDir) : undefined,
        daemonConfig: parseDaemonConfig(raw.daemonConfig ?? '', names),
        startupTimeoutMs: parseDuration(names.startupTimeout, raw.startupTimeout || OPTION_DEFAULTS.startupTimeout, STARTUP_TIMEOUT_BOUNDS),
        outbound: parseBoolean(names.outbound, raw.outbound || OPTION_DEFAULTS.outbound),
        names,
    };
}


/***/ }),

/***/ 5891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ findContainerd),
/* harmony export */   cC: () => (/* binding */ findDockerd),
/* harmony export */   oq: () => (/* binding */ findExecutable)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);



async function findExecutable(name) {
    const dirs = (process.env.PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean);
    for (const dir of dirs) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        try {
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.access(candidate, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
            return candidate;
        }
        catch {
            // not here; try the next directory
        }
    }
    return undefined;
}
async function findRequired(name, missing, hint) {
    const path = await findExecutable(name);
    if (path)
        return path;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(missing, hint);
}
function findDockerd() {
    return findRequired('dockerd', 'dockerd (the Docker Engine daemon) is not installed on this machine.', 'Install it first, e.g. "sudo apt-get install -y docker.io" on Debian or Ubuntu, or the docker-ce packages from Docker; GitHub-hosted Ubuntu runners have it already.');
}
function findContainerd() {
    return findRequired('containerd', 'containerd is not installed on this machine (dockerd needs it).', 'Install it with the Docker engine, e.g. "sudo apt-get install -y docker.io" (which brings containerd) on Debian or Ubuntu.');
}


/***/ }),

/***/ 6218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ detectPrivilege),
/* harmony export */   g4: () => (/* binding */ AS_ROOT),
/* harmony export */   jt: () => (/* binding */ VIA_SUDO),
/* harmony export */   x0: () => (/* binding */ removeAsRoot),
/* harmony export */   yf: () => (/* binding */ runAsRoot)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);



const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const AS_ROOT = { prefix: [], viaSudo: false };
const VIA_SUDO = { prefix: ['sudo', '-n'], viaSudo: true };
async function detectPrivilege() {
    if (process.getuid?.() === 0)
        return AS_ROOT;
    try {
        await execFileAsync('sudo', ['-n', 'true'], { timeout: 10_000 });
        return VIA_SUDO;
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw('Starting a Docker daemon needs root, and this user is neither root nor allowed passwordless sudo.', 'Run it as root, or grant this user passwordless sudo (GitHub-hosted runners have it).');
    }
}
/** Runs a command as root and returns its output; rejects with stderr in the message. */
async function runAsRoot(privilege, command, args, timeoutMs = 30_000, input) {
    const [file, ...rest] = [...privilege.prefix, command, ...args];
    try {
        const running = execFileAsync(file, rest, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 });
        if (input !== undefined) {
            // A command that fails early closes its stdin: its exit status tells, not an EPIPE here.
            running.child.stdin?.on('error', () => undefined);
            running.child.stdin?.end(input);
        }
        return await running;
    }
    catch (error) {
        const stderr = String(error.stderr ?? '').trim();
        throw new Error(`${[command, ...args].join(' ')} failed${stderr ? `: ${stderr}` : `: ${error.message}`}`, {
            cause: error,
        });
    }
}
/** rm -rf as root, never crossing into another file system (a mount left behind is not ours to empty). */
async function removeAsRoot(privilege, path) {
    await runAsRoot(privilege, 'rm', ['-rf', '--one-file-system', path]);
}


/***/ }),

/***/ 9785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ }),

/***/ 5823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ clientContext),
/* harmony export */   W7: () => (/* binding */ PROBE_TIMEOUT_MS),
/* harmony export */   bs: () => (/* binding */ waitUntilReady)
/* harmony export */ });
/* unused harmony exports pingOnce, nameMismatchOf, nameMissingError */
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);
/* harmony import */ var _wait_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6799);




/** Parsed once: a probe repeated every few milliseconds should not re-parse keys each time. */
function clientContext(tls) {
    return (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.createSecureContext)({ ca: tls.ca, cert: tls.cert, key: tls.key });
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
        const req = (0,node_https__WEBPACK_IMPORTED_MODULE_0__.request)(options, (res) => {
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
/**
 * Polls mTLS `/_ping` until the daemon answers 200. Fails at once when the daemon stops, at the
 * deadline otherwise, with what its log says.
 */
async function waitUntilReady(readiness) {
    const { daemon, host, port, tls, timeoutMs } = readiness;
    let lastError = '';
    let nameMissing;
    const outcome = await (0,_wait_js__WEBPACK_IMPORTED_MODULE_3__/* .waitUntil */ .a)(async (remainingMs) => {
        if (daemon.exitReason())
            return 'stopped';
        try {
            const { status, body } = await pingOnce(host, port, tls, Math.max(1, Math.min(PROBE_TIMEOUT_MS, remainingMs)));
            if (status === 200)
                return 'ready';
            lastError = `HTTP ${status} ${body.slice(0, 200)}`;
        }
        catch (error) {
            lastError = error.message;
            // No retry makes a certificate name what it does not name: say so now, not at the deadline.
            if ((nameMissing = nameMismatchOf(error)))
                return 'name missing';
        }
        return daemon.exitReason() ? 'stopped' : undefined;
    }, 
    // dockerd is usually ready within 100-300 ms: polling finely costs little and answers sooner.
    { timeoutMs, intervalMs: 5, backoff: 1.5, maxIntervalMs: 20, signal: readiness.signal });
    if (outcome === 'ready')
        return;
    if (outcome === 'name missing')
        throw nameMissingError(nameMissing, daemon.name, readiness.sansOption);
    const exited = daemon.exitReason();
    const what = exited
        ? `${daemon.name} ${exited} before it was ready`
        : `${daemon.name} did not answer an mTLS /_ping within ${timeoutMs} ms (last: ${lastError})`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${what}.${await daemon.explainFailure()}`, exited
        ? undefined
        : `A slow runner may need a longer ${readiness.timeoutOption}; the log above shows how far ${daemon.name} got.`);
}
function nameMismatchOf(error) {
    const tlsError = error;
    if (tlsError?.code !== 'ERR_TLS_CERT_ALTNAME_INVALID')
        return undefined;
    return { name: tlsError.host ?? '?', certificateNames: tlsError.cert?.subjectaltname ?? '(none)' };
}
function nameMissingError(mismatch, daemonName, sansOption) {
    const names = mismatch.certificateNames.replace(/IP Address:/g, 'IP:');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${daemonName} answers, but its server certificate does not name ${mismatch.name}, the address clients use; ` +
        `the certificate names ${names}.`, `Add ${mismatch.name} to ${sansOption}.`);
}


/***/ }),

/***/ 2436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ probePlainHttp),
/* harmony export */   o9: () => (/* binding */ tlsErrorSummary),
/* harmony export */   wn: () => (/* binding */ proveRefusals)
/* harmony export */ });
/* unused harmony exports judgeRefusal, probeWithoutClientCert */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);
/* harmony import */ var _readiness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5823);




const PING_REQUEST = 'GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n';
/** OpenSSL's messages carry source paths and codes; the alert name is what a reader needs. */
function tlsErrorSummary(error) {
    const alert = /alert ([a-z ]+?)(?::|$| \(|\n)/i.exec(error.message)?.[1];
    if (alert)
        return `TLS alert "${alert.trim()}"`;
    const code = error.code;
    return code ? `${code}: ${error.message.split('\n')[0]}` : error.message.split('\n')[0];
}
/** Whether what a stranger got back is a refusal: anything but an HTTP 200 is. */
function judgeRefusal(response, error) {
    const status = /^HTTP\/1\.[01] (\d{3})/.exec(response)?.[1];
    if (status === '200')
        return { refused: false, detail: `answered ${response.split('\r\n')[0]}` };
    if (status)
        return { refused: true, detail: `answered ${response.split('\r\n')[0]}` };
    if (error)
        return { refused: true, detail: tlsErrorSummary(error) };
    return { refused: true, detail: 'closed the connection without an answer' };
}
/**
 * Sends the ping over TLS without a client certificate. With TLS 1.3 the client's handshake ends
 * before the server has checked for a certificate, so the verdict comes from what follows: an
 * alert or a close means refused, an HTTP 200 means the daemon does not enforce client certificates.
 */
function probeWithoutClientCert(host, port, ca, timeoutMs) {
    return sendPingAndJudge(timeoutMs, (onData, finish) => {
        const socket = (0,node_tls__WEBPACK_IMPORTED_MODULE_1__.connect)({ host, port, ca, servername: isNameForSni(host) ? host : undefined }, () => socket.write(PING_REQUEST));
        socket.on('data', onData);
        socket.on('error', finish);
        socket.on('close', () => finish());
        return socket;
    });
}
/** Sends the ping as plain HTTP to the TLS port; anything but a 200 is a refusal. */
function probePlainHttp(host, port, timeoutMs) {
    return sendPingAndJudge(timeoutMs, (onData, finish) => {
        const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.connect)({ host, port }, () => socket.write(PING_REQUEST));
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
function sendPingAndJudge(timeoutMs, open) {
    return new Promise((resolve, reject) => {
        let response = '';
        let done = false;
        const finish = (error) => {
            if (done)
                return;
            done = true;
            clearTimeout(timer);
            socket.destroy();
            resolve(judgeRefusal(response, error));
        };
        const socket = open((chunk) => {
            response += chunk.toString('latin1');
            if (/^HTTP\/1\.[01] \d{3}/.test(response))
                finish();
        }, finish);
        const timer = setTimeout(() => {
            if (done)
                return;
            done = true;
            socket.destroy();
            reject(new Error(`the daemon neither answered nor closed the connection within ${timeoutMs} ms`));
        }, timeoutMs);
    });
}
/** The point of the exercise: the port must refuse anyone without a certificate from our CA. */
async function proveRefusals(host, port, ca, logger) {
    const [noCert, plain] = await Promise.all([
        probeWithoutClientCert(host, port, ca, _readiness_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_TIMEOUT_MS */ .W7 * 2),
        probePlainHttp(host, port, _readiness_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_TIMEOUT_MS */ .W7 * 2),
    ]);
    if (!noCert.refused || !plain.refused) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`The daemon on port ${port} answered a client it must refuse: ${!noCert.refused ? `TLS without a client certificate ${noCert.detail}` : `plain HTTP ${plain.detail}`}.`, 'Something else may be listening on this port, or the daemon configuration disables tlsverify. The job was stopped so nothing runs against an open Docker API.');
    }
    logger.info(`Refused as it must: TLS without a client certificate (${noCert.detail}); plain HTTP (${plain.detail}).`);
}


/***/ }),

/***/ 4705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ reservePort)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4896);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4533);



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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`Port ${port} on ${host} is already in use by another process.`, `Choose another port, or ${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'port', '0')} for a free one.`, { badInput: true });
        }
        if (code === 'EADDRNOTAVAIL') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DockerTlsError */ .iw(`${host} is not an address of this machine, so nothing can listen on it.`, `Use ${(0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .setting */ .Pe)(names, 'host', '127.0.0.1')} (the default), 0.0.0.0 for every interface, or an address that "ip addr" lists.`, { badInput: true });
        }
        throw error;
    }
}


/***/ }),

/***/ 9693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ algorithmParams),
/* harmony export */   GE: () => (/* binding */ DEFAULT_KEY_ALGORITHM),
/* harmony export */   q8: () => (/* binding */ parseKeyAlgorithm)
/* harmony export */ });
/* unused harmony export KEY_ALGORITHMS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4533);

const KEY_ALGORITHMS = ['ecdsa-p256', 'ecdsa-p384', 'rsa-2048', 'rsa-3072', 'rsa-4096'];
const DEFAULT_KEY_ALGORITHM = 'ecdsa-p256';
const PARAMS = {
    'ecdsa-p256': {
        generate: { name: 'ECDSA', namedCurve: 'P-256' },
        sign: { name: 'ECDSA', hash: 'SHA-256' },
        isRsa: false,
    },
    'ecdsa-p384': {
        generate: { name: 'ECDSA', namedCurve: 'P-384' },
        sign: { name: 'ECDSA', hash: 'SHA-384' },
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

/***/ 3272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K_: () => (/* reexport */ createCertificateSet)
});

// UNUSED EXPORTS: CLOCK_SKEW_MS, DEFAULT_KEY_ALGORITHM, DEFAULT_VALIDITY_MS, KEY_ALGORITHMS, algorithmParams, createAuthority, defaultServerSans, fingerprintOf, generateLeafKeys, parseKeyAlgorithm

// EXTERNAL MODULE: ./src/pki/algorithms.ts
var algorithms = __webpack_require__(9693);
// EXTERNAL MODULE: ../../main/node_modules/reflect-metadata/Reflect.js
var Reflect = __webpack_require__(5027);
// EXTERNAL MODULE: ../../main/node_modules/@peculiar/x509/build/x509.cjs.js
var x509_cjs = __webpack_require__(161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/san.ts
var san = __webpack_require__(762);
;// CONCATENATED MODULE: ./src/pki/certificate-set.ts






x509_cjs/* cryptoProvider */.Ve.set(external_node_crypto_.webcrypto);
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
    return x509_cjs/* PemConverter */.v6.encode(pkcs8, 'PRIVATE KEY') + '\n';
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
// The extensions that are the same in every certificate of a kind. Each is an encoded, immutable
// object: built once per process instead of once per certificate (encoding them is a good part of
// the cost of a set).
/** The CA's constant extensions, once built. */
let sharedCaExtensions;
/** The leaves' constant extensions by kind, once built, for RSA keys (true) and the others. */
const sharedLeafExtensions = new Map();
function caExtensions() {
    sharedCaExtensions ??= [
        new x509_cjs/* BasicConstraintsExtension */.WA(true, 0, true),
        new x509_cjs/* KeyUsagesExtension */.hy(x509_cjs/* KeyUsageFlags */.Ob.keyCertSign | x509_cjs/* KeyUsageFlags */.Ob.cRLSign, true),
    ];
    return sharedCaExtensions;
}
function leafExtensions(isRsa) {
    let fixed = sharedLeafExtensions.get(isRsa);
    if (!fixed) {
        // keyEncipherment only for RSA: an ECDSA key cannot encipher, and strict verifiers say so.
        const usage = x509_cjs/* KeyUsageFlags */.Ob.digitalSignature | (isRsa ? x509_cjs/* KeyUsageFlags */.Ob.keyEncipherment : 0);
        const common = [
            new x509_cjs/* BasicConstraintsExtension */.WA(false, undefined, true),
            new x509_cjs/* KeyUsagesExtension */.hy(usage, true),
        ];
        fixed = {
            server: [...common, new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.serverAuth], false)],
            client: [...common, new x509_cjs/* ExtendedKeyUsageExtension */.j6([x509_cjs/* ExtendedKeyUsage */.CD.clientAuth], false)],
        };
        sharedLeafExtensions.set(isRsa, fixed);
    }
    return fixed;
}
async function createAuthority(keyAlgorithm, window) {
    const params = (0,algorithms/* algorithmParams */.G0)(keyAlgorithm);
    const caKeys = await generateKeys(keyAlgorithm, false);
    const ca = await x509_cjs/* X509CertificateGenerator */.Jy.createSelfSigned({
        serialNumber: randomSerial(),
        name: `CN=docker-tls-action CA ${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
        notBefore: window.notBefore,
        notAfter: window.notAfter,
        keys: caKeys,
        signingAlgorithm: params.sign,
        extensions: [...caExtensions(), await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(caKeys.publicKey)],
    });
    const authorityKeyId = await x509_cjs/* AuthorityKeyIdentifierExtension */.Z$.create(caKeys.publicKey);
    const fixed = leafExtensions(params.isRsa);
    const issue = async (kind, options = {}) => {
        const keys = options.keys ?? (await generateLeafKeys(keyAlgorithm));
        const sans = options.sans ?? [];
        const extensions = [
            ...fixed[kind],
            await x509_cjs/* SubjectKeyIdentifierExtension */.QE.create(keys.publicKey),
            authorityKeyId,
        ];
        if (sans.length > 0)
            extensions.push(new x509_cjs/* SubjectAlternativeNameExtension */.Wx(sans, false));
        const serialNumber = randomSerial();
        const leafWindow = options.window ?? window;
        const cert = await x509_cjs/* X509CertificateGenerator */.Jy.create({
            serialNumber,
            subject: `CN=${COMMON_NAMES[kind]}`,
            issuer: ca.subject,
            notBefore: leafWindow.notBefore,
            notAfter: leafWindow.notAfter,
            publicKey: keys.publicKey,
            signingKey: caKeys.privateKey,
            signingAlgorithm: params.sign,
            extensions,
        });
        return {
            certPem: cert.toString('pem') + '\n',
            keyPem: keyPem(await external_node_crypto_.webcrypto.subtle.exportKey('pkcs8', keys.privateKey)),
            fingerprint: fingerprintOf(cert.rawData),
            serialNumber,
        };
    };
    return {
        keyAlgorithm,
        caCertPem: ca.toString('pem') + '\n',
        caFingerprint: fingerprintOf(ca.rawData),
        window,
        issue,
    };
}
/**
 * Makes a CA, a server and a client certificate. The CA key is generated non-extractable and only
 * lives in this function's scope: once it returns, nothing can sign another certificate.
 */
async function createCertificateSet(options = {}) {
    const keyAlgorithm = options.keyAlgorithm ?? algorithms/* DEFAULT_KEY_ALGORITHM */.GE;
    const now = Date.now();
    const window = {
        notBefore: options.notBefore ?? new Date(now - CLOCK_SKEW_MS),
        notAfter: options.notAfter ?? new Date(now + (options.validityMs ?? DEFAULT_VALIDITY_MS)),
    };
    const serverSans = (0,san/* uniqueSans */.XX)([...(options.onlyGivenSans ? [] : defaultServerSans()), ...(options.serverSans ?? [])]);
    // Leaf key generation runs alongside the CA's: for RSA it is most of the time.
    const [authority, serverKeys, clientKeys] = await Promise.all([
        createAuthority(keyAlgorithm, window),
        generateLeafKeys(keyAlgorithm),
        generateLeafKeys(keyAlgorithm),
    ]);
    const [server, client] = await Promise.all([
        authority.issue('server', { sans: serverSans, keys: serverKeys }),
        authority.issue('client', { keys: clientKeys }),
    ]);
    return {
        keyAlgorithm,
        caCertPem: authority.caCertPem,
        caFingerprint: authority.caFingerprint,
        server,
        client,
        serverSans,
        ...window,
    };
}

;// CONCATENATED MODULE: ./src/pki/index.ts




/***/ }),

/***/ 762:
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4533);


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


/***/ }),

/***/ 6799:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ waitUntil)
/* harmony export */ });
/* unused harmony export systemClock */
const systemClock = {
    now: () => performance.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * Calls `attempt` (given the milliseconds left) until it returns something other than undefined, and
 * returns that; returns undefined when the deadline passes first. The last attempt is made at the
 * deadline, never after it. Throws the signal's reason as soon as it aborts.
 */
async function waitUntil(attempt, options) {
    const clock = options.clock ?? systemClock;
    const deadline = clock.now() + options.timeoutMs;
    let interval = options.intervalMs;
    for (;;) {
        options.signal?.throwIfAborted();
        const answer = await attempt(Math.max(0, deadline - clock.now()));
        if (answer !== undefined)
            return answer;
        const remaining = deadline - clock.now();
        if (remaining <= 0)
            return undefined;
        options.signal?.throwIfAborted();
        await clock.sleep(Math.min(interval, remaining), options.signal);
        interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Infinity);
    }
}


/***/ })

};

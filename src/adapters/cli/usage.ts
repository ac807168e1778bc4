// Every usage text in one light module: `docker-tls --help` and `docker-tls VERB --help` load this
// and nothing of the verbs themselves (nor of the daemon code behind them).
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { DockerTlsError } from '../../core/errors.js';

export const USAGE = `docker-tls <command> [options]

Commands:
  up       start a dockerd of its own behind mutual TLS; prints its environment (eval "$(docker-tls up)")
  env      print that environment again from the state file
  down     stop it and remove everything "up" made
  certs    create a throw-away CA with a server and a client certificate
  doctor   check that this machine can run "up"; explain why a client cannot reach DOCKER_HOST
Run "docker-tls <command> --help" for a command's options.

Exit codes: 0 done; 1 failed (the message says why and what to do); 2 bad usage or input;
130 or 143 when stopped by SIGINT or SIGTERM during up (nothing of it is left).`;

export const UP_USAGE = `docker-tls up [--host 127.0.0.1] [--port 2376] [--tls-san NAME]... [--cert-validity 6h]
              [--key-algorithm ecdsa-p256] [--cert-dir DIR] [--daemon-config JSON]
              [--startup-timeout 60s] [--outbound true] [--state-dir DIR] [--context NAME]
              [--format shell|dotenv|json|github] [--verbose] [--rootless]
              [--dind [--dind-engine unix:///var/run/docker.sock] [--dind-engine-cert-path DIR]
                      [--dind-image docker:28-dind]
                      [--dind-privileged true|false] [--dind-network NET] [--dind-alias docker]
                      [--dind-volume VOLUME] [--dind-args 'ARGS']]

Starts a dockerd of its own behind mutual TLS, as the action does, and prints its environment:
  eval "$(docker-tls up --port 0)"   # DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH,
                                     # TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE, DOCKER_TLS_STATE
  docker version
  docker-tls down                    # stops it and removes everything it made
The flags are the action's inputs. --state-dir holds the work directory (default: the OS temp dir).
--dind runs a container of the dind image on the outer engine instead (the action's mode: dind).
--rootless runs the dockerd as you, without root or sudo, in rootlesskit's namespaces (the
  action's rootless: true); "docker-tls doctor --rootless" checks what that needs.
  --context NAME   also make a docker context NAME (for buildx; never made current; removed by down)
  --format F       shell (default: export lines for eval), dotenv (NAME=value), json (with details),
                   github (NAME=value lines to append to $GITHUB_ENV); --json is --format json
  --verbose        progress on stderr even when it is not a terminal, and debug lines`;

export const ENV_USAGE = `docker-tls env [--state FILE] [--format shell|dotenv|json|github]

Prints the environment of the daemon that "docker-tls up" started again, from its state file
(default $DOCKER_TLS_STATE), in the same formats as up: e.g. in a later shell of the same job,
  eval "$(docker-tls env --state /tmp/dtls-1234abcd.state.json)"`;

export const DOWN_USAGE = `docker-tls down [--state FILE] [--verbose]

Stops the daemon that "docker-tls up" started and removes everything it made. FILE defaults to
$DOCKER_TLS_STATE, which "eval \\"$(docker-tls up)\\"" sets. Running it twice is harmless.`;

export const CERTS_USAGE = `docker-tls certs --out DIR [--san NAME]... [--validity 6h] [--key-algorithm ecdsa-p256] [--force]

Creates a throw-away CA, a server and a client certificate in DIR/server and DIR/client
(ca.pem, cert.pem, key.pem each). The CA key is never written: no further certificate can be made.
  --out DIR            where to write (must be new or empty; --force replaces an earlier set)
  --san NAME           extra server name or address, repeatable (DNS:name and IP:addr accepted)
  --validity D         lifetime, e.g. 90m, 6h, 2d (default 6h, at most 30d)
  --key-algorithm A    ecdsa-p256 (default), ecdsa-p384, rsa-2048, rsa-3072, rsa-4096
  --json               print the result as JSON`;

export const DOCTOR_USAGE = `docker-tls doctor [--port 2376] [--rootless] [--host tcp://HOST:PORT] [--cert-path DIR]
                  [--tls-verify 1]

Checks that this machine can run "docker-tls up" (and the action): root or sudo, dockerd and
containerd, the port, overlay support, certificate generation, and variables that make clients
ignore DOCKER_CERT_PATH.

With --rootless (for "docker-tls up --rootless") it asks for no root or sudo, and checks instead
what a daemon of this user needs, itself needing neither: not running as root, newuidmap and
newgidmap (package uidmap), at least 65536 subordinate ids in /etc/subuid and /etc/subgid,
/dev/net/tun usable by the user, user namespaces allowed (the sysctls, and on Ubuntu 24.04 an
AppArmor profile for rootlesskit), rootlesskit, and slirp4netns or pasta; each failure with its fix.

When DOCKER_HOST is tcp://… or --host/--cert-path are given, it also connects as a client would
(DOCKER_HOST, DOCKER_CERT_PATH, DOCKER_TLS_VERIFY; the flags override them) and explains what is
wrong, with the fix: a client file missing or unreadable, a key that does not match its
certificate, a certificate expired or not yet valid, a host the server certificate does not name,
a server certificate used as client (or the reverse), a ca.pem that is not the daemon's CA, plain
HTTP to a TLS port or TLS to a plain one, a DOCKER_TLS_VERIFY other than 1, REQUESTS_CA_BUNDLE or
CURL_CA_BUNDLE overriding ca.pem for docker-py, the daemon refusing the client certificate; or
that it reaches the Docker API over mutual TLS.
  --host tcp://HOST:PORT   the endpoint (default: DOCKER_HOST)
  --cert-path DIR          the client's ca.pem, cert.pem, key.pem (default: DOCKER_CERT_PATH)
  --tls-verify VALUE       as DOCKER_TLS_VERIFY (default: its value; 1 when --cert-path is given)
  --rootless               the preconditions of a rootless daemon instead of root or sudo
Exits 1 when something would stop "up" or a client.`;

/** Wrong command-line use: exit code 2 and the usage text. */
export class UsageError extends DockerTlsError {
  constructor(message: string, usage: string) {
    super(message, `Usage: ${usage}`, { badInput: true });
    this.name = 'UsageError';
  }
}

/** parseArgs with its errors turned into a UsageError that shows the command's usage. */
export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, usage);
  }
}

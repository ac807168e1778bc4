#!/bin/bash
# Copy of ../shared/reference/openssl-recipe.sh, kept here so the benchmark is self-contained.
# The manual recipe of the seed guides and Docker's "protect the daemon socket" page, as a baseline
# for benchmarks: RSA-4096 CA, server and client keys; server cert with SANs and serverAuth, client
# cert with clientAuth; 365 days. Usage: openssl-recipe.sh OUTDIR  (writes server/ and client/)
set -euo pipefail
out=${1:?usage: openssl-recipe.sh OUTDIR}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cd "$work"
openssl genrsa -out ca-key.pem 4096 2>/dev/null
openssl req -new -x509 -days 365 -key ca-key.pem -sha256 -subj "/CN=docker-CA" -out ca.pem
openssl genrsa -out server-key.pem 4096 2>/dev/null
openssl req -subj "/CN=localhost" -sha256 -new -key server-key.pem -out server.csr
printf 'subjectAltName = DNS:localhost,IP:127.0.0.1\nextendedKeyUsage = serverAuth\n' > extfile.cnf
openssl x509 -req -days 365 -sha256 -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial \
  -out server-cert.pem -extfile extfile.cnf 2>/dev/null
openssl genrsa -out key.pem 4096 2>/dev/null
openssl req -subj '/CN=client' -new -key key.pem -out client.csr
echo 'extendedKeyUsage = clientAuth' > extfile-client.cnf
openssl x509 -req -days 365 -sha256 -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial \
  -out cert.pem -extfile extfile-client.cnf 2>/dev/null
mkdir -p "$out/server" "$out/client"
cp ca.pem "$out/server/ca.pem"; cp server-cert.pem "$out/server/cert.pem"; cp server-key.pem "$out/server/key.pem"
cp ca.pem "$out/client/ca.pem"; cp cert.pem "$out/client/cert.pem"; cp key.pem "$out/client/key.pem"
chmod 600 "$out"/*/key.pem

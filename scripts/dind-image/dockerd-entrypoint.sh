#!/bin/sh
# Entrypoint of the test dind image, written to behave as the official docker:dind image does for
# the ways this project starts it:
#   - no arguments, or a first argument starting with "-": run dockerd with default hosts (the
#     unix socket, and tcp 2375, or 2376 with TLS when DOCKER_TLS_CERTDIR names a directory holding
#     server certificates) followed by those arguments;
#   - first argument "dockerd": run exactly that command line, through the dind wrapper;
#   - anything else: run it as given.
# Unlike the official image it never generates certificates: an empty DOCKER_TLS_CERTDIR turns TLS
# defaults off, and a non-empty one must already hold server/{ca,cert,key}.pem.
set -eu

socket='unix:///var/run/docker.sock'
case "${DOCKER_HOST:-}" in unix://*) socket="$DOCKER_HOST" ;; esac

if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
	dir="${DOCKER_TLS_CERTDIR:-}"
	if [ -n "$dir" ]; then
		for file in ca.pem cert.pem key.pem; do
			if [ ! -s "$dir/server/$file" ]; then
				echo >&2 "error: $dir/server/$file is missing; this test image does not generate certificates (mount them, or set DOCKER_TLS_CERTDIR to empty)"
				exit 1
			fi
		done
		set -- dockerd --host="$socket" --host=tcp://0.0.0.0:2376 --tlsverify \
			--tlscacert "$dir/server/ca.pem" --tlscert "$dir/server/cert.pem" --tlskey "$dir/server/key.pem" "$@"
	else
		set -- dockerd --host="$socket" --host=tcp://0.0.0.0:2375 "$@"
	fi
fi

if [ "$1" = 'dockerd' ]; then
	# A pidfile left by an unclean stop keeps dockerd from starting on a kept volume.
	find /run /var/run -iname 'docker*.pid' -delete 2>/dev/null || :
	set -- /usr/local/bin/dind "$@"
fi
exec "$@"

#!/usr/bin/env bash
# Builds the dind image the tests use in place of the official docker:dind (no registry here):
# a Debian unstable root file system with docker.io 28, containerd 2 and runc, made by mmdebstrap
# and imported into the engine DOCKER_HOST names, with an entrypoint that keeps the official image's
# contract (see dind-image/dockerd-entrypoint.sh).
#
#   scripts/build-dind-image.sh [tag]        default tag: docker-tls-test/dind:28
#   scripts/build-dind-image.sh --rootfs-tar  only the cached root file system: prints its tar's path
#                                            and the tag the build imports it as (tab separated);
#                                            no Docker needed (the runner look-alike guest takes it)
#
# The root file system is cached as a tar under ${XDG_CACHE_HOME:-~/.cache}/docker-tls-action/dind/,
# so only the first build needs the package mirror. The mirror is the one of this machine's own
# apt sources (override: DIND_MIRROR). Nothing is done when the tag already exists.
set -euo pipefail

tag="${1:-docker-tls-test/dind:28}"
here="$(cd "$(dirname "$0")" && pwd)"
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/docker-tls-action/dind"
# docker-cli: the official image has the client too (docker exec <dind> docker ps); openssl: the
# official image's certificate recipe can be replayed inside it.
packages=docker.io,docker-cli,containerd,runc,iptables,ca-certificates,iproute2,procps,kmod,openssl,util-linux,mount
rootfs_tag="docker-tls-test/dind-rootfs:sid-$(printf '%s' "$packages" | sha256sum | cut -c1-12)"
rootfs_tar="$cache_dir/rootfs-sid-$(printf '%s' "$packages" | sha256sum | cut -c1-12).tar"

log() { printf '[dind-image] %s\n' "$*" >&2; }

# The first "deb" URI of the machine's apt sources that serves the main archive (not security).
machine_mirror() {
  {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i, $(i+1); break } }'
    for file in /etc/apt/sources.list.d/*.sources; do
      [ -f "$file" ] || continue
      awk 'BEGIN { RS = ""; FS = "\n" }
        /(^|\n)Types:[^\n]*deb([ \n]|$)/ {
          uri = ""; suite = ""
          for (i = 1; i <= NF; i++) {
            if ($i ~ /^URIs:/) { split(substr($i, 6), u, " "); uri = u[1] }
            if ($i ~ /^Suites:/) { split(substr($i, 8), s, " "); suite = s[1] }
          }
          if (uri != "") print uri, suite
        }' "$file"
    done
  } | awk '$2 !~ /-security$/ && $1 !~ /security/ { print $1; exit }'
}

build_rootfs() {
  command -v mmdebstrap >/dev/null || {
    log 'installing mmdebstrap'
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
  }
  local mirror="${DIND_MIRROR:-$(machine_mirror)}"
  [ -n "$mirror" ] || { log 'no Debian mirror in the apt sources; set DIND_MIRROR'; exit 1; }
  mkdir -p "$cache_dir"
  local partial="$rootfs_tar.partial.$$"
  trap 'rm -f "$partial"' EXIT
  log "building the sid root file system with mmdebstrap (network, about a minute)"
  mmdebstrap --quiet --variant=minbase --format=tar \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    --include="$packages" \
    --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/usr/share/doc/* "$1"/usr/share/man/*' \
    sid "$partial" "deb $mirror sid main"
  mv "$partial" "$rootfs_tar"
  trap - EXIT
}

if [ "$tag" = --rootfs-tar ]; then
  [ -s "$rootfs_tar" ] || build_rootfs
  printf '%s\t%s\n' "$rootfs_tar" "$rootfs_tag"
  exit 0
fi

if docker image inspect "$tag" >/dev/null 2>&1; then
  log "$tag exists; nothing to do"
  exit 0
fi

if ! docker image inspect "$rootfs_tag" >/dev/null 2>&1; then
  [ -s "$rootfs_tar" ] || build_rootfs
  log "importing $rootfs_tar as $rootfs_tag"
  docker import "$rootfs_tar" "$rootfs_tag" >/dev/null
fi

context="$(mktemp -d)"
trap 'rm -rf "$context"' EXIT
cp "$here/dind-image/dockerd-entrypoint.sh" "$here/dind-image/dind" "$context/"
cat >"$context/Dockerfile" <<DOCKERFILE
FROM $rootfs_tag
COPY dockerd-entrypoint.sh dind /usr/local/bin/
ENV DOCKER_TLS_CERTDIR=/certs
VOLUME /var/lib/docker
EXPOSE 2375 2376
ENTRYPOINT ["dockerd-entrypoint.sh"]
CMD []
DOCKERFILE
log "building $tag"
# The classic builder: a local base image and no registry needed.
if ! output="$(DOCKER_BUILDKIT=0 docker build --quiet --tag "$tag" "$context" 2>&1)"; then
  printf '%s\n' "$output" >&2
  exit 1
fi
log "$tag ready"

#!/usr/bin/env bash
# Builds the runner look-alike guest from Debian unstable: a root file system made by mmdebstrap
# (systemd, Docker 28 as a systemd service, iptables with the nf_tables backend, Node 24 from the
# npm registry, a non-root "runner" user with passwordless sudo), written into an ext4 image, with
# the kernel of Debian's linux-image-amd64 and a small initrd beside it. runner-vm/host/image.ts
# calls it and caches what it makes; nothing here knows about the cache.
#
#   runner-vm/image/build.sh OUT_DIR SOURCES_LIST NODE_BINARY DIND_ROOTFS_TAR DIND_ROOTFS_TAG
#
# OUT_DIR gets root.ext4, vmlinuz and initrd.img. SOURCES_LIST is an apt sources list for sid
# (scripts/fetch-engine.sh --sid-sources writes one from the machine's own apt sources). Root only.
set -euo pipefail

out="$1" sources="$2" node="$3" dind_tar="$4" dind_tag="$5"
here="$(cd "$(dirname "$0")" && pwd)"
# What a GitHub-hosted Ubuntu runner has that the action meets: systemd, Docker with its CLI
# plugins, containerd, runc, iptables (both backends' tools) and nftables, sudo, AppArmor. Debian
# unstable's docker.io no longer pulls in the CLI, so docker-cli is named.
packages=(systemd systemd-sysv udev dbus linux-image-amd64 apparmor
  docker.io docker-cli docker-compose docker-buildx containerd runc
  iptables nftables iproute2 sudo busybox-static curl procps kmod ca-certificates
  rootlesskit slirp4netns uidmap)
# The image holds the root file system with room for the images, volumes and builds of a job; it
# is a sparse file, and every boot writes to a throw-away overlay of it.
image_size=12G

log() { printf '[runner-vm image] %s\n' "$*" >&2; }

[[ "$(id -u)" == 0 ]] || { log 'run as root (mmdebstrap in root mode, mke2fs of a root-owned tree)'; exit 1; }
mkdir -p "$out"
rootfs="$out/rootfs.partial"
rm -rf "$rootfs"
trap 'rm -rf "$rootfs"' EXIT

log "mmdebstrap: Debian unstable with ${#packages[@]} packages (network, a few minutes)"
IFS=,
mmdebstrap --quiet --variant=minbase --format=directory \
  --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='Acquire::Languages "none"' \
  --include="${packages[*]}" \
  --customize-hook="bash '$here/customize.sh' \"\$1\" '$here/overlay' '$node' '$dind_tar' '$dind_tag'" \
  sid "$rootfs" "$sources"
unset IFS

log 'kernel and initrd'
cp "$(ls "$rootfs"/boot/vmlinuz-* | sort -V | tail -n 1)" "$out/vmlinuz"
cp "$rootfs/boot/runner-vm-initrd.img" "$out/initrd.img"
rm -f "$rootfs"/boot/initrd.img-* "$rootfs/boot/runner-vm-initrd.img"

log "ext4 image of $(du -sh "$rootfs" | cut -f1) ($image_size sparse)"
rm -f "$out/root.ext4"
mke2fs -q -t ext4 -L runner-root -d "$rootfs" "$out/root.ext4" "$image_size"
log "done: $out"

#!/usr/bin/env bash
# mmdebstrap's customize hook for the runner look-alike guest (see build.sh): the runner user, the
# project's units and settings from overlay/, Node 24, the dind root file system, and the small
# initrd. Runs on the machine building the image, with the guest's root file system as $1.
#
#   customize.sh ROOT OVERLAY_DIR NODE_BINARY DIND_ROOTFS_TAR DIND_ROOTFS_TAG
set -euo pipefail

root="$1" overlay="$2" node="$3" dind_tar="$4" dind_tag="$5"
lib="$root/usr/local/lib/runner-vm"

# As on a GitHub-hosted runner: uid 1001, in group docker (and adm, systemd-journal), passwordless
# sudo (overlay/etc/sudoers.d/runner).
chroot "$root" useradd --create-home --uid 1001 --shell /bin/bash --groups docker,adm,systemd-journal runner
# As a self-hosted runner's job user often is: no sudo at all, not in group docker; subordinate ids
# for a rootless daemon (useradd adds them where uidmap is installed; said here so as not to rely on it).
chroot "$root" useradd --create-home --uid 1002 --shell /bin/bash builder
for file in subuid subgid; do
  grep -q '^builder:' "$root/etc/$file" || echo 'builder:300000:65536' >>"$root/etc/$file"
done
# Owned by root whoever checked the repository out; existing directories keep their modes.
tar -C "$overlay" --owner=0 --group=0 -cf - . | tar -C "$root" --no-overwrite-dir -xf -
chmod 0440 "$root/etc/sudoers.d/runner"
mkdir -p "$root/home/runner/work/_temp" "$root/job"
chroot "$root" chown -R runner:runner /home/runner/work

# Node 24, the runtime of `runs.using: node24`, as the only node on PATH.
install -m 0755 "$node" "$root/usr/local/bin/node"

# The dind image's root file system (scripts/build-dind-image.sh makes it): no registry reaches the
# guest, so the job imports it under the tag that script looks for and builds the image from there.
mkdir -p "$lib"
cp "$dind_tar" "$lib/dind-rootfs.tar"
printf '%s\n' "$dind_tag" >"$lib/dind-rootfs.tag"

# Boot time under emulation, none of it on the job's path: AppArmor stays on (as on Ubuntu) but
# without Debian's ~140 application profiles, which take a minute to load under TCG (docker loads
# its own docker-default profile itself); no timers, no login prompts; ldconfig and the catalog
# update have nothing to do on a system that has booted before, which /etc/.updated says.
find "$root/etc/apparmor.d" -maxdepth 1 -type f -delete
chroot "$root" systemctl mask --quiet e2scrub_all.timer fstrim.timer dpkg-db-backup.timer \
  getty@tty1.service serial-getty@ttyS0.service e2scrub_reap.service dracut-shutdown.service \
  modprobe@drm.service modprobe@efi_pstore.service modprobe@configfs.service sys-kernel-config.mount
chroot "$root" systemctl enable --quiet runner-job.service runner-vm-variant.service
touch "$root/etc/.updated" "$root/var/.updated"

bash "$(dirname "$0")/make-initrd.sh" "$root" "$root/boot/runner-vm-initrd.img"
rm -rf "$root"/var/cache/apt/* "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/*

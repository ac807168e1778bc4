#!/usr/bin/env bash
# The guest's initrd: busybox and the modules that mount the root file system (virtio_blk, ext4 and
# what they depend on), nothing else. Debian's own (dracut) runs a second systemd and udev before
# the real boot, about half a minute under TCG; this one mounts /dev/vda and switches to it in a
# second. Made inside the guest's root file system with its own modprobe and busybox.
#
#   make-initrd.sh ROOT OUTPUT
set -euo pipefail

root="$1" output="$2"
kernel="$(ls "$root/lib/modules" | sort -V | tail -n 1)"
work=/tmp/runner-vm-initrd
in_guest() { chroot "$root" "$@"; }
rm -rf "${root:?}$work"
trap 'rm -rf "${root:?}$work"' EXIT
mkdir -p "$root$work"/{bin,dev,proc,newroot,modules}
cp "$root/bin/busybox" "$root$work/bin/busybox"

# In load order, dependencies first (modprobe --show-depends prints them so), decompressed: busybox
# insmod takes plain modules.
for module in virtio_blk ext4; do
  in_guest modprobe --set-version "$kernel" --show-depends "$module"
done | awk '$1 == "insmod" && !seen[$2]++ { print $2 }' | while read -r path; do
  name="$(basename "$path")"
  case "$path" in
    *.ko.xz) in_guest busybox unxz -c "$path" >"$root$work/modules/${name%.xz}" ;;
    *.ko) cp "$root$path" "$root$work/modules/$name" ;;
    *) echo "make-initrd: $path: a compression this script does not know" >&2; exit 1 ;;
  esac
  echo "${name%.xz}" >>"$root$work/modules/order"
done

cat >"$root$work/init" <<'INIT'
#!/bin/busybox sh
/bin/busybox --install -s /bin
mount -t devtmpfs dev /dev
mount -t proc proc /proc
for module in $(cat /modules/order); do insmod "/modules/$module" || echo "initrd: insmod $module failed"; done
tries=0
while [ ! -b /dev/vda ] && [ "$tries" -lt 200 ]; do sleep 0.05; tries=$((tries + 1)); done
if ! mount -t ext4 -o rw,noatime /dev/vda /newroot; then
  echo 'initrd: cannot mount /dev/vda'
  poweroff -f
fi
umount /proc
mount --move /dev /newroot/dev
exec switch_root /newroot /sbin/init
INIT
chmod 0755 "$root$work/init"
in_guest sh -c "cd $work && busybox find . | busybox cpio -o -H newc 2>/dev/null | gzip -1" >"$output"

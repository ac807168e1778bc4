#!/bin/sh
# The image's one provisioning boot (runner-vm/host/image.ts runs it as the job of a boot that may
# write the image): what every job would otherwise redo under emulation, done once and kept. Runs
# as the runner user, like every job.
set -eu
lib=/usr/local/lib/runner-vm

# The dind image's root file system (~400 MB; minutes under TCG), imported under the tag that
# scripts/build-dind-image.sh looks for: a job then only adds the entrypoint of the repository.
docker import "$lib/dind-rootfs.tar" "$(cat "$lib/dind-rootfs.tag")"
sudo rm "$lib/dind-rootfs.tar"

# Docker stopped before the power-off, so that its state is written whole (a clean power-off
# follows: /job/power-off-cleanly).
sudo systemctl stop docker.socket docker.service containerd.service

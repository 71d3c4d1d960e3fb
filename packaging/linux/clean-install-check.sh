#!/usr/bin/env bash
# Installs a built .deb into a clean Debian 12 chroot with apt, the way a user would, and runs both programs
# from there. Not part of ctest: it needs root, debootstrap and the Debian mirror, and a few minutes.
#
#   sudo packaging/linux/clean-install-check.sh build/billhook_0.1.0_amd64.deb [CHROOT_DIR]
#
# CHROOT_DIR (default /tmp/billhook-bookworm) is made with debootstrap --variant=minbase when it does not exist
# yet, and copied to a scratch directory for each run so that every check starts from a clean system.
set -euo pipefail

deb=$(realpath "$1")
base=${2:-/tmp/billhook-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "run as root" >&2; exit 2; }
version=$(dpkg-deb --field "$deb" Version)

if [ ! -x "$base/usr/bin/apt-get" ]; then
    command -v debootstrap >/dev/null || apt-get install -y debootstrap
    debootstrap --variant=minbase bookworm "$base" "$mirror"
fi

if mountpoint -q "$base/proc"; then
    echo "$base/proc is mounted: unmount it first (the base must stay a plain directory tree)" >&2
    exit 2
fi

root=$(mktemp -d /tmp/billhook-clean.XXXXXX)
cleanup() {
    if mountpoint -q "$root/proc"; then
        umount "$root/proc" || { echo "could not unmount $root/proc; not deleting $root" >&2; return; }
    fi
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
cp -a --one-file-system "$base/." "$root/"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/"

chroot "$root" env DEBIAN_FRONTEND=noninteractive sh -euc "
    apt-get update -qq
    apt-get install -y -qq /tmp/$(basename "$deb") >/tmp/apt.log || { cat /tmp/apt.log; exit 1; }
    echo \"apt installed billhook and \$(grep -c '^Setting up' /tmp/apt.log) packages in all\"
    billhook-cli --version | tee /tmp/cli.txt
    grep -q '$version' /tmp/cli.txt
    QT_QPA_PLATFORM=offscreen billhook --version | tee /tmp/gui.txt
    grep -q '$version' /tmp/gui.txt
    test -f /usr/share/applications/app.billhook.Billhook.desktop
    test -f /usr/share/icons/hicolor/scalable/apps/app.billhook.Billhook.svg
    apt-get remove -y -qq billhook >/dev/null
    ! test -e /usr/bin/billhook-cli
"
echo "PASS: $(basename "$deb") installs on a clean Debian 12 with apt, runs, and removes"

#!/usr/bin/env bash
# Install the .deb on a fresh Debian (default 13 "trixie") made with debootstrap, and run
# the .deb smoke test there: apt resolves Depends from that release's archive, then the
# CLI, and the app's --self-test offscreen and under Xvfb (xcb), then removal.
#
#   packaging/linux/test-in-chroot.sh dist/oiaassist_*.deb            # trixie, in /tmp/oiaassist-chroot-trixie
#   packaging/linux/test-in-chroot.sh dist/oiaassist_*.deb bookworm   # Debian 12
#
# Needs root, debootstrap and Debian's package archive (deb.debian.org or
# $DEBIAN_MIRROR). The chroot is made once (about 20 s) and reused; it is left
# behind for inspection (delete it with rm -rf after unmounting nothing: the
# script unmounts what it mounted). Proves the bundle's own libraries work with
# another release's system libraries (glibc, libstdc++, Mesa, libxcb ...).
set -euo pipefail
DEB=$(cd "$(dirname "${1:?usage: test-in-chroot.sh FILE.deb [SUITE] [DIR]}")" && pwd)/$(basename "$1")
SUITE=${2:-trixie}
DIR=${3:-/tmp/oiaassist-chroot-$SUITE}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
HERE=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "test-in-chroot: needs root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test-in-chroot: apt-get install debootstrap" >&2; exit 1; }

start=$(date +%s)
if [ ! -x "$DIR/usr/bin/apt-get" ]; then
    echo "test-in-chroot: debootstrap --variant=minbase $SUITE $DIR"
    debootstrap --variant=minbase "$SUITE" "$DIR" "$MIRROR" >"$DIR.debootstrap.log" 2>&1 \
        || { tail -20 "$DIR.debootstrap.log" >&2; exit 1; }
fi
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[$i]}" || true; done
}
trap cleanup EXIT
for fs in proc sys dev dev/pts; do
    if ! mountpoint -q "$DIR/$fs"; then
        case $fs in
        proc) mount -t proc proc "$DIR/proc" ;;
        sys) mount -t sysfs sys "$DIR/sys" ;;
        *) mount --bind "/$fs" "$DIR/$fs" ;;
        esac
        mounted+=("$DIR/$fs")
    fi
done
cp /etc/resolv.conf "$DIR/etc/resolv.conf" 2>/dev/null || true

in_chroot() { chroot "$DIR" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"; }
echo "test-in-chroot: $(in_chroot cat /etc/debian_version) ($SUITE); apt-get update"
in_chroot apt-get update -qq
# Xvfb for the xcb test, unzip to look inside the .docx; nothing else: the .deb's Depends
# must bring every library it needs.
in_chroot apt-get install -y -qq --no-install-recommends xvfb xauth unzip >/dev/null
rm -rf "$DIR/tmp/oiaassist-test" && mkdir -p "$DIR/tmp/oiaassist-test"
cp "$DEB" "$HERE/smoke-test.sh" "$HERE/smoke-letter.pdf" "$HERE/smoke-letter.msg" \
    "$DIR/tmp/oiaassist-test/"
in_chroot dpkg -r oiaassist >/dev/null 2>&1 || true
in_chroot /tmp/oiaassist-test/smoke-test.sh deb "/tmp/oiaassist-test/$(basename "$DEB")"
echo "test-in-chroot: OK on Debian $(in_chroot cat /etc/debian_version) in $(($(date +%s) - start)) s"

#!/usr/bin/env bash
# Install what packaging/build-linux.sh and the smoke tests need on Debian 12
# (or Ubuntu 22.04+ with glibc >= 2.36), as root. Only installs what is missing.
#
#   packaging/linux/install-build-deps.sh            # build + smoke-test tools
#
# * binutils: PyInstaller's strip/objdump; readelf for deb_depends.py
# * patchelf: strip-runpath.sh removes the build machine's RUNPATHs from the bundle
# * lintian: .ci/run checks the .deb with it (packaging/linux/lint-deb.sh)
# * debootstrap: test-in-chroot.sh makes a fresh Debian 13 to install the .deb on
# * the Qt runtime libraries (stack-notes.md §5): PyInstaller copies the ones
#   it finds into the bundle, so the build machine must have them all
#   (libxcb-icccm4 and libxcb-keysyms1 are the ones a bare Debian lacks)
# * desktop-file-utils, appstream: validate the .desktop file and metainfo
# * xvfb, xauth: run the app's self-test on the real xcb platform
# * xz-utils, unzip: the tarball, and reading the .docx in the smoke test
# * icu-devtools: icupkg, which trims the bundle's ICU data (packaging/pyinstaller/trim_icu.py)
# * libpython3.X for Debian's own python3 (PyInstaller bundles the shared library)
set -euo pipefail

PACKAGES="binutils patchelf lintian debootstrap xz-utils unzip icu-devtools desktop-file-utils appstream xvfb xauth
libegl1 libgl1 libx11-6 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1
libxcb-xfixes0 libxcb-xkb1 libxcb-glx0
libwayland-client0 libwayland-cursor0 libwayland-egl1"

# Debian's own python3 keeps its shared library (which PyInstaller bundles) in a
# separate package; a python built with --enable-shared (pyenv) has it already.
PY=${PYTHON:-python3}
if command -v "$PY" >/dev/null && [ "$("$PY" -c 'import sys; print(sys.base_prefix)')" = /usr ]; then
    PACKAGES="$PACKAGES libpython$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
fi

missing=""
for package in $PACKAGES; do
    dpkg -s "$package" >/dev/null 2>&1 || missing="$missing $package"
done
if [ -z "$missing" ]; then
    echo "install-build-deps: everything is installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then
        SUDO=sudo
    else
        echo "install-build-deps: run as root to install:$missing" >&2
        exit 1
    fi
fi
echo "install-build-deps: installing$missing"
${SUDO:-} apt-get update -qq
# shellcheck disable=SC2086 # one word per package
DEBIAN_FRONTEND=noninteractive ${SUDO:-} apt-get install -y -qq --no-install-recommends $missing >/dev/null
echo "install-build-deps: done"

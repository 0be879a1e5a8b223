#!/usr/bin/env bash
# Build the .deb from a PyInstaller bundle (packaging/build-linux.sh calls this):
#
#   packaging/linux/build-deb.sh BUNDLE_DIR OUT_DIR
#
# Environment (build-linux.sh sets these from packaging/tools/meta.py, i.e. from
# the installed package's metadata): OIA_VERSION, OIA_APP_ID, OIA_SUMMARY,
# OIA_MAINTAINER, OIA_HOMEPAGE, OIA_SCREENSHOT_BASE, OIA_RELEASE_DATE.
# OIAASSIST_DEB_XZ_LEVEL: xz level for dpkg-deb (default 1: 7 s instead of 38 s
# at 6, for a package about 15 % bigger; stack-notes.md §6).
#
# Layout:
#   /opt/oiaassist/                                   the bundle
#   /usr/bin/oiaassist, /usr/bin/oiaassist-app        symlinks into it
#   /usr/share/applications/<id>.desktop              validated with desktop-file-validate
#   /usr/share/metainfo/<id>.metainfo.xml             validated with appstreamcli --no-net
#   /usr/share/icons/hicolor/scalable/apps/<id>.svg
#   /usr/share/doc/oiaassist/copyright                points at THIRD-PARTY-LICENSES.txt
# Depends: computed from the bundle by deb_depends.py (what it still takes
# from the system: glibc, GL/EGL, libxcb, wayland, fontconfig's config, a font).
set -euo pipefail

BUNDLE=$(cd "${1:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}" && pwd)
OUT=$(mkdir -p "${2:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}" && cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
: "${OIA_VERSION:?run from build-linux.sh, or set OIA_VERSION etc. (eval \"\$(python packaging/tools/meta.py --shell)\")}"
APP_ID=${OIA_APP_ID:-nz.oiaassist.oiaassist}
LEVEL=${OIAASSIST_DEB_XZ_LEVEL:-1}

for tool in dpkg-deb readelf objdump; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (see packaging/README.md)" >&2; exit 1; }
done

# PEP 440 -> Debian: 1.2.0rc1 -> 1.2.0~rc1, 1.2.0.dev3 -> 1.2.0~dev3 (sorts before 1.2.0)
DEB_VERSION="$(sed -E 's/[.]?(a|b|rc|dev)([0-9]*)/~\1\2/' <<<"$OIA_VERSION")-1"
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/oiaassist-deb.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT

echo "build-deb: staging oiaassist $DEB_VERSION ($ARCH)"
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/doc/oiaassist" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/oiaassist"
ln -s ../../opt/oiaassist/oiaassist "$STAGE/usr/bin/oiaassist"

if [ -x "$BUNDLE/oiaassist-app" ]; then
    ln -s ../../opt/oiaassist/oiaassist-app "$STAGE/usr/bin/oiaassist-app"
    install -D -m 0644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
    install -D -m 0644 "$HERE/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    mkdir -p "$STAGE/usr/share/metainfo"
    sed -e "s|@VERSION@|$OIA_VERSION|g" -e "s|@RELEASE_DATE@|$OIA_RELEASE_DATE|g" \
        -e "s|@HOMEPAGE@|$OIA_HOMEPAGE|g" -e "s|@SCREENSHOT_BASE@|$OIA_SCREENSHOT_BASE|g" \
        "$HERE/$APP_ID.metainfo.xml.in" >"$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
    chmod 0644 "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
    echo "build-deb: desktop-file-validate"
    desktop-file-validate "$STAGE/usr/share/applications/$APP_ID.desktop"
    echo "build-deb: appstreamcli validate --no-net"
    appstreamcli validate --no-net "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
    # A copy beside the .deb, for the release page and for checking by hand.
    cp "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml" "$OUT/"
else
    echo "build-deb: WARNING: the bundle has no oiaassist-app; packaging the command line only" \
        "(no .desktop file, metainfo or icon)" >&2
fi

cat >"$STAGE/usr/share/doc/oiaassist/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: oiaassist
Source: $OIA_HOMEPAGE

Files: *
Copyright: oiaassist developers
License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy
 of this software and associated documentation files (the "Software"), to deal
 in the Software without restriction, including without limitation the rights
 to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 copies of the Software, and to permit persons to whom the Software is
 furnished to do so, subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.

Files: opt/oiaassist/_internal/*
Comment: Third-party components bundled by PyInstaller (Python, Qt/PySide6
 under the LGPL-3.0, and others). Every component, its licence, and how the
 one-folder layout honours the LGPL's relinking terms are listed in
 /opt/oiaassist/THIRD-PARTY-LICENSES.txt
License: various
 See /opt/oiaassist/THIRD-PARTY-LICENSES.txt
EOF

echo "build-deb: computing Depends"
DEPENDS=$(python3 "$HERE/deb_depends.py" "$BUNDLE")
echo "build-deb:   $DEPENDS"

# Ordinary permissions: directories and programs 0755, everything else 0644.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/opt/oiaassist" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/opt/oiaassist/oiaassist"
[ ! -f "$STAGE/opt/oiaassist/oiaassist-app" ] || chmod 0755 "$STAGE/opt/oiaassist/oiaassist-app"
chmod 0644 "$STAGE/usr/share/doc/oiaassist/copyright"

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: oiaassist
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $OIA_MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Section: utils
Priority: optional
Homepage: $OIA_HOMEPAGE
Description: $OIA_SUMMARY
 OIA Assist counts working days exactly as the Official Information Act 1982,
 the Local Government Official Information and Meetings Act 1987 and the
 Privacy Act 2020 define them, tracks each request as the events that happened
 to it, and drafts requests, reminders and complaints (text, email, .docx).
 .
 This package installs a self-contained build in /opt/oiaassist with the
 desktop app (oiaassist-app) and the command line (oiaassist).
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
    >"$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

DEB="$OUT/oiaassist_${DEB_VERSION}_${ARCH}.deb"
echo "build-deb: dpkg-deb -Zxz -z$LEVEL"
dpkg-deb --root-owner-group -Zxz "-z$LEVEL" --build "$STAGE" "$DEB" >/dev/null
echo "build-deb: wrote $DEB ($(du -h "$DEB" | cut -f1))"

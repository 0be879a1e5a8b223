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
# OIA_PYTHON: a Python with oiaassist[gui] and PySide6 (build-linux.sh's venv): it draws
# the PNG icons and rewrites the licences file for what the .deb really holds.
#
# Layout:
#   /opt/oiaassist/                                   the bundle, less the system libraries
#                                                     Debian provides (deb_unbundle.py)
#   /usr/bin/oiaassist, /usr/bin/oiaassist-app        absolute symlinks into it
#   /usr/share/applications/<id>.desktop              validated with desktop-file-validate
#   /usr/share/metainfo/<id>.metainfo.xml             validated with appstreamcli --no-net
#   /usr/share/icons/hicolor/{scalable,NxN}/apps/<id>.{svg,png}
#   /usr/share/doc/oiaassist/copyright                MIT, and where the bundled parts' licences are
#   /usr/share/doc/oiaassist/changelog{,.Debian}.gz   CHANGELOG.md, and the package's own
#   /usr/share/man/man1/oiaassist{,-app}.1.gz         short manual pages
#   /usr/share/lintian/overrides/oiaassist            packaging/linux/oiaassist.lintian-overrides
# Depends: computed from the staged bundle by deb_depends.py (glibc, GL/EGL,
# libxcb, wayland, fontconfig's config, a font, and every library
# deb_unbundle.py left to Debian: libstdc++, glib, libsystemd's ...).
set -euo pipefail

BUNDLE=$(cd "${1:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}" && pwd)
OUT=$(mkdir -p "${2:?usage: build-deb.sh BUNDLE_DIR OUT_DIR}" && cd "$2" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PY=${OIA_PYTHON:-python3}
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
mkdir -p "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/doc/oiaassist" "$STAGE/DEBIAN" \
    "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$STAGE/opt/oiaassist"
# Debian policy 10.5: a link from /usr/bin to /opt crosses top-level folders, so absolute.
ln -s /opt/oiaassist/oiaassist "$STAGE/usr/bin/oiaassist"

echo "build-deb: leaving Debian's own libraries to Debian (deb_unbundle.py)"
python3 "$HERE/deb_unbundle.py" "$STAGE/opt/oiaassist"
cp "$REPO/LICENSE" "$STAGE/opt/oiaassist/LICENSE"
if "$PY" -c 'import oiaassist, packaging' 2>/dev/null; then
    # The licences file now lists what this package holds (not the libraries it depends on).
    "$PY" "$REPO/packaging/tools/third_party_licenses.py" "$STAGE/opt/oiaassist"
else
    echo "build-deb: WARNING: no OIA_PYTHON with oiaassist: the licences file is the bundle's" >&2
fi

if [ -x "$BUNDLE/oiaassist-app" ]; then
    ln -s /opt/oiaassist/oiaassist-app "$STAGE/usr/bin/oiaassist-app"
    install -D -m 0644 "$HERE/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
    install -D -m 0644 "$HERE/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    echo "build-deb: PNG icons (hicolor sizes)"
    QT_QPA_PLATFORM=offscreen "$PY" "$REPO/packaging/tools/render_icon.py" \
        "$STAGE/usr/share/icons/hicolor" --hicolor "$APP_ID"
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

{
    cat <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: oiaassist
Upstream-Contact: $OIA_MAINTAINER
Source: $OIA_HOMEPAGE

Files: *
Copyright: 2026 oiaassist developers
License: MIT

Files: opt/oiaassist/_internal/*
Copyright: the authors of each bundled component (Python, Qt/PySide6, and others)
License: various
 Third-party components bundled by PyInstaller: the Python interpreter and
 standard library (PSF-2.0), Qt 6 and PySide6 (LGPL-3.0-only), docxtpl
 (LGPL-2.1-only) and others. Every component, its licence with the full
 licence texts, and how the one-folder layout honours the LGPL's relinking
 terms are in /opt/oiaassist/THIRD-PARTY-LICENSES.txt

License: MIT
EOF
    # The full MIT text from LICENSE, in DEP-5's indented form ("." for blank lines).
    sed -e 's/^$/./' -e 's/^/ /' "$REPO/LICENSE"
} >"$STAGE/usr/share/doc/oiaassist/copyright"

# Changelogs (Debian policy 12.7): the upstream one and the package's own, gzip -9n.
DATE_RFC2822=$(LC_ALL=C date -u -R -d "@${SOURCE_DATE_EPOCH:-$(date +%s)}")
gzip -9n <"$REPO/CHANGELOG.md" >"$STAGE/usr/share/doc/oiaassist/changelog.gz"
printf '%s\n' "oiaassist ($DEB_VERSION) unstable; urgency=medium" "" \
    "  * oiaassist $OIA_VERSION, built from its PyInstaller bundle by" \
    "    packaging/linux/build-deb.sh. Upstream changes: changelog.gz" "" \
    " -- $OIA_MAINTAINER  $DATE_RFC2822" \
    | gzip -9n >"$STAGE/usr/share/doc/oiaassist/changelog.Debian.gz"

# Manual pages (policy 12.1): what each program is, and where its full help is.
manpage() { # NAME SUMMARY DESCRIPTION
    local upper
    upper=$(tr '[:lower:]' '[:upper:]' <<<"$1")
    printf '%s\n' ".TH $upper 1 \"${OIA_RELEASE_DATE:-}\" \"$1 $OIA_VERSION\" \"User Commands\"" \
        ".SH NAME" "$1 \\- $2" ".SH SYNOPSIS" ".B $1" ".RI [ options ]" ".SH DESCRIPTION" "$3" \
        ".SH OPTIONS" ".TP" ".B \\-\\-help" "Show every command and option." ".TP" \
        ".B \\-\\-version" "Show the version." ".SH SEE ALSO" "$OIA_HOMEPAGE" \
        | gzip -9n >"$STAGE/usr/share/man/man1/$1.1.gz"
}
manpage oiaassist "deadlines for New Zealand official information requests" \
    "Counts working days as the Official Information Act 1982, LGOIMA 1987 and the Privacy Act 2020 define them, checks a request's events and an agency's letter, and drafts letters. Run \\fBoiaassist \\-\\-help\\fR for its commands (due, check, report, read-letter, draft, agencies)."
[ ! -x "$BUNDLE/oiaassist-app" ] || manpage oiaassist-app "the OIA Assist desktop app" \
    "Tracks official information requests, their deadlines and letters. \\fB\\-\\-self-test\\fR checks the installation without a display (QT_QPA_PLATFORM=offscreen)."

install -m 0644 "$HERE/oiaassist.lintian-overrides" "$STAGE/usr/share/lintian/overrides/oiaassist"

echo "build-deb: computing Depends"
DEPENDS=$(python3 "$HERE/deb_depends.py" "$STAGE/opt/oiaassist")
echo "build-deb:   $DEPENDS"

# Ordinary permissions: directories and programs 0755, everything else 0644.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE/opt/oiaassist" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/opt/oiaassist/oiaassist"
[ ! -f "$STAGE/opt/oiaassist/oiaassist-app" ] || chmod 0755 "$STAGE/opt/oiaassist/oiaassist-app"
find "$STAGE/usr" -type f -exec chmod 0644 {} +

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat >"$STAGE/DEBIAN/control" <<EOF
Package: oiaassist
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: $OIA_MAINTAINER
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: xdg-utils
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

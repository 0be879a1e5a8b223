#!/usr/bin/env bash
# Smoke tests of the Linux packages, as CI runs them:
#
#   packaging/linux/smoke-test.sh bundle dist/oiaassist          # the frozen one-folder bundle
#   packaging/linux/smoke-test.sh tarball dist/oiaassist-*.tar.xz # unpacked in a temp dir, then as a bundle
#   packaging/linux/smoke-test.sh deb dist/oiaassist_*.deb        # install, run, remove (needs root or sudo)
#
# Each runs the command line (a deadline, a letter in English and te reo Māori,
# a .docx) and the app's own `oiaassist-app --self-test` on Qt's offscreen
# platform, and under Xvfb (the real xcb platform) when xvfb-run is installed.
# Everything runs from a temporary directory outside the checkout, with a
# time limit. If the bundle has no oiaassist-app (the app was not part of the
# build) the app checks are skipped with a message saying so.
set -euo pipefail

LIMIT=${OIAASSIST_SMOKE_TIMEOUT:-120}
MODE=${1:-}
TARGET=${2:-}
if [ -z "$TARGET" ] || [ ! -e "$TARGET" ]; then
    echo "usage: $0 bundle DIR | tarball FILE | deb FILE (got: '${TARGET}')" >&2
    exit 2
fi
TARGET=$(cd "$(dirname "$TARGET")" && pwd)/$(basename "$TARGET")
# A council's extension letter as a PDF (made with LibreOffice from
# tests/fixtures/letters/westland-district-council-extension.txt).
LETTER_PDF=$(cd "$(dirname "$0")" && pwd)/smoke-letter.pdf
# The same letter attached to an Outlook .msg email (made by tests/msg_support.py; see
# tests/test_letter_msg.py, which checks it is still the writer's and reads as the PDF).
LETTER_MSG=$(cd "$(dirname "$0")" && pwd)/smoke-letter.msg
WORK=$(mktemp -d "${TMPDIR:-/tmp}/oiaassist-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"

say() { printf 'smoke-test: %s\n' "$*"; }
fail() { printf 'smoke-test: FAIL: %s\n' "$*" >&2; exit 1; }
run() { timeout --kill-after=10 "$LIMIT" "$@"; }

# check_programs CLI APP: the checks shared by the bundle and the installed .deb.
check_programs() {
    local cli=$1 app=$2 out
    say "$cli --version"
    out=$(run "$cli" --version) || fail "$cli --version exited $?"
    say "  $out"
    [ -z "${EXPECT_VERSION:-}" ] || [ "$out" = "oiaassist $EXPECT_VERSION" ] \
        || fail "version is '$out', expected 'oiaassist $EXPECT_VERSION'"

    say "$cli due 2024-09-13"
    out=$(run "$cli" due 2024-09-13) || fail "due exited $?"
    grep -q "11 October 2024" <<<"$out" || fail "due gave: $out"

    say "$cli due 2024-09-13 --extend 45"
    out=$(run "$cli" due 2024-09-13 --extend 45) || fail "due exited $?"
    grep -q "2024-12-16" <<<"$out" || fail "due gave: $out"

    # The agency directory is package data (agencies/data/): proves the spec collected it.
    if run "$cli" agencies --help >/dev/null 2>&1; then
        say "$cli agencies search mfat"
        out=$(run "$cli" agencies search mfat) || fail "agencies search exited $?"
        grep -q "Foreign Affairs" <<<"$out" || fail "agencies search gave: $out"
    fi

    # pypdf is imported by name only when a PDF is opened: proves the spec bundled it.
    say "$cli read-letter smoke-letter.pdf"
    out=$(run "$cli" read-letter "$LETTER_PDF") || fail "read-letter (PDF) exited $?"
    grep -q "Westland District Council" <<<"$out" || fail "read-letter (PDF) gave: $out"
    grep -q "2 February 2026, is right" <<<"$out" || fail "read-letter (PDF) gave: $out"

    # olefile too is imported only when a .msg is opened: proves the spec bundled it.
    say "$cli read-letter smoke-letter.msg"
    out=$(run "$cli" read-letter "$LETTER_MSG") || fail "read-letter (.msg) exited $?"
    grep -q "Westland District Council" <<<"$out" || fail "read-letter (.msg) gave: $out"
    grep -q "2 February 2026, is right" <<<"$out" || fail "read-letter (.msg) gave: $out"

    say "$cli draft request: text (en_NZ and mi) and .docx"
    run "$cli" draft request --example >request.json || fail "draft --example exited $?"
    sed 's/"locale": "en_NZ"/"locale": "mi"/' request.json >request-mi.json
    run "$cli" draft request request-mi.json >letter-mi.txt 2>/dev/null || fail "draft (mi) exited $?"
    grep -q "Oketopa" letter-mi.txt || fail "the te reo Māori letter has no Māori month name"
    run "$cli" draft request request.json --format docx --out letter.docx >/dev/null 2>&1 \
        || fail "draft --format docx exited $?"
    # A .docx is a zip with word/document.xml; unzip -l or python3 reads it.
    if command -v unzip >/dev/null; then
        # (not `unzip -l | grep -q`: grep stops reading early, unzip dies of SIGPIPE and
        # pipefail turns that into a failure now and then)
        out=$(unzip -l letter.docx) || fail "letter.docx is not a zip file"
        grep -q "word/document.xml" <<<"$out" || fail "letter.docx is not a .docx"
    else
        python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).read("word/document.xml")' \
            letter.docx || fail "letter.docx is not a .docx"
    fi
    say "  letter.docx: $(stat -c %s letter.docx) bytes"

    if [ ! -x "$app" ]; then
        say "SKIPPED the app checks: $app is not in this build (oiaassist.app was not installed when it was built)"
        return 0
    fi
    say "$app --version"
    out=$(QT_QPA_PLATFORM=offscreen run "$app" --version) || fail "$app --version exited $?"
    [ -z "${EXPECT_VERSION:-}" ] || [ "$out" = "oiaassist $EXPECT_VERSION" ] \
        || fail "the app's version is '$out', expected 'oiaassist $EXPECT_VERSION'"
    say "$app --self-test (offscreen)"
    QT_QPA_PLATFORM=offscreen run "$app" --self-test || fail "$app --self-test (offscreen) exited $?"
    if command -v xvfb-run >/dev/null; then
        say "$app --self-test (xcb, under Xvfb)"
        # -a: a free display number; the app must load Qt's xcb plugin and its libraries
        QT_QPA_PLATFORM=xcb run xvfb-run -a -s "-screen 0 1280x800x24" "$app" --self-test \
            || fail "$app --self-test (xcb) exited $?"
    else
        say "  (xvfb-run is not installed: xcb platform not tested)"
    fi
}

test_bundle() {
    local bundle=$1
    [ -x "$bundle/oiaassist" ] || fail "$bundle/oiaassist is missing"
    [ -f "$bundle/THIRD-PARTY-LICENSES.txt" ] || fail "$bundle/THIRD-PARTY-LICENSES.txt is missing"
    check_programs "$bundle/oiaassist" "$bundle/oiaassist-app"
    say "bundle OK: $bundle"
}

test_tarball() {
    local tarball=$1 top
    mkdir unpacked
    tar -xf "$tarball" -C unpacked
    top=$(find unpacked -mindepth 1 -maxdepth 1 -type d | head -n 1)
    [ -n "$top" ] || fail "$tarball has no top folder"
    test_bundle "$top"
    say "tarball OK: $tarball"
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo "$@"
    else
        return 99
    fi
}

test_deb() {
    local deb=$1
    as_root true || {
        say "SKIPPED the .deb install test: it needs root or password-less sudo"
        return 0
    }
    dpkg-deb --info "$deb" >/dev/null || fail "$deb is not a valid .deb"
    if dpkg -s oiaassist >/dev/null 2>&1; then
        fail "oiaassist is already installed here; remove it first (dpkg -r oiaassist)"
    fi
    say "install $deb"
    # apt installs the Depends too (needs the package archive); dpkg -i is the fallback.
    if ! DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "$deb" \
        >install.log 2>&1; then
        cat install.log >&2
        say "apt-get could not install it; trying dpkg -i"
        as_root dpkg -i "$deb" || fail "dpkg -i $deb failed"
    fi
    trap 'as_root dpkg -r oiaassist >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
    for path in /usr/bin/oiaassist /opt/oiaassist/THIRD-PARTY-LICENSES.txt /usr/share/doc/oiaassist/copyright; do
        [ -e "$path" ] || fail "$path is missing after install"
    done
    if [ -x /opt/oiaassist/oiaassist-app ]; then
        for path in /usr/bin/oiaassist-app \
            /usr/share/applications/nz.oiaassist.oiaassist.desktop \
            /usr/share/metainfo/nz.oiaassist.oiaassist.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/nz.oiaassist.oiaassist.svg; do
            [ -e "$path" ] || fail "$path is missing after install"
        done
        if command -v desktop-file-validate >/dev/null; then
            desktop-file-validate /usr/share/applications/nz.oiaassist.oiaassist.desktop \
                || fail "the installed .desktop file does not validate"
        fi
        if command -v appstreamcli >/dev/null; then
            appstreamcli validate --no-net /usr/share/metainfo/nz.oiaassist.oiaassist.metainfo.xml \
                || fail "the installed metainfo does not validate"
        fi
    fi
    EXPECT_VERSION=${EXPECT_VERSION:-$(dpkg-query -W -f '${Version}' oiaassist | sed 's/-[^-]*$//; s/~/./')}
    check_programs /usr/bin/oiaassist /usr/bin/oiaassist-app
    say "remove"
    as_root dpkg -r oiaassist >/dev/null || fail "dpkg -r oiaassist failed"
    [ ! -e /opt/oiaassist ] || fail "/opt/oiaassist is still there after dpkg -r"
    [ ! -e /usr/bin/oiaassist ] || fail "/usr/bin/oiaassist is still there after dpkg -r"
    trap 'rm -rf "$WORK"' EXIT
    say ".deb OK: $deb (installed, ran, removed)"
}

case "$MODE" in
bundle) test_bundle "$TARGET" ;;
tarball) test_tarball "$TARGET" ;;
deb) test_deb "$TARGET" ;;
*)
    echo "usage: $0 bundle DIR | tarball FILE | deb FILE" >&2
    exit 2
    ;;
esac

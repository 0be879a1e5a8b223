#!/usr/bin/env bash
# Build oiaassist for macOS: wheel, "OIA Assist.app" (PyInstaller BUNDLE), and a .dmg.
#
#   packaging/macos/build.sh            # from a clone, on a Mac
#   packaging/macos/build.sh --no-test  # skip the smoke tests
#
# Prerequisites: macOS 12+ on the architecture you are building for (arm64 on
# Apple silicon, x86_64 on Intel: PyInstaller does not cross-build), Xcode
# command line tools (xcode-select --install), Python 3.11 (python.org
# installer or `brew install python@3.11`), and for a nicer disk image
# `brew install create-dmg` (without it, hdiutil makes a plain one).
# PyInstaller, Pillow (icon) and oiaassist[gui] go into build/venv-macos.
#
# Output in dist/ (VERSION from the package metadata):
#   OIA Assist.app                           the app (the command line is Contents/MacOS/oiaassist)
#   oiaassist-VERSION-macos-ARCH.dmg          drag-to-Applications disk image
#
# Signing and notarisation (optional; without them the app is signed ad hoc,
# and Gatekeeper asks the user to confirm on first open):
#   OIAASSIST_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   OIAASSIST_NOTARY_PROFILE=<profile saved with `xcrun notarytool store-credentials`>
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)

RUN_TESTS=1
[ "${1:-}" != "--no-test" ] || RUN_TESTS=0
PYTHON=${PYTHON:-python3.11}
command -v "$PYTHON" >/dev/null || PYTHON=python3
VENV=build/venv-macos
DIST=dist
IDENTITY=${OIAASSIST_CODESIGN_IDENTITY:--}
ARCH=$(uname -m)

step() { printf '\n== macos/build.sh: %s\n' "$1"; }

[ "$(uname -s)" = Darwin ] || { echo "macos/build.sh: run this on macOS" >&2; exit 1; }

step "build environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip build "pyinstaller>=6.10" pillow

step "wheel and sdist"
rm -rf "$DIST"/oiaassist* "$DIST/OIA Assist.app"
"$VENV/bin/python" -m build --outdir "$DIST" . | tail -n 1
WHEEL=$(ls "$DIST"/oiaassist-*-py3-none-any.whl)
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$WHEEL"
"$VENV/bin/python" -m pip install --quiet "$WHEEL[gui,pdf]"
VERSION=$("$VENV/bin/python" packaging/tools/meta.py version)
echo "macos/build.sh: oiaassist $VERSION ($ARCH)"

step "icon (ui/icons/app.svg -> .icns)"
"$VENV/bin/python" packaging/tools/render_icon.py build/icons
export OIAASSIST_ICON="$REPO/build/icons/oiaassist.icns"

step "PyInstaller: OIA Assist.app (BUNDLE in packaging/pyinstaller/oiaassist.spec)"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/pyinstaller/oiaassist.spec
APP="$DIST/OIA Assist.app"
[ -d "$APP" ] || { echo "macos/build.sh: $APP was not built (is oiaassist.app installed?)" >&2; exit 1; }
"$VENV/bin/python" packaging/tools/third_party_licenses.py "$APP" \
    --out "$APP/Contents/Resources/THIRD-PARTY-LICENSES.txt"

step "codesign ($IDENTITY)"
# Adding the licences file changed the bundle: sign again, inside out, with the
# hardened runtime (required for notarisation). Ad hoc ("-") when no identity.
codesign --force --deep --timestamp --options runtime \
    --entitlements packaging/macos/entitlements.plist --sign "$IDENTITY" "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

if [ "$RUN_TESTS" = 1 ]; then
    step "smoke test"
    DUE=$("$APP/Contents/MacOS/oiaassist" due 2024-09-13 --extend 45)
    grep -q 2024-12-16 <<<"$DUE" || { echo "macos/build.sh: due gave: $DUE" >&2; exit 1; }
    WORK=$(mktemp -d)
    "$APP/Contents/MacOS/oiaassist" draft request --example >"$WORK/request.json"
    "$APP/Contents/MacOS/oiaassist" draft request "$WORK/request.json" --format docx --out "$WORK/letter.docx"
    QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/oiaassist-app" --self-test
    rm -rf "$WORK"
    echo "macos/build.sh: smoke test OK"
fi

step "disk image"
DMG="$DIST/oiaassist-$VERSION-macos-$ARCH.dmg"
packaging/macos/make-dmg.sh "$APP" "$DMG"
[ "$IDENTITY" = - ] || codesign --force --timestamp --sign "$IDENTITY" "$DMG"

if [ -n "${OIAASSIST_NOTARY_PROFILE:-}" ]; then
    step "notarise"
    xcrun notarytool submit "$DMG" --keychain-profile "$OIAASSIST_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi

step "done"
ls -l "$DMG"
du -sh "$APP"

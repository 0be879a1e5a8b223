#!/usr/bin/env bash
# Build oiaassist for macOS: wheel, "OIA Assist.app" (PyInstaller BUNDLE), and a .dmg.
#
#   packaging/macos/build.sh            # from a clone, on a Mac
#   packaging/macos/build.sh --no-test  # skip the smoke tests
#
# Prerequisites: macOS 13+ (PySide6 6.11's wheels need it) on the architecture you are building for (arm64 on
# Apple silicon, x86_64 on Intel: PyInstaller does not cross-build), Xcode
# command line tools (xcode-select --install), Python 3.11 (python.org
# installer or `brew install python@3.11`), and for a nicer disk image
# `brew install create-dmg` (without it, hdiutil makes a plain one).
# PyInstaller, Pillow (icon) and oiaassist[gui] go into build/venv-macos.
#
# Output in dist/ (VERSION from the package metadata):
#   OIA Assist.app                           the app (the command line is Contents/MacOS/oiaassist)
#   oiaassist-VERSION-macos-ARCH.dmg          drag-to-Applications disk image
#   SHA256SUMS-macos-ARCH                     SHA-256 of the .dmg, wheel and sdist
#
# Signing and notarisation (optional; without them the app is signed ad hoc,
# and Gatekeeper asks the user to confirm on first open):
#   OIAASSIST_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
#   OIAASSIST_NOTARY_PROFILE=<profile saved with `xcrun notarytool store-credentials`>
#   OIAASSIST_KEYCHAIN=<keychain holding the identity> (CI imports one; see packages.yml)
# With an identity the app is signed with the hardened runtime (notarisation needs
# it); ad hoc signing leaves the hardened runtime off, because with it macOS
# refuses to load libraries signed by another (ad hoc) identity, i.e. Qt's.
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
"$VENV/bin/python" -m pip install --quiet "${WHEEL}[gui,pdf]"
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
cp LICENSE "$APP/Contents/Resources/LICENSE"

step "codesign ($IDENTITY), inside out"
# Adding the licences changed the bundle: sign again. Not `codesign --deep` (Apple
# discourages it: it applies one set of options to everything and misses code in
# Resources); instead every Mach-O file first, deepest first, then the nested
# frameworks, then the programs with their entitlements, then the .app itself.
if [ "$IDENTITY" = - ]; then
    SIGN=(codesign --force --sign -) # ad hoc: no hardened runtime, no timestamp
else
    SIGN=(codesign --force --timestamp --options runtime --sign "$IDENTITY")
    [ -z "${OIAASSIST_KEYCHAIN:-}" ] || SIGN+=(--keychain "$OIAASSIST_KEYCHAIN")
fi
ENTITLEMENTS=(--entitlements packaging/macos/entitlements.plist)
# (bash 3.2 and BSD tools: one path per line; the bundle's paths have no newlines)
while IFS= read -r file; do
    "${SIGN[@]}" "$file"
done < <(find "$APP/Contents" -type f ! -path "*/Contents/MacOS/*" -exec file {} + \
    | grep 'Mach-O' | sed 's/: .*//' | awk -F/ '{ print NF "\t" $0 }' | sort -rn | cut -f2-)
while IFS= read -r framework; do
    "${SIGN[@]}" "$framework"
done < <(find "$APP/Contents" -depth -type d -name "*.framework")
for program in "$APP"/Contents/MacOS/*; do
    "${SIGN[@]}" "${ENTITLEMENTS[@]}" "$program"
done
"${SIGN[@]}" "${ENTITLEMENTS[@]}" "$APP"
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
[ "$IDENTITY" = - ] || codesign --force --timestamp --sign "$IDENTITY" \
    ${OIAASSIST_KEYCHAIN:+--keychain "$OIAASSIST_KEYCHAIN"} "$DMG"

if [ -n "${OIAASSIST_NOTARY_PROFILE:-}" ]; then
    step "notarise"
    xcrun notarytool submit "$DMG" --keychain-profile "$OIAASSIST_NOTARY_PROFILE" \
        ${OIAASSIST_KEYCHAIN:+--keychain "$OIAASSIST_KEYCHAIN"} --wait
    xcrun stapler staple "$DMG"
fi

step "SHA256SUMS"
(cd "$DIST" && shasum -a 256 "$(basename "$DMG")" oiaassist-*.whl oiaassist-*.tar.gz >"SHA256SUMS-macos-$ARCH")
cat "$DIST/SHA256SUMS-macos-$ARCH"

step "done"
ls -l "$DMG"
du -sh "$APP"

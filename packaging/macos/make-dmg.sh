#!/usr/bin/env bash
# Make a drag-to-Applications disk image of an .app (packaging/macos/build.sh calls this):
#
#   packaging/macos/make-dmg.sh "dist/OIA Assist.app" dist/oiaassist-VERSION-macos-arm64.dmg
#
# With create-dmg (brew install create-dmg): a window with the app icon and an
# Applications link side by side. Without it: hdiutil, same contents, plain window.
set -euo pipefail

APP=${1:?usage: make-dmg.sh APP DMG}
DMG=${2:?usage: make-dmg.sh APP DMG}
NAME=$(basename "$APP" .app)
rm -f "$DMG"

if command -v create-dmg >/dev/null; then
    # create-dmg exits 2 when it could not set the window's looks (no GUI session,
    # e.g. on CI) but the image itself is fine.
    create-dmg \
        --volname "$NAME" \
        --window-size 560 320 \
        --icon-size 112 \
        --icon "$(basename "$APP")" 150 150 \
        --app-drop-link 410 150 \
        --hide-extension "$(basename "$APP")" \
        --no-internet-enable \
        "$DMG" "$APP" || [ $? -eq 2 ]
else
    STAGE=$(mktemp -d)
    trap 'rm -rf "$STAGE"' EXIT
    cp -R "$APP" "$STAGE/"
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname "$NAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
fi
[ -f "$DMG" ] || { echo "make-dmg: $DMG was not created" >&2; exit 1; }
echo "make-dmg: wrote $DMG"

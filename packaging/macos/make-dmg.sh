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
    # Without a GUI session (CI) Finder cannot be scripted to lay out the window:
    # --skip-jenkins skips that step. If the layout still fails, create-dmg 1.2
    # exits 64 (EX_USAGE, its code for an AppleScript failure), not 2; the image is then
    # accepted only if it exists and `hdiutil verify` passes.
    extra=()
    [ -z "${CI:-}" ] || extra+=(--skip-jenkins)
    status=0
    create-dmg ${extra[@]+"${extra[@]}"} \
        --volname "$NAME" \
        --window-size 560 320 \
        --icon-size 112 \
        --icon "$(basename "$APP")" 150 150 \
        --app-drop-link 410 150 \
        --hide-extension "$(basename "$APP")" \
        --no-internet-enable \
        "$DMG" "$APP" || status=$?
    if [ "$status" -ne 0 ]; then
        [ "$status" -eq 64 ] && [ -f "$DMG" ] && hdiutil verify "$DMG" \
            || { echo "make-dmg: create-dmg failed ($status)" >&2; exit 1; }
        echo "make-dmg: create-dmg could not style the window (exit 64); the image verifies"
    fi
else
    STAGE=$(mktemp -d)
    trap 'rm -rf "$STAGE"' EXIT
    cp -R "$APP" "$STAGE/"
    ln -s /Applications "$STAGE/Applications"
    hdiutil create -volname "$NAME" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
fi
[ -f "$DMG" ] || { echo "make-dmg: $DMG was not created" >&2; exit 1; }
echo "make-dmg: wrote $DMG"

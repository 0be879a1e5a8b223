#!/usr/bin/env bash
# Remove the build machine's library search paths from a PyInstaller bundle:
#
#   packaging/linux/strip-runpath.sh dist/oiaassist
#
# A Python built by pyenv links its extension modules and libpython with
# RUNPATH=/root/.pyenv/versions/X/lib. In the bundle that path means nothing
# (or, worse, loads another Python's libraries on a machine that has it), and
# lintian reports each one (custom-library-search-path). Entries relative to
# the library ($ORIGIN...) are the bundle's own layout (PySide6) and are kept;
# every other entry is dropped (patchelf). build-linux.sh runs this right after
# PyInstaller, so the bundle, the tarball and the .deb are all clean.
set -euo pipefail
BUNDLE=${1:?usage: strip-runpath.sh BUNDLE_DIR}
command -v patchelf >/dev/null || { echo "strip-runpath: patchelf is missing (install-build-deps.sh)" >&2; exit 1; }
changed=0
while IFS= read -r -d '' file; do
    [ "$(head -c 4 "$file" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    old=$(patchelf --print-rpath "$file" 2>/dev/null) || continue
    [ -n "$old" ] || continue
    keep=$(tr ':' '\n' <<<"$old" | grep '^\$ORIGIN' | paste -sd: || true)
    [ "$keep" != "$old" ] || continue
    if [ -n "$keep" ]; then
        patchelf --set-rpath "$keep" "$file"
    else
        patchelf --remove-rpath "$file"
    fi
    changed=$((changed + 1))
done < <(find "$BUNDLE" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
echo "strip-runpath: removed build-machine RUNPATH entries from $changed files"
left=$(find "$BUNDLE" -type f -name '*.so*' -exec sh -c 'patchelf --print-rpath "$1" 2>/dev/null' _ {} \; | tr ':' '\n' | grep -v -e '^$' -e '^\$ORIGIN' || true)
[ -z "$left" ] || { echo "strip-runpath: still there: $left" >&2; exit 1; }

#!/usr/bin/env bash
# Check the .deb with Debian's lintian, failing on any error or warning that
# packaging/linux/oiaassist.lintian-overrides does not override (with its reason):
#
#   packaging/linux/lint-deb.sh dist/oiaassist_*.deb      # .ci/run runs this
#
# Prints the overridden tags too (--show-overrides, "O:" lines), so a reader sees
# what is accepted. lintian takes about a minute on the bundle.
set -euo pipefail
DEB=${1:?usage: lint-deb.sh FILE.deb}
command -v lintian >/dev/null || { echo "lint-deb: lintian is missing (install-build-deps.sh)" >&2; exit 1; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
# --show-overrides prints the accepted tags as "O:" lines (with their reasons as "N:"), so
# the verdict is read from the output: any "E:" or "W:" line is a tag nobody accepted.
# lintian exits 2 for tags it was told to fail on (with --show-overrides, overridden
# ones count too) and 1 when it could not run at all.
lintian --tag-display-limit 0 --show-overrides -I "$DEB" >"$out" 2>&1 || status=$?
if [ "$status" -eq 1 ] || ! grep -q -E '^[EWIO]: ' "$out"; then
    cat "$out" >&2
    echo "lint-deb: lintian itself failed (exit $status)" >&2
    exit 1
fi
grep -E '^[EWIO]: ' "$out" | awk '{print $1, $3}' | sort | uniq -c | sed 's/^/lint-deb: /'
if grep -q -E '^[EW]: ' "$out"; then
    echo "lint-deb: FAIL: tags not overridden:" >&2
    grep -E '^[EW]: ' "$out" >&2
    exit 1
fi
if grep -q -E '^I: .* unused-override' "$out"; then
    echo "lint-deb: FAIL: an override no longer matches anything (remove it):" >&2
    grep -E '^I: .* unused-override' "$out" >&2
    exit 1
fi
echo "lint-deb: OK: no error or warning that is not overridden with a reason ($DEB)"

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
# lintian warns about running as root (CI containers do); that line is not a finding.
lintian --fail-on error,warning --tag-display-limit 0 --show-overrides "$DEB" >"$out" 2>&1 || status=$?
grep -E '^[EWIO]: ' "$out" | awk '{print $1, $3}' | sort | uniq -c | sed 's/^/lint-deb: /'
if [ "$status" -ne 0 ] || grep -q -E '^[EW]: ' "$out"; then
    echo "lint-deb: FAIL: tags not overridden:" >&2
    grep -E '^[EW]: ' "$out" >&2 || cat "$out" >&2
    exit 1
fi
echo "lint-deb: OK: no error or warning that is not overridden with a reason ($DEB)"

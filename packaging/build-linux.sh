#!/usr/bin/env bash
# Build every Linux deliverable of oiaassist into dist/, from a clean checkout:
#
#   packaging/build-linux.sh            # wheel + sdist, bundle, tarball, .deb, then smoke-test the bundle
#   packaging/build-linux.sh --no-test  # skip the bundle and tarball smoke tests
#
# Output (VERSION from the package metadata, i.e. oiaassist.__version__):
#   dist/oiaassist-VERSION-py3-none-any.whl, dist/oiaassist-VERSION.tar.gz   (wheel, sdist)
#   dist/oiaassist/                                   PyInstaller one-folder bundle
#   dist/oiaassist-VERSION-linux-x86_64.tar.xz        release tarball of the bundle
#   dist/oiaassist_VERSION-1_amd64.deb                Debian package (/opt/oiaassist)
#   dist/nz.oiaassist.oiaassist.metainfo.xml          the generated AppStream file
#   dist/packaging-report.json                        sizes, timings, what was left out
#   dist/SHA256SUMS                                   sha256sum of every release artefact above
#
# Needs Python >= 3.11 with its shared library, and the tools and Qt libraries
# that packaging/linux/install-build-deps.sh installs (as root) on Debian 12.
# The build environment is a venv of its own (build/venv-linux, or
# $OIAASSIST_BUILD_VENV) with oiaassist[gui] installed FROM THE BUILT WHEEL, so
# the bundle holds exactly what the wheel holds. Installing the .deb and
# running it (needs root): packaging/linux/smoke-test.sh deb dist/oiaassist_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

RUN_TESTS=1
for arg in "$@"; do
    case "$arg" in
    --no-test) RUN_TESTS=0 ;;
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "build-linux: unknown argument $arg (try --help)" >&2
        exit 2
        ;;
    esac
done

PYTHON=${PYTHON:-python3}
VENV=${OIAASSIST_BUILD_VENV:-build/venv-linux}
DIST=dist
TAR_XZ_LEVEL=${OIAASSIST_TAR_XZ_LEVEL:-6}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

START=$(date +%s)
TIMINGS=""
LAST=$START
step() {
    local now
    now=$(date +%s)
    [ -z "${STEP:-}" ] || TIMINGS="$TIMINGS\"$STEP\": $((now - LAST)), "
    LAST=$now
    STEP=$1
    printf '\n== build-linux: %s\n' "$1"
}

step "checking prerequisites"
"$PYTHON" -c 'import sys; assert sys.version_info >= (3, 11), sys.version' \
    || { echo "build-linux: $PYTHON is older than 3.11" >&2; exit 1; }
missing=""
for tool in dpkg-deb readelf objdump strip as ld icupkg ldd xz tar desktop-file-validate appstreamcli patchelf; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
    echo "build-linux: missing tools:$missing" >&2
    echo "build-linux: run packaging/linux/install-build-deps.sh as root (Debian 12)" >&2
    exit 1
fi

step "build environment ($VENV)"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
# Exact versions with their hashes (requirements/build.txt, refreshed by scripts/lock):
# build, hatchling and PyInstaller as well as everything the bundle ships.
"$VENV/bin/python" -m pip install --quiet --require-hashes --no-deps \
    --requirement requirements/build.txt

step "wheel and sdist (python -m build: sdist, then the wheel from the sdist)"
mkdir -p "$DIST"
rm -rf "$DIST"/oiaassist-*.whl "$DIST"/oiaassist-*.tar.gz "$DIST"/oiaassist "$DIST"/oiaassist-*-linux-*.tar.xz \
    "$DIST"/oiaassist_*.deb "$DIST"/*.metainfo.xml "$DIST"/packaging-report.json "$DIST"/SHA256SUMS
# --no-isolation: build with the locked hatchling, not whatever is newest today
"$VENV/bin/python" -m build --no-isolation --outdir "$DIST" . | tail -n 1
WHEEL=$(ls "$DIST"/oiaassist-*-py3-none-any.whl)
SDIST=$(ls "$DIST"/oiaassist-*.tar.gz)

step "install the wheel into the build environment ([gui,pdf] came from the lock; pypdf: the app reads PDF letters)"
"$VENV/bin/python" -m pip install --quiet --force-reinstall --no-deps "$WHEEL"
eval "$("$VENV/bin/python" packaging/tools/meta.py --shell)"
OIA_PYTHON=$VENV/bin/python # build-deb.sh draws the PNG icons and the licences file with it
export OIA_PYTHON OIA_NAME OIA_VERSION OIA_APP_ID OIA_DISPLAY_NAME OIA_SUMMARY OIA_MAINTAINER OIA_HOMEPAGE \
    OIA_SCREENSHOT_BASE OIA_RELEASE_DATE
echo "build-linux: oiaassist $OIA_VERSION"
if ! QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c 'from oiaassist.app import main' 2>/dev/null; then
    echo "build-linux: WARNING: the wheel has no oiaassist.app: the bundle and .deb will hold the" \
        "command line only, and the app checks will be skipped" >&2
fi

step "PyInstaller bundle (packaging/pyinstaller/oiaassist.spec)"
# The full log goes to build/pyinstaller.log. Shown here: the spec's own lines and the
# warnings, less the expected ones: "hidden import not found" for the pydantic.v1 and
# lxml.html modules lean.py excludes (their packages' hooks still name them).
mkdir -p build
if ! "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath build/pyinstaller packaging/pyinstaller/oiaassist.spec \
    >build/pyinstaller.log 2>&1; then
    cat build/pyinstaller.log >&2
    echo "build-linux: PyInstaller failed (log: build/pyinstaller.log)" >&2
    exit 1
fi
grep -v -E 'Hidden import "(pydantic\.v1|lxml\.html)[.a-zA-Z_0-9]*" not found' build/pyinstaller.log || true
BUNDLE="$DIST/oiaassist"
cp build/pyinstaller/oiaassist/lean-report.json "$DIST/lean-report.json"
for icu in "$BUNDLE"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    # The trimmed ICU data: Qt must answer as it does with the full data.
    [ ! -f "$icu" ] || "$VENV/bin/python" packaging/pyinstaller/trim_icu.py --check "$icu"
done

step "build-machine RUNPATHs out, licences in"
# pyenv's Python links libpython and its modules with RUNPATH=<its prefix>/lib.
packaging/linux/strip-runpath.sh "$BUNDLE"
cp LICENSE "$BUNDLE/LICENSE"
"$VENV/bin/python" packaging/tools/third_party_licenses.py "$BUNDLE"

if [ "$RUN_TESTS" = 1 ]; then
    step "smoke test: the bundle"
    EXPECT_VERSION=$OIA_VERSION packaging/linux/smoke-test.sh bundle "$BUNDLE"
fi

step "release tarball (xz -$TAR_XZ_LEVEL)"
TARBALL="$DIST/oiaassist-$OIA_VERSION-linux-$(uname -m).tar.xz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
    --transform "s|^oiaassist|oiaassist-$OIA_VERSION|S" -C "$DIST" -cf - oiaassist \
    | xz -T0 "-$TAR_XZ_LEVEL" >"$TARBALL"
echo "build-linux: wrote $TARBALL"
if [ "$RUN_TESTS" = 1 ]; then
    step "smoke test: the tarball (unpacked elsewhere)"
    EXPECT_VERSION=$OIA_VERSION packaging/linux/smoke-test.sh tarball "$TARBALL"
fi

step ".deb (packaging/linux/build-deb.sh)"
packaging/linux/build-deb.sh "$BUNDLE" "$DIST"
DEB=$(ls "$DIST"/oiaassist_*.deb)

step "report"
now=$(date +%s)
TIMINGS="$TIMINGS\"$STEP\": $((now - LAST)), \"total\": $((now - START))"
"$VENV/bin/python" benchmarks/bench_packaging.py --dist "$DIST" --timings "{${TIMINGS}}" \
    --json "$DIST/packaging-report.json"
# Release checksums: one file for every artefact a user downloads (verify: sha256sum -c SHA256SUMS).
(cd "$DIST" && sha256sum -- "$(basename "$WHEEL")" "$(basename "$SDIST")" "$(basename "$TARBALL")" \
    "$(basename "$DEB")" >SHA256SUMS)
echo
echo "build-linux: done in $((now - START)) s:"
ls -l "$WHEEL" "$SDIST" "$TARBALL" "$DEB" "$DIST/SHA256SUMS"
cat "$DIST/SHA256SUMS"

# Sourced by scripts/test, scripts/run and .ci/run: set up what oiaassist needs.
#
# ensure_venv: make the virtual environment $VENV and install oiaassist into it
# from a lock in requirements/ (exact versions, every file's SHA-256 checked),
# so a new upstream release cannot change what the tests or the app run on.
# Refresh the locks with scripts/lock. A stamp in the venv records what was
# installed (the lock and pyproject.toml); while neither changes, nothing is
# installed again and a command starts at once.
#
# ensure_qt_platform: make sure Qt's platform plugin can load on this machine
# (asked of the dynamic linker by python -m oiaassist.app.qt_platform, not
# kept as a hand-list); install what is missing with apt as root, or with sudo
# after saying what it will run, else print the one command that would.

PYTHON=${PYTHON:-python3}
VENV=${OIAASSIST_VENV:-.venv}

# What a venv installed from LOCK records in its stamp.
_stamp_for() { echo "$(cat "$1" pyproject.toml | sha256sum | cut -d' ' -f1) $1"; }

# ensure_venv LOCK [ALSO…]: the venv holds LOCK's packages plus oiaassist (editable);
# a venv already installed from one of the ALSO locks (a superset) is kept as it is.
ensure_venv() {
    local lock=$1 stamp want candidate
    stamp="$VENV/.oiaassist-installed"
    want=$(_stamp_for "$lock")
    if [ -f "$stamp" ] && [ -x "$VENV/bin/python" ]; then
        for candidate in "$@"; do
            [ "$(cat "$stamp")" = "$(_stamp_for "$candidate")" ] && return 0
        done
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        echo "$(basename "$0"): creating $VENV" >&2
        "$PYTHON" -m venv "$VENV" || {
            echo "$(basename "$0"): '$PYTHON -m venv' failed; on Debian or Ubuntu: sudo apt install python3-venv" >&2
            return 1
        }
    fi
    echo "$(basename "$0"): installing from $lock" >&2
    rm -f "$stamp"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --require-hashes --no-deps --requirement "$lock" || return 1
    # hatchling comes from the lock, so the editable build needs no isolated (unpinned) one
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-deps --no-build-isolation --editable . || return 1
    echo "$want" > "$stamp"
}

# ensure_qt_platform [PLATFORM]: true when Qt's PLATFORM plugin (default: the
# one Qt will use here) can load, after installing missing system libraries.
ensure_qt_platform() {
    local check=("$VENV/bin/python" -m oiaassist.app.qt_platform) packages
    [ -n "${1:-}" ] && check+=(--platform "$1")
    "${check[@]}" >/dev/null && return 0
    packages=$("${check[@]}" --packages | tr '\n' ' ') || true
    if [ -z "${packages// /}" ] || ! command -v apt-get >/dev/null; then
        "${check[@]}" >&2 || true
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null || [ ! -t 0 ]; then
            echo "$(basename "$0"): Qt needs system libraries that are not installed; install them with:" >&2
            echo "    sudo apt-get install $packages" >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "$(basename "$0"): Qt needs system libraries; running: ${sudo[*]:+${sudo[*]} }apt-get install $packages" >&2
    "${sudo[@]}" apt-get update -qq >&2 || true
    local known="" package
    for package in $packages; do  # a name derived from a library that apt does not know is left out
        if apt-cache show "$package" >/dev/null 2>&1; then known="$known $package"; else
            echo "$(basename "$0"): no package named $package here; find the one with that library" >&2
        fi
    done
    packages=$known
    # shellcheck disable=SC2086 # one word per package
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        $packages >&2 || true
    "${check[@]}" >&2
}

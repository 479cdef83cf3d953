# Sourced by scripts/app.sh and scripts/test.sh: make this checkout ready to run.
# - Debian packages Qt needs (installed when run as root with apt-get; otherwise listed);
# - a virtualenv in .venv with the project and its dev tools, refreshed when pyproject.toml changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Termscope needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
    exit 1
fi

# Qt offscreen (tests) needs these; a real window also needs the xcb ones.
QT_PACKAGES=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core)
# The export tests render PDF pages (poppler) and recalculate workbooks (LibreOffice Calc).
EXPORT_TEST_PACKAGES=(poppler-utils libreoffice-calc)
WINDOW_PACKAGES=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
                 libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0)

ensure_debian_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Debian packages: ${missing[*]}" >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        echo "Please install these Debian packages (as root): ${missing[*]}" >&2
    fi
}

ensure_virtualenv() {
    if [ ! -x .venv/bin/python ]; then
        echo "Creating the virtualenv in .venv" >&2
        "$PYTHON" -m venv .venv
    fi
    local stamp
    stamp="$(cat pyproject.toml | sha256sum | cut -d' ' -f1)"
    if [ "$(cat .venv/.termscope-installed 2>/dev/null)" != "$stamp" ]; then
        echo "Installing Termscope and its tools into .venv" >&2
        .venv/bin/python -m pip install -q --upgrade pip
        .venv/bin/python -m pip install -q -e ".[dev]"
        echo "$stamp" > .venv/.termscope-installed
    fi
}

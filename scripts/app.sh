#!/usr/bin/env bash
# Set up (Debian packages, virtualenv) and open the Termscope desktop app with the bundled
# contracts, sample scenarios and sample parameters. Extra arguments go to `main.py gui`.
source "$(dirname "$0")/setup.sh"
ensure_debian_packages "${QT_PACKAGES[@]}" "${WINDOW_PACKAGES[@]}"
ensure_virtualenv
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting on a virtual screen (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python main.py gui "$@"
fi
exec .venv/bin/python main.py gui "$@"

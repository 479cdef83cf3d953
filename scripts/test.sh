#!/usr/bin/env bash
# Set up (Debian packages, virtualenv) and run every check: lint, format, types, the import
# rules, the bundled contracts, and the test suite (GUI tests run offscreen).
source "$(dirname "$0")/setup.sh"
ensure_debian_packages "${QT_PACKAGES[@]}" "${EXPORT_TEST_PACKAGES[@]}"
ensure_virtualenv
export QT_QPA_PLATFORM=offscreen
step() { echo "== $*" >&2; }
step "ruff";            .venv/bin/ruff check .
step "ruff format";     .venv/bin/ruff format --check --quiet .
step "mypy";            .venv/bin/mypy .
step "import rules";    .venv/bin/lint-imports --no-cache
step "contracts";       .venv/bin/python main.py validate contracts/
step "pytest";          .venv/bin/python -m pytest -q "$@"

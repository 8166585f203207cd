#!/usr/bin/env bash
# Set up a fresh Debian machine for chitieu: a virtualenv in .venv with the locked
# dependencies and chitieu itself. Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "chitieu needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))" >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  if ! "$PYTHON" -m venv .venv 2>/dev/null; then
    # Debian ships venv separately.
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null
      rm -rf .venv && "$PYTHON" -m venv .venv
    else
      echo "python3 -m venv failed: install python3-venv" >&2
      exit 1
    fi
  fi
fi

# The lock file pins every package with its hash; the stamp skips the install when unchanged.
stamp=.venv/.chitieu-lock
if [ ! -f "$stamp" ] || ! cmp -s requirements/dev.lock "$stamp"; then
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install -q --disable-pip-version-check --require-hashes -r requirements/dev.lock
  cp requirements/dev.lock "$stamp"
fi
.venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e . 2>/dev/null \
  || .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .

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

pip() {
  # Some machines point pip at local mirrors that may be absent; those warnings are noise.
  .venv/bin/python -m pip -q --disable-pip-version-check "$@" 2> >(grep -v "is ignored: it is neither" >&2)
}

# The lock file pins every package with its hash; the stamp skips the install when unchanged.
stamp=.venv/.chitieu-lock
if [ ! -f "$stamp" ] || ! cmp -s requirements/dev.lock "$stamp"; then
  pip install --upgrade pip
  pip install --require-hashes -r requirements/dev.lock
  cp requirements/dev.lock "$stamp"
fi
pip install --no-deps -e .
.venv/bin/python -m chitieu.web.i18n

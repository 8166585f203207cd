#!/usr/bin/env bash
# Set up, then run every check and test: lint, format, types, the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== ruff ==" && .venv/bin/ruff check src tests bench scripts
echo "== ruff format ==" && .venv/bin/ruff format --check src tests bench scripts
echo "== mypy --strict ==" && .venv/bin/mypy
echo "== pytest ==" && .venv/bin/pytest -n 2 -q "$@"

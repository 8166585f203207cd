#!/usr/bin/env bash
# Set up, then run every check and test: lint, format, types, migrations, then the whole
# test suite twice: on SQLite (the embedded default) and on a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup-system.sh test  # the application's packages, and the tests' own
export CHITIEU_DATA_DIR=${CHITIEU_DATA_DIR:-$(mktemp -d /tmp/chitieu-data.XXXXXX)}
echo "== ruff ==" && .venv/bin/ruff check src tests bench scripts
echo "== ruff format ==" && .venv/bin/ruff format --check src tests bench scripts
echo "== mypy --strict ==" && .venv/bin/mypy
echo "== migrations are up to date ==" && .venv/bin/chitieu manage makemigrations --check --dry-run
echo "== pytest on SQLite ==" && .venv/bin/pytest -n 2 --dist loadfile -q "$@"
echo "== pytest on PostgreSQL ==" && bash scripts/with-postgres.sh .venv/bin/pytest -n 2 --dist loadfile -q "$@"

#!/usr/bin/env bash
# The main job on the embedded default: set up (Python packages, and the Debian packages the
# application needs: scripts/setup-system.sh demo), then run the web application on SQLite with
# the Lạng Sơn demo (the Resolution of the 17th Provincial Party Congress, 2020–2025, its
# illustrative figures, the province's units and agencies, one login per role).
# HOST and PORT choose where it listens (default 127.0.0.1:8000). It answers to localhost
# and to HOST; with HOST=0.0.0.0, reach it from another machine by listing the name or
# address used in CHITIEU_ALLOWED_HOSTS (e.g. CHITIEU_ALLOWED_HOSTS=localhost,192.168.1.5).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/setup-system.sh demo  # pango, harfbuzz and the fonts of the PDF review documents
exec .venv/bin/chitieu serve --demo --host "${HOST:-127.0.0.1}" --port "${PORT:-8000}"

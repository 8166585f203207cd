#!/usr/bin/env bash
# The main job on the embedded default: set up, then evaluate the bundled Lạng Sơn plan
# (Resolution of the 17th Provincial Party Congress, 2020–2025) with its demo figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== Mid-term: what was known at the 9-month review of 2023 =="
.venv/bin/chitieu evaluate langson-xvii langson-xvii --as-of 2023-10-15
echo
echo "== End of term: the latest figures =="
.venv/bin/chitieu evaluate langson-xvii langson-xvii

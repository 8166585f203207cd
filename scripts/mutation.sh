#!/usr/bin/env bash
# Mutation testing of the pure core with mutmut: change the code on purpose (a < for a <=,
# a 1 for a 2, a dropped line) and check that a test fails. A mutant that no test notices
# ("survived") is a rule the tests do not pin down. Too slow for the test command: run it by
# hand, after scripts/setup.sh, e.g.
#   bash scripts/mutation.sh                       # the whole core (hours on two cores)
#   bash scripts/mutation.sh vnnumbers.py figures/vintages.py evaluation/statuses.py
# Modules are named under src/chitieu/ (a folder takes all its modules). What is mutated
# and which tests run is set in pyproject.toml, [tool.mutmut]: only the core's own fast
# tests (no Django, no browser, no fuzzing). JOBS (default 1) tests mutants in parallel;
# VENV names the virtualenv (default .venv). The last line is the summary docs/architecture.md
# quotes; `.venv/bin/mutmut show NAME` shows one survivor's change.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
if [ ! -x "$BIN/mutmut" ]; then
  echo "mutmut is missing from ${VENV:-.venv}: run scripts/setup.sh first" >&2
  exit 1
fi

patterns=()
for module in "$@"; do
  name=${module#src/}
  name=${name#chitieu/}
  name=${name%.py}
  name=${name%/}
  if [ ! -e "src/chitieu/$name.py" ] && [ ! -d "src/chitieu/$name" ]; then
    echo "no module src/chitieu/$name(.py)" >&2
    exit 2
  fi
  patterns+=("chitieu.${name//\//.}.*")
done

# The tests read the shared seeds beside the project; mutmut runs them from a copy in mutants/.
export CHITIEU_SEEDS=${CHITIEU_SEEDS:-$(cd .. && pwd)/shared/seeds}
# Start from the current source: mutmut keeps results of unchanged code in mutants/.
nice "$BIN/mutmut" run --max-children "${JOBS:-1}" "${patterns[@]}" || true

# Count this run's modules (or the whole core) by status.
if [ ${#patterns[@]} -eq 0 ]; then patterns=("chitieu.*"); fi
"$BIN/mutmut" results --all true | "$BIN/python" -c '
import fnmatch, sys
from collections import Counter
patterns = sys.argv[1:]
counts = Counter()
for line in sys.stdin:
    name, _, status = line.strip().rpartition(": ")
    if any(fnmatch.fnmatch(name, p) for p in patterns):
        counts[status] += 1
total = sum(counts.values())
others = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()) if s not in ("killed", "survived"))
scope = " ".join(p.removesuffix(".*") for p in patterns)
killed, survived = counts["killed"], counts["survived"]
print(f"mutation: {total} mutants of {scope}: {killed} killed, {survived} survived"
      + (f", {others}" if others else ""))
sys.exit(1 if total == 0 else 0)
' "${patterns[@]}"

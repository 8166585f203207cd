"""The shared seeds beside the project (../shared/seeds): the Lạng Sơn resolution and the
congress documents. CI always has them, so a missing seed is a failure, never a skip.

CHITIEU_SEEDS names another folder: mutation testing runs the tests from a copy of the
project (mutants/), which has no ../shared beside it."""

from __future__ import annotations

import os
from pathlib import Path

SEEDS = Path(
    os.environ.get("CHITIEU_SEEDS") or Path(__file__).resolve().parents[2] / "shared" / "seeds"
)


def seed(pattern: str) -> Path:
    """The one seed file matching ``pattern`` (e.g. "004_*.txt"); fails when it is missing."""
    found = sorted(SEEDS.glob(pattern))
    assert len(found) == 1, f"expected one seed {pattern} in {SEEDS}, found {len(found)}"
    return found[0]

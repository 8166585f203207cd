"""A large, valid figures file for the demo plan: its own figures and as many more vintages
of one figure as asked (each a later report), for the tests of large imports."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from chitieu.targets.planfile import bundled_plan_path

STAGES = ("estimate", "preliminary", "official")


def big_figures(path: Path, lines: int) -> Path:
    """Write the demo's figures grown to ``lines`` lines (its 364 first) at ``path``."""
    demo = bundled_plan_path("langson-xvii").with_suffix(".figures.csv")
    own = demo.read_text(encoding="utf-8").splitlines()
    extra = (
        f"grdp-growth,2021,6.51,{STAGES[i % 3]},{date(2026, 4, 1) + timedelta(i // 3)},20,copy"
        for i in range(lines - len(own))
    )
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(own) + "\n")
        out.writelines(line + "\n" for line in extra)
    return path

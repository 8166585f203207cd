"""Reading a figures file in the reader's child process while telling the job how far it
got: the line (or row) reached is written to a small file the job polls. Imports no
Django (it runs in :func:`chitieu.web.bounded.run_bounded`'s child)."""

from __future__ import annotations

from pathlib import Path

from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.targets.model import Plan

EVERY = 1000  # rows between two writes of the counter


def read_figures_counted(path: str, plan: Plan, counter: str) -> list[Figure]:
    with Path(counter).open("w") as out:

        def told(line: int) -> None:
            if line % EVERY == 0:
                out.seek(0)
                out.write(f"{line:>20}")
                out.flush()

        return read_figures(path, plan, progress=told)


def lines_read(counter: Path) -> int:
    """The last line the child said it reached (0 before it said anything)."""
    try:
        return int(counter.read_text().strip() or 0)
    except (OSError, ValueError):
        return 0

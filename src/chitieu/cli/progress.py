"""A progress bar on the terminal (tqdm, on stderr) while a large figures file is read.

Shown on a terminal, or when asked with --progress; never in a pipe unless asked, so
``--format json`` output and scripts are untouched. Imports nothing from the command group:
the commands hand it their texts, already in the command's language.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from chitieu.figures.model import Figure
from chitieu.figures.reading import read_figures
from chitieu.targets.model import Plan

EVERY = 1000  # rows between two moves of the bar
F = TypeVar("F", bound=Callable[..., Any])


def progress_option(func: F) -> F:
    option = click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar while the figures are read (default: on a terminal).",
    )
    return option(func)


def lines_of(path: Path) -> int | None:
    """How many lines a CSV file has (None for Parquet or a file that cannot be read)."""
    if path.suffix.lower() not in (".csv", ".txt"):
        return None
    try:
        with path.open("rb") as f:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
    except OSError:
        return None  # the reader reports it, in the user's language


def read_figures_shown(
    path: Path, plan: Plan, numbers: str | None, show: bool | None, texts: tuple[str, str]
) -> list[Figure]:
    """Read the figures file, with a bar when ``show`` (None: when stderr is a terminal);
    ``texts`` are the bar's description and its unit (lines)."""
    if not (sys.stderr.isatty() if show is None else show):
        return read_figures(path, plan, numbers)
    from tqdm import tqdm

    total = lines_of(path)
    description, unit = texts
    with tqdm(total=total, desc=description, unit=f" {unit}", file=sys.stderr) as bar:

        def told(line: int) -> None:
            if line % EVERY == 0:
                bar.update(line - bar.n)

        figures = read_figures(path, plan, numbers, progress=told)
        bar.update((total or bar.n) - bar.n)
    return figures

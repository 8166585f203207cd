"""`chitieu evaluate` and `chitieu report` show how far the reading of a large figures file
got, on stderr, in the command's language; the results on stdout are the same with or
without the bar, and a pipe gets no bar unless it asks for one."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main
from chitieu.targets.planfile import bundled_plan_path
from tests.bigfigures import big_figures

PLAN = str(bundled_plan_path("langson-xvii"))


def _big_figures(tmp_path: Path) -> Path:
    return big_figures(tmp_path / "big.figures.csv", 5_000)  # the bar moves each thousand


def test_it_shows_the_lines_read_on_stderr_and_the_same_results(tmp_path: Path) -> None:
    figures = str(_big_figures(tmp_path))
    args = ["evaluate", PLAN, figures, "--as-of", "31/3/2026", "--format", "json"]
    shown = CliRunner().invoke(main, [*args, "--progress"])
    plain = CliRunner().invoke(main, args)
    assert shown.exit_code == 0 and plain.exit_code == 0
    assert json.loads(shown.stdout) == json.loads(plain.stdout)
    # 5.000 lines in the file; the bar ends at all of them
    assert "Đang đọc số liệu: 100%" in shown.stderr and "| 5000/5000 [" in shown.stderr
    assert "dòng/s]" in shown.stderr
    assert plain.stderr == ""  # not a terminal, not asked: no bar


def test_it_speaks_the_commands_language(tmp_path: Path) -> None:
    out = tmp_path / "review.docx"
    figures = str(_big_figures(tmp_path))
    r = CliRunner().invoke(
        main,
        ["report", PLAN, figures, "--period", "2025", "-o", str(out), "--lang", "en", "--progress"],
    )
    assert r.exit_code == 0, r.stderr
    assert "Reading the figures: 100%" in r.stderr and "| 5000/5000 [" in r.stderr
    assert "lines/s]" in r.stderr
    assert out.stat().st_size > 0

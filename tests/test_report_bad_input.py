"""Bad input gives one clear line, exit code 2 and no file."""

from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main
from tests.reportkit import run_report


def _refused(out: Path, *args: str) -> str:
    code, err = run_report(*args, "-o", str(out), "--lang", "en")
    assert code == 2
    assert not out.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def test_it_refuses_an_unknown_period(tmp_path: Path):
    line = _refused(tmp_path / "r.docx", "--period", "2023-S1")
    assert line.startswith("--period: “2023-S1” is not a period")


def test_it_refuses_a_period_outside_the_term(tmp_path: Path):
    line = _refused(tmp_path / "r.pdf", "--period", "2019")
    assert line == "--period: 2019 is outside the term 2021–2025 of the plan langson-xvii"


def test_it_refuses_a_term_that_is_not_the_plans(tmp_path: Path):
    line = _refused(tmp_path / "r.pdf", "--period", "2020/2025", "--kind", "final")
    assert "is not the term 2021–2025" in line


def test_it_refuses_a_plan_with_no_figures(tmp_path: Path):
    empty = tmp_path / "empty.csv"
    empty.write_text("metric,period,value,stage,as_of\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    result = CliRunner().invoke(
        main,
        ["report", "langson-xvii", str(empty), "--period", "2023", "-o", str(out), "--lang", "en"],
    )
    code, err = result.exit_code, result.stderr
    assert code == 2 and not out.exists()
    assert err.strip() == f"{empty}: there are no figures for the plan langson-xvii"


def test_it_refuses_a_date_before_any_figure(tmp_path: Path):
    line = _refused(tmp_path / "r.docx", "--period", "2023", "--as-of", "2021-01-01")
    assert "no figure of the plan langson-xvii up to 2023 was known on 1/1/2021" in line


def test_it_says_when_the_output_cannot_be_written(tmp_path: Path):
    out = tmp_path / "missing" / "r.pdf"
    line = _refused(out, "--period", "2023")
    assert line == f"{out}: cannot write the report: No such file or directory"
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    line = _refused(blocker / "r.docx", "--period", "2023")
    assert line == f"{blocker / 'r.docx'}: cannot write the report: Not a directory"


def test_it_asks_for_a_format_it_cannot_guess(tmp_path: Path):
    line = _refused(tmp_path / "r.txt", "--period", "2023")
    assert "give --format docx|xlsx|pdf" in line

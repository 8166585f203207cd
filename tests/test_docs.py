"""The documentation is tested against the code: help texts, examples and documented files."""

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chitieu.cli import main

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
COMMANDS = [
    [],
    ["evaluate"],
    ["read"],
    ["report"],
    ["export"],
    ["import"],
    ["plan"],
    ["plan", "check"],
    ["plan", "show"],
    ["serve"],
    ["worker"],
    ["units", "list"],
    ["units", "lineage"],
    ["election", "count"],
    ["election", "next-round"],
    ["consult", "summary"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "chitieu")
def test_cli_reference_shows_the_real_help(command: list[str]):
    # Click wraps help at the terminal width; 80 columns is what the reference shows.
    help_text = (
        CliRunner()
        .invoke(main, [*command, "--help"], prog_name="chitieu", terminal_width=80)
        .stdout
    )
    block = "$ " + " ".join(["chitieu", *command, "--help"]) + "\n" + help_text
    assert block.strip() in (DOCS / "cli.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert all(f"## `chitieu {' '.join(c)}`" in text for c in COMMANDS if c and c != ["plan"])


def test_the_example_plan_and_figures_evaluate():
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            str(DOCS / "examples" / "vidu.yaml"),
            str(DOCS / "examples" / "vidu.figures.csv"),
        ],
    )
    assert result.exit_code == 0, result.stderr


def test_readme_links_point_to_files_that_exist():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)#]+)\)", readme)
    assert links and all((ROOT / link).exists() for link in links)


def test_readme_gives_exactly_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "bash scripts/demo.sh" in readme and "bash scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_election_example_counts_as_the_docs_show(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(DOCS / "examples")
    args = ["election", "count", "bau-chi-uy.yaml", "phieu.csv", "--lang", "vi"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    block = "$ chitieu election count bau-chi-uy.yaml phieu.csv\n" + result.stdout
    assert block in (DOCS / "elections.md").read_text(encoding="utf-8")

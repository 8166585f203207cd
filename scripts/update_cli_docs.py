"""Rewrite the --help blocks of docs/cli.md from the code (tests/test_docs.py checks them).

Run: .venv/bin/python scripts/update_cli_docs.py
"""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main

COMMANDS = [
    [],
    ["evaluate"],
    ["read"],
    ["report"],
    ["plan"],
    ["plan", "check"],
    ["plan", "show"],
    ["serve"],
    ["worker"],
    ["units", "list"],
    ["units", "lineage"],
    ["election", "count"],
    ["election", "next-round"],
]
DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def help_block(command: list[str]) -> str:
    text = CliRunner().invoke(main, [*command, "--help"], prog_name="chitieu", terminal_width=80)
    return "$ " + " ".join(["chitieu", *command, "--help"]) + "\n" + text.stdout.rstrip("\n")


def main_() -> None:
    doc = DOCS.read_text(encoding="utf-8")
    for command in COMMANDS:
        block = help_block(command)
        head = block.splitlines()[0]
        pattern = re.compile(re.escape(head) + r"\n.*?(?=\n```)", re.S)
        if not pattern.search(doc):
            raise SystemExit(f"docs/cli.md has no block starting with '{head}': add one")
        doc = pattern.sub(lambda _, block=block: block, doc, count=1)
    DOCS.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main_()

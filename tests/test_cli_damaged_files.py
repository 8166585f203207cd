"""Every command given a damaged or hostile file exits 2 with a line naming the file, never
a traceback and exit 1 (issue 10; docs/cli.md, exit codes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from chitieu.cli import main
from chitieu.targets.planfile import bundled_plan_path

DAMAGED = Path(__file__).resolve().parent / "data" / "damaged"
PLAN = str(bundled_plan_path("langson-xvii"))
BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n" for i in range(8)
)


def write(tmp_path: Path, name: str, content: bytes | str) -> str:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


CASES = {
    "a Word file that is no zip": (["read", "{f}"], "nq.docx", b"PK\x03\x04 not really"),
    "UTF-16 that does not decode": (["read", "{f}"], "nq.txt", b"\xff\xfeC\x00\x00\xd8"),
    "UTF-16 without its mark": (["read", "{f}"], "nq.txt", "Cac chi tieu".encode("utf-16-le")),
    "a PDF pypdf cannot decode": (
        ["read", "{f}"],
        "nq.pdf",
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/Contents 4 0 R>>endobj\n"
        b"4 0 obj<</Length 5/Filter/NoSuchDecode>>stream\nhello\nendstream endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF",
    ),
    "a plan of YAML aliases": (["plan", "check", "{f}"], "ke-hoach.yaml", BOMB),
    "a plan nested without end": (["plan", "check", "{f}"], "ke-hoach.json", "[" * 50_000),
    "a figures file with a broken header": (
        ["evaluate", PLAN, "{f}"],
        "so-lieu.csv",
        'metric,"period,value,stage,as_of\n',
    ),
    "a Parquet file polars panics on": (
        ["evaluate", PLAN, "{f}"],
        "so-lieu.parquet",
        (DAMAGED / "polars-panic.parquet").read_bytes(),
    ),
    "a units file not in UTF-8": (
        ["units", "list", "--on", "2025-07-01", "--units", "{f}"],
        "don-vi.yaml",
        "units:\n  - {code: T01, name: Xã Tân}\n".encode("latin-1"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_it_exits_2_naming_the_file(tmp_path: Path, case: str) -> None:
    args, name, content = CASES[case]
    path = write(tmp_path, name, content)
    result = CliRunner().invoke(main, [a.replace("{f}", path) for a in args])
    assert result.exit_code == 2, result.output
    assert name in result.stderr.splitlines()[0], result.stderr  # (units files by name)
    assert "Traceback" not in result.output

"""On the command line too, the summary report's issuing body is not fixed: `--issuer`,
once per line, replaces "TIỂU BAN VĂN KIỆN" in the .docx header (in capitals, the last
line bold); without it the subcommittee stays."""

from __future__ import annotations

from pathlib import Path

import docx
from click.testing import CliRunner

from chitieu.cli import main
from tests.consultkit import write_round


def _header(tmp_path: Path, *more: str) -> str:
    files = write_round(tmp_path)
    out = tmp_path / "tong-hop.docx"
    args = ["consult", "summary", str(files["draft"]), "--units", str(files["units"])]
    result = CliRunner().invoke(main, [*args, "-o", str(out), "--lang", "vi", *more])
    assert result.exit_code == 0, result.stderr
    return str(docx.Document(str(out)).tables[0].rows[0].cells[0].text)


def test_it_keeps_the_subcommittee_by_default(tmp_path: Path) -> None:
    assert _header(tmp_path).startswith("TIỂU BAN VĂN KIỆN\n*\nSố")


def test_it_prints_the_issuer_given_a_line_each(tmp_path: Path) -> None:
    lines = ["--issuer", "Đảng bộ tỉnh Lạng Sơn", "--issuer", "Tiểu ban Văn kiện Đại hội"]
    head = _header(tmp_path, *lines)
    assert head.startswith("ĐẢNG BỘ TỈNH LẠNG SƠN\nTIỂU BAN VĂN KIỆN ĐẠI HỘI\n*\nSố")

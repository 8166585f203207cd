"""``chitieu consult summary`` sums up a round offline: the JSON of every part's comments,
the unplaced ones and the units, with ``--units`` naming every unit consulted (or the Word
files' authors without it); the summary report written with ``-o``; exit 2, nothing
written, when a reply is refused."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from click.testing import CliRunner
from openpyxl import load_workbook

from chitieu.cli import main
from tests.consultkit import (
    CAO_LOC,
    DONG_KINH,
    GROWTH,
    SO_KH,
    TAN_THANH,
    TUYEN_GIAO,
    write_reply,
    write_round,
)


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["consult", "summary", *args, "--lang", "vi"])
    return result.exit_code, result.stdout, result.stderr


def test_it_prints_the_round_as_json(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    code, out, err = _run(str(files["draft"]), "--units", str(files["units"]))
    assert code == 0, err
    data = json.loads(out)
    assert data["units"] == {
        "replied": [TAN_THANH, SO_KH, DONG_KINH, TUYEN_GIAO],
        "missing": [CAO_LOC],
    }
    growth = next(p for p in data["parts"] if p["ref"] == "Phần II, mục 2, đoạn 2")
    assert growth == {
        "ref": "Phần II, mục 2, đoạn 2",
        "text": "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.",
        "comments": [
            {
                "unit": TAN_THANH,
                "kind": "target_value",
                "text": "Đề nghị chỉ tiêu: 7,5%; kinh tế còn nhiều khó khăn",
                "proposed": "7.5",
            },
            {
                "unit": SO_KH,
                "kind": "target_value",
                "text": "Đề nghị chỉ tiêu: 7,5",
                "proposed": "7.5",
            },
        ],
    }
    assert [p["ref"] for p in data["parts"]] == [
        "Phần I, đoạn 1",
        "Phần II, mục 1, đoạn 1",
        "Phần II, mục 2, đoạn 2",
        "Phần II, mục 2, đoạn 6",
        "Phần III, mục 1.1, đoạn 1",
        "Phần III, mục 1.1, điểm a, đoạn 1",
    ]
    assert data["unplaced"] == [
        {
            "unit": SO_KH,
            "text": "Bổ sung giải pháp thu hút đầu tư.",
            "anchor": "Ý kiến của Sở về thu hút đầu tư.",
        }
    ]


def test_without_units_a_reply_is_its_authors(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    code, out, err = _run(str(files["draft"]), str(files["dong-kinh"]), str(files["so-kh"]))
    assert code == 0, err
    assert json.loads(out)["units"] == {"replied": [DONG_KINH, SO_KH], "missing": []}


def test_it_writes_the_summary_report(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    for suffix in ("docx", "xlsx"):
        out = tmp_path / f"tong-hop.{suffix}"
        code, _, err = _run(str(files["draft"]), "--units", str(files["units"]), "-o", str(out))
        assert code == 0, err
    text = [p.text for p in docx.Document(str(tmp_path / "tong-hop.docx")).paragraphs]
    assert "Các đơn vị chưa gửi ý kiến: Huyện ủy Cao Lộc." in text
    book = load_workbook(tmp_path / "tong-hop.xlsx")
    assert book["Đơn vị"]["B6"].value == CAO_LOC and book["Đơn vị"]["C6"].value == "Chưa"


def test_a_refused_reply_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    bad = write_reply(tmp_path / "xa-y.docx", "Xã Y", [(GROWTH, "Đề nghị chỉ tiêu: nhiều")])
    out = tmp_path / "tong-hop.docx"
    code, _, err = _run(str(files["draft"]), str(files["so-kh"]), str(bad), "-o", str(out))
    assert code == 2
    assert err.splitlines() == [
        f"{bad}: ý kiến thứ 1 (tại “Phần II, mục 2, đoạn 2”): giá trị đề nghị không phải là "
        "số: “nhiều” không phải là số viết kiểu Việt Nam (1.234,5)"
    ]
    assert not out.exists()


def test_a_units_file_without_its_columns_exits_2(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    units = tmp_path / "units.csv"
    units.write_text("don_vi,tep\nXã X,x.docx\n", encoding="utf-8")
    code, _, err = _run(str(files["draft"]), "--units", str(units))
    assert code == 2
    assert err.strip() == f"{units}:1: tệp danh sách đơn vị cần có các cột “unit” và “file”"


def test_a_document_needs_a_file_to_go_to(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    code, _, err = _run(str(files["draft"]), "--format", "docx")
    assert code == 2 and "--format" in err

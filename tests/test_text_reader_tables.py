"""A table of targets beside the previous term's results, flattened to text, typed in Word
or saved from a web page, is read from its target column: the past results are never the
target (issue 14)."""

from __future__ import annotations

from pathlib import Path

from chitieu.textread.reader import read_resolution, read_resolution_file
from tests.textread_cases import to_docx

TABLE = (
    "NGHỊ QUYẾT\n"
    "Đại hội đại biểu Đảng bộ huyện Thanh Hà lần thứ XXV, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu:\n"
    "| STT | Chỉ tiêu | Đơn vị | Thực hiện 2020 | Mục tiêu 2025 |\n"
    "| 1 | Tỷ lệ hộ nghèo | % | 4,2 | 1,5 |\n"
    "| 2 | Thu nhập bình quân đầu người | triệu đồng | 44,5 | 70 |\n"
    "| 3 | Tỷ lệ che phủ rừng | % | 40 | 45 |\n"
)
WANT = [
    ("Tỷ lệ hộ nghèo", "<=", None, "1.5", "%"),
    ("Thu nhập bình quân đầu người", ">=", "70", None, "triệu đồng"),
    ("Tỷ lệ che phủ rừng", ">=", "45", None, "%"),
]


def measures(plan: dict) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (m["name"], m["comparator"], m.get("low"), m.get("high"), m["unit"])
        for t in plan["targets"]
        for m in t["metrics"]
    ]


def test_a_table_typed_as_text_is_read_from_its_target_column():
    assert measures(read_resolution(TABLE).plan) == WANT


def test_a_word_table_is_read_from_its_target_column(tmp_path: Path):
    path = to_docx(TABLE, tmp_path / "nq.docx")
    assert measures(read_resolution_file(str(path))[1].plan) == WANT


def test_a_web_page_table_is_read_from_its_target_column(tmp_path: Path):
    rows = [line.strip("|").split("|") for line in TABLE.splitlines()[3:]]
    cells = "".join("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in r) + "</tr>" for r in rows)
    page = (
        "<html><body><p>NGHỊ QUYẾT</p><p>Đại hội đại biểu Đảng bộ huyện Thanh Hà lần thứ XXV, "
        "nhiệm kỳ 2020 - 2025</p><p>Các chỉ tiêu chủ yếu:</p>"
        f"<table>{cells}</table></body></html>"
    )
    path = tmp_path / "nq.html"
    path.write_text(page, encoding="utf-8")
    assert measures(read_resolution_file(str(path))[1].plan) == WANT


def test_a_unit_column_in_title_case_gives_units_in_lower_case():
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2021 - 2025\n"
        "| STT | Chỉ tiêu | Đơn vị tính | Thực hiện 2020 | Mục tiêu 2025 |\n"
        "| 1 | GRDP bình quân đầu người | USD | 3.600 | 6.000 |\n"
        "| 2 | Số bác sĩ/vạn dân | Bác sĩ | 8,5 | 11 |\n"
        "| 3 | Thu nhập bình quân | Triệu đồng | 40 | 60 |\n"
    )
    plan = read_resolution(text).plan
    got = [(m["low"], m["unit"]) for t in plan["targets"] for m in t["metrics"]]
    assert got == [("6000", "USD"), ("11", "bác sĩ/vạn dân"), ("60", "triệu đồng")]

"""The summary report "Báo cáo tổng hợp ý kiến", read back as a user opens it: in Word,
the Party's header block, the units consulted and those that replied, each part's
comments with their units and the drafting team's answers, the unplaced comments and the
table of proposed target values; in Excel, the same on three sheets, a unit's comment
that starts like a formula kept as text."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import docx
from openpyxl import load_workbook

from chitieu.consultation.consolidate import Consolidation, Decision, Response, consolidate
from chitieu.consultation.draft import read_draft
from chitieu.consultation.replies import read_reply
from chitieu.consultation.summary import Options
from chitieu.consultation.summary_docx import render_docx
from chitieu.consultation.summary_xlsx import render_xlsx
from tests.consultkit import (
    CAO_LOC,
    DONG_KINH,
    SO_KH,
    TAN_THANH,
    TUYEN_GIAO,
    write_reply,
    write_round,
)

OPTIONS = Options(lang="vi", issued=date(2025, 5, 20), place="Lạng Sơn")
NEW_GROWTH = "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7,5%/năm."


def _answered(tmp_path: Path) -> Consolidation:
    files = write_round(tmp_path)
    draft = read_draft(files["draft"])
    names = ("tan-thanh", "so-kh", "dong-kinh", "tuyen-giao")
    replies = [read_reply(files[n], draft) for n in names]
    by_unit = {r.unit: r for r in replies}
    on = {(c.unit, c.part): c for r in replies for c in r.comments}
    growth_a, growth_b = on[TAN_THANH, "II/2/p2"], on[SO_KH, "II/2/p2"]
    training = on[DONG_KINH, "II/2/p6"]
    responses = {
        growth_a.id: Response(Decision.ACCEPTED),
        growth_b.id: Response(Decision.ACCEPTED),
        training.id: Response(Decision.NOT_ACCEPTED, "75% đã sát khả năng thực hiện."),
        by_unit[SO_KH].unplaced[0].id: Response(Decision.EXPLAINED, "Đã có ở Phần III."),
    }
    units = [TAN_THANH, SO_KH, DONG_KINH, TUYEN_GIAO, CAO_LOC]
    return consolidate(draft, replies, units, responses, {"II/2/p2": NEW_GROWTH})


def test_the_word_report_reads_back(tmp_path: Path) -> None:
    document = docx.Document(io.BytesIO(render_docx(_answered(tmp_path), OPTIONS)))
    head = [cell.text for cell in document.tables[0].rows[0].cells]
    assert head[0].startswith("TIỂU BAN VĂN KIỆN\n*\nSố")
    assert head[1] == "ĐẢNG CỘNG SẢN VIỆT NAM\nLạng Sơn, ngày 20 tháng 5 năm 2025"
    text = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in text
    assert "Dự thảo đã được gửi xin ý kiến 5 đơn vị; 4 đơn vị đã gửi ý kiến." in text
    assert "Các đơn vị chưa gửi ý kiến: Huyện ủy Cao Lộc." in text
    at = text.index("3. Phần II, mục 2, đoạn 2")
    assert text[at + 1 : at + 9] == [
        "Dự thảo: “(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.”",
        "2 đơn vị có ý kiến: 0 đồng ý, 2 đề nghị sửa đổi.",
        "- Đảng ủy xã Tân Thành, Sở Kế hoạch và Đầu tư: Đề nghị chỉ tiêu: 7,5",
        "+ Đảng ủy xã Tân Thành: Đề nghị chỉ tiêu: 7,5%; kinh tế còn nhiều khó khăn",
        "Ý kiến của Ban soạn thảo: Tiếp thu",
        "+ Sở Kế hoạch và Đầu tư: Đề nghị chỉ tiêu: 7,5",
        "Ý kiến của Ban soạn thảo: Tiếp thu",
        f"Dự thảo sửa thành: “{NEW_GROWTH}”",
    ]
    unplaced = next(t for t in text if t.startswith("- Sở Kế hoạch và Đầu tư: Bổ sung"))
    assert "(gắn với đoạn “Ý kiến của Sở về thu hút đầu tư.”" in unplaced
    assert "Ý kiến của Ban soạn thảo: Giải trình: Đã có ở Phần III." in text
    rows = [[c.text for c in row.cells] for row in document.tables[1].rows]
    assert rows == [
        ["STT", "Chỉ tiêu trong dự thảo", "Đơn vị", "Giá trị đề nghị", "Ý kiến của Ban soạn thảo"],
        [
            "1",
            "Phần II, mục 2, đoạn 2: Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.",
            TAN_THANH,
            "7,5",
            "Tiếp thu",
        ],
        [
            "2",
            "Phần II, mục 2, đoạn 2: Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.",
            SO_KH,
            "7,5",
            "Tiếp thu",
        ],
        [
            "3",
            "Phần II, mục 2, đoạn 6: Tỷ lệ lao động qua đào tạo đạt 75%.",
            DONG_KINH,
            "80",
            "Không tiếp thu: 75% đã sát khả năng thực hiện.",
        ],
    ]


def test_the_workbook_reads_back(tmp_path: Path) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(_answered(tmp_path), OPTIONS)))
    assert book.sheetnames == ["Đơn vị", "Ý kiến", "Chỉ tiêu"]
    units = [list(r) for r in book["Đơn vị"].iter_rows(values_only=True)]
    assert units == [
        ["STT", "Đơn vị", "Đã gửi ý kiến"],
        [1, TAN_THANH, "Có"],
        [2, SO_KH, "Có"],
        [3, DONG_KINH, "Có"],
        [4, TUYEN_GIAO, "Có"],
        [5, CAO_LOC, "Chưa"],
    ]
    comments = [list(r) for r in book["Ý kiến"].iter_rows(values_only=True)]
    assert len(comments) == 1 + 11  # 9 on parts, 1 general, 1 unplaced
    assert comments[4] == [
        4,
        "Phần II, mục 2, đoạn 2",
        "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.",
        TAN_THANH,
        "Đề nghị chỉ tiêu",
        "Đề nghị chỉ tiêu: 7,5%; kinh tế còn nhiều khó khăn",
        1,
        "đề nghị chỉ tiêu: 7,5",
        "Tiếp thu",
        None,
        NEW_GROWTH,
    ]
    assert comments[-1][1:4] == ["Chưa xác định vị trí", "Ý kiến của Sở về thu hút đầu tư.", SO_KH]
    targets = [list(r) for r in book["Chỉ tiêu"].iter_rows(values_only=True)]
    assert [r[3:] for r in targets[1:]] == [
        [TAN_THANH, 7.5, "Tiếp thu", None],
        [SO_KH, 7.5, "Tiếp thu", None],
        [DONG_KINH, 80, "Không tiếp thu", "75% đã sát khả năng thực hiện."],
    ]


def test_a_comment_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    draft = read_draft(files["draft"])
    path = write_reply(tmp_path / "x.docx", "Xã X", [(2, '=HYPERLINK("http://x")')])
    book = load_workbook(
        io.BytesIO(render_xlsx(consolidate(draft, [read_reply(path, draft)]), OPTIONS))
    )
    cell = book["Ý kiến"]["F2"]
    assert cell.value == '=HYPERLINK("http://x")' and cell.data_type == "s"


def test_the_report_speaks_english_on_request(tmp_path: Path) -> None:
    english = Options(lang="en", issued=date(2025, 5, 20), place="Lang Son")
    document = docx.Document(io.BytesIO(render_docx(_answered(tmp_path), english)))
    text = [p.text for p in document.paragraphs]
    assert "The draft was sent to 5 units for comments; 4 replied." in text
    assert "3. Part II, section 2, paragraph 2" in text

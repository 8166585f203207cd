"""A unit's reply as the comments table (.xlsx): each row is a comment on the part its
reference names, of the kind its kind column (or its comment's first words) says; a row
without a reference is a general comment; a row with only a reference is skipped; the unit
is the table's "Đơn vị" row unless the caller names it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from chitieu.consultation.draft import read_draft
from chitieu.consultation.kinds import Kind
from chitieu.consultation.replies import read_reply
from chitieu.consultation.tables import comments_template
from tests.consultkit import DRAFT, TUYEN_GIAO, write_docx, write_round, write_table


def test_it_reads_every_row_of_the_table(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    reply = read_reply(files["tuyen-giao"], read_draft(files["draft"]))
    assert reply.unit == TUYEN_GIAO
    got = [(c.part, c.kind, c.text, c.proposed) for c in reply.comments]
    assert got == [
        ("II/1/p1", Kind.AGREE, "Nhất trí với mục tiêu tổng quát.", None),
        (
            "III/1.1/a/p1",
            Kind.WORDING,
            "Nên nói cả phát huy giá trị di sản.",
            "Phát triển du lịch gắn với bảo tồn và phát huy giá trị di sản văn hóa các dân tộc.",
        ),
    ]
    (general,) = reply.general
    assert (general.part, general.text, general.kind) == (
        None,
        "Dự thảo cần ngắn gọn hơn.",
        Kind.OTHER,
    )
    assert reply.unplaced == ()


def test_it_reads_the_kind_from_the_comment_and_values_as_numbers_or_text(
    tmp_path: Path,
) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    rows = [
        ["II/2/p2", None, "Đề nghị chỉ tiêu: 7,5%", None, None],  # kind from the text
        ["Phần II, mục 2, đoạn 3", "target_value", "Nên cao hơn", None, 120],  # a number cell
        ["Phần II, mục 2, đoạn 5", "Đề nghị chỉ tiêu", "Giảm nhanh hơn", None, "1,8"],  # text
        ["Phần II, mục 2, đoạn 6", None, "Nên là 80%", None, 80.5],  # a value: target_value
        ["Phần I, đoạn 2", None, None, None, None],  # nothing but the reference: skipped
    ]
    reply = read_reply(write_table(tmp_path / "y-kien.xlsx", "Sở Tài chính", rows), draft)
    got = [(c.part, c.kind, c.proposed_value, c.target) for c in reply.comments]
    assert got == [
        ("II/2/p2", Kind.TARGET_VALUE, Decimal("7.5"), 1),
        ("II/2/p3", Kind.TARGET_VALUE, Decimal(120), 2),
        ("II/2/p5", Kind.TARGET_VALUE, Decimal("1.8"), 3),
        ("II/2/p6", Kind.TARGET_VALUE, Decimal("80.5"), 4),
    ]


def test_it_reads_the_english_headings_in_any_order(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    headings = ["Comment", "Part", "Draft text", "Kind"]
    rows = [["Fine", "I/p1", "…", "agree"]]
    path = write_table(tmp_path / "comments.xlsx", "Sở Ngoại vụ", rows, headings)
    (comment,) = read_reply(path, draft).comments
    assert (comment.unit, comment.part, comment.kind, comment.text) == (
        "Sở Ngoại vụ",
        "I/p1",
        Kind.AGREE,
        "Fine",
    )


def test_the_template_filled_in_reads_back(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    path = tmp_path / "mau.xlsx"
    path.write_bytes(comments_template(draft))
    book = load_workbook(path)
    sheet = book["Ý kiến"]
    assert [c.value for c in sheet[3]] == [
        "Phần/mục/đoạn",
        "Nội dung dự thảo",
        "Loại ý kiến",
        "Ý kiến",
        "Đề nghị sửa thành",
        "Giá trị đề nghị",
    ]
    assert (sheet["A13"].value, sheet["B13"].value) == ("Phần II, mục 2, đoạn 2", DRAFT[9])
    sheet["B1"] = "Xã Hợp Thành"
    sheet["C13"], sheet["D13"], sheet["F13"] = "Đề nghị chỉ tiêu", "Nên thấp hơn", 7
    book.save(path)
    reply = read_reply(path, draft)
    assert reply.unit == "Xã Hợp Thành"
    assert [(c.part, c.kind, c.proposed_value) for c in reply.comments] == [
        ("II/2/p2", Kind.TARGET_VALUE, Decimal(7))
    ]


def test_the_english_template_names_the_parts_in_english(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    path = tmp_path / "template.xlsx"
    path.write_bytes(comments_template(draft, "en"))
    book = load_workbook(path)
    sheet = book["Comments"]
    assert sheet["A13"].value == "Part II, section 2, paragraph 2"
    sheet["B1"], sheet["D13"] = "Hop Thanh commune", "Agree with the target"
    book.save(path)
    (comment,) = read_reply(path, draft).comments
    assert (comment.unit, comment.part, comment.kind) == (
        "Hop Thanh commune",
        "II/2/p2",
        Kind.OTHER,
    )

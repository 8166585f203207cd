"""A reply that cannot be read is refused whole, with every problem named by its file and
place (the comment and the paragraph it is on, the sheet and cell): nothing of it is
kept. Not a copy of the draft, a damaged Word file, a comment on a part the draft does not
have, a proposed value that is not a number, no unit, two replies of one unit."""

from __future__ import annotations

from pathlib import Path

import pytest

from chitieu.consultation.consolidate import consolidate
from chitieu.consultation.draft import Draft, read_draft
from chitieu.consultation.replies import read_reply
from chitieu.messages.render import problem_text
from chitieu.problems import InputError, Problem
from tests.consultkit import (
    DRAFT,
    GROWTH,
    SO_KH,
    TOURISM,
    write_docx,
    write_reply,
    write_round,
    write_table,
)


def _draft(tmp_path: Path) -> Draft:
    return read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))


def _refused(path: Path, draft: Draft, unit: str | None = None) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        read_reply(path, draft, unit)
    return caught.value.problems


def test_it_refuses_a_file_that_is_not_a_copy_of_the_draft(tmp_path: Path) -> None:
    other = ["Báo cáo tình hình kinh tế quý III.", "Doanh thu tăng 5%.", *DRAFT[:1]]
    path = write_reply(tmp_path / "khac.docx", SO_KH, [(1, "Đồng ý")], other)
    (problem,) = _refused(path, _draft(tmp_path))
    assert problem.code == "consult.not_a_copy"
    assert problem_text(problem, "vi") == (
        f"{path}: không phải bản sao của dự thảo {tmp_path / 'du-thao.docx'}: chưa đến một "
        "nửa số đoạn của tệp là đoạn của dự thảo"
    )


def test_it_refuses_a_damaged_word_file(tmp_path: Path) -> None:
    good = write_reply(tmp_path / "good.docx", SO_KH, [(GROWTH, "Đồng ý")])
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    (problem,) = _refused(cut, _draft(tmp_path))
    assert (problem.file, problem.code) == (str(cut), "text.docx")


def test_it_names_the_comment_whose_value_is_not_a_number(tmp_path: Path) -> None:
    notes = [(GROWTH, "Đề nghị chỉ tiêu: khoảng bảy"), (TOURISM, "Đề nghị sửa:")]
    path = write_reply(tmp_path / "so-kh.docx", SO_KH, notes)
    problems = _refused(path, _draft(tmp_path))
    assert [problem_text(p, "vi") for p in problems] == [
        f"{path}: ý kiến thứ 1 (tại “Phần II, mục 2, đoạn 2”): giá trị đề nghị không phải là "
        "số: “khoảng” không phải là số viết kiểu Việt Nam (1.234,5)",
        f"{path}: ý kiến thứ 2 (tại “Phần III, mục 1.1, điểm a, đoạn 1”): đề nghị sửa câu chữ "
        "cần ghi rõ nội dung đề nghị sửa",
    ]


def test_it_names_the_cells_of_a_table_it_cannot_read(tmp_path: Path) -> None:
    rows = [
        ["Phần II, mục 2, đoạn 2", "Đề nghị chỉ tiêu", "Thấp hơn", None, "bảy"],
        ["Phần IV, đoạn 9", "Đồng ý", "Đồng ý", None, None],
        ["I/p1", "Phản đối", "Không rõ", None, None],
        ["Phần II, mục 2, đoạn 3", "Chỉ tiêu", "Cao hơn", None, None],
    ]
    path = write_table(tmp_path / "bang.xlsx", "Sở Tài chính", rows)
    problems = _refused(path, _draft(tmp_path))
    assert [(p.sheet, p.cell, p.code) for p in problems] == [
        ("Ý kiến", "E4", "consult.not_a_number"),
        ("Ý kiến", "A5", "consult.no_part"),
        ("Ý kiến", "B6", "consult.kind"),
        ("Ý kiến", "E7", "consult.value_missing"),
    ]
    assert problem_text(problems[1], "en") == (
        f"{path}: sheet 'Ý kiến': cell A5: the draft has no part “Phần IV, đoạn 9”"
    )


def test_it_refuses_a_reply_that_does_not_say_its_unit(tmp_path: Path) -> None:
    path = write_reply(tmp_path / "x.docx", "", [(GROWTH, "Đồng ý")])
    assert [p.code for p in _refused(path, _draft(tmp_path))] == ["consult.no_unit"]
    assert read_reply(path, _draft(tmp_path), unit="Xã X").unit == "Xã X"


def test_it_refuses_something_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"not a workbook at all")
    (problem,) = _refused(path, _draft(tmp_path))
    assert problem.code == "consult.xlsx"


def test_it_refuses_a_table_without_its_headings(tmp_path: Path) -> None:
    path = write_table(tmp_path / "bang.xlsx", "Xã X", [["I/p1", "Đồng ý"]], ["Mục", "Nội dung"])
    (problem,) = _refused(path, _draft(tmp_path))
    assert (problem.code, problem.sheet) == ("consult.xlsx_columns", "Ý kiến")


def test_it_refuses_two_replies_from_one_unit(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    draft = read_draft(files["draft"])
    again = write_reply(tmp_path / "so-kh-2.docx", SO_KH, [(GROWTH, "Đồng ý")])
    replies = [read_reply(files["so-kh"], draft), read_reply(again, draft)]
    with pytest.raises(InputError) as caught:
        consolidate(draft, replies)
    (problem,) = caught.value.problems
    assert (problem.file, problem.code) == (str(again), "consult.unit_twice")
    assert problem.params == {"unit": SO_KH, "other": str(files["so-kh"])}


def test_it_refuses_a_reply_of_another_kind_of_file(tmp_path: Path) -> None:
    path = tmp_path / "tra-loi.pdf"
    path.write_bytes(b"%PDF-1.4")
    (problem,) = _refused(path, _draft(tmp_path))
    assert problem_text(problem, "en") == (
        f"{path}: a reply is a copy of the draft with Word comments (.docx) or the comments "
        "table (.xlsx), not “.pdf”"
    )

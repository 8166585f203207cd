"""A unit's reply as a copy of the draft with Word comments: each comment is placed on the
part its paragraph is a copy of, with its kind and proposal; a comment on a paragraph
that is not in the draft is kept as unplaced, with that paragraph's text; the unit is the
file's author unless the caller names it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from chitieu.consultation.draft import read_draft
from chitieu.consultation.kinds import Kind
from chitieu.consultation.replies import read_reply
from tests.consultkit import (
    BETTER_TOURISM,
    DRAFT,
    GROWTH,
    OWN_PARAGRAPH,
    SO_KH,
    TOURISM,
    write_docx,
    write_reply,
    write_round,
)


def test_it_places_each_comment_on_its_part(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    draft = read_draft(files["draft"])
    reply = read_reply(files["so-kh"], draft)
    assert reply.unit == SO_KH
    got = [(c.part, c.kind, c.proposed_text, c.proposed_value, c.target) for c in reply.comments]
    assert got == [
        ("II/2/p2", Kind.TARGET_VALUE, None, Decimal("7.5"), 1),
        ("III/1.1/a/p1", Kind.WORDING, BETTER_TOURISM, None, None),
    ]
    assert [c.text for c in reply.comments] == [
        "Đề nghị chỉ tiêu: 7,5",
        f"Đề nghị sửa: {BETTER_TOURISM}",
    ]


def test_it_keeps_a_comment_it_cannot_place_with_its_paragraph(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    reply = read_reply(files["so-kh"], read_draft(files["draft"]))
    (unplaced,) = reply.unplaced
    assert (unplaced.unit, unplaced.text, unplaced.anchor) == (
        SO_KH,
        "Bổ sung giải pháp thu hút đầu tư.",
        OWN_PARAGRAPH,
    )
    assert unplaced.part is None


def test_the_unit_named_by_the_caller_wins_over_the_author(tmp_path: Path) -> None:
    files = write_round(tmp_path)
    reply = read_reply(files["so-kh"], read_draft(files["draft"]), unit="Sở KH&ĐT")
    assert {c.unit for c in reply.every_comment()} == {"Sở KH&ĐT"}


def test_it_places_a_comment_on_a_paragraph_the_unit_retouched(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    copy = list(DRAFT)
    copy[TOURISM] = DRAFT[TOURISM].replace("dân tộc.", "dân tộc trên địa bàn.")
    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in copy]
    document.add_comment(paragraphs[TOURISM].runs, text="Ý kiến khác", author=SO_KH)
    document.core_properties.author = SO_KH
    document.save(str(tmp_path / "so-kh.docx"))
    (comment,) = read_reply(tmp_path / "so-kh.docx", draft).comments
    assert (comment.part, comment.kind) == ("III/1.1/a/p1", Kind.OTHER)


def test_it_places_a_comment_on_part_of_a_paragraph(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    document = docx.Document()
    for i, line in enumerate(DRAFT):
        if i != GROWTH:
            document.add_paragraph(line)
            continue
        paragraph = document.add_paragraph("(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt ")
        figure = paragraph.add_run("8%")
        paragraph.add_run("/năm.")
        document.add_comment(figure, text="Đề nghị chỉ tiêu: 7", author="Sở Tài chính")
    document.core_properties.author = "Sở Tài chính"
    document.save(str(tmp_path / "so-tc.docx"))
    (comment,) = read_reply(tmp_path / "so-tc.docx", draft).comments
    assert (comment.part, comment.proposed_value, comment.target) == ("II/2/p2", Decimal(7), 1)


def test_a_comment_over_two_paragraphs_belongs_to_the_first(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in DRAFT]
    runs = [paragraphs[GROWTH].runs[0], paragraphs[GROWTH + 1].runs[0]]
    document.add_comment(runs, text="Đề nghị chỉ tiêu: 7", author="Sở Tài chính")
    document.core_properties.author = "Sở Tài chính"
    document.save(str(tmp_path / "so-tc.docx"))
    (comment,) = read_reply(tmp_path / "so-tc.docx", draft).comments
    assert comment.part == "II/2/p2"


def test_it_lists_the_comments_in_the_order_of_the_draft(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    notes = [(TOURISM, "Ba"), (GROWTH, "Hai"), (1, "   "), (0, "Một")]  # written in this order
    reply = read_reply(write_reply(tmp_path / "x.docx", "Xã X", notes), draft)
    assert [c.text for c in reply.comments] == ["Một", "Hai", "Ba"]  # the empty one says nothing

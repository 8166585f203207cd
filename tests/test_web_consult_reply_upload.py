"""A unit sends its reply as a file: a copy of the draft with Word comments, or the
comments table (.xlsx). The file is read whole, in the bounded child, or not at all, the
message naming the file and the place; a comment attached to text that is in no part of
the draft is kept and listed for the drafting team to place by hand, never dropped."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from chitieu.web.consultation.models import Comment
from chitieu.web.people.models import AuditEvent
from tests.consultkit import (
    BETTER_TOURISM,
    GROWTH,
    OWN_PARAGRAPH,
    TOURISM,
    write_docx,
    write_reply,
    write_table,
)
from tests.consultwebkit import open_round, upload_draft
from tests.webhelpers import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_(people):
    team = client_for("kehoach")
    return open_round(team, upload_draft(team))


def _send(round_, path: Path, name: str | None = None):
    upload = SimpleUploadedFile(name or path.name, path.read_bytes())
    return client_for("laodong").post(
        f"/consultation/rounds/{round_.pk}/reply/", {"file": upload}, follow=True
    )


def test_it_reads_a_word_copy_and_lists_a_comment_it_cannot_place(round_, tmp_path):
    reply = write_reply(
        tmp_path / "so-ld.docx",
        "Người soạn",
        [
            (GROWTH, "Đề nghị chỉ tiêu: 7,5%; kinh tế còn khó khăn"),
            (TOURISM, f"Đề nghị sửa: {BETTER_TOURISM}"),
            (OWN_PARAGRAPH, "Bổ sung giải pháp thu hút đầu tư."),
        ],
    )
    page = _send(round_, reply).content.decode()
    assert "Đã đọc 3 ý kiến từ tệp." in page
    value, wording, unplaced = Comment.objects.order_by("pk")
    assert (value.part, value.kind, value.proposed_value, value.target) == (
        "II/2/p2",
        "target_value",
        Decimal("7.5"),
        1,
    )
    assert (wording.part, wording.proposed_text) == ("III/1.1/a/p1", BETTER_TOURISM)
    assert (unplaced.part, unplaced.general, unplaced.anchor) == ("", False, OWN_PARAGRAPH)
    assert {c.agency.code for c in (value, wording, unplaced)} == {"so-ldtbxh"}
    team = client_for("kehoach")
    listed = team.get(f"/consultation/rounds/{round_.pk}/unplaced/").content.decode()
    assert OWN_PARAGRAPH in listed and "Bổ sung giải pháp thu hút đầu tư." in listed
    team.post(
        f"/consultation/rounds/{round_.pk}/unplaced/", {"comment": unplaced.pk, "part": "III/1"}
    )
    unplaced.refresh_from_db()
    assert unplaced.part == "III/1"
    assert AuditEvent.objects.filter(action="comment_placed", new="III/1").exists()
    assert AuditEvent.objects.filter(action="reply_uploaded", field="so-ldtbxh").exists()


def test_it_reads_the_comments_table(round_, tmp_path):
    table = write_table(
        tmp_path / "so-ld.xlsx",
        "Sở LĐ-TB&XH",
        [
            ["Phần II, mục 1, đoạn 1", "Đồng ý", "Nhất trí với mục tiêu tổng quát.", None, None],
            ["Phần II, mục 2, đoạn 6", "Chỉ tiêu", "Nên cao hơn.", None, 80],
            [None, None, "Dự thảo cần ngắn gọn hơn.", None, None],
        ],
    )
    page = _send(round_, table).content.decode()
    assert "Đã đọc 3 ý kiến từ tệp." in page
    agree, value, general = Comment.objects.order_by("pk")
    assert (agree.part, agree.kind) == ("II/1/p1", "agree")
    assert (value.part, value.proposed_value, value.target) == ("II/2/p6", Decimal(80), 4)
    assert (general.part, general.general) == ("", True)


def test_it_replaces_what_the_same_file_brought_before(round_, tmp_path):
    first = write_reply(tmp_path / "so-ld.docx", "", [(GROWTH, "Đồng ý."), (TOURISM, "Đồng ý.")])
    _send(round_, first)
    again = write_reply(tmp_path / "so-ld.docx", "", [(GROWTH, "Nhất trí.")])
    _send(round_, again)
    assert list(Comment.objects.values_list("text", flat=True)) == ["Nhất trí."]


def test_it_keeps_nothing_of_a_reply_with_a_bad_value_and_names_the_cell(round_, tmp_path):
    table = write_table(
        tmp_path / "so-ld.xlsx",
        "Sở LĐ-TB&XH",
        [
            ["Phần II, mục 1, đoạn 1", "Đồng ý", "Nhất trí.", None, None],
            ["Phần II, mục 2, đoạn 6", "Chỉ tiêu", "Nên cao hơn.", None, "tám mươi"],
        ],
    )
    page = _send(round_, table).content.decode()
    assert "so-ld.xlsx, ô " in page
    assert not Comment.objects.exists()


def test_it_refuses_a_damaged_file_and_one_that_is_not_a_copy(round_, tmp_path):
    damaged = tmp_path / "hong.docx"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    page = _send(round_, damaged).content.decode()
    assert "hong.docx: không đọc được tệp Word .docx" in page
    other = write_docx(tmp_path / "khac.docx", ["Một văn bản khác.", "Không liên quan."])
    page = _send(round_, other).content.decode()
    assert "khac.docx: không phải bản sao của dự thảo du-thao.txt" in page
    assert not Comment.objects.exists()

"""A comment entered field by field (the web form beside the draft, a row of the comments
table) follows one rule: the part by its reference or key, the kind as chosen or read from
the first words, the proposal the kind needs, and a refusal that names the field."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.consultation.draft import draft_from_text
from chitieu.consultation.entry import EntryError, Fields, entered_comment
from chitieu.consultation.kinds import Kind
from tests.consultkit import DRAFT

DRAFT_V1 = draft_from_text("\n".join(DRAFT), "du-thao.txt", version="v1")


def test_it_takes_the_kind_as_chosen() -> None:
    fields = Fields(ref="II/2/p6", text="Nên cao hơn", kind="Đề nghị chỉ tiêu", proposed_value="80")
    comment = entered_comment("form#1", "Xã A", fields, DRAFT_V1)
    assert (comment.part, comment.kind, comment.proposed_value, comment.target) == (
        "II/2/p6",
        Kind.TARGET_VALUE,
        Decimal(80),
        4,
    )
    assert (comment.version, comment.unit, comment.id) == ("v1", "Xã A", "form#1")


def test_it_reads_the_kind_from_the_text_when_none_is_chosen() -> None:
    fields = Fields(ref="Phần I, đoạn 2", text="Đề nghị sửa:  Chú trọng   hơn nữa.")
    comment = entered_comment("form#2", "Xã A", fields, DRAFT_V1)
    assert (comment.kind, comment.proposed_text, comment.text) == (
        Kind.WORDING,
        "Chú trọng hơn nữa.",
        "Đề nghị sửa: Chú trọng hơn nữa.",
    )


def test_a_comment_without_a_part_is_a_general_one() -> None:
    comment = entered_comment("form#3", "Xã A", Fields(text="Ngắn gọn hơn"), DRAFT_V1)
    assert (comment.part, comment.kind) == (None, Kind.OTHER)


@pytest.mark.parametrize(
    ("fields", "field", "code"),
    [
        (Fields(ref="Phần V", text="x"), "ref", "consult.no_part"),
        (Fields(ref="I/p1", text="x", kind="phản đối"), "kind", "consult.kind"),
        (Fields(ref="I/p1", text="x", kind="wording"), "proposed_text", "consult.wording_missing"),
        (
            Fields(ref="I/p1", text="x", kind="target_value"),
            "proposed_value",
            "consult.value_missing",
        ),
        (
            Fields(ref="I/p1", kind="target_value", proposed_value="nhiều"),
            "proposed_value",
            "consult.not_a_number",
        ),
        (Fields(ref="I/p1", text="Đề nghị chỉ tiêu: cao"), "text", "consult.not_a_number"),
    ],
)
def test_it_names_the_field_it_cannot_take(fields: Fields, field: str, code: str) -> None:
    with pytest.raises(EntryError) as caught:
        entered_comment("form#4", "Xã A", fields, DRAFT_V1)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_it_drops_control_characters_a_document_cannot_hold() -> None:
    fields = Fields(ref="I/p1", text="Đề nghị sửa: Tăng\x00 trưởng\x1b\n nhanh")
    comment = entered_comment("form#5", "Xã\x07 A", fields, DRAFT_V1)
    assert (comment.text, comment.proposed_text) == (
        "Đề nghị sửa: Tăng trưởng nhanh",
        "Tăng trưởng nhanh",
    )

"""The drafting team's view of a round: per part, how many units commented, agreed and
proposed a change, similar comments grouped, a response to each comment (a reason for
every one not simply accepted), the part's next wording, and the units that did not
reply."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from chitieu.consultation.consolidate import (
    Consolidation,
    Decision,
    Response,
    ResponseError,
    consolidate,
)
from chitieu.consultation.draft import read_draft
from chitieu.consultation.replies import read_reply
from tests.consultkit import (
    BETTER_TOURISM,
    CAO_LOC,
    DONG_KINH,
    DRAFT,
    GROWTH,
    SO_KH,
    TAN_THANH,
    TOURISM,
    TUYEN_GIAO,
    Note,
    write_docx,
    write_reply,
    write_round,
)

NEW_GROWTH = "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7,5%/năm."


def _round(tmp_path: Path, **kw: object) -> Consolidation:
    files = write_round(tmp_path)
    draft = read_draft(files["draft"])
    names = ("tan-thanh", "so-kh", "dong-kinh", "tuyen-giao")
    replies = [read_reply(files[name], draft) for name in names]
    units = [TAN_THANH, SO_KH, DONG_KINH, TUYEN_GIAO, CAO_LOC]
    return consolidate(draft, replies, units, **kw)  # type: ignore[arg-type]


def test_it_counts_each_part_by_unit(tmp_path: Path) -> None:
    summary = _round(tmp_path)
    got = [(s.part.ref, s.replied, s.agreed, s.proposed) for s in summary.parts]
    assert got == [
        ("Phần I, đoạn 1", 1, 1, 0),
        ("Phần II, mục 1, đoạn 1", 2, 2, 0),
        ("Phần II, mục 2, đoạn 2", 2, 0, 2),
        ("Phần II, mục 2, đoạn 6", 1, 0, 1),
        ("Phần III, mục 1.1, đoạn 1", 1, 0, 0),
        ("Phần III, mục 1.1, điểm a, đoạn 1", 2, 0, 2),
    ]


def test_it_lists_the_units_that_replied_and_those_that_did_not(tmp_path: Path) -> None:
    summary = _round(tmp_path)
    assert summary.consulted == (TAN_THANH, SO_KH, DONG_KINH, TUYEN_GIAO, CAO_LOC)
    assert summary.replied == (TAN_THANH, SO_KH, DONG_KINH, TUYEN_GIAO)
    assert summary.missing == (CAO_LOC,)
    assert [(c.unit, c.anchor) for c in summary.unplaced] == [
        (SO_KH, "Ý kiến của Sở về thu hút đầu tư.")
    ]
    assert [(c.unit, c.text) for c in summary.general] == [
        (TUYEN_GIAO, "Dự thảo cần ngắn gọn hơn.")
    ]


def test_it_groups_comments_that_say_the_same_thing(tmp_path: Path) -> None:
    by_ref = {s.part.ref: s for s in _round(tmp_path).parts}
    growth = by_ref["Phần II, mục 2, đoạn 2"]
    assert [g.units for g in growth.groups] == [(TAN_THANH, SO_KH)]  # both 7,5
    tourism = by_ref["Phần III, mục 1.1, điểm a, đoạn 1"]
    assert [g.units for g in tourism.groups] == [(SO_KH, TUYEN_GIAO)]  # alike wordings
    goal = by_ref["Phần II, mục 1, đoạn 1"]
    assert [g.units for g in goal.groups] == [(DONG_KINH, TUYEN_GIAO)]


def test_it_keeps_apart_comments_that_differ(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    notes: dict[str, list[Note]] = {
        "Sở Tài chính": [(GROWTH, "Đề nghị chỉ tiêu: 7"), (TOURISM, "Đề nghị sửa: Du lịch xanh.")],
        "Sở Du lịch": [
            (GROWTH, "Đề nghị chỉ tiêu: 7,5"),
            (TOURISM, f"Đề nghị sửa: {BETTER_TOURISM}"),
        ],
        "Sở Công Thương": [(GROWTH, "Đồng ý"), (TOURISM, "Đề nghị sửa: Du lịch xanh")],
    }
    replies = [
        read_reply(write_reply(tmp_path / f"{n}.docx", unit, notes[unit]), draft)
        for n, unit in enumerate(notes)
    ]
    growth, tourism = consolidate(draft, replies).parts
    assert [g.units for g in growth.groups] == [
        ("Sở Tài chính",),
        ("Sở Du lịch",),
        ("Sở Công Thương",),
    ]
    assert [g.units for g in tourism.groups] == [
        ("Sở Tài chính", "Sở Công Thương"),
        ("Sở Du lịch",),
    ]
    assert (growth.replied, growth.agreed, growth.proposed) == (3, 1, 2)


def test_it_carries_the_responses_and_the_new_wording(tmp_path: Path) -> None:
    first = _round(tmp_path / "first")
    growth = next(s for s in first.parts if s.part.key == "II/2/p2")
    training = next(s for s in first.parts if s.part.key == "II/2/p6")
    responses = {
        growth.comments[0].id: Response(Decision.ACCEPTED),
        training.comments[0].id: Response(Decision.NOT_ACCEPTED, "75% đã sát khả năng."),
    }
    summary = _round(tmp_path / "first", responses=responses, new_texts={"II/2/p2": NEW_GROWTH})
    growth = next(s for s in summary.parts if s.part.key == "II/2/p2")
    assert growth.new_text == NEW_GROWTH
    assert summary.response(growth.comments[0]) == Response(Decision.ACCEPTED)
    assert summary.response(growth.comments[1]) is None
    proposals = [(s.part.key, c.unit, c.proposed_value) for s, c in summary.target_proposals()]
    assert proposals == [
        ("II/2/p2", TAN_THANH, Decimal("7.5")),
        ("II/2/p2", SO_KH, Decimal("7.5")),
        ("II/2/p6", DONG_KINH, Decimal(80)),
    ]


@pytest.mark.parametrize("decision", [Decision.EXPLAINED, Decision.NOT_ACCEPTED])
def test_a_response_other_than_accepted_needs_its_reason(decision: Decision) -> None:
    with pytest.raises(ResponseError) as caught:
        Response(decision, "  ")
    assert caught.value.code == "consult.reason_missing"
    assert Response(decision, "Đã có trong mục 3").reason == "Đã có trong mục 3"

"""A comment's kind comes from the way its text begins (docs/consultation.md): "Đồng ý" or
"Nhất trí" agree, "Đề nghị sửa:" proposes a wording, "Đề nghị chỉ tiêu:" a value read the
Vietnamese way like any figure, anything else is another comment."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.consultation.kinds import CommentError, Kind, Reading, read_comment

CASES = [  # (text, what it says), by hand
    ("Đồng ý", Reading(Kind.AGREE)),
    ("đồng ý với dự thảo.", Reading(Kind.AGREE)),
    ("Nhất trí cao", Reading(Kind.AGREE)),
    ("  NHẤT TRÍ", Reading(Kind.AGREE)),
    ("Đề nghị sửa: Tăng cường quốc phòng.", Reading(Kind.WORDING, "Tăng cường quốc phòng.")),
    ("Đề nghị sửa thành: “Phát triển xanh”", Reading(Kind.WORDING, "Phát triển xanh")),
    ("đề nghị sửa :  Bỏ đoạn này", Reading(Kind.WORDING, "Bỏ đoạn này")),
    ("Đề nghị chỉ tiêu: 7,5%", Reading(Kind.TARGET_VALUE, proposed_value=Decimal("7.5"))),
    ("Đề nghị chỉ tiêu: 1.250 triệu đồng", Reading(Kind.TARGET_VALUE, None, Decimal(1250))),
    ("Đề nghị chỉ tiêu: 80; vì khó", Reading(Kind.TARGET_VALUE, proposed_value=Decimal(80))),
    ("Đề nghị chỉ tiêu: 6.", Reading(Kind.TARGET_VALUE, proposed_value=Decimal(6))),
    ("Không đồng ý với đoạn này", Reading(Kind.OTHER)),
    ("Đề nghị làm rõ hơn", Reading(Kind.OTHER)),
    ("Đề nghị sửa lại cho gọn", Reading(Kind.OTHER)),  # no colon: no proposed text
    ("", Reading(Kind.OTHER)),
]


@pytest.mark.parametrize(("text", "reading"), CASES)
def test_it_reads_the_kind_from_the_first_words(text: str, reading: Reading) -> None:
    assert read_comment(text) == reading


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Đề nghị chỉ tiêu: bảy phẩy năm", "number.not_vi"),
        ("Đề nghị chỉ tiêu: 7.5", "number.ambiguous"),  # "." groups thousands in threes
        ("Đề nghị chỉ tiêu:", "number.empty"),
        ("Đề nghị sửa:", None),
        ("Đề nghị sửa thành: “ ”", None),
    ],
)
def test_it_refuses_a_proposal_it_cannot_read(text: str, code: str | None) -> None:
    with pytest.raises(CommentError) as caught:
        read_comment(text)
    if code is None:
        assert caught.value.code == "consult.wording_missing"
    else:
        assert caught.value.code == "consult.not_a_number"
        assert caught.value.params["why"].code == code  # type: ignore[union-attr]

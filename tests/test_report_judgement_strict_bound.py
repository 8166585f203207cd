"""The review's judgement holds a value exactly at a strict bound as not achieved: 7,0
against "> 7" is "không đạt … (chưa vượt ngưỡng)", 4 against "< 4" likewise, while 65
against "≥ 65" is achieved; a value short of the bound says by how much."""

from __future__ import annotations

import pytest

from chitieu.reports.review import build_review
from tests.helpers import make_plan, yearly


def _plan():  # type: ignore[no-untyped-def]
    return make_plan(
        {"id": "g", "name": "Tăng trưởng", "kind": "level_at_end", "comparator": ">", "low": "7"},
        {"id": "p", "name": "Hộ nghèo", "kind": "level_at_end", "comparator": "<", "high": "4"},
        {"id": "t", "name": "Qua đào tạo", "kind": "level_at_end", "comparator": ">=", "low": "65"},
        {"id": "x", "name": "Xuất khẩu", "kind": "level_at_end", "comparator": ">", "low": "7"},
    )


def _figures():  # type: ignore[no-untyped-def]
    values = {"g": "7.0", "p": "4", "t": "65", "x": "6.5"}
    return [f for key, v in values.items() for f in yearly(key, {2025: v})]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "vi",
            [
                "Đạt và vượt 1/4 chỉ tiêu chủ yếu Nghị quyết đề ra; trong đó đạt 1 chỉ tiêu "
                "(chỉ tiêu 3).",
                "Không đạt 3 chỉ tiêu: "
                "chỉ tiêu 1 – Tăng trưởng: 7,0% so với mục tiêu > 7% "
                "(chưa vượt ngưỡng, bằng 100,0% mục tiêu); "
                "chỉ tiêu 2 – Hộ nghèo: 4% so với mục tiêu < 4% (chưa vượt ngưỡng); "
                "chỉ tiêu 4 – Xuất khẩu: 6,5% so với mục tiêu > 7% "
                "(thấp hơn 0,5 điểm %, bằng 92,9% mục tiêu).",
            ],
        ),
        (
            "en",
            [
                "Achieved or exceeded 1/4 targets among the resolution's main targets: "
                "1 achieved (targets 3).",
                "3 targets not achieved: "
                "target 1 – Tăng trưởng: 7.0% against the target > 7% "
                "(at the limit, not beyond it, 100.0% of the target); "
                "target 2 – Hộ nghèo: 4% against the target < 4% (at the limit, not beyond it); "
                "target 4 – Xuất khẩu: 6.5% against the target > 7% "
                "(0.5 percentage points short, 92.9% of the target).",
            ],
        ),
    ],
)
def test_a_value_at_a_strict_bound_is_not_achieved(lang, expected):
    review = build_review(_plan(), _figures(), "2025", kind="final", lang=lang)
    assert review.judgement == expected

"""Comparators as offices grade them: "trên X", "hơn X", "từ X trở lên", "tối thiểu X",
"đạt X" are ≥ X (X is đạt, above it vượt) and the review list says so; only the signs are
strict. "còn", "giảm xuống", "dưới", "không quá" make lower better, a range included;
"không còn hộ nghèo" is at most 0; "giảm 1,5 – 2%" without "/năm" is a reduction, not a
level, and flagged; "khoảng", "xấp xỉ" and "trong đó" parts are flagged (issue 14)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from chitieu.evaluation.engine import evaluate_plan
from chitieu.evaluation.results import Status
from chitieu.targets.model import Comparator, Direction, GrowthInput, Kind
from chitieu.targets.planfile import plan_from_data
from chitieu.textread.phrases import read_measure
from chitieu.textread.reader import read_resolution
from tests.helpers import fig


def one(text: str, context: str = ""):  # type: ignore[no-untyped-def]
    (m,) = read_measure(text, context, default_end=2025)
    return m


@pytest.mark.parametrize(
    "text",
    [
        "Kim ngạch xuất khẩu trên 900 triệu USD",
        "Kim ngạch xuất khẩu hơn 900 triệu USD",
        "Kim ngạch xuất khẩu từ 900 triệu USD trở lên",
        "Kim ngạch xuất khẩu tối thiểu 900 triệu USD",
        "Kim ngạch xuất khẩu đạt 900 triệu USD",
        "Kim ngạch xuất khẩu vượt 900 triệu USD",
    ],
)
def test_floors_in_words_are_at_least(text: str):
    m = one(text)
    assert (m.comparator, m.low, m.high, m.unit) == (Comparator.GE, Decimal(900), None, "triệu USD")


def test_the_review_list_says_how_tren_was_read():
    m = one("Kim ngạch xuất khẩu trên 900 triệu USD")
    assert [str(n) for n in m.notes] == [
        "“trên X” read as ≥ X, as offices grade it: X is đạt, above it vượt"
    ]
    assert m.doubts == []  # the convention costs no confidence


def test_only_the_signs_are_strict():
    assert one("Độ che phủ rừng > 60%").comparator is Comparator.GT
    assert one("Tỷ lệ hộ nghèo là < 3%").comparator is Comparator.LT


@pytest.mark.parametrize(
    ("text", "comparator", "low", "high"),
    [
        ("Tỷ lệ hộ nghèo đến năm 2025 còn 1,5 - 2%", Comparator.RANGE, "1.5", "2"),
        ("Tỷ lệ hộ nghèo giảm xuống 3 - 4%", Comparator.RANGE, "3", "4"),
        ("Tỷ lệ thất nghiệp dưới 3%", Comparator.LE, None, "3"),
        ("Tỷ lệ nợ xấu không quá 2%", Comparator.LE, None, "2"),
        ("Tỷ lệ hộ nghèo giảm còn 2%", Comparator.LE, None, "2"),
    ],
)
def test_lowering_cues_make_lower_better_a_range_included(text, comparator, low, high):  # type: ignore[no-untyped-def]
    m = one(text)
    assert m.kind is Kind.LEVEL_AT_END
    assert (m.comparator, m.low, m.high) == (
        comparator,
        Decimal(low) if low else None,
        Decimal(high) if high else None,
    )
    assert m.direction is Direction.LOWER_IS_BETTER or comparator is Comparator.LE


def test_a_lower_range_is_graded_as_offices_do():
    # "còn 1,5 - 2%": 1,2% is vượt, 1,8% đạt, 2,5% chưa đạt (once read higher-is-better)
    text = (
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu:\n"
        "1. Tỷ lệ hộ nghèo đến năm 2025: còn 1,5 - 2%.\n"
    )
    plan = plan_from_data(read_resolution(text).plan)
    (metric,) = plan.metrics()
    statuses = []
    for value in ("1.2", "1.8", "2.5"):
        result = evaluate_plan(plan, [fig(metric.id, "2025", value, unit="20")])
        statuses.append(result.targets[0].metrics[0].status)
    assert statuses == [Status.EXCEEDED, Status.ACHIEVED, Status.NOT_ACHIEVED]


def test_no_more_poor_households_is_at_most_zero():
    m = one("Đến cuối nhiệm kỳ, toàn huyện không còn hộ nghèo")
    assert (m.kind, m.comparator, m.high, m.unit, m.name) == (
        Kind.LEVEL_AT_END,
        Comparator.LE,
        Decimal(0),
        "hộ",
        "Hộ nghèo",
    )


def test_a_reduction_without_a_period_is_not_a_level_and_is_flagged():
    m = one("Tỷ lệ hộ nghèo giảm 1,5 - 2%")
    assert (m.kind, m.input, m.comparator) == (
        Kind.REDUCTION_PER_YEAR,
        GrowthInput.RATE,
        Comparator.RANGE,
    )
    assert [d.code for d in m.doubts] == ["doubt.reduction_period"]
    yearly = one("Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm")
    assert (yearly.kind, yearly.input, yearly.doubts) == (
        Kind.REDUCTION_PER_YEAR,
        GrowthInput.RATE,
        [],
    )


def test_approximate_bounds_are_flagged():
    for text in ("Tỷ lệ đô thị hóa khoảng 40%", "Tỷ lệ đô thị hóa xấp xỉ 40%"):
        m = one(text)
        assert m.comparator is Comparator.GE
        assert [d.code for d in m.doubts] == ["doubt.approximate"]


def test_a_part_of_which_is_its_own_measure_flagged_for_the_office():
    context_free = read_measure(
        "Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ 30%"
    )
    assert len(context_free) == 1  # one clause given: the target's reader cuts it
    text = (
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn lần thứ XVII, nhiệm kỳ 2020 - 2025\n"
        "Các chỉ tiêu chủ yếu:\n"
        "1. Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ 30%.\n"
    )
    result = read_resolution(text)
    (target,) = result.plan["targets"]
    assert [(m["low"], m["unit"]) for m in target["metrics"]] == [("70", "%"), ("30", "%")]
    assert [[n.code for n in p.notes] for p in result.proposals] == [[], ["doubt.of_which"]]


def test_a_second_figure_in_parentheses_restates_the_first():
    m = one("GRDP bình quân đầu người tăng gấp 1,7 lần (tương đương 3.500 USD) so với năm 2020")
    assert (m.low, m.unit, m.unparsed) == (Decimal("1.7"), "lần", ["3.500 USD"])


def test_legal_acts_are_no_offence_and_offences_stay_lower_is_better():
    # "văn bản quy phạm pháp luật" holds "phạm pháp" (an offence) but counts legal acts
    (acts,) = read_measure("100% văn bản quy phạm pháp luật được kiểm tra theo quy định")
    assert (acts.comparator, acts.low, acts.high) == (Comparator.GE, Decimal(100), None)
    (offences,) = read_measure("số vụ phạm pháp hình sự 20 vụ")
    assert (offences.comparator, offences.high) == (Comparator.LE, Decimal(20))


def test_the_places_of_a_legal_act_hold_no_value():
    # "khoản 3 Điều 14 Nghị định số 118/2025/NĐ-CP": a citation, not a second measure
    (m,) = read_measure(
        "100% thủ tục hành chính được tiếp nhận và trả kết quả tại bộ phận một cửa (trừ các "
        "trường hợp quy định tại khoản 3 Điều 14 Nghị định số 118/2025/NĐ-CP của Chính phủ)"
    )
    assert (m.comparator, m.low, m.unit, m.doubts) == (Comparator.GE, Decimal(100), "%", [])
    (share,) = read_measure("Chỉ số PCI đạt 68 điểm")
    assert (share.low, share.unit) == (Decimal(68), "điểm")


def test_a_share_to_reach_is_a_floor_and_a_bare_share_a_point():
    # "Tỷ trọng dịch vụ … đạt 52%": "đạt" is a floor's cue (the guide, §5); "nông nghiệp 18%"
    # alone stays one share of a structure, exactly that
    reached = one("Tỷ trọng thương mại - dịch vụ trong cơ cấu kinh tế đạt 52%")
    assert (reached.kind, reached.comparator, reached.low) == (
        Kind.SHARE_STRUCTURE,
        Comparator.GE,
        Decimal("52"),
    )
    point = one("nông nghiệp 18%", "Cơ cấu kinh tế đến năm 2030")
    assert (point.kind, point.comparator) == (Kind.SHARE_STRUCTURE, Comparator.EQ)


def test_a_fall_per_year_in_per_mille_is_a_reduction_per_year():
    # "tỷ suất sinh thô giảm 0,2‰/năm": "/năm" after ‰ as after %
    m = one("Tỷ suất sinh thô giảm 0,2‰/năm")
    assert (m.kind, m.comparator, m.low, m.unit, m.input) == (
        Kind.REDUCTION_PER_YEAR,
        Comparator.GE,
        Decimal("0.2"),
        "‰/năm",
        GrowthInput.RATE,
    )

"""A press summary in prose is read clause by clause: each target keeps its source
sentence, the place of its value in it and a confidence; past results are seen and never
proposed (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

SUMMARY = (
    "Đại hội Đảng bộ tỉnh Nghệ An lần thứ XIX thành công tốt đẹp\n"
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025 xác "
    "định 18 chỉ tiêu, trong đó tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8,5 "
    "- 9%; đến năm 2025 thu nhập bình quân đầu người đạt 90 - 95 triệu đồng. Năm 2020, thu "
    "nhập bình quân đầu người ước đạt 44,5 triệu đồng, gấp 1,6 lần năm 2015. Nhiệm kỳ qua, "
    "tỷ lệ hộ nghèo đã giảm còn 4,2%. Phấn đấu đến năm 2025 tỷ lệ hộ nghèo còn 1,5 - 2%; "
    "không còn hộ nghèo ở các xã đặc biệt khó khăn.\n"
)


def test_it_proposes_each_target_of_a_press_summary():
    result = read_resolution(SUMMARY)
    assert result.layout == "prose"
    got = [
        (m["name"], m["kind"], m["comparator"], m.get("low"), m.get("high"), m["unit"])
        for t in result.plan["targets"]
        for m in t["metrics"]
    ]
    assert got == [
        ("Tăng trưởng kinh tế", "average_annual_growth", "range", "8.5", "9", "%"),
        ("Thu nhập bình quân đầu người", "level_at_end", "range", "90", "95", "triệu đồng"),
        ("Tỷ lệ hộ nghèo", "level_at_end", "range", "1.5", "2", "%"),
        ("Hộ nghèo ở các xã đặc biệt khó khăn", "level_at_end", "<=", None, "0", "hộ"),
    ]
    assert result.plan["targets"][2]["metrics"][0]["direction"] == "lower_is_better"
    assert result.plan["area"]["name"] == "Tỉnh Nghệ An"


def test_a_past_result_is_never_proposed():
    result = read_resolution(SUMMARY)
    lows = {m.get("low") or m.get("high") for t in result.plan["targets"] for m in t["metrics"]}
    assert "44.5" not in lows and "4.2" not in lows
    assert result.results == [
        "Năm 2020, thu nhập bình quân đầu người ước đạt 44,5 triệu đồng, gấp 1,6 lần năm 2015",
        "Nhiệm kỳ qua, tỷ lệ hộ nghèo đã giảm còn 4,2%",
    ]


def test_each_measure_keeps_its_sentence_the_place_of_its_value_and_a_confidence():
    result = read_resolution(SUMMARY)
    first = result.proposals[0]
    assert first.sentence.startswith("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An")
    assert first.sentence.endswith("thu nhập bình quân đầu người đạt 90 - 95 triệu đồng.")
    assert first.span is not None
    assert first.sentence[first.span[0] : first.span[1]] == "8,5 - 9%"
    assert first.confidence == 1.0
    income = result.proposals[1]
    assert income.sentence[income.span[0] : income.span[1]] == "90 - 95 triệu đồng"  # type: ignore[index]
    poverty = result.proposals[2]
    assert [n.code for n in poverty.notes] == ["doubt.range_lower"]
    assert poverty.to_data()["notes"] == [{"code": "doubt.range_lower", "params": {}}]


def test_a_lead_in_is_not_part_of_the_target():
    text = read_resolution(SUMMARY).plan["targets"][0]["text"]
    assert text == "tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8,5 - 9%"

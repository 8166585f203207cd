"""A report on last year beside next year's targets: last year's figures are results.

District papers report a conference that sums up one year and sets the next: "Năm 2015, sản
lượng lương thực đạt …; tỷ lệ hộ nghèo giảm còn 4,31%" then "Năm 2016 là năm đầu tiên …
Mục tiêu, giảm tỷ lệ hộ nghèo xuống còn 2,3%". A planner relies on only 2016's figures being
proposed ("giảm còn" cues a target when nothing says it was reached), and on a report of the
term behind running on into the next paragraph until one looks ahead.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Bố Trạch tổng kết tình hình kinh tế-xã hội năm 2015

Sáng 24-11, huyện Bố Trạch tổ chức hội nghị tổng kết năm 2015 và triển khai nhiệm vụ năm 2016.

Năm 2015, sản lượng lương thực đạt 50.564,8 tấn; thu nhập bình quân đầu người đạt 29,2 \
triệu đồng/người/năm; tỷ lệ hộ nghèo giảm còn 4,31%.

Năm 2016 là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII. Mục tiêu, \
giảm tỷ lệ hộ nghèo xuống còn 2,3%; thu nhập bình quân đầu người đạt 33 triệu đồng.
"""


def test_it_proposes_only_the_coming_years_figures() -> None:
    plan = read_resolution(TEXT).plan
    assert [t["text"] for t in plan["targets"]] == [
        "giảm tỷ lệ hộ nghèo xuống còn 2,3%",
        "thu nhập bình quân đầu người đạt 33 triệu đồng",
    ]
    assert [plan["start_year"], plan["end_year"]] == [2016, 2016]


def test_a_year_named_mid_sentence_dates_the_plan_and_makes_earlier_years_results() -> None:
    text = (
        "Huyện Sóc Sơn phấn đấu 100% số xã đạt chuẩn nông thôn mới\n\n"
        "(HNM) - UBND huyện Sóc Sơn cho biết, năm 2019, huyện phấn đấu tốc độ tăng trưởng kinh tế "
        "đạt 10,5-11%; giá trị sản xuất/ha canh tác đạt 185 triệu đồng.\n\n"
        "Sóc Sơn phấn đấu hoàn thành 100% các xã đạt chuẩn NTM trong năm 2019 (ảnh Hiền Hòa)\n\n"
        "Năm 2018, kinh tế huyện Sóc Sơn tăng trưởng 10,58%; thu nhập bình quân đạt 43,2 triệu "
        "đồng/người/năm."
    )
    plan = read_resolution(text).plan
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2018, 2019, 2019]
    # the photo's caption restates the text, and 2018 is the year reported on
    assert [t["metrics"][0]["low"] for t in plan["targets"]] == ["10.5", "185"]


def test_a_report_runs_on_into_the_next_paragraph_until_one_looks_ahead() -> None:
    text = (
        "Đại hội Đảng bộ xã Đak Sơmei lần thứ I, nhiệm kỳ 2025-2030.\n\n"
        "Nhiệm kỳ 2020-2025, xã đã đạt và vượt 20/25 chỉ tiêu nghị quyết. Thu nhập bình quân đầu "
        "người đạt 23 triệu đồng/năm.\n\n"
        "Tỷ lệ hộ nghèo đa chiều giảm bình quân mỗi năm 4,88%; tỷ lệ người dân tham gia bảo hiểm "
        "y tế đạt 100%.\n\n"
        "Đại hội đã thông qua 18 chỉ tiêu chủ yếu. Theo đó, phấn đấu tốc độ tăng giá trị sản "
        "phẩm đạt 10,2%/năm; giảm tỷ lệ hộ nghèo đa chiều xuống còn 4,88%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "phấn đấu tốc độ tăng giá trị sản phẩm đạt 10,2%/năm",
        "giảm tỷ lệ hộ nghèo đa chiều xuống còn 4,88%",
    ]

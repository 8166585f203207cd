"""A commune's congress report: a paragraph that opens on the term before ("Nhiệm kỳ
2015-2020, Đảng bộ … đã …") reports results, never proposed even when a figure in it looks
like a target ("tăng trưởng bình quân 11,8%/năm"); "xây dựng đạt nông thôn mới nâng cao
trước năm 2025" is a status to reach by a date (issue 14: results never proposed)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Đại hội đại biểu Đảng bộ xã Long Hưng lần thứ 27 nhiệm kỳ 2020-2025 đã thành công.

Nhiệm kỳ 2015-2020, Đảng bộ xã đã hoàn thành thắng lợi các chỉ tiêu đề ra. Kinh tế tăng \
trưởng bình quân 11,8%/năm; thu nhập bình quân đầu người năm 2019 đạt 46,9 triệu đồng.

Nhiệm kỳ tới, Đảng bộ xã phấn đấu xây dựng đạt nông thôn mới nâng cao trước năm 2025. Thu \
nhập bình quân đầu người năm 2025 phấn đấu đạt 70 triệu đồng.
"""


def test_the_earlier_terms_figures_are_results():
    targets = read_resolution(TEXT).plan["targets"]
    got = [(m["name"], m["kind"]) for t in targets for m in t["metrics"]]
    assert got == [
        ("Xây dựng đạt nông thôn mới nâng cao", "other"),
        ("Thu nhập bình quân đầu người", "level_at_end"),
    ]


def test_the_time_just_past_and_an_exceeded_quota_are_results():
    text = (
        "Sáng 20/8, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - "
        "2030.\n\nThời gian qua ghi dấu nhiều thành tựu quan trọng. Kết nạp 115 đảng viên mới, "
        "vượt chỉ tiêu đề ra. Tổng sản lượng lương thực đạt hơn 2.100 tấn.\n\nTrong giai đoạn "
        "2025 - 2030, Đảng bộ xã đặt ra nhiều chỉ tiêu quan trọng. Về kinh tế, phấn đấu thu "
        "ngân sách trên địa bàn tăng bình quân hằng năm 5%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [m["name"] for t in targets for m in t["metrics"]] == ["Thu ngân sách trên địa bàn"]


def test_a_congress_that_has_agreed_on_targets_sets_them():
    text = (
        "Đại hội Đảng bộ tỉnh Thanh Hóa khóa XVII đã diễn ra từ ngày 18 đến 20/10/2010. Đại hội "
        "đã nhất trí thông qua những chỉ tiêu chủ yếu về kinh tế – xã hội, đó là : Tốc độ tăng "
        "trưởng kinh tế bình quân hằng năm đạt từ 17 - 18%; GDP bình quân đầu người năm 2015 "
        "đạt 2.100 USD.\n\n"
        "Với sự tập trung dân chủ, đại hội cũng đã bàn các giải pháp nhiệm kỳ mới 2015 - 2020, "
        "trong đó phấn đấu thu nhập bình quân đầu người đạt 70,5 triệu đồng; giảm tỷ lệ hộ "
        "nghèo dưới 4%."
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tốc độ tăng trưởng kinh tế bình quân hằng năm đạt từ 17 - 18%",
        "GDP bình quân đầu người năm 2015 đạt 2.100 USD",
        "phấn đấu thu nhập bình quân đầu người đạt 70,5 triệu đồng",
        "giảm tỷ lệ hộ nghèo dưới 4%",
    ]


def test_a_report_on_the_term_before_said_by_someone_runs_on():
    text = (
        "Đại hội đại biểu Đảng bộ xã Yên Hòa lần thứ I, nhiệm kỳ 2025 - 2030\n\n"
        "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2020 - 2025, Đảng bộ và Nhân dân xã "
        "đã hoàn thành vượt mức 17/19 chỉ tiêu đề ra. Giá trị sản xuất bình quân hằng năm tăng "
        "9,2%; tỷ lệ hộ nghèo còn 1,9%.\n\n"
        "Đại hội đề ra các chỉ tiêu: phấn đấu thu nhập bình quân đầu người đến năm 2030 đạt 110 "
        "triệu đồng; tỷ lệ lao động qua đào tạo đạt 80%."
    )
    read = read_resolution(text)
    assert [m["name"] for t in read.plan["targets"] for m in t["metrics"]] == [
        "Thu nhập bình quân đầu người",
        "Tỷ lệ lao động qua đào tạo",
    ]
    assert "Giá trị sản xuất bình quân hằng năm tăng 9,2%" in read.results


def test_a_report_ends_within_its_paragraph_where_the_targets_are_set():
    text = (
        "Bảo Lộc: 10 chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025\n\n"
        "Báo cáo chính trị do đồng chí Bí thư Thành ủy trình bày cho biết, nhiệm kỳ 2015 – 2020, "
        "thành phố đạt và vượt 15/17 chỉ tiêu chủ yếu: kinh tế tăng trưởng bình quân 8,7%/năm; "
        "tỷ lệ hộ nghèo còn 0,8%. Trên cơ sở đó, Đại hội thống nhất 10 chỉ tiêu chủ yếu cho nhiệm "
        "kỳ 2020 – 2025. Tổng thu ngân sách nhà nước tăng bình quân 10%/năm trở lên. Tổng vốn đầu "
        "tư toàn xã hội thời kỳ 2021 – 2025 đạt 25.000 tỷ đồng."
    )
    targets = read_resolution(text).plan["targets"]
    assert [m["name"] for t in targets for m in t["metrics"]] == [
        "Tổng thu ngân sách nhà nước",
        "Tổng vốn đầu tư toàn xã hội",
    ]

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

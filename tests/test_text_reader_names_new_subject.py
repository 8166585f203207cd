"""Names from a commune's press report: "chuyển đổi 50ha cây trồng …" is an action counted
over the term and named by its verb and object; after a value, a comma before a new subject
("…, Đảng bộ hàng năm …") ends the name; a status inside a general aim ("xác định mục tiêu
…, phấn đấu đến năm 2025 xã đạt chuẩn nông thôn mới") is no target of its own, while the
same status in the list of targets is (issue 14: names, prose)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Đại hội đảng viên xã Long Phú lần thứ IV\n\n"
    "Nhiệm kỳ 2020-2025, Đảng bộ xã Long Phú xác định mục tiêu tiếp tục phát huy thế mạnh "
    "trong nông nghiệp, phấn đấu đến năm 2025 xã đạt chuẩn nông thôn mới.\n\n"
    "Xã phấn đấu đến năm 2025 đạt chuẩn xã nông thôn mới; chuyển đổi 50ha cây trồng trên "
    "tổng diện tích sản xuất; hàng năm có 85% Chi bộ hoàn thành tốt nhiệm vụ trở lên, Đảng "
    "bộ hàng năm hoàn thành tốt nhiệm vụ trở lên.\n"
)


def test_a_communes_targets_are_named_from_their_own_words():
    plan = read_resolution(TEXT).plan
    got = [(m["name"], m["kind"]) for t in plan["targets"] for m in t["metrics"]]
    assert got == [
        ("Đạt chuẩn xã nông thôn mới", "other"),
        ("Chuyển đổi cây trồng trên tổng diện tích sản xuất", "cumulative_over_term"),
        ("Chi bộ hoàn thành tốt nhiệm vụ trở lên", "every_year"),
    ]

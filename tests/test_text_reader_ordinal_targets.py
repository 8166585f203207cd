"""A press report that gives a congress's targets as an ordinal run inside a paragraph
("Một là, tốc độ tăng trưởng … 8 – 8,5%/năm. Hai là, thu nhập … 95 triệu đồng. …"): the parts
set figures, so they are the targets, each one item, and no key tasks; a run whose parts set
none stays the key tasks it was (issue 14: lists inline in one paragraph; helper H's
invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TARGETS = (
    "Bảo Lộc: 10 chỉ tiêu chủ yếu nhiệm kỳ 2020 – 2025\n\n"
    "Trên cơ sở đó, Đại hội thống nhất 4 chỉ tiêu chủ yếu cho nhiệm kỳ 2020 – 2025. Một là, "
    "tốc độ tăng trưởng kinh tế (GRDP) bình quân 8 – 8,5%/năm. Hai là, thu nhập bình quân đầu "
    "người đến năm 2025 đạt 95 triệu đồng/người/năm. Ba là, tỷ lệ hộ nghèo giảm bình quân 0,1 "
    "– 0,2 điểm %/năm, đến năm 2025 còn dưới 0,3%. Bốn là, kết nạp 400 – 450 đảng viên.\n"
)
TASKS = (
    "Đại hội xác định ba nhiệm vụ trọng tâm. Một là, xây dựng Đảng bộ trong sạch, vững mạnh. "
    "Hai là, phát triển nông nghiệp hàng hóa. Ba là, giữ vững quốc phòng, an ninh.\n"
)


def test_an_ordinal_run_that_sets_figures_is_the_list_of_targets():
    read = read_resolution(TARGETS + "\n" + TASKS)
    assert [t["text"] for t in read.plan["targets"]] == [
        "tốc độ tăng trưởng kinh tế (GRDP) bình quân 8 – 8,5%/năm.",
        "thu nhập bình quân đầu người đến năm 2025 đạt 95 triệu đồng/người/năm.",
        "tỷ lệ hộ nghèo giảm bình quân 0,1 – 0,2 điểm %/năm, đến năm 2025 còn dưới 0,3%.",
        "kết nạp 400 – 450 đảng viên.",
    ]
    # the key tasks are the run without figures after it
    assert [t["text"] for t in read.plan["tasks"]] == [
        "xây dựng Đảng bộ trong sạch, vững mạnh.",
        "phát triển nông nghiệp hàng hóa.",
        "giữ vững quốc phòng, an ninh.",
    ]


def test_a_clause_that_names_nothing_measures_the_items_subject():
    poverty = read_resolution(TARGETS).plan["targets"][2]["metrics"]
    assert [(m["name"], m["kind"]) for m in poverty] == [
        ("Tỷ lệ hộ nghèo", "reduction_per_year"),
        ("Tỷ lệ hộ nghèo", "level_at_end"),
    ]


def test_a_name_taken_from_the_item_is_on_the_review_list():
    read = read_resolution(TARGETS)
    level = [p for p in read.proposals if p.target == 3][1]
    assert [(d.code, d.params) for d in level.doubts] == [
        ("doubt.name_from_item", {"name": "Tỷ lệ hộ nghèo"})
    ]


def test_a_run_going_on_in_the_next_paragraph_goes_on_as_targets():
    # "… Bốn là, …" then a paragraph opening "Năm là, …": the same run, items 5 and 6
    text = TARGETS + (
        "\nNăm là, tỷ lệ lao động qua đào tạo đạt 75%. Sáu là, hằng năm kết nạp từ 120 đảng "
        "viên trở lên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"][:18] for t in targets[4:]] == ["tỷ lệ lao động qua", "hằng năm kết nạp t"]
    assert len(targets) == 6


def test_a_run_goes_on_past_a_paragraph_without_ordinals_and_after_a_colon():
    # "Đáng chú ý, …" between, then "…, Nghị quyết xác định: năm là, …" (sixteenth round)
    text = TARGETS + (
        "\nĐáng chú ý, lần đầu tiên Nghị quyết đưa kinh tế số vào phần định hướng.\n"
        "\nỞ lĩnh vực y tế, Nghị quyết xác định: năm là, tỷ lệ lao động qua đào tạo đạt 75%. "
        "Sáu là, hằng năm kết nạp từ 120 đảng viên trở lên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"][:18] for t in targets[4:]] == ["tỷ lệ lao động qua", "hằng năm kết nạp t"]


def test_ordinals_past_ten_go_on_with_the_run():
    # "Thứ mười một, …", "Mười hai là …": eleven and twelve, after "Thứ mười"
    parts = [
        "Thứ nhất, tốc độ tăng trưởng kinh tế bình quân 8%/năm",
        "Thứ hai, thu nhập bình quân đầu người đạt 70 triệu đồng",
        "Thứ ba, tỷ lệ hộ nghèo giảm bình quân 1%/năm",
        "Thứ tư, tỷ lệ che phủ rừng đạt 45%",
        "Thứ năm, tỷ lệ lao động qua đào tạo đạt 75%",
        "Thứ sáu, tỷ lệ đô thị hóa đạt 30%",
        "Thứ bảy, 100% xã đạt chuẩn nông thôn mới",
        "Thứ tám, tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%",
        "Thứ chín, số bác sĩ/vạn dân đạt 12 bác sĩ",
        "Thứ mười, tỷ lệ dân số dùng nước sạch đạt 98%",
        "Thứ mười một, hằng năm kết nạp 200 đảng viên trở lên",
        "Thứ mười hai, tỷ lệ chất thải rắn được thu gom đạt 95%",
    ]
    text = "Đại hội đề ra 12 chỉ tiêu chủ yếu. " + ". ".join(parts) + "."
    targets = read_resolution(text).plan["targets"]
    assert [t["no"] for t in targets] == list(range(1, 13))
    assert targets[10]["text"].startswith("hằng năm kết nạp 200 đảng viên")

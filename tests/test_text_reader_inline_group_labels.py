"""A list run inline in one paragraph under group labels ("Về kinh tế: … Về xã hội: …",
"VỀ XÃ HỘI: 3. …") is read item by item, each under its label, and no label is read as a
target of its own (issue 14, third tuning round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

UNNUMBERED = (
    "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025 Về kinh tế: Tốc độ tăng trưởng kinh tế bình "
    "quân 7,5%/năm. Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng. Về xã hội: "
    "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm. Tỷ lệ trường đạt chuẩn quốc gia đạt 80%. Về môi "
    "trường: Tỷ lệ che phủ rừng đạt 45%.\n"
)
NUMBERED = (
    "Nghị quyết Đại hội Đảng bộ huyện Mường Lát lần thứ XXI, nhiệm kỳ 2020 - 2025\n"
    "CÁC CHỈ TIÊU CHỦ YẾU: VỀ KINH TẾ: 1. Tốc độ tăng trưởng giá trị sản xuất bình quân "
    "12%/năm; 2. Thu nhập bình quân đầu người năm 2025 đạt 40 triệu đồng; VỀ XÃ HỘI: 3. Tỷ lệ "
    "hộ nghèo giảm bình quân 4%/năm; 4. Tỷ lệ trường đạt chuẩn quốc gia đạt 70%; VỀ MÔI "
    "TRƯỜNG: 5. Tỷ lệ che phủ rừng đạt 65%.\n"
)


def test_it_reads_each_sentence_under_an_inline_label_as_an_item():
    result = read_resolution(UNNUMBERED)
    assert result.layout == "list"
    assert [(t["text"], t.get("group")) for t in result.plan["targets"]] == [
        ("Tốc độ tăng trưởng kinh tế bình quân 7,5%/năm.", "economy"),
        ("Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.", "economy"),
        ("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.", "society"),
        ("Tỷ lệ trường đạt chuẩn quốc gia đạt 80%.", "society"),
        ("Tỷ lệ che phủ rừng đạt 45%.", "environment"),
    ]
    # the headline ends with its term, where the list runs on after it
    assert result.plan["title"] == "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020-2025"


def test_it_ends_an_inline_item_before_a_label_in_capitals():
    targets = read_resolution(NUMBERED).plan["targets"]
    assert [(t["no"], t["text"], t.get("group")) for t in targets[1:3]] == [
        (2, "Thu nhập bình quân đầu người năm 2025 đạt 40 triệu đồng;", "economy"),
        (3, "Tỷ lệ hộ nghèo giảm bình quân 4%/năm;", "society"),
    ]
    assert [len(t["metrics"]) for t in targets] == [1, 1, 1, 1, 1]
    assert targets[4]["group"] == "environment"


def test_a_label_that_counts_its_items_heads_them_mid_paragraph():
    # "Về kinh tế, có 2 chỉ tiêu: 1. …": a label, though it holds a number, and a second label
    # in the same paragraph after the first group's last item
    text = (
        "Đại hội thống nhất 4 chỉ tiêu chủ yếu cho nhiệm kỳ 2025 - 2030. Về kinh tế, có 2 chỉ "
        "tiêu: 1. Giá trị sản xuất tăng bình quân 9%/năm; 2. Thu nhập bình quân đầu người năm "
        "2030 đạt 95 triệu đồng. Về quốc phòng, an ninh, có 2 chỉ tiêu: 1. Hằng năm hoàn thành "
        "100% chỉ tiêu tuyển quân; 2. Tỷ lệ điều tra, khám phá án hình sự đạt trên 85%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t.get("group")) for t in targets] == [
        (1, "economy"),
        (2, "economy"),
        (3, "defence-security"),
        (4, "defence-security"),
    ]
    assert targets[2]["text"] == "Hằng năm hoàn thành 100% chỉ tiêu tuyển quân;"

"""An item may open with its figure: "9. 100% trường học đạt chuẩn quốc gia", "11/ 100% chất
thải rắn …". Inline or one per line, such items are items of their list, not the tail of the
item before; and a sub-heading holding a year ("b) Các chỉ tiêu chủ yếu đến năm 2030") heads
the list under it instead of swallowing its first item (issue 14, twelfth round; from
documents invented and labelled by helpers who never read the reader)."""

from __future__ import annotations

import pytest

from chitieu.textread.reader import read_resolution

INTRO = (
    "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NGHĨA HƯNG LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
    "Các chỉ tiêu chủ yếu đến năm 2030:\n"
)
ITEMS = [
    "Tỷ lệ lao động qua đào tạo đạt 80%",
    "100% trường học đạt chuẩn quốc gia",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%",
    "100% dân cư được sử dụng nước sạch",
]
MARKS = ["{n}. ", "{n}/ ", "{n}) ", "- "]


def lows(text: str) -> list[tuple[str, str | None]]:
    plan = read_resolution(text).plan
    return [(t["text"].rstrip(".;"), t["metrics"][0].get("low")) for t in plan["targets"]]


WANT = [(item, low) for item, low in zip(ITEMS, ["80", "100", "97", "100"], strict=True)]


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("apart", ["\n", " "])
def test_items_opening_with_a_share_are_items(mark: str, apart: str):
    body = apart.join(mark.format(n=n) + item + "." for n, item in enumerate(ITEMS, 1))
    assert lows(INTRO + body) == WANT


def test_a_sub_heading_with_a_year_heads_its_list():
    text = (
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ NGHĨA HƯNG LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n"
        "2. Về phương hướng, mục tiêu, chỉ tiêu nhiệm kỳ 2025 - 2030\n"
        "a) Mục tiêu tổng quát: Xây dựng Đảng bộ trong sạch, vững mạnh.\n"
        "b) Các chỉ tiêu chủ yếu đến năm 2030\n"
        "Về kinh tế: "
        + " ".join(f"{n}. {item}." for n, item in enumerate(ITEMS, 1))
        + "\n3. Nhiệm vụ, giải pháp: tập trung phát triển kinh tế.\n"
    )
    assert lows(text) == WANT

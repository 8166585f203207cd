"""A resolution kept as markdown (a .md file, as digitising tools write them): its "#"
headings are read as the same words in a Word file would be, so no target is lost at a
heading and no heading becomes a target (issue 14: layouts)."""

from __future__ import annotations

from pathlib import Path

from chitieu.textread.letters import plain_markdown
from chitieu.textread.reader import read_resolution
from chitieu.textread.sources import extract_text

MARKDOWN = """# Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I, nhiệm kỳ 2025 - 2030

## II. CÁC CHỈ TIÊU CHỦ YẾU

### 1. Về kinh tế:

- Tốc độ tăng trưởng giá trị sản xuất bình quân đạt 10%/năm.
- Thu nhập bình quân đầu người đến năm 2030 đạt 75 triệu đồng.

### 2. Về xã hội:

- Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.
- Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.

## III. NHIỆM VỤ, GIẢI PHÁP
"""


def test_markdown_marks_go_and_the_words_stay():
    marked = "## 3. Về văn hoá\n### 1. Về kinh tế:\n"
    assert plain_markdown(marked) == "3. Về văn hoá\n1. Về kinh tế:\n"
    # a hash inside a line or without a space after it, a "*" group heading: untouched
    kept = "* Về kinh tế\nCăn cứ Điều 5 #2 của Luật\n#hashtag\n"
    assert plain_markdown(kept) == kept


def test_a_markdown_resolution_reads_every_target_in_its_groups(tmp_path: Path):
    path = tmp_path / "nq.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    plan = read_resolution(extract_text(path)).plan
    assert [t["no"] for t in plan["targets"]] == [1, 2, 3, 4]
    assert [t.get("group") for t in plan["targets"]] == ["economy", "economy", "society", "society"]
    assert plan["title"].startswith("Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập")


def test_an_items_marker_in_bold_or_escaped_is_a_marker():
    # "**1.** …" (a marker set in bold) and "1\. …" (escaped by a converter so that it is no
    # list) number items as "1." does; bold elsewhere stays as written
    bold = (
        "## CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025\n"
        "#### Về kinh tế\n"
        "**1.** Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 12% trở lên.  \n"
        "**2.** Sản lượng lương thực đến năm 2025 đạt **14.500 tấn**.  \n"
        "#### Về xã hội\n"
        "**3.** Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.\n"
    )
    escaped = (
        "II\\. Mục tiêu, chỉ tiêu nhiệm kỳ 2020 - 2025\n\n"
        "CÁC CHỈ TIÊU CHỦ YẾU\n\n"
        "1\\. Giá trị sản xuất tăng bình quân 10,5%/năm trở lên.\n\n"
        "2\\. Tỷ lệ lao động qua đào tạo đạt 72%.\n\n"
        "3\\. Tỷ lệ trẻ em trong độ tuổi được đến trường đạt ≥ 99%.\n"
    )
    assert [t["text"] for t in read_resolution(bold).plan["targets"]] == [
        "Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm đạt 12% trở lên.",
        "Sản lượng lương thực đến năm 2025 đạt **14.500 tấn**.",
        "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.",
    ]
    assert [t["no"] for t in read_resolution(escaped).plan["targets"]] == [1, 2, 3]
    assert plain_markdown("II\\. Mục tiêu") == "II. Mục tiêu"


def test_a_groups_heading_in_bold_heads_its_group():
    # "**1. Về xây dựng Đảng:**": the group's heading, not a target
    text = (
        "## II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026\n\n"
        "**1. Về xây dựng Đảng:**\n\n"
        "- Có trên 90% tổ chức đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.\n\n"
        "- Kết nạp từ 13 đảng viên mới trở lên.\n\n"
        "**2. Về kinh tế:**\n\n"
        "- Tổng vốn đầu tư toàn xã hội đạt 632 tỷ đồng.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"][:14], t.get("group")) for t in targets] == [
        ("Có trên 90% tổ", "party-building"),
        ("Kết nạp từ 13 ", "party-building"),
        ("Tổng vốn đầu t", "economy"),
    ]


def test_a_lettered_group_heading_in_bold_capitals_heads_its_group():
    # "**B. VĂN HÓA - XÃ HỘI**" between bold items, then escaped ones: the list goes on
    # under the next group; a bold line in sentence case or naming a figure stays as it is
    text = (
        "## Các chỉ tiêu chủ yếu đến năm 2030\n\n"
        "**A. KINH TẾ**\n\n"
        "**1.** Giá trị sản xuất tăng bình quân 9%/năm.\n"
        "**2.** Thu nhập bình quân đầu người năm 2030 đạt 70 triệu đồng.\n\n"
        "**B. VĂN HÓA - XÃ HỘI**\n\n"
        "3\\. Tỷ lệ hộ nghèo giảm bình quân 2%/năm.\n"
        "4\\. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.\n\n"
        "**C. MÔI TRƯỜNG**\n\n"
        "5\\. Tỷ lệ che phủ rừng duy trì 58%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t.get("group")) for t in targets] == [
        (1, "economy"),
        (2, "economy"),
        (3, "society"),
        (4, "society"),
        (5, "environment"),
    ]
    for kept in ("**A. Kinh tế**", "**1. Tăng trưởng 9%**", "**Kết quả đạt được**", "**1. 95%**"):
        assert plain_markdown(kept) == kept


TAGGED = """# Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026

## 2. Về kinh tế
### [05-NQ/ĐU] 2. Về kinh tế: Các chỉ tiêu và cơ cấu ngành năm 2026
- Tổng thu ngân sách nhà nước trên địa bàn 2.040 triệu đồng;
- Thu nhập bình quân đầu người trên địa bàn 39,6 triệu đồng.

## 3. Về văn hoá-xã hội
### [05-NQ/ĐU] 3. Về văn hoá-xã hội: Các chỉ tiêu cụ thể về giảm nghèo, việc làm
- Tỷ lệ hộ nghèo giảm 0,88%.
- Tỷ lệ thất nghiệp giảm còn 1,31%.
"""


def test_a_digitisers_tag_before_a_headings_words_goes_with_its_marks():
    # an archive's tag of the document ("[05-NQ/ĐU]") had hidden the heading's "3." and
    # "Về …": the list ended at the second field, and the first's items had no group
    assert plain_markdown("### [05-NQ/ĐU] 3. Về xã hội\n") == "3. Về xã hội\n"
    assert plain_markdown("[05-NQ/ĐU] 3. Về xã hội\n") == "[05-NQ/ĐU] 3. Về xã hội\n"
    targets = read_resolution(TAGGED).plan["targets"]
    assert [t["text"][:12] for t in targets] == [
        "Tổng thu ngâ",
        "Thu nhập bìn",
        "Tỷ lệ hộ ngh",
        "Tỷ lệ thất n",
    ]
    assert [t.get("group") for t in targets] == ["economy", "economy", "society", "society"]

"""A press headline in capitals that mentions "chỉ tiêu" ("QUẢNG ĐIỀN: NỖ LỰC HOÀN THÀNH
VƯỢT MỨC CHỈ TIÊU KINH TẾ - XÃ HỘI") is no group heading: the article's paragraphs are read
as prose, as with the same headline in sentence case (issue 14, ninth tuning round;
invented texts)."""

from __future__ import annotations

from chitieu.textread.layouts import heading_group
from chitieu.textread.reader import read_resolution

BODY = """
10:30:33 | 25/6/2019

Ông Nguyễn Văn An, Chủ tịch UBND huyện Phong Điền

Bước sang năm 2019, Phong Điền đề ra nhiều mục tiêu quan trọng. Theo đó, thu ngân sách trên \
địa bàn đạt trên 95 tỷ đồng; thu nhập bình quân đầu người đạt trên 33 triệu đồng/người/năm; \
tỷ lệ hộ nghèo giảm 1,5 - 2,0%.
"""


def test_a_headline_in_capitals_reads_as_in_sentence_case():
    headline = "Phong Điền: Nỗ lực hoàn thành vượt mức chỉ tiêu kinh tế - xã hội"
    names = [
        [m["name"] for t in read_resolution(h + "\n" + BODY).plan["targets"] for m in t["metrics"]]
        for h in (headline, headline.upper())
    ]
    assert names[0] == names[1]
    assert len(names[1]) == 3


def test_group_headings_in_capitals_stay_groups():
    assert heading_group("VỀ KINH TẾ") is not None
    assert heading_group("XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ") is not None
    assert heading_group("NỖ LỰC HOÀN THÀNH VƯỢT MỨC CHỈ TIÊU KINH TẾ - XÃ HỘI") is None

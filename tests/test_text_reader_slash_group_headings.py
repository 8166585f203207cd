"""Unnumbered sentences under numbered group headings written "1/ Kinh tế", "2/ Quản lý đô
thị": each sentence is a target in its heading's group, a heading of group words alone needs
no "Về", a heading the groups do not name still opens its part of the list, and the
programmes' heading after the targets ends the list (issue 14: any numbering, numbered or
unnumbered sub-headings taken as groups)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Nghị quyết Đại hội Đảng bộ quận Bình Tân nhiệm kỳ 2020 - 2025
Một số chỉ tiêu chủ yếu

1/ Kinh tế

Tỷ trọng thương mại - dịch vụ chiếm 60% cơ cấu kinh tế.

Thu ngân sách tăng bình quân 12%/năm.

2/ Quản lý đô thị

Phấn đấu 100% tuyến hẻm được bê tông hoá.

3/ Văn hoá – xã hội

Phấn đấu 95% gia đình đạt gia đình văn hoá.

Phấn đấu 3 phường được công nhận phường văn minh đô thị.

4/ Chương trình, công trình trọng điểm

- Chương trình giảm ngập nước.

- Xây dựng Trung tâm Văn hóa quận.
"""


def test_sentences_under_slash_headings_are_targets_in_their_groups():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["text"], t.get("group")) for t in targets] == [
        ("Tỷ trọng thương mại - dịch vụ chiếm 60% cơ cấu kinh tế.", "economy"),
        ("Thu ngân sách tăng bình quân 12%/năm.", "economy"),
        ("Phấn đấu 100% tuyến hẻm được bê tông hoá.", None),
        ("Phấn đấu 95% gia đình đạt gia đình văn hoá.", "society"),
        ("Phấn đấu 3 phường được công nhận phường văn minh đô thị.", "society"),
    ]


def test_what_the_counted_things_reach_is_in_the_name():
    targets = read_resolution(TEXT).plan["targets"]
    names = [m["name"] for t in targets for m in t["metrics"]]
    assert names[3:] == [
        "Gia đình đạt gia đình văn hoá",
        "Phường được công nhận phường văn minh đô thị",
    ]

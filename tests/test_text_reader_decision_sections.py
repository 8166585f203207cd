"""A council's year plan whose "Điều 2." holds the general aim, the list of targets and the
tasks as numbered decisions: "1. Mục tiêu tổng quát: … Covid-19 …" (a disease's name is no
figure) and "2. Các chỉ tiêu chủ yếu:" over its groups are no targets, and "3. Nhiệm vụ, giải
pháp chủ yếu: …" ends the list (issue 14: numbered sub-headings taken as groups; helper H's
invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "NGHỊ QUYẾT\nVỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2022\n\n"
    "Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2022\n"
    "1. Mục tiêu tổng quát: Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19; "
    "tập trung phục hồi và phát triển kinh tế.\n"
    "2. Các chỉ tiêu chủ yếu: a) Các chỉ tiêu kinh tế: 1. Tốc độ tăng trưởng kinh tế (GRDP) đạt "
    "7 - 7,5%. 2. GRDP bình quân đầu người đạt 68 triệu đồng. b) Các chỉ tiêu xã hội: 3. Tỷ lệ "
    "hộ nghèo giảm 1 - 1,2%. 4. Tỷ lệ lao động qua đào tạo đạt 70%.\n"
    "3. Nhiệm vụ, giải pháp chủ yếu: Tiếp tục thực hiện hiệu quả Chương trình phục hồi và phát "
    "triển kinh tế - xã hội; đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2022.\n\n"
    "Điều 3. Tổ chức thực hiện\n"
)


def test_only_the_items_under_the_heading_of_targets_are_targets():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["group"], t["text"][:22]) for t in targets] == [
        ("economy", "Tốc độ tăng trưởng kin"),
        ("economy", "GRDP bình quân đầu ngư"),
        ("society", "Tỷ lệ hộ nghèo giảm 1 "),
        ("society", "Tỷ lệ lao động qua đào"),
    ]

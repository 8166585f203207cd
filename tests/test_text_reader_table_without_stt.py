"""A table published one cell per line without an STT column ("Chỉ tiêu", "Thực hiện
2020", "Mục tiêu 2025", then each indicator and its figures) is put back into rows, each
read from the plan's column with the unit its name gives, the past result left out of its
name (issue 14, third tuning round; invented text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = "\n".join(
    [
        "Nghị quyết Đại hội Đảng bộ huyện Mai Châu nhiệm kỳ 2020 - 2025",
        "Một số chỉ tiêu chủ yếu",
        "Chỉ tiêu",
        "Thực hiện 2020",
        "Mục tiêu 2025",
        "Tốc độ tăng trưởng kinh tế bình quân (%)",
        "7,1",
        "9",
        "Thu nhập bình quân đầu người (triệu đồng)",
        "32",
        "50",
        "Tỷ lệ hộ nghèo (%)",
        "15,2",
        "5",
    ]
)


def test_it_reads_each_row_from_the_plans_column():
    targets = read_resolution(TEXT).plan["targets"]
    assert [
        (m["name"], m.get("comparator"), m.get("low"), m.get("high"), m["unit"])
        for t in targets
        for m in t["metrics"]
    ] == [
        ("Tốc độ tăng trưởng kinh tế", ">=", "9", None, "%"),
        ("Thu nhập bình quân đầu người", ">=", "50", None, "triệu đồng"),
        ("Tỷ lệ hộ nghèo", "<=", None, "5", "%"),
    ]
    assert targets[2]["text"] == "Tỷ lệ hộ nghèo (%) 15,2 5"

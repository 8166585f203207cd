"""A table whose columns a PDF or a plain-text copy lines up with spaces: its header printed
over two lines ("Ước thực / hiện 2020", "Mục tiêu đến / năm 2025"), cells such as "< 1,5",
"từ 150 trở lên" and "Trên 51", a name wrapped onto a second line, a page's running header
and the header printed again after the break, and a note under the table. The plan's column
is read, not the results' nor the first year's (issue 14: tables, PDFs with page furniture;
helper K's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEADER = (
    "                                                 Ước thực   Mục tiêu đến Kế hoạch\n"
    "TT   Chỉ tiêu                                ĐVT       hiện 2020  năm 2025     năm 2021\n"
)
TEXT = (
    "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025 huyện Lục Ngạn\n\n"
    "Điều 2. Mục tiêu và các chỉ tiêu chủ yếu giai đoạn 2021 - 2025\n\n"
    + HEADER
    + "1    Giá trị sản xuất tăng bình quân hằng năm %           9,1          10 - 11        9,5\n"
    "2    Tỷ lệ hộ nghèo                              %           3,2          < 1,5          2,5\n"
    "3    Tỷ lệ lao động qua đào tạo có               %           23,5         35             26\n"
    "     bằng cấp, chứng chỉ\n"
    "HĐND huyện Lục Ngạn - Kế hoạch phát triển KT-XH 5 năm 2021 - 2025\n"
    + HEADER
    + "4    Kết nạp đảng viên                           Đảng viên 1.012      từ 150 trở lên 30\n"
    "5    Tỷ lệ che phủ rừng                          %         50,5       Trên 51      50,7\n"
    'Ghi chú: Cột "Kế hoạch năm 2021" là kế hoạch năm đầu của giai đoạn.\n\n'
    "Điều 3. Tổ chức thực hiện\n"
)


def test_the_plans_column_under_a_two_line_header_is_read_across_the_page_break():
    plan = read_resolution(TEXT).plan
    got = [
        (m["comparator"], m.get("low"), m.get("high"))
        for t in plan["targets"]
        for m in t["metrics"]
    ]
    assert got == [
        ("range", "10", "11"),
        ("<", None, "1.5"),
        (">=", "35", None),
        (">=", "150", None),
        (">=", "51", None),
    ]
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2020, 2021, 2025]


def test_a_wrapped_name_and_the_note_under_the_table_stay_in_their_places():
    targets = read_resolution(TEXT).plan["targets"]
    assert targets[2]["metrics"][0]["name"] == ("Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ")
    assert "Ghi chú" not in targets[-1]["text"]

"""A congress's directions set out field by field, each field's targets under a bare "Chỉ
tiêu:" with the field's tasks after them: every field's list is read, with the field's group,
whether its items stand on lines of their own or run as clauses after the colon (issue 14,
twelfth round; from a document invented by a helper)."""

from __future__ import annotations

from tests.textread_cases import grouped_bounds

TEXT = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN KRÔNG PẮC LẦN THỨ XVIII, NHIỆM KỲ 2020 - 2025
II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2020 - 2025
2. Về phát triển kinh tế
Chỉ tiêu:
* Giá trị sản xuất tăng bình quân 8 - 8,5%/năm.
* Tổng vốn đầu tư toàn xã hội 5 năm hơn 9.000 tỷ đồng.
Tập trung tái cơ cấu nông nghiệp theo hướng nâng cao giá trị gia tăng.
3. Về văn hóa - xã hội
Chỉ tiêu: đến năm 2025, tỷ lệ hộ nghèo giảm còn dưới 3%; tỷ lệ lao động qua đào tạo đạt 65%.
Nâng cao chất lượng giáo dục, y tế.
4. Về tài nguyên và môi trường
Chỉ tiêu:
+ Trồng mới 1.200 ha rừng sản xuất.
+ Tỷ lệ rác thải đô thị được thu gom, xử lý đạt 90%.
Quản lý chặt chẽ tài nguyên đất, nước.
"""


def test_each_fields_list_is_read_with_its_group():
    got = [(group, low, high) for group, _, _, low, high in grouped_bounds(TEXT)]
    assert got == [
        ("economy", "8", "8.5"),
        ("economy", "9000", "None"),
        ("society", "None", "3"),
        ("society", "65", "None"),
        ("environment", "1200", "None"),
        ("environment", "90", "None"),
    ]


def test_a_fields_clauses_after_its_colon_may_hold_a_dash_inside():
    # "quốc phòng - an ninh" inside a clause is no bullet: the clauses are the field's items
    text = TEXT + (
        "5. Về quốc phòng - an ninh\n"
        "Chỉ tiêu: hằng năm giao quân đạt 100% chỉ tiêu; 100% xã, thị trấn vững mạnh về quốc "
        "phòng - an ninh.\n"
        "Xây dựng khu vực phòng thủ huyện vững chắc.\n"
    )
    got = [(group, low) for group, _, _, low, _ in grouped_bounds(text)]
    assert got[-2:] == [("defence-security", "100"), ("defence-security", "100")]

"""Slips of a typist that must not cut a list short: a number typed twice ("7. … / 7. …"),
read as the next item, and a figure per hectare ("bình quân 1 ha đất trồng trọt … đạt 220
triệu đồng"), where "1 ha" is what the value is counted on, not the value (issue 14:
numbered lists; helper I's invented documents, thirteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "NGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ XÃ HÒA TIẾN LẦN THỨ I, NHIỆM KỲ 2025 - 2030\n\n"
    "2.2. Các chỉ tiêu chủ yếu\n"
    "Nhóm chỉ tiêu kinh tế (02 chỉ tiêu)\n"
    "5. Giá trị thu hoạch bình quân 1 ha đất trồng trọt và nuôi trồng thủy sản đạt 220 triệu "
    "đồng.\n"
    "6. Thu nhập bình quân đầu người đến năm 2030 đạt 110 triệu đồng.\n"
    "Nhóm chỉ tiêu xã hội (03 chỉ tiêu)\n"
    "7. Tỷ lệ lao động qua đào tạo đạt 85%.\n"
    "7. Tỷ lệ hộ nghèo đa chiều còn dưới 0,5%.\n"
    "8. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97% trở lên.\n\n"
    "3. Nhiệm vụ, giải pháp\n"
)


def test_a_number_typed_twice_does_not_end_the_list():
    targets = read_resolution(TEXT).plan["targets"]
    assert len(targets) == 5
    assert targets[-1]["text"] == "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97% trở lên."


def test_one_hectare_is_what_a_yield_is_counted_on():
    metric = read_resolution(TEXT).plan["targets"][0]["metrics"]
    assert [(m["low"], m["unit"]) for m in metric] == [("220", "triệu đồng")]

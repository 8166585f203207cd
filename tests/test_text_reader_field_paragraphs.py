"""A resolution whose fields each run their targets as clauses in one paragraph after the
field's label ("Về kinh tế: A; B; C."), as national and provincial resolutions and their
reprints set them: each clause is a target in its field's group, without the sentence's
closing stop, as a clause in prose (issue 14, sixteenth round; the labelling guide, §2)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH HÒA BÌNH LẦN THỨ XVII

2. Các chỉ tiêu chủ yếu đến năm 2025

Về kinh tế: Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt khoảng 8%/năm; GRDP bình \
quân đầu người đến năm 2025 đạt 70 triệu đồng; tỷ lệ đô thị hóa đạt 35%.

Về xã hội: Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%; \
tỷ lệ hộ nghèo giảm bình quân 2%/năm; về môi trường: tỷ lệ che phủ rừng duy trì ổn định 51%.

3. Đại hội giao Ban Chấp hành Đảng bộ tỉnh xây dựng chương trình hành động.
"""


def test_each_clause_of_a_fields_paragraph_is_a_target_of_its_group():
    targets = read_resolution(TEXT).plan["targets"]
    assert [(t["group"], t["text"]) for t in targets] == [
        ("economy", "Tốc độ tăng trưởng kinh tế (GRDP) bình quân 5 năm đạt khoảng 8%/năm"),
        ("economy", "GRDP bình quân đầu người đến năm 2025 đạt 70 triệu đồng"),
        ("economy", "tỷ lệ đô thị hóa đạt 35%"),
        ("society", "Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%"),
        ("society", "tỷ lệ hộ nghèo giảm bình quân 2%/năm"),
        ("environment", "tỷ lệ che phủ rừng duy trì ổn định 51%"),
    ]
    # the "trong đó" part stays a further measure of its clause's target
    assert [m["low"] for m in targets[3]["metrics"]] == ["70", "30"]


def test_one_fields_paragraph_alone_stays_one_item():
    # one such paragraph in a text is read as before, one target with its measures (read
    # as clauses, it lowered the held-out gate: docs/text-reader.md, sixteenth round)
    text = TEXT.split("\n\nVề xã hội")[0] + "\n"
    targets = read_resolution(text).plan["targets"]
    assert len(targets) == 1
    assert [m["low"] for m in targets[0]["metrics"]] == ["8", "70", "35"]


def test_a_fields_heading_on_its_own_line_over_a_paragraph_of_sentences():
    # "a) Các chỉ tiêu về kinh tế" / "A. B; C." (a legal Q&A page, a press reprint): the
    # sentences part the clauses as ";" does; a structure's shares stay one target
    text = (
        "Các chỉ tiêu chủ yếu được chia thành hai nhóm như sau:\n\n"
        "a) Các chỉ tiêu về kinh tế\n"
        "Tốc độ tăng trưởng kinh tế bình quân 5 năm khoảng 6,5 - 7%/năm. Đến năm 2025, GDP bình "
        "quân đầu người khoảng 4.700 - 5.000 USD; cơ cấu kinh tế: nông nghiệp 10%; công nghiệp "
        "40%; dịch vụ 50%. Tỷ lệ đô thị hóa khoảng 45%.\n\n"
        "b) Các chỉ tiêu về xã hội\n"
        "Tỷ lệ thất nghiệp ở khu vực thành thị dưới 4%; tuổi thọ trung bình đạt 74,5 tuổi.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["group"], t["text"][:30], len(t["metrics"])) for t in targets] == [
        ("economy", "Tốc độ tăng trưởng kinh tế bìn", 1),
        ("economy", "Đến năm 2025, GDP bình quân đầ", 1),
        ("economy", "cơ cấu kinh tế: nông nghiệp 10", 3),
        ("economy", "Tỷ lệ đô thị hóa khoảng 45%", 1),
        ("society", "Tỷ lệ thất nghiệp ở khu vực th", 1),
        ("society", "tuổi thọ trung bình đạt 74,5 t", 1),
    ]


def test_numbered_labels_that_name_their_field_as_targets_do():
    # "1. Các chỉ tiêu về kinh tế: A; B", "Nhóm chỉ tiêu về xã hội gồm 2 chỉ tiêu: C; D"
    text = (
        "III. CÁC CHỈ TIÊU CHỦ YẾU\nPhấn đấu đến năm 2025:\n"
        "1. Các chỉ tiêu về kinh tế: Tốc độ tăng giá trị sản xuất bình quân 10 - 11%/năm; thu "
        "nhập bình quân đầu người đạt 62 triệu đồng.\n"
        "2. Nhóm chỉ tiêu về xã hội gồm 2 chỉ tiêu: Tỷ lệ lao động qua đào tạo đạt 75%; tỷ lệ "
        "hộ nghèo giảm bình quân 1,2 - 1,5%/năm.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["group"], t["metrics"][0]["low"]) for t in targets] == [
        ("economy", "10"),
        ("economy", "62"),
        ("society", "75"),
        ("society", "1.2"),
    ]


def test_a_vision_heading_running_its_fields_after_the_colon_is_a_further_list():
    # "Tầm nhìn đến năm 2030: về kinh tế: …; về xã hội: …" after the term's fields; and in
    # a text so written, a clause with no figure beside one with a figure is a target too
    text = TEXT.replace(
        "\n3. Đại hội",
        "\nVề quốc phòng - an ninh: Hằng năm hoàn thành 100% chỉ tiêu tuyển quân; xây dựng "
        "lực lượng dân quân tự vệ vững mạnh, rộng khắp.\n"
        "Tầm nhìn đến năm 2030: về kinh tế: thu nhập bình quân đầu người đạt 150 triệu đồng; "
        "về xã hội: tỷ lệ lao động qua đào tạo đạt 85%.\n\n3. Đại hội",
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["group"], t["text"][:24]) for t in targets[6:]] == [
        ("defence-security", "Hằng năm hoàn thành 100%"),
        ("defence-security", "xây dựng lực lượng dân q"),
        ("economy", "thu nhập bình quân đầu n"),
        ("society", "tỷ lệ lao động qua đào t"),
    ]
    assert targets[-1]["metrics"][0]["end_year"] == 2030


RESULTS_FIRST = """Đại hội XIII xác định các chỉ tiêu chủ yếu 5 năm 2021 - 2025

Cổng Thông tin điện tử Chính phủ trích giới thiệu kết quả 5 năm qua và các chỉ tiêu chủ yếu.

Kết quả 5 năm 2016 - 2020

Về kinh tế: Tốc độ tăng trưởng GDP bình quân 5 năm đạt khoảng 5,9%/năm. Quy mô GDP năm \
2020 đạt 271,2 tỷ USD.

Về xã hội: Tỷ lệ tham gia bảo hiểm y tế đạt 90,7% dân số. Tuổi thọ trung bình đạt 73,7 tuổi.

Các chỉ tiêu chủ yếu 5 năm 2021 - 2025

Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt khoảng 6,5 - 7%/năm. Tỷ lệ đô thị \
hóa khoảng 45%.

Về xã hội: Tỷ lệ tham gia bảo hiểm y tế đạt 95% dân số. Tuổi thọ trung bình khoảng 74,5 tuổi.
"""


def test_fields_under_a_heading_of_results_are_no_targets():
    # the headline names the targets, but "Kết quả 5 năm 2016 - 2020" heads the fields after
    # it: their clauses are results; the targets are those under the next heading
    targets = read_resolution(RESULTS_FIRST).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Tốc độ tăng trưởng kinh tế bình quân 5 năm đạt khoảng 6,5 - 7%/năm",
        "Tỷ lệ đô thị hóa khoảng 45%",
        "Tỷ lệ tham gia bảo hiểm y tế đạt 95% dân số",
        "Tuổi thọ trung bình khoảng 74,5 tuổi",
    ]

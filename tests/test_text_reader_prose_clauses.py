"""In a press summary each clause is one target, cut where the text cuts it: a heading
that runs on into the text, a colon lead-in, a "… đề ra … là" lead-in, a sentence that
begins with a percentage; a structure's shares stay one target; counts of tasks are no
figures; a sentence that began with results goes on with results (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

RUN_ON = (
    "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng kinh tế bình quân đạt "
    "8%/năm. Cơ cấu kinh tế đến năm 2025: công nghiệp - xây dựng khoảng 40%; dịch vụ khoảng "
    "45%; nông nghiệp khoảng 15%. Đến năm 2025: 100% trường học đạt chuẩn; tỷ lệ hộ dùng nước "
    "sạch trên 95%. Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm từ 85% trở lên. 100% xã "
    "đạt chuẩn vững mạnh về quốc phòng. Hằng năm có 80% chi bộ trong sạch, vững mạnh, kết nạp "
    "40 đảng viên trở lên, không có chi bộ yếu kém. Đại hội cũng xác định 4 nhiệm vụ trọng tâm "
    "và 3 khâu đột phá."
)


def test_it_cuts_a_summary_into_its_clauses():
    plan = read_resolution(RUN_ON).plan
    assert plan["title"] == "Một số chỉ tiêu chủ yếu (nhiệm kỳ 2020 - 2025)"
    assert [t["text"] for t in plan["targets"]] == [
        "Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm",
        "Cơ cấu kinh tế đến năm 2025: công nghiệp - xây dựng khoảng 40%; dịch vụ khoảng 45%; "
        "nông nghiệp khoảng 15%",
        "100% trường học đạt chuẩn",
        "tỷ lệ hộ dùng nước sạch trên 95%",
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm từ 85% trở lên",
        "100% xã đạt chuẩn vững mạnh về quốc phòng",
        "Hằng năm có 80% chi bộ trong sạch, vững mạnh, kết nạp 40 đảng viên trở lên, không có "
        "chi bộ yếu kém",
    ]


def test_a_structure_is_one_target_of_shares():
    plan = read_resolution(RUN_ON).plan
    shares = [(m["kind"], m["comparator"], m["low"]) for m in plan["targets"][1]["metrics"]]
    assert shares == [
        ("share_structure", "=", "40"),
        ("share_structure", "=", "45"),
        ("share_structure", "=", "15"),
    ]


def test_a_clause_of_three_measures_is_read_as_three():
    plan = read_resolution(RUN_ON).plan
    got = [
        (m["name"], m["kind"], m["comparator"], m.get("low"), m.get("high"))
        for m in plan["targets"][-1]["metrics"]
    ]
    assert got == [
        ("Chi bộ trong sạch, vững mạnh", "every_year", ">=", "80", None),
        ("Kết nạp đảng viên", "every_year", ">=", "40", None),
        ("Chi bộ yếu kém", "every_year", "<=", None, "0"),
    ]


def test_a_lead_in_that_sets_out_the_targets_is_left_out():
    plan = read_resolution(
        "Huyện ủy Na Hang triển khai nhiệm vụ năm 2021.\n"
        "Nhiệm vụ trọng tâm được huyện đặt ra trong năm 2021 là thu nhập bình quân đầu người đạt "
        "trên 30 triệu đồng; trồng mới 400 ha rừng."
    ).plan
    assert [t["text"] for t in plan["targets"]] == [
        "thu nhập bình quân đầu người đạt trên 30 triệu đồng",
        "trồng mới 400 ha rừng",
    ]


def test_a_sentence_that_reports_results_goes_on_reporting_them():
    result = read_resolution(
        "Năm 2020, 14/17 chỉ tiêu đạt và vượt kế hoạch, trồng rừng vượt 5% kế hoạch; tỷ lệ hộ "
        "nghèo giảm từ 29% xuống còn 25%.\n"
        "Năm 2021 phấn đấu thu nhập bình quân đầu người đạt 30 triệu đồng."
    )
    assert [t["text"] for t in result.plan["targets"]] == [
        "Năm 2021 phấn đấu thu nhập bình quân đầu người đạt 30 triệu đồng"
    ]
    assert "tỷ lệ hộ nghèo giảm từ 29% xuống còn 25%" in result.results


def test_a_structure_after_a_comma_and_a_list_led_by_gồm_are_read():
    text = (
        "Theo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2025 gồm tốc độ tăng "
        "trưởng GRDP 9 - 10%/năm; về cơ cấu kinh tế, nông, lâm nghiệp, thủy sản chiếm 12,44%; "
        "công nghiệp xây dựng 42,42%; dịch vụ 36,43%."
    )
    targets = read_resolution(text).plan["targets"]
    assert targets[0]["text"] == "tốc độ tăng trưởng GRDP 9 - 10%/năm"
    assert len(targets) == 2  # the shares of one structure are one target
    shares = [(m["name"], m["kind"], m["low"]) for m in targets[1]["metrics"]]
    assert shares == [
        ("Nông, lâm nghiệp, thủy sản", "share_structure", "12.44"),
        ("Công nghiệp xây dựng", "share_structure", "42.42"),
        ("Dịch vụ", "share_structure", "36.43"),
    ]


def test_sectors_with_their_shares_are_a_structure_and_after_a_growth_rate_growths():
    shares = (
        "Nhiệm kỳ 2020-2025, báo cáo chính trị đề ra các chỉ tiêu: Tốc độ tăng trưởng 7,6%; lĩnh "
        "vực nông – lâm – thủy sản 47,8%, công nghiệp – xây dựng 23,51%, thương mại – dịch vụ "
        "28,69%; thu nhập bình quân đầu người đến năm 2025 đạt 75 triệu đồng."
    )
    targets = read_resolution(shares).plan["targets"]
    got = [(m["kind"], m["comparator"]) for m in targets[1]["metrics"]]
    assert got == [("share_structure", "=")] * 3
    growths = (
        "Năm 2019, huyện Sóc Sơn phấn đấu tốc độ tăng trưởng kinh tế đạt 10,5-11%, trong đó, tăng "
        "trưởng công nghiệp 11-11,5%, dịch vụ 13-13,5%, nông nghiệp 2,5-3,5%."
    )
    metrics = read_resolution(growths).plan["targets"][0]["metrics"]
    assert [m["kind"] for m in metrics] == ["average_annual_growth"] * 4


def test_shares_named_by_sector_and_told_with_là_are_a_structure():
    text = (
        "Trong đó huyện phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 8-9%; đến năm 2020 tỷ "
        "trọng nông nghiệp, thủy sản chiếm 23%, công nghiệp - tiểu thủ công nghiệp - xây dựng cơ "
        "bản chiếm 39,6%, dịch vụ là 37,4%."
    )
    shares = read_resolution(text).plan["targets"][1]["metrics"]
    assert [(m["kind"], m["comparator"], m["low"]) for m in shares] == [
        ("share_structure", "=", "23"),
        ("share_structure", "=", "39.6"),
        ("share_structure", "=", "37.4"),
    ]

"""A numbered line without a figure that leads into lettered items ("7. Các chỉ tiêu y tế,
dân số:" over "a) …", "b) …"; "2.4. Về xây dựng nông thôn mới:") is no target: each lettered
item is one, numbered on, and the list goes on after them at the lead-in's next number. An
item that ends "trong đó:" over dash lines holds them as its further measures; a tab after
a Word list's marker parts no cells (issue 14, fifteenth round; invented texts)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

NUMBERED = """II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2022
1. Thu nhập bình quân đầu người 52 triệu đồng/người/năm.
2. Tổng thu ngân sách nhà nước 285,6 tỷ đồng, trong đó:
- Thu nội địa 142 tỷ đồng;
- Thu tiền sử dụng đất 120 tỷ đồng.
3. Các chỉ tiêu y tế, dân số:
a) Số bác sĩ/10.000 dân đạt 9,2 bác sĩ;
b) Tỷ lệ dân số tham gia bảo hiểm y tế 93,5%.
4. Tỷ lệ che phủ rừng 47,5%.

III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
1. Đẩy mạnh cải cách hành chính.
"""

DOTTED = """2. Phấn đấu đến năm 2030 đạt được các chỉ tiêu chủ yếu sau:
2.1. Tốc độ tăng trưởng giá trị sản xuất bình quân 10 - 11%/năm.
2.2. Về xây dựng nông thôn mới:
a) Có 9/14 thôn đạt chuẩn thôn nông thôn mới kiểu mẫu;
b) 100% tuyến đường trục thôn được cứng hóa.
2.3. Tỷ lệ hộ nghèo đa chiều dưới 0,5%.
3. Những nhiệm vụ, giải pháp chủ yếu
"""


def _read(text: str) -> list[tuple[int, str, int]]:
    targets = read_resolution(text).plan["targets"]
    return [(t["no"], t["text"][:12], len(t["metrics"])) for t in targets]


def test_lettered_items_under_a_numbered_lead_in_are_targets_and_the_list_goes_on():
    assert _read(NUMBERED) == [
        (1, "Thu nhập bìn", 1),
        (2, "Tổng thu ngâ", 3),  # the sum, then its two parts
        (3, "Số bác sĩ/10", 1),
        (4, "Tỷ lệ dân số", 1),
        (5, "Tỷ lệ che ph", 1),
    ]


def test_a_dotted_lead_in_works_alike():
    assert _read(DOTTED) == [
        (1, "Tốc độ tăng ", 1),
        (2, "Có 9/14 thôn", 1),
        (3, "100% tuyến đ", 1),
        (4, "Tỷ lệ hộ ngh", 1),
    ]


def test_a_numbered_field_label_over_bullets_leads_in_and_the_list_goes_on():
    # "2. Về lao động, việc làm:" names no group of its own: its bullets stay in the list's
    text = (
        "2. Các chỉ tiêu chủ yếu:\n* Về văn hóa - xã hội:\n1. Tỷ lệ hộ nghèo dưới 1%.\n"
        "2. Về lao động, việc làm:\n•\tTỷ lệ lao động qua đào tạo đạt 70%;\n"
        "•\tMỗi năm giải quyết việc làm mới cho 150 lao động.\n"
        "3. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%.\n"
        "* Về môi trường:\n4. Tỷ lệ hộ sử dụng nước sạch đạt 90%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["no"], t.get("group"), t["text"][:12]) for t in targets] == [
        (1, "society", "Tỷ lệ hộ ngh"),
        (2, "society", "Tỷ lệ lao độ"),
        (3, "society", "Mỗi năm giải"),
        (4, "society", "Tỷ lệ dân số"),
        (5, "environment", "Tỷ lệ hộ sử "),
    ]


def test_a_tab_after_the_marker_is_no_cell():
    tabbed = NUMBERED.replace("1. Thu", "1.\tThu").replace("4. Tỷ", "4.\tTỷ")
    assert tabbed != NUMBERED
    assert _read(tabbed) == _read(NUMBERED)


GROWTH_LEAD = """II. Thông qua một số chỉ tiêu kinh tế- xã hội sau đây, được xem là mức phấn đấu:
1/ Tốc độ tăng trưởng bình quân hàng năm:
- Công nghiệp - tiểu thủ công nghiệp: 10-12%
- Kim ngạch xuất khẩu : 12-14%
2/ Từ năm 1991 đến 1995 giải quyết được 20.000 lao động có việc làm.
3/ Từ năm 1993 trở đi đảm bảo tỷ lệ tăng dân số là 1,30%
"""


def test_a_numbered_lead_in_over_dashes_says_what_their_figures_are_and_the_list_goes_on():
    # "2/" after the dashes numbers on from "1/ …:" (it had been joined to the last dash, an
    # unfinished line), and the lead-in's "bình quân hàng năm" makes each a growth rate
    targets = read_resolution(GROWTH_LEAD).plan["targets"]
    assert [t["text"][:20] for t in targets] == [
        "Công nghiệp - tiểu t",
        "Kim ngạch xuất khẩu ",
        "Từ năm 1991 đến 1995",
        "Từ năm 1993 trở đi đ",
    ]
    growth = [targets[0]["metrics"][0], targets[1]["metrics"][0]]
    assert [(m["name"], m["kind"], m["input"]) for m in growth] == [
        ("Công nghiệp - tiểu thủ công nghiệp", "average_annual_growth", "rate"),
        ("Kim ngạch xuất khẩu", "average_annual_growth", "rate"),
    ]
    # a span of years is when, not what: over the years it names, and every year from one on
    jobs, population = targets[2]["metrics"][0], targets[3]["metrics"][0]
    assert jobs["kind"] == "cumulative_over_term" and not jobs["name"].startswith("Từ")
    assert (population["name"], population["kind"]) == ("Tỷ lệ tăng dân số", "every_year")

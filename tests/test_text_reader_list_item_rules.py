"""Inside a list item the reader finds each measure whole: a sentence's end inside the item
ends a measure, a bullet that runs on into the next item ("….(9) …") is two targets,
indicators bad by nature are ceilings, counts of units reaching a standard are counts, and
names hold no share's base, quota or filler (issue 14)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

HEAD = (
    "Nghị quyết Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ X, nhiệm kỳ 2020 - 2025\n"
    "Các chỉ tiêu chủ yếu:\n"
)


def metrics(items: str) -> list[list[dict]]:  # type: ignore[type-arg]
    plan = read_resolution(HEAD + items).plan
    keys = ("name", "kind", "comparator", "low", "high", "unit")
    return [[{k: m[k] for k in keys if k in m} for m in t["metrics"]] for t in plan["targets"]]


def test_a_sentence_end_inside_an_item_ends_its_measure():
    got = metrics(
        "(1) Tổng đàn gia súc: 3.000 con (trong đó đàn bò: 1.000 con; đàn dê: 500 con). "
        "Gia cầm: 6.000 con.\n"
        "(2) Tỷ lệ thôn văn hóa: 90%. Cơ quan, đơn vị văn hóa: 100%.\n"
    )
    assert [[(m["name"], m["low"]) for m in t] for t in got] == [
        [("Tổng đàn gia súc", "3000"), ("Đàn bò", "1000"), ("Đàn dê", "500"), ("Gia cầm", "6000")],
        [("Tỷ lệ thôn văn hóa", "90"), ("Cơ quan, đơn vị văn hóa", "100")],
    ]


def test_a_bullet_running_on_into_the_next_item_is_two_targets():
    plan = read_resolution(
        "SỐ CHỈ TIÊU\n"
        "• Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng.\n"
        "• Tỷ lệ che phủ rừng đạt 45%.(3) Kim ngạch xuất khẩu đến năm 2025 đạt 500 triệu USD.\n"
        "• Tỷ lệ hộ nghèo còn 2%.\n"
    ).plan
    assert [(t["no"], t["text"]) for t in plan["targets"]] == [
        (1, "Thu nhập bình quân đầu người đến năm 2025 đạt 60 triệu đồng."),
        (2, "Tỷ lệ che phủ rừng đạt 45%."),
        (3, "Kim ngạch xuất khẩu đến năm 2025 đạt 500 triệu USD."),
        (4, "Tỷ lệ hộ nghèo còn 2%."),
    ]


def test_indicators_bad_by_nature_are_ceilings():
    got = metrics(
        "1. Tỷ lệ tăng dân số tự nhiên hằng năm: 1,1%.\n"
        "2. Tỷ lệ sinh con thứ ba trở lên: 5%.\n"
        "3. Tốc độ tăng chỉ số giá tiêu dùng (CPI) bình quân khoảng 4%.\n"
    )
    assert [(t[0]["comparator"], t[0].get("low"), t[0]["high"]) for t in got] == [
        ("<=", None, "1.1"),
        ("<=", None, "5"),
        ("<=", None, "4"),
    ]


def test_a_yearly_rise_without_an_average_is_every_year():
    got = metrics(
        "1. Thu ngân sách hằng năm tăng 10 - 12%.\n"
        "2. Tỷ lệ tăng thu ngân sách so năm trước: 10% trở lên.\n"
        "3. Giá trị sản xuất tăng bình quân hằng năm 8%.\n"
    )
    assert [t[0]["kind"] for t in got] == ["every_year", "every_year", "average_annual_growth"]


def test_units_reaching_a_standard_are_counted():
    got = metrics(
        "1. Xây dựng 3 - 5 xã đạt nông thôn mới nâng cao.\n"
        "2. Lũy kế đến cuối nhiệm kỳ có 12 xã được công nhận đạt chuẩn nông thôn mới.\n"
        "3. Số trường đạt chuẩn quốc gia: 4 trường.\n"
    )
    assert [(t[0]["name"], t[0]["kind"], t[0]["unit"]) for t in got] == [
        ("Xây dựng xã đạt nông thôn mới nâng cao", "count_of_units", "xã"),
        ("Xã được công nhận đạt chuẩn nông thôn mới", "count_of_units", "xã"),
        ("Số trường đạt chuẩn quốc gia", "count_of_units", "trường"),
    ]


def test_names_hold_no_base_quota_or_filler():
    got = metrics(
        "1. Tỷ lệ chi bộ hằng năm đạt trong sạch, vững mạnh: 80% trở lên/tổng số chi bộ.\n"
        "2. Tuyển chọn, gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu.\n"
        "3. Bình quân hằng năm kết nạp đảng viên mới: trên 4%.\n"
        "4. Đảng bộ xã hằng năm đạt: hoàn thành tốt nhiệm vụ trở lên.\n"
    )
    assert [t[0]["name"] for t in got] == [
        "Tỷ lệ chi bộ",
        "Tuyển chọn, gọi công dân nhập ngũ",
        "Kết nạp đảng viên mới",
        "Đảng bộ xã",
    ]


def test_an_output_given_in_percent_is_its_growth():
    got = metrics(
        "1. Giá trị sản xuất công nghiệp, xây dựng 11%/năm.\n"
        "2. Tổng sản phẩm trên địa bàn đạt 7%.\n"
        "3. Tỷ trọng công nghiệp trong GRDP đạt 30%.\n"
    )
    assert [t[0]["kind"] for t in got] == [
        "average_annual_growth",
        "average_annual_growth",
        "level_at_end",
    ]

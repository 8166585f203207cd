"""A name may say "trên đầu người" and a unit may be written against its number ("820kg/người/
năm"): "trên" ends a name only where a number follows it, as a floor ("trên 900 triệu USD"),
and a unit glued to its number keeps its denominators (issue 14: names and units from the
text)."""

from __future__ import annotations

from chitieu.textread.phrases import read_measure
from chitieu.textread.reader import read_resolution


def test_trên_before_words_stays_in_the_name():
    (m,) = read_measure("Bình quân lương thực trên đầu người là 820 kg/người/năm", default_end=2025)
    assert (m.name, m.unit, m.comparator, m.low) == (
        "Bình quân lương thực trên đầu người",
        "kg/người/năm",
        ">=",
        820,
    )


def test_trên_before_a_number_is_a_floor_that_ends_the_name():
    (m,) = read_measure("Kim ngạch xuất khẩu trên 900 triệu USD", default_end=2025)
    assert (m.name, m.unit, m.comparator, m.low) == ("Kim ngạch xuất khẩu", "triệu USD", ">=", 900)


def test_a_unit_glued_to_its_number_keeps_its_denominators():
    for text, unit in [
        ("Sản lượng lương thực bình quân đầu người đạt 820kg/người/năm", "kg/người/năm"),
        ("Năng suất lúa đạt 62tạ/ha", "tạ/ha"),
        ("Mật độ cây xanh đạt 12m2/người", "m2/người"),
    ]:
        (m,) = read_measure(text, default_end=2025)
        assert m.unit == unit, text


def test_a_count_of_people_after_a_measure_is_no_per_head_tail():
    # "… và hơn 93.000 dân": a unit ending in "dân" with no "/" lends no denominator (this
    # once raised ValueError and crashed the read)
    text = "Xã Hóc Môn phấn đấu đến năm 2030 có 16 km2 đường giao thông và hơn 93.000 dân."
    units = [m["unit"] for t in read_resolution(text).plan["targets"] for m in t["metrics"]]
    assert "km2" in units and all("/" not in u for u in units)

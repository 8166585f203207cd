"""Lạng Sơn's units before and after 1 July 2025, from the bundled data."""

from datetime import date

from chitieu.units.files import load_registry


def levels(day: date) -> dict[str, int]:
    out: dict[str, int] = {}
    for u in load_registry("20").in_force(day, under="20"):
        out[u.level] = out.get(u.level, 0) + 1
    return out


def test_it_has_11_districts_and_194_communes_until_30_june_2025():
    assert levels(date(2025, 6, 30)) == {"district": 11, "commune": 194}


def test_it_has_65_communes_and_no_districts_from_1_july_2025():
    assert levels(date(2025, 7, 1)) == {"commune": 65}


def test_it_puts_the_new_communes_directly_under_the_province():
    reg = load_registry("20")
    new = reg.in_force(date(2026, 1, 1), under="20")
    assert {u.parent for u in new} == {"20"} and all(u.valid_from == date(2025, 7, 1) for u in new)
    old = [u for u in reg.in_force(date(2024, 1, 1), under="20") if u.level == "commune"]
    assert all(reg.ancestors(u.code, date(2024, 1, 1))[-1] == "20" for u in old)


def test_it_does_not_take_a_reused_code_for_the_same_commune():
    # 05977 was Phường Vĩnh Trại until 30/6/2025 and is Phường Đông Kinh since; with no
    # lineage record bundled, neither is mapped to the other
    reg = load_registry("20")
    old, new = reg.versions("05977")
    assert (old.name, new.name) == ("Phường Vĩnh Trại", "Phường Đông Kinh")
    assert reg.map_to("05977", date(2024, 1, 1), date(2026, 1, 1)) == set()
    assert reg.map_to("05977", date(2026, 1, 1), date(2024, 1, 1)) == set()

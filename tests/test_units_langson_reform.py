"""Lạng Sơn's units before and after 1 July 2025, from the bundled data."""

import json
from datetime import date

from chitieu.units.files import DATA, load_registry


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


def test_it_follows_a_reused_code_through_the_reform_lineage_not_the_code():
    # 05977 was Phường Vĩnh Trại until 30/6/2025 and is Phường Đông Kinh since: the
    # bundled conversion table, not the equal code, says what each became or came from.
    reg = load_registry("20")
    old, new = reg.versions("05977")
    assert (old.name, new.name) == ("Phường Vĩnh Trại", "Phường Đông Kinh")
    table = json.loads((DATA / "langson-2025-reform.json").read_text(encoding="utf-8"))
    became = {n for c in table["changes"] if c["old"] == "05977" for n in c["new"]}
    came_from = {c["old"] for c in table["changes"] if "05977" in c["new"]}
    assert became and came_from
    assert reg.map_to("05977", date(2024, 1, 1), date(2026, 1, 1)) == became
    assert reg.map_to("05977", date(2026, 1, 1), date(2024, 1, 1)) == came_from


def test_it_maps_every_2024_commune_into_the_65_of_2025():
    reg = load_registry("20")
    olds = [u for u in reg.units if u.level.value == "commune" and u.valid_to is not None]
    news = {u.code for u in reg.units if u.level.value == "commune" and u.valid_from is not None}
    assert len(olds) == 194 and len(news) == 65
    mapped = set()
    for u in olds:
        targets = reg.map_to(u.code, date(2025, 6, 30), date(2025, 7, 1))
        assert targets and targets <= news, u.code
        mapped |= targets
    assert mapped == news

"""The 2025 reform's lineage is in the database: each new commune shows where it came from."""

from __future__ import annotations

import json
from datetime import date

from chitieu.units.files import DATA
from chitieu.web.units.models import AdminUnit, UnitChange
from tests.webhelpers import client_for


def test_it_records_every_old_commune_becoming_a_new_one(demo):
    table = json.loads((DATA / "langson-2025-reform.json").read_text(encoding="utf-8"))
    expected = {(c["old"], new) for c in table["changes"] for new in c["new"]}
    stored = set(
        UnitChange.objects.filter(effective=date(2025, 7, 1)).values_list(
            "predecessor__code", "successor__code"
        )
    )
    assert stored == expected


def test_it_shows_a_new_communes_predecessors_on_its_page(demo):
    commune = AdminUnit.objects.get(code="06040", valid_from=date(2025, 7, 1))
    page = client_for("daibieu").get(f"/units/{commune.pk}/").content.decode()
    section = page.split('id="predecessors"', 1)[1].split("</table>", 1)[0]
    for old in UnitChange.objects.filter(successor=commune).select_related("predecessor"):
        assert old.predecessor.name in section
    assert UnitChange.objects.filter(successor=commune).count() == 3  # Thất Khê and two more

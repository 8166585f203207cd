"""A jump is measured from the figure that counts for the year before: its current vintage
by the vintage rule (the most final stage, then the latest report), not a later estimate
or a plan figure, and not the first official figure once it has been revised."""

from __future__ import annotations

from datetime import date

from chitieu.web.plans.models import Measure
from tests.entryhelpers import add_approved, approved_series, entry_url, form
from tests.webhelpers import client_for


def test_it_measures_a_jump_from_the_current_vintage_of_the_year_before(demo):
    approved_series(
        "trained-labour", {"2021": "57", "2022": "58.5", "2023": "60.2", "2024": "62.5"}
    )
    add_approved("trained-labour", "2024", "68", "official", date(2025, 5, 1))  # the revision
    add_approved("trained-labour", "2024", "69", "estimate", date(2025, 6, 1))  # less final
    add_approved("trained-labour", "2024", "90", "plan", date(2025, 7, 1))  # never an actual
    Measure.objects.filter(key="trained-labour").update(max_change=1)
    demo.touch()

    r = client_for("laodong").post(entry_url(), form(trained_labour="70"))

    page = r.content.decode()
    warnings = page.split('id="entry-warnings"')[1].split("</div>")[0]
    assert [item.split("</li>")[0] for item in warnings.split("<li>")[1:]] == [
        "Trường “Tỷ lệ lao động qua đào tạo”: hãy kiểm tra: từ 68 (năm 2024) thành 70 là "
        "thay đổi 2, lớn hơn mức thay đổi hợp lý lớn nhất trong một năm, 1"
    ]

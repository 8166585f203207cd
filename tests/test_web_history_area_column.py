"""On a measure's history, the column that names where a figure is for (the province, a
district, a commune) says so: "Địa bàn" / "Area", not the unit of measure, which the
line above the table gives."""

from __future__ import annotations

import re

from django.urls import reverse

from tests.webhelpers import client_for

HISTORY = reverse("figures:history", args=["langson-xvii", "trained-labour"])


def _headings(page: str) -> list[str]:
    head = page.split('id="vintages"')[1].split("</thead>")[0]
    return re.findall(r"<th[^>]*>(.*?)</th>", head)


def test_it_names_the_area_column_as_such_in_both_languages(demo):
    vi = client_for("daibieu").get(HISTORY).content.decode()
    assert _headings(vi)[:3] == ["Kỳ báo cáo", "Địa bàn", "Số liệu"]
    assert "Đơn vị tính: %" in vi.split('id="vintages"')[0]  # the unit of measure, above
    row = vi.split('class="vintage')[1].split("</tr>")[0]
    assert "<td>Tỉnh Lạng Sơn</td>" in row
    en = client_for("daibieu", lang="en").get(HISTORY).content.decode()
    assert _headings(en)[:3] == ["Reporting period", "Area", "Value"]

"""A format that cannot hold a figure (DHIS2 has no nine-month period) gives a page naming
that figure, in the visitor's language, and no file; the other formats still download."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings

from tests.exchangeweb import exchange_plan
from tests.webhelpers import client_for


def test_it_names_the_nine_month_figure_dhis2_cannot_hold(demo, people):
    plan = exchange_plan(people["kehoach"], nine_months=True)
    response = client_for("daibieu").get(f"/plans/{plan.slug}/exchange/dhis2.json")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Không tải được tệp dhis2.json" in page
    assert "DHIS2 không có kỳ 2023-9M (9 tháng năm 2023)" in page
    assert "nuoc-sach 20 2023-9M" in page
    assert not list(Path(settings.EXPORTS_DIR).glob("*dhis2*"))  # nothing half-written
    english = client_for("daibieu", "en").get(f"/plans/{plan.slug}/exchange/dhis2.csv")
    text = english.content.decode()
    assert "The file dhis2.csv cannot be written: nothing was downloaded." in text
    assert "DHIS2 has no period for 2023-9M" in text
    assert client_for("daibieu").get(f"/plans/{plan.slug}/exchange/sdmx.csv").status_code == 200


def test_an_unknown_format_is_a_page_too(demo, people):
    plan = exchange_plan(people["kehoach"])
    response = client_for(None).get(f"/plans/{plan.slug}/exchange/sdmx.json")
    assert response.status_code == 400
    assert "không có định dạng này" in response.content.decode()

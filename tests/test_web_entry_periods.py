"""A report is for a period of the plan's term; any other period is a clear 404."""

from __future__ import annotations

import pytest

from chitieu.web.figures.models import Submission
from tests.entryhelpers import TOURISM, entry_url, form
from tests.webhelpers import client_for


@pytest.mark.parametrize(
    ("period", "message"),
    [
        ("2030", "kỳ 2030 nằm ngoài nhiệm kỳ 2021–2025"),
        ("2020", "kỳ 2020 nằm ngoài nhiệm kỳ 2021–2025"),
        ("2025-H3", "“2025-H3” không phải là kỳ báo cáo"),
    ],
)
def test_it_answers_404_for_a_period_outside_the_term(demo, period, message):
    client = client_for("laodong")
    r = client.get(entry_url(period=period))
    assert r.status_code == 404
    assert message in r.content.decode()
    r = client.post(entry_url(period=period), form(trained_labour="66"))
    assert r.status_code == 404
    assert not Submission.objects.filter(period=period).exists()


def test_it_refuses_another_agency_before_looking_at_the_period(demo):
    assert client_for("laodong").get(entry_url(TOURISM, period="2030")).status_code == 403


@pytest.mark.parametrize(
    ("period", "heading"),
    [
        ("2021-H1", "6 tháng đầu năm 2021"),
        ("2023-9M", "9 tháng năm 2023"),
        ("2025", "Năm 2025"),
    ],
)
def test_it_accepts_each_period_of_the_regime(demo, period, heading):
    page = client_for("laodong").get(entry_url(period=period)).content.decode()
    assert f"<h1>Sở Lao động - Thương binh và Xã hội — {heading}</h1>" in page
    assert 'name="value-trained-labour-20"' in page  # the form to enter its figures

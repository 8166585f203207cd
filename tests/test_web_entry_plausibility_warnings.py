"""A value that looks like a slip (a percentage over 100, outside the measure's plausible
values, a negative count, a jump from last year) is not saved from the entry form until
the reporter confirms it: the page shows each warning beside its value and a box to tick.
The confirmation holds for the value it was shown for, and is recorded."""

from __future__ import annotations

import pytest

from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.people.models import AuditEvent
from chitieu.web.plans.models import Measure
from tests.entryhelpers import TOURISM, approved_series, entry_url, form
from tests.planhelpers import form_fields
from tests.webhelpers import client_for

# 57 → 58,5 → 60,2 → 62,5: the largest yearly change is 2,3, so 6,9 is still usual
SERIES = {"2021": "57", "2022": "58.5", "2023": "60.2", "2024": "62.5"}
JUMP = (
    "hãy kiểm tra: từ 62,5 (năm 2024) thành 70 là thay đổi 7,5, lớn hơn 3 lần mức thay đổi "
    "lớn nhất trong một năm từ trước đến nay (2,3)"
)


@pytest.fixture
def series(demo):
    approved_series("trained-labour", SERIES)
    return demo


def _saved() -> tuple[int, int, int]:
    return (FigureRecord.objects.count(), Submission.objects.count(), AuditEvent.objects.count())


def _warnings(page: str) -> str:
    return page.split('id="entry-warnings"')[1].split("</div>")[0]


def test_it_shows_the_warning_and_saves_nothing_until_confirmed(series, people):
    reporter = client_for("laodong")
    before = _saved()
    r = reporter.post(entry_url(), form(trained_labour="70"))
    assert r.status_code == 400
    page = r.content.decode()
    assert f"Trường “Tỷ lệ lao động qua đào tạo”: {JUMP}" in _warnings(page)
    line = page.split('data-measure="trained-labour"')[1].split("</tr>")[0]
    assert JUMP in line and 'name="confirmed-trained-labour-20" value="70"' in line
    assert _saved() == before

    again = form_fields(page, "entry-form") | {"action": "save", "confirm": "1"}
    assert reporter.post(entry_url(), again).status_code == 302
    fig = FigureRecord.objects.get(submission__isnull=False)
    assert str(fig.to_core().value) == "70"
    entered = AuditEvent.objects.get(action="enter", object_id=str(fig.pk))
    assert (entered.user, entered.comment) == (people["laodong"], "confirmed despite the warnings")


def test_a_confirmation_holds_only_for_the_value_it_was_shown_for(series):
    reporter = client_for("laodong")
    page = reporter.post(entry_url(), form(trained_labour="70")).content.decode()
    changed = form_fields(page, "entry-form") | {
        "action": "save",
        "confirm": "1",
        "value-trained-labour-20": "75",  # typed after the warning about 70
    }
    r = reporter.post(entry_url(), changed)
    assert r.status_code == 400
    assert "thành 75 là thay đổi 12,5" in _warnings(r.content.decode())
    assert not FigureRecord.objects.filter(submission__isnull=False).exists()


def test_a_value_confirmed_once_is_not_asked_about_again(series):
    reporter = client_for("laodong")
    assert reporter.post(entry_url(), form(trained_labour="70", confirm=True)).status_code == 302
    # the next save keeps 70 and adds the poverty rate: no warning, nothing to confirm
    page = reporter.get(entry_url()).content.decode()
    data = form_fields(page, "entry-form") | {
        "action": "save",
        "value-poverty-rate-20": "2,6",
        "stage-poverty-rate-20": "official",
    }
    assert reporter.post(entry_url(), data).status_code == 302
    assert FigureRecord.objects.filter(submission__isnull=False).count() == 2


def _one_year(demo):  # type: ignore[no-untyped-def]
    """Only 2024 known: no year-on-year change to judge a jump by."""
    approved_series("trained-labour", {"2024": "62.5"})


@pytest.mark.parametrize(
    ("typed", "warning"),
    [
        ("105", "hãy kiểm tra: 105 không phải là tỷ lệ phần trăm trong khoảng 0 đến 100"),
        ("-0,5", "hãy kiểm tra: -0,5 không phải là tỷ lệ phần trăm trong khoảng 0 đến 100"),
    ],
)
def test_it_warns_of_a_percentage_outside_0_to_100(demo, typed, warning):
    _one_year(demo)
    r = client_for("laodong").post(entry_url(), form(trained_labour=typed))
    assert r.status_code == 400
    assert [w for w in _items(r)] == [f"Trường “Tỷ lệ lao động qua đào tạo”: {warning}"]


def test_it_warns_of_a_value_outside_the_measure_s_plausible_values(demo):
    _one_year(demo)
    Measure.objects.filter(key="trained-labour").update(valid_min=40, valid_max=90)
    demo.touch()
    client = client_for("laodong")
    assert client.post(entry_url(), form(trained_labour="90")).status_code == 302
    r = client.post(entry_url(), form(trained_labour="90,5"))
    assert _items(r) == [
        "Trường “Tỷ lệ lao động qua đào tạo”: hãy kiểm tra: 90,5 nằm ngoài khoảng giá trị hợp "
        "lý, từ 40 đến 90"
    ]


def test_it_warns_of_a_negative_count_in_english_too(demo):
    approved_series("tourist-arrivals", {"2024": "3900000"})  # no jump to judge
    data = {
        "action": "save",
        "as_of": form()["as_of"],
        "value-tourist-arrivals-20": "-4.500",
        "stage-tourist-arrivals-20": "official",
    }
    r = client_for("dulich", lang="en").post(entry_url(agency=TOURISM), data)
    assert r.status_code == 400
    assert _items(r) == [
        "Field “Lượng khách du lịch”: check the value: -4.500 lượt người is negative, which a "
        "count or amount is not"
    ]


def test_it_warns_of_a_jump_beyond_the_measure_s_largest_change(series):
    Measure.objects.filter(key="trained-labour").update(max_change=2)
    series.touch()
    r = client_for("laodong").post(entry_url(), form(trained_labour="65"))
    assert _items(r) == [
        "Trường “Tỷ lệ lao động qua đào tạo”: hãy kiểm tra: từ 62,5 (năm 2024) thành 65 là "
        "thay đổi 2,5, lớn hơn mức thay đổi hợp lý lớn nhất trong một năm, 2"
    ]


def _items(r) -> list[str]:  # type: ignore[no-untyped-def]
    warnings = _warnings(r.content.decode())
    return [item.split("</li>")[0] for item in warnings.split("<li>")[1:]]

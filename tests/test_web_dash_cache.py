"""A repeated dashboard request is served from the cache; approving figures shows at once."""

from __future__ import annotations

from datetime import date

from chitieu.figures.periods import parse_period
from chitieu.web.figures.errors import Place
from chitieu.web.figures.services import RawEntry, approve, save_entries, submit
from chitieu.web.people.models import Agency
from tests.dashhelpers import main_of, plan_url, target_url, text_of
from tests.webhelpers import client_for


def _approve_trained_labour(demo, people, value: str) -> None:
    """The labour department reports 2025 anew, and the approver approves it."""
    agency = Agency.objects.get(code="so-ldtbxh")
    row = RawEntry(Place(field="trained-labour"), "trained-labour", "20", value, "official")
    sub = save_entries(
        people["laodong"], demo, agency, parse_period("2025"), [row], as_of=date(2026, 6, 30)
    )
    submit(people["laodong"], sub)
    approve(people["pheduyet"], sub)


def test_it_serves_a_repeated_request_with_one_query(demo, django_assert_max_num_queries):
    client = client_for(None)
    first = client.get(plan_url())
    with django_assert_max_num_queries(1):  # the plan row; no evaluation, no figures
        again = client.get(plan_url())
    assert main_of(again) == main_of(first)
    client.get(target_url(12))
    with django_assert_max_num_queries(1):
        client.get(target_url(12))


def test_it_shows_an_approved_figure_at_once(demo, people):
    client = client_for(None)
    assert text_of(client.get(plan_url()), "headline") == "Đạt và vượt 16/20 chỉ tiêu"
    before = client.get(target_url(13))
    assert "không đạt" in text_of(before, "status-trained-labour")

    _approve_trained_labour(demo, people, "65,2")

    assert text_of(client.get(plan_url()), "headline") == "Đạt và vượt 17/20 chỉ tiêu"
    after = client.get(target_url(13))
    assert "65,2%" in text_of(after, "value-trained-labour")
    assert "vượt" in text_of(after, "status-trained-labour")
    assert "65,2 chính thức 30/6/2026" in text_of(after, "vintages-trained-labour")
    # the plan as it stood before the new report is unchanged
    earlier = client.get(plan_url(as_of="2026-06-29"))
    assert text_of(earlier, "headline") == "Đạt và vượt 16/20 chỉ tiêu"


def test_it_keeps_anonymous_and_logged_in_pages_apart(demo):
    anonymous = client_for(None).get(target_url(13))
    viewer = client_for("daibieu").get(target_url(13))
    anonymous_again = client_for(None).get(target_url(13))
    assert "Phòng Tổng hợp" in text_of(viewer, "vintages-trained-labour")
    assert "Phòng Tổng hợp" not in text_of(anonymous_again, "vintages-trained-labour")
    assert main_of(anonymous) == main_of(anonymous_again)


def test_it_serves_anonymous_visitors_a_whole_cached_page_in_one_query(
    demo, django_assert_num_queries
):
    from tests.webhelpers import client_for

    client = client_for(None)
    first = client.get(f"/dashboard/{demo.slug}/")
    with django_assert_num_queries(1):  # the plan row, to know its data version
        again = client.get(f"/dashboard/{demo.slug}/")
    assert again.content == first.content
    assert "csrftoken" not in again.cookies  # nothing per visitor in a shared page

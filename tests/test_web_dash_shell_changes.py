"""A signed-in visitor's dashboard is kept as a shell, but what its header says of them
follows their state at once: a new notification shows in the count, reading them removes
it, a changed role shows its menus, a new name or agency name shows, another language
gives the page in it; on the target pages alike. Each visitor gets their own name and a
CSRF token of their own session, which a form of the page can post. A repeated view asks
the database five things.

Delegates at a review conference rely on the page being quick for hundreds of them, and
each of them on seeing their own notifications and being able to log out.
"""

from __future__ import annotations

import re

from chitieu.web.people.models import Agency, Notification, Role
from tests.dashhelpers import has_id, plan_url, target_url
from tests.notifykit import person
from tests.webhelpers import client_for, csrf_client_for


def _page(client) -> str:
    response = client.get(plan_url())
    assert response.status_code == 200
    return response.content.decode()


def _count(page: str) -> str | None:
    found = re.search(r'id="unread-count">([^<]*)<', page)
    return found.group(1) if found else None


def test_it_shows_a_new_notification_and_drops_the_read_ones(demo, people):
    approver = client_for("pheduyet")
    assert _count(_page(approver)) is None
    Notification.objects.create(user=people["pheduyet"], kind="submitted", plan=demo)
    assert _count(_page(approver)) == "1"
    Notification.objects.create(user=people["pheduyet"], kind="approved", plan=demo)
    Notification.objects.create(user=people["daibieu"], kind="approved", plan=demo)
    assert _count(_page(approver)) == "2"
    approver.post("/people/notifications/read/")
    assert _count(_page(approver)) is None


def test_it_shows_a_changed_role_at_once(demo, people):
    viewer = client_for("daibieu")
    page = _page(viewer)
    assert 'href="/figures/approvals/"' not in page
    assert 'href="/plans/"' not in page
    profile = people["daibieu"].profile
    profile.role = Role.APPROVER
    profile.save()
    page = _page(viewer)
    assert 'href="/figures/approvals/"' in page  # the approvers' menu
    assert 'href="/plans/"' not in page
    profile.role = Role.PLANNING
    profile.save()
    assert 'href="/plans/"' in _page(viewer)  # "Manage plans", the planning office's menu
    assert has_id(viewer.get(plan_url()), "reminders")
    assert 'href="/admin/"' not in _page(viewer)
    people["daibieu"].is_staff = True
    people["daibieu"].save()
    assert 'href="/admin/"' in _page(viewer)


def test_it_shows_a_new_name_and_a_renamed_agency(demo, people):
    reporter = client_for("laodong")
    page = _page(reporter)
    assert "· Sở Lao động - Thương binh và Xã hội</a>" in page
    user = people["laodong"]
    user.first_name, user.last_name = "Nguyễn <Văn>", "A&B"
    user.save()
    Agency.objects.filter(code="so-ldtbxh").update(name="Sở Nội vụ")
    page = _page(reporter)
    assert ">Nguyễn &lt;Văn&gt; A&amp;B · Sở Nội vụ</a>" in page


def test_each_visitor_sees_their_own_name_and_agency(demo, people):
    person("daibieu2", Role.VIEWER, "so-ldtbxh", first_name="Trần", last_name="Thị B")
    first, second = client_for("daibieu"), client_for("daibieu2")
    assert " · " not in _page(first).split('class="who"', 1)[1].split("</a>", 1)[0]
    assert ">Trần Thị B · Sở Lao động - Thương binh và Xã hội</a>" in _page(second)
    assert "Trần Thị B" not in _page(first)


def test_a_target_page_follows_its_visitor_too(demo, people):
    first, second = client_for("daibieu"), client_for("pheduyet")
    assert first.get(target_url(12)).status_code == 200
    Notification.objects.create(user=people["pheduyet"], kind="submitted", plan=demo)
    page = second.get(target_url(12)).content.decode()
    assert _count(page) == "1"
    assert 'href="/figures/approvals/"' in page
    assert _count(first.get(target_url(12)).content.decode()) is None


def test_it_gives_the_page_in_the_language_asked(demo):
    viewer = client_for("daibieu")
    assert "Kế hoạch" in _page(viewer)
    viewer.get("/language/", {"language": "en", "next": "/"})
    english = _page(viewer)
    assert '<html lang="en">' in english
    assert ">Plans</a>" in english
    assert "Situation on" in english


def test_the_logout_form_of_a_kept_page_posts(demo):
    client = csrf_client_for("daibieu")
    _page(client)
    page = _page(client)  # from the kept shell
    token = re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]+)"', page)
    header = re.search(r'"X-CSRFToken": "([A-Za-z0-9]+)"', page)
    assert token and header and token.group(1) == header.group(1)
    assert client.post("/logout/", {"csrfmiddlewaretoken": "x" * 64}).status_code == 403
    assert client.post("/logout/", {"csrfmiddlewaretoken": token.group(1)}).status_code == 302
    assert 'id="bell"' not in _page(client)  # logged out: an anonymous visitor's page


def test_a_repeated_view_asks_five_things(demo, django_assert_max_num_queries):
    viewer = client_for("daibieu")
    _page(viewer)
    # The session, the user, their profile, the plan and the count of unread notifications.
    with django_assert_max_num_queries(5):
        _page(viewer)

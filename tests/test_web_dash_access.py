"""A public plan's dashboards are open to anyone; a private plan's need a login."""

from __future__ import annotations

from tests.dashhelpers import plan_url, target_url
from tests.webhelpers import client_for


def test_it_lets_anyone_see_a_public_plan(demo):
    assert demo.is_public
    client = client_for(None)
    page = client.get(plan_url()).content.decode()
    assert '<h1 id="plan-title">Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn' in page
    assert '<h1 id="target-title">Chỉ tiêu 1\n' in client.get(target_url(1)).content.decode()


def test_it_sends_anonymous_visitors_of_a_private_plan_to_the_login(demo):
    demo.is_public = False
    demo.save(update_fields=["is_public"])
    for url in (plan_url(), target_url(1, as_of="15/10/2023")):
        response = client_for(None).get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/login/?next=")
        assert "langson-xvii" in response["Location"]


def test_it_shows_a_private_plan_to_every_logged_in_role(demo):
    demo.is_public = False
    demo.save(update_fields=["is_public"])
    for username in ("daibieu", "laodong", "pheduyet", "kehoach", "quantri"):
        client = client_for(username)
        page = client.get(plan_url()).content.decode()
        assert '<h1 id="plan-title">Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn' in page
        target = client.get(target_url(13)).content.decode()
        assert '<h1 id="target-title">Chỉ tiêu 13' in target, username
        assert 'id="target-status">không đạt</span>' in target, username

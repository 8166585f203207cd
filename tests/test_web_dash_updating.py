"""While the dashboard of a new data version is being computed, a viewer is not kept
waiting: they get the previous version at once, marked "Đang cập nhật", a page no cache
keeps; once computed, everyone gets the new one. The previous version costs no memory
of its own: it is dropped when the new one is kept. Real threads, no mocks."""

from __future__ import annotations

import threading
from typing import Any

from chitieu.web import commons
from chitieu.web.dashboard.views.dashboards import _BODIES, UPDATING
from chitieu.web.lru import VERSIONS, PlanCache
from tests.dashhelpers import plan_url, text_of
from tests.webhelpers import client_for

UPDATING_TEXT = "Đang cập nhật: số liệu mới vừa được duyệt"


class Making:
    """Another viewer's request computing a body in a thread, until released."""

    def __init__(self, cache: PlanCache[str], key: tuple[Any, ...], value: str) -> None:
        self.started, self.release = threading.Event(), threading.Event()
        self.got: list[str] = []

        def make() -> str:
            self.started.set()
            assert self.release.wait(10)
            return value

        self.thread = threading.Thread(target=lambda: self.got.append(cache.get_or_make(key, make)))
        self.thread.start()
        assert self.started.wait(10)

    def finish(self) -> None:
        self.release.set()
        self.thread.join(10)


def test_the_previous_version_is_answered_marked_while_the_new_is_made():
    cache: PlanCache[str] = PlanCache(8)
    VERSIONS.clear_all()
    old, new = (7, 1, "t1", "page", "vi"), (7, 2, "t2", "page", "vi")
    cache.get_or_make(old, lambda: "old")
    making = Making(cache, new, "new")
    try:
        assert cache.get_or_previous(new, lambda: "not asked") == ("old", True)
        # a key nobody is making is made as usual, not answered from an older version
        assert cache.get_or_previous(old[:3] + ("page", "en"), lambda: "en") == ("en", False)
    finally:
        making.finish()
    assert making.got == ["new"]
    assert cache.get_or_previous(new, lambda: "not asked") == ("new", False)
    assert cache.get(old) is None  # dropped once the new version was kept


def test_the_dashboard_shows_the_previous_version_marked_while_computing(demo):
    viewer, anonymous = client_for("daibieu"), client_for(None)
    before = viewer.get(plan_url())
    anonymous.get(plan_url())
    headline = text_of(before, "headline")
    assert headline and UPDATING not in before

    demo.touch()  # an approval: a new data version
    key = (*demo.cache_key, "plan", None, commons.today(), "vi", "user")
    fresh = '<p id="headline">Kết quả mới</p>'
    making = [Making(_BODIES, key, fresh), Making(_BODIES, (*key[:-1], "anon"), fresh)]
    try:
        during = viewer.get(plan_url())
        assert during.status_code == 200 and during[UPDATING] == "1"
        assert during["Cache-Control"] == "no-store"
        assert UPDATING_TEXT in text_of(during, "updating")
        assert text_of(during, "headline") == headline  # the previous version's
        assert anonymous.get(plan_url())[UPDATING] == "1"
    finally:
        for m in making:
            m.finish()
    for client in (viewer, anonymous):  # the anonymous page marked was not kept either
        after = client.get(plan_url())
        assert text_of(after, "headline") == "Kết quả mới" and UPDATING not in after
        assert text_of(after, "updating") == ""

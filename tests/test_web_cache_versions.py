"""A worker keeps one version of each plan (two if configured): once the version after an
approval is kept, everything of the older one goes from every cache (evaluations, figures,
page bodies, whole anonymous pages, API answers), so memory stays flat however many
approvals a day brings; and each cache holds a bounded number of entries and bytes."""

from __future__ import annotations

from chitieu.web.lru import VERSIONS, PlanCache
from tests.dashhelpers import plan_url, target_url
from tests.webhelpers import client_for


def _versions_of(plan_id: int) -> dict[str, set[object]]:
    """Per cache that holds any of the plan: the data versions it holds."""
    out: dict[str, set[object]] = {}
    for cache in VERSIONS.caches():
        versions = {k[1] for k in cache.kept_keys() if isinstance(k, tuple) and k[0] == plan_id}
        if versions:
            out[str(id(cache))] = versions
    return out


def _view_everything(slug: str) -> None:
    anonymous = client_for(None)
    assert anonymous.get(plan_url()).status_code == 200
    assert anonymous.get(target_url(13)).status_code == 200
    assert anonymous.get(f"/api/plans/{slug}/statuses").status_code == 200
    assert anonymous.get(f"/api/plans/{slug}/statuses.csv").status_code == 200
    assert client_for("daibieu").get(plan_url()).status_code == 200


def test_it_drops_the_older_version_from_every_cache(demo):
    VERSIONS.clear_all()
    _view_everything(demo.slug)
    before = demo.data_version
    held = _versions_of(demo.pk)
    # figures, units, evaluations, page bodies, whole pages, API answers
    assert len(held) >= 6
    assert all(v == {before} for v in held.values())

    demo.touch()  # an approval, a task noted, a target edited
    assert client_for(None).get(plan_url()).status_code == 200

    # nothing of the older version is left, even where the new one was not asked for yet
    after = _versions_of(demo.pk)
    assert all(v == {before + 1} for v in after.values())
    assert len(after) >= 3  # figures, evaluation, body, page of the one page viewed


def test_it_keeps_two_versions_when_configured(demo, settings):
    settings.CHITIEU_CACHE = {**settings.CHITIEU_CACHE, "versions": 2}
    VERSIONS.clear_all()
    first = demo.data_version
    client_for(None).get(plan_url())
    demo.touch()
    client_for(None).get(plan_url())
    assert set().union(*_versions_of(demo.pk).values()) == {first, first + 1}
    demo.touch()
    client_for(None).get(plan_url())
    assert set().union(*_versions_of(demo.pk).values()) == {first + 1, first + 2}


def test_it_keeps_the_version_read_after_a_rolled_back_change():
    """A version read inside a transaction that rolled back is not "newer" for ever: the
    real one, kept again afterwards, stays."""
    VERSIONS.clear_all()
    cache: PlanCache[str] = PlanCache(8)
    cache.put((41, 5, "t5", None), "version 5")
    cache.put((41, 6, "t6", None), "version 6, rolled back")
    cache.put((41, 5, "t5", None), "version 5")
    assert cache.kept_keys() == [(41, 5, "t5", None)]
    assert cache.get((41, 5, "t5", None)) == "version 5"


def test_it_bounds_the_entries_of_a_cache():
    VERSIONS.clear_all()
    cache: PlanCache[str] = PlanCache(3)
    for day in ("2023-10-15", "2024-06-30", "2025-09-30", "2026-03-31"):
        cache.get_or_make((42, 1, "t1", day), lambda day=day: f"as of {day}")
    cache.get((42, 1, "t1", "2024-06-30"))  # read again: now the most recently used
    cache.get_or_make((42, 1, "t1", "2026-06-30"), lambda: "as of 2026-06-30")
    assert cache.kept_keys() == [
        (42, 1, "t1", "2026-03-31"),
        (42, 1, "t1", "2024-06-30"),
        (42, 1, "t1", "2026-06-30"),
    ]


def test_it_bounds_the_bytes_of_a_page_cache():
    VERSIONS.clear_all()
    cache: PlanCache[bytes] = PlanCache(100, budget=1000)
    for n in range(4):
        cache.put((43, 1, "t1", f"/dashboard/target/{n}/"), b"x" * 400)
    # 1.000 bytes hold two pages of 400; the two oldest went
    assert [k[3] for k in cache.kept_keys()] == ["/dashboard/target/2/", "/dashboard/target/3/"]
    cache.put((43, 1, "t1", "/dashboard/huge/"), b"x" * 5000)
    assert cache.kept_keys() == []  # a page larger than the budget is not kept at all

"""A value cached under a version of its own inputs is kept in one version only: a
worker's memory does not grow with approvals (docs/architecture.md)."""

from __future__ import annotations

from chitieu.web.lru import VERSIONS, LatestCache


def test_it_keeps_one_version_of_each_value():
    cache: LatestCache[str] = LatestCache(8)
    cache.get_or_make((1, "v1", None), lambda: "plan 1, v1, every vintage")
    cache.get_or_make((1, "v1", "2024-06-30"), lambda: "plan 1, v1, on a date")
    cache.get_or_make((2, "v1", None), lambda: "plan 2, v1")

    assert cache.get_or_make((1, "v2", None), lambda: "plan 1, v2") == "plan 1, v2"

    assert cache.kept_keys() == [(1, "v1", "2024-06-30"), (2, "v1", None), (1, "v2", None)]
    assert cache.get((1, "v1", None)) is None


def test_it_answers_a_kept_version_without_making_it_again():
    cache: LatestCache[str] = LatestCache(8)
    cache.get_or_make((1, "v1", None), lambda: "first")
    assert cache.get_or_make((1, "v1", None), lambda: "second") == "first"


def test_it_is_emptied_with_the_plan_caches():
    cache: LatestCache[str] = LatestCache(8)
    cache.put((1, "v1", None), "kept")
    VERSIONS.clear_all()  # a test starting from a cold worker
    assert cache.kept_keys() == []


def test_it_tells_what_it_keeps_under_another_version():
    cache: LatestCache[str] = LatestCache(8)
    cache.put((1, "v1", None), "plan 1, v1")
    cache.put((1, "v1", "2024-06-30"), "plan 1, v1, on a date")
    # what a new version may be made from: the same plan and date, another version
    assert cache.kept_version((1, "v2", None)) == ((1, "v1", None), "plan 1, v1")
    assert cache.kept_version((1, "v1", None)) is None  # the same version is no other
    assert cache.kept_version((2, "v2", None)) is None

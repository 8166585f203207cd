"""Helpers for the dashboard tests: the page URLs and reading elements of a page."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

from django.urls import reverse

from chitieu.evaluation.derived import share_metric
from chitieu.evaluation.statuses import judge
from chitieu.targets.model import Comparator, Direction, Kind, Metric

PLAN = "langson-xvii"
VOID = {"br", "img", "input", "meta", "link", "hr", "col", "wbr", "source"}


def plan_url(slug: str = PLAN, as_of: str | None = None) -> str:
    url = reverse("dashboard:plan", args=[slug])
    return f"{url}?as_of={as_of}" if as_of is not None else url


def target_url(no: int, slug: str = PLAN, as_of: str | None = None) -> str:
    url = reverse("dashboard:target", args=[slug, no])
    return f"{url}?as_of={as_of}" if as_of is not None else url


class _Finder(HTMLParser):
    """Collects the text inside the element with a given id."""

    def __init__(self, wanted: str) -> None:
        super().__init__()
        self.wanted = wanted
        self.depth = 0  # > 0 while inside the element
        self.parts: list[str] = []
        self.found = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            return
        if self.depth:
            self.depth += 1
            self.parts.append(" ")
        elif dict(attrs).get("id") == self.wanted and not self.found:
            self.found = True
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in VOID:
            self.depth -= 1
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.parts.append(data)


def text_of(response: Any, element_id: str) -> str:
    """The text of the element with ``element_id``, spaces collapsed ("" if absent)."""
    finder = _Finder(element_id)
    finder.feed(response.content.decode())
    return " ".join("".join(finder.parts).split()) if finder.found else ""


def has_id(response: Any, element_id: str) -> bool:
    return f'id="{element_id}"' in response.content.decode()


def chart_spec(response: Any, chart_id: str) -> dict[str, Any]:
    """The JSON a chart element is drawn from (its data-options names the script)."""
    html = response.content.decode()
    found = re.search(rf'id="{re.escape(chart_id)}" data-options="([^"]+)"', html)
    assert found, f"no chart {chart_id}"
    script = re.search(
        rf'<script id="{re.escape(found.group(1))}" type="application/json">(.*?)</script>',
        html,
        re.S,
    )
    assert script, f"no options for {chart_id}"
    return json.loads(script.group(1))  # type: ignore[no-any-return]


def main_of(response: Any) -> str:
    """The page's <main> element as HTML (the header differs per visitor: CSRF token)."""
    html = response.content.decode()
    return html[html.index("<main>") : html.index("</main>")]


def lags(direction: Direction, low: Decimal, high: Decimal | None, value: Decimal) -> bool:
    """Whether a unit's latest ``value`` falls short of its share [``low``, ``high``] of a
    level measure of ``direction``: the core's share made a target, judged strictly."""
    level = Metric("share", "", "", Kind.LEVEL_AT_END, Comparator.GE, None, None, 0, direction)
    return not judge(value, share_metric(level, low, high)).is_met

"""A value whose vintage (stage and report date) another figure of the same measure, unit
and period already has is refused, each one named in the user's language, and nothing of
the report is saved. The clashes of all the values given are found in one query, however
many values the report has.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.figures.periods import parse_period
from chitieu.web.figures.errors import EntryError, Place
from chitieu.web.figures.models import FigureRecord, Submission
from chitieu.web.figures.services import RawEntry, save_entries
from chitieu.web.people.models import Agency
from tests.entryhelpers import LABOUR, add_approved

DAY = date(2026, 4, 1)


def _row(key: str, value: str) -> RawEntry:
    place = Place(field=f"value-{key}-20")
    return RawEntry(place, key, "20", value, "official", confirmed=True)


def _save(people, demo, rows):
    agency = Agency.objects.get(code=LABOUR)
    return save_entries(people["laodong"], demo, agency, parse_period("2025"), rows, DAY)


def test_it_refuses_every_value_whose_vintage_is_taken_and_saves_nothing(demo, people):
    add_approved("trained-labour", "2025", "66", "official", DAY)
    add_approved("poverty-rate", "2025", "2.6", "official", DAY)
    before = (FigureRecord.objects.count(), Submission.objects.count())
    with pytest.raises(EntryError) as refused:
        _save(people, demo, [_row("trained-labour", "66,5"), _row("poverty-rate", "2,5")])
    assert [(p.place.field, p.message) for p in refused.value.problems] == [
        (
            "value-trained-labour-20",
            "đã có số liệu chính thức của “Tỷ lệ lao động qua đào tạo” kỳ 2025 ngày 1/4/2026; "
            "số liệu điều chỉnh phải có ngày báo cáo muộn hơn hoặc loại số liệu cao hơn",
        ),
        (
            "value-poverty-rate-20",
            "đã có số liệu chính thức của “Tỷ lệ hộ nghèo (theo tiêu chí giai đoạn 2016 – 2020)” "
            "kỳ 2025 ngày 1/4/2026; số liệu điều chỉnh phải có ngày báo cáo muộn hơn hoặc loại "
            "số liệu cao hơn",
        ),
    ]
    assert (FigureRecord.objects.count(), Submission.objects.count()) == before


def test_a_value_whose_vintage_is_free_is_saved_beside_a_refused_one_only_when_alone(demo, people):
    add_approved("trained-labour", "2025", "66", "official", DAY)
    with pytest.raises(EntryError) as refused:
        _save(people, demo, [_row("trained-labour", "66,5"), _row("poverty-rate", "2,5")])
    assert [p.place.field for p in refused.value.problems] == ["value-trained-labour-20"]
    sub = _save(people, demo, [_row("poverty-rate", "2,5")])
    assert [(f.measure.key, f.value) for f in sub.figures.all()] == [
        ("poverty-rate", Decimal("2.5"))
    ]


def _clash_queries(people, demo, rows) -> int:
    """How many queries look for figures dated the report's day, in a save that is refused."""
    with CaptureQueriesContext(connection) as queries, pytest.raises(EntryError):
        _save(people, demo, rows)
    return sum(
        1
        for q in queries.captured_queries
        if "figurerecord" in q["sql"] and "2026-04-01" in q["sql"]
    )


def test_it_looks_for_clashes_once_for_all_the_values(demo, people):
    add_approved("trained-labour", "2025", "66", "official", DAY)
    add_approved("poverty-rate", "2025", "2.6", "official", DAY)
    one = _clash_queries(people, demo, [_row("trained-labour", "66,5")])
    both = _clash_queries(
        people, demo, [_row("trained-labour", "66,5"), _row("poverty-rate", "2,5")]
    )
    assert both == one

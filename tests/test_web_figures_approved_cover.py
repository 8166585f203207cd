"""On PostgreSQL, reading approved figures by measure (the units on a target page, the
figures an upload's plausibility check compares with) can be answered from one index,
``figure_approved_cover``, without reading the table: every column those reads name is in
it, and they read approved rows only, as it holds. With 1,37 M figures, the two
measures on a target page needed 40.000 table pages without it. If a column were added to
those reads but not to the index, the reads would go back to the table. These tests name
the read and the column. SQLite has no such index (it has no ``INCLUDE``)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from chitieu.figures.periods import parse_period
from chitieu.web.figures.plausible import flags_of
from chitieu.web.figures.reading import unit_frame

INDEX = "figure_approved_cover"


@pytest.fixture
def postgres(db: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("an index of PostgreSQL's (INCLUDE)")


def _figure_reads(call: Any) -> list[str]:
    """The SELECTs of the figures table that ``call`` makes (a chunked read's too)."""
    with CaptureQueriesContext(connection) as queries:
        call()
    reads = []
    for q in queries.captured_queries:
        sql = q["sql"]
        start = sql.find("SELECT")
        if start >= 0 and 'FROM "figures_figurerecord"' in sql:
            reads.append(sql[start:])
    assert reads, "no read of the figures table"
    return reads


def _covered() -> set[str]:
    """The columns the covering index holds, and its condition's (approved rows only)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.attname, pg_get_expr(i.indpred, i.indrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            "WHERE c.relname = %s",
            [INDEX],
        )
        rows = cursor.fetchall()
    assert rows, f"no index {INDEX}"
    assert {pred for _name, pred in rows} == {"(approved_at IS NOT NULL)"}
    return {name for name, _pred in rows} | {"approved_at"}


def _columns(sql: str) -> set[str]:
    return set(re.findall(r'"figures_figurerecord"\."(\w+)"', sql))


def test_it_reads_a_target_pages_units_from_the_index_alone(postgres, demo):
    keys = list(demo.measures.values_list("key", flat=True)[:2])
    (read,) = _figure_reads(lambda: unit_frame(demo, keys))
    assert '"figures_figurerecord"."approved_at" IS NOT NULL' in read
    assert _columns(read) - _covered() == set()


def test_it_reads_the_figures_an_upload_is_compared_with_from_the_index_alone(postgres, demo):
    measures = list(demo.measures.all()[:3])
    values = [(m, demo.area_code, Decimal(50)) for m in measures]
    (read,) = _figure_reads(lambda: flags_of(demo, parse_period("2025"), values))
    assert '"figures_figurerecord"."approved_at" IS NOT NULL' in read
    assert _columns(read) - _covered() == set()

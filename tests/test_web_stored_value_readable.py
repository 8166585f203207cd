"""A value already in the database that the limits would now refuse (stored by an older
version, or by hand) is read and shown as it is: one such figure never takes down the
dashboard, the statuses, the exports, the history, the entry page or a backup."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection

from chitieu.web.figures.models import FigureRecord
from tests.entryhelpers import pages_still_answer
from tests.webhelpers import client_for


def _store(value: str, places: int) -> FigureRecord:
    """Write the value straight into the column, as a migration or a hand edit would."""
    fig = (
        FigureRecord.objects.filter(measure__key="trained-labour", approved_at__isnull=False)
        .order_by("pk")
        .first()
    )
    assert fig is not None
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {FigureRecord._meta.db_table} SET value = %s, places = %s WHERE id = %s",
            [value if connection.vendor == "sqlite" else Decimal(value), places, fig.pk],
        )
    return fig


def test_it_reads_the_widest_value_the_column_holds_with_its_ten_decimals(demo):
    fig = _store("12345678901234567890.1234567890", 10)
    value = FigureRecord.objects.get(pk=fig.pk).to_core().value
    if connection.vendor == "sqlite":  # an 8-byte float: fifteen digits survive
        assert value == Decimal("12345678901234600000.0000000000")
    else:
        assert value == Decimal("12345678901234567890.1234567890")
    assert value.as_tuple().exponent == -10
    pages_still_answer()


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="PostgreSQL's numeric(30, 10) cannot hold it at all"
)
def test_it_reads_a_value_too_large_for_the_column_as_it_is(demo):
    fig = _store("9999999999999999999999999", 0)
    assert FigureRecord.objects.get(pk=fig.pk).to_core().value == Decimal("1E+25")
    pages_still_answer()
    out = io.StringIO()
    call_command("dumpdata", "figures.figurerecord", stdout=out)  # a backup reads it too
    assert '"value": "10000000000000000000000000.0000000000"' in out.getvalue()
    csv = client_for(None).get("/api/plans/langson-xvii/figures.csv").getvalue().decode()
    assert ",10000000000000000000000000," in csv

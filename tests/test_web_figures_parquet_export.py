"""An analyst gets the approved figures as a Parquet dataset that another engine (DuckDB
here) reads as one table, exact decimals kept, drafts left out, and a re-export or a
failed one never leaves a mixture of old and new files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from django.core.management import CommandError, call_command

from chitieu.figures.model import Figure, Stage
from chitieu.figures.parquet import write_plan_dataset
from chitieu.figures.periods import parse_period
from chitieu.web.figures.models import FigureRecord
from chitieu.web.figures.services import import_plan
from tests.test_web_count_of_units import COMMUNES, _plan


def _figure(unit: str, value: str) -> Figure:
    return Figure(
        "xa-dat-chuan", parse_period("2024"), Decimal(value), Stage.OFFICIAL, date(2025, 2, 1), unit
    )


def _read(folder: Path) -> list[tuple[object, ...]]:
    query = (
        "select plan, unit_code, province_code, period, value, places, stage, as_of "
        f"from read_parquet('{folder}/*/*.parquet', hive_partitioning=true) order by unit_code"
    )
    return duckdb.sql(query).fetchall()


def test_it_writes_the_approved_vintages_with_their_decimals(demo, people, tmp_path):
    plan = import_plan(
        people["kehoach"], _plan(), [_figure(COMMUNES[0], "1"), _figure(COMMUNES[1], "0.50")]
    )
    draft = FigureRecord.objects.filter(plan=plan).first()
    assert draft is not None
    FigureRecord.objects.create(  # a draft nobody approved: not for analysts
        plan=plan,
        measure=draft.measure,
        unit_code=COMMUNES[2],
        period="2024",
        value=Decimal(1),
        stage="official",
        as_of=date(2025, 3, 1),
    )
    call_command("export_parquet", str(tmp_path), plan=plan.slug)
    assert _read(tmp_path) == [
        ("xa-chuan", "05971", "20", "2024", Decimal(1), 0, "official", date(2025, 2, 1)),
        ("xa-chuan", "05974", "20", "2024", Decimal("0.5"), 2, "official", date(2025, 2, 1)),
    ]


def _rows(n: int) -> list[tuple[object, ...]]:
    return [
        ("m", f"u{i:03d}", "20", "2024", Decimal(i), 0, "official", date(2025, 1, 1), None, "", "")
        for i in range(n)
    ]


def test_a_new_export_replaces_the_old_one_whole(tmp_path):
    assert write_plan_dataset(_rows(7), tmp_path, "p", part_rows=2) == 7
    assert len(list((tmp_path / "plan=p").iterdir())) == 4
    write_plan_dataset(_rows(3), tmp_path, "p", part_rows=2)
    assert [r[1] for r in _read(tmp_path)] == ["u000", "u001", "u002"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan=p"]


def test_a_failed_export_leaves_the_previous_copy(tmp_path):
    write_plan_dataset(_rows(3), tmp_path, "p", part_rows=2)

    def broken():  # type: ignore[no-untyped-def]
        yield from _rows(5)
        raise OSError("the database went away")

    with pytest.raises(OSError):
        write_plan_dataset(broken(), tmp_path, "p", part_rows=2)
    assert len(_read(tmp_path)) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan=p"]


def test_an_unknown_plan_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="no plan 'khong-co'"):
        call_command("export_parquet", str(tmp_path), plan="khong-co")

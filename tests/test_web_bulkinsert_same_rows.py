"""An upload's figures and audit rows are written from plain tuples
(:func:`chitieu.web.bulkinsert.insert_rows`), without a model object each: what is stored
is what Django's own ``save()`` stores for the same values (decimals as written, dates,
times, empty and default fields), so a figure or an audit row reads the same whichever
path wrote it; and a field that ``save()`` would date cannot be forgotten."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.forms.models import model_to_dict

from chitieu.web.bulkinsert import insert_rows
from chitieu.web.figures.models import FigureRecord
from chitieu.web.people.audit import Change, record_changes
from chitieu.web.people.models import AuditEvent

WHEN = datetime(2026, 3, 31, 9, 15, 30, 123456, tzinfo=UTC)


def _stored(pk: int) -> dict[str, object]:
    """Every column of a stored figure but its key, as read back."""
    record = FigureRecord.objects.get(pk=pk)
    row = model_to_dict(record)
    row.pop("id")
    return row | {"entered_at": record.entered_at, "changed_at": record.changed_at}


def test_it_stores_a_figure_as_save_does(demo, people):
    measure = demo.measures.get(key="trained-labour")
    reporter = people["laodong"]
    saved = FigureRecord(
        plan=demo,
        measure=measure,
        unit_code="99999",
        period="2025",
        value=Decimal("92.0"),
        places=1,
        stage="official",
        as_of=date(2026, 3, 31),
        source="Sở LĐ-TB&XH",
        note="số liệu ước\ncả năm",
        entered_by=reporter,
    )
    saved.save()
    FigureRecord.objects.filter(pk=saved.pk).update(entered_at=WHEN, changed_at=WHEN)
    by_save = _stored(saved.pk)
    saved.delete()  # the vintage is unique: the second path writes it again

    shared = {"plan": demo.pk, "period": "2025", "as_of": date(2026, 3, 31)}
    shared |= {"source": "Sở LĐ-TB&XH", "entered_by": reporter.pk}
    shared |= {"entered_at": WHEN, "changed_at": WHEN}
    names = ("measure", "unit_code", "value", "places", "stage", "note")
    row = (measure.pk, "99999", Decimal("92.0"), 1, "official", "số liệu ước\ncả năm")
    assert insert_rows(FigureRecord, shared, names, [row]) == 1

    stored = FigureRecord.objects.get(measure=measure, unit_code="99999", as_of=date(2026, 3, 31))
    assert (
        _stored(stored.pk)
        == by_save
        == {
            "plan": demo.pk,
            "measure": measure.pk,
            "unit_code": "99999",
            "period": "2025",
            "value": Decimal("92.0000000000"),
            "places": 1,
            "stage": "official",
            "as_of": date(2026, 3, 31),
            "source": "Sở LĐ-TB&XH",
            "note": "số liệu ước\ncả năm",
            "origin": "",
            "submission": None,
            "entered_by": reporter.pk,
            "entered_at": WHEN,
            "changed_at": WHEN,
            "approved_by": None,
            "approved_at": None,
        }
    )
    assert stored.version == 1  # the default, as save() gives it
    assert str(stored.to_core().value) == "92.0"


def test_it_writes_the_audit_rows_event_and_record_all_write(demo, people):
    reporter = people["laodong"]
    record_changes(
        reporter,
        demo,
        [
            Change("enter", "figurerecord", 41, field="value", new=Decimal("65.5")),
            Change("clear", "figurerecord", 42, field="value", old=Decimal("3.70"), comment="x"),
            Change("change", "figurerecord", 43, field="stage", old="estimate", new=None),
        ],
    )
    rows = AuditEvent.objects.filter(object_id__in=["41", "42", "43"]).order_by("pk")
    fields = ["user", "plan", "action", "object_type", "object_id", "field", "old", "new"]
    assert [tuple(r[f] for f in [*fields, "comment"]) for r in rows.values(*fields, "comment")] == [
        (reporter.pk, demo.pk, "enter", "figurerecord", "41", "value", "", "65.5", ""),
        (reporter.pk, demo.pk, "clear", "figurerecord", "42", "value", "3.70", "", "x"),
        (reporter.pk, demo.pk, "change", "figurerecord", "43", "stage", "estimate", "", ""),
    ]
    times = [r.at for r in rows]
    assert times == sorted(times)  # dated as written, in order
    # newest first, as the trail lists them
    newest = AuditEvent.objects.filter(object_id__in=["41", "42", "43"]).first()
    assert newest is not None and newest.object_id == "43"


def test_it_records_an_anonymous_change_without_a_user(demo):
    record_changes(AnonymousUser(), None, [Change("enter", "figurerecord", 77)])
    row = AuditEvent.objects.get(object_id="77")
    assert (row.user_id, row.plan_id, row.field, row.old, row.new) == (None, None, "", "", "")


def test_it_refuses_rows_without_the_time_save_would_set(demo, people):
    shared = {"plan": demo.pk, "period": "2025", "as_of": date(2026, 3, 31)}
    with pytest.raises(ValueError, match="entered_at"):
        insert_rows(FigureRecord, shared, ("measure", "unit_code"), [])

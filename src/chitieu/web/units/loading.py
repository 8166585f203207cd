"""Loading a province's units into the database: the same bundled data the command line
reads (:mod:`chitieu.units.files`) — the 2024 three-level tree, the units in force from
1 July 2025 and, for Lạng Sơn, the reform's lineage from old communes to new ones.

A reload that changes the registry (a unit added or corrected, a lineage record added, as
a newer chitieu may ship) queues the re-evaluation of the plans on the units it changed,
as the admin does (:func:`chitieu.web.jobs.start.after_units_change`); a reload that
changes nothing queues nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction

from chitieu.units.files import bundled_changes, bundled_units
from chitieu.units.model import Level
from chitieu.units.registry import Registry
from chitieu.web.units.models import AdminUnit, UnitChange


@transaction.atomic
def load_province(code: str, user: Any = None) -> AdminUnit:
    """Load (or reload, idempotently) a province, its units and their lineage; ``user``
    made the change (None: the command line)."""
    from chitieu.web.jobs.start import after_units_change

    units = bundled_units(code)
    changes = bundled_changes(code)
    registry = Registry(units, changes)  # checked as a whole once, not record by record
    stored = {
        (r.code, r.valid_from): _state(r)
        for r in AdminUnit.objects.filter(code__in={u.code for u in units})
    }
    touched: set[str] = set()
    rows: dict[tuple[str, object], AdminUnit] = {}
    # Parents first: the province, then districts, then communes.
    for level in (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE):
        for u in (u for u in units if u.level is level):
            parent = None
            if u.parent is not None:
                day = u.valid_from or u.valid_to
                version = registry.version(u.parent, day) if day else None
                parent = rows.get((u.parent, version.valid_from if version else None))
            row, _ = AdminUnit.objects.update_or_create(
                code=u.code,
                valid_from=u.valid_from,
                defaults={
                    "name": u.name,
                    "level": u.level.value,
                    "division_type": u.division_type,
                    "parent": parent,
                    "valid_to": u.valid_to,
                    "act": u.act,
                },
            )
            rows[(u.code, u.valid_from)] = row
            if stored.get((u.code, u.valid_from)) != _state(row):
                touched.add(u.code)
    have = set(UnitChange.objects.values_list("predecessor_id", "successor_id"))
    new = []
    for c in changes:
        before = registry.version(c.predecessor, c.effective - timedelta(days=1))
        after = registry.version(c.successor, c.effective)
        if before is None or after is None:
            continue
        old_row = rows[(before.code, before.valid_from)]
        new_row = rows[(after.code, after.valid_from)]
        if (old_row.pk, new_row.pk) not in have:
            touched |= {old_row.code, new_row.code}
            new.append(
                UnitChange(
                    predecessor=old_row,
                    successor=new_row,
                    kind=c.kind.value,
                    effective=c.effective,
                    act=c.act,
                )
            )
    # bulk_create skips the per-record checks of UnitChange.save: the registry above
    # already checked the whole set.
    UnitChange.objects.bulk_create(new)
    after_units_change(user, touched)
    return rows[(code, None)]


def _state(row: AdminUnit) -> tuple[object, ...]:
    """What a reload may change in a unit's row."""
    return (row.name, row.level, row.division_type, row.parent_id, row.valid_to, row.act)

"""Inserting many rows of one model from plain tuples, without a Django object per row.

``bulk_create`` builds a model instance per row, then prepares every field of every
instance: for the 7.000 figures of an upload and their 7.000 audit rows, 10 to 17 fields each,
that was some 2 s of CPU, most of an upload's saving. Here the caller gives the values
its rows share once (the report, the user, the date) and the others as one tuple per
row. Each value still goes through its field's own ``get_db_prep_save`` (the shared ones
once), so the database stores what ``bulk_create`` would store, on SQLite and on
PostgreSQL alike. On SQLite the rows go in multi-row ``INSERT`` statements as large as
the database accepts, as ``bulk_create`` batches them (the 7.000 figures of an upload:
one statement where SQLite takes 250.000 values, as Debian's build does). On PostgreSQL
they go through ``COPY … FROM STDIN`` (psycopg's ``Cursor.copy``): a national database
took 1,4 to 1,8 s per ``INSERT`` of 3.640 figures (65.535 values spelled out, parsed and
planned), COPY 0,2 to 0,35 s for all 7.000 (bench/bench_national.py, docs/architecture.md).

No model code runs: no ``save()``, no signals, no ``auto_now``. A column a caller leaves
out gets its field's default, and a field that ``save()`` would date must be given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from typing import Any

from django.db import connections, router
from django.db.models import Field, Model

# Values per INSERT when the database states no limit (PostgreSQL binds up to 65.535).
MAX_VALUES = 65_535
# A statement's text at most: under SQLite's default limit (SQLITE_MAX_SQL_LENGTH, 1 MB).
MAX_TEXT = 900_000


def insert_rows(
    model: type[Model],
    shared: Mapping[str, object],
    names: Sequence[str],
    rows: Iterable[Sequence[object]],
) -> int:
    """Insert one row per tuple of ``rows`` (values of the fields ``names``, in order),
    each with the values of ``shared``; the other fields get their defaults. Returns how
    many rows were inserted. A foreign key is given by its primary key."""
    meta = model._meta
    connection = connections[router.db_for_write(model)]
    given = set(shared) | set(names)
    rest = {}
    for f in meta.concrete_fields:
        if f.primary_key or f.name in given:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            raise ValueError(f"{meta.label}.{f.name}: give the time save() would set")
        rest[f.name] = f.get_default()
    fixed_fields = [_field(model, n) for n in [*shared, *rest]]
    values = [*shared.values(), *rest.values()]
    fixed = [f.get_db_prep_save(v, connection) for f, v in zip(fixed_fields, values, strict=True)]
    varying = [_field(model, n) for n in names]
    columns = [str(f.column) for f in [*fixed_fields, *varying]]
    quote = connection.ops.quote_name
    into = f"{quote(meta.db_table)} ({', '.join(quote(c) for c in columns)})"
    preps = [f.get_db_prep_save for f in varying]
    with connection.cursor() as cursor:
        if hasattr(cursor.cursor, "copy"):  # psycopg 3, PostgreSQL's driver
            return _copy(cursor.cursor, into, fixed, preps, rows, connection)
        one = "(" + ", ".join(["%s"] * len(columns)) + ")"
        limit = connection.features.max_query_params or MAX_VALUES
        per_statement = max(1, min(limit // len(columns), MAX_TEXT // (len(one) + 2)))
        done = 0
        todo = iter(rows)
        while batch := list(islice(todo, per_statement)):
            params: list[Any] = []
            for row in batch:
                params += fixed
                params += [prep(v, connection) for prep, v in zip(preps, row, strict=True)]
            cursor.execute(f"INSERT INTO {into} VALUES " + ", ".join([one] * len(batch)), params)
            done += len(batch)
    return done


def _copy(
    raw: Any,
    into: str,
    fixed: list[Any],
    preps: list[Any],
    rows: Iterable[Sequence[object]],
    connection: Any,
) -> int:
    """The rows in one ``COPY … FROM STDIN``: psycopg writes each value as it would bind
    it in a query, and the database checks it as it checks an ``INSERT``'s."""
    done = 0
    with raw.copy(f"COPY {into} FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [*fixed, *(prep(v, connection) for prep, v in zip(preps, row, strict=True))]
            )
            done += 1
    return done


def _field(model: type[Model], name: str) -> Field[Any, Any]:
    field = model._meta.get_field(name)
    if not isinstance(field, Field) or field.column is None:
        raise ValueError(f"{model._meta.label}.{name} is not a column")
    return field

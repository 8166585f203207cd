"""The locked versions of an election's minutes, each kept whole: what the election was
and the ballots as both counters agreed on them when it was locked, beside the result as
counted then. A version's page and its minutes are made from what was kept, by the core,
so a later correction changes nothing in them. Ballots travel as the core's BALLOTS.csv
(:func:`as_csv`), here and for each counter's entry (services.py)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from typing import Any

from chitieu import elections as core
from chitieu.elections.reading import NO_SURPLUS_COLUMNS, SURPLUS_COLUMNS
from chitieu.problems import InputError
from chitieu.web.elections.models import Election, MinutesVersion

# the election's fields a version keeps (the committee is kept beside them)
KEPT_FIELDS = (
    "title",
    "congress",
    "elects",
    "seats",
    "list_kind",
    "candidates",
    "convened",
    "excluded",
    "present",
    "issued",
    "round",
    "organisation",
    "place",
)


REASON = "invalid_reason"


def _columns(election: core.Election) -> tuple[str, ...]:
    surplus = election.list_kind is core.ListKind.SURPLUS
    return (*(SURPLUS_COLUMNS if surplus else NO_SURPLUS_COLUMNS), REASON)


def as_csv(election: core.Election, rows: Iterable[dict[str, Any]]) -> str:
    """Rows as the core's BALLOTS.csv, so that the core reads and checks them."""
    columns = _columns(election)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def kept(election: Election, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What a version keeps of ``election`` and its agreed ballots (``rows``, as the
    core's BALLOTS.csv): JSON, so that the version reads the same in five years."""
    fields = {name: getattr(election, name) for name in KEPT_FIELDS}
    fields["held_on"] = election.held_on.isoformat() if election.held_on else None
    return {"election": fields, "committee": election.committee_rows(), "ballots": rows}


def as_kept(version: MinutesVersion) -> Election | None:
    """The election as the version kept it (unsaved; None for a version locked before
    versions kept it)."""
    data = version.kept or {}
    if "election" not in data:
        return None
    fields = dict(data["election"])
    held_on = fields.pop("held_on")
    made = Election(**fields, pk=version.election_id)
    made.held_on = None if held_on is None else date.fromisoformat(held_on)
    made.kept_committee = data.get("committee", [])
    return made


def recount(version: MinutesVersion) -> core.Result | None:
    """The version's result, counted by the core from what it kept, when that is the
    result it locked (None otherwise: the page then shows the kept numbers alone)."""
    election = as_kept(version)
    if election is None:
        return None
    made = election.to_core()
    try:
        ballots = core.ballots_from_text(
            as_csv(made, version.kept["ballots"]), f"v{version.version}", made
        )
    except InputError:
        return None
    result = core.count(made, ballots)
    return result if result.to_dict() == version.result else None

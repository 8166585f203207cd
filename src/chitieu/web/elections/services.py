"""What the election pages do, each change audited in its transaction. The rules are the
core's: the ballots a counter typed are read by the core's BALLOTS.csv reader, the two
entries compared by its double entry, the result counted by its count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from chitieu import elections as core
from chitieu.problems import InputError, Problem
from chitieu.web.elections import versions
from chitieu.web.elections.labels import FIELD_NAMES
from chitieu.web.elections.models import BallotEntry, Counter, Election, MinutesVersion
from chitieu.web.elections.versions import as_csv
from chitieu.web.people import audit
from chitieu.web.plans.importing import display_name, read_stored, stored
from chitieu.web.problems import said
from chitieu.web.uploads import size_problem


def counter_name(counter: int) -> str:
    return str(Counter(counter).label)


def entered(election: Election, counter: int) -> list[core.Ballot]:
    """One counter's ballots, read by the core (stored entries were checked when saved)."""
    rows = [b.row() for b in election.ballots.filter(counter=counter)]
    return core.ballots_from_text(
        as_csv(election.to_core(), rows), counter_name(counter), election.to_core()
    )


@dataclass
class Standing:
    """Where the count of an election stands: each counter's ballots, the differences
    between them, and the result once they agree."""

    election: core.Election
    problems: list[tuple[str, str]] = field(default_factory=list)  # (field, code) of the election
    entries: dict[int, int] = field(default_factory=dict)  # counter → ballots entered
    differences: list[Problem] = field(default_factory=list)
    refused: list[Problem] = field(default_factory=list)  # e.g. more returned than issued
    result: core.Result | None = None


def standing(election: Election) -> Standing:
    made = election.to_core()
    state = Standing(made)
    state.problems = [(f, m.code) for f, m in made.problems()]
    try:
        ones, twos = entered(election, Counter.FIRST), entered(election, Counter.SECOND)
    except InputError as exc:  # stored before the election changed: shown, never counted
        state.refused = exc.problems
        return state
    state.entries = {Counter.FIRST: len(ones), Counter.SECOND: len(twos)}
    if state.problems or not ones or not twos:
        return state
    names = counter_name(Counter.FIRST), counter_name(Counter.SECOND)
    state.differences = core.differences(made, ones, twos, *names)
    if state.differences:
        return state
    too_many = made.returned_problem(len(ones), names[0])
    if too_many is not None:
        state.refused = [Problem.of(names[0], too_many, field="issued")]
        return state
    state.result = core.count(made, ones)
    return state


# ---------------------------------------------------------------- ballot entry


def save_ballot(
    user: Any, election: Election, counter: int, row: dict[str, str], replace: bool
) -> list[str]:
    """Save one ballot a counter typed, checked by the core; a number already entered is
    refused unless the counter corrects it (``replace``). Nothing is saved on a problem."""
    made = election.to_core()
    name = counter_name(counter)
    try:
        (ballot,) = core.ballots_from_text(as_csv(made, [row]), name, made)
    except InputError as exc:
        return [placed(p) for p in exc.problems]
    values = {
        "crossed": " ".join(str(n) for n in sorted(ballot.crossed)),
        "agree": " ".join(str(n) for n in sorted(ballot.agree)),
        "disagree": " ".join(str(n) for n in sorted(ballot.disagree)),
        "invalid_reason": ballot.invalid_reason,
    }
    with transaction.atomic():
        Election.objects.select_for_update().get(pk=election.pk)
        old = BallotEntry.objects.filter(
            election=election, counter=counter, number=ballot.number
        ).first()
        if old is not None and not replace:
            return [
                _("Ballot %(no)s is already entered: to change it, choose Correct beside it.")
                % {"no": ballot.number}
            ]
        if old is None:
            saved = BallotEntry.objects.create(
                election=election, counter=counter, number=ballot.number, **values
            )
            audit.record(user, "ballot_entered", saved, new=_shown(values))
        else:
            before = _shown(old.row())
            for key, value in values.items():
                setattr(old, key, value)
            old.save()
            audit.record(user, "ballot_corrected", old, old=before, new=_shown(values))
    return []


def placed(problem: Problem) -> str:
    """A core problem of a typed ballot, in the user's language, naming its field."""
    where = FIELD_NAMES.get(problem.field or "")
    return f"{where}: {said(problem)}" if where else said(problem)


def located(problem: Problem) -> str:
    """A core problem of a tally file, in the user's language, naming the file, the line
    and the field: “phieu.csv, dòng 4: số phiếu: …”."""
    if problem.line:
        where = _("%(file)s, line %(line)s") % {"file": problem.file, "line": problem.line}
    else:
        where = problem.file
    return f"{where}: {placed(problem)}"


def _shown(values: dict[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in values.items() if k != "ballot" and v)


def remove_ballot(user: Any, election: Election, counter: int, number: int) -> bool:
    with transaction.atomic():
        entry = BallotEntry.objects.filter(
            election=election, counter=counter, number=number
        ).first()
        if entry is None:
            return False
        audit.record(user, "ballot_removed", entry, old=_shown(entry.row()))
        entry.delete()
    return True


def read_tally(upload: UploadedFile, election: Election) -> list[core.Ballot]:
    """The ballots of an uploaded tally CSV, read by the core's reader in a child process
    within the parse limits (web/bounded.py), as every upload is. Raises
    :class:`InputError` naming the file as the user knows it, its line and field."""
    name = display_name(upload)
    too_large = size_problem(upload, "ballots", name)
    if too_large is not None:
        raise InputError([Problem.of(name, too_large)])
    with stored(upload) as path:
        return read_stored(path, name, core.read_ballots, election.to_core())


def import_ballots(
    user: Any, election: Election, counter: int, ballots: list[core.Ballot], name: str
) -> None:
    """A counter's whole entry from a tally file, as :func:`read_tally` read it: it
    replaces the counter's ballots in one transaction."""
    with transaction.atomic():
        Election.objects.select_for_update().get(pk=election.pk)
        BallotEntry.objects.filter(election=election, counter=counter).delete()
        BallotEntry.objects.bulk_create(
            BallotEntry(
                election=election,
                counter=counter,
                number=b.number,
                crossed=" ".join(map(str, sorted(b.crossed))),
                agree=" ".join(map(str, sorted(b.agree))),
                disagree=" ".join(map(str, sorted(b.disagree))),
                invalid_reason=b.invalid_reason,
            )
            for b in ballots
        )
        comment = f"{name}: {len(ballots)}"
        audit.record(
            user, "ballots_imported", election, field=counter_name(counter), comment=comment
        )


# ---------------------------------------------------------------- lock, correct, next round


def lock(user: Any, election: Election) -> bool:
    """Lock the minutes (and so publish the result) when both entries agree."""
    state = standing(election)
    if state.result is None or election.locked:
        return False
    rows = [b.row() for b in election.ballots.filter(counter=Counter.FIRST)]
    with transaction.atomic():
        reason = _last_reason(election) if election.version > 1 else ""
        MinutesVersion.objects.create(
            election=election,
            version=election.version,
            reason=reason,
            result=state.result.to_dict(),
            kept=versions.kept(election, rows),
            locked_by=user if getattr(user, "is_authenticated", False) else None,
        )
        Election.objects.filter(pk=election.pk).update(locked=True)
        election.locked = True
        audit.record(user, "minutes_locked", election, new=str(election.version))
    return True


def _last_reason(election: Election) -> str:
    from chitieu.web.people.models import AuditEvent

    opened = (
        AuditEvent.objects.filter(
            action="minutes_correction", object_type="election", object_id=str(election.pk)
        )
        .order_by("-pk")
        .first()
    )
    return opened.comment if opened is not None else ""


def open_correction(user: Any, election: Election, reason: str) -> None:
    """A correction of locked minutes: the next version, open for entry, with its reason
    (the locked versions stay as they were)."""
    with transaction.atomic():
        election.version += 1
        election.locked = False
        election.save(update_fields=["version", "locked"])
        audit.record(
            user, "minutes_correction", election, new=str(election.version), comment=reason
        )


def set_up_next_round(
    user: Any, election: Election, result: core.Result, keep: Sequence[int]
) -> Election:
    """The next round for the seats left unfilled, with the candidates the congress keeps
    (the core's next round); the committee carries over. Raises the core's CodedError."""
    following = core.next_round(election.to_core(), result, keep or None)
    with transaction.atomic():
        made = Election.objects.create(
            title=election.title,
            congress=election.congress,
            elects=election.elects,
            seats=following.seats,
            list_kind=following.list_kind.value,
            candidates=[{"no": c.no, "name": c.name} for c in following.candidates],
            convened=election.convened,
            excluded=election.excluded,
            present=election.present,
            issued=election.issued,
            round=following.round,
            previous=election,
            organisation=election.organisation,
            place=election.place,
            held_on=election.held_on,
            agency=election.agency,
        )
        for member in election.members.all():
            member.pk, member.election = None, made
            member.save()
        kept = " ".join(str(c.no) for c in following.candidates)
        audit.record(user, "election_next_round", made, new=kept, comment=str(election.pk))
    return made

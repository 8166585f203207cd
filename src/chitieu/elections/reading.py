"""Reading an election (ELECTION.yaml) and its ballots (BALLOTS.csv), as docs/elections.md
describes them.

Both are read whole or not at all: every problem is reported with its file, its line and
its field, and nothing is counted. The files are bounded before they are parsed (their
size, the number of ballots), like every other reader of chitieu.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.elections.count import Result, count
from chitieu.elections.double import differences
from chitieu.elections.model import (
    Ballot,
    Candidate,
    CommitteeMember,
    CongressKind,
    Election,
    Exclusion,
    ListKind,
    unknown_candidate,
)
from chitieu.figures.reading import parse_date
from chitieu.problems import InputError, Message, Problem, coded
from chitieu.ziplimits import MB

REQUIRED = (
    "title",
    "congress",
    "elects",
    "seats",
    "list",
    "candidates",
    "convened",
    "present",
    "issued",
)
OPTIONAL = ("excluded", "round", "committee", "organisation", "place", "date")
# An election file is a page of names; a ballots file of the largest congress, some
# thousands of lines. Past these a file is no election, and reading it would only cost time.
MAX_ELECTION_BYTES = 1 * MB
MAX_BALLOTS_BYTES = 16 * MB
MAX_BALLOTS = 100_000
_WHOLE = re.compile(r"\d{1,9}")


def _sized(path: Path, limit: int) -> None:
    name = str(path)
    try:
        if not path.is_file():
            raise InputError([Problem(name, "file.missing")])
        size = path.stat().st_size
    except OSError as exc:
        raise InputError([Problem(name, "file.unreadable", {"why": str(exc.strerror)})]) from None
    if size > limit:
        mb = Decimal(size / MB).quantize(Decimal("0.1"))
        raise InputError([Problem(name, "file.too_large", {"mb": mb, "limit": limit // MB})])


def read_election(path: str | Path) -> Election:
    """Read and check an election file; :class:`InputError` lists every problem."""
    from chitieu.datafile import read_data_file

    path = Path(path)
    _sized(path, MAX_ELECTION_BYTES)
    data, lines = read_data_file(path)  # YAML 1.2 (``no:`` stays a key), bounded, with lines
    return _Fields(str(path), data, lines).election()


class _Fields:
    """The fields of an election file, each checked where it is, problems collected."""

    def __init__(self, name: str, data: Any, lines: Any) -> None:
        self.name, self.data, self.lines = name, data, lines
        self.problems: list[Problem] = []

    def problem(self, at: list[str | int], said: Message) -> None:
        field = next((p for p in reversed(at) if isinstance(p, str)), None)
        line = self.lines.line(at) if self.lines else None
        path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in at)
        self.problems.append(Problem.of(self.name, said, line=line, path=path, field=field))

    def election(self) -> Election:
        if not isinstance(self.data, dict):
            raise InputError([Problem(self.name, "election.not_mapping")])
        for key in self.data:
            if key not in REQUIRED + OPTIONAL:
                allowed = ", ".join(REQUIRED + OPTIONAL)
                self.problem([str(key)], coded("election.field_unknown", f=key, allowed=allowed))
        missing = [
            Problem(self.name, "election.field_missing", {"f": key}, field=key)
            for key in REQUIRED
            if key not in self.data
        ]
        if missing:
            raise InputError(self.problems + missing)
        congress = self.choice("congress", CongressKind)
        list_kind = self.choice("list", ListKind)
        election = Election(
            title=self.text(["title"]),
            congress=congress or CongressKind.DELEGATES,
            elects=self.text(["elects"]),
            seats=self.whole(["seats"], least=None),
            list_kind=list_kind or ListKind.SURPLUS,
            candidates=self.candidates(),
            convened=self.whole(["convened"]),
            excluded=self.exclusions(),
            present=self.whole(["present"]),
            issued=self.whole(["issued"]),
            round=self.round(),
            committee=self.committee(),
            organisation=self.text(["organisation"], required=False),
            place=self.text(["place"], required=False),
            held_on=self.day(),
        )
        if not self.problems and list_kind is not None:  # the counts are numbers: compare them
            for field, said in election.problems():
                self.problem([field], said)
        if self.problems:
            raise InputError(self.problems)
        return election

    def value(self, at: list[str | int]) -> Any:
        value: Any = self.data
        for p in at:
            value = value[p]
        return value

    def text(self, at: list[str | int], required: bool = True) -> str:
        if not required and at[0] not in self.data:
            return ""
        value = self.value(at)
        if isinstance(value, bool) or not isinstance(value, str | int):
            self.problem(at, coded("election.not_text", v=str(value)))
            return ""
        text = " ".join(str(value).split())
        if required and not text:
            self.problem(at, coded("election.empty"))
        return text

    def whole(self, at: list[str | int], least: int | None = 0) -> int:
        """A count: a whole number (0 or more unless ``least`` is None)."""
        value = self.value(at)
        if isinstance(value, str) and _WHOLE.fullmatch(value.strip()):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(at, coded("election.not_whole", v=str(value)))
            return 0
        if least is not None and value < least:
            self.problem(at, coded("election.negative", v=value))
            return 0
        return value

    def choice(self, key: str, kind: type[CongressKind] | type[ListKind]) -> Any:
        value = self.data[key]
        allowed = [k.value for k in kind]
        if value not in allowed:
            said = coded("election.not_one_of", v=str(value), allowed=", ".join(allowed))
            self.problem([key], said)
            return None
        return kind(value)

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem([key], coded("election.not_list"))
            return []
        return value

    def candidates(self) -> tuple[Candidate, ...]:
        items = self.items("candidates")
        if not items and "candidates" in self.data and not self.problems_at("candidates"):
            self.problem(["candidates"], coded("election.empty"))
        out: list[Candidate] = []
        seen: set[int] = set()
        for i, item in enumerate(items):
            if not self.record(["candidates", i], item, ("no", "name")):
                continue
            no = self.value(["candidates", i, "no"])
            if isinstance(no, bool) or not isinstance(no, int) or no < 1:
                self.problem(["candidates", i, "no"], coded("election.candidate_no", v=str(no)))
                continue
            if no in seen:
                self.problem(["candidates", i, "no"], coded("election.candidate_repeated", no=no))
            seen.add(no)
            out.append(Candidate(no, self.text(["candidates", i, "name"])))
        return tuple(out)

    def problems_at(self, key: str) -> bool:
        return any(p.field == key for p in self.problems)

    def record(
        self, at: list[str | int], item: Any, keys: tuple[str, ...], optional: str = ""
    ) -> bool:
        """A mapping of ``keys`` (``optional`` may be left out); its problems noted."""
        allowed = ", ".join((*keys, optional) if optional else keys)
        if not isinstance(item, dict):
            self.problem(at, coded("election.not_record", keys=allowed))
            return False
        ok = True
        for key in item:
            if key not in keys and key != optional:
                said = coded("election.field_unknown", f=key, allowed=allowed)
                self.problem([*at, str(key)], said)
                ok = False
        for key in keys:
            if key not in item:
                self.problem(at, coded("election.field_missing", f=key))
                ok = False
        return ok

    def exclusions(self) -> tuple[Exclusion, ...]:
        out: list[Exclusion] = []
        for i, item in enumerate(self.items("excluded")):
            if self.record(["excluded", i], item, ("reason", "count")):
                reason = self.text(["excluded", i, "reason"])
                out.append(Exclusion(reason, self.whole(["excluded", i, "count"])))
        return tuple(out)

    def round(self) -> int:
        if "round" not in self.data:
            return 1
        value = self.data["round"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            self.problem(["round"], coded("election.round", v=str(value)))
            return 1
        return value

    def committee(self) -> tuple[CommitteeMember, ...]:
        """Names, or ``{name, role}`` ("Trưởng ban"), in the order they sign."""
        out: list[CommitteeMember] = []
        for i, item in enumerate(self.items("committee")):
            if not isinstance(item, dict):
                out.append(CommitteeMember(self.text(["committee", i])))
            elif self.record(["committee", i], item, ("name",), optional="role"):
                role = self.text(["committee", i, "role"]) if "role" in item else ""
                out.append(CommitteeMember(self.text(["committee", i, "name"]), role))
        return tuple(out)

    def day(self) -> date | None:
        if "date" not in self.data:
            return None
        value = self.data["date"]
        try:
            return parse_date(str(value))
        except ValueError:
            self.problem(["date"], coded("figures.bad_date", v=str(value)))
            return None


SURPLUS_COLUMNS = ("ballot", "crossed")
NO_SURPLUS_COLUMNS = ("ballot", "agree", "disagree")
REASON = "invalid_reason"


def read_ballots(path: str | Path, election: Election) -> list[Ballot]:
    """Read and check a ballots file for ``election``; :class:`InputError` lists every
    problem (a candidate not on the list, a ballot entered twice, …), nothing is counted."""
    path = Path(path)
    name = str(path)
    _sized(path, MAX_BALLOTS_BYTES)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(name, "file.not_utf8", {"why": why})]) from None
    except OSError as exc:
        raise InputError([Problem(name, "file.unreadable", {"why": str(exc.strerror)})]) from None
    return ballots_from_text(text, name, election)


def ballots_from_text(text: str, name: str, election: Election) -> list[Ballot]:
    """The ballots of a CSV text (a file read, an upload), checked for ``election``."""
    columns = SURPLUS_COLUMNS if election.list_kind is ListKind.SURPLUS else NO_SURPLUS_COLUMNS
    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        header = list(reader.fieldnames or [])
    except csv.Error as exc:
        raise InputError([Problem(name, "file.bad_csv", {"why": str(exc)}, line=1)]) from None
    _check_header(name, header, columns)
    problems: list[Problem] = []
    ballots: list[Ballot] = []
    seen: dict[int, int] = {}
    for rows, (line, record) in enumerate(_records(reader, name), start=1):
        if rows > MAX_BALLOTS:
            count = Decimal(MAX_BALLOTS)
            raise InputError([Problem(name, "ballots.too_many_rows", {"count": count}, line=line)])
        row = _Row(name, line, election, problems)
        ballot = row.ballot(record, columns)
        if ballot is None:
            continue
        if ballot.number in seen:
            said = coded("ballots.repeated", no=ballot.number, line=seen[ballot.number])
            problems.append(Problem.of(name, said, line=line, field="ballot"))
            continue
        seen[ballot.number] = line
        ballots.append(ballot)
    if problems:
        raise InputError(problems)
    return ballots


def _check_header(name: str, header: list[str], columns: tuple[str, ...]) -> None:
    allowed = ", ".join((*columns, REASON))
    problems = [
        Problem(name, "ballots.column_missing", {"c": c, "allowed": allowed}, line=1, field=c)
        for c in columns
        if c not in header
    ]
    problems += [
        Problem(name, "ballots.column_unknown", {"c": c, "allowed": allowed}, line=1, field=c)
        for c in dict.fromkeys(header)
        if c not in (*columns, REASON)
    ]
    problems += [
        Problem(name, "ballots.column_twice", {"c": c}, line=1, field=c)
        for c in dict.fromkeys(header)
        if header.count(c) > 1
    ]
    if problems:
        raise InputError(problems)


def _records(reader: csv.DictReader[str], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        for record in reader:
            yield reader.line_num, record
    except csv.Error as exc:
        bad = Problem(name, "file.bad_csv", {"why": str(exc)}, line=reader.line_num)
        raise InputError([bad]) from None


class _Row:
    """One line of a ballots file, its problems noted with its line and column."""

    def __init__(self, name: str, line: int, election: Election, problems: list[Problem]):
        self.name, self.line, self.election, self.problems = name, line, election, problems
        self.ok = True

    def problem(self, field: str, said: Message) -> None:
        self.problems.append(Problem.of(self.name, said, line=self.line, field=field))
        self.ok = False

    def ballot(self, record: dict[str, Any], columns: tuple[str, ...]) -> Ballot | None:
        if None in record:
            self.problem(columns[-1], coded("ballots.row_too_long"))
            return None
        number = (record.get("ballot") or "").strip()
        if not _WHOLE.fullmatch(number) or int(number) < 1:
            self.problem("ballot", coded("ballots.number", v=number))
        marks = {c: self.candidates(c, record.get(c) or "") for c in columns[1:]}
        if not self.ok:
            return None
        ballot = Ballot(
            number=int(number),
            crossed=marks.get("crossed", frozenset()),
            agree=marks.get("agree", frozenset()),
            disagree=marks.get("disagree", frozenset()),
            invalid_reason=" ".join((record.get(REASON) or "").split()),
            line=self.line,
        )
        for field, said in self.election.ballot_problems(ballot):
            self.problem(field, said)
        return ballot if self.ok else None

    def candidates(self, column: str, text: str) -> frozenset[int]:
        """The candidate numbers of a cell, separated by spaces (checked against the list
        by :meth:`Election.ballot_problems`)."""
        nos: list[int] = []
        for token in text.split():
            if not _WHOLE.fullmatch(token):
                self.problem(column, unknown_candidate(self.election, token))
            elif int(token) in nos:
                self.problem(column, coded("ballots.candidate_twice", no=int(token)))
            else:
                nos.append(int(token))
        return frozenset(nos)


def returned_problem(
    election_path: str | Path, election: Election, ballots: list[Ballot], ballots_name: str
) -> Problem | None:
    """:meth:`Election.returned_problem`, placed at the election file's ``issued``."""
    said = election.returned_problem(len(ballots), ballots_name)
    if said is None:
        return None
    from chitieu.datafile import LineFinder

    line = LineFinder(Path(election_path).read_text(encoding="utf-8")).line(["issued"])
    return Problem.of(str(election_path), said, line=line, path="$.issued", field="issued")


def count_files(
    election_path: str | Path, ballots_path: str | Path, second_path: str | Path | None = None
) -> Result:
    """Read an election and its ballots (and a second counter's entry of the same ballots)
    and count them; :class:`InputError` lists every problem or every difference between
    the two entries, and then nothing is counted."""
    election = read_election(election_path)
    entries = [ballots_path] if second_path is None else [ballots_path, second_path]
    read: list[list[Ballot]] = []
    problems: list[Problem] = []
    for path in entries:  # both entries' problems at once
        try:
            read.append(read_ballots(path, election))
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    ballots = read[0]
    if second_path is not None:
        differ = differences(election, ballots, read[1], str(ballots_path), str(second_path))
        if differ:
            raise InputError(differ)
    too_many = returned_problem(election_path, election, ballots, str(ballots_path))
    if too_many is not None:
        raise InputError([too_many])
    return count(election, ballots)


def election_data(election: Election) -> dict[str, Any]:
    """An election as the fields of its file, in the file's order (read back the same)."""
    data: dict[str, Any] = {
        "title": election.title,
        "congress": election.congress.value,
        "elects": election.elects,
        "seats": election.seats,
        "list": election.list_kind.value,
        "candidates": [{"no": c.no, "name": c.name} for c in election.candidates],
        "convened": election.convened,
        "excluded": [{"reason": x.reason, "count": x.count} for x in election.excluded],
        "present": election.present,
        "issued": election.issued,
        "round": election.round,
    }
    if election.committee:
        data["committee"] = [
            {"name": m.name, "role": m.role} if m.role else m.name for m in election.committee
        ]
    for key, value in (("organisation", election.organisation), ("place", election.place)):
        if value:
            data[key] = value
    if election.held_on is not None:
        data["date"] = election.held_on.isoformat()
    return data


def dump_election(election: Election) -> str:
    """The election file's text (YAML)."""
    from chitieu.datafile import dump_yaml

    return dump_yaml(election_data(election))

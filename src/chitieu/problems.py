"""Errors that name the place where the input went wrong, by a code and its values.

Every problem with user input (a plan file, a figures file, a command-line flag) is
reported as a :class:`Problem` carrying the file, the line or JSON path, and the field,
so that the user can go straight to it. Loaders collect every problem they can find
before raising, instead of stopping at the first one.

What is wrong is a code (``plan.bound_missing``) and its values (``params``), never a
sentence: :data:`chitieu.messages.codes.CODES` holds each code's English template, and
:mod:`chitieu.messages` renders it in the user's language on every surface (the command
line, the web pages, the API). ``str(problem)`` is the English, for logs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Union

from chitieu.messages.codes import CODES, check
from chitieu.vnformat import format_date, format_vi


@dataclass(frozen=True)
class Term:
    """A word of the plan format that a page may show by its label: a ``field``
    (``low``), a ``kind`` (``growth``) or a ``direction`` (``increase``)."""

    vocabulary: str
    name: str

    def __str__(self) -> str:
        return self.name


# A value in a message: text as written, an int as digits (a year, a line), a Decimal
# as a number (1.234,5), a date as 25/9/2020, a term by its label, a nested message.
Param = Union[str, int, Decimal, date, Term, "Message"]
Params = Mapping[str, Param]


def _english(code: str, params: Params) -> str:
    return english(code, params)


@dataclass(frozen=True)
class Message:
    """What is wrong, by its code and values, without a place."""

    code: str
    params: Params = dataclasses.field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        check(self.code, self.params)

    def __str__(self) -> str:
        return _english(self.code, self.params)

    def to_data(self) -> dict[str, Any]:
        """As JSON data (a stored draft keeps the reader's doubts so): text, ints, messages."""
        return {"code": self.code, "params": {k: _data(v) for k, v in self.params.items()}}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Message:
        params = {
            k: cls.from_data(v) if isinstance(v, dict) else v for k, v in data["params"].items()
        }
        return cls(data["code"], params)


def _data(value: Param) -> Any:
    if isinstance(value, Message):
        return value.to_data()
    if isinstance(value, str | int) and not isinstance(value, bool):
        return value
    raise TypeError(f"{value!r} is not kept as JSON data")


class CodedError(Exception):
    """An error of the core whose message is a :class:`Message` (``str()``: the English)."""

    def __init__(self, code: str, **params: Param) -> None:
        self.said = Message(code, params)
        super().__init__(str(self.said))

    @property
    def code(self) -> str:
        return self.said.code

    @property
    def params(self) -> Params:
        return self.said.params

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuilt, (type(self), self.said, self.__dict__)


def _rebuilt(cls: type[CodedError], said: Message, state: dict[str, Any]) -> CodedError:
    # Subclasses take other arguments; rebuilt from what it holds (read in a child process).
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, str(said))
    return error


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input (a code and its values), and where it is."""

    file: str
    code: str
    params: Params = dataclasses.field(default_factory=dict, hash=False)
    line: int | None = None
    path: str | None = None  # a JSON path such as $.targets[2].metrics[0].low
    field: str | None = None
    row: int | None = None  # a data row (Parquet, spreadsheets), 1 for the first one
    sheet: str | None = None
    cell: str | None = None  # a spreadsheet cell such as C7

    def __post_init__(self) -> None:
        check(self.code, self.params)

    @classmethod
    def of(cls, file: str, said: Message | CodedError, **place: Any) -> Problem:
        """The problem at ``file`` (and ``place``) that ``said`` (a message, an error) names."""
        message = said.said if isinstance(said, CodedError) else said
        return cls(file, message.code, message.params, **place)

    @property
    def said(self) -> Message:
        return Message(self.code, self.params)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return _english(self.code, self.params)

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
        if self.sheet:
            place += f": sheet '{self.sheet}'"
        if self.row is not None:
            place += f": row {self.row}"
        if self.cell:
            place += f": cell {self.cell}"
        if self.path:
            place += f": {self.path}"
        if self.field:
            place += f": field '{self.field}'"
        return f"{place}: {self.message}"


class InputError(Exception):
    """Raised with every problem found in an input; nothing from that input is used."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[InputError], tuple[list[Problem]]]:
        # rebuilt from its problems, not its text (a reader may run in a child process)
        return type(self), (self.problems,)


def coded(code: str, **params: Param) -> Message:
    """The message ``code`` with its values: ``coded("plan.term_order", end=2020, start=2021)``."""
    return Message(code, params)


def field_term(name: str) -> Term:
    """A field of the plan format, shown by its label where a page has one."""
    return Term("field", name)


# -- the one renderer: a code's template in the caller's language, its values shown the
# way the user reads them (chitieu.messages adds the catalogues and the places)

Gettext = Callable[[str], str]
Label = Callable[[Term], "str | None"]  # a term's label, None when it has none


def _same(text: str) -> str:
    return text


def render(code: str, params: Params, gettext: Gettext = _same, label: Label | None = None) -> str:
    """The message ``code`` with its ``params``, in the language of ``gettext``."""
    shown = {k: show(v, gettext, label) for k, v in params.items()}
    return gettext(CODES[code]) % shown


def said(message: Message, gettext: Gettext = _same, label: Label | None = None) -> str:
    """A message in the language of ``gettext``."""
    return render(message.code, message.params, gettext, label)


def english(code: str, params: Params) -> str:
    """The message in English, as logs and ``str(problem)`` give it."""
    return render(code, params)


def show(value: Param, gettext: Gettext = _same, label: Label | None = None) -> str:
    """One value of a message as the user reads it."""
    if isinstance(value, Message):
        return said(value, gettext, label)
    if isinstance(value, Term):
        return (label(value) if label else None) or value.name
    if isinstance(value, bool):  # not a number
        return str(value)
    if isinstance(value, Decimal):
        return format_vi(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)

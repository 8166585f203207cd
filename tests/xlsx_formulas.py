"""A small evaluator for the Excel formulas chitieu writes, so tests can check their results.

openpyxl keeps formulas as text and no spreadsheet program is at hand, so the tests compute
them here: cell references (with sheets), ranges, + - * / ^, comparisons, and the functions
the workbook uses (SUM, PRODUCT, COUNT, AVERAGE, ROUND, IF, ISNUMBER, AND, OR, ABS, LOOKUP,
MAX, CHOOSE). An
unknown function fails the test rather than being guessed.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:E[+-]?\d+)?)"
    r"|(?P<str>\"[^\"]*\")"
    r"|(?P<ref>(?:'[^']+'!|[A-Za-z0-9_]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)"
    r"|(?P<func>[A-Z]+)\("
    r"|(?P<op>>=|<=|<>|[-+*/^(),<>=]))"
)


class FormulaError(Exception):
    pass


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise FormulaError(f"cannot read {text[pos:]!r}")
        kind = m.lastgroup
        assert kind is not None
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


class Workbook:
    """Evaluates the formulas of an openpyxl workbook loaded with formulas (not values)."""

    def __init__(self, wb: Any) -> None:
        self.wb = wb
        self.cache: dict[tuple[str, str], Any] = {}

    def value(self, sheet: str, cell: str) -> Any:
        key = (sheet, cell.replace("$", ""))
        if key not in self.cache:
            raw = self.wb[sheet][key[1]].value
            if isinstance(raw, str) and raw.startswith("="):
                self.cache[key] = _Parser(self, sheet, _tokens(raw[1:])).run()
            else:
                self.cache[key] = float(raw) if isinstance(raw, int | float | Decimal) else raw
        return self.cache[key]

    def formula(self, sheet: str, cell: str) -> str:
        raw = self.wb[sheet][cell].value
        assert isinstance(raw, str) and raw.startswith("="), f"{sheet}!{cell} is {raw!r}"
        return raw


def _split_ref(text: str, sheet: str) -> tuple[str, str]:
    if "!" in text:
        name, cell = text.rsplit("!", 1)
        return name.strip("'"), cell.replace("$", "")
    return sheet, text.replace("$", "")


def _cells(start: str, end: str) -> list[str]:
    c1, r1 = re.match(r"([A-Z]+)(\d+)", start).groups()  # type: ignore[union-attr]
    c2, r2 = re.match(r"([A-Z]+)(\d+)", end).groups()  # type: ignore[union-attr]
    cols = range(column_index_from_string(c1), column_index_from_string(c2) + 1)
    return [f"{get_column_letter(c)}{r}" for r in range(int(r1), int(r2) + 1) for c in cols]


def _is_number(x: Any) -> bool:
    return isinstance(x, float) and not isinstance(x, bool)


def _numbers(args: list[Any]) -> list[float]:
    out: list[float] = []
    for a in args:
        out += [x for x in (a if isinstance(a, list) else [a]) if _is_number(x)]
    return out


def _round(x: float, n: float) -> float:
    q = Decimal(1).scaleb(-int(n))
    return float(Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP))


def _average(numbers: list[float]) -> float:
    if not numbers:
        raise FormulaError("#DIV/0!")
    return math.fsum(numbers) / len(numbers)


def _lookup(key: float, where: list[Any], result: list[Any] | None = None) -> Any:
    hits = [i for i, x in enumerate(where) if _is_number(x) and x <= key]
    if not hits:
        raise FormulaError("#N/A")
    return (result or where)[hits[-1]]


_EAGER = {
    "SUM": lambda a: math.fsum(_numbers(a)),
    "PRODUCT": lambda a: math.prod(_numbers(a)) if _numbers(a) else 0.0,
    "COUNT": lambda a: float(len(_numbers(a))),
    "AVERAGE": lambda a: _average(_numbers(a)),
    "ROUND": lambda a: _round(a[0], a[1]),
    "ISNUMBER": lambda a: _is_number(a[0]),
    "AND": lambda a: all(bool(x) for x in a),
    "OR": lambda a: any(bool(x) for x in a),
    "MAX": lambda a: max(_numbers(a), default=0.0),
    "CHOOSE": lambda a: a[int(_num(a[0]))],
    "ABS": lambda a: abs(a[0]),
    "LOOKUP": lambda a: _lookup(a[0], a[1], a[2] if len(a) > 2 else None),
}


class _Parser:
    def __init__(self, book: Workbook, sheet: str, tokens: list[tuple[str, str]]) -> None:
        self.book, self.sheet, self.tokens, self.i = book, sheet, tokens, 0

    def run(self) -> Any:
        value = self.compare()
        if self.i != len(self.tokens):
            raise FormulaError(f"unexpected {self.tokens[self.i]}")
        return value

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, op: str | None = None) -> tuple[str, str]:
        tok = self.tokens[self.i]
        if op is not None and tok[1] != op:
            raise FormulaError(f"expected {op}, got {tok}")
        self.i += 1
        return tok

    def compare(self) -> Any:
        left = self.additive()
        tok = self.peek()
        if tok and tok[1] in (">=", "<=", "<>", ">", "<", "="):
            self.take()
            order = _order(left, self.additive())
            return {
                ">=": order >= 0,
                "<=": order <= 0,
                "<>": order != 0,
                ">": order > 0,
                "<": order < 0,
                "=": order == 0,
            }[tok[1]]
        return left

    def additive(self) -> Any:
        value = self.term()
        while (tok := self.peek()) and tok[1] in "+-" and tok[0] == "op":
            self.take()
            right = self.term()
            value = _num(value) + _num(right) if tok[1] == "+" else _num(value) - _num(right)
        return value

    def term(self) -> Any:
        value = self.power()
        while (tok := self.peek()) and tok[1] in "*/" and tok[0] == "op":
            self.take()
            right = self.power()
            if tok[1] == "*":
                value = _num(value) * _num(right)
            else:
                if _num(right) == 0:
                    raise FormulaError("#DIV/0!")
                value = _num(value) / _num(right)
        return value

    def power(self) -> Any:
        value = self.unary()
        while (tok := self.peek()) and tok[1] == "^":
            self.take()
            value = _num(value) ** _num(self.unary())
        return value

    def unary(self) -> Any:
        tok = self.peek()
        if tok and tok[1] == "-":
            self.take()
            return -_num(self.unary())
        return self.primary()

    def primary(self) -> Any:
        kind, text = self.take()
        if kind == "num":
            return float(text)
        if kind == "str":
            return text[1:-1]
        if kind == "ref":
            sheet, cell = _split_ref(text, self.sheet)
            if ":" in cell:
                start, end = cell.split(":")
                return [self.book.value(sheet, c) for c in _cells(start, end)]
            return self.book.value(sheet, cell)
        if kind == "func":
            return self.call(text)
        if text == "(":
            value = self.compare()
            self.take(")")
            return value
        raise FormulaError(f"unexpected {text}")

    def call(self, name: str) -> Any:
        if name == "IF":  # lazy, as Excel: the branch not taken is not computed
            cond = self.compare()
            self.take(",")
            if cond:
                value = self.compare()
                self.take(",")
                self.skip_argument()
            else:
                self.skip_argument()
                self.take(",")
                value = self.compare()
            self.take(")")
            return value
        if name not in _EAGER:
            raise FormulaError(f"unknown function {name}")
        args = []
        if self.peek() != ("op", ")"):
            args.append(self.compare())
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.compare())
        self.take(")")
        return _EAGER[name](args)

    def skip_argument(self) -> None:
        depth = 0
        while True:
            tok = self.peek()
            if tok is None:
                return
            if depth == 0 and tok[1] in (",", ")"):
                return
            if tok[0] == "func" or tok[1] == "(":
                depth += 1
            elif tok[1] == ")":
                depth -= 1
            self.take()


def _order(a: Any, b: Any) -> int:
    """Excel's comparison: an empty cell is 0 (or ""), and text sorts after numbers."""
    if a is None:
        a = "" if isinstance(b, str) else 0.0
    if b is None:
        b = "" if isinstance(a, str) else 0.0
    if isinstance(a, str) != isinstance(b, str):
        return 1 if isinstance(a, str) else -1
    return (a > b) - (a < b)


def _num(x: Any) -> float:
    if x is None:
        return 0.0  # an empty cell counts as 0 in arithmetic
    if isinstance(x, bool):
        return 1.0 if x else 0.0
    if not isinstance(x, float):
        raise FormulaError(f"#VALUE! ({x!r})")
    return x

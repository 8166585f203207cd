"""What a plan's values must be for a database to keep them as they were written.

Numbers within the limits of :func:`chitieu.vnnumbers.check_storable` (a bound of
9999999999999999999999999 would come back changed), and texts without control
characters (PostgreSQL refuses a NUL byte outright). The plan reader reports each
offender with its path, like any other problem of the file; the web app drops control
characters from what people type through :func:`is_control`, the same definition.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from chitieu.problems import Message, coded
from chitieu.vnnumbers import NumberFormatError, check_storable, to_decimal

PathItem = str | int
_KEPT_CONTROLS = "\t\n\r"  # tabs and line breaks are text


def is_control(char: str) -> bool:
    """A character no stored text keeps: C0/C1 controls (NUL, ESC …) and lone surrogates."""
    return char not in _KEPT_CONTROLS and unicodedata.category(char) in ("Cc", "Cs")


def storable_problems(data: dict[str, Any]) -> list[tuple[list[PathItem], Message]]:
    """Every number of the plan data a database would not keep exactly (or no number at
    all, like YAML's .nan), and every text with a control character, by path."""
    found: list[tuple[list[PathItem], Any]] = [
        (["tolerance", k], v) for k, v in (data.get("tolerance") or {}).items()
    ]
    for ti, t in enumerate(data["targets"]):
        for mi, m in enumerate(t["metrics"]):
            at: list[PathItem] = ["targets", ti, "metrics", mi]
            found += [([*at, k], m[k]) for k in ("low", "high") if k in m]
            found += [([*at, "tolerance", k], v) for k, v in (m.get("tolerance") or {}).items()]
            found += [([*at, "valid_range", k], v) for k, v in (m.get("valid_range") or {}).items()]
            if "max_change" in m:
                found.append(([*at, "max_change"], m["max_change"]))
            if "baseline" in m:
                found.append(([*at, "baseline", "value"], m["baseline"]["value"]))
    problems: list[tuple[list[PathItem], Message]] = []
    for at, raw in found:
        try:
            check_storable(to_decimal(raw), raw if isinstance(raw, str) else None)
        except NumberFormatError as exc:
            problems.append((at, exc.said))
    for at, text in _texts(data, []):
        bad = next((c for c in text if is_control(c)), None)
        if bad is not None:
            problems.append((at, coded("file.text_control", c=f"U+{ord(bad):04X}")))
    return problems


def _texts(value: Any, at: list[PathItem]) -> Iterator[tuple[list[PathItem], str]]:
    """Every string in plain data (keys of mappings too), with its path."""
    if isinstance(value, str):
        yield at, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(k, at)
            yield from _texts(v, [*at, str(k)])
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, [*at, i])

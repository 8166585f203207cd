"""Reading and writing the YAML and JSON files people edit (plans, elections, mappings).

YAML is read with YAML 1.2 booleans, every file is bounded in the values it expands to,
NaN and infinity are refused, and any value's JSON path can be mapped back to its line
for error messages.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from chitieu.problems import InputError, Problem

PathItem = str | int


class _Yaml12Loader(yaml.SafeLoader):
    """YAML as people expect it: only true/false are booleans.

    PyYAML follows YAML 1.1, where ``no``, ``yes``, ``on`` and ``off`` are booleans; a
    plan's target number ``no: 1`` would then become the key ``False``.
    """


# Dates stay text too ("2025-12-20"): the schema expects strings, and people write dates unquoted.
_Yaml12Loader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


class _Yaml12Dumper(yaml.SafeDumper):
    """Writes ``no: 1`` unquoted, since :class:`_Yaml12Loader` reads it back as a key."""


_Yaml12Dumper.yaml_implicit_resolvers = _Yaml12Loader.yaml_implicit_resolvers


def load_yaml(text: str) -> Any:
    """Parse YAML text with YAML 1.2 booleans (see :class:`_Yaml12Loader`)."""
    return yaml.load(text, Loader=_Yaml12Loader)


def json_path(parts: list[PathItem] | tuple[PathItem, ...]) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


class LineFinder:
    """Maps a JSON path to the line it starts on in a YAML (or JSON) text."""

    def __init__(self, text: str) -> None:
        try:
            self.root: yaml.Node | None = yaml.compose(text, Loader=yaml.SafeLoader)
        except (yaml.YAMLError, RecursionError):
            self.root = None

    def line(self, parts: list[PathItem] | tuple[PathItem, ...]) -> int | None:
        node = self.root
        for p in parts:
            if isinstance(node, yaml.MappingNode) and isinstance(p, str):
                node = next((v for k, v in node.value if k.value == p), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(p, int):
                node = node.value[p] if p < len(node.value) else None
            else:
                node = None
            if node is None:
                return None
        return node.start_mark.line + 1 if node is not None else None


def read_data_file(path: Path) -> tuple[Any, LineFinder | None]:
    """Parse a YAML or JSON file (by its suffix) into plain data, bounded, with a line
    finder for its errors."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError([Problem(name, "file.missing")]) from None
    except UnicodeDecodeError as exc:
        why = f"{exc.reason} at byte {exc.start}"
        raise InputError([Problem(name, "file.not_utf8", {"why": why})]) from None
    except OSError as exc:
        why = str(exc.strerror)
        raise InputError([Problem(name, "file.unreadable", {"why": why})]) from None
    try:
        data = _parse(text, name, path.suffix.lower() == ".json")
    except RecursionError:
        raise InputError([Problem(name, "file.too_deep")]) from None
    lines = LineFinder(text)
    _check_values(data, name, lines)
    return data, lines


def _parse(text: str, name: str, is_json: bool) -> Any:
    if is_json:
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            bad = Problem(name, "file.bad_json", {"why": exc.msg}, line=exc.lineno)
            raise InputError([bad]) from None
        except ValueError as exc:  # an integer of thousands of digits
            raise InputError([Problem(name, "file.bad_json", {"why": str(exc)})]) from None
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        bad = Problem(name, "file.bad_yaml", {"why": str(problem)}, line=line)
        raise InputError([bad]) from None
    except ValueError as exc:  # an integer of thousands of digits
        raise InputError([Problem(name, "file.bad_yaml", {"why": str(exc)})]) from None


# A plan (or an election, a mapping) holds some thousands of values. YAML aliases let a
# small file stand for billions (each alias of an alias doubles it), which checking would
# walk one by one.
MAX_VALUES = 200_000


def _check_values(data: Any, name: str, lines: LineFinder) -> None:
    """Refuse data that expands past :data:`MAX_VALUES`, or holds NaN or infinity.

    The walk stops at the limit, so it costs no more than the limit whatever the aliases.
    """
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]  # (value, (key, parent's path))
    seen = 0
    while stack:
        value, at = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            raise InputError(
                [Problem(name, "file.too_many_values", {"count": Decimal(MAX_VALUES)})]
            )
        if isinstance(value, float) and not math.isfinite(value):
            parts: list[PathItem] = []
            while at:
                parts.append(at[0])
                at = at[1]
            parts.reverse()
            raise InputError(
                [
                    Problem(
                        name,
                        "number.not_a_number",
                        {"v": str(value)},
                        line=lines.line(parts),
                        path=json_path(parts),
                    )
                ]
            )
        if isinstance(value, dict):
            stack += [(v, (k, at)) for k, v in value.items()]
        elif isinstance(value, list):
            stack += [(v, (i, at)) for i, v in enumerate(value)]


def dump_yaml(data: Any) -> str:
    """YAML for people: keys in order, Vietnamese unescaped, read back by :func:`load_yaml`."""
    return yaml.dump(data, Dumper=_Yaml12Dumper, allow_unicode=True, sort_keys=False, width=100)

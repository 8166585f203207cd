"""Helpers for the plan-page tests: a page's form as a browser would submit it."""

from __future__ import annotations

import io
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from tests.seeds import SEEDS as SEEDS  # re-exported for the reader tests
from tests.seeds import seed

PLAN = "langson-xvii"


class _FormReader(HTMLParser):
    """The successful controls of one form (by id), with their values."""

    def __init__(self, form_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.template = 0  # <template> rows are not part of the form until added
        self.fields: list[tuple[str, str]] = []
        self.select: str | None = None
        self.select_value: str | None = None
        self.first_option: str | None = None
        self.option: str | None = None
        self.textarea: str | None = None
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = True
        if not self.inside:
            return
        if tag == "template":
            self.template += 1
        if self.template:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value") or "on"))
            elif kind not in ("submit", "button", "file"):
                self.fields.append((name, a.get("value", "")))
        elif tag == "select" and name:
            self.select, self.select_value, self.first_option = name, None, None
        elif tag == "option" and self.select:
            value = a.get("value", "")
            if self.first_option is None:
                self.first_option = value
            if "selected" in a:
                self.select_value = value
        elif tag == "textarea" and name:
            self.textarea, self.text = name, ""

    def handle_endtag(self, tag: str) -> None:
        if not self.inside:
            return
        if tag == "template":
            self.template -= 1
        elif tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            value = self.select_value if self.select_value is not None else self.first_option
            self.fields.append((self.select, value or ""))
            self.select = None
        elif tag == "textarea" and self.textarea:
            # the HTML parser keeps the newline a browser drops after <textarea>
            self.fields.append((self.textarea, self.text.removeprefix("\n")))
            self.textarea = None

    def handle_data(self, data: str) -> None:
        if self.textarea and self.inside and not self.template:
            self.text += data


def form_fields(html: str, form_id: str = "plan-editor") -> dict[str, Any]:
    """The form's fields by name, as a browser would post them (lists for repeated names)."""
    reader = _FormReader(form_id)
    reader.feed(html)
    out: dict[str, Any] = {}
    for name, value in reader.fields:
        if name in out:
            out[name] = [*out[name], value] if isinstance(out[name], list) else [out[name], value]
        else:
            out[name] = value
    return out


def measure_field(data: dict[str, Any], key: str, field: str) -> str:
    """The posted name of a measure's field, found by the measure's identifier."""
    for name, value in data.items():
        if name.startswith("m-") and name.endswith("-orig_key") and value == key:
            return name.removesuffix("orig_key") + field
    raise KeyError(key)


def target_field(data: dict[str, Any], no: int, field: str) -> str:
    """The posted name of a target's field, found by the target's number."""
    for name, value in data.items():
        if name.startswith("t-") and name.endswith("-no") and value == str(no):
            return name.removesuffix("no") + field
    raise KeyError(no)


def decide_all(data: dict[str, Any], decision: str = "accept") -> dict[str, Any]:
    """Decide every proposed measure of a review page's form not decided yet, as a planner
    would with its radio buttons (``decide-<measure id>``)."""
    for name, value in list(data.items()):
        if name.startswith("m-") and name.endswith("-orig_key") and value:
            data.setdefault(f"decide-{value}", decision)
    return data


def upload(content: bytes | str, name: str) -> io.BytesIO:
    """A file as a test client uploads it."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    out = io.BytesIO(data)
    out.name = name
    return out


def seed_004() -> Path:
    return seed("004_*.txt")

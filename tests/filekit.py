"""Files for the bad-input tests: zip parts rewritten, real seeds, and their mutations.

The fuzz tests mutate real files (tests/data, the bundled plan and figures, files made with
python-docx and fpdf2, the shared seed texts) with hypothesis, a fixed number of examples
each and derandomised, so that a run in CI tries the same inputs every time.
"""

from __future__ import annotations

import io
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from chitieu.problems import InputError
from tests.seeds import SEEDS as SHARED_SEEDS

T = TypeVar("T")

RESOLUTIONS = Path(__file__).resolve().parent / "data" / "resolutions"


def read_or_refuse(read: Callable[[Path], T], data: bytes, name: str) -> T | None:
    """What ``read`` makes of ``data`` stored as ``name``; None when it refused it with the
    project's input error naming the file (by its path, or its name)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            return read(path)
        except InputError as exc:
            assert exc.problems
            assert all(p.file.startswith((str(path), path.name)) for p in exc.problems)
            return None


def fuzz(examples: int) -> settings:
    """A fixed number of derandomised examples, none remembered between runs."""
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def shared_seed_texts() -> list[bytes]:
    """The shared seed texts; their absence is a failure, not a skip."""
    files = sorted(SHARED_SEEDS.glob("*.txt"))
    assert files, f"the shared seed texts are missing from {SHARED_SEEDS}"
    return [f.read_bytes() for f in files]


def labelled_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(RESOLUTIONS.glob("*.txt"))]


def ascii_text(text: str) -> str:
    """Vietnamese without its marks (for a PDF in a core font, which has no ư or ộ)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    plain = unicodedata.normalize("NFD", text)
    return (
        "".join(c for c in plain if not unicodedata.combining(c))
        .encode("ascii", "replace")
        .decode()
    )


def rezip(data: bytes, parts: dict[str, Callable[[bytes], bytes]]) -> bytes:
    """The zip with some parts rewritten (by name; a new name is added, from b""), the
    others copied."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            change = parts.get(info.filename)
            target.writestr(info.filename, change(content) if change else content)
        for name, make in parts.items():
            if name not in source.namelist():
                target.writestr(name, make(b""))
    return out.getvalue()


# Bytes a mutation may insert: separators, quotes, encodings' marks, odd numbers, YAML.
TOKENS = [
    b",",
    b'"',
    b"'",
    b"\n",
    b"\r\n",
    b"\t",
    b":",
    b"- ",
    b"#",
    b"\x00",
    b"\xff",
    b"\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"1",
    b"-1",
    b"1e999",
    b"nan",
    b"inf",
    b"9" * 40,
    b"2021",
    b"2021-13-45",
    b"31/2/2025",
    b"&a ",
    b"*a",
    b"!!binary ",
    b"{",
    b"[",
    b"]",
    b"}",
    b"<",
    b">",
    b"&lol;",
    b"<!DOCTYPE x>",
    b"(1) ",
    b"chi tieu",
    b"\xe1\xbb\x89 ti\xc3\xaau",
    b"NaN",
    b"Infinity",
    b".nan",
    b".inf",
    b"9" * 5000,
    b"[" * 3000,
    b"{'a': " * 3000,
]


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """``seed`` with a few bytes flipped, cut, inserted (tokens or random) or copied."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        # the start of a file (its header, its signature) half of the time
        at = draw(st.one_of(st.integers(0, min(len(data), 300)), st.integers(0, len(data))))
        op = draw(st.sampled_from(["flip", "cut", "token", "bytes", "copy"]))
        if op == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif op == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif op == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif data:
            start = draw(st.integers(0, len(data) - 1))
            data[at:at] = data[start : start + draw(st.integers(1, 400))]
    return bytes(data)


@st.composite
def mutated_part(draw: st.DrawFn, container: bytes) -> bytes:
    """A zip container with one of its parts mutated: the zip stays valid, its XML not."""
    names = zipfile.ZipFile(io.BytesIO(container)).namelist()
    name = draw(st.sampled_from(names))
    part = zipfile.ZipFile(io.BytesIO(container)).read(name)
    changed = draw(mutated(part))
    return rezip(container, {name: lambda _: changed})


def any_mutation(seed: bytes) -> st.SearchStrategy[bytes]:
    """Mutations of a file, and of a zip's parts when it is one."""
    if seed[:2] == b"PK":
        return st.one_of(mutated(seed), mutated_part(seed))
    return mutated(seed)


VALUES = [
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b".nan",
    b".inf",
    b"1e999",
    b"9" * 5000,
    b"[" * 3000,
    b"null",
    b"true",
    b"-1",
    b"0",
    b"[]",
    b"{}",
    b'""',
    b"*a",
    b"&a [1]",
    b"!!binary AA==",
]


@st.composite
def revalued(draw: st.DrawFn, seed: bytes) -> bytes:
    """A JSON or YAML file with one value (after a key's colon) replaced by an odd one."""
    starts = [m.end() for m in re.finditer(rb'(?:": |: )', seed)]
    at = draw(st.sampled_from(starts))
    end = re.compile(rb"[,\n}]").search(seed, at)
    stop = end.start() if end else len(seed)
    return seed[:at] + draw(st.sampled_from(VALUES)) + seed[stop:]

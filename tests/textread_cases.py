"""The labelled resolutions of tests/data/resolutions, turned into the files they stand for."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.datafile import load_yaml
from chitieu.textread.reader import read_resolution

CASES = Path(__file__).resolve().parent / "data" / "resolutions"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def to_docx(text: str, out: Path) -> Path:
    """Paragraphs, and runs of "| a | b |" lines as tables (the way offices type targets)."""
    import docx

    document = docx.Document()
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, value in enumerate(cells):
                    table.cell(r, c).text = value
            rows.clear()

    for line in text.splitlines():
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        else:
            flush()
            document.add_paragraph(line)
    flush()
    document.save(str(out))
    return out


def to_pdf(text: str, out: Path) -> Path:
    """A PDF with a real text layer, in a font with every Vietnamese letter."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for line in text.splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))
    return out


def input_file(name: str, tmp: Path) -> Path:
    """The file the reader gets for a case: as stored, or built as .docx / .pdf."""
    for suffix in (".txt", ".html"):
        path = CASES / f"{name}{suffix}"
        if path.exists():
            break
    text = path.read_text(encoding="utf-8")
    if name == "dang-uy-table":
        return to_docx(text, tmp / f"{name}.docx")
    if name.startswith("tinh-pdf"):
        return to_pdf(text, tmp / f"{name}.pdf")
    return path


def read_metrics(text: str) -> list[dict[str, Any]]:
    """Every measure the reader proposes for ``text``, in reading order."""
    return [m for t in read_resolution(text).plan["targets"] for m in t["metrics"]]


def first_lows(text: str) -> list[Any]:
    """Each target's first measure's lower bound, in reading order."""
    return [t["metrics"][0].get("low") for t in read_resolution(text).plan["targets"]]


def grouped_bounds(text: str) -> list[tuple[Any, ...]]:
    """Each metric read from ``text`` as (group, name, comparator, low, high), the bounds as
    strings ("None" when absent)."""
    plan = read_resolution(text).plan
    return [
        (t.get("group"), m["name"], m["comparator"], str(m.get("low")), str(m.get("high")))
        for t in plan["targets"]
        for m in t["metrics"]
    ]


def case_names() -> list[str]:
    return sorted(p.name.removesuffix(".expected.yaml") for p in CASES.glob("*.expected.yaml"))


def expected(name: str) -> dict[str, Any]:
    # YAML 1.2 booleans, so that "no:" stays a key
    data: dict[str, Any] = load_yaml((CASES / f"{name}.expected.yaml").read_text("utf-8"))
    return data


def compare(plan: dict[str, Any], want: dict[str, Any]) -> tuple[int, int, list[str]]:
    """Fields right, fields labelled, and what differs."""
    right = total = 0
    misses: list[str] = []

    def check(where: str, got: Any, exp: Any) -> None:
        nonlocal right, total
        total += 1
        if got == exp:
            right += 1
        else:
            misses.append(f"{where}: got {got!r}, expected {exp!r}")

    check("title", plan["title"], want["title"])
    check("area", plan["area"]["name"], want["area"])
    check("years", [plan["baseline_year"], plan["start_year"], plan["end_year"]], want["years"])
    check("tasks", len(plan.get("tasks", [])), want["tasks"])
    got_targets = {t["no"]: t for t in plan["targets"]}
    for t in want["targets"]:
        g = got_targets.get(t["no"])
        if g is None:
            check(f"target {t['no']}", None, "present")
            continue
        check(f"target {t['no']} text", g["text"], t["text"])
        if "group" in t:
            check(f"target {t['no']} group", g.get("group"), t["group"])
        for i, m in enumerate(t["metrics"]):
            gm = g["metrics"][i] if i < len(g["metrics"]) else {}
            for field, value in m.items():
                got = gm.get(field)
                if field in ("low", "high"):
                    got = Decimal(got) if got is not None else None
                    value = Decimal(str(value))
                check(f"target {t['no']} measure {i + 1} {field}", got, value)
        check(f"target {t['no']} measures", len(g["metrics"]), len(t["metrics"]))
    check("targets", len(plan["targets"]), len(want["targets"]))
    return right, total, misses


# The reader's accuracy set (issue 14): real texts, labelled from docs/text-reader-labelling.md.
READER_SET = Path(__file__).resolve().parent / "data" / "reader-accuracy"
SCORED = ("name", "kind", "comparator", "low", "high", "unit", "input", "direction")
BOUNDS = ("comparator", "low", "high")


def manifest() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = load_yaml((READER_SET / "manifest.yaml").read_text("utf-8"))
    return data


def layouts() -> dict[str, str]:
    """Each text's layout, as the manifest gives it."""
    return {name: str(entry["layout"]) for name, entry in manifest().items()}


def set_ids(split: str, batch: int | None = None) -> list[str]:
    """The ids of one half of the set ("dev" or "test"), sorted; of one batch when given
    (a manifest entry without ``batch`` is of batch 1)."""
    return sorted(
        i
        for i, e in manifest().items()
        if e["split"] == split and (batch is None or e.get("batch", 1) == batch)
    )


@dataclass
class Score:
    """Fields right, fields the reader gave, fields labelled: precision, recall, F1."""

    right: int = 0
    got: int = 0
    labelled: int = 0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.got += other.got
        self.labelled += other.labelled

    @property
    def f1(self) -> float:
        if not self.right:
            return 0.0
        precision, recall = self.right / self.got, self.right / self.labelled
        return 2 * precision * recall / (precision + recall)


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def _align(got: list[dict[str, Any]], want: list[dict[str, Any]]) -> list[int | None]:
    """For each labelled target, the reader's target of the same text (else the one sharing
    most words, at least half of them), each used once, in reading order."""
    free = set(range(len(got)))
    out: list[int | None] = []
    for t in want:
        text = " ".join(str(t["text"]).split())
        same = [i for i in sorted(free) if " ".join(str(got[i]["text"]).split()) == text]
        if not same:
            scored = [
                (len(_words(text) & _words(got[i]["text"])) / max(1, len(_words(text))), i)
                for i in sorted(free)
            ]
            same = [i for s, i in sorted(scored, key=lambda p: (-p[0], p[1])) if s >= 0.5][:1]
        out.append(same[0] if same else None)
        if same:
            free.discard(same[0])
    return out


def _value(field: str, value: Any) -> Any:
    if field in ("low", "high") and value is not None:
        return Decimal(str(value))
    return value


def score(plan: dict[str, Any], want: dict[str, Any], fields: tuple[str, ...] = ()) -> Score:
    """Field-level counts of a proposed plan against a label.

    With ``fields``, only those metric fields count (e.g. :data:`BOUNDS`); else the frame
    (title, area, years, tasks), each target's text and group, and every metric field of
    :data:`SCORED`. Targets are paired by their text, metrics by their order.
    """
    s = Score()
    if not fields:
        frame = {
            "title": plan["title"],
            "area": plan["area"]["name"],
            "years": [plan["baseline_year"], plan["start_year"], plan["end_year"]],
            "tasks": len(plan.get("tasks", [])),
        }
        for key, value in frame.items():
            s.got += 1
            s.labelled += key in want
            s.right += key in want and value == want[key]
    metric_fields = fields or SCORED
    got_targets = plan["targets"]
    for t in got_targets:
        s.got += 0 if fields else 1 + ("group" in t)
        s.got += sum(1 for m in t["metrics"] for f in metric_fields if f in m)
    for t, i in zip(want["targets"], _align(got_targets, want["targets"]), strict=True):
        g = got_targets[i] if i is not None else {"metrics": []}
        if not fields:
            s.labelled += 1 + ("group" in t)
            s.right += g.get("text") == t["text"]
            s.right += "group" in t and g.get("group") == t["group"]
        for k, m in enumerate(t["metrics"]):
            gm = g["metrics"][k] if k < len(g["metrics"]) else {}
            for f in metric_fields:
                if f in m:
                    s.labelled += 1
                    s.right += f in gm and _value(f, gm[f]) == _value(f, m[f])
    return s


def reader_label(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_yaml((READER_SET / f"{name}.expected.yaml").read_text("utf-8"))
    return data

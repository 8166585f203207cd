"""The labelled resolutions of tests/data/resolutions, turned into the files they stand for."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from chitieu.targets.planfile import load_yaml

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

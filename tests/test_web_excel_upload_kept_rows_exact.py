"""The rows of an upload kept for its confirmation are the rows the file gave, every field
of them: the confirmation saves exactly what was checked (the places its messages name,
the stage, the note, the version, the value as the cell held it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from chitieu.web.figures.checks import RawEntry
from chitieu.web.figures.errors import Place
from chitieu.web.figures.excel import Upload
from chitieu.web.figures.kept import read_rows, write_rows

ROWS = [
    RawEntry(
        Place(sheet="Số liệu", row=7, cell="D7"),
        "trained-labour",
        "20",
        "1.234,5",
        "official",
        note="ước tính\n“cả năm”",
        value_place=Place(sheet="Số liệu", row=7, cell="E7"),
        version=3,
        stage_place=Place(sheet="Số liệu", row=7, cell="F7"),
        confirmed=True,
    ),
    RawEntry(Place(field="x", item=2), "poverty-rate", "20001", 3.7, "estimate"),
    RawEntry(Place(row=9), "forest-cover", "20003", 12, ""),
    RawEntry(Place(row=10), "forest-cover", "20005", None),
]


def test_it_reads_back_every_field_of_every_row(tmp_path: Path):
    path = tmp_path / "kept.rows.json"

    assert write_rows(path, Upload(ROWS, date(2026, 3, 31)))
    back = read_rows(path.read_text(encoding="utf-8"))

    assert back.as_of == date(2026, 3, 31)
    assert back.rows == ROWS
    assert [type(r.value) for r in back.rows] == [str, float, int, type(None)]


def test_it_keeps_a_file_without_a_report_date(tmp_path: Path):
    path = tmp_path / "kept.rows.json"
    assert write_rows(path, Upload(ROWS[1:2], None))
    assert read_rows(path.read_text(encoding="utf-8")) == Upload(ROWS[1:2], None)

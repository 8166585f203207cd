"""The API the web app calls: write to a stream or a path; media types and file names."""

import io
from pathlib import Path

import openpyxl
import pytest

from chitieu.reports import (
    FORMATS,
    MEDIA_TYPES,
    filename,
    write_docx,
    write_pdf,
    write_report,
    write_xlsx,
)
from tests.reportkit import MIDTERM, open_docx, review

PERIOD, AS_OF = MIDTERM
MAGIC = {"docx": b"PK", "xlsx": b"PK", "pdf": b"%PDF"}


@pytest.mark.parametrize("fmt", FORMATS)
def test_it_writes_every_format_to_a_stream(fmt: str):
    data = review(PERIOD, AS_OF, "midterm")
    stream = io.BytesIO()
    write_report(data, fmt, stream)
    assert stream.getvalue().startswith(MAGIC[fmt])
    assert MEDIA_TYPES[fmt].startswith("application/")


def test_it_writes_to_a_path_and_names_the_file(tmp_path: Path):
    data = review(PERIOD, AS_OF, "midterm")
    assert filename(data, "docx") == "bao-cao-langson-xvii-2023-midterm.docx"
    write_docx(data, tmp_path / filename(data, "docx"))
    write_xlsx(data, str(tmp_path / "x.xlsx"))
    write_pdf(data, tmp_path / "x.pdf")
    doc = open_docx(tmp_path / "bao-cao-langson-xvii-2023-midterm.docx")
    assert doc.paragraphs and openpyxl.load_workbook(tmp_path / "x.xlsx").sheetnames
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_a_failing_path_raises_and_leaves_nothing(tmp_path: Path):
    data = review(PERIOD, AS_OF, "midterm")
    with pytest.raises(OSError):
        write_pdf(data, tmp_path / "no-such-dir" / "x.pdf")
    assert not (tmp_path / "no-such-dir").exists()

"""Whatever an uploaded workbook holds (damaged bytes, broken XML in any of its parts), the
upload is read or refused with the page's input error: never another exception, and the
server process lives on whatever calamine makes of it (issue 10)."""

from __future__ import annotations

import io

from hypothesis import given

from chitieu.web.figures.errors import EntryError
from chitieu.web.figures.opening import open_sheet
from tests.entryhelpers import entry_url
from tests.filekit import any_mutation, fuzz
from tests.webhelpers import client_for


def test_it_reads_or_refuses_any_mutated_template(demo):
    seed = client_for("laodong").get(entry_url(name="template")).content

    # each example is measured here and read by calamine in a child process, as uploads are
    @fuzz(60)
    @given(any_mutation(seed))
    def read_or_refuse(data: bytes) -> None:
        try:
            sheet, rows = open_sheet(io.BytesIO(data), "bao-cao.xlsx", ["số liệu"], "Số liệu")
        except EntryError as exc:
            assert exc.problems
            return
        assert sheet and isinstance(rows, list)

    read_or_refuse()

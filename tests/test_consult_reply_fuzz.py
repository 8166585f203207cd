"""Whatever a unit sends back as its reply (a damaged copy of the draft with Word
comments, a damaged comments table), reading it gives the reply or the project's input
error naming the file: never another exception, never a half-read reply."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given

from chitieu.consultation.draft import Draft, draft_from_text
from chitieu.consultation.model import Reply
from chitieu.consultation.replies import read_reply
from tests.consultkit import DRAFT, GROWTH, TOURISM, write_reply, write_table
from tests.filekit import any_mutation, fuzz, read_or_refuse

THE_DRAFT: Draft = draft_from_text("\n".join(DRAFT), "du-thao.txt")


def _seed(write: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        if write == "docx":
            notes = [(GROWTH, "Đề nghị chỉ tiêu: 7,5"), (TOURISM, "Đề nghị sửa: Du lịch xanh.")]
            path = write_reply(Path(tmp) / "r.docx", "Xã A", notes)
        else:
            rows = [["II/2/p2", "Chỉ tiêu", "Thấp hơn", None, 7], [None, None, "Chung", None, None]]
            path = write_table(Path(tmp) / "r.xlsx", "Xã A", rows)
        return path.read_bytes()


def _read(path: Path) -> Reply:
    return read_reply(path, THE_DRAFT)


@fuzz(80)
@given(any_mutation(_seed("docx")))
def test_it_reads_or_refuses_any_damaged_word_reply(data: bytes) -> None:
    reply = read_or_refuse(_read, data, "tra-loi.docx")
    assert reply is None or isinstance(reply, Reply)


@fuzz(80)
@given(any_mutation(_seed("xlsx")))
def test_it_reads_or_refuses_any_damaged_table_reply(data: bytes) -> None:
    reply = read_or_refuse(_read, data, "tra-loi.xlsx")
    assert reply is None or isinstance(reply, Reply)

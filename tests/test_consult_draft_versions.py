"""The parts of a draft are matched to the next version's: a paragraph that moved is found
where it went, a rewritten target keeps its place, a part that was dropped has no match;
a comment stays on the version it was made on and the consolidation says where its part
is now."""

from __future__ import annotations

from pathlib import Path

from chitieu.consultation.consolidate import consolidate
from chitieu.consultation.draft import read_draft
from chitieu.consultation.matching import match_versions
from chitieu.consultation.replies import read_reply
from tests.consultkit import DRAFT, DRAFT_V2, SO_KH, TOURISM, write_docx, write_reply


def test_it_finds_a_moved_paragraph_and_a_rewritten_target(tmp_path: Path) -> None:
    old = read_draft(write_docx(tmp_path / "v1.docx", DRAFT), version="v1")
    new = read_draft(write_docx(tmp_path / "v2.docx", DRAFT_V2), version="v2")
    matching = match_versions(old, new)
    assert matching["III/1.1/a/p1"] == "III/2/p2"  # the tourism paragraph moved
    assert matching["II/2/p2"] == "II/2/p2"  # target (1): 8% → 7,5%, same place
    assert "III/1.1/a" not in matching  # "a) Du lịch" is gone
    unchanged = [p.key for p in old.parts if p.key not in ("III/1.1/a/p1", "III/1.1/a")]
    assert all(matching[key] == key for key in unchanged)
    assert len(set(matching.values())) == len(matching)  # no part of v2 matched twice


def test_a_comment_stays_on_its_version_and_shows_where_its_part_went(tmp_path: Path) -> None:
    old = read_draft(write_docx(tmp_path / "v1.docx", DRAFT), version="v1")
    new = read_draft(write_docx(tmp_path / "v2.docx", DRAFT_V2), version="v2")
    path = write_reply(tmp_path / "so-kh.docx", SO_KH, [(TOURISM, "Đề nghị sửa: Du lịch xanh.")])
    reply = read_reply(path, old)
    (comment,) = reply.comments
    assert (comment.version, comment.part) == ("v1", "III/1.1/a/p1")
    summary = consolidate(old, [reply], next_version=(new, match_versions(old, new)))
    (part,) = summary.parts
    assert part.part.ref == "Phần III, mục 1.1, điểm a, đoạn 1"
    assert part.next_part is not None and part.next_part.ref == "Phần III, mục 2, đoạn 2"

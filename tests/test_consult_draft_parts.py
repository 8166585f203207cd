"""A draft is cut into the parts its text numbers, each with the reference a unit writes
("Phần II, mục 2, đoạn 2") and a key that stays the same when the draft is read again;
the draft targets are found in the parts that hold them."""

from __future__ import annotations

from pathlib import Path

from chitieu.consultation.draft import read_draft
from tests.consultkit import DRAFT, GROWTH, TOURISM, TRAINING, write_docx
from tests.textread_cases import to_pdf

EXPECTED = [  # (key, reference) of every line of DRAFT, by hand
    ("p1", "Đoạn 1"),
    ("I", "Phần I"),
    ("I/p1", "Phần I, đoạn 1"),
    ("I/p2", "Phần I, đoạn 2"),
    ("II", "Phần II"),
    ("II/1", "Phần II, mục 1"),
    ("II/1/p1", "Phần II, mục 1, đoạn 1"),
    ("II/2", "Phần II, mục 2"),
    ("II/2/p1", "Phần II, mục 2, đoạn 1"),
    ("II/2/p2", "Phần II, mục 2, đoạn 2"),
    ("II/2/p3", "Phần II, mục 2, đoạn 3"),
    ("II/2/p4", "Phần II, mục 2, đoạn 4"),
    ("II/2/p5", "Phần II, mục 2, đoạn 5"),
    ("II/2/p6", "Phần II, mục 2, đoạn 6"),
    ("III", "Phần III"),
    ("III/1", "Phần III, mục 1"),
    ("III/1.1", "Phần III, mục 1.1"),
    ("III/1.1/p1", "Phần III, mục 1.1, đoạn 1"),
    ("III/1.1/a", "Phần III, mục 1.1, điểm a"),
    ("III/1.1/a/p1", "Phần III, mục 1.1, điểm a, đoạn 1"),
]


def test_it_gives_every_paragraph_of_a_word_draft_its_reference(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    assert [(p.key, p.ref) for p in draft.parts] == EXPECTED
    assert [p.text for p in draft.parts] == DRAFT
    assert draft.title == DRAFT[0]


def test_it_reads_a_text_draft_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "du-thao.txt"
    path.write_text("\n\n".join(DRAFT) + "\n", encoding="utf-8")
    assert [(p.key, p.ref) for p in read_draft(path).parts] == EXPECTED


def test_it_reads_a_web_page_draft_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "du-thao.html"
    body = "".join(f"<p>{line}</p>" for line in DRAFT)
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    assert [(p.key, p.ref) for p in read_draft(path).parts] == EXPECTED


def test_it_keeps_the_keys_when_the_draft_is_read_again(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "du-thao.docx", DRAFT)
    first, again = read_draft(path), read_draft(path)
    assert [p.key for p in first.parts] == [p.key for p in again.parts]
    assert first.version == again.version


def test_it_finds_a_part_by_its_reference_in_any_case_or_by_its_key(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    by_ref = draft.part("phần III, MỤC 1.1, điểm a, đoạn 1")
    assert by_ref is not None and by_ref.text == DRAFT[TOURISM]
    assert draft.part("II/2/p2") == draft.parts[GROWTH]
    assert draft.part("Phần IV, đoạn 1") is None


def test_it_places_the_draft_targets_in_their_parts(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    assert [(t.no, t.part) for t in draft.targets] == [
        (1, "II/2/p2"),
        (2, "II/2/p3"),
        (3, "II/2/p5"),
        (4, "II/2/p6"),
    ]
    assert draft.parts[GROWTH].targets == (1,)
    assert draft.parts[TRAINING].targets == (4,)
    assert draft.parts[TOURISM].targets == ()


def test_it_names_the_parts_in_english_too(tmp_path: Path) -> None:
    draft = read_draft(write_docx(tmp_path / "du-thao.docx", DRAFT))
    assert draft.parts[TOURISM].ref_in("en") == "Part III, section 1.1, point a, paragraph 1"


def test_it_reads_a_pdf_draft_the_same_way(tmp_path: Path) -> None:
    path = to_pdf("\n".join(DRAFT), tmp_path / "du-thao.pdf")
    assert [(p.key, p.ref) for p in read_draft(path).parts] == EXPECTED


def test_it_drops_control_characters_from_a_text_draft(tmp_path: Path) -> None:
    path = tmp_path / "du-thao.txt"
    path.write_text("\n".join(DRAFT).replace("Nhiệm kỳ", "Nhiệm\x01 kỳ"), encoding="utf-8")
    draft = read_draft(path)
    assert draft.parts[2].text == DRAFT[2]

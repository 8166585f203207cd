"""The same document in English: English words, English number format, same numbers."""

from typing import Any

import pytest

from chitieu.reports import render
from chitieu.vnnumbers import format_vi
from tests.reportkit import NINE_MONTHS, core, header, judgement, open_docx, review, rows_by_no

PERIOD, AS_OF = NINE_MONTHS


@pytest.fixture(scope="module")
def doc() -> Any:
    return open_docx(render(review(PERIOD, AS_OF, "review", "en"), "docx"))


def test_it_writes_the_header_and_table_in_english(doc: Any):
    right = doc.tables[0].rows[0].cells[1].text
    assert "COMMUNIST PARTY OF VIETNAM" in right and "15 October 2023" in right
    assert header(doc.tables[1])[:4] == ["No.", "Target", "Unit", "Resolution target"]


def test_it_writes_numbers_the_english_way(doc: Any):
    arrivals = core(AS_OF).metric_result("tourist-arrivals")
    assert arrivals.value is not None
    cells = rows_by_no(doc.tables[1])["4.1"]
    assert cells[7].split("\n")[0] == format_vi(arrivals.value, locale="en")
    assert "," in cells[7]  # 2,600,000


def test_it_writes_the_judgement_in_english(doc: Any):
    result = core(AS_OF)
    paragraphs = judgement(doc)
    assert paragraphs[0].startswith(result.headline("en"))
    assert any(p.startswith("Forecast for 2025: ") for p in paragraphs)

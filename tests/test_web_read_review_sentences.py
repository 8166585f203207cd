"""The review page shows each measure the reader proposed beside the sentence it was read
from, with its value marked, and marks that sentence and value in the text itself: the
planning office compares each proposal with what the resolution says."""

from __future__ import annotations

import re

from tests.reviewkit import BUDGET, FOREST, LABOUR, TOURISTS, cards, read_text
from tests.webhelpers import client_for


def _source(page: str) -> str:
    m = re.search(r'<pre class="source" id="source-text"[^>]*>(.*?)</pre>', page, re.S)
    assert m
    return m.group(1)


def test_it_lists_every_measure_beside_its_sentence_with_the_value_marked(db):
    c = client_for("kehoach")
    page = c.get(read_text(c)).content.decode()
    shown = cards(page)
    assert sorted(shown) == sorted([LABOUR, BUDGET, FOREST, TOURISTS])
    assert '<mark class="value">65%</mark>' in shown[LABOUR].html
    assert '<mark class="value">12%/năm</mark>' in shown[BUDGET].html
    assert '<mark class="value">68%</mark>' in shown[FOREST].html
    assert all(card.decision == "" and "undecided" in card.classes for card in shown.values())
    assert '<strong id="measure-count">4</strong>' in page
    assert '<strong id="decided-count">0</strong>/4' in page


def test_it_marks_each_sentence_and_its_value_in_the_text(db):
    c = client_for("kehoach")
    page = c.get(read_text(c)).content.decode()
    source = _source(page)
    marked = re.findall(r'<mark class="sentence" id="(sentence-\d+)">(.*?)</mark>\n', source)
    assert [re.sub(r"<[^>]+>", "", s) for _, s in marked] == [LABOUR, BUDGET, FOREST, TOURISTS]
    key = cards(page)[LABOUR].key
    assert (
        f'<mark class="sentence" id="sentence-0">Tỷ lệ lao động qua đào tạo đạt '
        f'<mark class="value" id="value-{key}">65%</mark>.</mark>' in source
    )
    # each card links to its sentence in the text
    for (ident, _), card in zip(marked, cards(page).values(), strict=True):
        assert f'data-sentence="{ident}"' in page.split(f'id="measure-{card.key}"')[1][:200]
        assert f'<a href="#{ident}" data-show-sentence>' in card.html


def test_it_shows_the_readers_confidence_and_doubts_on_the_measure(db):
    c = client_for("kehoach")
    page = c.get(read_text(c)).content.decode()
    doubtful = cards(page)[TOURISTS]
    m = re.search(r"Độ tin cậy của bộ đọc: (\d),(\d\d)", doubtful.html)
    assert m and (m.group(1), m.group(2)) < ("1", "00")
    assert '<p class="confidence doubtful">' in doubtful.html
    assert re.search(r'<ul class="doubts"><li>[^<]*khoảng', doubtful.html)
    assert "Độ tin cậy của bộ đọc: 1,00" in cards(page)[LABOUR].html
    assert '<ul class="doubts">' not in cards(page)[LABOUR].html

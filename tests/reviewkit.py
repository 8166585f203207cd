"""Helpers for the review page's tests: a short resolution read, and the page's cards
(one per proposed measure) found by the sentence they were read from."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from tests.planhelpers import form_fields, upload

# Four targets the reader reads whatever its wording rules: each sentence one measure.
TEXT = """NGHỊ QUYẾT
Đại hội Đảng bộ huyện Văn Lãng lần thứ XXI, nhiệm kỳ 2020 - 2025
Các chỉ tiêu chủ yếu:
(1) Tỷ lệ lao động qua đào tạo đạt 65%.
(2) Thu ngân sách trên địa bàn tăng bình quân 12%/năm.
(3) Tỷ lệ che phủ rừng đạt 68%.
(4) Đón khoảng 500 nghìn lượt khách du lịch.
"""
LABOUR = "Tỷ lệ lao động qua đào tạo đạt 65%."
BUDGET = "Thu ngân sách trên địa bàn tăng bình quân 12%/năm."
FOREST = "Tỷ lệ che phủ rừng đạt 68%."
TOURISTS = "Đón khoảng 500 nghìn lượt khách du lịch."

_CARD = re.compile(
    r'<article class="measure proposal([^"]*)" id="measure-([^"]+)"[^>]*>(.*?)</article>', re.S
)


@dataclass(frozen=True)
class Card:
    key: str
    classes: str
    html: str
    sentence: str  # as the card shows it, tags taken out

    @property
    def decision(self) -> str:
        m = re.search(r'value="(\w+)" checked', self.html)
        return m.group(1) if m else ""


def read_text(client: Any, text: str = TEXT, name: str = "nq.txt") -> str:
    """Upload a resolution; the review page's address."""
    r = client.post("/plans/read/", {"file": upload(text, name)})
    assert r.status_code == 302, r.content.decode()[:500]
    return str(r["Location"])


def all_cards(page: str) -> list[Card]:
    """The page's cards in order (several may share a sentence)."""
    out = []
    for m in _CARD.finditer(page):
        quote = re.search(r'<blockquote class="sentence">(.*?)</blockquote>', m.group(3), re.S)
        assert quote, m.group(2)
        sentence = html.unescape(re.sub(r"<[^>]+>", "", quote.group(1)))
        out.append(Card(m.group(2), m.group(1), m.group(3), sentence))
    return out


def cards(page: str) -> dict[str, Card]:
    """The page's cards by their sentence (one measure per sentence)."""
    return {card.sentence: card for card in all_cards(page)}


def decided(page: str, decisions: dict[str, str]) -> dict[str, Any]:
    """The page's form with each card decided: by its sentence, else accepted."""
    data = form_fields(page)
    for sentence, card in cards(page).items():
        data[f"decide-{card.key}"] = decisions.get(sentence, "accept")
    return data

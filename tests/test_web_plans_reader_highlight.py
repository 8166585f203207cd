"""The review page shows the text with the words the reader could not place highlighted,
and flags the targets it was not sure of."""

from __future__ import annotations

import re

from tests.planhelpers import upload
from tests.textread_cases import CASES
from tests.webhelpers import client_for

LIST = """NGHỊ QUYẾT
Đại hội Đảng bộ huyện Văn Lãng lần thứ XXI, nhiệm kỳ 2020 - 2025
Các chỉ tiêu chủ yếu:
(1) Tỷ lệ lao động qua đào tạo đạt 65%.
(2) Trồng rừng mới hằng năm đạt 500 ha & 3 vườn ươm.
(3) Thu ngân sách <b>tăng</b> bình quân 12%/năm.
"""


def review_page(path_or_text, name: str) -> str:  # type: ignore[no-untyped-def]
    c = client_for("kehoach")
    content = path_or_text.read_bytes() if hasattr(path_or_text, "read_bytes") else path_or_text
    r = c.post("/plans/read/", {"file": upload(content, name)})
    assert r.status_code == 302
    return c.get(r["Location"]).content.decode()


def source_text(page: str) -> str:
    m = re.search(r'<pre class="source" id="source-text"[^>]*>(.*?)</pre>', page, re.S)
    assert m
    return m.group(1)


UNPLACED = """NGHỊ QUYẾT
Đại hội Đảng bộ huyện Văn Lãng lần thứ XXI, nhiệm kỳ 2020 - 2025
Các chỉ tiêu chủ yếu:
(1) Tỷ lệ lao động qua đào tạo đạt 65%.
(2) Kim ngạch xuất khẩu đạt 900 triệu USD (tương đương 2 lần).
(3) Tỷ lệ che phủ rừng đạt 70%.
"""


def test_the_words_not_placed_are_highlighted_in_the_text(db):
    page = review_page(UNPLACED, "nq.txt")
    source = source_text(page)
    assert (
        'Kim ngạch xuất khẩu đạt <mark class="value" id="value-kim-ngach-xuat-khau">900 triệu '
        'USD</mark> (tương đương <mark class="unparsed" title="(2)">2 lần</mark>).' in source
    )
    assert source.count('<mark class="unparsed"') == 1
    # and the target is flagged, with what the reader doubted
    target = re.search(r'<fieldset class="target doubtful[^"]*"[^>]*>(.*?)</fieldset>', page, re.S)
    assert target and "(2)" in target.group(1)
    assert "0,85" in target.group(1)
    assert "còn một số khác trong vế câu chưa được dùng: “2 lần”" in target.group(1)
    assert page.count('class="target doubtful') == 1


def test_the_text_is_shown_escaped_with_the_list_marked(db):
    page = review_page(LIST, "nq.txt")
    source = source_text(page)
    assert "&lt;b&gt;tăng&lt;/b&gt;" in source and "<b>tăng</b>" not in source
    assert '<span class="target-list" id="target-list">Các chỉ tiêu chủ yếu:' in source
    # target 2 holds a number the reader did not use: whichever it is, it is marked
    assert source.count('<mark class="unparsed" title="(2)">') == 1


def test_the_review_list_is_shown_at_the_top_translated(db):
    page = review_page(CASES / "xa-2025-2030.txt", "xa.txt")
    top = page[page.index('id="review-list"') : page.index('id="source-text"')]
    assert "chưa rõ mã đơn vị hành chính: hãy nhập mã địa bàn" in top
    assert "là chỉ tiêu định tính: người đánh giá kết quả" in top

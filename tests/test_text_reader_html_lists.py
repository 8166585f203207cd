"""A web page's list whose bullets or numbers the browser draws (<ul>, <ol>) is read as a
list: each <li> gets the marker it shows ("- ", "1. ", from <ol start>), unless its text
already starts with one; lists nested past a bound are read as plain text (issue 14, ninth
tuning round; invented pages)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution
from chitieu.textread.sources import html_text

PAGE = """<html><body><article>
<h1>Nghị quyết Đại hội Đảng bộ huyện Lâm Bình lần thứ XX, nhiệm kỳ 2025 - 2030</h1>
<p>Các chỉ tiêu chủ yếu:</p>
<p>Về kinh tế:</p>
<ul>
<li>Tốc độ tăng giá trị sản xuất bình quân đạt 10%/năm.</li>
<li>Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.</li>
</ul>
<p>Về xã hội:</p>
<ol start="3">
<li>Tỷ lệ hộ nghèo đến năm 2030 còn dưới 3%.</li>
<li>4. Tỷ lệ lao động qua đào tạo đạt 75%.</li>
</ol>
</article></body></html>"""


def test_list_items_get_the_markers_a_browser_draws():
    lines = [ln for ln in html_text(PAGE).splitlines() if ln]
    assert lines[3:] == [
        "- Tốc độ tăng giá trị sản xuất bình quân đạt 10%/năm.",
        "- Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.",
        "Về xã hội:",
        "3. Tỷ lệ hộ nghèo đến năm 2030 còn dưới 3%.",
        "4. Tỷ lệ lao động qua đào tạo đạt 75%.",
    ]


def test_the_page_reads_as_a_grouped_list():
    plan = read_resolution(html_text(PAGE)).plan
    assert [(t.get("group"), t["metrics"][0]["name"]) for t in plan["targets"]] == [
        ("economy", "Tốc độ tăng giá trị sản xuất"),
        ("economy", "Thu nhập bình quân đầu người"),
        ("society", "Tỷ lệ hộ nghèo"),
        ("society", "Tỷ lệ lao động qua đào tạo"),
    ]


def test_lists_nested_past_the_bound_cost_nothing():
    deep = "<ul>" * 5000 + "<li>Tỷ lệ che phủ rừng đạt 60%.</li>" + "</ul>" * 5000
    assert "Tỷ lệ che phủ rừng đạt 60%." in html_text(deep)

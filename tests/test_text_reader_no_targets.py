"""A document with no targets is refused with a message, in the user's language, naming the
kinds of lists and sentences the reader looked for (issue 14)."""

from __future__ import annotations

import pytest

from chitieu.messages.render import catalogue
from chitieu.problems import said
from chitieu.textread.reader import ReadError, read_resolution

MEMO = (
    "NGHỊ QUYẾT\n"
    "Về công tác cán bộ.\n"
    "Năm 2020, thu nhập bình quân đầu người ước đạt 44,5 triệu đồng.\n"
    "Giao Ban Thường vụ tổ chức thực hiện.\n"
)


def refusal() -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_resolution(MEMO)
    return caught.value


def test_it_names_what_it_looked_for():
    error = refusal()
    assert error.code == "text.no_list"
    assert str(error) == (
        "no targets found: looked for a list under a heading mentioning “chỉ tiêu” "
        "(numbered, lettered, bulleted or inline items, table rows, lines under group "
        "headings such as “Về kinh tế”) and for sentences setting a figure to reach "
        "(“phấn đấu …”, “đến năm 2025 đạt …”, “tăng bình quân … %/năm”)"
    )


def test_it_says_so_in_vietnamese():
    text = said(refusal().said, catalogue("vi"))
    assert text.startswith("không tìm thấy chỉ tiêu nào: đã tìm danh mục dưới dòng tiêu đề")
    assert "“tăng bình quân … %/năm”" in text

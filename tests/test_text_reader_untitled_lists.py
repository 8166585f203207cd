"""A numbered list whose heading names neither "chỉ tiêu" nor an aim the reader knows
("MỤC TIÊU CHỦ YẾU", "Nhiệm vụ chủ yếu năm 2021:", "Cụ thể:", or no heading at all) is read
as a list when it runs from "1.", "(1)", "a)" or a first bullet with three or more items
holding a figure, one per line or inline, and its heading reports no results; before, it
fell to the prose reader, which dropped items without a target's cue and
took inline items' numbers for figures (issue 14, eleventh tuning round; invented texts)."""

from __future__ import annotations

import itertools

import pytest

from chitieu.textread.reader import read_resolution

INTRO = "Đại hội đại biểu Đảng bộ huyện Tân Lạc lần thứ XXVI, nhiệm kỳ 2020 - 2025 thành công.\n"
ITEMS = [
    "Tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.",
    "Thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu đồng.",
    "Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
    "Tỷ lệ che phủ rừng đạt 45%.",
]


def lows(text: str) -> tuple[str, list[str | None]]:
    found = read_resolution(text)
    return found.layout, [m.get("low") for t in found.plan["targets"] for m in t["metrics"]]


@pytest.mark.parametrize(
    "heading",
    ["MỤC TIÊU CHỦ YẾU", "Nhiệm vụ chủ yếu năm 2021:", "Mục tiêu phấn đấu:", "Cụ thể:", ""],
)
def test_a_numbered_list_under_any_heading_is_read(heading: str):
    body = "\n".join(f"{n}. {item}" for n, item in enumerate(ITEMS, 1))
    text = INTRO + (heading + "\n" if heading else "") + body
    assert lows(text) == ("list", ["8", "70", "1.5", "45"])


def test_parenthesised_numbers_one_per_line_after_such_a_heading():
    body = "\n".join(f"({n}) {item}" for n, item in enumerate(ITEMS, 1))
    assert lows(INTRO + "Các mục tiêu chủ yếu đến năm 2025:\n" + body) == (
        "list",
        ["8", "70", "1.5", "45"],
    )


def test_the_item_numbers_of_an_inline_list_are_no_figures():
    body = " ".join(f"{n}. {item}" for n, item in enumerate(ITEMS, 1))
    assert lows(INTRO + "MỤC TIÊU CHỦ YẾU " + body)[1] == ["8", "70", "1.5", "45"]


def test_two_numbered_sentences_are_no_list():
    text = INTRO + "1. Tổng kết năm 2020 vào ngày 12.\n"
    text += "2. Đến năm 2025, phấn đấu thu nhập đạt 70 triệu đồng.\n"
    assert lows(text) == ("prose", ["70"])


@pytest.mark.parametrize("mark", ["- ", "+ ", "• ", "a) "])
def test_bullets_and_letters_under_such_a_heading(mark: str):
    letters = iter("abcd")
    items = [(f"{next(letters)}) " if mark == "a) " else mark) + item for item in ITEMS]
    assert lows(INTRO + "Nhiệm vụ chủ yếu năm 2021:\n" + "\n".join(items)) == (
        "list",
        ["8", "70", "1.5", "45"],
    )


def test_slashed_numbers_run_inline_from_the_start_of_a_paragraph():
    body = " ".join(f"{n}/ {item}" for n, item in enumerate(ITEMS, 1))
    assert lows(INTRO + body) == ("list", ["8", "70", "1.5", "45"])


def test_dashes_run_inline_after_a_heading_in_capitals():
    body = " ".join(f"- {item}" for item in ITEMS)
    assert lows(INTRO + "MỤC TIÊU CHỦ YẾU " + body) == ("list", ["8", "70", "1.5", "45"])


def test_a_run_under_a_heading_of_results_is_no_list():
    # the prose reader decides about its sentences, one by one, as before
    body = "\n".join(f"- {item}." for item in ITEMS)
    assert lows(INTRO + "Kết quả thực hiện năm 2020:\n" + body)[0] == "prose"


RESULTS = [
    "Tốc độ tăng trưởng kinh tế đạt 7,2%.",
    "Thu nhập bình quân đầu người đạt 48 triệu đồng.",
    "Tỷ lệ hộ nghèo còn 3,5%.",
    "Tỷ lệ che phủ rừng 44%.",
    "Có 12 xã đạt chuẩn nông thôn mới.",
]
RESULT_HEADINGS = [
    "Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2015 - 2020:",
    "Nhiệm kỳ qua, huyện đạt được:",
    "Năm 2020, kinh tế tiếp tục phát triển:",
    "KẾT QUẢ ĐẠT ĐƯỢC",
]
TARGET_HEADINGS = [
    "Các chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:",
    "MỤC TIÊU CHỦ YẾU",
    "Phương hướng nhiệm kỳ 2020 - 2025:",
    "Nhiệm vụ năm 2021:",
]


@pytest.mark.parametrize("mark", ["{n}. ", "- ", "({n}) "])
def test_the_past_terms_list_beside_the_new_one_is_left_out(mark: str):
    # the results' heading may name "chỉ tiêu", or no word of results at all; the targets'
    # heading names neither "chỉ tiêu" nor a known aim, before or after the results
    wrong = []
    for result, target, first in itertools.product(RESULT_HEADINGS, TARGET_HEADINGS, (0, 1)):
        results = result + "\n" + "\n".join(mark.format(n=n) + r for n, r in enumerate(RESULTS, 1))
        targets = target + "\n" + "\n".join(mark.format(n=n) + t for n, t in enumerate(ITEMS, 1))
        parts = [results, targets][:: 1 if first == 0 else -1]
        if lows(INTRO + "\n".join(parts))[1] != ["8", "70", "1.5", "45"]:
            wrong.append("\n".join(parts))
    assert wrong == []


def test_parenthesised_items_run_in_paragraphs_after_group_labels():
    # no list heading: "Về kinh tế: (1) … (2) …" then "Về xã hội: (3) …", each a paragraph
    text = (
        INTRO
        + "Về kinh tế: (1) "
        + ITEMS[0]
        + " (2) "
        + ITEMS[1]
        + "\nVề xã hội: (3) "
        + ITEMS[2]
        + " (4) "
        + ITEMS[3]
    )
    found = read_resolution(text)
    groups = [(t.get("group"), m.get("low")) for t in found.plan["targets"] for m in t["metrics"]]
    assert found.layout == "list"
    assert groups == [("economy", "8"), ("economy", "70"), ("society", "1.5"), ("society", "45")]

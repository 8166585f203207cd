"""One list of four targets in two groups reads the same in every form a page gives it: four
headings (naming "chỉ tiêu", naming something else, none), ten ways to head a group, four
markers, numbers running on or restarting in each group, one item per line or all in one
paragraph, a section or a paragraph after it; and, without groups, under eleven markers
("1.", "(1)", "1)", "1/", "1-", "1 -", "a)", "a.", "-", "+", "•") with items ending in "." or
";"; and as sentences without markers under group headings, or numbered under their group's
number ("1.1.", "2.1.1."). The figures are read right in every form; the groups in all but one:
inline, with no list heading that ends in a colon, the first group's heading can be lost
(issue 14, eleventh tuning round; invented texts)."""

from __future__ import annotations

import functools
import itertools

from chitieu.textread.reader import ReadError, read_resolution

INTRO = (
    "Đại hội đại biểu Đảng bộ huyện Tân Lạc lần thứ XXVI, nhiệm kỳ 2020 - 2025 thành công. "
    "Năm 2020 thu nhập bình quân đầu người đạt 48 triệu đồng.\n"
)
ECONOMY = [
    "Tốc độ tăng trưởng kinh tế bình quân 8%/năm",
    "Thu nhập bình quân đầu người 70 triệu đồng",
]
SOCIETY = ["Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm", "Tỷ lệ che phủ rừng 45%"]
WANT = [("economy", "8"), ("economy", "70"), ("society", "1.5"), ("society", "45")]
HEADINGS = ["Các chỉ tiêu chủ yếu:", "Nhiệm vụ chủ yếu năm 2021:", "MỤC TIÊU CHỦ YẾU", ""]
GROUPS = [
    ("I. Về kinh tế", "II. Về xã hội"),
    ("I. KINH TẾ", "II. XÃ HỘI"),
    ("Về kinh tế:", "Về xã hội:"),
    ("- Về kinh tế:", "- Về xã hội:"),
    ("a) Về kinh tế:", "b) Về xã hội:"),
    ("* Về kinh tế", "* Về xã hội"),
    ("1. Về kinh tế", "2. Về xã hội"),
    ("2.1. Các chỉ tiêu kinh tế", "2.2. Các chỉ tiêu xã hội"),
    ("KINH TẾ", "XÃ HỘI"),
    ("Chỉ tiêu về kinh tế:", "Chỉ tiêu về xã hội:"),
]
MARKERS = ["{n}. ", "({n}) ", "- ", "+ "]
AFTER = [
    "",
    "\nIII. NHIỆM VỤ VÀ GIẢI PHÁP\nTập trung phát triển kinh tế.",
    "\nĐể đạt được các mục tiêu trên, cần thực hiện tốt các giải pháp sau, trong đó có 3 đột phá.",
]


def forms():
    for heading, groups, marker, after, restart, apart in itertools.product(
        HEADINGS, GROUPS, MARKERS, AFTER, (False, True), ("\n", " ")
    ):
        economy = [marker.format(n=n) + item + "." for n, item in enumerate(ECONOMY, 1)]
        first = 1 if restart else 3
        society = [marker.format(n=n) + item + "." for n, item in enumerate(SOCIETY, first)]
        body = apart.join([groups[0], *economy, groups[1], *society])
        yield heading, apart, INTRO + (heading + apart if heading else "") + body + after


@functools.cache
def read(text: str) -> list[tuple[str | None, str | None]]:
    try:
        plan = read_resolution(text).plan
    except ReadError as error:
        return [("refused", str(error))]
    return [(t.get("group"), m.get("low")) for t in plan["targets"] for m in t["metrics"]]


def test_the_figures_are_read_alike_in_every_form():
    wrong = [
        text for _, _, text in forms() if [low for _, low in read(text)] != [w[1] for w in WANT]
    ]
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"


def test_the_groups_are_read_alike_one_item_per_line_or_under_a_heading():
    wrong = [
        text
        for heading, apart, text in forms()
        if (apart == "\n" or heading.endswith(":")) and read(text) != WANT
    ]
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"


UNGROUPED = [*ECONOMY, *SOCIETY]
MARKS = ["{n}. ", "({n}) ", "{n}) ", "{n}/ ", "{n}- ", "{n} - ", "{a}) ", "{a}. ", "- ", "+ ", "• "]


def test_the_figures_are_read_alike_under_every_marker():
    wrong = []
    for heading, mark, apart, end in itertools.product(
        [*HEADINGS, "Cụ thể:", "Mục tiêu phấn đấu đến năm 2025:"], MARKS, ("\n", " "), (".", ";")
    ):
        items = [mark.format(n=n, a="abcd"[n - 1]) + it + end for n, it in enumerate(UNGROUPED, 1)]
        text = INTRO + (heading + apart if heading else "") + apart.join(items)
        if [low for _, low in read(text)] != [w[1] for w in WANT]:
            wrong.append(text)
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"


def test_unnumbered_sentences_under_group_headings_are_read_in_every_form():
    # "I. Về kinh tế" then a sentence per line, no marker: under any list heading or none,
    # ending in ".", ";" or nothing, with what follows the list left out
    wrong = []
    groups = [*GROUPS, ("1/ Kinh tế", "2/ Xã hội")]
    headings = [*HEADINGS, "Phương hướng, mục tiêu nhiệm kỳ 2020 - 2025"]
    for heading, (first, second), after, end in itertools.product(
        headings, groups, AFTER, (".", ";", "")
    ):
        lines = [first, *(x + end for x in ECONOMY), second, *(x + end for x in SOCIETY)]
        text = INTRO + (heading + "\n" if heading else "") + "\n".join(lines) + after
        if read(text) != WANT:
            wrong.append(text)
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"


SUB_NUMBERED = [
    ("1. Về kinh tế", "2. Về xã hội", "1", "2"),
    ("1. Kinh tế", "2. Xã hội", "1", "2"),
    ("1. Chỉ tiêu kinh tế:", "2. Chỉ tiêu xã hội:", "1", "2"),
    ("2.1. Về kinh tế", "2.2. Về xã hội", "2.1", "2.2"),
]


def test_items_numbered_under_their_groups_number_are_read_in_every_form():
    # "1. Về kinh tế" then "1.1. …", "1.2. …"; "2.1. Về kinh tế" then "2.1.1. …": one item per
    # line or inline (the first item after a heading without a stop), "." or ";"
    wrong = []
    for heading, (first, second, one, two), after, apart, end in itertools.product(
        HEADINGS, SUB_NUMBERED, AFTER, ("\n", " "), (".", ";")
    ):
        economy = [f"{one}.{n}. {item}{end}" for n, item in enumerate(ECONOMY, 1)]
        society = [f"{two}.{n}. {item}{end}" for n, item in enumerate(SOCIETY, 1)]
        body = apart.join([first, *economy, second, *society])
        text = INTRO + (heading + apart if heading else "") + body + after
        if read(text) != WANT:
            wrong.append(text)
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"

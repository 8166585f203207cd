"""The search for the target list reads each line a bounded number of times, however many
lines mention "chỉ tiêu", and finds what parsing the rest of the text after every such
line would find (issue 10: the search was quadratic; 400 KB took 38 s, 20 MB minutes)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from chitieu.textread import structure
from chitieu.textread.grouplabels import field_paragraphs
from chitieu.textread.items import RESULT_ITEM, TargetList, normalize
from chitieu.textread.layouts import heading_group
from chitieu.textread.lines import list_lines
from chitieu.textread.listsearch import AIM_WORDS, RESULTS_LIST, find_target_list, select_lists
from chitieu.textread.structure import HEADING, parse_items
from tests.filekit import fuzz

PIECES = [
    "Các chỉ tiêu chủ yếu:",
    "Các chỉ tiêu chủ yếu đến năm 2025: (1) Tăng 7%; (2) đạt 3.000 ha.",
    "Mục tiêu và chỉ tiêu",
    "chỉ tiêu: 5%",
    "Về kinh tế:",
    "- Về xã hội: (1) tăng 5%",
    "a) Về môi trường:",
    "II. NHIỆM VỤ",
    "Một là, phát triển",
    "(1) Tốc độ tăng trưởng 7 – 7,5%;",
    "(2) GRDP bình quân đạt 3.000 USD.",
    "(3) không có số",
    "(1) lại",
    "1. Thu ngân sách 5.000 tỷ đồng;",
    "2) Tỷ lệ che phủ rừng 63%",
    "3. Một tiêu đề có số:",
    "a) tăng 10%;",
    "b) giảm",
    "- tỷ lệ hộ nghèo giảm 2%/năm;",
    "• trường chuẩn",
    "+ 50 xã",
    "năm 2025 đạt 100%.",
    "và các xã còn lại",
    "Câu mới bắt đầu.",
    "– 7,5%",
    "(1) A 1; (2) B 2; (3) C 3 Về văn hóa: (4) D 4",
    "Trang 3",
    "Thực hiện các chỉ tiêu kinh tế năm nay",
    "khu vực 2;",
    "x.",
    "y:",
    # a plan's fields: targets under "a) Mục tiêu", tasks (skipped) under "b) Nhiệm vụ"
    "1. Cải cách thể chế",
    "a) Mục tiêu",
    "b) Nhiệm vụ, giải pháp",
    "2. Dịch vụ công trực tuyến",
    # runs numbered from 1 under a heading that names no "chỉ tiêu"
    "MỤC TIÊU CHỦ YẾU",
    "1. Tăng trưởng 8%.",
    "2. Thu nhập 70 triệu đồng.",
    "3. Che phủ rừng 45%.",
    "- Tăng trưởng 8%;",
    "I. Về kinh tế",
    "Kết quả thực hiện năm 2020",
    "KINH TẾ",
    "Tỷ lệ che phủ rừng 45%.",
    "Nhiệm vụ năm 2021:",
    "Các chỉ tiêu: Về kinh tế:",
]


def plain_search(text: str) -> tuple[object, ...] | None:
    """What the reader found before: parse what follows every heading, score each, then
    keep the best list (and the others whose headings set targets)."""
    lines = list_lines(text)
    heads = []
    for i, line in enumerate(lines):
        if not HEADING.search(line):
            continue
        head, _, rest = normalize(line).partition(":")
        first = [line[len(head) + 1 :]] if rest.strip() else []
        score = _score(parse_items(first + lines[i + 1 :]))
        if score:
            heads.append((score, i, first))
    if all(RESULTS_LIST.search(lines[i]) for _, i, _ in heads):  # none but results': runs
        runs = []
        group = [bool(heading_group(normalize(line))) for line in lines]
        for i in range(1, len(lines)):
            if group[i]:
                candidate = (_score(parse_items(lines[i:])), i, [lines[i]])
            elif _run_start(lines[i - 1], lines[i]) and not group[i - 1]:
                if RESULTS_LIST.search(lines[i - 1]):
                    continue
                candidate = (_score(parse_items(lines[i:])), i - 1, [])
            else:
                continue
            if candidate[0] >= 3:
                runs.append(candidate)
        aimed = [run for run in runs if AIM_WORDS.search(lines[run[1]])]
        heads += aimed or runs
    return _shown(select_lists(lines, heads, field_paragraphs(lines)))


def _run_start(before: str, line: str) -> bool:
    if re.match(r"\s*(?:\(1\)|1[.)](?![\d.])|1\s?[/–-](?!\s*\d)|a\))", line):
        return True
    bullet = re.match(r"\s*([-–—•+*])", line)
    dashes = str.maketrans("—", "–")
    return bool(bullet) and not before.translate(dashes).lstrip().startswith(
        bullet.group(1).translate(dashes)
    )


def _score(found: TargetList) -> int:
    return sum(
        1 for it in found.items if re.search(r"\d", it.text) and not RESULT_ITEM.search(it.text)
    )


def _shown(found: TargetList | None) -> tuple[object, ...] | None:
    if found is None:
        return None
    return found.heading, [(it.no, it.text, it.group) for it in found.items], found.leftovers


@fuzz(400)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40))
def test_it_finds_what_parsing_after_every_heading_finds(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert _shown(find_target_list(text)) == plain_search(text)


def test_each_line_is_parsed_a_bounded_number_of_times(monkeypatch):
    fed = 0
    feed = structure._ListParser.feed

    def counted(self: structure._ListParser, raw: str) -> structure._Step:
        nonlocal fed
        fed += 1
        return feed(self, raw)

    monkeypatch.setattr(structure._ListParser, "feed", counted)
    # 3,000 lines mentioning "chỉ tiêu", then a list of bullets that each mention it too
    prose = "Đánh giá việc thực hiện các chỉ tiêu kinh tế trong năm\n" * 3000
    bullets = "".join(f"- chỉ tiêu thứ {i} tăng {i}%;\n" for i in range(3000))
    found = find_target_list("Các chỉ tiêu chủ yếu:\n" + prose + bullets)
    assert found is not None and len(found.items) == 3000
    # parsing after every heading would take some 13 million lines
    assert fed < 5 * 6001


def test_a_label_after_a_headings_colon_is_told_from_a_line_passed_over():
    # the list after "Các chỉ tiêu: Về kinh tế:" starts under its label, while the one
    # from the heading above passed that line over: two parsers in different states
    text = "Các chỉ tiêu chủ yếu:\nCác chỉ tiêu: Về kinh tế:\nTỷ lệ che phủ rừng 45%.\n"
    assert _shown(find_target_list(text)) == plain_search(text)


def test_a_line_of_many_run_on_bullets_is_searched_near_each_dash(monkeypatch):
    # each dash's marker is sought just before it, not from the line's start: a line of many
    # dashes costs its length (a 900 KB line took minutes when every search began at 0)
    from chitieu.textread import inline

    searched: list[int] = []

    class Window:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str, pos: int = 0, endpos: int | None = None):
            end = len(text) if endpos is None else endpos
            searched.append(end - pos)
            return self.pattern.search(text, pos, end)

    monkeypatch.setattr(inline, "_NUMBER_MARK", Window(inline._NUMBER_MARK))
    line = "- Tốc độ 8,2% - Thu nhập 5% - " + "Có thêm 3 trường - Tỷ lệ trẻ đạt 9% - " * 2000
    pieces = inline.expand([line])
    assert len(pieces) > 4000
    assert searched and max(searched) <= inline.MARK_REACH

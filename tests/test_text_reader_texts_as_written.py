"""A target's text keeps the file's own dashes ("Kinh tế — xã hội", "8,5 — 9%"), which the
reader's lines write as en dashes to read ranges; its spaces stay folded, a PDF's wrap
inside an item being one space in the plan (issue 14, fifteenth round)."""

from __future__ import annotations

from chitieu.textread.aswritten import WINDOW, as_written
from chitieu.textread.reader import read_resolution


def test_the_files_dashes_come_back_and_a_wrap_is_one_space():
    # a press summary's clauses
    text = (
        "Đại hội xác định các chỉ tiêu đến năm 2025: tốc độ tăng trưởng kinh tế bình quân "
        "8,5 — 9%/năm; tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, "
        "chứng chỉ 30%; hằng năm kết nạp 1.300 — 1.500 đảng viên.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t["text"] for t in targets] == [
        "tốc độ tăng trưởng kinh tế bình quân 8,5 — 9%/năm",
        "tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ 30%",
        "hằng năm kết nạp 1.300 — 1.500 đảng viên",
    ]
    (low, high) = (targets[0]["metrics"][0]["low"], targets[0]["metrics"][0]["high"])
    assert (low, high) == ("8.5", "9")
    # an item wrapped by a PDF is one line in the plan
    wrapped = (
        "Các chỉ tiêu chủ yếu:\n1. Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có\nbằng cấp 30%.\n"
    )
    (item,) = read_resolution(wrapped).plan["targets"]
    assert item["text"] == "Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp 30%."


def test_words_not_found_as_they_are_stay_as_read():
    # a target far past the window, or whose words differ, is left as the reader has it
    far = "x " * WINDOW + "Tỷ lệ – 5%"
    assert as_written(far, ["Tỷ lệ – 5%"]) == ["Tỷ lệ – 5%"]
    assert as_written("Tỷ lệ hộ nghèo — 2%", ["Tỷ lệ hộ cận nghèo – 2%"]) == [
        "Tỷ lệ hộ cận nghèo – 2%"
    ]
    assert as_written("A — b\nc — d", ["A – b", "c – d"]) == ["A — b", "c — d"]

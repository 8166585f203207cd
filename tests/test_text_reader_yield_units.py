"""A yield written in quintals per hectare ("58 tạ/ha") keeps its unit, denominator
included, as one in tonnes per hectare does (issue 14, fourth tuning round; invented
text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

PLAN = (
    "Các chỉ tiêu chủ yếu năm 2024:\n"
    "1. Năng suất lúa bình quân đạt 58 tạ/ha.\n"
    "2. Năng suất ngô đạt 4,5 tấn/ha.\n"
)


def test_a_yield_in_quintals_per_hectare_keeps_its_unit():
    targets = read_resolution(PLAN).plan["targets"]
    got = [(m["low"], m["unit"]) for t in targets for m in t["metrics"]]
    assert got == [("58", "tạ/ha"), ("4.5", "tấn/ha")]

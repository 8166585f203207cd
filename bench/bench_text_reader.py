"""Benchmark: the text reader's time grows in proportion to the text (issue 10).

    .venv/bin/python bench/bench_text_reader.py [--sizes 100,400] [--repeat 3] [--prose]

Builds texts of the given sizes (in KB) the way a long report reads: the labelled
resolutions of tests/data, then page after page of lines mentioning "chỉ tiêu" (the reader
once parsed the rest of the text after each such line: 100 KB took 2.4 s, 400 KB 38.7 s),
then times ``read_resolution`` on each, best of ``--repeat``. A linear reader takes 4× as
long on 4× the text; the goal is at most 6× (a quadratic one takes 16×).

With ``--prose`` the text is a press summary with no list (issue 14), then sentence after
sentence of past results with figures: every sentence is cut into clauses and each clause
weighed as a target or a result. With ``--wrapped`` the text is wrapped at 72 characters as
a PDF's text layer is, so that its paragraphs' lines are joined before it is read (one
paragraph of the whole text, with ``--prose``).
"""

from __future__ import annotations

import argparse
import contextlib
import textwrap
import time
from pathlib import Path

from chitieu.textread.reader import ReadError, read_resolution

CASES = Path(__file__).resolve().parent.parent / "tests" / "data" / "resolutions"
GOAL = 6.0
PROSE = (
    "Đánh giá kết quả thực hiện các chỉ tiêu kinh tế - xã hội của tỉnh trong năm qua cho "
    "thấy nhiều chỉ tiêu đạt và vượt kế hoạch, một số chỉ tiêu còn khó khăn\n"
)


SUMMARY = (
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Nghệ An lần thứ XIX, nhiệm kỳ 2020 - 2025 xác "
    "định 18 chỉ tiêu, trong đó tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 đạt 8,5 "
    "- 9%; đến năm 2025 thu nhập bình quân đầu người đạt 90 - 95 triệu đồng.\n"
)
RESULTS = (
    "Năm 2020, thu nhập bình quân đầu người ước đạt 44,5 triệu đồng, gấp 1,6 lần năm 2015; "
    "nhiệm kỳ qua tỷ lệ hộ nghèo đã giảm còn 4,2%, vượt 0,5% so với kế hoạch. "
)


def text_of(kilobytes: int, prose: bool = False, wrapped: bool = False) -> str:
    """The resolutions (or a press summary), then report lines up to ``kilobytes`` of UTF-8;
    wrapped at 72 characters when ``wrapped``."""
    if prose:
        text, filler = SUMMARY, RESULTS
    else:
        files = sorted(CASES.glob("*.txt"))
        text, filler = "\n".join(p.read_text(encoding="utf-8") for p in files), PROSE
    text += filler * (kilobytes * 1024 // len(filler.encode("utf-8")) + 1)
    text = text.encode("utf-8")[: kilobytes * 1024].decode("utf-8", "ignore")
    if wrapped:
        text = "\n".join(w for line in text.splitlines() for w in textwrap.wrap(line, 72) or [""])
    return text


def best_time(text: str, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with contextlib.suppress(ReadError):  # a cut may leave no list: the time counts
            read_resolution(text)
        times.append(time.perf_counter() - start)
    return min(times), times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,400", help="two sizes in KB (default 100,400)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--prose", action="store_true", help="a press summary, no list")
    parser.add_argument("--wrapped", action="store_true", help="lines wrapped as in a PDF")
    args = parser.parse_args(argv)
    small, large = (int(s) for s in args.sizes.split(","))
    best = {}
    for kb in (small, large):
        best[kb], times = best_time(text_of(kb, args.prose, args.wrapped), args.repeat)
        shown = ", ".join(f"{t:.3f}" for t in times)
        print(f"{kb:>6} KB: best {best[kb]:.3f} s of [{shown}] s")
    ratio = best[large] / best[small]
    linear = large / small
    met = "met" if ratio <= GOAL * linear / 4 else "NOT met"
    print(
        f"ratio {large} KB / {small} KB: {ratio:.2f}× "
        f"(linear is {linear:.0f}×, quadratic {linear**2:.0f}×; goal ≤ {GOAL * linear / 4:.0f}×: "
        f"{met})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

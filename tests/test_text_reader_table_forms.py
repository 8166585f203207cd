"""One table of four targets (past results beside the plan's figures) reads the same in
every form a file gives it: under four headings, with eight ways of naming the result and
plan columns, with or without an STT column, as "|" rows, tab-separated rows or one cell per
line, with or without group rows ("I | Kinh tế", or "Kinh tế" alone). The plan's column is
read and the result's left out, in all 768 forms (issue 14, eleventh tuning round; invented
texts: before its rules, 256 were read wrong, all of them without an STT column)."""

from __future__ import annotations

import itertools

from chitieu.textread.reader import ReadError, read_resolution

ROWS = [
    ("Tốc độ tăng trưởng kinh tế (GRDP)", "%", "7,2", "8"),
    ("Thu nhập bình quân đầu người", "Triệu đồng", "48", "52"),
    ("Tỷ lệ hộ nghèo", "%", "3,5", "2,5"),
    ("Tỷ lệ che phủ rừng", "%", "44", "45"),
]
WANT = ["8", "52", "2.5", "45"]
INTRO = "NGHỊ QUYẾT\nVề kế hoạch phát triển kinh tế - xã hội năm 2021 của tỉnh Hà Giang\n"
HEADINGS = ["CÁC CHỈ TIÊU CHỦ YẾU NĂM 2021", "Phụ lục: Các chỉ tiêu chủ yếu", "Biểu chỉ tiêu", ""]
RESULTS = ["Thực hiện 2020", "Ước TH năm 2020", "TH 2020", "Ước thực hiện 2020"]
PLANS = ["Kế hoạch 2021", "KH năm 2021", "Mục tiêu 2021", "Chỉ tiêu 2021"]


def table(result: str, plan: str, stt: bool, groups: bool) -> list[list[str]]:
    rows = [(["STT"] if stt else []) + ["Chỉ tiêu", "Đơn vị", result, plan]]
    for n, row in enumerate(ROWS, 1):
        if groups and n in (1, 3):
            group = ("I", "Kinh tế") if n == 1 else ("II", "Xã hội")
            rows.append(([group[0]] if stt else []) + [group[1], "", "", ""])
        rows.append(([str(n)] if stt else []) + list(row))
    return rows


def written(rows: list[list[str]], form: str) -> str:
    if form == "pipes":
        return "\n".join("| " + " | ".join(row) + " |" for row in rows)
    if form == "tabs":
        return "\n".join("\t".join(row) for row in rows)
    return "\n".join(cell for row in rows for cell in row if cell)  # one cell per line


def test_every_form_reads_the_plans_column_in_its_groups():
    wrong = []
    for heading, result, plan, stt, form, groups in itertools.product(
        HEADINGS, RESULTS, PLANS, (True, False), ("pipes", "tabs", "cells"), (False, True)
    ):
        text = INTRO + (heading + "\n" if heading else "")
        text += written(table(result, plan, stt, groups), form)
        try:
            plan_read = read_resolution(text).plan
        except ReadError:
            wrong.append(text)
            continue
        targets = plan_read["targets"]
        figures = [m.get("low") or m.get("high") for t in targets for m in t["metrics"]]
        in_groups = [t.get("group") for t in targets]
        if figures != WANT or (groups and in_groups != ["economy"] * 2 + ["society"] * 2):
            wrong.append(text)
    assert wrong == [], f"{len(wrong)} forms, the first:\n{wrong[0] if wrong else ''}"

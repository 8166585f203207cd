"""A count of units out of their whole ("Có 5/7 trường đạt chuẩn quốc gia", "18/18 thôn có
nhà văn hóa") sets the count: 5 trường, 18 thôn, at least. In parentheses such a fraction
only restates the figure before it ("đạt 50% (8/16 xã)"), and a tally of targets ("đạt và
vượt 15/18 chỉ tiêu") counts no units. A planner relies on the count being proposed, not a
figure from elsewhere in the line (issue 14, fourteenth round)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ YÊN LẠC NHIỆM KỲ 2025 - 2030
Các chỉ tiêu chủ yếu đến năm 2030:
1. Có 5/7 trường đạt chuẩn quốc gia mức độ 2.
2. 18/18 thôn có nhà văn hóa đạt chuẩn.
3. Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao 50% (8/16 xã).
4. Duy trì 3/3 trường đạt chuẩn quốc gia.
"""


def test_a_count_out_of_a_whole_sets_the_count():
    metrics = [t["metrics"][0] for t in read_resolution(TEXT).plan["targets"]]
    got = [(m["kind"], m["comparator"], m.get("low"), m["unit"]) for m in metrics]
    assert got == [
        ("count_of_units", ">=", "5", "trường"),
        ("count_of_units", ">=", "18", "thôn"),
        ("level_at_end", ">=", "50", "%"),
        ("count_of_units", ">=", "3", "trường"),
    ]


def test_the_parentheses_are_counted_once_along_the_clause():
    # each fraction's depth in parentheses is counted on from the one before, so a clause of
    # many fractions costs its length, not its square
    from chitieu.textread.values import counts_of_wholes

    scanned: list[int] = []

    class Counted(str):
        def count(self, sub, start=0, end=None):  # type: ignore[override]
            scanned.append((len(self) if end is None else end) - start)
            return str.count(self, sub, start, end)

    clause = Counted("(có 1/2 xã) 3/4 thôn " * 500)
    read = counts_of_wholes(clause)
    assert read.startswith("(có 1/2 xã) 3   thôn")
    assert sum(scanned) <= 2 * len(clause)

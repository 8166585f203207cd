"""A share of a quota completed is named for what is completed; a term's action is summed.

"Hằng năm hoàn thành 100% chỉ tiêu tuyển quân": the planner relies on the measure being
"Hoàn thành chỉ tiêu tuyển quân" (the labelling guide: a verb heading the clause keeps its
object), not a bare "Hoàn thành" that several targets would share; and "trong nhiệm kỳ kết
nạp 600 đảng viên" being summed over the term, as "cả nhiệm kỳ" is.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2020 - 2025
1. Hằng năm hoàn thành 100% chỉ tiêu tuyển quân.
2. Hoàn thành 100% chỉ tiêu giao quân hằng năm.
3. Trong nhiệm kỳ kết nạp 600 đảng viên.
4. Hằng năm có 100% xã đạt chuẩn phổ cập giáo dục.
"""


def measures() -> list[tuple[str, str]]:
    plan = read_resolution(TEXT).plan
    return [(m["name"], m["kind"]) for t in plan["targets"] for m in t["metrics"]]


def test_it_names_a_completed_quota_by_what_is_completed() -> None:
    names = [name for name, _ in measures()]
    assert names[:2] == ["Hoàn thành chỉ tiêu tuyển quân", "Hoàn thành chỉ tiêu giao quân"]
    assert names[3] == "Xã đạt chuẩn phổ cập giáo dục"


def test_it_sums_an_action_over_the_term_and_drops_the_time_cue_from_its_name() -> None:
    assert measures()[2] == ("Kết nạp đảng viên", "cumulative_over_term")

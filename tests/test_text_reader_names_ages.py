"""An age in an indicator names who is counted; it is no bound.

"Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm xuống còn 18%" is a ceiling of 18%, and the
planner relies on the measure being named for the children under five, not cut at "dưới"
as if "dưới 5" were its bound, and on the review list not asking about the age.
"""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2025
1. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống còn 18%.
2. Tỷ lệ người trên 60 tuổi được khám sức khỏe định kỳ đạt 90%.
3. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 98%.
4. Kim ngạch xuất khẩu trên 900 triệu USD.
5. Tuổi thọ trung bình trên 75 tuổi.
"""


def test_it_keeps_the_age_in_the_name_and_reads_the_bound_after_it() -> None:
    result = read_resolution(TEXT)
    got = [
        (m["name"], m["comparator"], m.get("low"), m.get("high"), m["unit"])
        for t in result.plan["targets"]
        for m in t["metrics"]
    ]
    assert got == [
        ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", "<=", None, "18", "%"),
        ("Tỷ lệ người trên 60 tuổi được khám sức khỏe định kỳ", ">=", "90", None, "%"),
        ("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ", ">=", "98", None, "%"),
        ("Kim ngạch xuất khẩu", ">=", "900", None, "triệu USD"),
        ("Tuổi thọ trung bình", ">=", "75", None, "tuổi"),
    ]
    # the age is no number left unread: nothing on the review list asks about it
    assert not [m for m in result.review if "tuổi”" in str(m)]

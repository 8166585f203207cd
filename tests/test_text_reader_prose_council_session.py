"""A report of a council's session: what the session did ("thông qua 12 nghị quyết …, với
tổng kinh phí 130 tỉ đồng") proposes nothing, the plan is the year its "phương án" names, and
"Theo đó, …" leads the plan's figures in without naming them (issue 14: prose, results and
events never proposed)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = """Ngày 11.12, kỳ họp cuối năm 2024 của HĐND tỉnh Quảng Trị (nhiệm kỳ 2021 - 2026) \
thông qua 12 nghị quyết, trong đó nâng cấp bệnh viện tỉnh với tổng kinh phí 130 tỉ đồng.

Chủ tịch UBND tỉnh cho biết tỉnh đã xây dựng phương án tăng trưởng kinh tế năm 2025. Theo \
đó, tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) phấn đấu đạt 8%.
"""


def test_a_sessions_report_proposes_only_the_plans_figures():
    plan = read_resolution(TEXT).plan
    assert [plan["baseline_year"], plan["start_year"], plan["end_year"]] == [2024, 2025, 2025]
    got = [(t["text"], [m["name"] for m in t["metrics"]]) for t in plan["targets"]]
    assert got == [
        (
            "tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) phấn đấu đạt 8%",
            ["Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)"],
        )
    ]

"""Press summaries open a paragraph on its field ("Về xây dựng Đảng, …", "Ở lĩnh vực kinh tế,
…"), run several quantities on with commas, and quote shares of the output: the field is no
part of a name, a clause that opens on a value ("100% dân số tham gia …") is a measure of its
own, a share of GRDP is a level, and "GRDP bình quân giai đoạn … tăng 12%/năm" is named
"GRDP" (issue 14: prose, names from the text)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution

TEXT = (
    "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bắc Kạn lần thứ XIII, nhiệm kỳ 2025-2030\n\n"
    "Về xây dựng Đảng, hàng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n\n"
    "Ở lĩnh vực kinh tế, GRDP bình quân giai đoạn 2026-2030 tăng 10%/năm, khu vực tư nhân "
    "đóng góp 35-40% GRDP.\n\n"
    "Tỉnh phấn đấu tỷ lệ thất nghiệp dưới 3%, tuổi thọ trung bình trên 75 tuổi, 98% dân số "
    "tham gia bảo hiểm y tế.\n"
)


def measures() -> list[tuple[str, str, str]]:
    plan = read_resolution(TEXT).plan
    return [(m["name"], m["kind"], m["unit"]) for t in plan["targets"] for m in t["metrics"]]


def test_the_field_a_paragraph_opens_on_is_no_part_of_a_name():
    assert measures()[:2] == [
        ("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "every_year", "%"),
        ("GRDP", "average_annual_growth", "%/năm"),
    ]


def test_a_share_of_grdp_is_a_level_and_comma_clauses_are_measures_of_their_own():
    assert measures()[2:] == [
        ("Khu vực tư nhân đóng góp", "level_at_end", "%"),
        ("Tỷ lệ thất nghiệp", "level_at_end", "%"),
        ("Tuổi thọ trung bình", "level_at_end", "tuổi"),
        ("Dân số tham gia bảo hiểm y tế", "level_at_end", "%"),
    ]

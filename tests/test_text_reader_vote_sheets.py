"""A congress's vote sheet ("Báo cáo kết quả biểu quyết …"), as district Party committees
published them: each target numbered "1/-" or "2.", then the delegates' votes on it ("+ Nhất
trí : 191 95,5%", "- Đồng ý: 226, đạt tỷ lệ 98,68%", "- Không đồng ý:"), the sheet's counts
above ("- Tổng số phiếu phát ra: 229"). The votes are no targets and do not end the list;
every target is read (issue 14, seventeenth round: batch 24's development half)."""

from __future__ import annotations

from chitieu.textread.lines import without_votes
from chitieu.textread.reader import read_resolution

SHEET = """Báo cáo kết quả biểu quyết một số chỉ tiêu kinh tế - xã hội 5 năm (2005-2010)

- Tổng số phiếu phát ra                    : 200

- Số Đại biểu tham gia biểu quyết    : 200/200

II.- Về một số chỉ tiêu cơ bản trong 5 năm (2005-2010):

1/- Phấn đấu đạt mức tăng trưởng bình quân hằng năm là 18,76%.

+ Nhất trí             :  191                95,5%

+ Cơ bản nhất trí   : 5                2,5%

+ Ý kiến khác       :     4                2%

2/- Phấn đấu đến cuối năm 2010 duy trì tổng đàn bò sữa ở mức 35.000 con.

- Đồng ý: 226, đạt tỷ lệ 98,68%

- Không đồng ý:

3/- Diện tích canh tác rau an toàn trên 3.000 ha.

- Không đồng ý: 01, đạt tỷ lệ 0,44%
"""


def test_a_vote_sheets_targets_are_read_and_its_votes_are_not():
    targets = read_resolution(SHEET).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Phấn đấu đạt mức tăng trưởng bình quân hằng năm là 18,76%.",
        "Phấn đấu đến cuối năm 2010 duy trì tổng đàn bò sữa ở mức 35.000 con.",
        "Diện tích canh tác rau an toàn trên 3.000 ha.",
    ]
    assert [m["low"] for t in targets for m in t["metrics"]] == ["18.76", "35000", "3000"]


def test_only_votes_go():
    for vote in ("+ Không nhất trí    :     5                2,5%", "- Ý kiến khác: 03"):
        assert without_votes(vote) == ""
    for target in ("- Tỷ lệ đồng ý của người dân: 95%", "- Nhất trí cao: 100%", "- Đồng ý: 5 xã"):
        assert without_votes(target) == target


def test_votes_run_on_after_an_item_go_too():
    # a sheet whose line breaks were lost: each item's votes run on before the next item
    run_on = (
        "3. Mức tăng trưởng giá trị tổng sản lượng hàng năm là 16%. - Đồng ý: 226, đạt tỷ lệ "
        "98,68% - Không đồng ý: - Ý kiến khác: 02, đạt tỷ lệ 0,88% 4. Kim ngạch xuất khẩu"
    )
    assert without_votes(run_on) == (
        "3. Mức tăng trưởng giá trị tổng sản lượng hàng năm là 16%. 4. Kim ngạch xuất khẩu"
    )

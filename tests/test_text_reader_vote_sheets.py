"""A congress's vote sheet ("Báo cáo kết quả biểu quyết …"), as district Party committees
published them: each target numbered "1/-" or "2.", then the delegates' votes on it ("+ Nhất
trí : 191 95,5%", "- Đồng ý: 226, đạt tỷ lệ 98,68%", "- Không đồng ý:"), the sheet's counts
above ("- Tổng số phiếu phát ra: 229"); or a vote table, one cell per line, whose columns count
the votes. The votes are no targets and do not end the list; every target is read (issue
14, seventeenth round: batch 24's development half)."""

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


VOTE_TABLE = [
    "Báo cáo kết quả biểu quyết những nội dung và mục tiêu chủ yếu trong báo cáo chính trị",
    "Nội dung, mục tiêu", "Nhất trí", "(1)", "Không", "Nhất trí", "(2)", "Ý kiến", "Khác", "(3)",
    "1", "Giá trị sản xuất CN-TTCN tăng từ 8%/năm trở lên", "170", "95,5%", "1", "0,6%", "7",
    "3,9%",
    "2", "Xây dựng 15 – 20 HTX", "146", "82%", "22", "12,4%", "2", "5,6%",
    "3", "Xây dựng 1.500 căn hộ", "166", "93,3%", "7", "3,9%", "5", "2,8%",
]  # fmt: skip


def test_a_vote_tables_rows_are_its_targets_and_its_counts_are_not():
    # one cell per line: the counts and shares of each column are votes, a row's figures are
    # in its words; "2" after row 1's votes is a count until words follow it
    targets = read_resolution("\n\n".join(VOTE_TABLE)).plan["targets"]
    assert [t["text"] for t in targets] == [
        "Giá trị sản xuất CN-TTCN tăng từ 8%/năm trở lên",
        "Xây dựng 15 – 20 HTX",
        "Xây dựng 1.500 căn hộ",
    ]
    assert [m["low"] for t in targets for m in t["metrics"]] == ["8", "15", "1500"]


ISSUES = """Kết quả biểu quyết một số chỉ tiêu trong Báo cáo chính trị

- Tổng số phiếu hợp lệ: 229

2. Vấn đề 2: Tổng vốn đầu tư trên địa bàn tăng bình quân 12%/năm.

- Đồng ý: 228, đạt tỷ lệ 99,56%

3. Vấn đề 3: Mức tăng trưởng giá trị tổng sản lượng hàng năm là 16%. Thương nghiệp quốc doanh \
đạt doanh số mua 20%, doanh số bán 20,6. Tăng kim ngạch xuất khẩu hàng năm 10,6%.

- Đồng ý: 226, đạt tỷ lệ 98,68%
"""


def test_what_a_sheet_puts_to_the_vote_is_read_without_its_number():
    # "Vấn đề 3:" numbers what is put to the vote: its "3" is no figure, nor a name's word;
    # a sentence ending in a decimal ("doanh số bán 20,6.") ends its clause
    plan = read_resolution(ISSUES).plan
    assert [(m["name"], m["low"]) for t in plan["targets"] for m in t["metrics"]] == [
        ("Tổng vốn đầu tư trên địa bàn", "12"),
        ("Mức tăng trưởng giá trị tổng sản lượng", "16"),
        ("Thương nghiệp quốc doanh", "20"),
        ("Doanh số bán", "20.6"),
        ("Kim ngạch xuất khẩu", "10.6"),
    ]


MID_TERM = """Báo cáo kết quả biểu quyết một số vấn đề tại hội nghị đại biểu đảng bộ huyện Nhà Bè \
giữa nhiệm kỳ (ngày 13/05/1994)

Kết quả biểu quyết cụ thể như sau:

1. Mức độ tăng trưởng kinh tế hằng năm là 12%

- Có 114 ĐB đồng ý, chiếm 96,61%

- Có 1 ĐB không đồng ý (quá cao)

- Ý kiến không rõ 3

2. Tốc độ tăng trưởng giá trị tổng sản lượng CN.TTCN là 17-18%

- 4 ý kiến khác, chiếm 3,38%

* Đề nghị chỉ tiêu tăng 25%

3. Tốc độ tăng trưởng giá trị tổng sản lượng nông nghiệp 2,4%

- Nhất trí 161 (93,60%)
"""


def test_votes_however_worded_and_counter_proposals_are_no_targets():
    # "Kết quả biểu quyết" heads the votes on targets, not a past term's results; the votes
    # come in many wordings, and a delegate's "Đề nghị chỉ tiêu tăng 25%" is no target
    plan = read_resolution(MID_TERM).plan
    assert [(t["no"], t["metrics"][0]["low"]) for t in plan["targets"]] == [
        (1, "12"),
        (2, "17"),
        (3, "2.4"),
    ]
    assert plan["title"].endswith("giữa nhiệm kỳ (ngày 13/05/1994)")


def test_a_label_alone_takes_the_line_under_it():
    # "c) Sản xuất nông nghiệp:" over "Tốc độ tăng trưởng bình quân là 5%": one target, and
    # so is "a) Cơ cấu kinh tế:" over a sentence that ends in ":" (it had ended the list)
    text = (
        "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ I (1998 – 2000)\n1. Kinh tế:\na) Cơ cấu kinh tế:\n"
        "Trước mắt, từ năm 1998 – 2000 tiếp tục thực hiện theo cơ cấu “Công – nông nghiệp – "
        "thương mại – dịch vụ” vào những năm sau:\n- Nhất trí 169 (98,25%)\n"
        "b) Sản xuất công nghiệp – tiểu thủ công nghiệp:\n"
        "Tốc độ tăng trưởng bình quân hàng năm là 14%\n- Nhất trí 166 (96,51%)\n"
        "c) Sản xuất nông nghiệp:\nTốc độ tăng trưởng bình quân là 5%\n"
        "- Không nhất trí 05 (2,90%)\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [(t["text"][:24], t["metrics"][0].get("low")) for t in targets] == [
        ("Cơ cấu kinh tế: Trước mắ", None),
        ("Sản xuất công nghiệp – t", "14"),
        ("Sản xuất nông nghiệp: Tố", "5"),
    ]

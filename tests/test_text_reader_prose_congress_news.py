"""A press article about a congress tells of the congress itself (its days, the delegates,
the committee it elected) and of the term behind before it names the targets: a planning
office relies on the reader proposing only the targets, never "2 ngày" or "15 đồng chí",
nor the figures of a paragraph that opens on the term behind. The texts are invented in
the way ward and commune news is written."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution
from tests.textread_cases import read_metrics

ARTICLE = "\n\n".join(
    [
        "Đại hội Đảng bộ phường Hòa Bình lần thứ XIV",
        "(BTV) Trong 2 ngày 31/5 và 01/6, Đảng bộ phường Hòa Bình tổ chức thành công Đại hội "
        "đại biểu Đảng bộ phường lần thứ XIV, nhiệm kỳ 2020 – 2025.",
        "Trong nhiệm kỳ qua, Đảng bộ phường đã giành được những thành tựu quan trọng và hoàn "
        "thành cơ bản các mục tiêu Nghị quyết đề ra. Thương mại, dịch vụ chiếm 95% và doanh "
        "thu tăng hàng năm từ 10 – 12%, thu ngân sách đạt từ 5 - 7 tỷ đồng/năm.",
        "Đại hội đề ra các chỉ tiêu đến năm 2025, như: tốc độ tăng trưởng kinh tế ở mức "
        "11-12%/năm, thu ngân sách hàng năm đạt 20 - 25 tỷ đồng.",
        "Đại hội đã bầu 15 đồng chí vào Ban Chấp hành Đảng bộ phường nhiệm kỳ 2020-2025.",
    ]
)

WARD = "\n\n".join(
    [
        "Ngày 16/6, Đảng bộ Phường 7, TP. Vũng Tàu đã tổ chức Đại hội lần thứ XIII, "
        "nhiệm kỳ 2020-2025.",
        "Nhiệm kỳ 2020-2025, Đảng bộ Phường 7 đặt mục tiêu duy trì tốc độ tăng trưởng kinh tế "
        "hàng năm từ 10-15%; mỗi năm kết nạp từ 10-15 đảng viên.",
    ]
)


def _names(text: str) -> list[str]:
    return [m["name"] for m in read_metrics(text)]


def test_it_proposes_only_the_targets_of_a_congress_article():
    assert _names(ARTICLE) == ["Tốc độ tăng trưởng kinh tế", "Thu ngân sách"]


def test_it_keeps_the_bounds_of_the_targets_it_proposes():
    growth, revenue = read_metrics(ARTICLE)
    assert (growth["low"], growth["high"], growth["unit"]) == ("11", "12", "%/năm")
    assert (revenue["low"], revenue["high"], revenue["kind"]) == ("20", "25", "every_year")


def test_it_leaves_the_lead_in_that_sets_the_aim_out_of_the_name():
    assert _names(WARD) == ["Tốc độ tăng trưởng kinh tế", "Kết nạp đảng viên"]


def test_it_finds_a_ward_named_by_its_number():
    plan = read_resolution(WARD).plan
    assert plan["area"]["name"] == "Phường 7"
    assert plan["id"] == "phuong7-xiii"


def test_a_paragraph_opening_on_a_named_group_of_targets_sets_their_group():
    # "Nhóm chỉ tiêu kinh tế: …" / "Nhóm chỉ tiêu xã hội: …": each paragraph's clauses are
    # that group's; "Nhóm chỉ tiêu kinh tế phấn đấu …" (no label) sets none
    text = (
        "HĐND tỉnh thông qua 4 chỉ tiêu năm 2024\n\n"
        "Nhóm chỉ tiêu kinh tế: tốc độ tăng trưởng GRDP từ 7% trở lên; GRDP bình quân đầu "
        "người đạt 75 triệu đồng.\n\n"
        "Nhóm chỉ tiêu xã hội: tỷ lệ lao động qua đào tạo đạt 69%; tỷ lệ dân số tham gia bảo "
        "hiểm y tế đạt 95%.\n"
    )
    targets = read_resolution(text).plan["targets"]
    assert [t.get("group") for t in targets] == ["economy", "economy", "society", "society"]
    unlabelled = text.replace(
        "Nhóm chỉ tiêu kinh tế: tốc độ", "Nhóm chỉ tiêu kinh tế phấn đấu tốc độ"
    )
    assert read_resolution(unlabelled).plan["targets"][0].get("group") is None


def test_a_paragraph_of_clauses_is_not_taken_for_a_list_of_lines_without_figures():
    # "Về quốc phòng - an ninh: …" opening a paragraph looked like a group's heading, and the
    # figureless sentences after it ("Đại hội cũng xác định …") like its items
    text = (
        "Đại hội Đảng bộ xã Tân Hòa lần thứ I thành công tốt đẹp\n\n"
        "Đại hội thống nhất 8 chỉ tiêu chủ yếu, cụ thể: về kinh tế: tốc độ tăng trưởng giá trị "
        "sản xuất bình quân 9,5%/năm; thu nhập bình quân đầu người đến năm 2030 đạt 105 triệu "
        "đồng; về văn hóa - xã hội: tỷ lệ hộ nghèo đa chiều giảm còn dưới 1%; tỷ lệ lao động "
        "qua đào tạo đạt 80%.\n\n"
        "Về quốc phòng - an ninh: hằng năm hoàn thành 100% chỉ tiêu gọi công dân nhập ngũ; tỷ lệ "
        "khám phá án hình sự đạt trên 85%; về xây dựng Đảng: hằng năm kết nạp 30 đảng viên trở "
        "lên; tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 90%.\n\n"
        "Đại hội cũng xác định 3 nhiệm vụ trọng tâm và 2 khâu đột phá trong nhiệm kỳ.\n\n"
        "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí.\n\n"
        "Văn phòng Đảng ủy xã\n"
    )
    result = read_resolution(text)
    assert result.layout == "prose"
    assert len(result.plan["targets"]) == 8
    texts = [t["text"] for t in result.plan["targets"]]
    assert not any(t.startswith(("Đại hội cũng", "Văn phòng")) for t in texts)


def test_the_groups_a_resolution_parts_its_targets_into_are_no_target():
    # "… 21 chỉ tiêu chủ yếu, chia thành 3 nhóm": a count of groups, like "21 chỉ tiêu"
    text = (
        "HĐND tỉnh thông qua Nghị quyết năm 2024\n\n"
        "Theo Nghị quyết, năm 2024, tỉnh phấn đấu thực hiện 21 chỉ tiêu chủ yếu, chia thành 3 "
        "nhóm. Tốc độ tăng trưởng GRDP từ 7% trở lên; tỷ lệ che phủ rừng đạt 50,5%.\n"
    )
    texts = [t["text"] for t in read_resolution(text).plan["targets"]]
    assert not any("3 nhóm" in t for t in texts)
    assert len(texts) == 2

"""A press text whose first line is a lead that runs on gives its first sentence as the
title, whole (not cut at a fixed length), and an abbreviation such as "TP. Vũng Tàu" does
not end that sentence (issue 14: the plan's frame from the text; the labelling guide reads
a headline so)."""

from __future__ import annotations

from chitieu.textread.reader import read_resolution


def test_the_title_is_the_leads_first_sentence_whole():
    lead = (
        "Ngày 16/6, Đảng bộ Phường 12, TP. Vũng Tàu đã tổ chức Đại hội Đại biểu lần thứ XIII, "
        "nhiệm kỳ 2020-2025, với sự tham dự của 150 đại biểu đại diện cho hơn 600 đảng viên "
        "đang sinh hoạt tại 25 chi bộ trực thuộc trên địa bàn phường."
    )
    text = lead + " Đại hội phấn đấu thu nhập bình quân đầu người đạt 90 triệu đồng.\n"
    assert len(lead) > 200
    assert read_resolution(text).plan["title"] == lead


def test_the_review_list_says_the_headline_was_taken_as_the_title():
    text = (
        "Nhiều mục tiêu phát triển kinh tế năm 2024\n\n"
        "Phấn đấu tổng vốn đầu tư đạt 18.000 tỷ đồng.\n"
    )
    result = read_resolution(text)
    assert result.plan["title"] == "Nhiều mục tiêu phát triển kinh tế năm 2024"
    codes = [p.code for p in result.review]
    assert "doubt.title_headline" in codes and "doubt.no_title" not in codes

"""Real files for the consultation tests: a draft with numbered parts and targets, and the
units' replies as copies of it with Word comments (python-docx's own ``add_comment``) or
as the filled comments table (.xlsx, written with openpyxl)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from openpyxl import Workbook

DRAFT = [
    "DỰ THẢO BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH LẠNG SƠN KHÓA XVII",
    "I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020 - 2025",
    "Nhiệm kỳ qua, kinh tế của tỉnh tăng trưởng khá, đời sống nhân dân được cải thiện.",
    "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng.",
    "II. PHƯƠNG HƯỚNG, MỤC TIÊU NHIỆM KỲ 2025 - 2030",
    "1. Mục tiêu tổng quát",
    "Xây dựng tỉnh Lạng Sơn phát triển nhanh và bền vững, trở thành trung tâm kết nối.",
    "2. Các chỉ tiêu chủ yếu đến năm 2030",
    "- Về kinh tế:",
    "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 8%/năm.",
    "(2) GRDP bình quân đầu người đến năm 2030 đạt 100 triệu đồng.",
    "- Về xã hội:",
    "(3) Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.",
    "(4) Tỷ lệ lao động qua đào tạo đạt 75%.",
    "III. NHIỆM VỤ, GIẢI PHÁP",
    "1. Phát triển kinh tế",
    "1.1. Công nghiệp",
    "Tập trung phát triển công nghiệp chế biến nông sản.",
    "a) Du lịch",
    "Phát triển du lịch gắn với bảo tồn di sản văn hóa các dân tộc.",
]
REVIEW, GOAL, GROWTH, TRAINING, INDUSTRY, TOURISM = 2, 6, 9, 13, 17, 19
# The next version: target (1) lowered, the tourism paragraph moved to a new section 2.
DRAFT_V2 = [
    *DRAFT[:9],
    "(1) Tốc độ tăng trưởng kinh tế (GRDP) bình quân đạt 7,5%/năm.",
    *DRAFT[10:18],
    "2. Phát triển văn hóa, du lịch",
    "Bảo tồn các lễ hội truyền thống.",
    "Phát triển du lịch gắn với bảo tồn di sản văn hóa các dân tộc.",
]

# A comment: the index of the paragraph it is attached to (or a paragraph of the unit's
# own, added to its copy) and its text.
Note = tuple[int | str, str]


def write_docx(path: Path, lines: Sequence[str], author: str = "") -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.core_properties.author = author
    document.save(str(path))
    return path


def write_reply(
    path: Path, author: str, notes: Sequence[Note], lines: Sequence[str] = DRAFT
) -> Path:
    """A copy of the draft with Word comments; a note on a text of its own adds that
    paragraph to the end of the copy, as a unit writing in the margin of the draft does."""
    document = docx.Document()
    paragraphs = [document.add_paragraph(line) for line in lines]
    for at, text in notes:
        paragraph = paragraphs[at] if isinstance(at, int) else document.add_paragraph(at)
        document.add_comment(paragraph.runs, text=text, author=author)
    document.core_properties.author = author
    document.save(str(path))
    return path


HEADINGS = ["Phần/mục/đoạn", "Loại ý kiến", "Ý kiến", "Đề nghị sửa thành", "Giá trị đề nghị"]


def write_table(
    path: Path, unit: str, rows: Sequence[Sequence[object]], headings: Sequence[str] = HEADINGS
) -> Path:
    """The comments table as a unit fills it: the unit's row, the headings, the rows."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Ý kiến"
    sheet.append(["Đơn vị", unit])
    sheet.append([])
    sheet.append(list(headings))
    for row in rows:
        sheet.append(list(row))
    book.save(str(path))
    return path


TAN_THANH = "Đảng ủy xã Tân Thành"
SO_KH = "Sở Kế hoạch và Đầu tư"
DONG_KINH = "Đảng ủy phường Đông Kinh"
TUYEN_GIAO = "Ban Tuyên giáo Tỉnh ủy"
CAO_LOC = "Huyện ủy Cao Lộc"  # consulted, silent
OWN_PARAGRAPH = "Ý kiến của Sở về thu hút đầu tư."
BETTER_TOURISM = "Phát triển du lịch gắn với bảo tồn và phát huy giá trị di sản văn hóa."


def write_round(folder: Path) -> dict[str, Path]:
    """The draft, three units' Word replies, one unit's table, and the units file listing a
    fifth, silent unit."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {"draft": write_docx(folder / "du-thao.docx", DRAFT)}
    files["tan-thanh"] = write_reply(
        folder / "tan-thanh.docx",
        TAN_THANH,
        [
            (GROWTH, "Đề nghị chỉ tiêu: 7,5%; kinh tế còn nhiều khó khăn"),
            (REVIEW, "Đồng ý với phần đánh giá."),
        ],
    )
    files["so-kh"] = write_reply(
        folder / "so-kh.docx",
        SO_KH,
        [
            (GROWTH, "Đề nghị chỉ tiêu: 7,5"),
            (TOURISM, f"Đề nghị sửa: {BETTER_TOURISM}"),
            (OWN_PARAGRAPH, "Bổ sung giải pháp thu hút đầu tư."),
        ],
    )
    files["dong-kinh"] = write_reply(
        folder / "dong-kinh.docx",
        DONG_KINH,
        [
            (GOAL, "Nhất trí."),
            (TRAINING, "Đề nghị chỉ tiêu: 80%"),
            (INDUSTRY, "Cần nói rõ hơn về nông nghiệp công nghệ cao."),
        ],
    )
    files["tuyen-giao"] = write_table(
        folder / "tuyen-giao.xlsx",
        TUYEN_GIAO,
        [
            ["Phần II, mục 1, đoạn 1", "Đồng ý", "Nhất trí với mục tiêu tổng quát.", None, None],
            [
                "Phần III, mục 1.1, điểm a, đoạn 1",
                "Sửa câu chữ",
                "Nên nói cả phát huy giá trị di sản.",
                f"{BETTER_TOURISM[:-1]} các dân tộc.",
                None,
            ],
            [None, None, "Dự thảo cần ngắn gọn hơn.", None, None],
        ],
    )
    units = folder / "don-vi.csv"
    units.write_text(
        "unit,file\n"
        f"{TAN_THANH},tan-thanh.docx\n{SO_KH},so-kh.docx\n{DONG_KINH},dong-kinh.docx\n"
        f"{TUYEN_GIAO},tuyen-giao.xlsx\n{CAO_LOC},\n",
        encoding="utf-8",
    )
    files["units"] = units
    return files

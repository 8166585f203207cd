"""The Word document: official layout, and a table that says what the core evaluation says."""

from pathlib import Path

import pytest
from docx.shared import Pt

from chitieu.figures.model import Stage
from chitieu.figures.periods import parse_period
from chitieu.figures.vintages import current_figures
from chitieu.vnnumbers import format_vi
from tests.reportkit import (
    NINE_MONTHS,
    core,
    docx_table,
    figures,
    header,
    open_docx,
    plan,
    rows_by_no,
    run_report,
)

PERIOD, AS_OF = NINE_MONTHS


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    code, err = run_report("--period", PERIOD, "--as-of", AS_OF.isoformat(), "-o", str(out))
    assert code == 0, err
    return out


def test_it_writes_a4_landscape_in_times_new_roman(path: Path):
    doc = open_docx(path)
    section = doc.sections[0]
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    assert round(section.left_margin.mm) == 30 and round(section.top_margin.mm) == 20
    normal = doc.styles["Normal"]
    # the bundled plan is a Party congress resolution: 14 pt (Hướng dẫn 36-HD/VPTW)
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)


def test_it_has_the_header_block_with_the_heading_number_and_date(path: Path):
    left, right = open_docx(path).tables[0].rows[0].cells
    assert "TỈNH ỦY" in left.text and "-BC/TU" in left.text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in right.text
    assert "Lạng Sơn, ngày 15 tháng 10 năm 2023" in right.text


def test_it_titles_the_report_with_the_period_and_the_resolution(path: Path):
    texts = [p.text for p in open_docx(path).paragraphs]
    assert "BÁO CÁO" in texts
    assert "Kết quả thực hiện các chỉ tiêu chủ yếu 9 tháng năm 2023" in texts
    assert plan().title in texts


def test_it_merges_the_header_cells(path: Path):
    table = docx_table(path)
    top, sub = table.rows[0]._tr.tc_lst, table.rows[1]._tr.tc_lst
    # STT spans the two header rows
    assert top[0].vMerge == "restart" and sub[0].vMerge == "continue"
    titles = [tc.xpath("string(.)") for tc in top]
    years = titles.index("Thực hiện")
    assert top[years].grid_span == 2  # 2021 and 2022, the years before the period
    assert top[titles.index("So với mục tiêu")].grid_span == 2
    assert header(table)[:4] == ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu Nghị quyết"]
    assert header(table)[4:] == [
        "Năm 2021",
        "Năm 2022",
        "Kỳ này (9 tháng năm 2023)",
        "Kết quả",
        "% mục tiêu",
        "Đánh giá",
    ]


def test_it_gives_every_measure_its_yearly_figures_and_marks_estimates(path: Path):
    rows = rows_by_no(docx_table(path))
    known = current_figures(figures(), AS_OF)
    result = core(AS_OF)
    for target in result.targets:
        for i, m in enumerate(target.metrics, start=1):
            no = str(target.target.no) if len(target.metrics) == 1 else f"{target.target.no}.{i}"
            cells = rows[no]
            assert cells[1] == m.metric.name
            if m.metric.kind.value == "reduction_per_year":
                continue  # the yearly reductions derived from levels, not figures
            for column, year in ((4, 2021), (5, 2022)):
                f = known.get((m.metric.id, "20", parse_period(str(year))))
                if f is None:
                    assert cells[column] == "–"
                    continue
                assert cells[column].split("\n")[0] == format_vi(f.value)
                assert ("ước" in cells[column]) == (f.stage is Stage.ESTIMATE)


def test_it_shows_the_part_year_figure_of_the_period_as_an_estimate(path: Path):
    grdp = rows_by_no(docx_table(path))["1"]
    nine_months = next(
        f for f in figures() if f.metric == "grdp-growth" and str(f.period) == "2023-9M"
    )
    assert grdp[6] == f"{format_vi(nine_months.value)}\nước"


def test_it_states_the_value_judged_and_the_status_of_every_measure(path: Path):
    rows = rows_by_no(docx_table(path))
    for target in core(AS_OF).targets:
        multi = len(target.metrics) > 1
        if multi:
            assert rows[str(target.target.no)][-1] == target.status.label("vi", target.final)
        for i, m in enumerate(target.metrics, start=1):
            cells = rows[f"{target.target.no}.{i}" if multi else str(target.target.no)]
            assert cells[-1] == m.status.label("vi", m.final)
            if m.value is None:
                continue
            computed = m.computed is not None and m.published is None
            expected = format_vi(m.value, m.metric.decimals if computed else None)
            assert cells[7].split("\n")[0] == expected


def test_it_gives_the_percentage_of_the_target(path: Path):
    labour = core(AS_OF).metric_result("trained-labour")
    assert labour.value is not None and labour.metric.low is not None
    cells = rows_by_no(docx_table(path))["13"]
    assert cells[8] == format_vi(labour.value / labour.metric.low * 100, 1)


def test_it_notes_the_date_of_the_figures(path: Path):
    texts = "\n".join(p.text for p in open_docx(path).paragraphs)
    assert "Số liệu đến ngày 15/10/2023." in texts
    assert "“ước”: số ước thực hiện" in texts

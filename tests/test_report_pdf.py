"""The PDF: it renders, its fonts are embedded, and every Vietnamese letter comes through."""

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from chitieu.evaluation.statuses import Status
from tests.reportkit import core, run_report


@pytest.fixture(scope="module")
def path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "tong-ket.pdf"
    code, err = run_report("--period", "2025", "--kind", "final", "--format", "pdf", "-o", str(out))
    assert code == 0, err
    return out


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_it_renders_page_one_to_an_image_that_is_not_blank(path: Path, tmp_path: Path):
    subprocess.run(
        ["pdftoppm", "-r", "50", "-f", "1", "-l", "1", "-png", str(path), str(tmp_path / "p")],
        check=True,
    )
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    assert image.width > image.height  # A4 landscape
    dark = sum(image.histogram()[:128])  # pixels darker than mid-grey
    assert dark > 0.01 * image.width * image.height  # text and table rules, not a blank page


def test_it_embeds_every_font(path: Path):
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font["/FontDescriptor"]
            )
            assert any(k.startswith("/FontFile") for k in descriptor), font["/BaseFont"]
            names.add(str(font["/BaseFont"]))
    assert any("Liberation" in n or "DejaVu" in n for n in names), names


def test_it_keeps_every_diacritic_of_the_text(path: Path):
    text = _text(path)
    result = core()
    assert f"Đạt và vượt {result.met}/{len(result.targets)} chỉ tiêu" in text
    assert "ĐẢNG BỘ TỈNH LẠNG SƠN" in text and "TỈNH ỦY" in text
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text
    assert "Lạng Sơn" in text and "không đạt" in text
    assert "Tỷ lệ lao động qua đào tạo" in text and "Tổng kết kết quả thực hiện" in text


def test_it_counts_the_targets_not_achieved_as_the_core_does(path: Path):
    missed = [t for t in core().targets if t.status is Status.NOT_ACHIEVED]
    text = " ".join(_text(path).split())  # lines joined, as they read
    assert f"Không đạt {len(missed)} chỉ tiêu:" in text

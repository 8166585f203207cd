"""Field-level accuracy of the reader on the labelled resolutions of tests/data/resolutions.

Six resolutions in the styles people meet — a district's numbered list under group
headings, a commune's lettered list for 2025–2030, a province's web page with the list
inside one paragraph, a people's council's bullets, a Word table, a PDF — each with its
expected fields written by hand. The report is written to artifacts/.
"""

from pathlib import Path

import pytest

from chitieu.textread.reader import read_resolution
from chitieu.textread.sources import extract_text
from tests.textread_cases import case_names, compare, expected, input_file

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, int, list[str]]]:
    tmp = tmp_path_factory.mktemp("resolutions")
    out = {}
    for name in case_names():
        result = read_resolution(extract_text(input_file(name, tmp)))
        out[name] = compare(result.plan, expected(name))
    lines = [
        f"{n}: {r}/{t} fields ({r / t:.1%})" + "".join(f"\n    {m}" for m in miss)
        for n, (r, t, miss) in out.items()
    ]
    right = sum(r for r, _, _ in out.values())
    total = sum(t for _, t, _ in out.values())
    lines.append(f"overall: {right}/{total} fields ({right / total:.1%})")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "textread-accuracy.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n" + "\n".join(lines))
    return out


def test_the_labelled_set_covers_the_styles(scores):  # type: ignore[no-untyped-def]
    assert len(scores) >= 6
    years = {tuple(expected(n)["years"]) for n in scores}
    assert (2020, 2021, 2025) in years and (2025, 2026, 2030) in years


@pytest.mark.parametrize("name", case_names())
def test_each_resolution_is_read_field_by_field(scores, name):  # type: ignore[no-untyped-def]
    right, total, misses = scores[name]
    assert right / total >= 0.95, misses


def test_overall_field_accuracy(scores):  # type: ignore[no-untyped-def]
    right = sum(r for r, _, _ in scores.values())
    total = sum(t for _, t, _ in scores.values())
    assert right / total >= 0.98

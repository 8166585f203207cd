"""The national benchmark measures what it says: its generator makes the figures asked for,
for the number of real communes asked for, the same on every run; and its sdg-build
baseline classes a series as sdg-build's published method 2 does (timings not checked); and
a kept directory is reused only while its database is there."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_national
import national_build
import national_kernel

from chitieu.targets.planfile import bundled_plan_path, load_plan


def test_it_generates_at_least_the_figures_asked_for_the_units_asked() -> None:
    plan = load_plan(bundled_plan_path("langson-xvii"))
    frames = [frame for _year, frame in national_build.generate(plan, 41, 20_000)]
    figures = pl.concat(frames)
    # 40 communes × 35 metrics × 6 years = 8.400 per vintage: three vintages for 20.000.
    assert figures.height == 40 * 35 * 6 * 3
    assert figures["unit_code"].n_unique() == 40
    assert figures["period"].unique().sort().to_list() == [str(y) for y in range(2020, 2026)]
    assert set(figures["stage"].unique()) == {"estimate", "official", "preliminary"}
    # Communes of other provinces than the plan's (Lạng Sơn's would be refused before 2025).
    assert not any(code.startswith("20") for code in figures["unit_code"].unique())
    again = pl.concat([frame for _year, frame in national_build.generate(plan, 41, 20_000)])
    assert again.equals(figures)


def test_it_refuses_more_units_than_the_country_has_communes() -> None:
    with pytest.raises(SystemExit, match="at most 3257"):
        national_build.communes(3257)


@pytest.mark.parametrize(
    ("now", "label"),
    [
        (61.0, "target_achieved"),  # 61 ≥ 60
        (56.0, "on_track"),  # (56/50)^(1/3) − 1 = 3,85 % against (60/50)^(1/5) − 1 = 3,71 %
        (54.6, "progress_needs_acceleration"),  # 2,98 % / 3,71 % = 0,80
        (52.0, "limited_progress"),  # 1,32 % / 3,71 % = 0,36
        (48.0, "deterioration"),  # a fall: a negative ratio
    ],
)
def test_it_classes_a_series_as_sdg_build_method_2(now: float, label: str) -> None:
    pd = pytest.importorskip("pandas")
    data = pd.DataFrame({"Year": [2020, 2021, 2023], "Value": [50.0, 51.0, now]})
    options = {"direction": "positive", "target": 60.0, "base_year": 2020, "target_year": 2025}
    assert national_kernel.sdg_method2(data, options) == label


def test_it_reuses_a_kept_database_only_while_it_is_there(tmp_path: Path) -> None:
    marker = tmp_path / "built.json"
    marker.write_text('{"units": 300, "figures": 100000, "seconds": 80.0}')
    url, drop, new = bench_national._database("sqlite", tmp_path, keep=True)
    assert (url, drop, new) == (f"sqlite:///{tmp_path / 'chitieu.sqlite3'}", None, True)
    # The database is gone (a PostgreSQL cluster thrown away, a file deleted): build again.
    assert national_build.built(marker, 300, 100_000, new_database=True) is None
    assert not marker.exists()
    marker.write_text('{"units": 300, "figures": 100000, "seconds": 80.0}')
    (tmp_path / "chitieu.sqlite3").write_bytes(b"")
    assert bench_national._database("sqlite", tmp_path, keep=True)[2] is False
    kept = national_build.built(marker, 300, 100_000)
    assert kept is not None and kept["seconds"] == 80.0
    assert national_build.built(marker, 3257, 1_000_000) is None  # other sizes

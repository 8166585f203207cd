"""On the Lạng Sơn resolution the reader finds what the hand-checked plan holds."""

from chitieu.targets.model import TaskKind
from chitieu.targets.planfile import bundled_plan_path, load_plan, plan_from_data
from chitieu.textread.reader import read_resolution
from tests.seeds import seed

FIELDS = ["kind", "comparator", "low", "high", "unit", "end_year", "direction", "input"]


def read_seed():  # type: ignore[no-untyped-def]
    path = seed("004_*.txt")
    return read_resolution(path.read_text(encoding="utf-8"))


def test_it_finds_every_target_and_measure_equal_to_the_bundled_plan():
    got = plan_from_data(read_seed().plan)
    want = load_plan(bundled_plan_path("langson-xvii"))
    assert [(t.no, t.text) for t in got.targets] == [(t.no, t.text) for t in want.targets]
    assert len(got.metrics()) == len(want.metrics()) == 35
    for g, w in zip(got.metrics(), want.metrics(), strict=True):
        assert [getattr(g, f) for f in FIELDS] == [getattr(w, f) for f in FIELDS], w.id


def test_it_reads_the_frame_of_the_plan():
    plan = read_seed().plan
    want = load_plan(bundled_plan_path("langson-xvii"))
    assert plan["title"] == want.title
    assert plan["area"] == {"code": "20", "name": "Tỉnh Lạng Sơn"}
    assert (plan["baseline_year"], plan["start_year"], plan["end_year"]) == (2020, 2021, 2025)
    assert plan["id"] == "langson-xvii"


def test_it_lists_the_five_key_tasks():
    plan = plan_from_data(read_seed().plan)
    assert [(t.kind, t.no) for t in plan.tasks] == [(TaskKind.KEY_TASK, n) for n in range(1, 6)]
    assert plan.tasks[4].text.startswith("Tăng cường củng cố quốc phòng, an ninh")


def test_it_is_sure_of_every_target_of_the_seed():
    result = read_seed()
    assert all(t["confidence"] == 1.0 for t in result.plan["targets"])
    assert result.review == []

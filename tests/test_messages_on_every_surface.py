"""A refusal of the core reads the same on every surface, in the user's language: the
command line, a web page and the API render its code and values through one catalogue,
each naming the place (file, line, JSON path, field; item and field on the API)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from chitieu.cli import main
from chitieu.targets.planfile import bundled_plan_path, dump_yaml, load_plan, plan_to_data
from chitieu.web.plans.models import Plan
from tests.apihelpers import PLAN
from tests.planhelpers import upload
from tests.webhelpers import client_for


def _plan_without_low() -> str:
    """The bundled plan whose first measure is "at least" with no lower bound."""
    data = plan_to_data(load_plan(bundled_plan_path("langson-xvii")))
    data["id"] = "langson-copy"
    metric = data["targets"][0]["metrics"][0]
    metric["comparator"] = ">="
    for name in ("low", "high", "direction"):
        metric.pop(name, None)
    return dump_yaml(data)


def test_it_names_the_place_and_the_fault_on_the_command_line(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(_plan_without_low(), encoding="utf-8")
    runner = CliRunner()
    vi = runner.invoke(main, ["plan", "check", str(plan), "--lang", "vi"])
    en = runner.invoke(main, ["plan", "check", str(plan), "--lang", "en"])
    place = f"{plan}:"
    assert vi.exit_code == en.exit_code == 2
    [vi_line] = vi.stderr.splitlines()
    [en_line] = en.stderr.splitlines()
    assert vi_line.startswith(place) and en_line.startswith(place)
    assert vi_line.endswith(
        ": $.targets[0].metrics[0].low: trường 'low': phép so sánh “>=” cần giá trị ở “low”"
    )
    assert en_line.endswith(
        ": $.targets[0].metrics[0].low: field 'low': comparator “>=” needs the bound in “low”"
    )


def test_it_names_the_fault_by_the_form_label_on_a_web_page(db, people) -> None:
    def shown(lang: str) -> str:
        files = {"plan_file": upload(_plan_without_low(), "copy.yaml")}
        response = client_for("kehoach", lang=lang).post("/plans/import/", files)
        assert not Plan.objects.filter(slug="langson-copy").exists()
        return response.content.decode()

    assert "phép so sánh “&gt;=” cần giá trị ở “mức thấp”" in shown("vi")
    assert "comparator “&gt;=” needs the bound in “low”" in shown("en")


def test_it_gives_the_code_and_values_on_the_api(demo) -> None:
    item = '{"measure": "trained-labour", "value": "0,00000000001", "stage": "official"}'
    body = f'{{"period": "2025", "submit": true, "confirm": true, "figures": [{item}]}}'

    def problem(lang: str) -> dict[str, object]:
        client = client_for("laodong", lang=lang)
        response = client.post(f"{PLAN}/figures", body, content_type="application/json")
        assert response.status_code == 422, response.content
        [found] = response.json()["problems"]
        return found

    vi, en = problem("vi"), problem("en")
    for found in (vi, en):
        assert (found["item"], found["field"], found["code"]) == (
            0,
            "value",
            "number.too_many_decimals",
        )
        assert found["params"] == {"v": "0,00000000001", "n": 11, "max": 10}
    assert (
        vi["message"]
        == "“0,00000000001” có 11 chữ số thập phân: chỉ giữ được tối đa 10; hãy làm tròn"
    )
    assert en["message"] == "“0,00000000001” has 11 decimals: at most 10 are kept; round it"

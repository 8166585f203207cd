"""scripts/mutation.sh mutates the pure core and runs the core's own tests: the lists in
pyproject.toml ([tool.mutmut]) name files that exist, and the tests it runs need no
Django, database or browser (they run from a copy of the project, without pytest-django).

A maintainer relies on this when a test is renamed or split: the mutation run would
otherwise stop on a missing file, or on a web test it cannot run."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
SELECTED = CONFIG["pytest_add_cli_args_test_selection"]
# What a test needing the web layer imports or asks for as a fixture.
WEB_IMPORTS = ("django", "chitieu.web", "chitieu.api", "tests.webhelpers", "tests.browserkit")
WEB_FIXTURES = {"db", "demo", "people", "client", "live_server", "page", "settings"}


def test_it_mutates_only_core_files_that_exist():
    assert CONFIG["source_paths"] == ["src/chitieu"]
    for pattern in CONFIG["only_mutate"]:
        path = ROOT / pattern.removesuffix("/*")
        assert path.exists(), pattern
        assert not pattern.startswith(("src/chitieu/web", "src/chitieu/api")), pattern


@pytest.mark.parametrize("name", SELECTED)
def test_each_selected_test_file_exists_and_needs_no_web_layer(name: str):
    path = ROOT / name
    assert path.is_file(), f"{name} is listed in [tool.mutmut] but does not exist"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
        else:
            modules = []
        assert not [m for m in modules if m.startswith(WEB_IMPORTS)], (name, modules)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            fixtures = {a.arg for a in node.args.args} & WEB_FIXTURES
            assert not fixtures, (name, node.name, fixtures)

"""The domain core stays pure: no web framework, no database driver, no benchmark baseline."""

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "chitieu"
CORE = [
    "targets",
    "figures",
    "evaluation",
    "textread",
    "reports",
    "units",
    "elections",
    "exchange",
    "messages",
    "problems.py",
    "rounding.py",
    "vnformat.py",
    "vnnumbers.py",
    "ziplimits.py",
    "workbooks.py",
    "datafile.py",
    "consultation",
]
FORBIDDEN = {"django", "ninja", "duckdb", "sqlite3", "psycopg", "psycopg2", "sqlalchemy"}


def core_modules() -> list[Path]:
    out: list[Path] = []
    for part in CORE:
        path = SRC / part
        out += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return out


@pytest.mark.parametrize("module", core_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_core_modules_import_no_web_or_database_code(module: Path):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            imported.add(node.module.split(".")[0])
    assert not imported & FORBIDDEN


def test_modules_stay_short():
    long = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if len(p.read_text(encoding="utf-8").splitlines()) > 800
    ]
    assert long == []

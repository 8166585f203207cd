"""The demo command installs what the application needs (the libraries and fonts of the PDF
review documents); the test command also what the tests need (chromium, PostgreSQL,
poppler, gettext). Run here as a user who cannot install, on a machine that has nothing:
the script names what is missing for each."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "setup-system.sh"
PDF_PACKAGES = {"fonts-dejavu-core", "libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0"}
TEST_PACKAGES = {"chromium", "poppler-utils", "gettext"}


@pytest.fixture
def bare(tmp_path: Path) -> dict[str, str]:
    """A PATH with the shell tools the script uses, no library or font known, and a user
    who is not root."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("grep", "ls", "bash"):
        found = shutil.which(tool)
        assert found, tool
        (bin_dir / tool).symlink_to(found)
    for stub, out in (("id", "1000"), ("ldconfig", ""), ("fc-list", "")):
        (bin_dir / stub).write_text(f"#!{shutil.which('bash')}\necho '{out}'\n")
        (bin_dir / stub).chmod(0o755)
    return {**os.environ, "PATH": str(bin_dir)}


def _missing(stderr: str) -> set[str]:
    line = next(x for x in stderr.splitlines() if x.startswith("missing Debian packages"))
    return set(line.split(": ", 1)[1].split())


def test_the_demo_needs_the_pdf_libraries_and_fonts_only(bare):
    done = subprocess.run(
        [shutil.which("bash") or "bash", str(SCRIPT), "demo"],
        env=bare,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0  # it goes on: only the PDFs need them
    missing = _missing(done.stderr)
    assert missing >= PDF_PACKAGES and not missing & TEST_PACKAGES
    assert "the demo runs, but its .pdf review documents need them" in done.stderr


def test_the_tests_need_the_same_and_their_own_and_stop_without_them(bare):
    done = subprocess.run(
        [shutil.which("bash") or "bash", str(SCRIPT)], env=bare, capture_output=True, text=True
    )
    assert done.returncode == 1
    assert _missing(done.stderr) >= PDF_PACKAGES | TEST_PACKAGES


def test_the_demo_command_runs_it_before_serving():
    lines = (ROOT / "scripts" / "demo.sh").read_text(encoding="utf-8").splitlines()
    steps = [x.split("#")[0].strip() for x in lines if x.startswith(("bash ", "exec "))]
    assert steps[:2] == ["bash scripts/setup.sh", "bash scripts/setup-system.sh demo"]
    assert steps[2].startswith("exec .venv/bin/chitieu serve --demo")
    test = (ROOT / "scripts" / "test.sh").read_text(encoding="utf-8")
    assert "bash scripts/setup-system.sh test" in test

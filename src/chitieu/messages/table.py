"""The table of message codes in docs/messages.md: ``python -m chitieu.messages.table``.

Each code with its English template and its Vietnamese, as the catalogue gives them;
tests/test_messages_codes.py checks that the page equals this output.
"""

from __future__ import annotations

from chitieu.messages.codes import CODES, placeholders
from chitieu.messages.render import catalogue


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def table() -> str:
    vi = catalogue("vi")
    lines = ["| Code | Values | English | Tiếng Việt |", "|---|---|---|---|"]
    for code, template in CODES.items():
        names = ", ".join(sorted(placeholders(code)))
        lines.append(f"| `{code}` | {names} | {_cell(template)} | {_cell(vi(template))} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(table(), end="")

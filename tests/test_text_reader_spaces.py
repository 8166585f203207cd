"""Spaces as offices' files carry them read as plain ones: a byte-order mark before a
Notepad file's first line, no-break spaces from web pages, zero-width characters, and the
runs of spaces a justified PDF line or a Word paste leaves; tabs still part a table's cells
(issue 14, ninth tuning round). The development half read through each of these gives the
same plans: test_text_reader_surface_invariance.py."""

from __future__ import annotations

from chitieu.textread.letters import repair_text


def test_tabs_and_line_breaks_stay():
    assert repair_text("\ufeffA\u00a0 B\t\tC  D\u200b\r\n  E") == "A B\t\tC D\r\n E"

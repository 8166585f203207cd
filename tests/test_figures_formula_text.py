"""The CSV rule for text that looks like a formula can be undone exactly: whatever a note
says, the figures file written says it without running, and reading gives it back."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from chitieu.figures.cells import csv_text, csv_text_read, looks_like_formula

# texts built from the characters that matter, so the edge cases come up often
TEXTS = st.text(alphabet=st.sampled_from("'=+-@\t\rax 1"), max_size=6) | st.text()


@given(TEXTS)
def test_it_reads_back_exactly_what_it_wrote(text):
    assert csv_text_read(csv_text(text)) == text


@given(TEXTS)
def test_no_written_cell_starts_a_formula(text):
    assert not looks_like_formula(csv_text(text))


def test_it_quotes_by_hand_chosen_cells():
    cases = {
        "=1+1": "'=1+1",
        "+84 912": "'+84 912",
        "-5% so với": "'-5% so với",
        "@x": "'@x",
        "\t=1": "'\t=1",
        "'=x": "''=x",
        "'bình thường": "'bình thường",
        "Cục Thống kê": "Cục Thống kê",
        "": "",
    }
    assert {text: csv_text(text) for text in cases} == cases

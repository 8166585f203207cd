"""Vietnamese letters as the reader's rules spell them, whatever wrote the text.

Two things turn readable text into letters no rule matches, and both are common in what
offices paste or upload:

- decomposed letters (a base letter followed by combining marks: "ư" + "̛" …), as some web
  pages, Mac files and PDF text layers store them. The rules are written in composed letters
  (NFC), so "dưới" in decomposed form would hide its cue.
- PDF text layers whose font maps the hooked "ư"/"Ư" to "ƣ"/"Ƣ" (U+01A3/U+01A2, the letter
  "oi" of no Vietnamese word), so that "được", "dưới" and "người" are not seen.
"""

from __future__ import annotations

import unicodedata

# Letters no Vietnamese word has, for the letter the writer meant. Same length, so a span
# found in the repaired text is also a span of the text as read.
_MISMAPPED = str.maketrans({"ƣ": "ư", "Ƣ": "Ư"})


def repair_letters(text: str) -> str:
    """``text`` in composed letters, with the PDF fonts' "ƣ" for "ư" undone."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_MISMAPPED)

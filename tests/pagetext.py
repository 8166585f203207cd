"""What a person reads on a page, and the words that must not be there.

The lists are written by hand: English words that have no business in the Vietnamese
interface, the marks of a number or date shown as the program stores it, and a few
Vietnamese words of the interface that an English page must have translated.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose text is not read as prose: scripts and styles, and <code>, which the pages
# use for identifiers shown on purpose (a measure key, a unit code, a plan's slug).
_SKIPPED = {"script", "style", "code", "noscript", "template"}
# Attributes a person reads (a tooltip, a placeholder, a label for a screen reader, a
# column's name shown above a cell on a narrow screen).
_READ_ATTRIBUTES = ("placeholder", "title", "alt", "aria-label", "data-label")


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_language_menu = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k: v or "" for k, v in attrs}
        if tag in _SKIPPED:
            self.skipping.append(tag)
        if tag == "select" and named.get("name") == "language":
            # the language menu names each language in its own tongue ("English")
            self.in_language_menu = True
        self.parts.extend(named[a] for a in _READ_ATTRIBUTES if named.get(a))
        if tag == "input" and named.get("type") in ("submit", "button", "reset"):
            self.parts.append(named.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
        if tag == "select":
            self.in_language_menu = False

    def handle_data(self, data: str) -> None:
        if not self.skipping and not self.in_language_menu:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The page's text as read: tags, scripts, styles and <code> left out, spaces folded."""
    parser = _Visible()
    parser.feed(html)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


# ---------------------------------------------------------------- the Vietnamese pages

# English words, matched whole and in any case. Only words that are not also Vietnamese
# ("to", "do", "an", "in", "no", "can" are), and the program's own codes and reprs.
ENGLISH_WORDS = frozenset(
    """
    the is are was not of and or for with from this that these there which what when who
    your you page found forbidden allowed error invalid unknown required must should cannot
    report reports submission submissions draft drafts submitted approved returned rejected
    corrected pending none null true false nan
    level province district commune ward unit units
    outside term period year month quarter
    plan plans target targets measure measures figure figures value values stage
    estimate preliminary official
    agency agencies user users username field action object comment name kind code status
    create created change changed enter entered clear cleared submit approve return
    correct import imported revoke revoked remove removed add added edit edited delete deleted
    share task note password token lockout unlock admin
    save cancel back next previous login logout yes
    bad request server something wrong went database disk busy again too many denied
    """.split()  # noqa: SIM905 - a list to read, not to scroll through
)

# (pattern, why): what a page shows on purpose, though it looks like the other language
# or like a number as stored. Kept short: each entry is a decision.
_ON_PURPOSE: dict[str, str] = {
    r"mục 1\.4": "the demo plan's source cites section 1.4 of the resolution, in its words",
    r"\(2023-10-15\)": "the message on a bad as-of date shows the other way of writing a "
    "date that it accepts",
}
ALLOWED_ON_VIETNAMESE_PAGES: dict[str, str] = _ON_PURPOSE | {
    r"\[[a-z0-9-]+\]": "a measure's key, in brackets after its name in the menu of "
    "measures to assign (an <option> cannot hold <code>)",
}

# How a number or date looks when it reaches the page unformatted.
RAW_REPRS = [
    (r"Decimal\(", "a Python Decimal"),
    (r"\d\.\d{4,}", "a decimal point and four or more decimals"),
    (r"(?<![\d.])\d+\.\d{1,2}(?![\d.])", "a decimal point where Vietnamese writes a comma"),
    (r"\b\d{4}-\d{2}-\d{2}\b", "an ISO date where a Vietnamese date is due"),
    (r"\b\d{1,2}:\d{2}:\d{2}\b", "a time with seconds, as stored"),
    (r"\bNone\b", "Python's None"),
]


def _in_context(text: str, start: int, end: int) -> str:
    """What was found, with a little of the text around it, to find it on the page."""
    return f"{text[start:end]!r} in …{text[max(0, start - 30) : end + 30]}…"


def without_allowed(text: str, allowed: dict[str, str]) -> str:
    """The text with what is allowed blanked out (same length, so contexts stay right)."""
    for pattern in allowed:
        text = re.sub(pattern, lambda m: " " * len(m.group(0)), text)
    return text


def english_in(text: str) -> list[str]:
    """The English words of ``text`` (whole words, any case)."""
    return [
        _in_context(text, m.start(), m.end())
        for m in re.finditer(r"[^\W\d_]+", text)
        if m.group(0).lower() in ENGLISH_WORDS
    ]


def raw_reprs_in(text: str) -> list[str]:
    """Numbers and dates shown as stored, each with what it looks like."""
    return [
        f"{_in_context(text, m.start(), m.end())} ({why})"
        for pattern, why in RAW_REPRS
        for m in re.finditer(pattern, text)
    ]


# ---------------------------------------------------------------- the English pages

# Words of the Vietnamese interface (buttons, statuses, headings) that data never holds in
# the demo; on an English page they mean a string was not translated.
VIETNAMESE_WORDS = [
    *("chỉ tiêu", "Lưu", "Đạt", "Xem", "Thoát", "Đăng nhập", "Trạng thái", "dự thảo", "chưa"),
    *("Nhập", "Gửi", "Quay lại", "tất cả", "ngày"),
]

# (pattern, why): Vietnamese an English page shows on purpose.
ALLOWED_ON_ENGLISH_PAGES: dict[str, str] = _ON_PURPOSE | {
    "Tiếng Việt": "the review documents' language menu names each language in its own tongue",
    "các chỉ tiêu chủ yếu": "the demo plan's source quotes the resolution's heading (data)",
}


def vietnamese_in(text: str) -> list[str]:
    """The Vietnamese words of the interface found in ``text``."""
    return [
        _in_context(text, m.start(), m.end())
        for word in VIETNAMESE_WORDS
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)
    ]

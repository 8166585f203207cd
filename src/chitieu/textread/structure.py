"""Finding a resolution's target list, its items and the plan's frame in running text.

Resolutions print their main targets ("các chỉ tiêu chủ yếu") one per line — "(1) …",
"1. …", "1) …", "a) …", bullets — or many numbered items inside one paragraph, under
group headings such as "Về kinh tế:". Scraped text is dirty: glued words, stray line
breaks, page furniture. This module finds the list and cuts it into items; the clauses
of each item are read by :mod:`chitieu.textread.phrases`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chitieu.targets.model import Group
from chitieu.textread.grouplabels import field_clauses, group_label, split_inline
from chitieu.textread.items import (
    OF_WHICH,
    RESULTS_HEADING,
    Item,
    TargetList,
    aims_or_heading,
    has_figure,
    is_result,
    normalize,
    squash,
)
from chitieu.textread.layouts import (
    AFTER_LIST,
    CELL,
    SECTION_END,
    TASKS_HEADING,
    Columns,
    aim_heading,
    bare_heading,
    group_of,
    heading_group,
    sub_list,
    table_header,
)
from chitieu.textread.lines import RUN_ON, last_char, marker, plus_bullet, style_of

HEADING = re.compile(r"chỉ\s+tiêu", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
LONG_LINE = 60  # a line this long that ends unfinished was probably wrapped


_PARTS_OF = re.compile(r"\btrong đó\s*:\s*$", re.IGNORECASE)
_LEAD_MARK = re.compile(r"^\s*(?:\d{1,2}\.)?(?P<no>\d{1,2})\.\s")  # "3. …:", "2.4. …:"


@dataclass(frozen=True)
class _Step:
    """What one line did to a list: ended it, began items, or continued the open one."""

    stop: bool = False
    begun: tuple[bool, ...] = ()  # for each item begun on the line: does it hold a digit?
    joined: bool = False  # the line continued the open item with a digit
    back: int = 0  # the list ended that many lines before, which it had held in doubt


class _ListParser:
    """The list after a heading, fed one line at a time (see :func:`parse_items`).

    An item's text is kept as its raw parts and folded once at the end, so a long item
    costs the length of its text, not the square of its number of lines.
    """

    def __init__(self, under_heading: bool = False, fields: bool = False) -> None:
        self.items: list[Item] = []
        self.parts: list[list[str]] = []
        self.leftovers: list[str] = []
        self.group: Group | None = None
        self.counter = 0
        self.style = ""
        # under a heading as under a group's label: unmarked sentences are its items
        self.after_label = under_heading
        self.fields = fields  # the text's fields run their clauses (:func:`field_paragraphs`)
        self.last = ""  # the last character of the open item's text
        self.columns: Columns | None = None  # a table header's, for the rows after it
        self.long = False  # the open item's last line was long (a PDF wraps such lines)
        self.tasks = False  # under "b) Nhiệm vụ": lines skipped until the next field
        # "2.4. Về xây dựng nông thôn mới:" over "a) …", "b) …": the lead-in's style and
        # number, which the list goes on from after its lettered items ("2.5. …")
        self.lead: tuple[str, int, Group | None] | None = None
        self.lead_words = ""  # a numbered lead-in's words, for the items under it
        self.offset = 0  # what the items' numbers add to their markers' after such a run
        self.parts_of = False  # "3. Tổng thu … 285,6 tỷ đồng, trong đó:" over "- Thu nội địa …"
        # "Cùng với đó, Nghị quyết đặt mục tiêu:" after items, or a sentence without a
        # figure ("Đáng chú ý, …"): the list ends there unless a next line (of up to
        # MAX_HELD held) numbers the next item
        self.held = 0

    def state(self) -> tuple[object, ...]:
        """Everything that decides what the next lines do to the list, apart from them.

        Two parsers in the same state on the same line go on alike (the group an item
        falls in aside): what :class:`_Scores` relies on to parse each line once.
        """
        if not self.items:
            return (self.tasks, self.after_label)
        counter = self.counter if self.style in ("paren", "num", "dotted") else 0
        state = (self.style, counter, self.after_label, self.last, self.columns, self.long)
        lead = (self.lead, self.lead_words)
        return (*state, self.tasks, *lead, self.offset, self.parts_of, self.held)

    def _begin(self, no: int, raw: str) -> bool:
        item = Item(no + self.offset, "", self.group, columns=self.columns, lead=self.lead_words)
        self.items.append(item)
        self.parts.append([raw])
        self.last = last_char(raw)
        self.long = len(raw) >= LONG_LINE
        # what the list is scored by: items with a figure that are no past result
        return has_figure(raw) and not is_result(raw)

    def _heading(self, line: str) -> _Step | None:
        """What a heading line does: opens a group or a table, or ends the list."""
        group = heading_group(line)
        if group is not None:  # "* Về kinh tế", "2.1. Về kinh tế", "I. VỀ KINH TẾ (9 chỉ tiêu)"
            # "3. Các chỉ tiêu y tế, dân số:" amid numbered items: its lettered items, then
            # "4. …" numbered on, in the group the list had before
            self._lead_heading(line, ("num", "dotted"))
            self.group, self.after_label = group, True
            return _Step()
        columns = table_header(line)
        if columns is not None:
            self.columns = columns
            return _Step()
        if self.items and SECTION_END.match(line) and not marker(line):
            if self._lead_heading(line, ("dotted",)):  # "2.4. Về xây dựng nông thôn mới:"
                self.after_label = True
                self.leftovers.append(squash(line))
                return _Step()
            return _Step(stop=True)
        if self.items and aim_heading(line):
            return _Step(stop=True)  # "*. Mục tiêu đến năm 2020": the next list's heading
        if RESULTS_HEADING.match(line):
            return _Step(stop=True)  # "Kết quả 5 năm 2016 - 2020": past results follow
        return None

    def _lead_heading(self, line: str, styles: tuple[str, ...]) -> bool:
        """Whether a numbered line ending in ":" amid items of ``styles`` leads into lettered
        items; if so, the list goes on at its next number after them (:attr:`lead`)."""
        m = _LEAD_MARK.match(line)
        if not (m and self.items and self.style in styles and line.rstrip().endswith(":")):
            return False
        self.lead = (self.style, int(m.group("no")), self.group)
        return True

    def feed(self, raw: str) -> _Step:
        line = normalize(raw)
        step = self._after_held(line, raw) if self.held else None
        if step is None:
            step = self._sub_list(line, raw)
        if step is None:
            step = self._heading(line)
        if step is None and self.tasks:
            step = self._task_line(line, raw)
        if step is None and (label := group_label(line)):
            step, line, raw = self._label(label, line, raw)
        if step is not None:
            return step
        m = marker(line)
        if m and self.items and AFTER_LIST.match(line, m.end()):
            # "4. Để thực hiện thắng lợi các chỉ tiêu trên, …", "4. Đại hội xác định 3 khâu
            # đột phá: (1) …; (2) …" (an inline run of its own)
            return _Step(stop=True)
        inline = split_inline(line, raw)
        if inline:
            return self._inline(inline)
        # "1. Chương trình mục tiêu quốc gia …" then "- Xây dựng …": a heading, not an item
        heading = (
            m is not None
            and bool(self.items)
            and style_of(m) != self.style
            and line[m.end() : m.end() + 1].isupper()
            and self._sub_heading()
        )
        if m and self.style == "row" and not heading and CELL not in line:
            return _Step(stop=True)  # "4. Đại hội thông qua …" after a table's rows: its end
        # an unfinished item followed by "– 7,5%" or "- 3.000 ha": a broken line, no item;
        # "9- 100% thôn …" after item 8 is item 9 all the same
        if (
            not heading
            and m
            and self.items
            and self.last not in (".", ";", ":")
            and not self._leads_on(m)
            and (
                style_of(m) != self.style
                or (
                    line[m.end() : m.end() + 1].isdigit()
                    and not plus_bullet(m)
                    and not self._next(m)
                )
            )
        ):
            m = None
        if self.items and TASKS_HEADING.match(line[m.end() if m else 0 :]):
            return _Step(stop=True)  # "6/ Chương trình, công trình trọng điểm": the tasks
        if m and self.style == "plain" and bare_heading(line[m.end() :]):
            # "2/ Quản lý đô thị" between unnumbered sentences: the next group's heading
            self.group, self.after_label = group_of(line), True
            self.leftovers.append(squash(raw))
            return _Step()
        if (
            m
            and self.items
            and style_of(m) == "bullet" != self.style
            and OF_WHICH.match(line, m.end())
        ):
            # "7/ Tỷ lệ lao động qua đào tạo đạt 40%." then "- Trong đó: qua đào tạo nghề …":
            # a further measure of the item (subrows), which leaves the numbering as it was
            return _Step(begun=(self._begin(self.counter, raw[m.end() :]),))
        if m:
            return self._marked(m, line, raw)
        return self._unmarked(line, raw)

    def _after_held(self, line: str, raw: str) -> _Step | None:
        """A line after held ones: the next number goes on with the list (None: read it);
        anything else is held too, up to MAX_HELD, or ends the list before the held lines."""
        m = marker(line)
        if m is not None and style_of(m) == self.style and self._next(m):
            self.held = 0
            return None
        if self.held < MAX_HELD and self._holds(line):
            return self._hold(raw)
        back, self.held = self.held, 0
        del self.leftovers[-back:]
        return _Step(stop=True, back=back)

    def _label(self, label: re.Match[str], line: str, raw: str) -> tuple[_Step | None, str, str]:
        """A group's label opening the line: its group, and the line's rest to read (or the
        step it made: nothing more on the line, or a field's clauses)."""
        # "6. Về lao động, việc làm:" amid numbered items leads into bullets, and the list
        # goes on at "7."; a lead-in naming no group leaves the items in the list's group
        lead = self._lead_heading(line, ("num", "dotted"))
        self.group = group_of(label.group(1)) or (self.group if lead else None)
        self.after_label = True
        line, raw = line[label.end() :], raw[label.end() :]
        if not line.strip():
            return _Step(), line, raw
        clauses = field_clauses(raw, strict=False) if self.fields else []
        if clauses:  # "Về kinh tế: A; B; C.": a target a clause
            return self._clauses(clauses), line, raw
        return None, line, raw

    def _leads_on(self, m: re.Match[str]) -> bool:
        """Whether a marker numbers on from a lead-in's ("2/" after "1/ …:" and its "- …")."""
        number = int(m.group("paren") or m.group("num") or m.group("dotted") or 0)
        return self.lead is not None and self.lead[:2] == (style_of(m), number - 1)

    def _next(self, m: re.Match[str]) -> bool:
        """Whether a numbered marker numbers the item after the open one ("9-" after 8)."""
        number = m.group("num") or m.group("paren")
        return number is not None and int(number) == self.counter + 1

    def _sub_list(self, line: str, raw: str) -> _Step | None:
        """ "a) Mục tiêu" opens a field's targets, "b) Nhiệm vụ" its tasks (no targets)."""
        kind = sub_list(line)
        if kind is None:
            return None
        if self.items:
            self._sub_heading()  # "1. Cải cách thể chế" just before: the field's heading
        self.tasks, self.after_label = kind == "tasks", True
        self.leftovers.append(squash(raw))
        return _Step()

    def _task_line(self, line: str, raw: str) -> _Step:
        """A task is skipped; "2. Cải cách thủ tục hành chính" heads the next field."""
        self.leftovers.append(squash(raw))
        m = marker(line)
        if m and style_of(m) in ("num", "paren") and bare_heading(line[m.end() :]):
            self.tasks, self.after_label = False, True
            self.group = group_of(line) or self.group
        return _Step()

    def _unmarked(self, line: str, raw: str) -> _Step:
        """A line without a marker: a heading, an unnumbered item or the open item's rest."""
        if self.columns is not None and CELL in line:  # a row of a table without an STT
            self.style, self.after_label = "row", False
            # or a numbered row after a "- Trong đó: …" row (which leaves the numbering)
            m = marker(line)
            if m is not None and style_of(m) in ("paren", "num"):
                self.counter, raw = int(m.group(style_of(m))), raw[m.end() :]
            else:
                self.counter += 1
            return _Step(begun=(self._begin(self.counter, raw.strip()),))
        if self.items and self._label_only():  # "b) Sản xuất nông nghiệp:" over its figure
            return self._join(raw)
        if line.rstrip().endswith(":") and self.items:
            if self.style not in ("num", "paren") or HEADING.search(line):
                return _Step(stop=True)
            return self._hold(raw)
        if self.items and self.style in ("num", "paren") and self.last == "." and self._holds(line):
            return self._hold(raw)
        if self.fields and self.after_label:  # "a) Về kinh tế" over "A; B; C."
            clauses = field_clauses(raw, strict=False)
            if clauses:
                return self._clauses(clauses)
        if self.style == "plain" or (self.after_label and line[:1].isupper()):
            return self._plain(raw, line)
        if self.items:
            # ";" promises more of the same item; "." closes it
            unfinished = self.last != "."
            # "Trong đó có bằng cấp …" on a line of its own: a further part of the item
            further = OF_WHICH.match(line)
            if not (unfinished or further or line.lstrip()[:1].islower()):
                return _Step(stop=True)
            return self._join(raw)
        self.leftovers.append(squash(raw))
        return _Step()

    def _label_only(self) -> bool:
        """Whether the open item is a label alone, one line ending in ":" without a figure
        ("a) Cơ cấu kinh tế:"), whose words come on the next line."""
        parts = self.parts[-1]
        return len(parts) == 1 and self.last == ":" and not has_figure(parts[0])

    def _holds(self, line: str) -> bool:
        """Whether a line between numbered items may be held: a lead-in ending in ":" or a
        sentence without a figure, neither naming targets ("chỉ tiêu")."""
        text = line.strip()
        if HEADING.search(text) or not text[:1].isupper():
            return False
        return text.endswith(":") or (text.endswith(".") and not has_figure(text))

    def _hold(self, raw: str) -> _Step:
        self.held += 1
        self.leftovers.append(squash(raw))
        return _Step()

    def _inline(self, inline: list[tuple[int | None, str, str | None]]) -> _Step:
        if self.items and self.style and self.style != "paren":
            return _Step(stop=True)
        self.style = "paren"
        begun = []
        for no, chunk, after in inline:
            self.counter = no if no is not None else self.counter + 1
            begun.append(self._begin(self.counter, chunk))
            if after:
                self.group = group_of(after)
        self.after_label = False
        return _Step(begun=tuple(begun))

    def _clauses(self, clauses: list[str]) -> _Step:
        """A field's clauses (:func:`field_clauses`), each an item."""
        self.style, self.after_label = "clause", False
        begun = []
        for clause in clauses:
            # "…; về xã hội: C; D": the next group's label opens a clause
            label = group_label(clause)
            if label and (group := group_of(label.group(1))) is not None:
                self.group, clause = group, clause[label.end() :]
            self.counter += 1
            begun.append(self._begin(self.counter, clause))
        # a clause of a sentence, as in prose: without the sentence's closing stop (which
        # still closes the item: :attr:`last`)
        self.parts[-1][-1] = self.parts[-1][-1].rstrip().removesuffix(".")
        return _Step(begun=tuple(begun))

    def _marked(self, m: re.Match[str], line: str, raw: str) -> _Step:
        """A line starting with a marker: a new item, or the end of the list."""
        this = style_of(m)
        number = int(m.group("paren") or m.group("num") or m.group("dotted") or 0)
        # (not "3-" under "2. … A- VỀ KINH TẾ:", whose own items are numbered alike)
        if self.lead is not None and self.lead[:2] == (this, number - 1) and this != self.style:
            # "2.5. …" after "2.4. Về …:" and its "a) … c)": the list goes on, numbered on
            self.group, self.lead, self.style = self.lead[2], None, this
            self.lead_words = ""
            self.offset += self.counter + 1 - number
            self.counter = number
            return _Step(begun=(self._begin(self.counter, raw[m.end() :]),))
        if (
            self.items
            and this == "bullet" != self.style
            and (self.parts_of or _PARTS_OF.search(self.parts[-1][-1]))
        ):
            self.parts_of = True  # the item's parts, each a further measure of it
            return self._join(raw)
        self.parts_of = False
        nested = self.items and this == "letter" and self.style in ("num", "dotted", "paren")
        if nested and self._lead_in():  # "7. Các chỉ tiêu y tế, dân số:" over "a) …", "b) …"
            self.lead, self.after_label = (self.style, self.counter, self.group), True
            self.counter -= 1
        if (
            self.items
            and not self.after_label
            and (this != self.style or (number and number < self.counter))
        ):
            return _Step(stop=True)
        # "7. … / 7. …": a number typed twice numbers the next item all the same
        number = self.counter + 1 if self.items and number == self.counter else number
        if not self.items and line.rstrip().endswith(":") and this == "num":
            self.leftovers.append(squash(raw))  # a numbered heading, not an item
            # "1/ Tốc độ tăng trưởng bình quân hàng năm:" over "- …" lines: "2/" goes on
            if number:
                self.lead, self.lead_words = (this, number, self.group), squash(raw[m.end() :])
            return _Step()
        self.style = this
        self.counter = number or self.counter + 1
        self.after_label = False
        if this != "bullet":
            return _Step(begun=(self._begin(self.counter, raw[m.end() :]),))
        # "• … từ 21% trở lên.(9) Giá trị xuất khẩu …": a lost line break, two items
        pieces = RUN_ON.split(raw[m.end() :])
        begun = [self._begin(self.counter, pieces[0])]
        for piece in pieces[1:]:
            self.counter += 1
            begun.append(self._begin(self.counter, piece))
        return _Step(begun=tuple(begun))

    def _lead_in(self) -> bool:
        """Drop the open item when it leads into lettered items: one line ending in ":"
        without a figure ("7. Các chỉ tiêu y tế, dân số:")."""
        parts = self.parts[-1]
        if len(parts) > 1 or self.last != ":" or has_figure(parts[0]):
            return False
        # after targets only: "2. Các chỉ tiêu chủ yếu:" after "1. Mục tiêu tổng quát: …"
        # heads the whole list, which ends with its lettered items
        if not any(has_figure(" ".join(p)) for p in self.parts[:-1]):
            return False
        self.items.pop()
        self.parts.pop()
        self.leftovers.append(squash(parts[0]))
        return True

    def _sub_heading(self) -> bool:
        """Drop the open item when it was a sub-heading: one line, no figure, unfinished."""
        parts = self.parts[-1]
        # a year is no figure: "b) Các chỉ tiêu chủ yếu đến năm 2030" heads what follows
        if len(parts) > 1 or has_figure(parts[0]) or self.last in (".", ";", ":"):
            return False
        self.items.pop()
        self.parts.pop()
        self.counter = self.items[-1].no - self.offset if self.items else 0  # the next go on
        self.leftovers.append(squash(parts[0]))
        self.group = group_of(parts[0]) or self.group
        self.after_label = True
        return True

    def _join(self, raw: str) -> _Step:
        self.parts[-1].append(raw)  # a stray line break
        self.last = last_char(raw) or self.last
        self.long = len(raw) >= LONG_LINE
        return _Step(joined=bool(_DIGIT.search(raw)))

    def _plain(self, raw: str, line: str) -> _Step:
        """Unnumbered sentences under a group heading: one item each; a line starting in
        lower case, or after a long unfinished one (a PDF's wrap), continues it."""
        start = line.lstrip()[:1]
        wrapped = self.long and self.last not in (".", ";", ":", "!", "?")
        if self.style == "plain" and self.items and (not start.isupper() or wrapped):
            return self._join(raw)
        if not start.isupper() or (self.items and self.style != "plain" and not self.after_label):
            return _Step(stop=True)
        self.style = "plain"
        self.counter += 1
        self.after_label = False
        return _Step(begun=(self._begin(self.counter, raw.strip()),))

    def result(self) -> TargetList:
        items = []
        for item, parts in zip(self.items, self.parts, strict=True):
            item.text = squash(" ".join(parts))
            # "1. Mục tiêu tổng quát" and its paragraph before "2. Các chỉ tiêu": aims, no
            # target (the guide, §1), unless they set a figure
            if aims_or_heading(item.text):
                self.leftovers.append(item.text)
            else:
                items.append(item)
        # "1. Mục tiêu tổng quát" then "- A", "- B" counted on from it: the targets from 1
        shift = items[0].no - 1 if items and len(items) < len(self.items) else 0
        for item in items:
            item.no -= shift
        return TargetList("", items, self.leftovers)


MAX_HELD = 2  # lines held between numbered items before the list is taken to have ended


def parse_items(lines: list[str], under_heading: bool = False, fields: bool = False) -> TargetList:
    """Items from the lines that follow a list heading, until the list ends.

    The list ends at a section heading, at a heading line ending in ":", at a marker of
    another style, at a number that goes backwards (except a restart after a group
    label), or at a new paragraph after a finished item. A line that continues an
    unfinished item (a stray line break) is joined to it. ``under_heading``: the lines
    follow a heading of their own line, whose unmarked sentences are items.
    """
    parser = _ListParser(under_heading, fields)
    used = len(lines)
    for k, raw in enumerate(lines):
        step = parser.feed(raw)
        if step.stop:
            used = k - step.back
            break
    found = parser.result()
    found.used = used
    return found

"""The shapes of the messages of review documents, the command line and units files.

The same kind of table as :mod:`chitieu.messages.shapes`, for the requests that cannot
give a document, the command line's own refusals, and units files and their lineage.
"""

from __future__ import annotations

from chitieu.messages.shapes import _

# A lineage record's problem by its code (chitieu.units.registry.Finding): the web pages
# show a finding by its code, the command line reads the core's English text (below).
LINEAGE_TEMPLATES: dict[str, str] = {
    "cycle": _("the lineage would make a cycle: %(loop)s"),
    "unknown": _("unit %(unit)s is not a known unit"),
    "predecessor_missing": _(
        "the predecessor %(unit)s was not in force on %(before)s, the day before the change"
    ),
    "successor_missing": _(
        "the successor %(unit)s is not in force on %(day)s, the day of the change"
    ),
    "predecessor_overlap": _(
        "the dates overlap: the predecessor %(unit)s is still in force on %(day)s, "
        "when it became %(other)s"
    ),
    "successor_overlap": _(
        "the dates overlap: the successor %(unit)s was already in force on %(before)s, "
        "before the change"
    ),
}
# A figure for a unit that did not exist at the end of its period.
UNIT_GONE = _("unit %(unit)s did not exist on %(day)s, the end of %(period)s (in force %(spans)s)")

COMMAND_SHAPES: list[tuple[str, str]] = [
    # review documents (chitieu.reports)
    (r"unknown language '(?P<v>[^']*)': use vi or en", _("unknown language “%(v)s”: use vi or en")),
    (
        r"unknown kind '(?P<v>[^']*)': use review, midterm or final",
        _("unknown kind “%(v)s”: use review, midterm or final"),
    ),
    (
        r"there are no figures for the plan (?P<plan>\S+)",
        _("there are no figures for the plan %(plan)s"),
    ),
    (
        r"no figure of the plan (?P<plan>\S+) up to (?P<p>\S+) was known on (?P<date>\S+)",
        _("no figure of the plan %(plan)s up to %(p)s was known on %(date)s"),
    ),
    (
        r"no figure of the plan (?P<plan>\S+) up to (?P<p>\S+) was known",
        _("no figure of the plan %(plan)s up to %(p)s was known"),
    ),
    (
        r"(?P<p>\S+) is not the term (?P<term>\S+) of the plan (?P<plan>\S+)",
        _("%(p)s is not the term %(term)s of the plan %(plan)s"),
    ),
    (
        r"the whole term (?P<p>\S+) is for --kind final",
        _("the whole term %(p)s is for a final review (--kind final)"),
    ),
    (
        r"(?P<p>\S+) is outside the term (?P<term>\S+) of the plan (?P<plan>\S+)",
        _("%(p)s is outside the term %(term)s of the plan %(plan)s"),
    ),
    (
        r"a final review is for the end of the term: use (?P<end>\d+) or (?P<term>\S+), "
        r"not (?P<p>\S+)",
        _("a final review is for the end of the term: use %(end)s or %(term)s, not %(p)s"),
    ),
    (r"unknown format '(?P<v>[^']*)'", _("unknown format “%(v)s”: use docx, xlsx or pdf")),
    # the command line (chitieu.cli)
    (
        r"give --format docx\|xlsx\|pdf or a name ending in one of them",
        _("give --format docx|xlsx|pdf or a name ending in one of them"),
    ),
    (r"cannot write the report: (?P<why>.+)", _("cannot write the report: %(why)s")),
    (r"cannot write the plan: (?P<why>.+)", _("cannot write the plan: %(why)s")),
    (
        r"'(?P<v>[^']*)' is not a date \(2023-10-15 or 15/10/2023\)",
        _("“%(v)s” is not a date (write 15/10/2023 or 2023-10-15)"),
    ),
    (r"no bundled plan of that name", _("no plan of that name is shipped with chitieu")),
    (r"no province with code '(?P<v>[^']*)'", _("no province with code “%(v)s”")),
    (r"unknown unit '(?P<v>[^']*)'", _("unknown unit “%(v)s”")),
    (
        r"unit '(?P<v>[^']*)' was not in force on (?P<date>\S+)",
        _("unit “%(v)s” was not in force on %(date)s"),
    ),
    # units files and their lineage (chitieu.units)
    (r"cannot read: (?P<why>.+)", _("cannot read the file: %(why)s")),
    (r"not valid YAML: (?P<why>.+)", _("invalid YAML: %(why)s")),
    (
        r"expected a mapping with 'units' and 'changes'",
        _("expected a mapping with “units” and “changes”"),
    ),
    (r"expected a mapping", _("expected a mapping (name: value)")),
    (r"unknown key '(?P<v>[^']*)'", _("unknown key “%(v)s”")),
    (r"unknown field '(?P<v>[^']*)'", _("unknown field “%(v)s”")),
    (r"'(?P<v>[^']*)' is required", _("“%(v)s” is required")),
    (
        r"record must be 'unit' or 'change', not '(?P<v>[^']*)'",
        _("a record is “unit” or “change”, not “%(v)s”"),
    ),
    (
        r"'(?P<v>[^']*)' is not one of (?P<allowed>[^:]+)",
        _("“%(v)s” is not one of %(allowed)s"),
    ),
    (r"unit (?P<v>\S+) ends before it starts", _("unit %(v)s ends before it starts")),
    (
        r"unit (?P<v>\S+) has two intervals that overlap \((?P<a>.+) and (?P<b>.+)\)",
        _("unit %(v)s has two periods of validity that overlap (%(a)s and %(b)s)"),
    ),
    (r"lineage makes a cycle: (?P<loop>.+)", LINEAGE_TEMPLATES["cycle"]),
    (r"(?:predecessor|successor) (?P<unit>\S+) is not a known unit", LINEAGE_TEMPLATES["unknown"]),
    (
        r"predecessor (?P<unit>\S+) was not in force on (?P<before>\S+), the day before the "
        r"change of (?P<day>\S+)",
        LINEAGE_TEMPLATES["predecessor_missing"],
    ),
    (
        r"successor (?P<unit>\S+) is not in force on (?P<day>\S+), the day of the change",
        LINEAGE_TEMPLATES["successor_missing"],
    ),
    (
        r"dates overlap: predecessor (?P<unit>\S+) is still in force on (?P<day>\S+), when it "
        r"became (?P<other>\S+)",
        LINEAGE_TEMPLATES["predecessor_overlap"],
    ),
    (
        r"dates overlap: successor (?P<unit>\S+) was already in force on (?P<before>\S+), "
        r"before the change of (?P<day>\S+)",
        LINEAGE_TEMPLATES["successor_overlap"],
    ),
    (
        r"unit (?P<unit>\S+) did not exist on (?P<day>\S+) \(end of (?P<period>\S+)\); it was "
        r"in force (?P<spans>.+)",
        UNIT_GONE,
    ),
]

"""The shapes of the core's messages, each with a template to translate.

The core (plan files, figures files, units files, the text reader, review documents)
writes its messages in English. Each known message shape is a pattern with the parts that
vary, and an English template that puts them back; the template is what the catalogue
(``chitieu/locale``) translates. The command line and the web pages both translate
through this one table (:mod:`chitieu.messages`).
"""

from __future__ import annotations

from chitieu.vnnumbers import NumberLimit


def gettext_noop(text: str) -> str:
    """Marks a template for the catalogue; it is translated where it is shown."""
    return text


_ = gettext_noop  # the name the catalogue's extraction looks for


# A number the storage would not keep exactly (chitieu.vnnumbers.check_storable), by limit.
LIMIT_TEMPLATES: dict[NumberLimit, str] = {
    NumberLimit.SIZE: _("“%(v)s” is too large: at most %(max)s digits before the decimal mark"),
    NumberLimit.DECIMALS: _("“%(v)s” has %(n)s decimals: at most %(max)s are kept; round it"),
    NumberLimit.DIGITS: _(
        "“%(v)s” has %(n)s significant digits: at most %(max)s are kept exactly; round it"
    ),
}


# (pattern, template): the template names the pattern's groups as %(name)s.
SHAPES: list[tuple[str, str]] = [
    # plan files: the rules a schema cannot say (chitieu.targets.planfile)
    (
        r"the term ends \((?P<end>\d+)\) before it starts \((?P<start>\d+)\)",
        _("the term ends (%(end)s) before it starts (%(start)s)"),
    ),
    (r"a tolerance cannot be negative", _("a tolerance cannot be negative")),
    (
        r"the baseline year (?P<base>\d+) must come before (?P<start>\d+)",
        _("the baseline year %(base)s must come before %(start)s"),
    ),
    (r"target number (?P<no>\d+) is repeated", _("target number %(no)s is repeated")),
    (
        r"metric id '(?P<id>[^']*)' is already used at (?P<at>\S+)",
        _("the identifier “%(id)s” is already used at %(at)s"),
    ),
    (
        r"(?P<year>\d+) is outside the term (?P<start>\d+)–(?P<end>\d+)",
        _("%(year)s is outside the term %(start)s–%(end)s"),
    ),
    (
        r"a metric of kind 'other' is judged by a person: drop (?P<f>\w+)",
        _("a measure of kind “other” is judged by a person: leave “%(f)s” empty"),
    ),
    (
        r"'(?P<v>[^']*)' is not a date \(YYYY-MM-DD\)",
        _("“%(v)s” is not a date (YYYY-MM-DD)"),
    ),
    (
        r"only metrics of kind 'other' take a manual assessment",
        _("only measures of kind “other” take a person's assessment"),
    ),
    (r"missing required field: '?(?P<f>[\w.]+)'?", _("missing required field: %(f)s")),
    (
        r"comparator '(?P<c>[^']+)' needs the bound in '(?P<f>\w+)'",
        _("comparator “%(c)s” needs the bound in “%(f)s”"),
    ),
    (
        r"comparator '(?P<c>[^']+)' takes no '(?P<f>\w+)'",
        _("comparator “%(c)s” takes no “%(f)s”: leave it empty"),
    ),
    (r"a range needs both 'low' and 'high'", _("a range needs both “low” and “high”")),
    (
        r"the range's high end (?P<high>\S+) is below its low end (?P<low>\S+)",
        _("the range's high end %(high)s is below its low end %(low)s"),
    ),
    (
        r"the valid range's max (?P<high>\S+) is below its min (?P<low>\S+)",
        _("the highest plausible value %(high)s is below the lowest, %(low)s"),
    ),
    (
        r"max_change must be more than 0",
        _("the largest plausible change in a year must be more than 0"),
    ),
    (
        r"'(?P<dir>[^']+)' contradicts comparator '(?P<c>[^']+)'",
        _("direction “%(dir)s” contradicts comparator “%(c)s”"),
    ),
    (
        r"kind '(?P<k>[^']+)' needs 'input': 'rate' or 'level'",
        _("kind “%(k)s” needs the input: yearly rates or levels"),
    ),
    (
        r"'input' is only for growth kinds, not '(?P<k>[^']+)'",
        _("the input is only for growth kinds, not “%(k)s”"),
    ),
    (
        r"the baseline year (?P<year>\d+) is inside the term",
        _("the baseline year %(year)s is inside the term"),
    ),
    (r"unknown field: (?P<names>.+)", _("unknown field: %(names)s")),
    (
        r"(?P<v>.+) is not a valid id \(lowercase letters, digits, '\.', '_', '-'\)",
        _("%(v)s is not a valid identifier (lowercase letters, digits, “.”, “_”, “-”)"),
    ),
    (
        r"(?P<v>.+) is not a symbol \(letters, digits and '\.', as TU or UBND\)",
        _("%(v)s is not a symbol (letters, digits and “.”, as TU or UBND)"),
    ),
    (r"(?P<v>.+) is not one of: (?P<allowed>.+)", _("%(v)s is not one of: %(allowed)s")),
    (r"(?P<v>.+) should be non-empty", _("must not be empty")),
    (
        r"(?P<v>.+) is too short",
        _("%(v)s is too short (a target needs at least one measure, a plan one target)"),
    ),
    (
        r"(?P<v>.+) is less than the minimum of (?P<min>.+)",
        _("%(v)s is less than the minimum of %(min)s"),
    ),
    (
        r"(?P<v>.+) is greater than the maximum of (?P<max>.+)",
        _("%(v)s is greater than the maximum of %(max)s"),
    ),
    (r"invalid JSON: (?P<why>.+)", _("invalid JSON: %(why)s")),
    (r"invalid YAML: (?P<why>.+)", _("invalid YAML: %(why)s")),
    # files of any kind
    (r"no such file", _("no such file")),
    (
        r"not UTF-8 text \((?P<why>.+)\)",
        _("not UTF-8 text (%(why)s): save the file as UTF-8 and try again"),
    ),
    # figures files (chitieu.figures.reading)
    (
        r"unsupported file type: use \.csv or \.parquet",
        _("unsupported file type: use .csv or .parquet"),
    ),
    (r"missing column '(?P<c>[^']+)'", _("missing column “%(c)s”")),
    (
        r"unknown column '(?P<c>[^']+)' \(allowed: (?P<allowed>.+)\)",
        _("unknown column “%(c)s” (allowed: %(allowed)s)"),
    ),
    (
        r"column '(?P<c>[^']+)' appears more than once",
        _("column “%(c)s” appears more than once"),
    ),
    (r"more values than columns", _("more values than columns")),
    (r"malformed CSV: (?P<why>.+)", _("malformed CSV: %(why)s")),
    (
        r"not a readable Parquet file: (?P<why>.+)",
        _("not a readable Parquet file: %(why)s"),
    ),
    (
        r"more than (?P<count>\d+) rows: split the file",
        _("more than %(count)s rows: split the file"),
    ),
    (
        r"unknown metric '(?P<m>[^']*)' \(not in plan (?P<plan>.+)\)",
        _("unknown measure “%(m)s” (not in plan %(plan)s)"),
    ),
    (
        r"'(?P<v>[^']*)' is not a stage \(plan, estimate, preliminary, official\)",
        _("“%(v)s” is not a stage (plan, estimate, preliminary, official)"),
    ),
    (
        r"'(?P<v>[^']*)' is not a date \(2021-09-25 or 25/9/2021\)",
        _("“%(v)s” is not a date (write 25/9/2021 or 2021-09-25)"),
    ),
    (
        r"reported on (?P<date>\S+) before the period (?P<p>\S+) began",
        _("reported on %(date)s, before the period %(p)s began"),
    ),
    (
        r"duplicate of (?:line|row) (?P<n>\d+): .*",
        _(
            "the same measure, period, unit, stage and date as at %(n)s "
            "(a revision needs a later date or another stage)"
        ),
    ),
    (
        r"(?P<p>\S+) is not the plan's term (?P<term>\S+)",
        _("%(p)s is not the plan's term %(term)s"),
    ),
    (
        r"(?P<p>\S+) is outside the term \(figures from (?P<base>\d+), the baseline year, "
        r"to (?P<end>\d+)\)",
        _("%(p)s is outside the term (figures from %(base)s, the baseline year, to %(end)s)"),
    ),
    (
        r"'(?P<v>[^']*)' is not a period \(.*\)",
        _("“%(v)s” is not a period (write 2021, 2021-H1, 2021-9M, 2021-Q3, 2021-07 or 2021/2025)"),
    ),
    (
        r"'(?P<v>[^']*)': month (?P<m>\d+) does not exist",
        _("“%(v)s”: month %(m)s does not exist"),
    ),
    (
        r"'(?P<v>[^']*)': a term must end after it starts",
        _("“%(v)s”: a term must end after it starts"),
    ),
    # numbers past what is stored exactly (the same words as limit_text)
    (
        r"'(?P<v>[^']*)' is too large: at most (?P<max>\d+) digits before the decimal mark",
        LIMIT_TEMPLATES[NumberLimit.SIZE],
    ),
    (
        r"'(?P<v>[^']*)' has (?P<n>\d+) decimals: at most (?P<max>\d+) are kept; round it",
        LIMIT_TEMPLATES[NumberLimit.DECIMALS],
    ),
    (
        r"'(?P<v>[^']*)' has (?P<n>\d+) significant digits: at most (?P<max>\d+) are kept "
        r"exactly; round it",
        LIMIT_TEMPLATES[NumberLimit.DIGITS],
    ),
    (
        r"control character (?P<c>U\+[0-9A-F]+) in the text: remove it",
        _("control character %(c)s in the text: remove it"),
    ),
    (r"empty value", _("empty value")),
    (
        r"'(?P<v>[^']*)' has a comma: .*",
        _(
            "“%(v)s” has a comma: in a plain file the decimal mark is “.”; "
            "add the line “# numbers: vi”"
        ),
    ),
    (
        r"'(?P<v>[^']*)' is ambiguous in Vietnamese format: .*",
        _("“%(v)s” is ambiguous: “.” groups thousands in threes and “,” is the decimal mark"),
    ),
    (
        r"'(?P<v>[^']*)' is not a Vietnamese-formatted number",
        _("“%(v)s” is not a number written the Vietnamese way (1.234,5)"),
    ),
    (r"'(?P<v>[^']*)' is not a (?:finite )?number", _("“%(v)s” is not a number")),
    (r"(?P<v>.+) is not a number", _("%(v)s is not a number")),
    # the text reader's refusals (chitieu.textread)
    (
        r"no target list found: .*",
        _(
            "no target list found: no line mentions “chỉ tiêu” followed by numbered items "
            "with figures"
        ),
    ),
    (
        r"the list found has (?P<n>\d+) items, more than the (?P<count>\d+) targets .*",
        _(
            "the list found has %(n)s items, more than the %(count)s targets a resolution "
            "has: give the resolution's text"
        ),
    ),
    (
        r"unsupported file type '(?P<t>[^']*)' \(use \.txt, \.docx, \.pdf or \.html\)",
        _("unsupported file type “%(t)s” (use .txt, .docx, .pdf or .html)"),
    ),
    (
        r"cannot decode the text: byte (?P<b>0x[0-9a-f]+) at offset (?P<at>\d+) is not UTF-8.*",
        _(
            "cannot read the text: byte %(b)s at offset %(at)s is not UTF-8; save the file as "
            "UTF-8 (Unicode) and try again"
        ),
    ),
    (
        r"cannot decode the text: bytes at offset (?P<at>\d+) are not UTF-16 .*",
        _(
            "cannot read the text: the bytes at offset %(at)s are not UTF-16; save the file as "
            "UTF-8 (Unicode) and try again"
        ),
    ),
    (
        r"cannot decode the text: a NUL character at offset (?P<at>\d+) .*",
        _(
            "cannot read the text: a NUL character at offset %(at)s (UTF-16 without a byte "
            "order mark?); save the file as UTF-8 (Unicode) and try again"
        ),
    ),
    (r"cannot read the file \((?P<why>.*)\)", _("cannot read the file (%(why)s)")),
    (
        r"the file is (?P<mb>[\d.]+) MB; the limit is (?P<limit>\d+) MB",
        _("the file is %(mb)s MB; the limit is %(limit)s MB"),
    ),
    (
        r"the text is longer than (?P<count>\d+) characters: give only the resolution",
        _("the text is longer than %(count)s characters: give only the resolution"),
    ),
    (
        r"not a readable Word \.docx file \((?P<reason>(?:part|the container|the parts) .*)\)",
        _("not a readable Word .docx file: %(reason)s"),
    ),
    (
        r"not a readable Word \.docx file \((?P<why>.*)\)",
        _("not a readable Word .docx file"),
    ),
    # zip containers (.docx, .xlsx: chitieu.ziplimits)
    (
        r"the container holds more than (?P<count>\d+) parts",
        _("the file holds more than %(count)s parts"),
    ),
    (
        r"part '(?P<part>[^']*)' unpacks to more than (?P<count>\d+) MB",
        _("its part “%(part)s” unpacks to more than %(count)s MB"),
    ),
    (
        r"the parts unpack to more than (?P<count>\d+) MB in all",
        _("its parts unpack to more than %(count)s MB in all"),
    ),
    (
        r"part '(?P<part>[^']*)' is compressed more than (?P<count>\d+) times over",
        _("its part “%(part)s” is compressed more than %(count)s times over (a zip bomb?)"),
    ),
    (
        r"part '(?P<part>[^']*)' is encrypted or compressed in a way chitieu does not read",
        _("its part “%(part)s” is encrypted or compressed in a way chitieu does not read"),
    ),
    (r"part '(?P<part>[^']*)' is damaged \(.*\)", _("its part “%(part)s” is damaged")),
    # plan files and units files, whatever their content
    (r"the data is nested too deeply", _("the data is nested too deeply")),
    (
        r"the data holds more than (?P<count>\d+) values \(YAML aliases\?\)",
        _("the data holds more than %(count)s values (repeated YAML aliases?)"),
    ),
    (r"not a readable PDF \((?P<why>.*)\)", _("not a readable PDF file")),
    (
        r"the PDF has no text layer.*",
        _(
            "the PDF has no text layer (a scanned image?): run OCR on it, or give the text "
            "as .txt or .docx"
        ),
    ),
    # what the reader asks a person to check
    (
        r"target (?P<no>\d+), '(?P<name>.*)': (?P<doubt>.+)",
        _("target %(no)s, “%(name)s”: %(doubt)s"),
    ),
    (
        r"target (?P<no>\d+): '(?P<name>.*)' is qualitative: a person sets its status",
        _("target %(no)s: “%(name)s” is qualitative: a person sets its status"),
    ),
    (
        r"qualitative: a person sets its status",
        _("qualitative: a person sets its status"),
    ),
    (
        r"other number in the clause: '(?P<v>.*)'",
        _("another number in the clause was not used: “%(v)s”"),
    ),
    (r"no unit written after the number", _("no unit written after the number")),
    (
        r"'\.' used as a decimal mark: check the number",
        _("“.” used as a decimal mark: check the number"),
    ),
    (
        r"approximate target \(khoảng, xấp xỉ\): check the bound",
        _("approximate target (khoảng, xấp xỉ): check the bound"),
    ),
    (
        r"'trên/hơn' read as strictly greater: some authors mean ≥",
        _("“trên/hơn” read as strictly greater: some authors mean ≥"),
    ),
    (
        r"(?P<n>\S+) criteria in one clause: split them by hand",
        _("%(n)s criteria in one clause: split them by hand"),
    ),
    (
        r"not placed in any target: '(?P<line>.*)'",
        _("not placed in any target: “%(line)s”"),
    ),
    (
        r"(?P<count>\d+) more lines not placed in any target",
        _("%(count)s more lines not placed in any target"),
    ),
    (
        r"target numbers repeat: renumber them",
        _("target numbers repeat: they were renumbered"),
    ),
    (
        r"title taken from the heading in capitals: check its case",
        _("title taken from the heading in capitals: check its case"),
    ),
    (r"no title found: type one", _("no title found: type one")),
    (
        r"administrative unit code unknown: fill in area\.code",
        _("administrative unit code unknown: fill in the area code"),
    ),
    (
        r"term inferred as five years to the end year: check it",
        _("term inferred as five years to the end year: check it"),
    ),
    (
        r"no term found: set baseline_year, start_year, end_year",
        _("no term found: set the baseline year, the first year and the last year"),
    ),
]

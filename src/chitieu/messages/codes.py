"""Every message of the core, by its code: the English template, with its values as
``%(name)s``.

The template is the catalogue's msgid (``chitieu/locale/<lang>/LC_MESSAGES/django.po``
gives the other languages); :mod:`chitieu.messages` renders a code and its values in the
user's language, the same way on the command line, the web pages and the API. A code is
``area.what``; docs/messages.md lists them all (``python -m chitieu.messages.table``).
This module imports nothing of chitieu: every other module may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def gettext_noop(text: str) -> str:
    """Marks a template for the catalogue; it is translated where it is shown."""
    return text


_ = gettext_noop  # the name the catalogue's extraction looks for

CODES: dict[str, str] = {
    # files of any kind
    "file.missing": _("no such file"),
    "file.unreadable": _("cannot read the file (%(why)s)"),
    "file.not_utf8": _("not UTF-8 text (%(why)s): save the file as UTF-8 and try again"),
    "file.too_large": _("the file is %(mb)s MB; the limit is %(limit)s MB"),
    "file.too_deep": _("the data is nested too deeply"),
    "file.too_many_values": _("the data holds more than %(count)s values (repeated YAML aliases?)"),
    "file.bad_json": _("invalid JSON: %(why)s"),
    "file.bad_yaml": _("invalid YAML: %(why)s"),
    "file.bad_csv": _("malformed CSV: %(why)s"),
    "file.text_control": _("control character %(c)s in the text: remove it"),
    # plan files: the schema's refusals (chitieu.targets.planfile)
    "plan.field_missing": _("missing required field: %(f)s"),
    "plan.field_unknown": _("unknown field: %(names)s"),
    "plan.bad_id": _("%(v)s is not a valid identifier (lowercase letters, digits, “.”, “_”, “-”)"),
    "plan.bad_symbol": _("%(v)s is not a symbol (letters, digits and “.”, as TU or UBND)"),
    "plan.not_one_of": _("%(v)s is not one of: %(allowed)s"),
    "plan.empty": _("must not be empty"),
    "plan.too_short": _(
        "%(v)s is too short (a target needs at least one measure, a plan one target)"
    ),
    "plan.below_minimum": _("%(v)s is less than the minimum of %(min)s"),
    "plan.above_maximum": _("%(v)s is greater than the maximum of %(max)s"),
    "plan.not_a_number": _("%(v)s is not a number"),
    "plan.wrong_type": _("%(v)s is not of the right type (%(type)s)"),
    "plan.schema": _("the value does not fit the plan format: %(why)s"),
    # plan files: the rules a schema cannot say
    "plan.term_order": _("the term ends (%(end)s) before it starts (%(start)s)"),
    "plan.tolerance_negative": _("a tolerance cannot be negative"),
    "plan.baseline_order": _("the baseline year %(base)s must come before %(start)s"),
    "plan.target_repeated": _("target number %(no)s is repeated"),
    "plan.id_repeated": _("the identifier “%(id)s” is already used at %(at)s"),
    "plan.year_outside_term": _("%(year)s is outside the term %(start)s–%(end)s"),
    "plan.other_has_field": _(
        "a measure of kind “other” is judged by a person: leave “%(f)s” empty"
    ),
    "plan.bad_date": _("“%(v)s” is not a date (YYYY-MM-DD)"),
    "plan.manual_not_other": _("only measures of kind “other” take a person's assessment"),
    "plan.bound_missing": _("comparator “%(c)s” needs the bound in “%(f)s”"),
    "plan.bound_extra": _("comparator “%(c)s” takes no “%(f)s”: leave it empty"),
    "plan.range_half": _("a range needs both “low” and “high”"),
    "plan.range_order": _("the range's high end %(high)s is below its low end %(low)s"),
    "plan.valid_range_order": _(
        "the highest plausible value %(high)s is below the lowest, %(low)s"
    ),
    "plan.max_change": _("the largest plausible change in a year must be more than 0"),
    "plan.direction_contradicts": _("direction “%(dir)s” contradicts comparator “%(c)s”"),
    "plan.input_needed": _("kind “%(k)s” needs the input: yearly rates or levels"),
    "plan.input_not_growth": _("the input is only for growth kinds, not “%(k)s”"),
    "plan.baseline_inside": _("the baseline year %(year)s is inside the term"),
    "plan.not_bundled": _("no plan of that name is shipped with chitieu"),
    "plan.file_type": _("unsupported file type: use .yaml, .yml or .json"),
    "plan.gone": _("the plan was removed before the work began"),
    "upload.gone": _("the file is no longer kept: send it again"),
    "plan.exists": _("a plan with the identifier “%(id)s” exists: tick “replace” to replace it"),
    "plan.measure_has_figures": _(
        "measure “%(key)s” has %(n)s stored figures and is not in this file: "
        "a plan that drops it cannot replace the stored one"
    ),
    # numbers (chitieu.vnnumbers)
    "number.empty": _("empty value"),
    "number.not_a_number": _("“%(v)s” is not a number"),
    "number.comma": _(
        "“%(v)s” has a comma: in a plain file the decimal mark is “.”; add the line “# numbers: vi”"
    ),
    "number.ambiguous": _(
        "“%(v)s” is ambiguous: “.” groups thousands in threes and “,” is the decimal mark"
    ),
    "number.not_vi": _("“%(v)s” is not a number written the Vietnamese way (1.234,5)"),
    "number.too_large": _("“%(v)s” is too large: at most %(max)s digits before the decimal mark"),
    "number.too_many_decimals": _("“%(v)s” has %(n)s decimals: at most %(max)s are kept; round it"),
    "number.too_many_digits": _(
        "“%(v)s” has %(n)s significant digits: at most %(max)s are kept exactly; round it"
    ),
    # periods (chitieu.figures.periods)
    "period.bad": _(
        "“%(v)s” is not a period (write 2021, 2021-H1, 2021-9M, 2021-Q3, 2021-07 or 2021/2025)"
    ),
    "period.no_month": _("“%(v)s”: month %(m)s does not exist"),
    "period.term_order": _("“%(v)s”: a term must end after it starts"),
    # figures files (chitieu.figures.reading, chitieu.evaluation.bulk)
    "figures.file_type": _("unsupported file type: use .csv or .parquet"),
    "figures.style_unknown": _("unknown number style “%(v)s” (write plain or vi)"),
    "figures.style_clash": _("the file says “# numbers: %(style)s”, the option says %(flag)s"),
    "figures.column_missing": _("missing column “%(c)s”"),
    "figures.column_unknown": _("unknown column “%(c)s” (allowed: %(allowed)s)"),
    "figures.column_twice": _("column “%(c)s” appears more than once"),
    "figures.row_too_long": _("more values than columns"),
    "figures.parquet": _("not a readable Parquet file: %(why)s"),
    "figures.too_many_rows": _("more than %(count)s rows: split the file"),
    "figures.measure_unknown": _("unknown measure “%(m)s” (not in plan %(plan)s)"),
    "figures.bad_stage": _("“%(v)s” is not a stage (plan, estimate, preliminary, official)"),
    "figures.bad_date": _("“%(v)s” is not a date (write 25/9/2021 or 2021-09-25)"),
    "figures.before_period": _("reported on %(date)s, before the period %(p)s began"),
    "figures.duplicate": _(
        "the same measure, period, unit, stage and date as at %(n)s "
        "(a revision needs a later date or another stage)"
    ),
    "figures.not_term": _("%(p)s is not the plan's term %(term)s"),
    "figures.outside_term": _(
        "%(p)s is outside the term (figures from %(base)s, the baseline year, to %(end)s)"
    ),
    "figures.year_missing": _("an annual figure needs a year"),
    "figures.year_outside": _(
        "year %(year)s is outside %(base)s–%(end)s (the baseline year to the end of the term)"
    ),
    # shares of a cascaded measure (chitieu.evaluation.shares)
    "shares.duplicate": _(
        "a second share of measure “%(m)s” for unit %(u)s (the first is at row %(n)s)"
    ),
    # resolution texts (chitieu.textread)
    "text.file_type": _("unsupported file type “%(t)s” (use .txt, .docx, .pdf or .html)"),
    "text.too_long": _("the text is longer than %(count)s characters: give only the resolution"),
    "text.not_utf8": _(
        "cannot read the text: byte %(b)s at offset %(at)s is not UTF-8; save the file as "
        "UTF-8 (Unicode) and try again"
    ),
    "text.not_utf16": _(
        "cannot read the text: the bytes at offset %(at)s are not UTF-16; save the file as "
        "UTF-8 (Unicode) and try again"
    ),
    "text.nul": _(
        "cannot read the text: a NUL character at offset %(at)s (UTF-16 without a byte "
        "order mark?); save the file as UTF-8 (Unicode) and try again"
    ),
    "text.docx": _("not a readable Word .docx file"),
    "text.docx_refused": _("not a readable Word .docx file: %(reason)s"),
    "text.pdf": _("not a readable PDF file"),
    "text.pdf_no_text": _(
        "the PDF has no text layer (a scanned image?): run OCR on it, or give the text "
        "as .txt or .docx"
    ),
    "text.no_list": _(
        "no targets found: looked for a list under a heading mentioning “chỉ tiêu” "
        "(numbered, lettered, bulleted or inline items, table rows, lines under group "
        "headings such as “Về kinh tế”) and for sentences setting a figure to reach "
        "(“phấn đấu …”, “đến năm 2025 đạt …”, “tăng bình quân … %%/năm”)"
    ),
    "text.too_many_items": _(
        "the list found has %(n)s items, more than the %(count)s targets a resolution "
        "has: give the resolution's text"
    ),
    # what the text reader asks a person to check (chitieu.textread): doubts, not refusals
    "doubt.at": _("target %(no)s, “%(name)s”: %(doubt)s"),
    "doubt.qualitative_at": _("target %(no)s: “%(name)s” is qualitative: a person sets its status"),
    "doubt.qualitative": _("qualitative: a person sets its status"),
    "doubt.other_number": _("another number in the clause was not used: “%(v)s”"),
    "doubt.no_unit": _("no unit written after the number"),
    "doubt.dot_decimal": _("“.” used as a decimal mark: check the number"),
    "doubt.approximate": _("approximate target (khoảng, xấp xỉ): check the bound"),
    "doubt.strictly_greater": _("“trên/hơn” read as strictly greater: some authors mean ≥"),
    "doubt.floor": _("“%(words)s X” read as ≥ X, as offices grade it: X is đạt, above it vượt"),
    "doubt.ceiling": _("“%(words)s X” read as ≤ X, as offices grade it: X is đạt, below it vượt"),
    "doubt.range_lower": _("a range after a lowering cue (còn, giảm xuống …): lower is better"),
    "doubt.reduction_period": _(
        "“giảm” without “/năm” or “bình quân”: read as a yearly reduction, not a level; "
        "check whether the text means the whole term"
    ),
    "doubt.of_which": _(
        "a “trong đó” part of the target: decide whether it counts toward the target"
    ),
    "doubt.no_more": _("“không còn …” read as at most 0, lower is better"),
    "doubt.against_base": _(
        "a rise or fall against %(year)s over several years: neither a level nor a yearly "
        "rate; read as qualitative"
    ),
    "doubt.over_quota": _(
        "“vượt chỉ tiêu giao …”: a margin over a quota set elsewhere, which a level cannot "
        "judge; read as qualitative"
    ),
    "doubt.rank": _("a place in a ranking, which a level cannot judge: read as qualitative"),
    "doubt.no_name": _("no indicator phrase found: name the measure"),
    "doubt.name_from_item": _(
        "the clause names nothing: named after its target's first measure, “%(name)s”; check it"
    ),
    "doubt.criteria": _("%(n)s criteria in one clause: split them by hand"),
    "doubt.leftover": _("not placed in any target: “%(line)s”"),
    "doubt.leftovers": _("%(count)s more lines not placed in any target"),
    "doubt.renumbered": _("target numbers repeat: they were renumbered"),
    "doubt.title_capitals": _("title taken from the heading in capitals: check its case"),
    "doubt.no_title": _("no title found: type one"),
    "doubt.title_headline": _("no resolution named: the page's headline is the title, check it"),
    "doubt.area_code": _("administrative unit code unknown: fill in the area code"),
    "doubt.term_inferred": _("term inferred as five years to the end year: check it"),
    "doubt.no_term": _("no term found: set the baseline year, the first year and the last year"),
    # zip containers (.docx, .xlsx: chitieu.ziplimits)
    "zip.not_zip": _("the file is not a zip container"),
    "zip.parts": _("the file holds more than %(count)s parts"),
    "zip.part_too_big": _("its part “%(part)s” unpacks to more than %(count)s MB"),
    "zip.parts_too_big": _("its parts unpack to more than %(count)s MB in all"),
    "zip.ratio": _(
        "its part “%(part)s” is compressed more than %(count)s times over (a zip bomb?)"
    ),
    "zip.unreadable": _(
        "its part “%(part)s” is encrypted or compressed in a way chitieu does not read"
    ),
    "zip.damaged": _("its part “%(part)s” is damaged"),
    # units files and their lineage (chitieu.units)
    "units.not_mapping_file": _("expected a mapping with “units” and “changes”"),
    "units.not_mapping": _("expected a mapping (name: value)"),
    "units.key_unknown": _("unknown key “%(v)s”"),
    "units.field_unknown": _("unknown field “%(v)s”"),
    "units.required": _("“%(v)s” is required"),
    "units.record_kind": _("a record is “unit” or “change”, not “%(v)s”"),
    "units.not_one_of": _("“%(v)s” is not one of %(allowed)s"),
    "units.ends_before_start": _("unit %(v)s ends before it starts"),
    "units.overlap": _("unit %(v)s has two periods of validity that overlap (%(a)s and %(b)s)"),
    "units.gone": _(
        "unit %(unit)s did not exist on %(day)s, the end of %(period)s (in force %(spans)s)"
    ),
    "units.unknown": _("unknown unit “%(v)s”"),
    "units.not_in_force": _("unit “%(v)s” was not in force on %(date)s"),
    "units.no_province": _("no province with code “%(v)s”"),
    "lineage.cycle": _("the lineage would make a cycle: %(loop)s"),
    "lineage.unknown": _("unit %(unit)s is not a known unit"),
    "lineage.predecessor_missing": _(
        "the predecessor %(unit)s was not in force on %(before)s, the day before the change"
    ),
    "lineage.successor_missing": _(
        "the successor %(unit)s is not in force on %(day)s, the day of the change"
    ),
    "lineage.predecessor_overlap": _(
        "the dates overlap: the predecessor %(unit)s is still in force on %(day)s, "
        "when it became %(other)s"
    ),
    "lineage.successor_overlap": _(
        "the dates overlap: the successor %(unit)s was already in force on %(before)s, "
        "before the change"
    ),
    # review documents (chitieu.reports)
    "report.lang": _("unknown language “%(v)s”: use vi or en"),
    "report.kind": _("unknown kind “%(v)s”: use review, midterm or final"),
    "report.format": _("unknown format “%(v)s”: use docx, xlsx or pdf"),
    "report.no_figures": _("there are no figures for the plan %(plan)s"),
    "report.none_known_on": _("no figure of the plan %(plan)s up to %(p)s was known on %(date)s"),
    "report.none_known": _("no figure of the plan %(plan)s up to %(p)s was known"),
    "report.not_term": _("%(p)s is not the term %(term)s of the plan %(plan)s"),
    "report.whole_term_final": _("the whole term %(p)s is for a final review (--kind final)"),
    "report.outside_term": _("%(p)s is outside the term %(term)s of the plan %(plan)s"),
    "report.final_end": _(
        "a final review is for the end of the term: use %(end)s or %(term)s, not %(p)s"
    ),
    # elections: the election file (chitieu.elections.reading)
    "election.not_mapping": _("expected the election's fields (title, congress, seats …)"),
    "election.not_record": _("expected a mapping of %(keys)s"),
    "election.field_missing": _("missing required field “%(f)s”"),
    "election.field_unknown": _("unknown field “%(f)s” (allowed: %(allowed)s)"),
    "election.not_text": _("expected text, not “%(v)s”"),
    "election.not_whole": _("“%(v)s” is not a whole number"),
    "election.negative": _("%(v)s cannot be negative"),
    "election.not_one_of": _("“%(v)s” is not one of: %(allowed)s"),
    "election.not_list": _("expected a list"),
    "election.empty": _("must not be empty"),
    "election.round": _("the round is a whole number from 1, not %(v)s"),
    "election.candidate_no": _("a candidate number is a whole number from 1, not “%(v)s”"),
    "election.candidate_repeated": _("candidate number %(no)s is on the list twice"),
    "election.seats_not_positive": _("the number of seats must be at least 1, not %(v)s"),
    "election.seats_over_candidates": _(
        "%(seats)s seats but %(n)s candidates: a list with surplus has at least as many "
        "candidates as seats"
    ),
    "election.no_surplus_over_seats": _(
        "%(n)s candidates for %(seats)s seats: a list without surplus has no more "
        "candidates than seats (use list: surplus)"
    ),
    "election.excluded_over_convened": _(
        "the exclusions (%(excluded)s in all) leave no base of the %(convened)s convened"
    ),
    "election.returned_over_issued": _(
        "%(returned)s ballots returned in %(file)s, more than the %(issued)s issued"
    ),
    "election.round_not_needed": _("every seat is filled: there is no further round"),
    "election.round_candidate": _(
        "candidate %(no)s is not on this round's list, or is already elected"
    ),
    # elections: the ballots file and the double entry
    "ballots.column_missing": _("missing column “%(c)s” (the columns: %(allowed)s)"),
    "ballots.column_unknown": _("unknown column “%(c)s” (the columns: %(allowed)s)"),
    "ballots.column_twice": _("column “%(c)s” appears more than once"),
    "ballots.row_too_long": _("more values than columns"),
    "ballots.too_many_rows": _("more than %(count)s ballots: split the file"),
    "ballots.number": _("“%(v)s” is not a ballot number (a whole number from 1)"),
    "ballots.repeated": _("ballot %(no)s was already entered at line %(line)s"),
    "ballots.candidate_unknown": _("“%(v)s” is not a candidate number on the list (%(nos)s)"),
    "ballots.candidate_twice": _("candidate %(no)s is written twice"),
    "ballots.differ": _(
        "ballot %(no)s, column “%(c)s”: the first entry has “%(first)s”, the second “%(second)s”"
    ),
    "ballots.only_in": _("ballot %(no)s is entered in %(file)s only"),
    # why a ballot is invalid (chitieu.elections.count)
    "ballot.declared_invalid": _("declared invalid by the counting committee: %(reason)s"),
    "ballot.kept_over_seats": _("%(kept)s names kept for %(seats)s seats"),
    "ballot.single_not_one_box": _("the only name is not marked in exactly one of the two boxes"),
    # drafts and the units' comments on them (chitieu.consultation)
    "consult.empty_draft": _("the draft has no text"),
    "consult.too_many_parts": _("the draft has more than %(count)s paragraphs: is it a draft?"),
    "consult.not_a_copy": _(
        "not a copy of the draft %(draft)s: fewer than half of its paragraphs are "
        "paragraphs of the draft"
    ),
    "consult.reply_type": _(
        "a reply is a copy of the draft with Word comments (.docx) or the comments table "
        "(.xlsx), not “%(t)s”"
    ),
    "consult.too_many_comments": _("the reply has more than %(count)s comments"),
    "consult.no_unit": _(
        "the reply does not say which unit sent it (the author of the Word file, or the "
        "row “Đơn vị” of the table): name the unit"
    ),
    "consult.in_comment": _("comment %(n)s (on “%(at)s”): %(why)s"),
    "consult.wording_missing": _("a proposed wording needs the proposed text"),
    "consult.value_missing": _("a proposed target value needs the value"),
    "consult.not_a_number": _("the proposed value is not a number: %(why)s"),
    "consult.no_part": _("the draft has no part “%(ref)s”"),
    "consult.kind": _("“%(v)s” is not a kind of comment (agree, wording, target_value, other)"),
    "consult.xlsx": _("not a readable Excel .xlsx file"),
    "consult.xlsx_refused": _("the Excel file is refused: %(reason)s"),
    "consult.xlsx_large": _(
        "the workbook is larger than a comments table (at most %(rows)s rows and "
        "%(columns)s columns)"
    ),
    "consult.xlsx_columns": _("no heading row with the columns “Phần/mục/đoạn” and “Ý kiến”"),
    "consult.unit_twice": _("a second reply from %(unit)s (the first is %(other)s)"),
    "consult.reason_missing": _("a response other than “tiếp thu” needs its reason"),
    "consult.units_columns": _("the units file needs the columns “unit” and “file”"),
    "consult.units_empty": _("a row without a unit"),
    "consult.format": _("give --format json|docx|xlsx, or -o with a name ending in .docx or .xlsx"),
    "consult.write": _("cannot write the summary: %(why)s"),
    # uploads on the web pages (chitieu.web.uploads)
    "upload.too_large": _("the file “%(name)s” is %(size)s MB; the limit is %(limit)s MB"),
    "upload.time": _(
        "reading the file took longer than %(n)s seconds and was stopped: is it really "
        "the file meant?"
    ),
    "upload.memory": _(
        "reading the file needed more than %(n)s MB of memory and was stopped: is it "
        "really the file meant?"
    ),
    "upload.failed": _(
        "the file could not be read (the reader failed; the administrators can see why)"
    ),
    # exchange with other systems: mappings, DHIS2, SDMX, spreadsheets (chitieu.exchange)
    "mapping.not_table": _("“%(f)s” must be a table (chitieu's code: the other system's code)"),
    "mapping.field_unknown": _("unknown field “%(f)s” (the fields: %(allowed)s)"),
    "mapping.role_unknown": _("unknown column role “%(v)s” (the roles: %(allowed)s)"),
    "mapping.same_code": _("“%(code)s” is given both to %(a)s and to %(b)s"),
    "mapping.not_text": _("“%(f)s” must be text"),
    "mapping.not_one_of": _("“%(v)s” is not one of: %(allowed)s"),
    "mapping.bad_row": _("“%(v)s” is not a row number (1 for the first row)"),
    "exchange.metric_unmapped": _("measure “%(m)s” has no code in the mapping's metrics"),
    "exchange.unit_unmapped": _("unit “%(u)s” has no code in the mapping's units"),
    "exchange.stage_unmapped": _("stage %(s)s has no code in the mapping's stages"),
    "exchange.code_unknown": _("“%(code)s” is not in the mapping"),
    "exchange.stage_missing": _("no stage: the file gives none and the mapping has no stage"),
    "exchange.as_of_missing": _("no report date: the file gives none and the mapping has no as_of"),
    "dhis2.period_lacking": _(
        "DHIS2 has no period for %(p)s (%(label)s): it has years (2021), six months "
        "(2021S1), quarters (2021Q3) and months (202107)"
    ),
    "dhis2.period_bad": _(
        "“%(v)s” is not a DHIS2 period chitieu reads (2021, 2021S1, 2021Q3, 202107)"
    ),
    "dhis2.field_missing": _("the data value has no %(f)s"),
    "dhis2.not_value_set": _(
        "not a DHIS2 data value set (an object whose dataValues is a list of objects)"
    ),
    "dhis2.csv_header": _("the first line must name DHIS2's columns: %(c)s"),
    "sdmx.unreadable": _("not SDMX-CSV that can be read: %(why)s"),
    "sdmx.period_bad": _(
        "“%(v)s” is not an SDMX period chitieu reads (2021, 2021-S1, 2021-Q3, 2021-07, "
        "2021-01-01/P9M, 2021-01-01/P5Y)"
    ),
    "sdmx.column_missing": _("no column %(c)s (the mapping's columns say which column holds what)"),
    "sheet.no_sheet": _("the file has no sheet “%(want)s” (its sheets: %(have)s)"),
    "sheet.header_not_found": _("no header row naming %(names)s in the first %(n)s rows"),
    "sheet.no_periods": _(
        "the header row has no period heading (Năm 2021, 6 tháng đầu năm 2022, 9 tháng "
        "2023, Ước TH 2024 …)"
    ),
    "sheet.period_bad": _(
        "“%(v)s” is not a period (Năm 2021, 6 tháng đầu năm 2022, 9 tháng 2023, Quý "
        "III/2023, Tháng 7/2023, 2021-H1 …)"
    ),
    "sheet.stage_bad": _(
        "“%(v)s” is not a stage (ước, sơ bộ, chính thức, kế hoạch; or estimate, "
        "preliminary, official, plan)"
    ),
    "sheet.metric_missing": _("the row has figures but names no measure"),
    "sheet.unit_missing": _("the row has figures but names no unit"),
    "sheet.file_type": _("a spreadsheet is read from .xlsx, .xlsm or .csv"),
    "sheet.unreadable": _("cannot be read as a spreadsheet: %(why)s"),
    "sheet.dtd": _("declares a DTD in “%(part)s”: a spreadsheet has none"),
    "sheet.extent": _(
        "has a cell this far: at most %(rows)s rows and %(columns)s columns are read"
    ),
    "sheet.cells": _("has more than %(n)s cells in this sheet"),
    "sheet.strings": _("declares more than %(n)s shared texts"),
    # the command line's own refusals (chitieu.cli)
    "cli.bad_date": _("“%(v)s” is not a date (write 15/10/2023 or 2023-10-15)"),
    "cli.format": _("give --format docx|xlsx|pdf or a name ending in one of them"),
    "cli.write_report": _("cannot write the report: %(why)s"),
    "cli.write_plan": _("cannot write the plan: %(why)s"),
    "cli.minutes_output": _("a .%(f)s document is written to a file: give -o FILE"),
    "cli.write_minutes": _("cannot write the minutes: %(why)s"),
    "cli.write_export": _("cannot write the export: %(why)s"),
}

_PLACEHOLDER = re.compile(r"%\((\w+)\)")


def placeholders(code: str) -> frozenset[str]:
    """The values the template of ``code`` names (what its params must hold)."""
    return frozenset(_PLACEHOLDER.findall(CODES[code]))


def check(code: str, names: Iterable[str]) -> None:
    """Refuse an unknown code, or values other than those its template names."""
    if code not in CODES:
        raise KeyError(f"unknown message code {code!r}")
    given = frozenset(names)
    if given != placeholders(code):
        raise KeyError(f"{code} takes {sorted(placeholders(code))}, not {sorted(given)}")

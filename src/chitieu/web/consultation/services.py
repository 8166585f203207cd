"""What the consultation pages do, each change audited in its transaction. The rules are
the core's: a draft is cut into parts by its reader, a typed comment read by its entry
rule, an uploaded reply by its readers (in the bounded child), a round consolidated by
its consolidation."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from chitieu.consultation import draft as core
from chitieu.consultation.entry import Fields, entered_comment
from chitieu.consultation.model import Comment as CoreComment
from chitieu.consultation.model import Reply
from chitieu.consultation.replies import read_reply
from chitieu.problems import InputError, Problem
from chitieu.vnformat import format_date
from chitieu.web.consultation import reminders
from chitieu.web.consultation.models import Comment, Draft, DraftVersion, Round
from chitieu.web.consultation.respondents import Respondent
from chitieu.web.people import audit
from chitieu.web.people.models import Agency
from chitieu.web.plans.importing import display_name, read_stored, stored
from chitieu.web.units.models import AdminUnit
from chitieu.web.uploads import size_problem


class Closed(Exception):
    """The round takes no more comments; the message says why, in the user's language."""


def closed_message(round: Round, today: date) -> str | None:
    """Why the round takes no comment today, or None while it is open."""
    if round.closed_at is not None:
        return _("The drafting team has closed this round: no more comments are taken.")
    if today > round.deadline:
        day = format_date(round.deadline)
        return _("The round ended on %(day)s: no more comments are taken.") % {"day": day}
    return None


def _check_open(round: Round, today: date) -> None:
    said = closed_message(round, today)
    if said is not None:
        raise Closed(said)


# ---------------------------------------------------------------- drafts


def _read_draft(upload: UploadedFile) -> core.Draft:
    """The uploaded draft, cut into parts in the bounded child; problems name the file."""
    name = display_name(upload)
    too_large = size_problem(upload, "resolution", name)
    if too_large:
        raise InputError([Problem.of(name, too_large)])
    with stored(upload) as path:
        read: core.Draft = read_stored(path, name, core.read_draft)
    return read


def add_version(user: Any, draft: Draft, upload: UploadedFile) -> DraftVersion:
    """A new version of ``draft`` from an uploaded file (all or nothing)."""
    read = _read_draft(upload)
    with transaction.atomic():
        Draft.objects.select_for_update().get(pk=draft.pk)
        number = (
            draft.versions.order_by("-number").values_list("number", flat=True).first() or 0
        ) + 1
        version = DraftVersion.objects.create(
            draft=draft,
            number=number,
            name=display_name(upload),
            created_by=_who(user),
            **DraftVersion.kept(read),
        )
        comment = f"{version.name}: {len(version.parts)}"
        audit.record(user, "draft_version_added", version, new=str(number), comment=comment)
    return version


def new_draft(user: Any, title: str, upload: UploadedFile) -> Draft:
    """A draft and its first version; nothing is kept when the file cannot be read."""
    read = _read_draft(upload)
    with transaction.atomic():
        draft = Draft.objects.create(title=title or read.title[:300], created_by=_who(user))
        audit.record(user, "draft_created", draft, new=draft.title)
        version = DraftVersion.objects.create(
            draft=draft,
            number=1,
            name=display_name(upload),
            created_by=_who(user),
            **DraftVersion.kept(read),
        )
        comment = f"{version.name}: {len(version.parts)}"
        audit.record(user, "draft_version_added", version, new="1", comment=comment)
    return draft


def _who(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


# ---------------------------------------------------------------- rounds


def asked(kinds: Iterable[str], chosen: Iterable[Agency], today: date) -> list[Agency]:
    """The units asked: every agency in force today of the kinds chosen, and those
    chosen one by one."""
    by_kind = [a for a in Agency.objects.filter(kind__in=list(kinds)) if a.is_valid_on(today)]
    return list({a.pk: a for a in [*by_kind, *chosen]}.values())


def open_round(
    user: Any,
    version: DraftVersion,
    fields: dict[str, Any],
    agencies: list[Agency],
    units: list[AdminUnit],
) -> Round:
    """A round on ``version`` (``fields``: its title, deadline and issuing body); the
    agencies asked are told (a notification, an e-mail). The units of the registry asked
    have nobody to tell: the drafting team brings their replies in."""
    with transaction.atomic():
        made = Round.objects.create(version=version, created_by=_who(user), **fields)
        made.agencies.set(agencies)
        made.units.set(units)
        codes = [a.code for a in agencies] + [u.code for u in units]
        comment = format_date(made.deadline)  # the trail shows it as written
        audit.record(user, "round_opened", made, new=" ".join(sorted(codes)), comment=comment)
        reminders.tell(made, agencies, actor=user, reminder=False)
    return made


def close_round(user: Any, round: Round) -> None:
    from django.utils import timezone

    with transaction.atomic():
        Round.objects.filter(pk=round.pk).update(closed_at=timezone.now())
        audit.record(user, "round_closed", round)


# ---------------------------------------------------------------- comments


def add_comment(
    user: Any, round: Round, who: Respondent, fields: Fields, today: date, on_behalf: bool = False
) -> Comment:
    """A comment typed into the form, read by the core's entry rule (EntryError names
    the field); refused (:class:`Closed`) once the round is over. ``on_behalf``: typed by
    the drafting team from the unit's letter."""
    _check_open(round, today)
    made = entered_comment("form", who.name, fields, round.version.to_core())
    with transaction.atomic():
        saved = Comment.objects.create(
            round=round,
            author=_who(user),
            general=made.part is None,
            on_behalf=on_behalf,
            **who.owner(),
            **_values(made),
        )
        action = "comment_entered_for" if on_behalf else "comment_added"
        audit.record(user, action, saved, new=_shown(saved), comment=who.code)
    return saved


def _values(c: CoreComment) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "part": c.part or "",
        "anchor": c.anchor,
        "text": c.text,
        "proposed_text": c.proposed_text or "",
        "proposed_value": c.proposed_value,
        "target": c.target,
    }


def _shown(c: Comment) -> str:
    proposed = c.proposed_text or (str(c.proposed_value) if c.proposed_value is not None else "")
    return " | ".join(x for x in (c.kind, c.part, c.text, proposed) if x)


def import_reply(
    user: Any, round: Round, who: Respondent, upload: UploadedFile, today: date, on_behalf: bool
) -> tuple[int, int]:
    """A unit's reply file, read whole in the bounded child (InputError names the file
    and the place: nothing is kept); it replaces what the same file brought before. The
    number of comments kept and of those left for placing by hand. ``on_behalf``: the
    drafting team uploads the file the unit sent it."""
    _check_open(round, today)
    name = display_name(upload)
    kind = "workbook" if name.lower().endswith(".xlsx") else "resolution"
    too_large = size_problem(upload, kind, name)
    if too_large:
        raise InputError([Problem.of(name, too_large)])
    draft = round.version.to_core()
    with stored(upload) as path:
        reply: Reply = read_stored(path, name, read_reply, draft, who.name, name)
    general = {id(c) for c in reply.general}
    rows = [
        Comment(
            round=round,
            author=_who(user),
            source=name,
            general=id(c) in general,
            on_behalf=on_behalf,
            **who.owner(),
            **_values(c),
        )
        for c in reply.every_comment()
    ]
    with transaction.atomic():
        Round.objects.select_for_update().get(pk=round.pk)
        Comment.objects.filter(round=round, source=name, **who.owner()).delete()
        Comment.objects.bulk_create(rows)
        said = f"{name}: {len(rows)}, {len(reply.unplaced)}"
        action = "reply_uploaded_for" if on_behalf else "reply_uploaded"
        audit.record(user, action, round, field=who.code, comment=said)
    return len(rows), len(reply.unplaced)


def remind(user: Any, round: Round, agencies: list[Agency]) -> int:
    """Remind the units (those that have not replied); how many people were told."""
    with transaction.atomic():
        told = reminders.tell(round, agencies, actor=user, reminder=True)
        codes = " ".join(sorted(a.code for a in agencies))
        audit.record(user, "round_reminded", round, new=codes, comment=str(told))
    return told

"""The election form: what the congress decided, written as the minutes write it, checked
by the core (:meth:`chitieu.elections.Election.problems`), each problem at its field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from chitieu.web.elections.models import CommitteeRole, Counter, Election, Member
from chitieu.web.figures.checks import clean_text
from chitieu.web.problems import said

# the core's field → the form's
FORM_FIELD = {"list": "list_kind"}
NUMBERED = re.compile(r"^\s*(\d+)\s*[.)]\s*(.*)$")
COUNTED = re.compile(r"^\s*(\d+)\s+(.*)$")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text).splitlines() if line.strip()]


def candidates_text(rows: list[dict[str, Any]]) -> str:
    return "\n".join(f"{c['no']}. {c['name']}" for c in rows)


def excluded_text(rows: list[dict[str, Any]]) -> str:
    return "\n".join(f"{x['count']} {x['reason']}" for x in rows)


# a committee role as typed: Vietnamese (ủy or uỷ) or English
ROLE_WORDS = {
    "trưởng ban": CommitteeRole.HEAD,
    "head": CommitteeRole.HEAD,
    "phó trưởng ban": CommitteeRole.DEPUTY,
    "phó ban": CommitteeRole.DEPUTY,
    "deputy": CommitteeRole.DEPUTY,
    "deputy head": CommitteeRole.DEPUTY,
    "ủy viên": CommitteeRole.MEMBER,
    "uỷ viên": CommitteeRole.MEMBER,
    "thành viên": CommitteeRole.MEMBER,
    "member": CommitteeRole.MEMBER,
    "": CommitteeRole.MEMBER,
}
ROLE_TYPED = {
    CommitteeRole.HEAD: "trưởng ban",
    CommitteeRole.DEPUTY: "phó trưởng ban",
    CommitteeRole.MEMBER: "ủy viên",
}


def committee_text(members: Iterable[Member]) -> str:
    """The committee as the form's lines: “Name | role | account”."""
    lines = []
    for m in members:
        account = f" | {m.user.username}" if m.user is not None else ""
        lines.append(f"{m.name} | {ROLE_TYPED[CommitteeRole(m.role)]}{account}")
    return "\n".join(lines)


class ElectionForm(forms.ModelForm):  # type: ignore[type-arg]
    candidates_list = forms.CharField(
        label=_("Candidates, in ballot order"),
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("One name a line; “3. Name” keeps the number 3."),
    )
    excluded_list = forms.CharField(
        label=_("Excluded from the base, by reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_(
            "One reason a line, the number first: “1 absent throughout with an accepted reason”."
        ),
    )
    committee_list = forms.CharField(
        label=_("The counting committee, in the order they sign"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=_(
            "One member a line: “Name | role | account”. The role: trưởng ban (one), phó "
            "trưởng ban or ủy viên (empty: ủy viên). The account (user name) only for members "
            "who work in chitieu: they see the ballots until the result is published."
        ),
    )
    counter_1 = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("username"),
        label=Counter.FIRST.label,
        required=False,
        help_text=_("Any member of the committee with an account, as the head assigns."),
    )
    counter_2 = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("username"),
        label=Counter.SECOND.label,
        required=False,
        help_text=_("Another member, who enters the same ballots independently."),
    )
    held_on = forms.DateField(
        label=_("date of the count"), required=False, input_formats=["%d/%m/%Y", "%Y-%m-%d"]
    )

    class Meta:
        model = Election
        fields = [
            "title",
            "congress",
            "elects",
            "seats",
            "list_kind",
            "convened",
            "present",
            "issued",
            "organisation",
            "place",
            "held_on",
            "agency",
        ]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        election = self.instance
        if election.pk:
            self.fields["candidates_list"].initial = candidates_text(election.candidates)
            self.fields["excluded_list"].initial = excluded_text(election.excluded)
            members = election.members.select_related("user")
            self.fields["committee_list"].initial = committee_text(members)
            for member in members:
                if member.counter is not None:
                    self.fields[f"counter_{member.counter}"].initial = member.user_id
            if election.held_on:
                self.initial["held_on"] = election.held_on.strftime("%d/%m/%Y")
        self.fields["agency"].help_text = _(
            "Who sees the result once published: people of this agency; empty: everyone signed in."
        )

    def clean_candidates_list(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for i, line in enumerate(_lines(self.cleaned_data["candidates_list"]), start=1):
            numbered = NUMBERED.match(line)
            no, name = (int(numbered[1]), numbered[2].strip()) if numbered else (i, line)
            if no < 1 or not name or any(r["no"] == no for r in rows):
                raise forms.ValidationError(
                    _("Line %(line)s: a name, and a number from 1 used once.") % {"line": i}
                )
            rows.append({"no": no, "name": name})
        return rows

    def clean_excluded_list(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        for i, line in enumerate(_lines(self.cleaned_data["excluded_list"]), start=1):
            counted = COUNTED.match(line)
            if counted is None or not counted[2].strip():
                raise forms.ValidationError(
                    _("Line %(line)s: the number first, then the reason.") % {"line": i}
                )
            rows.append({"reason": counted[2].strip(), "count": int(counted[1])})
        return rows

    def clean_committee_list(self) -> list[dict[str, Any]]:
        """The committee's lines: a name, a role the form knows, an account that exists,
        one head at most (Art. 8.1 names the head), each account once."""
        rows: list[dict[str, Any]] = []
        for i, line in enumerate(_lines(self.cleaned_data["committee_list"]), start=1):
            parts = [part.strip() for part in line.split("|")]
            name, role, account = [*parts, "", ""][:3]
            where = {"line": i}
            if not name or len(parts) > 3 or role.lower() not in ROLE_WORDS:
                raise forms.ValidationError(
                    _(
                        "Line %(line)s: a name, then a role (trưởng ban, phó trưởng ban, ủy viên)"
                        " and an account, separated by “|”."
                    )
                    % where
                )
            user = User.objects.filter(username=account, is_active=True).first()
            if account and user is None:
                raise forms.ValidationError(
                    _("Line %(line)s: no active account “%(account)s”.")
                    % {**where, "account": account}
                )
            if user is not None and any(r["user"] == user for r in rows):
                raise forms.ValidationError(
                    _("Line %(line)s: the account is on an earlier line already.") % where
                )
            rows.append({"name": name, "role": ROLE_WORDS[role.lower()], "user": user})
        if sum(r["role"] == CommitteeRole.HEAD for r in rows) > 1:
            raise forms.ValidationError(_("The committee has one head (trưởng ban)."))
        return rows

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        one, two = data.get("counter_1"), data.get("counter_2")
        if one is not None and one == two:
            self.add_error("counter_2", _("The two counters are two different people."))
        accounts = [r["user"] for r in data.get("committee_list") or []]
        for key in ("counter_1", "counter_2"):
            if data.get(key) is not None and data[key] not in accounts:
                self.add_error(
                    key, _("Only a member of the committee enters ballots: add their account.")
                )
        if self.errors:
            return data
        self._keep_what_ballots_use(data)
        if self.errors:
            return data
        for key in ("title", "elects", "organisation", "place"):
            data[key] = clean_text(data.get(key) or "")
            setattr(self.instance, key, data[key])
        self.instance.candidates = data["candidates_list"]
        self.instance.excluded = data["excluded_list"]
        self.instance.kept_committee = [
            {"name": r["name"], "role": r["role"].value} for r in data["committee_list"]
        ]
        for key in ("congress", "seats", "list_kind", "convened", "present", "issued", "held_on"):
            setattr(self.instance, key, data.get(key))
        for where, message in self.instance.to_core().problems():
            target = FORM_FIELD.get(where, where)
            target = {"candidates": "candidates_list", "excluded": "excluded_list"}.get(
                target, target
            )
            self.add_error(target if target in self.fields else None, said(message))
        return data

    def _keep_what_ballots_use(self, data: dict[str, Any]) -> None:
        """Once ballots are entered, the list and its candidates are what they were read
        against: changing them would change what the entries mean."""
        election = self.instance
        if not election.pk or not election.ballots.exists():
            return
        stored = Election.objects.get(pk=election.pk)
        said = _("Ballots are entered against it: the counters remove them first.")
        if data.get("list_kind") != stored.list_kind:
            self.add_error("list_kind", said)
        if data.get("candidates_list") != stored.candidates:
            self.add_error("candidates_list", said)


class BallotForm(forms.Form):
    """One ballot from the keyboard: its number, then the candidate numbers (space between)."""

    ballot = forms.CharField(label=_("Ballot number"), max_length=12)
    crossed = forms.CharField(label=_("Numbers crossed out"), required=False, max_length=500)
    agree = forms.CharField(label=_("Numbers marked “agree”"), required=False, max_length=500)
    disagree = forms.CharField(label=_("Numbers marked “disagree”"), required=False, max_length=500)
    invalid_reason = forms.CharField(
        label=_("Declared invalid by the committee, because"), required=False, max_length=300
    )

    def __init__(self, *args: Any, surplus: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("agree", "disagree") if surplus else ("crossed",):
            del self.fields[name]
        self.fields["ballot"].widget.attrs.update(
            {"autofocus": "autofocus", "inputmode": "numeric", "autocomplete": "off"}
        )
        for name in ("crossed", "agree", "disagree"):
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"inputmode": "numeric", "autocomplete": "off"}
                )

    def row(self) -> dict[str, str]:
        return {k: clean_text(v or "") for k, v in self.cleaned_data.items()}


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tally file (BALLOTS.csv)"))


class CorrectionForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for the correction"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )

"""The election form: what the congress decided, written as the minutes write it, checked
by the core (:meth:`chitieu.elections.Election.problems`), each problem at its field."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.contrib.auth.models import User
from django.utils.translation import gettext_lazy as _

from chitieu.web.elections.models import Counter, Election
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


def signers_text(rows: list[dict[str, Any]]) -> str:
    return "\n".join(f"{m['name']} | {m['role']}" if m["role"] else m["name"] for m in rows)


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
    signers_list = forms.CharField(
        label=_("The counting committee, as they sign"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("One person a line: “Name | role”."),
    )
    counter_1 = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("username"),
        label=Counter.FIRST.label,
        required=False,
    )
    counter_2 = forms.ModelChoiceField(
        queryset=User.objects.filter(is_active=True).order_by("username"),
        label=Counter.SECOND.label,
        required=False,
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
            self.fields["signers_list"].initial = signers_text(election.signers)
            for member in election.members.all():
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

    def clean_signers_list(self) -> list[dict[str, str]]:
        rows = []
        for line in _lines(self.cleaned_data["signers_list"]):
            name, _bar, role = line.partition("|")
            rows.append({"name": name.strip(), "role": role.strip()})
        return rows

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        one, two = data.get("counter_1"), data.get("counter_2")
        if one is not None and one == two:
            self.add_error("counter_2", _("The two counters are two different people."))
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
        self.instance.signers = data["signers_list"]
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

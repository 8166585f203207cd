"""The consultation forms: a draft and its versions, a round, a comment, a reply file,
the team's response and a part's new wording. Typed text goes through the clean-text
helper; numbers and comment kinds are read by the core."""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from chitieu.consultation.consolidate import Decision
from chitieu.consultation.entry import Fields
from chitieu.vnformat import format_date
from chitieu.web.consultation.models import DecisionChoice, DraftVersion, KindChoice
from chitieu.web.consultation.respondents import unknown_codes
from chitieu.web.figures.checks import TEXT_MAX_LENGTH, clean_text
from chitieu.web.people.models import Agency, AgencyKind
from chitieu.web.units.models import UnitLevel

DATE_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
FILE_TYPES = ".docx,.pdf,.txt,.html,.htm"


class DraftForm(forms.Form):
    title = forms.CharField(
        label=_("title"),
        max_length=300,
        required=False,
        help_text=_("Empty: the draft's first line."),
    )
    file = forms.FileField(
        label=_("draft file (.docx, .pdf with text, .txt, .html)"),
        widget=forms.ClearableFileInput(attrs={"accept": FILE_TYPES}),
    )

    def clean_title(self) -> str:
        return clean_text(self.cleaned_data.get("title") or "").strip()


class VersionForm(forms.Form):
    file = forms.FileField(
        label=_("next version (.docx, .pdf with text, .txt, .html)"),
        widget=forms.ClearableFileInput(attrs={"accept": FILE_TYPES}),
    )


class RoundForm(forms.Form):
    title = forms.CharField(label=_("title"), max_length=300)
    version = forms.ModelChoiceField(queryset=DraftVersion.objects.none(), label=_("draft version"))
    deadline = forms.DateField(label=_("deadline"), input_formats=DATE_FORMATS)
    kinds = forms.MultipleChoiceField(
        label=_("units asked, by kind"),
        choices=AgencyKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    agencies = forms.ModelMultipleChoiceField(
        label=_("units asked, one by one"),
        queryset=Agency.objects.order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    levels = forms.MultipleChoiceField(
        label=_("units of the registry asked, by level"),
        choices=UnitLevel.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Every unit of the level in force today, whether or not it has an account."),
    )
    unit_codes = forms.CharField(
        label=_("units of the registry asked, by code"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("The units' codes in the registry, separated by spaces or commas."),
    )
    issuer = forms.CharField(
        label=_("issuing body of the summary report"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("A line each, the last in bold. Empty: TIỂU BAN VĂN KIỆN."),
    )

    def __init__(self, *args: Any, draft: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["version"]
        field.queryset = draft.versions.order_by("-number")
        field.label_from_instance = lambda v: f"{v.number} – {v.name}"
        last = draft.versions.order_by("-number").first()
        if last is not None:
            self.initial.setdefault("version", last.pk)
        today = timezone.localdate()
        chosen: Any = self.fields["agencies"]
        chosen.queryset = Agency.objects.order_by("name")
        chosen.label_from_instance = lambda a: a.name
        self.in_force = [a.pk for a in chosen.queryset if a.is_valid_on(today)]
        chosen.queryset = chosen.queryset.filter(pk__in=self.in_force)

    def clean_title(self) -> str:
        return clean_text(self.cleaned_data["title"]).strip()

    def clean_issuer(self) -> str:
        return clean_text(self.cleaned_data.get("issuer") or "").strip()

    def clean_unit_codes(self) -> list[str]:
        """The codes typed, each naming a unit of the registry in force today."""
        text = clean_text(self.cleaned_data.get("unit_codes") or "")
        codes = [c for c in re.split(r"[\s,;]+", text) if c]
        today = timezone.localdate()
        unknown = unknown_codes(codes, today)
        if unknown:
            raise forms.ValidationError(
                _("No unit of the registry has the code %(codes)s on %(day)s.")
                % {"codes": ", ".join(unknown), "day": format_date(today)}
            )
        return codes

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        deadline = data.get("deadline")
        if deadline is not None and deadline < timezone.localdate():
            self.add_error("deadline", _("The deadline is already past."))
        chosen = ("kinds", "agencies", "levels", "unit_codes")
        if not any(data.get(name) for name in chosen) and "unit_codes" not in self.errors:
            raise forms.ValidationError(_("Choose the units asked: by kind or one by one."))
        return data


class CommentForm(forms.Form):
    part = forms.ChoiceField(label=_("part"), required=False)
    kind = forms.ChoiceField(label=_("kind of comment"), choices=KindChoice.choices)
    text = forms.CharField(
        label=_("comment"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    proposed_text = forms.CharField(
        label=_("proposed wording"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )
    proposed_value = forms.CharField(
        label=_("proposed target value"),
        max_length=40,
        required=False,
        help_text=_("Written the Vietnamese way: 7,5 or 1.234,5."),
    )

    def __init__(self, *args: Any, parts: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["part"]
        field.choices = [("", _("General comment on the whole draft")), *parts]

    def fields_for_core(self) -> Fields:
        data = self.cleaned_data
        return Fields(
            ref=data.get("part") or "",
            text=clean_text(data.get("text") or ""),
            kind=data["kind"],
            proposed_text=clean_text(data.get("proposed_text") or ""),
            proposed_value=clean_text(data.get("proposed_value") or ""),
        )


class ReplyForm(forms.Form):
    file = forms.FileField(
        label=_("reply file (.docx with comments, or the .xlsx comments table)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.xlsx"}),
    )


class ResponseForm(forms.Form):
    comment = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(label=_("response"), choices=DecisionChoice.choices)
    reason = forms.CharField(
        label=_("reason"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def decision_value(self) -> Decision:
        return Decision(self.cleaned_data["decision"])


class WordingForm(forms.Form):
    part = forms.CharField(widget=forms.HiddenInput, max_length=200)
    text = forms.CharField(
        label=_("new wording"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )


class PlaceForm(forms.Form):
    comment = forms.IntegerField(widget=forms.HiddenInput)
    part = forms.ChoiceField(label=_("part"))

    def __init__(self, *args: Any, parts: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field: Any = self.fields["part"]
        field.choices = parts

"""Forms of the plan pages: importing files, reading a resolution, editing a plan.

Numbers are typed the Vietnamese way ("7,5", "4.400.000") and shown the same way. The
forms check types and required fields; the plan's own rules (bounds that fit the
comparator, years inside the term …) are the core's, applied when the plan is built.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from chitieu.vnnumbers import (
    NumberFormatError,
    NumberLimitError,
    NumberStyle,
    check_storable,
    format_vi,
    parse_number,
)
from chitieu.web.plans.labels import (
    BODY_LABELS,
    COMPARATOR_LABELS,
    DIRECTION_LABELS,
    GROUP_LABELS,
    INPUT_LABELS,
    KIND_LABELS,
    NO_CHOICE,
)
from chitieu.web.problems import said

PLAN_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class VNNumberField(forms.Field):
    """A number typed the Vietnamese way: "." groups thousands, "," is the decimal mark."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "class": "num", "size": 10})

    def __init__(
        self, *, max_digits: int | None = None, decimal_places: int | None = None, **kwargs: Any
    ) -> None:
        # max_digits/decimal_places come from a model's DecimalField (the admin): every
        # number is held to the core's limits instead, which the column is sized by.
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        if isinstance(value, Decimal):
            return value
        text = str(value if value is not None else "").strip()
        if not text:
            return None
        try:
            return check_storable(parse_number(text, NumberStyle.VI), text)
        except NumberLimitError as exc:
            raise ValidationError(said(exc), code="limit") from None
        except NumberFormatError:
            if re.fullmatch(r"[+-]?\d+\.\d{1,2}|[+-]?\d+\.\d{4,}", text):
                message = _(
                    "“%(value)s” is ambiguous: in Vietnamese “.” groups thousands and “,” is "
                    "the decimal mark (write 7,5)"
                )
            else:
                message = _("“%(value)s” is not a number (write it as 1.234,5)")
            raise ValidationError(message, code="invalid", params={"value": text}) from None

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, Decimal):
            # the database keeps ten places: 7,5 is shown as 7,5, not 7,5000000000
            return format_vi(Decimal(format(value.normalize(), "f")))
        return value

    def has_changed(self, initial: Any, data: Any) -> bool:
        try:
            return self.to_python(data) != self.to_python(initial)
        except ValidationError:
            return True


def _choices(labels: dict[Any, Any], blank: tuple[str, Any] | None = None) -> list[Any]:
    out: list[Any] = [blank] if blank else []
    return out + [(k.value, v) for k, v in labels.items()]


def year_field(label: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=1900,
        max_value=2200,
        widget=forms.NumberInput(attrs={"class": "year"}),
    )


class PlanHeaderForm(forms.Form):
    """The plan itself: title, area, term, and whether anyone may see its dashboard."""

    title = forms.CharField(
        label=_("title"), max_length=500, widget=forms.TextInput(attrs={"size": 80})
    )
    area_code = forms.CharField(label=_("area code"), max_length=20)
    area_name = forms.CharField(label=_("area name"), max_length=200)
    baseline_year = year_field(_("baseline year"))
    start_year = year_field(_("first year"))
    end_year = year_field(_("last year"))
    source = forms.CharField(
        label=_("source"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    is_public = forms.BooleanField(
        label=_("public read-only view"),
        required=False,
        help_text=_("Anyone, without logging in, may see the dashboard."),
    )
    # The body the plan belongs to: the review documents carry its header.
    body_kind = forms.ChoiceField(
        label=_("documents in the format of"),
        required=False,
        choices=_choices(BODY_LABELS, NO_CHOICE),
    )
    # examples rather than help texts: the form shows no help texts
    body_parent = forms.CharField(
        label=_("body above it"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"placeholder": "Đảng bộ tỉnh Lạng Sơn"}),
    )
    body_name = forms.CharField(
        label=_("issuing body"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"placeholder": "Tỉnh ủy"}),
    )
    body_code = forms.CharField(
        label=_("its symbol in document numbers"),
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"placeholder": "TU", "size": 8}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        named = any(str(data.get(f) or "").strip() for f in ("body_parent", "body_name"))
        if named and not data.get("body_kind"):
            self.add_error("body_kind", _("choose a Party committee or a State body"))
        if data.get("body_kind") and not str(data.get("body_name") or "").strip():
            self.add_error("body_name", forms.Field.default_error_messages["required"])
        return data


class NewPlanHeaderForm(PlanHeaderForm):
    """The header of a plan read from a resolution: it needs an identifier of its own."""

    slug = forms.CharField(
        label=_("identifier"),
        max_length=100,
        validators=[
            RegexValidator(
                PLAN_ID,
                _(
                    "use lowercase letters, digits, “.”, “_” and “-”, "
                    "starting with a letter or digit"
                ),
            )
        ],
        help_text=_("Short and stable, used in addresses and files: langson-xvii."),
    )
    replace = forms.BooleanField(
        label=_("replace the plan with this identifier if it exists"), required=False
    )

    field_order = ["slug", "replace"]


class TargetForm(forms.Form):
    """One numbered target. ``ref`` ties it to its measures and to what it was before."""

    ref = forms.CharField(widget=forms.HiddenInput)
    CONTENT = ("text", "lead_agency")
    no = forms.IntegerField(
        label=_("number"), min_value=1, widget=forms.NumberInput(attrs={"class": "no"})
    )
    text = forms.CharField(label=_("text"), widget=forms.Textarea(attrs={"rows": 2, "cols": 90}))
    group = forms.ChoiceField(
        label=pgettext_lazy("plan field", "group"),
        required=False,
        choices=_choices(GROUP_LABELS, NO_CHOICE),
    )
    lead_agency = forms.CharField(label=_("lead agency"), required=False, max_length=200)

    def has_changed(self) -> bool:
        # a row added with the button and left empty is ignored, not an error
        return any(name in self.changed_data for name in self.CONTENT)


class MeasureForm(forms.Form):
    """One measure; ``orig_key`` is its identifier before the edit ("" for a new one)."""

    target_ref = forms.CharField(widget=forms.HiddenInput)
    orig_key = forms.CharField(widget=forms.HiddenInput, required=False)
    CONTENT = (
        *("key", "name", "unit", "low", "high", "baseline_year", "baseline_value", "note"),
        *("valid_min", "valid_max", "max_change"),
    )
    key = forms.CharField(
        label=_("identifier"),
        required=False,
        max_length=100,
        help_text=_("Leave empty to make one from the name."),
    )
    name = forms.CharField(
        label=pgettext_lazy("plan field", "name"),
        max_length=500,
        widget=forms.TextInput(attrs={"size": 60}),
    )
    unit = forms.CharField(
        label=pgettext_lazy("plan field", "unit"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"size": 12}),
    )
    kind = forms.ChoiceField(
        label=pgettext_lazy("plan field", "kind"), choices=_choices(KIND_LABELS)
    )
    comparator = forms.ChoiceField(
        label=_("comparator"), required=False, choices=_choices(COMPARATOR_LABELS, NO_CHOICE)
    )
    low = VNNumberField(label=_("low"), required=False)
    high = VNNumberField(label=_("high"), required=False)
    end_year = year_field(_("end year"))
    direction = forms.ChoiceField(
        label=_("direction"),
        required=False,
        choices=_choices(DIRECTION_LABELS, ("", _("from the comparator"))),
    )
    input = forms.ChoiceField(
        label=_("figures are"), required=False, choices=_choices(INPUT_LABELS, NO_CHOICE)
    )
    decimals = forms.IntegerField(
        label=_("decimals"),
        min_value=0,
        max_value=6,
        initial=2,
        widget=forms.NumberInput(attrs={"class": "no"}),
    )
    baseline_year = forms.IntegerField(
        label=_("baseline year"),
        required=False,
        min_value=1900,
        max_value=2200,
        widget=forms.NumberInput(attrs={"class": "year"}),
    )
    baseline_value = VNNumberField(label=_("baseline value"), required=False)
    # Plausibility at entry: a value outside, or a larger change, is a warning to confirm.
    valid_min = VNNumberField(label=_("lowest plausible value"), required=False)
    valid_max = VNNumberField(label=_("highest plausible value"), required=False)
    max_change = VNNumberField(label=_("largest plausible change in a year"), required=False)
    note = forms.CharField(
        label=_("note"), required=False, widget=forms.Textarea(attrs={"rows": 1})
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.initial.get("orig_key"):
            # figures and files refer to a measure by its identifier: it stays as it is
            self.fields["key"].widget.attrs["readonly"] = True
            self.fields["key"].help_text = ""

    def has_changed(self) -> bool:
        # the add button fills in the target, year and kind: only what a person typed counts
        return any(name in self.changed_data for name in self.CONTENT)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        year, value = data.get("baseline_year"), data.get("baseline_value")
        if (year is None) != (value is None) and not self.has_error("baseline_value"):
            missing = "baseline_value" if value is None else "baseline_year"
            self.add_error(missing, _("give both the baseline year and its value"))
        return data


TargetFormSet = forms.formset_factory(TargetForm, extra=0, can_delete=True)
MeasureFormSet = forms.formset_factory(MeasureForm, extra=0, can_delete=True)


class ImportForm(forms.Form):
    """A plan file, and optionally its figures: imported together or not at all."""

    plan_file = forms.FileField(
        label=_("plan file (YAML or JSON)"),
        widget=forms.ClearableFileInput(attrs={"id": "plan-file", "accept": ".yaml,.yml,.json"}),
    )
    figures_file = forms.FileField(
        label=_("figures file (CSV or Parquet), optional"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"id": "figures-file", "accept": ".csv,.parquet"}),
    )
    replace = forms.BooleanField(
        label=_(
            "replace the plan with the same identifier (figures of unchanged measures are kept)"
        ),
        required=False,
    )


class ReadForm(forms.Form):
    """A resolution to read: text, Word, PDF with a text layer, or a saved web page."""

    file = forms.FileField(
        label=_("resolution (.txt, .docx, .pdf, .html)"),
        widget=forms.ClearableFileInput(
            attrs={"id": "resolution-file", "accept": ".txt,.md,.docx,.pdf,.html,.htm"}
        ),
    )

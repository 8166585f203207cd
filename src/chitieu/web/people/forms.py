"""Forms of the people pages: API tokens, agencies and what each agency reports."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from chitieu.web.people.models import (
    DEFAULT_TOKEN_DAYS,
    TOKEN_LIFETIMES,
    Agency,
    ApiToken,
    Assignment,
)
from chitieu.web.plans.models import Measure
from chitieu.web.units.models import AdminUnit


class TokenForm(forms.ModelForm):  # type: ignore[type-arg]
    """A new token: what it is for, what it may do, and for how long."""

    days = forms.TypedChoiceField(label=_("Valid for"), coerce=int, initial=DEFAULT_TOKEN_DAYS)

    class Meta:
        model = ApiToken
        fields = ["name", "scope"]
        labels = {"name": _("What the token is for"), "scope": _("It may")}
        help_texts = {
            "name": _("e.g. “monthly import from the statistics office”"),
            "scope": _("Read only: reads plans, statuses and figures; every write is refused."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # In the request's language, so built here rather than when the module loads.
        cast(forms.ChoiceField, self.fields["days"]).choices = [
            (d, gettext("%(days)d days") % {"days": d}) for d in TOKEN_LIFETIMES
        ]


class AgencyForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Agency
        fields = ["code", "name", "kind", "area_code"]


class AgencyEditForm(forms.ModelForm):  # type: ignore[type-arg]
    """The code is the agency's key in the API and in uploads, so it stays as it is."""

    class Meta:
        model = Agency
        fields = ["name", "kind", "area_code"]


class MeasureChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.plan.slug} · ({obj.target.no}) {obj.name} [{obj.key}]"


class AssignmentForm(forms.Form):
    """A measure the agency reports, for a unit (blank: the plan's own area)."""

    measure = MeasureChoice(
        queryset=Measure.objects.select_related("plan", "target").order_by(
            "plan__slug", "target__no", "position"
        ),
        label=_("measure"),
    )
    unit_code = forms.CharField(
        label=_("unit code"),
        max_length=20,
        required=False,
        help_text=_("Blank: the plan's area (the province itself)."),
    )

    def __init__(self, agency: Agency, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        measure = data.get("measure")
        if measure is None:
            return data
        unit = (data.get("unit_code") or "").strip() or measure.plan.area_code
        if unit != measure.plan.area_code and not AdminUnit.objects.filter(code=unit).exists():
            self.add_error(
                "unit_code", _("No administrative unit has the code %(c)s.") % {"c": unit}
            )
        elif Assignment.objects.filter(
            measure=measure, agency=self.agency, unit_code=unit
        ).exists():
            self.add_error(None, _("The agency already reports this measure for this unit."))
        data["unit_code"] = unit
        return data


class AuditFilterForm(forms.Form):
    """Narrowing the audit trail (all fields optional, read from the query string)."""

    plan = forms.SlugField(label=_("plan"), required=False)
    user = forms.CharField(label=_("user"), required=False)
    action = forms.CharField(label=_("action"), required=False)
    object_type = forms.CharField(label=_("object"), required=False)
    since = forms.DateField(label=_("from"), required=False)
    until = forms.DateField(label=_("to"), required=False)

"""Forms of the people pages: API tokens, agencies and what each agency reports, accounts."""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib.auth.models import User
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from chitieu.web.commons import DayField
from chitieu.web.people.models import (
    DEFAULT_TOKEN_DAYS,
    TOKEN_LIFETIMES,
    Agency,
    AgencyChangeKind,
    ApiToken,
    Assignment,
    Profile,
    Role,
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


DATES_HELP = {
    "valid_from": _("First day in force, e.g. 1/3/2025 (empty: since before any record)."),
    "valid_to": _("Last day in force (empty: still in force)."),
    "act": _("The decision that set it up or changed it."),
}


class AgencyForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Agency
        fields = ["code", "name", "kind", "area_code", "valid_from", "valid_to", "act"]
        help_texts = DATES_HELP


class AgencyEditForm(forms.ModelForm):  # type: ignore[type-arg]
    """The code is the agency's key in the API and in uploads, so it stays as it is."""

    class Meta:
        model = Agency
        fields = ["name", "kind", "area_code", "valid_from", "valid_to", "act"]
        help_texts = {
            "name": _(
                "Correct the spelling here. A rename decided by an act is recorded as a "
                "change, to a new agency, so that the figures reported before keep the old name."
            ),
            **DATES_HELP,
        }


class AgencyChangeForm(forms.Form):
    """What the agency became on a date: merged into, split into (a part), renamed as."""

    kind = forms.ChoiceField(
        label=pgettext_lazy("lineage", "Change"), choices=AgencyChangeKind.choices
    )
    successor = forms.ModelChoiceField(
        queryset=Agency.objects.order_by("name"),
        label=pgettext_lazy("lineage", "Into"),
        help_text=_(
            "A new agency (after a rename, a new department) is first added on the Agencies page."
        ),
    )
    effective = DayField(
        label=pgettext_lazy("lineage", "From"),
        help_text=_("The first day of the new arrangement, e.g. 1/3/2025."),
    )
    act = forms.CharField(label=_("Deciding act"), max_length=200, required=False)

    def __init__(self, agency: Agency, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agency = agency
        field = cast(forms.ModelChoiceField, self.fields["successor"])  # type: ignore[type-arg]
        field.queryset = Agency.objects.exclude(pk=agency.pk).order_by("name")


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
    since = DayField(label=_("from"), required=False)
    until = DayField(label=_("to"), required=False)


# ---------------------------------------------------------------- accounts


class AccountForm(forms.ModelForm):  # type: ignore[type-arg]
    """One's own preferences: the language of one's notifications, and e-mail on or off."""

    class Meta:
        model = Profile
        fields = ["language", "email_notifications"]
        labels = {
            "language": _("Language"),
            "email_notifications": _("Send me notifications by e-mail"),
        }
        help_texts = {
            "language": _("Of the site, and of the e-mails and notifications you receive."),
            "email_notifications": _(
                "Reports to decide, decisions on your reports, reminders. They stay in your "
                "list of notifications either way."
            ),
        }


class PersonForm(forms.Form):
    """A person's account as the planning office sets it: who, their role, their agency.

    ``manager`` is who fills the form in: only an administrator makes administrators."""

    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("For notifications, and to reset a forgotten password."),
    )
    role = forms.ChoiceField(label=_("Role"))
    agency = forms.ModelChoiceField(
        queryset=Agency.objects.order_by("name"),
        label=_("Agency"),
        required=False,
        help_text=_("A reporter's agency; an approver's, or none to decide for every agency."),
    )

    def __init__(self, manager_is_admin: bool, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        roles = [(r.value, r.label) for r in Role if manager_is_admin or r is not Role.ADMIN]
        cast(forms.ChoiceField, self.fields["role"]).choices = roles

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("role") == Role.REPORTER and data.get("agency") is None:
            self.add_error("agency", _("A reporter reports for an agency: choose it."))
        if "full_name" in data:
            data["full_name"] = " ".join(data["full_name"].split())
        return data


class NewPersonForm(PersonForm):
    """A new account: its user name too (it cannot change afterwards)."""

    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("Letters, digits and @ . + - _ only; used to log in."),
    )
    field_order = ["username", "full_name", "email", "role", "agency"]

    def clean_username(self) -> str:
        username = str(self.cleaned_data["username"]).strip()
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(
                _("The user name “%(name)s” is taken.") % {"name": username}
            )
        return username

"""Who may do what. Views, the API and the services all ask these questions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.models import User as AuthUser
from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast

from chitieu.units.agencies import Agencies
from chitieu.web.figures.models import FigureRecord, Submission, SubmissionStatus
from chitieu.web.people.lineage import timeline
from chitieu.web.people.models import Agency, AgencyChange, AuditEvent, Role
from chitieu.web.plans.models import Plan, Task

if TYPE_CHECKING:
    from chitieu.web.consultation.models import Round
    from chitieu.web.elections.models import Election
    from chitieu.web.jobs.models import Job

User = Any  # a django.contrib.auth user or AnonymousUser

# The records of an election's count (web/elections/models.py), by model name.
ELECTION_TRAIL = ("election", "member", "ballotentry", "minutesversion")
# The records of rounds of comments on drafts (web/consultation/models.py).
CONSULTATION_TRAIL = ("draft", "draftversion", "round", "comment", "wording")


def role_of(user: User) -> Role | None:
    """The user's role; superusers are administrators; anonymous users have none."""
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Role.ADMIN
    profile = getattr(user, "profile", None)
    return Role(profile.role) if profile is not None else Role.VIEWER


def agency_of(user: User) -> Agency | None:
    profile = getattr(user, "profile", None) if role_of(user) else None
    return profile.agency if profile is not None else None


def can_view_plan(user: User, plan: Plan) -> bool:
    return plan.is_public or role_of(user) is not None


def can_manage_plans(user: User) -> bool:
    """Set up plans, agencies and assignments: the planning office and administrators."""
    return role_of(user) in (Role.ADMIN, Role.PLANNING)


def can_manage_people(user: User) -> bool:
    """Create, change and deactivate accounts: the planning office and administrators."""
    return can_manage_plans(user)


def can_manage_person(user: User, person: AuthUser) -> bool:
    """Change this person's account: administrators anyone's; the planning office anyone's
    but an administrator's, and nobody their own (no one removes their own rights)."""
    if not can_manage_people(user) or person.pk == user.pk:
        return False
    return role_of(user) is Role.ADMIN or role_of(person) is not Role.ADMIN


# An agency's business left over when it is merged, split or renamed (its reports of the
# periods before, their corrections and approval) is done by the agencies that carry it
# on, whose people include its own: docs/web.md, "Agencies over time".


def works_for(own: Agency | None, agency: Agency, agencies: Agencies | None = None) -> bool:
    """Whether people of ``own`` act for ``agency``: it is theirs, or their agency carries
    it on (a merger, split or rename led from ``agency`` to ``own``)."""
    if own is None:
        return False
    if own == agency:
        return True
    if agencies is None:
        if not AgencyChange.objects.filter(predecessor=agency).exists():
            return False  # nothing carries it on: no need to read the lineage
        agencies = timeline()
    return agencies.continues(own.code, agency.code)


def heirs_of(agency: Agency) -> list[Agency]:
    """``agency`` and every agency that carries it on (whose people act for it)."""
    later = timeline().lineage(agency.code).successors
    codes = {agency.code} | {c.successor for c in later}
    return list(Agency.objects.filter(code__in=codes))


def can_report_for(user: User, agency: Agency, agencies: Agencies | None = None) -> bool:
    """Enter figures for an agency: its own reporters (and those of the agencies that
    carry it on), or the planning office for anyone."""
    role = role_of(user)
    if role in (Role.ADMIN, Role.PLANNING):
        return True
    return role is Role.REPORTER and works_for(agency_of(user), agency, agencies)


def can_approve_for(user: User, agency: Agency, agencies: Agencies | None = None) -> bool:
    """Approve or return an agency's report: approvers (of that agency or of one that
    carries it on, or of all)."""
    role = role_of(user)
    if role is Role.ADMIN:
        return True
    if role is not Role.APPROVER:
        return False
    own = agency_of(user)
    return own is None or works_for(own, agency, agencies)


def approvers_of(agency: Agency) -> QuerySet[AuthUser]:
    """The active approvers who decide for ``agency`` (theirs, or every agency's), as
    :func:`can_approve_for` has it; administrators decide too but are not counted on."""
    return AuthUser.objects.filter(
        Q(profile__agency__isnull=True) | Q(profile__agency__in=heirs_of(agency)),
        profile__role=Role.APPROVER,
        is_superuser=False,
        is_active=True,
    )


def reporters_of(agency: Agency) -> QuerySet[AuthUser]:
    """The active reporters of ``agency`` (and of the agencies that carry it on), those
    :func:`can_report_for` names first."""
    return AuthUser.objects.filter(
        profile__role=Role.REPORTER,
        profile__agency__in=heirs_of(agency),
        is_superuser=False,
        is_active=True,
    )


def reportable_agencies(user: User) -> list[Agency]:
    """The agencies whose entry pages the user may open: a reporter's own, and those it
    carries on."""
    if role_of(user) in (Role.ADMIN, Role.PLANNING):
        return list(Agency.objects.all())
    own = agency_of(user)
    if own is None or role_of(user) is not Role.REPORTER:
        return []
    return list(Agency.objects.filter(code__in=timeline().passed_from(own.code)))


def can_approve_any(user: User) -> bool:
    """Decide reports at all (the approvals page): approvers and administrators."""
    return role_of(user) in (Role.ADMIN, Role.APPROVER)


def can_read_audit(user: User) -> bool:
    """Read the audit trail: the planning office, administrators and approvers."""
    return role_of(user) in (Role.ADMIN, Role.PLANNING, Role.APPROVER)


def can_note_task(user: User, task: Task) -> bool:
    """Add a progress note: the planning office, or reporters of the lead or a co-agency
    (or of an agency that carries one on)."""
    if can_manage_plans(user):
        return True
    own = agency_of(user)
    if role_of(user) is not Role.REPORTER or own is None:
        return False
    agencies = [*([task.lead] if task.lead is not None else []), *task.co_agencies.all()]
    return any(works_for(own, a) for a in agencies)


def can_edit_task(user: User) -> bool:
    """Change a task's lead, co-agencies, deadline, status or targets: the planning office."""
    return can_manage_plans(user)


# ---------------------------------------------------------------- which figures one sees
#
# One rule for pages, the API, exports and documents: approved vintages are seen by
# anyone who may view the plan; an agency's work in progress (drafts, submitted values,
# its reports and their trail) only by those who work on it.

APPROVED = Q(approved_at__isnull=False)


def can_see_work_of(user: User, agency: Agency | None, agencies: Agencies | None = None) -> bool:
    """An agency's unapproved figures, its reports and their trail: the agency's own
    reporters, the approvers who decide for it, the planning office and administrators.
    Unapproved figures of no agency (none are made today) only for the planning office."""
    if agency is None:
        return can_manage_plans(user)
    return can_report_for(user, agency, agencies) or can_approve_for(user, agency, agencies)


def _agencies_seen(user: User) -> list[int] | None:
    """The agencies whose work ``user`` sees, asked of :func:`can_see_work_of` once per
    agency (the lineage read once); None when that is every agency (and the work of none)."""
    agencies = list(Agency.objects.all())
    lineage = timeline() if AgencyChange.objects.exists() else Agencies([])
    seen = [a.pk for a in agencies if can_see_work_of(user, a, lineage)]
    return None if len(seen) == len(agencies) and can_see_work_of(user, None) else seen


def figure_filter(user: User) -> Q:
    """The FigureRecord rows ``user`` may see on a plan they may view. An empty Q (all
    rows) for those who see all work: filter with it, never OR it with another Q."""
    seen = _agencies_seen(user)
    if seen is None:
        return Q()
    return APPROVED | Q(submission__agency__in=seen)


def visible_figures(user: User, plan: Plan) -> QuerySet[FigureRecord]:
    """Every vintage of the plan's figures that ``user`` may see (none if not the plan)."""
    if not can_view_plan(user, plan):
        return FigureRecord.objects.none()
    return FigureRecord.objects.filter(plan=plan).filter(figure_filter(user))


def figures_for_all(plan: Plan) -> QuerySet[FigureRecord]:
    """The vintages anyone who may view the plan sees: the approved ones. They are all
    that evaluations count and that exports, review documents and dashboards show, so
    those can be cached per plan and served to every viewer alike."""
    return approved_figures().filter(plan=plan)


def approved_figures() -> QuerySet[FigureRecord]:
    """The approved vintages, for a query that names the plan's measures itself (a measure
    belongs to one plan): narrowed by the plan too, SQLite reads every approved figure of
    the plan through its (plan, approved_at) index instead of the measures' own."""
    return FigureRecord.objects.filter(APPROVED)


def _keys(rows: QuerySet[Any]) -> QuerySet[Any, dict[str, Any]]:
    """Primary keys as text, to match AuditEvent.object_id in a subquery."""
    keys: QuerySet[Any, dict[str, Any]] = rows.annotate(key=Cast("pk", CharField())).values("key")
    return keys


def visible_events(user: User) -> QuerySet[AuditEvent]:
    """The audit events ``user`` may read, among all (the audit page decides who reads it
    at all): the trail of unapproved figures (removed draft values included) and of
    reports not yet approved is left out unless the user sees that agency's work. Once
    approved, how a figure came to be is part of its history. The trail of elections (each
    ballot as entered) is for the administrators who assign counting committees; that of
    rounds of comments on drafts (each unit's comments) for the drafting team."""
    events = AuditEvent.objects.all()
    if not can_manage_elections(user):
        events = events.exclude(object_type__in=ELECTION_TRAIL)
    if not can_manage_consultations(user):
        events = events.exclude(object_type__in=CONSULTATION_TRAIL)
    seen = _agencies_seen(user)
    if seen is None:
        return events
    figures = FigureRecord.objects.exclude(APPROVED).exclude(submission__agency__in=seen)
    reports = Submission.objects.exclude(status=SubmissionStatus.APPROVED).exclude(agency__in=seen)
    events = events.exclude(object_type="figurerecord", object_id__in=_keys(figures)).exclude(
        object_type="submission", object_id__in=_keys(reports)
    )
    if len(seen) == Agency.objects.count():
        return events
    # A draft value removed (emptied) leaves its trail and no row to tell whose it was: it
    # was never approved, so its trail is for those who see every agency's work.
    gone = ~Q(object_id__in=_keys(FigureRecord.objects.all()))
    return events.exclude(Q(object_type="figurerecord") & gone)


def visible_jobs(user: User) -> QuerySet[Job]:
    """The background jobs ``user`` sees (and may cancel): their own; an administrator,
    everyone's. A job holds the files its owner uploaded, so nobody else sees it."""
    from chitieu.web.jobs.models import Job  # the jobs app builds on this one

    jobs = Job.objects.select_related("owner")
    if role_of(user) is Role.ADMIN:
        return jobs
    return jobs.filter(owner=user) if user.is_authenticated else jobs.none()


# ---------------------------------------------------------------- reading resolutions


def can_decide_readings(user: User) -> bool:
    """Accept, correct or reject what the reader proposes: those who manage plans."""
    return can_manage_plans(user)


def reading_scope(user: User) -> Agency | None:
    """Whose remembered decisions on a document a person shares: those of their agency,
    or the planning office's as a whole for administrators and planners of no agency."""
    return agency_of(user) if can_decide_readings(user) else None


# ---------------------------------------------------------------- elections


def can_manage_elections(user: User) -> bool:
    """Set up an election and assign its counting committee: administrators."""
    return role_of(user) is Role.ADMIN


def counter_of(user: User, election: Election) -> int | None:
    """The counter (1 or 2) the user enters the ballots as, or None (not on the
    committee, or a member the head did not assign to the double entry)."""
    if role_of(user) is None:
        return None
    member = election.members.filter(user=user).first()
    return member.counter if member is not None else None


def can_count(user: User, election: Election) -> bool:
    """See ballots, lock the minutes: the election's counting committee (each member with
    an account, whether or not one of the two who enter the ballots) and the
    administrators who assign it, whether or not the result is published."""
    if can_manage_elections(user):
        return True
    return role_of(user) is not None and election.members.filter(user=user).exists()


def can_see_result(user: User, election: Election) -> bool:
    """The result and the minutes: the committee; once published (the minutes locked),
    people of the election's agency (and those carrying it on), or everyone signed in when
    the election names no agency."""
    if can_count(user, election):
        return True
    if not election.published or role_of(user) is None:
        return False
    return election.agency is None or works_for(agency_of(user), election.agency)


def visible_elections(user: User) -> list[Election]:
    """The elections the user sees in the list (committee work or a published result)."""
    from chitieu.web.elections.models import Election

    if role_of(user) is None:
        return []
    rows = Election.objects.select_related("agency")
    if can_manage_elections(user):
        return list(rows)
    mine = Q(members__user=user) | Q(locked=True)
    return [e for e in rows.filter(mine).distinct() if can_see_result(user, e)]


# ---------------------------------------------------------------- consultation on drafts


def can_manage_consultations(user: User) -> bool:
    """Upload drafts, open and close rounds, answer comments: the drafting team, which is
    the planning office and the administrators."""
    return can_manage_plans(user)


def asked_agency(user: User, round: Round) -> Agency | None:
    """The unit asked in the round that the user comments for: a reporter's or an
    approver's own agency (or one it carries on), when the round asks it."""
    if role_of(user) not in (Role.REPORTER, Role.APPROVER):
        return None
    own = agency_of(user)
    if own is None:
        return None
    return next((a for a in round.agencies.all() if works_for(own, a)), None)


def can_enter_for_units(user: User) -> bool:
    """Type a unit's comments from its letter, or upload the reply file it sent, on its
    behalf: the drafting team (a unit with no account, a Party committee, replies so)."""
    return can_manage_consultations(user)


def can_see_round(user: User, round: Round) -> bool:
    """The draft's text and the round: the drafting team and the people of a unit asked."""
    return can_manage_consultations(user) or asked_agency(user, round) is not None


def visible_rounds(user: User) -> list[Round]:
    """The rounds the user sees in the list."""
    from chitieu.web.consultation.models import Round

    if role_of(user) is None:
        return []
    rows = Round.objects.select_related("version__draft").prefetch_related("agencies")
    if can_manage_consultations(user):
        return list(rows)
    return [r for r in rows if asked_agency(user, r) is not None]

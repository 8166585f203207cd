"""The Lạng Sơn demo: the bundled plan and its illustrative figures, Lạng Sơn's units,
the provincial agencies that report, and one login per role."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction

from chitieu.figures.reading import read_figures
from chitieu.targets.planfile import bundled_plan_path, load_plan
from chitieu.web.figures.models import ReportingRegime
from chitieu.web.figures.services import import_plan
from chitieu.web.people.models import Agency, AgencyKind, Assignment, Profile, Role
from chitieu.web.plans.models import Plan
from chitieu.web.units.loading import load_province

DEMO_PASSWORD = "chitieu-demo"
PROVINCE = "20"

# Which provincial body reports which targets (by target number).
AGENCIES: list[tuple[str, str, AgencyKind, list[int]]] = [
    ("cuc-thong-ke", "Cục Thống kê tỉnh", AgencyKind.SECTOR, [1, 2, 3]),
    ("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", AgencyKind.DEPARTMENT, [4, 11]),
    ("so-cong-thuong", "Sở Công Thương", AgencyKind.DEPARTMENT, [5]),
    ("so-tai-chinh", "Sở Tài chính", AgencyKind.DEPARTMENT, [6]),
    ("so-khdt", "Sở Kế hoạch và Đầu tư", AgencyKind.DEPARTMENT, [7]),
    ("so-nnptnt", "Sở Nông nghiệp và Phát triển nông thôn", AgencyKind.DEPARTMENT, [8, 16, 17]),
    ("so-gtvt", "Sở Giao thông vận tải", AgencyKind.DEPARTMENT, [9]),
    ("so-gddt", "Sở Giáo dục và Đào tạo", AgencyKind.DEPARTMENT, [10]),
    ("so-yte", "Sở Y tế", AgencyKind.DEPARTMENT, [12]),
    ("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", AgencyKind.DEPARTMENT, [13, 14]),
    ("cong-an-tinh", "Công an tỉnh", AgencyKind.SECTOR, [15]),
    ("so-tnmt", "Sở Tài nguyên và Môi trường", AgencyKind.DEPARTMENT, [18]),
    ("ban-to-chuc", "Ban Tổ chức Tỉnh ủy", AgencyKind.BOARD, [19, 20]),
]


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: Role
    agency: str  # agency code, or "" for all
    description: str


LOGINS = [
    DemoLogin("quantri", Role.ADMIN, "", "quản trị hệ thống / administrator"),
    DemoLogin("kehoach", Role.PLANNING, "so-khdt", "Phòng Tổng hợp, Sở KH&ĐT / planning office"),
    DemoLogin("laodong", Role.REPORTER, "so-ldtbxh", "báo cáo viên Sở LĐ-TB&XH / reporter"),
    DemoLogin("dulich", Role.REPORTER, "so-vhttdl", "báo cáo viên Sở VHTT&DL / reporter"),
    DemoLogin("pheduyet", Role.APPROVER, "", "lãnh đạo duyệt số liệu / approver"),
    DemoLogin("daibieu", Role.VIEWER, "", "đại biểu dự hội nghị / viewer"),
]


@transaction.atomic
def load_demo() -> Plan:
    """Load the demo into an empty database (idempotent: loading twice changes nothing)."""
    load_province(PROVINCE)
    ReportingRegime.objects.get_or_create(
        area_code=PROVINCE,
        defaults={"act": "QĐ 52/2025/QĐ-UBND (theo NĐ 09/2019/NĐ-CP)"},
    )
    agencies = {}
    for code, name, kind, _targets in AGENCIES:
        agencies[code], _ = Agency.objects.get_or_create(
            code=code, defaults={"name": name, "kind": kind, "area_code": PROVINCE}
        )
    users = {}
    for login in LOGINS:
        user = User.objects.filter(username=login.username).first()
        if user is None:
            user = User.objects.create_user(login.username, password=DEMO_PASSWORD)
            user.first_name = login.description.split(" / ")[0]
            user.is_staff = login.role is Role.ADMIN
            user.is_superuser = login.role is Role.ADMIN
            user.save()
        Profile.objects.update_or_create(
            user=user,
            defaults={"role": login.role, "agency": agencies.get(login.agency)},
        )
        users[login.username] = user

    core = load_plan(bundled_plan_path("langson-xvii"))
    figures = read_figures(bundled_plan_path("langson-xvii").with_suffix(".figures.csv"), core)
    existing = Plan.objects.filter(slug=core.id).first()
    plan = import_plan(users["kehoach"], core, figures, existing)
    if not existing:
        plan.is_public = True
        plan.save(update_fields=["is_public"])
    for code, _name, _kind, targets in AGENCIES:
        for measure in plan.measures.filter(target__no__in=targets):
            Assignment.objects.get_or_create(
                measure=measure, agency=agencies[code], unit_code=plan.area_code
            )
    return plan

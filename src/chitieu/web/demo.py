"""The Lạng Sơn demo: the bundled plan and its illustrative figures, Lạng Sơn's units,
the provincial agencies that report (with the 2025 merger of Sở Kế hoạch và Đầu tư into
Sở Tài chính), and one login per role."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from django.contrib.auth.models import User
from django.db import transaction

from chitieu.figures.reading import read_figures
from chitieu.targets.model import Plan as CorePlan
from chitieu.targets.model import Task as CoreTask
from chitieu.targets.model import TaskKind
from chitieu.targets.planfile import bundled_plan_path, load_plan
from chitieu.web.figures.models import ReportingRegime
from chitieu.web.figures.services import import_plan
from chitieu.web.people.models import (
    Agency,
    AgencyChange,
    AgencyChangeKind,
    AgencyKind,
    Assignment,
    Profile,
    Role,
)
from chitieu.web.plans.models import Plan, Task, TaskStatus
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

# The 2025 reform of the provincial departments, as far as the demo's agencies go: Sở Kế
# hoạch và Đầu tư merged into Sở Tài chính, which reports target 7 from then on.
# ILLUSTRATIVE, like the figures: the deciding act is not cited.
REFORM: list[tuple[str, str, AgencyChangeKind, date, str]] = [
    (
        "so-khdt",
        "so-tai-chinh",
        AgencyChangeKind.MERGE,
        date(2025, 3, 1),
        "Nghị quyết của HĐND tỉnh về tổ chức các cơ quan chuyên môn (minh họa)",
    ),
]


# The resolution's five key tasks (mục 1.3, "Một là" … "Năm là", verbatim). The plan file
# has none; the lead agencies, deadlines and statuses below are ILLUSTRATIVE, for the demo.
KEY_TASKS: list[tuple[str, str, list[str], date, TaskStatus, list[int]]] = [
    (
        "Tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của các cấp uỷ, tổ chức đảng, "
        "xây dựng đội ngũ cán bộ, đảng viên, nhất là cán bộ lãnh đạo, quản lý đủ phẩm chất, "
        "năng lực và uy tín ngang tầm nhiệm vụ; phát huy tốt vai trò nêu gương của người đứng "
        "đầu cấp ủy, cơ quan, đơn vị. Ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, "
        "đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ. "
        "Đẩy mạnh phòng, chống tham nhũng, lãng phí. Nâng cao hiệu lực, hiệu quả quản lý Nhà "
        "nước, năng lực điều hành, tổ chức thực hiện của chính quyền các cấp. Nâng cao chất "
        "lượng hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị – xã hội, phát huy "
        "quyền làm chủ của Nhân dân và sức mạnh khối đại đoàn kết các dân tộc.",
        "ban-to-chuc",
        [],
        date(2025, 6, 30),
        TaskStatus.DONE,
        [19, 20],
    ),
    (
        "Khai thác và sử dụng hiệu quả các lợi thế, tiềm năng, thế mạnh của tỉnh: Tập trung "
        "phát triển kinh tế cửa khẩu, công nghiệp, thương mại, dịch vụ; nâng cao chất lượng, "
        "hiệu quả kinh tế du lịch, đưa du lịch từng bước trở thành ngành kinh tế quan trọng "
        "của tỉnh; phát triển nông nghiệp hiện đại gắn với xây dựng nông thôn mới, đô thị văn "
        "minh. Xây dựng kết cấu hạ tầng kinh tế – xã hội, quốc phòng, an ninh, trọng tâm là "
        "hạ tầng giao thông, đô thị, nông thôn và công nghệ thông tin. Tạo điều kiện thuận "
        "lợi thu hút doanh nghiệp đầu tư kết cấu hạ tầng các khu công nghiệp, cụm công nghiệp "
        "trên địa bàn. Đẩy mạnh liên kết vùng để khai thác có hiệu quả thế mạnh về vị trí địa "
        "lý của tỉnh.",
        "so-khdt",
        ["so-cong-thuong", "so-vhttdl", "so-gtvt"],
        date(2025, 12, 31),
        TaskStatus.IN_PROGRESS,
        [1, 4, 5, 9],
    ),
    (
        "Thúc đẩy đổi mới sáng tạo và khởi nghiệp; hỗ trợ phát triển doanh nghiệp và hợp tác "
        "xã. Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh. Có cơ chế, "
        "chính sách thu hút các doanh nghiệp thuộc các thành phần kinh tế tham gia đầu tư phát "
        "triển kinh tế – xã hội.",
        "so-khdt",
        ["so-tai-chinh"],
        date(2024, 12, 31),
        TaskStatus.IN_PROGRESS,
        [7],
    ),
    (
        "Phát huy bản sắc văn hoá truyền thống tốt đẹp, nâng cao đạo đức xã hội, ý thức pháp "
        "luật, xây dựng văn hóa và con người Lạng Sơn phát triển toàn diện, hướng đến chân – "
        "thiện – mỹ, có khát vọng vươn lên. Tạo điều kiện và môi trường thuận lợi thúc đẩy "
        "giảm nghèo nhanh và bền vững, nâng cao đời sống vật chất và tinh thần của người dân, "
        "nhất là các khu vực nông thôn, biên giới, vùng đặc biệt khó khăn.",
        "so-vhttdl",
        ["so-ldtbxh"],
        date(2025, 9, 30),
        TaskStatus.NOT_STARTED,
        [11, 14],
    ),
    (
        "Tăng cường củng cố quốc phòng, an ninh, bảo đảm trật tự an toàn xã hội, giữ vững chủ "
        "quyền biên giới quốc gia, xây dựng biên giới hoà bình, hữu nghị, hợp tác; chủ động "
        "thực hiện hiệu quả công tác đối ngoại và hội nhập quốc tế, tạo môi trường thuận lợi "
        "cho phát triển kinh tế – xã hội.",
        "cong-an-tinh",
        [],
        date(2025, 12, 31),
        TaskStatus.IN_PROGRESS,
        [15],
    ),
]


def demo_core_plan() -> CorePlan:
    """The bundled plan with the resolution's five key tasks added (the demo's plan)."""
    core = load_plan(bundled_plan_path("langson-xvii"))
    tasks = tuple(
        CoreTask(TaskKind.KEY_TASK, no, text) for no, (text, *_rest) in enumerate(KEY_TASKS, 1)
    )
    return replace(core, tasks=tasks)


def _demo_program(plan: Plan, agencies: dict[str, Agency]) -> None:
    """Illustrative leads, deadlines and statuses, set only on tasks that have none yet."""
    for no, (_text, lead, co, deadline, status, targets) in enumerate(KEY_TASKS, 1):
        task = Task.objects.get(plan=plan, kind=TaskKind.KEY_TASK, no=no)
        if task.lead_id is not None:
            continue
        task.lead = agencies[lead]
        task.deadline = deadline
        task.status = status
        task.save()
        task.co_agencies.set([agencies[c] for c in co])
        task.targets.set(plan.targets.filter(no__in=targets))


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: Role
    agency: str  # agency code, or "" for all
    description: str


LOGINS = [
    DemoLogin("quantri", Role.ADMIN, "", "quản trị hệ thống / administrator"),
    DemoLogin(
        "kehoach", Role.PLANNING, "so-tai-chinh", "Phòng Tổng hợp, Sở Tài chính / planning office"
    ),
    DemoLogin("laodong", Role.REPORTER, "so-ldtbxh", "báo cáo viên Sở LĐ-TB&XH / reporter"),
    DemoLogin("dulich", Role.REPORTER, "so-vhttdl", "báo cáo viên Sở VHTT&DL / reporter"),
    DemoLogin("pheduyet", Role.APPROVER, "", "lãnh đạo duyệt số liệu / approver"),
    DemoLogin("daibieu", Role.VIEWER, "", "đại biểu dự hội nghị / viewer"),
]


def _demo_reform(agencies: dict[str, Agency]) -> None:
    """The reform's mergers: the merged agency ends the day before, the one it goes into
    continues (a link to itself), as the agency pages record them."""
    for old, new, kind, day, act in REFORM:
        gone, heir = agencies[old], agencies[new]
        if gone.valid_to is None:
            gone.valid_to = day - timedelta(days=1)
            gone.save(update_fields=["valid_to"])
        for predecessor in (heir, gone):  # each record is checked as it is saved
            AgencyChange.objects.get_or_create(
                predecessor=predecessor,
                successor=heir,
                effective=day,
                defaults={"kind": kind, "act": act},
            )


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
    _demo_reform(agencies)
    users = {}
    for login in LOGINS:
        user = User.objects.filter(username=login.username).first()
        if user is None:
            user = User.objects.create_user(
                login.username, f"{login.username}@example.vn", DEMO_PASSWORD
            )
            user.first_name = login.description.split(" / ")[0]
            user.is_staff = login.role is Role.ADMIN
            user.is_superuser = login.role is Role.ADMIN
            user.save()
        Profile.objects.update_or_create(
            user=user,
            defaults={"role": login.role, "agency": agencies.get(login.agency)},
        )
        users[login.username] = user

    core = demo_core_plan()
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
    _demo_program(plan, agencies)
    return plan

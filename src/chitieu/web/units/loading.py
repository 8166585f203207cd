"""Loading a province's units: the 2024 three-level tree shipped with chitieu, then the
two-level tree in force from 1 July 2025 (Resolution 202/2025/QH15 and the provincial
resolutions of June 2025) from the vietnam-provinces package."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from django.db import transaction

from chitieu.web.units.models import AdminUnit, UnitLevel

REFORM_DAY = date(2025, 7, 1)
DATA = Path(__file__).resolve().parent / "data"
REFORM_ACT = "Nghị quyết 202/2025/QH15; Nghị quyết 1650/NQ-UBTVQH15 (Lạng Sơn)"


@transaction.atomic
def load_province(code: str) -> AdminUnit:
    """Load (or reload, idempotently) a province and its units before and after the reform."""
    from vietnam_provinces import Province, ProvinceCode, Ward

    vp = Province.from_code(ProvinceCode(int(code)))
    province, _ = AdminUnit.objects.update_or_create(
        code=code,
        valid_from=None,
        defaults={
            "name": f"Tỉnh {vp.name}" if vp.division_type.value == "tỉnh" else vp.name,
            "level": UnitLevel.PROVINCE,
            "division_type": vp.division_type.value,
        },
    )
    legacy = DATA / f"{_slug(code)}-2024.json"
    if legacy.exists():
        tree = json.loads(legacy.read_text(encoding="utf-8"))
        for d in tree["districts"]:
            district, _ = AdminUnit.objects.update_or_create(
                code=d["code"],
                valid_from=None,
                defaults={
                    "name": d["name"],
                    "level": UnitLevel.DISTRICT,
                    "division_type": d["type"],
                    "parent": province,
                    "valid_to": date(2025, 6, 30),
                    "act": REFORM_ACT,
                },
            )
            for c in d["communes"]:
                AdminUnit.objects.update_or_create(
                    code=c["code"],
                    valid_from=None,
                    defaults={
                        "name": c["name"],
                        "level": UnitLevel.COMMUNE,
                        "division_type": c["type"],
                        "parent": district,
                        "valid_to": date(2025, 6, 30),
                        "act": REFORM_ACT,
                    },
                )
    for w in Ward.iter_by_province(vp.code):
        AdminUnit.objects.update_or_create(
            code=f"{int(w.code):05d}",
            valid_from=REFORM_DAY,
            defaults={
                "name": w.name,
                "level": UnitLevel.COMMUNE,
                "division_type": w.division_type.value,
                "parent": province,
                "act": REFORM_ACT,
            },
        )
    return province


def _slug(code: str) -> str:
    return {"20": "langson"}.get(code, code)

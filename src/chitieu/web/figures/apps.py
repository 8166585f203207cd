from django.apps import AppConfig


class FiguresConfig(AppConfig):
    name = "chitieu.web.figures"
    label = "figures"
    verbose_name = "Số liệu và báo cáo"

    def ready(self) -> None:
        # Evaluations are cached per plan data version. Units and lineage records feed the
        # counting of units, so changing one makes every plan's cached results stale.
        from django.db.models.signals import post_delete, post_save

        from chitieu.web import warming
        from chitieu.web.figures.warm import warm_plan
        from chitieu.web.units.models import AdminUnit, UnitChange

        warming.register(warm_plan)

        for model in (AdminUnit, UnitChange):
            post_save.connect(_units_changed, sender=model, dispatch_uid=f"units-{model}")
            post_delete.connect(_units_changed, sender=model, dispatch_uid=f"units-del-{model}")


def _units_changed(**kwargs: object) -> None:
    from django.db.models import F
    from django.utils import timezone

    from chitieu.web import warming
    from chitieu.web.plans.models import Plan

    Plan.objects.update(data_version=F("data_version") + 1, updated_at=timezone.now())
    for plan_id in Plan.objects.values_list("pk", flat=True):
        warming.after_commit(plan_id)

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "chitieu.web.plans"
    label = "plans"
    verbose_name = "Nghị quyết và chỉ tiêu"

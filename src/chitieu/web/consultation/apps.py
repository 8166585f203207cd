from django.apps import AppConfig


class ConsultationConfig(AppConfig):
    name = "chitieu.web.consultation"
    label = "consultation"
    verbose_name = "Góp ý dự thảo"

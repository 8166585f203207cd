from django.apps import AppConfig


class WebConfig(AppConfig):
    """The shared parts of the web app: base templates, template filters, translations."""

    name = "chitieu.web"
    label = "web"
    verbose_name = "chitieu"

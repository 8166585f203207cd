"""The WSGI entry point (gunicorn, `chitieu serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.web.settings")
application = get_wsgi_application()

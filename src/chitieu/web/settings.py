"""Django settings, read from the environment so one code base serves SQLite and PostgreSQL.

CHITIEU_DATABASE_URL  postgres://user:pass@host:port/name, or sqlite:///path (default:
                      sqlite in CHITIEU_DATA_DIR/chitieu.sqlite3)
CHITIEU_DATA_DIR      where the embedded database and the secret key live (./chitieu-data)
CHITIEU_SECRET_KEY    overrides the key generated into the data dir
CHITIEU_DEBUG         1 for development
CHITIEU_ALLOWED_HOSTS comma-separated (default: every host, as the app sits behind a proxy)
CHITIEU_EMAIL_BACKEND a Django mail backend (default: console)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

HERE = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", "chitieu-data")).resolve()


def database_from_url(url: str) -> dict[str, Any]:
    """A DATABASES entry from a URL (postgres://… or sqlite:///…)."""
    parsed = urlparse(url)
    if parsed.scheme in ("postgres", "postgresql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    if parsed.scheme == "sqlite":
        return sqlite_database(Path(unquote(parsed.path)))
    raise ValueError(f"CHITIEU_DATABASE_URL: unsupported scheme '{parsed.scheme}'")


def sqlite_database(path: Path) -> dict[str, Any]:
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        # Keep each thread's connection: opening SQLite and setting WAL costs more than
        # serving a cached dashboard.
        "CONN_MAX_AGE": 600,
        # WAL lets readers go on while a reporter saves; a short wait beats "database is locked".
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


def _secret_key() -> str:
    if key := os.environ.get("CHITIEU_SECRET_KEY"):
        return key
    path = DATA_DIR / "secret.key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = os.environ.get("CHITIEU_DEBUG") == "1"
SECRET_KEY = _secret_key()
ALLOWED_HOSTS = os.environ.get("CHITIEU_ALLOWED_HOSTS", "*").split(",")

_db_url = os.environ.get("CHITIEU_DATABASE_URL")
DATABASES = {
    "default": database_from_url(_db_url)
    if _db_url
    else sqlite_database(DATA_DIR / "chitieu.sqlite3")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "chitieu.web",
    "chitieu.web.units",
    "chitieu.web.plans",
    "chitieu.web.people",
    "chitieu.web.figures",
    "chitieu.web.dashboard",
    "chitieu.api",
    "ninja",  # serves the API docs' scripts locally, not from a CDN
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "chitieu.web.urls"
WSGI_APPLICATION = "chitieu.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [HERE / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "chitieu.web.people.context.roles",
            ],
        },
    }
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Vietnamese first; English complete. Numbers and dates are written the Vietnamese way in
# both languages (1.234,5; 25/9/2020), as every figure in these documents is.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
USE_I18N = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["chitieu.web.formats"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_TZ = True

STATIC_URL = "/static/"
# Static files are served from the package (finders); collectstatic only if a proxy wants them.
STATIC_ROOT = os.environ.get("CHITIEU_STATIC_ROOT") or None
STATICFILES_DIRS = [HERE / "static"]
# The app serves its own static files (whitenoise); no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads it to send X-CSRFToken

EMAIL_BACKEND = os.environ.get(
    "CHITIEU_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("CHITIEU_FROM_EMAIL", "chitieu@localhost")

# Uploads (chitieu.web.uploads). Django's caps on a request come first; then each kind of
# file has its cap, checked before a parser sees the file, and past the largest one an
# upload's bytes are dropped as they arrive. Reading an upload runs in a child process
# within CHITIEU_PARSE_LIMITS (chitieu.web.bounded).
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024  # a request's fields, its files aside
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # a larger file is spooled to a temporary file
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000  # the plan editor posts ~20 fields per measure
FILE_UPLOAD_HANDLERS = [
    "chitieu.web.uploads.CappedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
CHITIEU_UPLOAD_LIMITS = {  # bytes, per kind of file
    "resolution": 20 * 1024 * 1024,  # .docx/.pdf with pictures; the text is far smaller
    "plan": 2 * 1024 * 1024,  # a plan file is some tens of kilobytes
    "figures": 20 * 1024 * 1024,  # a CSV of some hundred thousand figures
    "workbook": 10 * 1024 * 1024,  # the Excel template of one agency and period
}
# 20 s: within gunicorn's 30 s graceful shutdown, so a read never holds a restart back
CHITIEU_PARSE_LIMITS = {"seconds": 20, "memory": 1024 * 1024 * 1024}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

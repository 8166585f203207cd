"""Django settings, read from the environment so one code base serves SQLite and PostgreSQL.

CHITIEU_DATABASE_URL  postgres://user:pass@host:port/name, or sqlite:///path (default:
                      sqlite in CHITIEU_DATA_DIR/chitieu.sqlite3)
CHITIEU_DATA_DIR      where the embedded database and the secret key live (./chitieu-data)
CHITIEU_SECRET_KEY    overrides the key generated into the data dir
CHITIEU_DEBUG         1 for development
CHITIEU_ALLOWED_HOSTS comma-separated host names (default: localhost only)
CHITIEU_HTTPS         1 when a proxy serves the site over https: redirects, secure cookies, HSTS
CHITIEU_HSTS_SECONDS  how long browsers keep to https (default: a year when CHITIEU_HTTPS=1)
CHITIEU_TRUSTED_PROXIES addresses of the proxies whose X-Forwarded-* headers are believed
                      (default: 127.0.0.1,::1, the proxy on the same machine)
CHITIEU_SESSION_HOURS how long a login lasts, in hours (default 10)
CHITIEU_EMAIL_BACKEND a Django mail backend (default: console); CHITIEU_EMAIL_HOST,
                      _PORT, _USER, _PASSWORD, _USE_TLS for the SMTP one
CHITIEU_FROM_EMAIL    the sender of the site's e-mails (default chitieu@localhost)
CHITIEU_SITE_URL      the site's address as e-mails link to it (default http://localhost:8000)
CHITIEU_CACHE_VERSIONS data versions of each plan a worker keeps in memory (1 or 2; default 1)
CHITIEU_CACHE_PLANS   plans whose figures a worker keeps in memory (default 4)
CHITIEU_WARM_CACHE    0 to stop evaluating a plan in the background when its data changed
CHITIEU_UPLOAD_MAX_ROWS the most rows of figures one uploaded Excel template may have
                      (default 20000: 200 communes × 100 measures)
CHITIEU_ENTRY_PAGE_LINES the most lines the data-entry page shows at once, whole units
                      (default 500); a larger report is shown a page of units at a time
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from chitieu.web.private import private_dir, private_file

HERE = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("CHITIEU_DATA_DIR", "chitieu-data")).resolve()
# figures.csv / figures.json written once per data version (web/figures/reading.py)
EXPORTS_DIR = DATA_DIR / "exports"
UPLOADS_DIR = DATA_DIR / "uploads"  # an upload's rows until its warnings are confirmed


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
            # The app reads a server-side cursor (a chunked read) to its end, always: plan it
            # for all its rows, not for the first 10 % (PostgreSQL's default). An upload's
            # check of the figures before (web/figures/plausible.py) took a scan of the
            # whole figures table (0,6-0,8 s at 1,37 M rows) instead of its index (0,08 s).
            "OPTIONS": {"options": "-c cursor_tuple_fraction=1"},
        }
    if parsed.scheme == "sqlite":
        return sqlite_database(private_file(Path(unquote(parsed.path))))
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
        private_dir(DATA_DIR)
        private_file(path).write_text(secrets.token_urlsafe(50))
    return private_file(path).read_text().strip()


def _env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = os.environ.get("CHITIEU_DEBUG") == "1"
SECRET_KEY = _secret_key()
# The names the site answers to; a request for any other Host gets 400, so a forged Host
# header cannot poison links or caches. Real deployments list theirs.
ALLOWED_HOSTS = _env_list("CHITIEU_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

_db_url = os.environ.get("CHITIEU_DATABASE_URL")
DATABASES = {
    "default": database_from_url(_db_url)
    if _db_url
    else sqlite_database(private_file(DATA_DIR / "chitieu.sqlite3"))
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
    "chitieu.web.elections",
    "chitieu.web.consultation",
    "django_tasks",  # background jobs (see "Background work" below), before the app
    "django_tasks_db",  # that shows their queue in its own admin
    "chitieu.web.jobs",
    "chitieu.api",
    "ninja",  # serves the API docs' scripts locally, not from a CDN
    "axes",  # login throttling (see "Logins" below)
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A temporary password given by the planning office is changed before anything else.
    "chitieu.web.people.passwords.PasswordChangeRequired",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
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

# Passwords set through a form (the admin, "change my password", createsuperuser); the demo
# loader sets its known password directly.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "chitieu.web.people.passwords.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A link to reset a forgotten password works once, for a day.
PASSWORD_RESET_TIMEOUT = 24 * 3600
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Vietnamese first; English complete. Numbers and dates are written the Vietnamese way in
# both languages (1.234,5; 25/9/2020), as every figure in these documents is.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
USE_I18N = True
# The core's messages (plan, figures and units files, the reader) have their own catalogue,
# shared with the command line (chitieu.messages).
LOCALE_PATHS = [HERE.parent / "locale"]
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
# What each worker process keeps in memory (chitieu.web.lru; docs/architecture.md, "Caches
# and memory per worker"). Every cache is keyed by a plan's data version; keeping a newer
# version of a plan drops the older ones. Entries are counted per cache; the pages, page
# bodies and API answers are bounded in bytes too.
CHITIEU_CACHE = {
    "versions": int(os.environ.get("CHITIEU_CACHE_VERSIONS", "1")),
    "plans": int(os.environ.get("CHITIEU_CACHE_PLANS", "4")),  # figures: the largest values
    "evaluations": 32,  # (plan version, as-of date) evaluations
    "pages": 512,  # whole pages for anonymous visitors, and page bodies
    "page_bytes": 64 * 1024 * 1024,
    "answers": 256,  # serialized API answers (statuses)
    "answer_bytes": 64 * 1024 * 1024,
}
# After a change of a plan's data commits, its evaluation is made again in the background
# (chitieu.web.warming), so the first viewer does not wait for it.
CHITIEU_WARM_CACHE = os.environ.get("CHITIEU_WARM_CACHE", "1") != "0"
CSRF_COOKIE_HTTPONLY = False  # htmx reads it to send X-CSRFToken

# ---------------------------------------------------------------- sessions and logins

# Sessions live in the database, so logging out (or a password change) ends them on every
# worker; a copied cookie is worthless afterwards. Not cached_db: the cache is per process,
# and another worker would still accept a session deleted elsewhere. Expired rows are
# removed by `chitieu manage clearsessions` (at each `chitieu serve`, and from cron).
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = int(os.environ.get("CHITIEU_SESSION_HOURS", "10")) * 3600
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out login before the password
    "django.contrib.auth.backends.ModelBackend",
]
# Five wrong passwords for one user name from one address lock that pair out for half an
# hour (longer if the attempts go on); the planning office unlocks at /people/lockouts/.
# Per pair, not per user or per address alone: a stranger cannot lock a colleague out
# from every office, and a whole office behind one address is not locked by one person.
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "chitieu.web.people.lockouts.lockout_page"
AXES_CLIENT_IP_CALLABLE = "chitieu.web.people.lockouts.client_ip"
AXES_DISABLE_ACCESS_LOG = True  # failed attempts are kept; every login of everyone is not
AXES_ENABLE_ADMIN = False  # unlocking goes through /people/lockouts/, which is audited
AXES_VERBOSE = False
TRUSTED_PROXIES = _env_list("CHITIEU_TRUSTED_PROXIES", "127.0.0.1,::1")

# ---------------------------------------------------------------- https and browsers

# Behind a proxy that serves https (CHITIEU_HTTPS=1): http is redirected, cookies travel
# only over https, and browsers are told to use nothing else. The proxy must set
# X-Forwarded-Proto (and pass the Host header). Off by default, so the demo works on
# http://localhost.
HTTPS = os.environ.get("CHITIEU_HTTPS") == "1"
if HTTPS:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # a load balancer's check may come over plain http
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("CHITIEU_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_SECONDS > 0
SECURE_HSTS_PRELOAD = SECURE_HSTS_SECONDS > 0

# Content-Security-Policy (django-csp): scripts and styles only from the app's own static
# files, never inline, no eval; nothing may frame the site. ECharts draws on a canvas and
# styles its tooltip through the DOM (element.style), which style-src does not restrict,
# so 'unsafe-inline' is not needed for styles either.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # the API docs' icons are data: URLs
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# E-mail: notifications, reminders and password resets (chitieu.web.people.notify).
EMAIL_BACKEND = os.environ.get(
    "CHITIEU_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("CHITIEU_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("CHITIEU_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("CHITIEU_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("CHITIEU_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("CHITIEU_EMAIL_USE_TLS") == "1"
# Notifications are sent after the workflow's commit, in its request: a slow mail server
# holds the answer at most this long, then the failure is logged.
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = os.environ.get("CHITIEU_FROM_EMAIL", "chitieu@localhost")
CHITIEU_SITE_URL = os.environ.get("CHITIEU_SITE_URL", "http://localhost:8000")

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
    "ballots": 16 * 1024 * 1024,  # a tally CSV: the core reads at most 16 MB
}
# 20 s: within gunicorn's 30 s graceful shutdown, so a read never holds a restart back
CHITIEU_PARSE_LIMITS = {"seconds": 20, "memory": 1024 * 1024 * 1024}
# Rows of figures in one Excel template (an agency's report for a period); a sheet may reach
# 100 rows further (its header), 50 columns wide. 20.000 rows read in ~1 s, checked and
# saved in a few statements (docs/web.md#uploads).
CHITIEU_UPLOAD_MAX_ROWS = int(os.environ.get("CHITIEU_UPLOAD_MAX_ROWS", "20000"))
# The rows × columns a department's own sheet may span (its mapping step, docs/exchange.md):
# as wide as 256 columns (a monthly wide sheet over five years has 60), as many cells as
# the template's 20.100 rows × 50 columns by default, so its read is as bounded.
CHITIEU_SHEET_MAX_CELLS = int(os.environ.get("CHITIEU_SHEET_MAX_CELLS", "1005000"))
# Lines of a report the entry page shows at once (whole units); a larger report is paged,
# searchable by unit, and entered all at once through its Excel template (docs/web.md).
CHITIEU_ENTRY_PAGE_LINES = int(os.environ.get("CHITIEU_ENTRY_PAGE_LINES", "500"))

# ---------------------------------------------------------------- background work

# Long work (a large import, a long resolution) runs as a job (chitieu.web.jobs): queued in
# the database by django-tasks and run by its database worker, which `chitieu serve` starts
# beside the web server (or `chitieu worker`, in production). No other server is needed.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
CHITIEU_BACKGROUND_ROWS = 20_000  # a figures CSV with more lines is imported as a job
CHITIEU_BACKGROUND_BYTES = 2 * 1024 * 1024  # so is a larger Parquet file; a resolution too
CHITIEU_BACKGROUND_UPLOAD_ROWS = 10_000  # an Excel upload with more rows is saved by a job
# the reader's limits in a job: nobody waits on it, so longer than a request's
CHITIEU_BACKGROUND_PARSE_LIMITS = {"seconds": 900, "memory": 2 * 1024 * 1024 * 1024}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # A refused request (403, 404, 400 …) is the client's business: one line, no
    # traceback; a server error (5xx) keeps its traceback.
    "filters": {"client_errors_one_line": {"()": "chitieu.web.logs.ClientErrorsOneLine"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"filters": ["client_errors_one_line"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

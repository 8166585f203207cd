"""Settings for the test suite: the app's own, with a throwaway data dir and a cheap hasher."""

import os
import tempfile

os.environ.setdefault("CHITIEU_DATA_DIR", tempfile.mkdtemp(prefix="chitieu-test-"))
os.environ["CHITIEU_SECRET_KEY"] = "test-only-secret-key-not-for-production-use-0123456789"

from chitieu.web.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# No evaluation in a background thread after each approval: tests roll their changes back
# (tests/test_web_cache_warming.py turns it on).
CHITIEU_WARM_CACHE = False

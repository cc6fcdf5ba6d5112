"""Test settings: dev-like defaults, fast hashing, plain static storage."""

import os
import tempfile

from .local_defaults import use_local_defaults

use_local_defaults(
    DJANGO_DEBUG="false",
    DJANGO_SECRET_KEY="test-only-insecure-key",
    DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1,testserver",
    # Tests must not pick up a developer's .env.
    DJANGO_READ_DOT_ENV_FILE="false",
)

from .base import *  # noqa: E402, F403
from .base import DATABASES, STORAGES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# A persistent connection would outlive the test database between live-server threads.
DATABASES["default"]["CONN_MAX_AGE"] = 0
if DATABASES["default"]["ENGINE"] == "samenwerking.sqlite":
    # A file, not Django's in-memory default: concurrency tests need real locks and the busy
    # timeout, which a shared-cache memory database ignores (it fails a lock at once). One file
    # per test run (pytest-xdist workers add their own suffix); Django removes it afterwards.
    # On a memory-backed file system where there is one (/dev/shm on Linux): no disk writes.
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
    folder = "/dev/shm" if os.access("/dev/shm", os.W_OK) else tempfile.gettempdir()
    DATABASES["default"]["TEST"] = {
        "NAME": os.path.join(folder, f"samenwerking-test-{run}.sqlite3")
    }
DEMO_USERS_ALLOWED = True

"""Settings shared by every environment.

Every value comes from the environment (django-environ). There are no insecure defaults here:
production runs on this module with real variables; ``dev`` and ``test`` supply defaults first.
See ``.env.example`` and the README for the variables.
"""

import datetime
from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# An optional .env file next to manage.py, for people who prefer it over exported variables.
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=True) and (BASE_DIR / ".env").exists():
    env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "samenwerking",
    "verbanden",
    "evaluaties",
    "kennisbank",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",
    "django_filters",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "axes",
    "csp",
]

MIDDLEWARE = [
    # Logs method, role and field names with every server error (never the values typed).
    "samenwerking.middleware.ServerErrorContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # On SQLite, requests that may write take the write lock when their transaction begins.
    "samenwerking.middleware.write_transaction_middleware",
    # The search index of everything a request changed is written once, at its end.
    "samenwerking.middleware.search_index_middleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each change in the history tables.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: turns a lockout into the Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "samenwerking.urls"
WSGI_APPLICATION = "samenwerking.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "samenwerking.context_processors.site",
            ],
        },
    },
]
# Every Django form renders NL Design System form-field markup from one place.
FORM_RENDERER = "samenwerking.forms.NLDesignSystemFormRenderer"

# Database: SQLite next to manage.py unless DATABASE_URL points elsewhere (PostgreSQL in
# production and CI). Persistent connections with health checks avoid a connect per request.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Concurrent writers on the embedded database: WAL, a busy timeout, and write transactions
    # that lock at their start (samenwerking/sqlite/base.py). A writer waits up to this many
    # seconds for another writer, then gets the conflict page, never "database is locked".
    DATABASES["default"]["ENGINE"] = "samenwerking.sqlite"
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = env.int(
        "DJANGO_SQLITE_BUSY_TIMEOUT", default=20
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "samenwerking.User"
AUTHENTICATION_BACKENDS = [
    # First: refuses a login while the account/IP is locked after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    # Object rules (creator, betrokken adviseur, member gemeente): samenwerking/permissions.py.
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failures the combination of
# account and IP address is locked for AXES_COOLOFF_TIME.
AXES_FAILURE_LIMIT = env.int("DJANGO_AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env.int("DJANGO_AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
# Behind a reverse proxy the client address is in X-Forwarded-For (set DJANGO_BEHIND_PROXY).
BEHIND_PROXY = env.bool("DJANGO_BEHIND_PROXY", default=False)
AXES_IPWARE_META_PRECEDENCE_ORDER = (
    ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"] if BEHIND_PROXY else ["REMOTE_ADDR"]
)
AXES_IPWARE_PROXY_COUNT = 1 if BEHIND_PROXY else None

# E-mail (password reset). Production: an SMTP URL such as smtp+tls://user:pass@host:587.
globals().update(env.email_url("DJANGO_EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env(
    "DJANGO_DEFAULT_FROM_EMAIL", default="Samenwerkingsportaal <noreply@localhost>"
)

# Security headers and cookies. Secure by default; dev.py and test.py relax what needs HTTPS.
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=True)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=True)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
# A refused form (an expired session, blocked cookies) gets a Dutch page, not Django's English one.
CSRF_FAILURE_VIEW = "samenwerking.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp; built into Django from 6.0). Scripts only from our own
# origin with the per-request nonce; no inline event handlers or styles anywhere.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        # The NL Design System CSS draws checkboxes and select arrows with data: SVGs.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed, compressed file names so browsers may cache static files forever.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Largest accepted upload (rapporten, publicaties), in bytes.
MAX_UPLOAD_SIZE = env.int("DJANGO_MAX_UPLOAD_MB", default=20) * 1024 * 1024
# A verband form may hold 400 deelname rows of 8 fields and 100 partner rows (verbanden.forms);
# Django's default of 1,000 fields would refuse a verband with about 130 deelnemers.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5_000

# Reference data (CBS gemeenten, provincies, herindelingen) shipped inside the project, so a
# fresh clone needs nothing outside it.
REFERENCE_DATA_DIR = BASE_DIR / "verbanden" / "data"

SITE_NAME = "Samenwerkingsportaal"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("DJANGO_LOG_LEVEL", default="INFO")},
    # WeasyPrint reports every step of every PDF at INFO; only its warnings matter.
    "loggers": {"weasyprint": {"level": "WARNING"}},
}

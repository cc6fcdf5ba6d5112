"""Development settings: supply safe-for-a-laptop defaults, then load the strict base."""

from .local_defaults import use_local_defaults

use_local_defaults(
    DJANGO_DEBUG="true",
    DJANGO_SECRET_KEY="dev-only-insecure-key-do-not-use-in-production",
    DJANGO_ALLOWED_HOSTS="localhost,127.0.0.1,[::1]",
)

from .base import *  # noqa: E402, F403

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Demo users with printed passwords exist only in development.
DEMO_USERS_ALLOWED = True

"""WSGI entry point. Production runs on ``samenwerking.settings.base`` with real variables."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerking.settings.base")
application = get_wsgi_application()

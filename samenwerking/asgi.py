"""ASGI entry point, with the same settings rule as ``wsgi.py``."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerking.settings.base")
application = get_asgi_application()

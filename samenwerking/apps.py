from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class SamenwerkingConfig(AppConfig):
    """The project package: users and roles, the home page and site-wide pages."""

    name = "samenwerking"
    verbose_name = "Samenwerkingsportaal"

    def ready(self) -> None:
        # Registers the object rules with django-rules, and the range-checked ``__in`` lookups.
        from . import lookups, permissions  # noqa: F401
        from .roles import sync_roles
        from .search import sqlite as search_on_sqlite
        from .search.maintenance import index_missing_after_migrate

        # After every app's migrations (not only ours): the permissions of apps listed after
        # this one are created by their own post_migrate signal.
        post_migrate.connect(sync_roles, dispatch_uid="samenwerking.sync_roles")
        # Every new connection: the SQLite fallback's functions, PostgreSQL's trigram threshold.
        connection_created.connect(search_on_sqlite.register, dispatch_uid="samenwerking.search")
        post_migrate.connect(index_missing_after_migrate, dispatch_uid="samenwerking.search_index")

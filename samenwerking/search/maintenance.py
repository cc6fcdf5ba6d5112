"""Building the search index for rows that have none yet, and rebuilding it on request."""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import DatabaseError, connections, transaction
from django.db.models import Q

from .indexed import SearchIndexed, in_chunks, reindex, reindex_all

logger = logging.getLogger(__name__)


def searchable_models(app_config=None) -> list[type[SearchIndexed]]:
    models = app_config.get_models() if app_config else apps.get_models()
    return [model for model in models if issubclass(model, SearchIndexed)]


def missing_q(vendor: str) -> Q:
    return Q(zoekvector__isnull=True) if vendor == "postgresql" else Q(zoektermen="")


def index_missing(model: type[SearchIndexed], using: str = "default") -> int:
    """Index the rows without an index: rows from before the index existed, or bulk-created."""
    vendor = connections[using].vendor
    rows = model.search_index_queryset().using(using).filter(missing_q(vendor))
    return sum(reindex(batch) for batch in in_chunks(rows))


def index_missing_after_migrate(sender, using: str = "default", **kwargs) -> None:
    """post_migrate: so an upgraded database is searchable without a separate command."""
    for model in searchable_models(sender):
        try:
            with transaction.atomic(using=using):
                count = index_missing(model, using)
        except DatabaseError:  # migrated backwards to before the search columns existed
            logger.info("Zoekindex van %s overgeslagen: kolommen ontbreken.", model.__name__)
            continue
        if count:
            logger.info("Zoekindex gemaakt voor %s %s.", count, model._meta.verbose_name_plural)


def rebuild_all() -> dict[str, int]:
    return {model._meta.verbose_name_plural: reindex_all(model) for model in searchable_models()}

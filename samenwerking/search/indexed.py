"""A model whose rows can be found by the site's search, on PostgreSQL and on SQLite.

Each searchable model says which texts describe a row and how much they weigh
(``search_sections``: A for names and titles down to D for the extracted text of a PDF) and
which short fields may match approximately (``search_fuzzy_fields``). The texts are stored:

- on PostgreSQL as a ``tsvector`` (``zoekvector``, GIN-indexed) in the ``dutch_unaccent``
  configuration;
- on SQLite as the same stems as plain text (``zoektermen``), one line per weight, which the
  ``sp_search_rank`` function reads.

The index is written by ``save()`` and by ``reindex()``; code that changes what a row's
sections contain without saving the row itself (many-to-many fields, child rows) calls
``update_search_index()`` afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import reduce
from operator import add
from typing import ClassVar

from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import connections, models, router
from django.db.models import Value

from .config import TS_CONFIG
from .snippets import strip_markers
from .text import terms

WEIGHTS = ("A", "B", "C", "D")
# PostgreSQL refuses tsvectors over 1 MB; a PDF's text beyond this adds little to finding it.
MAX_SECTION_CHARS = 200_000


class SearchIndexedManager(models.Manager):
    """Leaves the stored index (and other big texts in ``search_deferred_fields``) out of every
    query: pages never show it, and a tsvector or a PDF's text can be large. Combine with a
    model's own queryset: ``SearchIndexedManager.from_queryset(VerbandQuerySet)()``."""

    def get_queryset(self):
        return super().get_queryset().defer(*self.model.search_deferred_fields)


class SearchIndexed(models.Model):
    zoekvector = SearchVectorField("zoekvector", null=True, editable=False)
    zoektermen = models.TextField("zoektermen", blank=True, default="", editable=False)

    # Short fields compared by trigram similarity: names and abbreviations.
    search_fuzzy_fields: ClassVar[tuple[str, ...]] = ()
    # Fields a snippet is taken from, in order.
    search_snippet_fields: ClassVar[tuple[str, ...]] = ()
    # Not loaded unless asked for (see SearchIndexedManager).
    search_deferred_fields: ClassVar[tuple[str, ...]] = ("zoekvector", "zoektermen")

    class Meta:
        abstract = True

    def search_sections(self) -> dict[str, Iterable[str]]:
        """Texts per weight ("A" most important)."""
        raise NotImplementedError

    @classmethod
    def search_index_queryset(cls) -> models.QuerySet:
        """The rows with what ``search_sections`` reads already fetched."""
        return cls._default_manager.defer(None)

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        self.update_search_index()

    def update_search_index(self) -> None:
        reindex([self])


def _texts(obj: SearchIndexed) -> dict[str, list[str]]:
    sections = obj.search_sections()
    return {
        weight: [strip_markers(t)[:MAX_SECTION_CHARS].replace("\x00", " ") for t in texts if t]
        for weight, texts in sections.items()
        if weight in WEIGHTS
    }


def stored_terms(sections: dict[str, list[str]]) -> str:
    return "\n".join(
        f"{weight} {' '.join(terms(' '.join(texts)))}"
        for weight, texts in sections.items()
        if texts
    )


def vector_expression(sections: dict[str, list[str]]):
    vectors = [
        SearchVector(Value(" ".join(texts)), weight=weight, config=TS_CONFIG)
        for weight, texts in sections.items()
        if texts
    ]
    return reduce(add, vectors) if vectors else Value("", output_field=SearchVectorField())


def reindex(objects: Iterable[SearchIndexed], batch_size: int = 50) -> int:
    """Write the search index of ``objects`` (all of one model); returns how many."""
    objects = list(objects)
    if not objects:
        return 0
    model = type(objects[0])
    vendor = connections[router.db_for_write(model)].vendor
    field = "zoekvector" if vendor == "postgresql" else "zoektermen"
    for obj in objects:
        sections = _texts(obj)
        setattr(
            obj,
            field,
            vector_expression(sections) if field == "zoekvector" else stored_terms(sections),
        )
    model._base_manager.bulk_update(objects, [field], batch_size=batch_size)
    if field == "zoekvector":
        # The attribute holds an expression now: make the field deferred again, so that a later
        # save() of this instance does not write it back.
        for obj in objects:
            obj.__dict__.pop("zoekvector", None)
    return len(objects)


def in_chunks(queryset: models.QuerySet, chunk: int = 500):
    """The rows of ``queryset`` in lists of ``chunk``, by primary key (not OFFSET: reindexing
    may take rows out of a filtered queryset while it is being walked)."""
    queryset = queryset.order_by("pk")
    last = None
    while batch := list(queryset.filter(pk__gt=last)[:chunk] if last else queryset[:chunk]):
        yield batch
        last = batch[-1].pk


def reindex_all(model: type[SearchIndexed]) -> int:
    return sum(reindex(batch) for batch in in_chunks(model.search_index_queryset()))


def reindex_pks(model: type[SearchIndexed], pks) -> int:
    return reindex(model.search_index_queryset().filter(pk__in=list(pks))) if pks else 0


def m2m_reindexer(model: type[SearchIndexed]):
    """An ``m2m_changed`` receiver for a relation whose names are part of ``model``'s index.

    Handles both sides: ``publicatie.themas.add(thema)`` and ``thema.publicaties.add(...)``,
    and ``clear()``, whose affected rows are only known before it runs.
    """

    def receiver(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
        if not reverse:
            if action in {"post_add", "post_remove", "post_clear"}:
                instance.update_search_index()
        elif action in {"post_add", "post_remove"}:
            reindex_pks(model, pk_set)
        elif action == "pre_clear":
            instance._search_pks_before_clear = list(
                sender.objects.filter(**{_column(sender, instance): instance.pk}).values_list(
                    _column(sender, model), flat=True
                )
            )
        elif action == "post_clear":
            reindex_pks(model, getattr(instance, "_search_pks_before_clear", []))

    return receiver


def _column(through, model_or_instance) -> str:
    """The through table's foreign key to ``model_or_instance``'s model."""
    target = model_or_instance if isinstance(model_or_instance, type) else type(model_or_instance)
    for field in through._meta.get_fields():
        if getattr(field, "related_model", None) is target and field.many_to_one:
            return field.attname
    raise LookupError(f"{through} has no foreign key to {target}")

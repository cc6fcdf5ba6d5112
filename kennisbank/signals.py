"""Keep the search index of publicaties current when the name of a linked thema changes."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from samenwerking.search.indexed import reindex

from .models import Publicatie, Thema


@receiver(post_save, sender=Thema, dispatch_uid="kennisbank.thema_renamed")
def reindex_publicaties_of_thema(sender, instance: Thema, created: bool, **kwargs) -> None:
    if not created and not kwargs.get("raw"):
        reindex(Publicatie.search_index_queryset().filter(themas=instance))


@receiver(m2m_changed, sender=Publicatie.themas.through, dispatch_uid="kennisbank.themas")
def reindex_on_themas_change(sender, instance, action: str, reverse: bool, **kwargs) -> None:
    if action in {"post_add", "post_remove", "post_clear"} and not reverse:
        instance.update_search_index()

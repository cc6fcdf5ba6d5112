"""Keep the search index of publicaties current when what it names changes: their thema's,
verbanden and gemeenten (a many-to-many change does not save the publicatie), and a renamed or
deleted thema, a renamed verband or gemeente."""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from samenwerking.search.indexed import m2m_reindexer, schedule_reindex, schedule_reindex_of
from verbanden.models import Gemeente, Samenwerkingsverband

from .models import Publicatie, Thema

# Thema's, verbanden and gemeenten are named in a publicatie's index.
for relation in ("themas", "verbanden", "gemeenten"):
    m2m_changed.connect(
        m2m_reindexer(Publicatie),
        sender=getattr(Publicatie, relation).through,
        dispatch_uid=f"kennisbank.{relation}",
        weak=False,
    )


@receiver(post_save, sender=Samenwerkingsverband, dispatch_uid="kennisbank.verband_saved")
@receiver(post_save, sender=Gemeente, dispatch_uid="kennisbank.gemeente_saved")
def reindex_publicaties_about(sender, instance, created: bool, **kwargs) -> None:
    if created or kwargs.get("raw"):
        return
    relation = "verbanden" if sender is Samenwerkingsverband else "gemeenten"
    schedule_reindex_of(Publicatie.objects.filter(**{relation: instance}))


@receiver(post_save, sender=Thema, dispatch_uid="kennisbank.thema_renamed")
def reindex_publicaties_of_thema(sender, instance: Thema, created: bool, **kwargs) -> None:
    if not created and not kwargs.get("raw"):
        schedule_reindex_of(Publicatie.objects.filter(themas=instance))


@receiver(pre_delete, sender=Thema, dispatch_uid="kennisbank.thema_deleting")
def remember_publicaties_of_thema(sender, instance: Thema, **kwargs) -> None:
    instance._search_publicatie_pks = list(instance.publicaties.values_list("pk", flat=True))


@receiver(post_delete, sender=Thema, dispatch_uid="kennisbank.thema_deleted")
def reindex_publicaties_of_deleted_thema(sender, instance: Thema, **kwargs) -> None:
    schedule_reindex(Publicatie, getattr(instance, "_search_publicatie_pks", []))

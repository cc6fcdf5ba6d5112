"""Keep the search index of evaluaties current: their text includes the verband's name and the
bevindingen and aanbevelingen, which are saved as rows of their own."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from samenwerking.search.indexed import schedule_reindex, schedule_reindex_of
from verbanden.models import Samenwerkingsverband

from .models import Aanbeveling, Bevinding, Evaluatie


@receiver(post_save, sender=Samenwerkingsverband, dispatch_uid="evaluaties.verband_saved")
def reindex_evaluaties_of_verband(sender, instance, created: bool, **kwargs) -> None:
    if not created and not kwargs.get("raw"):
        schedule_reindex_of(Evaluatie.objects.filter(verband=instance))


@receiver(post_save, sender=Bevinding, dispatch_uid="evaluaties.bevinding_saved")
@receiver(post_delete, sender=Bevinding, dispatch_uid="evaluaties.bevinding_deleted")
@receiver(post_save, sender=Aanbeveling, dispatch_uid="evaluaties.aanbeveling_saved")
@receiver(post_delete, sender=Aanbeveling, dispatch_uid="evaluaties.aanbeveling_deleted")
def reindex_evaluatie_of_row(sender, instance, **kwargs) -> None:
    if not kwargs.get("raw"):
        # Gone when the whole evaluatie is being deleted: reindexing a missing row does nothing.
        schedule_reindex(Evaluatie, [instance.evaluatie_id])

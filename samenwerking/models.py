from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """A person who logs in: adviseur, gemeente-medewerker or beheerder.

    Custom from the first migration so that later fields need no swap of the user model. The
    role is the user's group (see ``samenwerking.permissions``).
    """

    gemeente = models.ForeignKey(
        "verbanden.Gemeente",
        verbose_name="gemeente",
        on_delete=models.SET_NULL,
        related_name="medewerkers",
        null=True,
        blank=True,
        help_text="Voor gemeente-medewerkers: de gemeente waarvoor zij werken.",
    )

    class Meta(AbstractUser.Meta):
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        swappable = "AUTH_USER_MODEL"

    def __str__(self) -> str:
        return self.get_full_name() or self.username

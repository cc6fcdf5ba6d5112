from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """A person who logs in: adviseur, gemeente-medewerker or beheerder.

    Custom from the first migration so that later fields (such as the gemeente of a
    gemeente-medewerker) need no swap of the user model.
    """

    class Meta(AbstractUser.Meta):
        verbose_name = "gebruiker"
        verbose_name_plural = "gebruikers"
        swappable = "AUTH_USER_MODEL"

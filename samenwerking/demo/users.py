"""Demo groups and users, one per role, with fixed passwords for development only."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group

from samenwerking.permissions import ROLLEN
from verbanden.models import Gemeente

from .tally import Tally


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    groep: str
    first_name: str
    last_name: str
    is_staff: bool = False
    is_superuser: bool = False
    gemeente_code: str | None = None  # for a gemeente-medewerker


DEMO_USERS = (
    DemoUser("beheerder", "Demo-beheerder-2026", "beheerder", "Bea", "Beheerder", True, True),
    DemoUser("adviseur", "Demo-adviseur-2026", "adviseur", "Ad", "Viseur"),
    DemoUser("adviseur2", "Demo-adviseur2-2026", "adviseur", "Anna", "de Tweede"),
    DemoUser(
        "gemeente",
        "Demo-gemeente-2026",
        "gemeente-medewerker",
        "Gert",
        "Gemeente",
        gemeente_code="0193",  # Zwolle: takes part in several real demo verbanden
    ),
)


def sync_groups(tally: Tally) -> dict[str, Group]:
    """The role groups by name; their permissions are synced by ``samenwerking.roles``."""
    groups = {}
    for naam in ROLLEN:
        groups[naam], created = Group.objects.get_or_create(name=naam)
        tally.record("groepen", "created" if created else "unchanged")
    return groups


def sync_users(tally: Tally, groups: dict[str, Group]) -> dict[str, AbstractUser]:
    """Create or repair the demo users; setting the same password again is not a change."""
    User = get_user_model()
    users = {}
    for demo in DEMO_USERS:
        user = User.objects.filter(username=demo.username).first()
        created = user is None
        if created:
            user = User(username=demo.username)
        wanted = {
            "first_name": demo.first_name,
            "last_name": demo.last_name,
            "email": f"{demo.username}@example.org",
            "is_staff": demo.is_staff,
            "is_superuser": demo.is_superuser,
            "is_active": True,
            "gemeente_id": (
                Gemeente.objects.get(code=demo.gemeente_code).pk if demo.gemeente_code else None
            ),
        }
        changed = [field for field, value in wanted.items() if getattr(user, field) != value]
        for field in changed:
            setattr(user, field, wanted[field])
        if created or not user.check_password(demo.password):
            user.set_password(demo.password)
            changed.append("password")
        if created:
            user.save()
        elif changed:
            user.save(
                update_fields=[f.removesuffix("_id") if f == "gemeente_id" else f for f in changed]
            )
        group = groups[demo.groep]
        if not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
            changed.append("groups")
        tally.record("gebruikers", "created" if created else "updated" if changed else "unchanged")
        users[demo.username] = user
    return users


def users_table() -> list[str]:
    rows = [("gebruikersnaam", "wachtwoord", "rol")] + [
        (
            d.username,
            d.password,
            d.groep
            + (" (staf, superuser)" if d.is_superuser else "")
            + (f" (gemeente {d.gemeente_code})" if d.gemeente_code else ""),
        )
        for d in DEMO_USERS
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows]

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from .models import User


@admin.register(User)
class GebruikerAdmin(UserAdmin):
    list_display = [
        "username",
        "email",
        "first_name",
        "last_name",
        "gemeente",
        "is_staff",
        "is_active",
    ]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    list_select_related = ["gemeente"]
    autocomplete_fields = ["gemeente"]
    fieldsets = [
        *UserAdmin.fieldsets,
        ("Organisatie", {"fields": ["gemeente"], "description": "Voor gemeente-medewerkers."}),
    ]

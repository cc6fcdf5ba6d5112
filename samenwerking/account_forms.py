"""Forms of the account pages that differ from Django's own."""

from __future__ import annotations

from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator


class LoginForm(AuthenticationForm):
    """Django's login form, which also checks the username's length before anything uses it.

    Django only sets ``maxlength`` on the input: a longer username typed past the browser went
    on to the login throttle (django-axes), whose database column refused it (a server error
    on PostgreSQL).
    """

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        field = self.fields["username"]
        field.validators.append(MaxLengthValidator(field.max_length))

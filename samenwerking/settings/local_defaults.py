"""Environment defaults for running on one's own machine (``dev``, ``test``), set before ``base``."""

import os

# Plain http on localhost: no redirect to https, no secure-only cookies, no HSTS.
PLAIN_HTTP = {
    "DJANGO_SECURE_SSL_REDIRECT": "false",
    "DJANGO_SECURE_COOKIES": "false",
    "DJANGO_SECURE_HSTS_SECONDS": "0",
}


def use_local_defaults(**variables: str) -> None:
    """Set these variables and plain http, each unless the environment has it already."""
    for name, value in {**variables, **PLAIN_HTTP}.items():
        os.environ.setdefault(name, value)

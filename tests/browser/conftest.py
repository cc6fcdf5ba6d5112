"""Playwright in Debian's Chromium against pytest-django's live server, with axe-core.

Run only these with ``pytest -m browser``, skip them with ``-m "not browser"``.
"""

from __future__ import annotations

import os
import shutil

import pytest

# Sync Playwright runs an event loop in the test thread; Django would otherwise refuse the
# ORM calls that fixtures and factories make in that thread (SynchronousOnlyOperation).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium: ``playwright install`` (a browser download) is not needed."""
    if CHROMIUM is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "nl-NL"}


@pytest.fixture(autouse=True)
def _reference_data(reference_data):
    """Every browser test runs against the live server with the real gemeenten loaded."""

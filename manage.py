#!/usr/bin/env python
"""Django's command-line utility for the Samenwerkingsportaal."""

import os
import sys


def main() -> None:
    # Development settings by default; production sets DJANGO_SETTINGS_MODULE explicitly.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenwerking.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()

from django.conf import settings


def site(request):
    """Values every page needs: the site name, and the CSP nonce under Django 6's name."""
    return {
        "site_name": settings.SITE_NAME,
        # Lazy: the nonce is only generated (and added to the header) when a template uses it.
        "csp_nonce": getattr(request, "csp_nonce", ""),
    }

from django.conf import settings


def site(request):
    """Values every page needs: the site name for titles and the header."""
    return {"site_name": settings.SITE_NAME}

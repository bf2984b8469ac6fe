DEBUG = False
SECRET_KEY = "replace-in-production"
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "apps.reports",
]
ROOT_URLCONF = "portal.urls"

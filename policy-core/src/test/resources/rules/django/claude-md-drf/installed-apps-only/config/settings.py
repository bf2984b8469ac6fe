INSTALLED_APPS = [
    "django.contrib.admin",
    "rest_framework",
]

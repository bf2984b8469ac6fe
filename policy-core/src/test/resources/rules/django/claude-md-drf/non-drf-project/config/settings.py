INSTALLED_APPS = ["django.contrib.admin", "apps.orders"]

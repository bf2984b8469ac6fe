AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]

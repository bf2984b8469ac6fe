from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "local-only-not-secret"
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

from .base import *  # noqa

SECRET_KEY = "test"

from .base import *  # noqa: F401,F403

REST_FRAMEWORK = {  # expect: django/drf-pagination
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework_simplejwt.authentication.JWTAuthentication"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}
REST_FRAMEWORK.update({"DEFAULT_THROTTLE_RATES": {"anon": "100/day"}})

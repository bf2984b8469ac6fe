from .base import *  # noqa: F401,F403
from .base import REST_FRAMEWORK

REST_FRAMEWORK = {  # ok: django/drf-pagination  (extends base)
    **REST_FRAMEWORK,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

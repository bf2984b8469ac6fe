from .base import *  # noqa

REST_FRAMEWORK = {  # expect: django/drf-jwt-auth
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
}

REST_FRAMEWORK = {"PAGE_SIZE": 5}  # ok: django/drf-pagination  (not a settings module)

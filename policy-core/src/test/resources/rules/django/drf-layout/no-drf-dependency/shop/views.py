class ProductViewSet(BaseViewSet):  # ok: django/drf-layout (the project does not use DRF)
    pass

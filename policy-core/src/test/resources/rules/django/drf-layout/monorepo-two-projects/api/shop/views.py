class ProductViewSet(viewsets.ModelViewSet):  # expect: django/drf-layout
    pass

class ProductViewSet(viewsets.ReadOnlyModelViewSet):
    pass

class PageViewSet(viewsets.ModelViewSet):
    pass

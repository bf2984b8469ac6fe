from cms.admin.viewsets import ModelViewSet

from apps.cms.models import Banner


class BannerViewSet(ModelViewSet):  # ok: django/drf-modelviewset  (an admin framework's ModelViewSet, not REST framework's)
    model = Banner
    icon = "image"

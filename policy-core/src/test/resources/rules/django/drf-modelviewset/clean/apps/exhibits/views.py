from gallery.admin.viewsets import ModelViewSet

from apps.exhibits.models import Exhibit


class ExhibitViewSet(ModelViewSet):  # ok: django/drf-modelviewset  (an admin framework's ModelViewSet)
    model = Exhibit
    http_method_names = ["get"]

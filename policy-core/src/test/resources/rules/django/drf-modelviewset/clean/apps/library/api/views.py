from django.conf import settings
from rest_framework import mixins, viewsets
from rest_framework.exceptions import MethodNotAllowed, PermissionDenied

from apps.library.api.serializers import BookSerializer, MemberSerializer, ReviewSerializer, TagSerializer
from apps.library.models import Book, Member, Review, Tag

SAFE_ONLY = ["get", "head", "options"]


class BookViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    queryset = Book.objects.all()
    serializer_class = BookSerializer


class TagViewSet(viewsets.ReadOnlyModelViewSet):  # ok: django/drf-modelviewset
    queryset = Tag.objects.all()
    serializer_class = TagSerializer


class ReviewViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (no put, but patch updates: all of CRUD)
    queryset = Review.objects.all()
    serializer_class = ReviewSerializer
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]


class MemberViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (refused only under a condition)
    queryset = Member.objects.all()
    serializer_class = MemberSerializer

    def destroy(self, request, *args, **kwargs):
        if not settings.ALLOW_MEMBER_DELETION:
            raise MethodNotAllowed(request.method)
        if request.user.pk == kwargs.get("pk"):
            raise PermissionDenied("Ask a librarian to close your own account.")
        return super().destroy(request, *args, **kwargs)


class ArchivedTagViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (methods not written here: unknown)
    queryset = Tag.objects.filter(archived=True)
    serializer_class = TagSerializer
    http_method_names = SAFE_ONLY


class PlainTagViewSet(viewsets.ModelViewSet):  # ok: django/drf-modelviewset  (no evidence that an action is unwanted)
    queryset = Tag.objects.all()
    serializer_class = TagSerializer

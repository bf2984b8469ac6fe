from drf_spectacular.utils import extend_schema
from rest_framework import status, viewsets
from rest_framework.exceptions import MethodNotAllowed
from rest_framework.response import Response
from rest_framework.viewsets import ModelViewSet

from apps.library.api.serializers import AuthorSerializer, BookSerializer, LoanSerializer, ShelfSerializer
from apps.library.models import Author, Book, Loan, Shelf


class BookViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset  (only reads are let through)
    queryset = Book.objects.all()
    serializer_class = BookSerializer
    http_method_names = ["get", "head", "options"]


class ShelfViewSet(ModelViewSet[Shelf]):  # expect: django/drf-modelviewset  (no delete)
    queryset = Shelf.objects.all()
    serializer_class = ShelfSerializer
    http_method_names = ("get", "post", "patch", "head", "options")


class LoanViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset  (destroy always refused)
    queryset = Loan.objects.all()
    serializer_class = LoanSerializer

    def destroy(self, request, *args, **kwargs):
        """Loans are closed, never deleted."""
        raise MethodNotAllowed(request.method)


class AuthorViewSet(viewsets.ModelViewSet):  # expect: django/drf-modelviewset  (create answers 405)
    queryset = Author.objects.all()
    serializer_class = AuthorSerializer

    @extend_schema(exclude=True)
    def create(self, request, *args, **kwargs):
        # authors come from the catalogue import
        return Response(status=status.HTTP_405_METHOD_NOT_ALLOWED)

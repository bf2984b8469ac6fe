from rest_framework import permissions, viewsets
from rest_framework.decorators import action, api_view, permission_classes
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.orders.models import Order


class OrderViewSet(viewsets.GenericViewSet):
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        return Order.objects.filter(user=self.request.user)

    def list(self, request):
        return Response(self.get_queryset())  # expect: django/drf-no-raw-queryset-response

    @action(detail=False)
    def recent(self, request):
        queryset = self.filter_queryset(self.get_queryset())
        return Response(queryset)  # expect: django/drf-no-raw-queryset-response


class OrderNumbersView(APIView):
    permission_classes = [permissions.IsAdminUser]

    def get(self, request):
        return Response(  # expect: django/drf-no-raw-queryset-response
            Order.objects.filter(status="open").values("id", "number").order_by("-id")
        )


@api_view(["GET"])
@permission_classes([permissions.IsAuthenticated])
def open_orders(request):
    return Response(data=Order.objects.filter(user=request.user, status="open"))  # expect: django/drf-no-raw-queryset-response

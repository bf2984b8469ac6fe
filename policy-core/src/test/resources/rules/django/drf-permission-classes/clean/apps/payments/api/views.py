from rest_framework import generics, permissions, viewsets
from rest_framework.decorators import api_view, permission_classes
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.payments.api.permissions import IsOwner
from apps.payments.api.serializers import PaymentSerializer, RefundSerializer
from apps.payments.models import Payment, Refund


class PaymentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = PaymentSerializer
    permission_classes = [permissions.IsAuthenticated, IsOwner]

    def get_queryset(self):
        return Payment.objects.filter(user=self.request.user)


class RefundCreateView(generics.CreateAPIView):
    queryset = Refund.objects.all()
    serializer_class = RefundSerializer

    def get_permissions(self):
        if self.request.user.is_staff:
            return [permissions.IsAdminUser()]
        return [permissions.IsAuthenticated(), IsOwner()]


class BalanceView(APIView):
    permission_classes = (permissions.IsAuthenticated,)

    def get(self, request):
        return Response({"balance": request.user.wallet.balance})


@api_view(["POST"])
@permission_classes([permissions.IsAuthenticated])
def capture(request, pk):
    payment = Payment.objects.get(pk=pk, user=request.user)
    payment.capture()
    return Response(PaymentSerializer(payment).data)

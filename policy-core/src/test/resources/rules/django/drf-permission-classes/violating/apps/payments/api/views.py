from rest_framework import generics, viewsets
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.payments.api.serializers import PaymentSerializer, RefundSerializer
from apps.payments.models import Payment, Refund


class PaymentViewSet(viewsets.ReadOnlyModelViewSet):  # expect: django/drf-permission-classes
    serializer_class = PaymentSerializer

    def get_queryset(self):
        return Payment.objects.filter(user=self.request.user)


class RefundCreateView(generics.CreateAPIView):  # expect: django/drf-permission-classes
    queryset = Refund.objects.all()
    serializer_class = RefundSerializer


class BalanceView(APIView):  # expect: django/drf-permission-classes
    def get(self, request):
        return Response({"balance": request.user.wallet.balance})


@api_view(["POST"])
def capture(request, pk):  # expect: django/drf-permission-classes
    payment = Payment.objects.get(pk=pk, user=request.user)
    payment.capture()
    return Response(PaymentSerializer(payment).data)

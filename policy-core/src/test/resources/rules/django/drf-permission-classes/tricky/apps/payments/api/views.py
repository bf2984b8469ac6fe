from django.views import View
from django.http import JsonResponse
from rest_framework import decorators, permissions, views

from apps.payments.api.base import TenantAPIView


class HealthView(View):  # ok: django/drf-permission-classes  (plain Django view)
    def get(self, request):
        return JsonResponse({"ok": True})


class InvoiceView(TenantAPIView):  # ok: django/drf-permission-classes  (project base may set them)
    def get(self, request):
        return JsonResponse({})


class WebhookView(views.APIView):  # expect: django/drf-permission-classes
    authentication_classes = []

    def post(self, request):
        return JsonResponse({"received": True})


@decorators.api_view(["GET"])
@decorators.permission_classes([permissions.AllowAny])
def ping(request):  # ok: django/drf-permission-classes
    return JsonResponse({"pong": True})


@decorators.api_view(["GET"])
def version(request):  # expect: django/drf-permission-classes
    return JsonResponse({"version": "1.4"})


def permission_classes_for(view):  # ok: django/drf-permission-classes
    return getattr(view, "permission_classes", [])

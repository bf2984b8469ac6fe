from django.views import View
from rest_framework.views import APIView as RestAPIView


class APIView(View):  # ok: django/drf-layout (the project's own APIView, a plain Django view)
    pass


class BaseAPIView(RestAPIView):  # expect: django/drf-layout
    pass

from headless.base.views import APIView, BaseAPIView


class SignupView(APIView):  # ok: django/drf-layout (reaches Django's View, not REST framework's)
    pass


class ExportView(BaseAPIView):  # expect: django/drf-layout (REST framework's APIView through a project base)
    pass

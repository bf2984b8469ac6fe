from rest_framework.views import APIView


class PingView(APIView):  # expect: django/drf-layout
    pass

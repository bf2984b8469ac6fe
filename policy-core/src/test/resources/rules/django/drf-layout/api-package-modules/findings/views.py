from rest_framework.views import APIView


class ExportView(APIView):  # expect: django/drf-layout
    pass

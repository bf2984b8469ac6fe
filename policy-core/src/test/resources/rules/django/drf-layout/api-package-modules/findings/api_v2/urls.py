from rest_framework.routers import DefaultRouter

router = DefaultRouter()
router.register("findings", FindingViewSet)  # ok: django/drf-layout (api_v2 is the api package)

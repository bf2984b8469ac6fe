from rest_framework import routers

from .views.orders import OrderViewSet

router = routers.DefaultRouter()
router.register("orders", OrderViewSet)  # ok: django/drf-layout
urlpatterns = router.urls

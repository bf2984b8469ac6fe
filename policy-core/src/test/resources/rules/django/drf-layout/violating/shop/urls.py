from django.contrib import admin
from rest_framework.routers import DefaultRouter

router = DefaultRouter()
router.register("products", ProductViewSet)  # expect: django/drf-layout
admin.site.register(Product)  # ok: django/drf-layout (not a router)

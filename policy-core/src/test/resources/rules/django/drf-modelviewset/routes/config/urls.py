from django.contrib import admin
from django.urls import include, path
from rest_framework.routers import DefaultRouter

from apps.booking.api import views
from apps.booking.api.views import GuestViewSet, SlotViewSet

DETAIL_ACTIONS = {"get": "retrieve", "put": "update", "patch": "partial_update", "delete": "destroy"}

router = DefaultRouter()
router.register(r"stays", views.StayViewSet, basename="stay")
admin.site.register(views.Room, views.RoomViewSet)

urlpatterns = [
    path("rooms/", views.RoomViewSet.as_view({"get": "list", "post": "create"}), name="room-list"),
    path("slots/", SlotViewSet.as_view({"get": "list", "post": "create"}), name="slot-list"),
    path(
        "slots/<int:pk>/",
        SlotViewSet.as_view({
            "get": "retrieve",
            "patch": "partial_update",
            "delete": "destroy",
        }),
        name="slot-detail",
    ),
    path("visits/<int:pk>/", views.VisitViewSet.as_view(DETAIL_ACTIONS), name="visit-detail"),
    path("guests/", GuestViewSet.as_view({"get": "list", "post": "create"}), name="guest-list"),
    path("guests/<int:pk>/", GuestViewSet.as_view({"get": "retrieve", "put": "update"}), name="guest-detail"),
    path("api/", include(router.urls)),
]

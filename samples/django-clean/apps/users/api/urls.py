from django.urls import path
from rest_framework.routers import DefaultRouter

from apps.users.api.views import CurrentUserView, UserViewSet

router = DefaultRouter()
router.register("users", UserViewSet, basename="user")

urlpatterns = [path("me/", CurrentUserView.as_view(), name="current-user"), *router.urls]

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/users/", include("apps.users.api.urls")),
    path("api/payments/", include("apps.payments.api.urls")),
]

from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path

urlpatterns = [path("", include("apps.core.routes"))]

if settings.DEBUG:  # ok: django/test-no-debug-check
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

from django.test.utils import override_settings


def render_technical_500(view, request):
    """Used by the staff-only error preview page."""
    with override_settings(DEBUG=True):  # ok: django/test-no-debug-override
        return view(request)

from django.http import JsonResponse


def health(request):
    print("health check")  # expect: django/no-print
    return JsonResponse({"ok": True})

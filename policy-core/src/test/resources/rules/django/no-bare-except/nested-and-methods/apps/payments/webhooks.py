import json
import logging

from django.http import HttpResponse, HttpResponseBadRequest
from django.views import View

logger = logging.getLogger(__name__)
BARE_EXCEPT_DOC = "never write except: pass"  # ok: django/no-bare-except


class StripeWebhookView(View):
    def post(self, request, *args, **kwargs):
        try:
            event = json.loads(request.body)
        except:  # expect: django/no-bare-except
            return HttpResponseBadRequest()

        def dispatch_event(payload):
            handler = getattr(self, "on_" + payload["type"].replace(".", "_"), None)
            try:
                handler(payload["data"]["object"])
            except :  # expect: django/no-bare-except
                logger.exception("webhook handler failed")

        dispatch_event(event)
        return HttpResponse(status=200)


def parse_amount(value):
    try:
        return int(value)
    except ValueError:
        try:
            return int(float(value))
        except:  # expect: django/no-bare-except
            return 0

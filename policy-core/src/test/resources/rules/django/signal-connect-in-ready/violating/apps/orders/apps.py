from django.apps import AppConfig
from django.core.signals import request_finished

from apps.orders.signals import flush_metrics

request_finished.connect(flush_metrics, dispatch_uid="orders.flush_metrics")  # expect: django/signal-connect-in-ready


class OrdersConfig(AppConfig):
    name = "apps.orders"

import psycopg

from django.apps import AppConfig
from django.conf import settings
from django.db.models.signals import post_delete, post_save

from apps.search.signals import index_updated


class SearchConfig(AppConfig):
    name = "apps.search"

    def ready(self):
        from apps.search import handlers

        options = {"dispatch_uid": "search.reindex", "weak": False}
        post_save.connect(handlers.reindex, **options)  # ok: django/signal-dispatch-uid
        post_delete.connect(handlers.unindex, dispatch_uid=handlers.UID)  # ok: django/signal-dispatch-uid
        index_updated.connect(handlers.warm_cache, sender=self)  # expect: django/signal-dispatch-uid
        self.conn = psycopg.connect(settings.SEARCH_DSN)  # ok: django/signal-dispatch-uid

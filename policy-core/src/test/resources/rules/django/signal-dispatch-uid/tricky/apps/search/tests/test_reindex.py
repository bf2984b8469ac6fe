from django.db.models.signals import post_save
from django.test import TestCase

from apps.search.models import Document


class ReindexTests(TestCase):
    def setUp(self):
        self.calls = []
        post_save.connect(self.record, sender=Document)  # ok: django/signal-dispatch-uid
        self.addCleanup(post_save.disconnect, self.record, sender=Document)

    def record(self, sender, instance, **kwargs):
        self.calls.append(instance.pk)

    def test_save_reindexes(self):
        Document.objects.create(title="x")
        self.assertEqual(len(self.calls), 1)

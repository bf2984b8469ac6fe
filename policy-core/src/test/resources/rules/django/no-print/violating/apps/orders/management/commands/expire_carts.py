import sys

from django.core.management.base import BaseCommand
from django.utils import timezone

from apps.orders.models import Cart


class Command(BaseCommand):
    help = "Delete carts that were not touched for 30 days."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timezone.timedelta(days=30)
        stale = Cart.objects.filter(updated_at__lt=cutoff)
        count = stale.count()
        stale.delete()
        print("deleted %d carts" % count, file=sys.stderr)  # expect: django/no-print

from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Vacuum the probe table."

    def handle(self, *args, **options):
        connection.cursor().execute("VACUUM ANALYZE monitoring_probe")  # expect: django/orm-no-raw-sql
        self.stdout.write("done")

from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL

from apps.monitoring.models import Probe


def table_estimate(model):
    with connection.cursor() as c:  # ok: django/orm-no-raw-sql
        c.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [model._meta.db_table])  # expect: django/orm-no-raw-sql
        return int(c.fetchone()[0])


def server_version():
    cur = connection.cursor()
    try:
        cur.execute("SELECT VERSION()")  # expect: django/orm-no-raw-sql
        return cur.fetchone()[0]
    finally:
        cur.close()


def table_names():
    with connection.cursor() as c:
        return connection.introspection.table_names(c)  # ok: django/orm-no-raw-sql  (no SQL written here)


def slow_probes():
    return Probe.objects.annotate(
        lag=RawSQL("EXTRACT(EPOCH FROM now() - last_seen)", []),  # expect: django/orm-no-raw-sql
    ).filter(lag__gt=F("timeout"))


def named_probes(prefix):
    return Probe.objects.extra(where=["name LIKE %s"], params=[prefix + "%"])  # expect: django/orm-no-raw-sql


def run_job(job, executor):
    executor.execute(job)  # ok: django/orm-no-raw-sql  (not a database cursor)
    return job.extra(timeout=5)  # ok: django/orm-no-raw-sql

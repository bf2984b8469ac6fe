import csv
import sqlite3

import requests

from apps.reports.models import Sale


def download(url):
    response = requests.get(url, stream=True)
    return response.raw.read()  # ok: django/orm-no-raw-sql


def export_to_sqlite(path):
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE sales (id, amount)")  # ok: django/orm-no-raw-sql
    rows = Sale.objects.values_list("id", "amount")
    db.executemany("INSERT INTO sales VALUES (?, ?)", rows)  # ok: django/orm-no-raw-sql
    db.commit()


def write_csv(fh):
    writer = csv.writer(fh)
    raw_sql_hint = "connection.cursor()"  # ok: django/orm-no-raw-sql
    writer.writerow([raw_sql_hint])

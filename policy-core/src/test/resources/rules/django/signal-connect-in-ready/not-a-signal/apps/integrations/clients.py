import socket
import sqlite3

import redis
from django.conf import settings

cache_db = sqlite3.connect(settings.LOCAL_CACHE_PATH)  # ok: django/signal-connect-in-ready
pool = redis.ConnectionPool.from_url(settings.REDIS_URL)


class PrinterClient:
    def __init__(self, host: str, port: int):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.connect((host, port))  # ok: django/signal-connect-in-ready

    def reconnect(self, ws):
        ws.connect("wss://printer.local/socket")  # ok: django/signal-connect-in-ready

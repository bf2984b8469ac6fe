def test_health(client):
    print(client.get("/health/").json())  # ok: django/no-print

def run_checkout(client):
    print("checkout flow")  # ok: django/no-print
    return client.post("/checkout/")

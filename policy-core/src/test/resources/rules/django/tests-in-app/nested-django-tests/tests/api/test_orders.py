def test_order_list_needs_login(client):
    response = client.get("/api/orders/")
    assert response.status_code == 403

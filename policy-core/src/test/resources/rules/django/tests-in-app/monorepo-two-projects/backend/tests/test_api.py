def test_health_endpoint(client):
    assert client.get("/health/").status_code == 200

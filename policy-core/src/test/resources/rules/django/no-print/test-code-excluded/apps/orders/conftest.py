def pytest_report_header(config):
    print("orders test suite")  # ok: django/no-print
    return "orders"

import pytest

from api_tests.factories import NodeFactory


@pytest.mark.django_db  # expect: django/db-mark-not-class-level
class NodeListMixin:
    def test_lists_public_nodes(self, app, url):
        NodeFactory(is_public=True)
        assert app.get(url).status_code == 200

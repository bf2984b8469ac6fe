from scripts.merge_env import merge


def test_merge_joins_lines():
    assert merge("A=1", "B=2") == "A=1\nB=2"

import os

version = os.environ.get("RELEASE_VERSION", "")
if not version:
    print("RELEASE_VERSION is not set")
    raise SystemExit(1)

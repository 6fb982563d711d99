"""Decide whether the service-backed tests run: `python scripts/services.py probe`.

Exit 0: run them. Exit 1: skip them (only when LEMMA_SERVICES is "auto" or "off").
With LEMMA_SERVICES=required a missing service is an error (exit 2), never a skip.
"""

import os
import socket
import sys
from urllib.parse import urlsplit


def reachable(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2):
            return True
    except OSError:
        return False


def main() -> int:
    mode = os.environ.get("LEMMA_SERVICES", "auto")
    if mode == "off":
        print("==> Service-backed tests are off (LEMMA_SERVICES=off)")
        return 1
    urls = {"PostgreSQL": os.environ["PG_URL"], "Redis": os.environ["REDIS_URL"]}
    missing = [name for name, url in urls.items() if not reachable(url)]
    if not missing:
        return 0
    message = f"{' and '.join(missing)} not reachable at {', '.join(urls[m] for m in missing)}"
    if mode == "required":
        print(f"ERROR: service-backed tests are required but {message}", file=sys.stderr)
        return 2
    print(f"==> Skipping service-backed tests: {message} (CI requires them)")
    return 1


if __name__ == "__main__":
    sys.exit(main())

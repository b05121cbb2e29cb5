"""Where each provider is reached: the environment first, then the user's setting, then the
provider's public address. A base URL is a scheme and a host, with a port and a path prefix if
a proxy or mirror needs them (`http://127.0.0.1:8765`)."""
from __future__ import annotations

import os
from urllib.parse import urlsplit

from tracker.errors import TrackerError
from tracker.online import stooq, yahoo
from tracker.online.base import Provider
from tracker.online.http import HttpOptions
from tracker.online.symbols import PROVIDERS

ENV_VARS = {"yahoo": "TRACKER_YAHOO_URL", "stooq": "TRACKER_STOOQ_URL"}
DEFAULT_URLS = {"yahoo": yahoo.DEFAULT_URL, "stooq": stooq.DEFAULT_URL}
_CLASSES = {"yahoo": yahoo.YahooChart, "stooq": stooq.StooqDaily}


def check_base_url(url: str, field: str) -> str:
    """The URL without a trailing slash, or a TrackerError naming the field."""
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TrackerError(f"{field}: expected a base URL such as http://127.0.0.1:8765 "
                           f"(scheme and host), got {url!r}")
    try:
        parts.port
    except ValueError:
        raise TrackerError(f"{field}: the port in {url!r} is not a number") from None
    if parts.query or parts.fragment:
        raise TrackerError(f"{field}: a base URL has no query or fragment, got {url!r}")
    return text.rstrip("/")


def resolve_url(provider: str, configured: str | None) -> str:
    env = os.environ.get(ENV_VARS[provider], "").strip()
    if env:
        return check_base_url(env, ENV_VARS[provider])
    if configured:
        return check_base_url(configured, f"{provider} URL setting")
    return DEFAULT_URLS[provider]


def make_provider(provider: str, configured_url: str | None = None,
                  options: HttpOptions = HttpOptions()) -> Provider:
    if provider not in PROVIDERS:
        raise TrackerError(f"provider: choose one of {', '.join(PROVIDERS)}, not {provider!r}")
    return _CLASSES[provider](resolve_url(provider, configured_url), options)

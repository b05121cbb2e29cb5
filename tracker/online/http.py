"""One GET with a timeout, retries on 429 / 5xx, and every failure worded as one line for the user.

`fetch` returns (status, body) for 200 and for 404 (Yahoo answers an unknown symbol with a 404 and
a JSON error the provider reads); anything else it cannot recover from raises `ProviderError`.
"""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from tracker.errors import ImportCancelled, TrackerError

DEFAULT_TIMEOUT = 10.0
RETRIES = 2                      # after the first try: three requests in all
BACKOFF_SECONDS = (1.0, 3.0)     # pause before the first and the second retry
MAX_BODY_BYTES = 50_000_000      # no daily history comes near this; a runaway answer is cut off
# Some providers turn away urllib's default agent; say plainly who asks.
USER_AGENT = "Mozilla/5.0 (compatible; Tracker price update)"


class ProviderError(TrackerError):
    """A provider could not be reached or gave an answer that cannot be used; nothing was written."""


class UpdateCancelled(ImportCancelled):
    """The user stopped an update; nothing was written."""

    def __init__(self) -> None:
        super().__init__("update cancelled: nothing was written")


@dataclass(frozen=True)
class HttpOptions:
    timeout: float = DEFAULT_TIMEOUT
    retries: int = RETRIES
    backoff: tuple[float, ...] = BACKOFF_SECONDS


def _where(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def fetch(url: str, provider: str, options: HttpOptions = HttpOptions(),
          should_cancel: Callable[[], bool] | None = None) -> tuple[int, bytes]:
    """GET `url`: (status, body) for 200 and 404; ProviderError for every other outcome."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                   "Accept": "application/json, text/csv, */*"})
    status = 0
    for attempt in range(options.retries + 1):
        if should_cancel is not None and should_cancel():
            raise UpdateCancelled()
        if attempt:
            _pause(options.backoff[min(attempt - 1, len(options.backoff) - 1)], should_cancel)
        try:
            with urllib.request.urlopen(request, timeout=options.timeout) as response:
                return response.status, _read(response, provider)
        except urllib.error.HTTPError as exc:
            status = exc.code
            if status == 404:
                return status, _read(exc, provider)
            if status == 429 or 500 <= status < 600:
                continue                     # busy or failing for a moment: try again
            raise ProviderError(f"{provider}: the server refused the request "
                                f"(HTTP {status} {exc.reason})") from None
        except urllib.error.URLError as exc:
            raise ProviderError(_network_message(provider, url, exc.reason, options)) from None
        except (TimeoutError, socket.timeout):
            raise ProviderError(_timeout_message(provider, url, options)) from None
        except (ConnectionError, OSError) as exc:
            raise ProviderError(_network_message(provider, url, exc, options)) from None
    raise ProviderError(f"{provider}: rate limited, try later (HTTP {status} on "
                        f"{options.retries + 1} tries)")


def _pause(seconds: float, should_cancel: Callable[[], bool] | None) -> None:
    """Sleep in small steps so Cancel is felt during a back-off."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if should_cancel is not None and should_cancel():
            raise UpdateCancelled()
        time.sleep(min(left, 0.05))


def _read(response, provider: str) -> bytes:
    try:
        body = response.read(MAX_BODY_BYTES + 1)
    except (TimeoutError, socket.timeout):
        raise ProviderError(f"{provider}: the answer stopped arriving (timed out)") from None
    except OSError as exc:
        raise ProviderError(f"{provider}: the connection broke while reading ({exc})") from None
    if len(body) > MAX_BODY_BYTES:
        raise ProviderError(f"{provider}: the answer is larger than {MAX_BODY_BYTES:,} bytes")
    return body


def _timeout_message(provider: str, url: str, options: HttpOptions) -> str:
    return f"{provider}: no answer from {_where(url)} within {options.timeout:g} s (timed out)"


def _network_message(provider: str, url: str, reason, options: HttpOptions) -> str:
    where = _where(url)
    if isinstance(reason, socket.gaierror):
        return (f"{provider}: cannot find {urlsplit(url).hostname} (DNS lookup failed); "
                "check your internet connection or the provider address")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return _timeout_message(provider, url, options)
    if isinstance(reason, ConnectionRefusedError):
        return f"{provider}: cannot connect to {where} (connection refused); no network?"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"{provider}: cannot connect to {where} ({text}); no network?"

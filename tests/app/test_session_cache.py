"""Exchange sessions and the expected schemas kept in the cache folder answer exactly as computing
them would, and are computed again whenever they cannot."""
from datetime import date, timedelta

from tracker import cached, paths
from tracker.app import session_cache
from tracker.store import verify

DAYS = [date(2024, 1, 2) + timedelta(days=n) for n in range(0, 900, 1) if (date(2024, 1, 2) + timedelta(days=n)).weekday() < 5]


class Builder:
    def __init__(self):
        self.calls = []

    def __call__(self, end):
        self.calls.append(end)
        return [d for d in DAYS if d <= end]


def test_sessions_are_built_once_then_read_back_truncated_to_the_span_asked():
    build = Builder()
    end = date(2024, 6, 30)
    first = session_cache.sessions("XNYS", end, build)
    assert build.calls == [end + timedelta(days=session_cache.AHEAD_DAYS)]
    assert first == [d for d in DAYS if d <= end]
    assert session_cache.sessions("XNYS", end, build) == first
    later = date(2024, 9, 30)
    assert session_cache.sessions("XNYS", later, build) == [d for d in DAYS if d <= later]
    assert len(build.calls) == 1


def test_sessions_are_built_again_past_the_span_the_file_covers_or_for_another_package(monkeypatch):
    build = Builder()
    end = date(2024, 6, 30)
    session_cache.sessions("XHKG", end, build)
    beyond = end + timedelta(days=session_cache.AHEAD_DAYS + 1)
    assert session_cache.sessions("XHKG", beyond, build) == [d for d in DAYS if d <= beyond]
    assert len(build.calls) == 2
    monkeypatch.setattr(session_cache, "package_key", lambda: "another version of the package")
    assert session_cache.sessions("XHKG", end, build) == [d for d in DAYS if d <= end]
    assert len(build.calls) == 3


def test_a_damaged_cache_file_is_built_again():
    build = Builder()
    end = date(2024, 6, 30)
    session_cache.sessions("XNYS", end, build)
    path = paths.cache_dir() / "sessions-XNYS.txt"
    text = path.read_text()
    path.write_text(text.replace("\n7", "\nseven", 1))
    assert session_cache.sessions("XNYS", end, build) == [d for d in DAYS if d <= end]
    path.write_bytes(b"\xff\xfe garbage")
    assert session_cache.sessions("XNYS", end, build) == [d for d in DAYS if d <= end]
    assert len(build.calls) == 3


def test_the_real_calendars_match_through_the_cache():
    from tracker.app import earnings
    end = date.today() + timedelta(days=3 * 366)
    built = earnings._build_sessions("XNYS", end)
    earnings.trading_calendar.cache_clear()
    try:
        assert earnings.trading_calendar("XNYS").sessions == built     # built, then kept
        earnings.trading_calendar.cache_clear()
        assert earnings.trading_calendar("XNYS").sessions == built     # read back
    finally:
        earnings.trading_calendar.cache_clear()
    assert cached.load("sessions-XNYS.txt", session_cache.package_key()) is not None


def test_expected_schemas_from_the_cache_equal_the_replayed_migrations():
    names = tuple(m.name for m in verify.migrations._migrations)
    replayed = verify._replayed_schemas(names)
    verify._schemas.clear()
    assert verify.expected_schemas() == replayed          # replayed, then kept
    verify._schemas.clear()
    assert verify.expected_schemas() == replayed          # read back
    assert cached.load("schemas.json", verify._migrations_key(names)) is not None
    assert cached.load("schemas.json", "another migrations module") is None

"""Price updates from an online provider, only when the user asks (`tracker.price_updates`).

Every series is fetched and checked first (bad bars, a symbol the provider does not know, bars that
would mix adjusted and raw closes); then all of them are written in one transaction, or nothing is.
A few days before the last stored bar are fetched again, so a provider's late correction lands and
the adjusted-bars check always has days to compare. Dividends and splits the provider reports are
returned as suggestions; none is recorded here.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

import numpy as np

from tracker.app.price_checks import refuse_mixed_series
from tracker.app.sources import (SeriesFreshness, all_series, record_provider_source,
                                 series_freshness)
from tracker.domain.model import CorporateAction, Dividend, Instrument
from tracker.domain.money import to_decimal
from tracker.errors import TrackerError
from tracker.online.base import DIVIDEND, SPLIT, Fetched, ProviderEvent
from tracker.online.config import DEFAULT_URLS, ENV_VARS, check_base_url, make_provider
from tracker.online.http import DEFAULT_TIMEOUT, HttpOptions, ProviderError, UpdateCancelled
from tracker.online.symbols import PROVIDER_NAMES, PROVIDERS, remote_symbol
from tracker.store import prices as price_store
from tracker.store.earnings import get_meta, set_meta

REFETCH_DAYS = 10              # calendar days before the last stored bar, fetched again
KNOWN_DIVIDEND_WINDOW = 90     # a dividend recorded this many days after an ex-date is that one
SAME_VALUE = 1e-6              # relative: float noise (72.809998 for 72.81) is no change
_KEYS = {"provider": "online.provider", "yahoo_url": "online.yahoo_url",
         "stooq_url": "online.stooq_url", "timeout": "online.timeout",
         "update_on_start": "online.update_on_start"}
Progress = Callable[[int, int], None]
# what the window shows about providers (it talks to this module, not to tracker.online)
__all__ = ["DEFAULT_URLS", "DIVIDEND", "ENV_VARS", "PROVIDER_NAMES", "PROVIDERS", "OnlineSettings",
           "PriceUpdater", "SeriesUpdate", "UpdateReport"]


@dataclass(frozen=True)
class OnlineSettings:
    """Kept in the database file, so the window and the command line share them. Empty URLs mean
    the provider's public address; TRACKER_YAHOO_URL / TRACKER_STOOQ_URL override both."""
    provider: str = "yahoo"
    yahoo_url: str = ""
    stooq_url: str = ""
    timeout: float = DEFAULT_TIMEOUT
    update_on_start: bool = False


@dataclass
class SeriesUpdate:
    symbol: str
    provider: str
    remote: str
    start: date
    end: date
    received: int = 0              # bars in the answer, within start..end
    added: int = 0
    updated: int = 0               # stored bars whose values changed
    first: date | None = None
    last: date | None = None
    events: list[ProviderEvent] = field(default_factory=list)   # not recorded yet


@dataclass
class UpdateReport:
    provider: str
    series: list[SeriesUpdate] = field(default_factory=list)
    fetch_seconds: float = 0.0     # waiting for the provider and reading its answers
    parse_seconds: float = 0.0     # turning answers into checked bars
    write_seconds: float = 0.0     # the one transaction

    @property
    def added(self) -> int:
        return sum(s.added for s in self.series)

    @property
    def updated(self) -> int:
        return sum(s.updated for s in self.series)

    @property
    def events(self) -> list[ProviderEvent]:
        return [e for s in self.series for e in s.events]


@dataclass
class _Planned:
    update: SeriesUpdate
    fetched: Fetched
    new: dict[str, np.ndarray]          # the answer's bars within start..end
    write: dict[str, np.ndarray] = field(default_factory=dict)


def _day(ts: int) -> date:
    return date(1970, 1, 1) + timedelta(days=int(ts) // 86_400)


def _ts(day: date) -> int:
    return (day - date(1970, 1, 1)).days * 86_400


class PriceUpdater:
    def __init__(self, tracker):
        self.tracker = tracker
        self.db = tracker.db

    # --- settings ---------------------------------------------------------------------------------
    def settings(self) -> OnlineSettings:
        values = {name: get_meta(self.db, key) for name, key in _KEYS.items()}
        default = OnlineSettings()
        try:
            timeout = float(values["timeout"]) if values["timeout"] else default.timeout
        except ValueError:
            timeout = default.timeout
        return OnlineSettings(provider=values["provider"] if values["provider"] in PROVIDERS else "yahoo",
                              yahoo_url=values["yahoo_url"] or "", stooq_url=values["stooq_url"] or "",
                              timeout=timeout, update_on_start=values["update_on_start"] == "1")

    def save_settings(self, settings: OnlineSettings) -> OnlineSettings:
        """Check every field, then store them all in one transaction."""
        if settings.provider not in PROVIDERS:
            raise TrackerError(f"provider: choose one of {', '.join(PROVIDERS)}")
        urls = {name: check_base_url(getattr(settings, name), f"{name.split('_')[0]} URL")
                if getattr(settings, name).strip() else "" for name in ("yahoo_url", "stooq_url")}
        if not 0 < settings.timeout <= 300:
            raise TrackerError("timeout: give a number of seconds between 0 and 300")
        settings = replace(settings, **urls)
        with self.tracker.write():
            set_meta(self.db, _KEYS["provider"], settings.provider)
            set_meta(self.db, _KEYS["yahoo_url"], settings.yahoo_url or None)
            set_meta(self.db, _KEYS["stooq_url"], settings.stooq_url or None)
            set_meta(self.db, _KEYS["timeout"], repr(float(settings.timeout)))
            set_meta(self.db, _KEYS["update_on_start"], "1" if settings.update_on_start else None)
        return settings

    def provider(self, name: str | None = None, options: HttpOptions | None = None):
        settings = self.settings()
        name = name or settings.provider
        url = {"yahoo": settings.yahoo_url, "stooq": settings.stooq_url}.get(name)
        return make_provider(name, url, options or HttpOptions(timeout=settings.timeout))

    # --- the update -------------------------------------------------------------------------------
    def start_for(self, symbol: str, start: date | None = None) -> date:
        """`start` when given; else a few days before the last stored bar; else the listing's
        first trading day (the whole history)."""
        if start is not None:
            return start
        last = self.tracker.last_price_date(symbol)
        if last is None:
            return self.series(symbol).first_trading_day
        return last - timedelta(days=REFETCH_DAYS)

    def all_series(self) -> dict[str, Instrument]:
        return all_series(self.db)

    def series(self, symbol: str) -> Instrument:
        known = self.all_series()
        if symbol not in known:
            raise TrackerError(f"symbol: unknown series {symbol!r} (known: {', '.join(known)})")
        return known[symbol]

    def update(self, symbols: list[str] | None = None, provider: str | None = None,
               start: date | None = None, progress: Progress | None = None,
               should_cancel: Callable[[], bool] | None = None, allow_adjusted: bool = False,
               options: HttpOptions | None = None) -> UpdateReport:
        """Fetch, check and write the bars each series lacks (see the module docstring)."""
        t = self.tracker
        symbols = symbols or sorted(self.all_series())
        for symbol in symbols:
            self.series(symbol)                # only series the database knows
        today = t.today()
        if start is not None and start > today:
            raise TrackerError(f"from: {start} is after today ({today})")
        source = self.provider(provider, options)
        report = UpdateReport(source.name)
        cancelled = should_cancel or (lambda: False)
        total = len(symbols) + 1
        planned = []
        for done, symbol in enumerate(symbols):
            if progress is not None:
                progress(done, total)
            if cancelled():
                raise UpdateCancelled()
            first = self.start_for(symbol, start)
            began = time.perf_counter()
            fetched = source.fetch_daily(symbol, first, today, should_cancel)
            report.fetch_seconds += time.perf_counter() - began - fetched.parse_seconds
            report.parse_seconds += fetched.parse_seconds
            planned.append(self._plan(fetched, first, today, allow_adjusted))
        if cancelled():
            raise UpdateCancelled()
        if progress is not None:
            progress(len(symbols), total)
        began = time.perf_counter()
        with t.write():
            for plan in planned:
                # checked again as committed: another process may have written since the fetch
                plan.write = self._checked_write(plan, allow_adjusted)
                if len(plan.write["ts"]):
                    price_store.upsert_bars(self.db, plan.update.symbol, plan.write,
                                            should_cancel=should_cancel)
                record_provider_source(self.db, plan.update.symbol, source.name)
            if cancelled():
                raise UpdateCancelled()        # rolls the transaction back
        report.write_seconds = time.perf_counter() - began
        report.series = [plan.update for plan in planned]
        for plan in planned:
            # the views read every series' closes next (value lines, returns): have the facade
            # convert and cache them here, on the caller's (worker) thread
            t.close_on_or_before(plan.update.symbol, today)
        if progress is not None:
            progress(total, total)
        return report

    def _plan(self, fetched: Fetched, start: date, end: date, allow_adjusted: bool) -> _Planned:
        """What writing this answer would change; raises when the answer must not be written."""
        bars, symbol = fetched.bars, fetched.symbol
        if bars.errors:
            shown = "; ".join(str(e) for e in bars.errors[:3])
            raise ProviderError(f"{fetched.provider}: the answer for {fetched.remote} holds bars "
                                f"that cannot be stored ({shown}); nothing was written")
        if bars.intraday:
            raise ProviderError(f"{fetched.provider}: the answer for {fetched.remote} is not daily bars")
        inside = (bars.ts >= _ts(start)) & (bars.ts <= _ts(end))
        new = {name: getattr(bars, name)[inside] for name in price_store.COLUMNS}
        update = SeriesUpdate(symbol, fetched.provider, fetched.remote, start, end,
                              received=len(new["ts"]))
        if len(new["ts"]):
            update.first, update.last = _day(new["ts"][0]), _day(new["ts"][-1])
        update.events = self._unrecorded(fetched.events, start, end)
        plan = _Planned(update, fetched, new)
        plan.write = self._checked_write(plan, allow_adjusted)   # refuses before any write begins
        return plan

    def _checked_write(self, plan: _Planned, allow_adjusted: bool) -> dict[str, np.ndarray]:
        """The bars of the answer that are new or changed against the stored ones (counted into
        the plan's update); MixedSeriesError when they would mix adjusted and raw closes, or look
        like another series' (the stored ones may be the wrong ones: `allow_adjusted` replaces them)."""
        update, new = plan.update, plan.new
        stored = price_store.load_bars(self.db, update.symbol, _ts(update.start), _ts(update.end))
        if not allow_adjusted:
            refuse_mixed_series(update.symbol, stored, new["ts"], new["close"])
        write = self._changed_bars(stored, new)
        already = np.isin(write["ts"], stored["ts"], assume_unique=True)
        update.updated = int(already.sum())
        update.added = len(write["ts"]) - update.updated
        return write

    @staticmethod
    def _changed_bars(stored: dict[str, np.ndarray], new: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """The new bars that are missing from `stored` or differ from the stored bar."""
        position = np.searchsorted(stored["ts"], new["ts"])
        position = np.minimum(position, max(len(stored["ts"]) - 1, 0))
        present = (np.asarray(stored["ts"])[position] == new["ts"]) if len(stored["ts"]) else \
            np.zeros(len(new["ts"]), dtype=bool)
        differs = ~present
        for name in price_store.COLUMNS[1:]:
            if len(stored["ts"]):
                old = stored[name][position]
                differs |= present & (np.abs(new[name] - old) > SAME_VALUE * np.maximum(np.abs(old), 1))
        return {name: values[differs] for name, values in new.items()}

    def _unrecorded(self, events: list[ProviderEvent], start: date, end: date) -> list[ProviderEvent]:
        """Events in the fetched range that the ledger does not hold yet."""
        t = self.tracker
        actions = {(a.symbol, a.effective) for a in t.corporate_actions()}
        kept = []
        for event in events:
            if not start <= event.day <= end:
                continue
            if event.kind == SPLIT and (event.symbol, event.day) in actions:
                continue
            if event.kind == DIVIDEND and any(
                    event.day <= d.pay_date <= event.day + timedelta(days=KNOWN_DIVIDEND_WINDOW)
                    for d in t.dividends(event.symbol)):
                continue
            kept.append(event)
        return kept

    def freshness(self) -> dict[str, SeriesFreshness]:
        """Per series: where its bars came from, when they were written, how old the last one is."""
        return series_freshness(self.tracker)

    # --- what the user may confirm ----------------------------------------------------------------
    def suggested_dividend(self, event: ProviderEvent) -> Dividend | None:
        """The dividend a reported ex-date would pay on the units held the day before it (dated
        on the ex-date: the pay date is not reported), or None when nothing was held."""
        if event.kind != DIVIDEND or event.amount is None:
            return None
        held = self.tracker.holdings_on(event.day - timedelta(days=1)).get(event.symbol, Decimal(0))
        if held <= 0:
            return None
        currency = self.series(event.symbol).currency
        gross = (to_decimal(event.amount) * held).quantize(Decimal("0.01"))
        return Dividend(event.symbol, event.day, gross, currency=currency,
                        note=f"{event.amount:g} {currency} per unit, ex-date {event.day} "
                             "(reported by the price provider; set the pay date)")

    def suggested_split(self, event: ProviderEvent) -> CorporateAction | None:
        """The split a reported event would record (numerator units for each denominator unit)."""
        if event.kind != SPLIT or not event.numerator or not event.denominator:
            return None
        factor = to_decimal(event.numerator) / to_decimal(event.denominator)
        return CorporateAction(event.symbol, event.day, "split", factor.normalize(),
                               note=f"{event.numerator:g}:{event.denominator:g} split reported by the "
                                    "price provider, confirmed by you")

    def suggestion(self, event: ProviderEvent):
        """What confirming a reported event would record: a Dividend, a split, or None."""
        return self.suggested_dividend(event) if event.kind == DIVIDEND else self.suggested_split(event)

    def remote_symbol(self, symbol: str, provider: str | None = None) -> str:
        return remote_symbol(symbol, provider or self.settings().provider)

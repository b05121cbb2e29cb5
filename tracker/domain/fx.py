"""Exchange rates by day: the stored USD/HKD and USD/CNY series, and the peg when there is none.

- **The day's rate**: the rate (a daily close of the series `USDHKD` or `USDCNY`: HKD or CNY per US
  dollar) on that day, or the previous one available when that day has none (a weekend, a
  holiday, a gap in the file).
- **Approximate**: where no rate exists on or before the day, HKD uses the centre of the Hong Kong
  dollar's 7.75-7.85 band, 7.80 (`money.HKD_PER_USD`), and CNY, which has no peg, the earliest
  rate known; a figure that used either is marked approximate (`Converted.approximate`). Without
  any USD/CNY rate at all nothing can be said in CNY (`MissingRate`).
- Any other pair goes through the US dollar: HKD -> CNY = amount / USDHKD x USDCNY, both of the day.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Sequence

from tracker.domain.money import HKD_PER_USD, quantize_cost

USD, HKD, CNY = "USD", "HKD", "CNY"
CURRENCIES = (USD, HKD, CNY)
SERIES_OF = {HKD: "USDHKD", CNY: "USDCNY"}      # the stored series of each currency's rate
PEGGED = {HKD: HKD_PER_USD}
APPROXIMATE = "approximate: 7.80 HKD per USD where no rate was stored"


# The Hong Kong dollar trades within 7.75–7.85 per US dollar: a conversion's rate this far from
# the peg (either way round) is a typing slip, such as 7.8 for HKD -> USD, where 0.128 is meant.
IMPLAUSIBLE_BEYOND = Decimal("0.10")


def implausible_rate(from_currency: str, to_currency: str, rate: Decimal) -> Decimal | None:
    """The rate about which a conversion from `from_currency` to `to_currency` is expected (USD
    to HKD near the peg, HKD to USD near its inverse) when `rate` is over 10 % away from it, else
    None (as for any other pair, whose rates float)."""
    pair = {from_currency, to_currency}
    if pair != {USD, HKD} or rate <= 0:
        return None
    expected = HKD_PER_USD if from_currency == USD else 1 / HKD_PER_USD
    if abs(rate / expected - 1) <= IMPLAUSIBLE_BEYOND:
        return None
    return expected


class MissingRate(ValueError):
    """No rate at all for a currency that has no peg to fall back on."""

    def __init__(self, currency: str):
        self.currency = currency
        super().__init__(f"no USD/{currency} rate is stored: import a {SERIES_OF.get(currency, currency)} "
                         f"price file (`tracker prices import FILE --symbol {SERIES_OF.get(currency, currency)}`)")


@dataclass(frozen=True)
class Rate:
    """Units of a currency per US dollar on a day, the day it was quoted, and whether it is a
    stand-in (the peg, or the earliest rate for a day before it)."""
    value: Decimal
    quoted: date | None
    approximate: bool


class Rates:
    """The day's rate of each currency per US dollar (see the module docstring)."""

    def __init__(self, series: dict[str, Sequence[tuple[date, Decimal]]] | None = None):
        """`series`: currency -> (day, units per US dollar) ascending by day."""
        self._days: dict[str, list[date]] = {}
        self._values: dict[str, list[Decimal]] = {}
        for currency, rows in (series or {}).items():
            self._days[currency] = [d for d, _ in rows]
            self._values[currency] = [Decimal(v) for _, v in rows]
        self._memo: dict[tuple[str, date], Rate] = {}

    def known(self, currency: str) -> bool:
        return currency == USD or bool(self._days.get(currency))

    def per_usd(self, currency: str, day: date) -> Rate:
        """Units of `currency` per US dollar on `day`."""
        if currency == USD:
            return Rate(Decimal(1), day, False)
        key = (currency, day)
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = self._look_up(currency, day)
        return found

    def _look_up(self, currency: str, day: date) -> Rate:
        days = self._days.get(currency) or []
        i = bisect_right(days, day)
        if i:
            return Rate(self._values[currency][i - 1], days[i - 1], False)
        if currency in PEGGED:
            return Rate(PEGGED[currency], None, True)
        if days:
            return Rate(self._values[currency][0], days[0], True)
        raise MissingRate(currency)

    def rate(self, from_currency: str, to_currency: str, day: date) -> Rate:
        """Units of `to_currency` per unit of `from_currency` on `day` (through the US dollar)."""
        if from_currency == to_currency or not from_currency or not to_currency:
            return Rate(Decimal(1), day, False)
        src, dst = self.per_usd(from_currency, day), self.per_usd(to_currency, day)
        if from_currency == USD:
            return dst
        value = dst.value / src.value
        quoted = min((r.quoted for r in (src, dst) if r.quoted), default=None)
        return Rate(quantize_cost(value), quoted, src.approximate or dst.approximate)

    def convert(self, amount: Decimal, from_currency: str, to_currency: str, day: date) -> tuple[Decimal, bool]:
        """`amount` in `to_currency` at the day's rate, and whether that rate was approximate.
        Dividing (into US dollars) keeps 10 decimals (`money.COST_QUANTUM`)."""
        if from_currency == to_currency or not from_currency or not to_currency:
            return amount, False
        if to_currency == USD:
            src = self.per_usd(from_currency, day)
            return quantize_cost(amount / src.value), src.approximate
        if from_currency == USD:
            dst = self.per_usd(to_currency, day)
            return amount * dst.value, dst.approximate
        src, dst = self.per_usd(from_currency, day), self.per_usd(to_currency, day)
        return quantize_cost(amount * dst.value / src.value), src.approximate or dst.approximate


PEG_ONLY = Rates()      # no stored rates: HKD at the peg (marked approximate), CNY unknown


# --- dividends credited in another currency ---------------------------------------------------------
def completed_dividend(div):
    """The dividend with its rate derived from the two amounts (received / net), or the amount
    received derived from the rate (net x rate, to the cent), when only one of them is given."""
    from dataclasses import replace
    from tracker.domain.money import quantize_money
    if div.received is not None and div.fx_rate is None and div.net:
        return replace(div, fx_rate=quantize_cost(div.received / div.net))
    if div.fx_rate is not None and div.received is None:
        return replace(div, received=quantize_money(div.net * div.fx_rate))
    return div


def dividend_in(div, currency: str, rates: Rates) -> tuple[Decimal, bool]:
    """A dividend's net amount in `currency`: as declared when that is its currency, the amount
    received when it was credited in `currency`, else at its own rate into the currency it was
    credited in, else at the day's rate; and whether that rate was approximate."""
    if not currency or div.currency == currency:
        return div.net, False
    if div.received is not None and div.received_currency == currency:
        return div.received, False
    if div.received is not None and div.received_currency:
        return rates.convert(div.received, div.received_currency, currency, div.pay_date)
    return rates.convert(div.net, div.currency, currency, div.pay_date)

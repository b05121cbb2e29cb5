"""Closed lots and realized gains by tax year.

- **Closed lot**: the part of one lot a sell consumed (FIFO: oldest first; average: the pool).
  Its cost is what the ledger takes off the lot (buy fees included, and for units that arrived by
  conversion the carried cost in this listing's currency); its proceeds are the sell's proceeds
  (quantity × price − sell fee) shared among the lots it closed by quantity. Both are rounded
  half-even to the cent, the sell's totals once and each lot's share, the last lot taking the
  remainder, so a sell's lots add up to its rounded proceeds and cost exactly.
  Gain = proceeds − cost; return = gain / cost; holding period = sell date − acquisition date in
  days. With the average method the lot is the pool, which has no single acquisition date.
- **Tax year**: starts on a month and day (1 January for the calendar year, 6 April in the UK,
  1 April in Hong Kong) and is named by the calendar year it starts in: the UK year 2024 runs from
  6 April 2024 to 5 April 2025 ("2024/25"). A gain belongs to the tax year of its sell date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Iterable

from tracker.domain import ledger
from tracker.domain.ledger import AVERAGE, FIFO, Book
from tracker.domain.money import quantize_money

ZERO = Decimal(0)


@dataclass(frozen=True)
class ClosedLot:
    symbol: str
    currency: str
    bought: date | None          # None with the average method (the pool has no one date)
    sold: date
    quantity: Decimal
    proceeds: Decimal
    cost: Decimal
    sell_id: int | None = None
    account_id: int = 1           # the account of the sell (and of the lots it consumed)

    @property
    def gain(self) -> Decimal:
        return self.proceeds - self.cost

    @property
    def holding_days(self) -> int | None:
        return (self.sold - self.bought).days if self.bought is not None else None

    @property
    def return_fraction(self) -> Decimal | None:
        return self.gain / self.cost if self.cost else None


def closed_lots(symbol: str, book: Book, method: str = FIFO, until: date | None = None,
                account: int | None = None) -> list[ClosedLot]:
    """Every lot (or part of one) the sells of `symbol` closed (those in `account`, or in every
    account: None), in the order of the sells. A sell consumes the lots of its own account."""
    inst = book.instruments[symbol]
    replay = ledger._Replay(book, method, ledger._linked_symbols(book, symbol))
    replay.sold_pieces = pieces = []
    out: list[ClosedLot] = []
    for kind, day, rec, proceeds, _ in replay.run(until=until):
        if kind != ledger._SELL or rec.symbol != symbol or (account is not None and rec.account_id != account):
            continue
        proceeds_left = quantize_money(proceeds)
        cost_left = quantize_money(sum((cost for _, cost, _ in pieces), ZERO))
        for n, (quantity, cost, acquired) in enumerate(pieces):
            if n == len(pieces) - 1:
                share, cost = proceeds_left, cost_left
            else:
                share = quantize_money(proceeds * quantity / rec.quantity)
                cost = quantize_money(cost)
            proceeds_left -= share
            cost_left -= cost
            out.append(ClosedLot(symbol, inst.currency, None if method == AVERAGE else acquired, day,
                                 quantity, share, cost, rec.id, rec.account_id))
    return out


@dataclass(frozen=True)
class TaxYearStart:
    month: int = 1
    day: int = 1

    def __post_init__(self):
        try:
            date(2001, self.month, self.day)      # not a leap year: 29 February cannot start a year
        except (TypeError, ValueError):
            raise ValueError(f"tax year start: {self.month:02}-{self.day:02} is not a day of every year") from None

    @classmethod
    def parse(cls, text: str) -> "TaxYearStart":
        """`04-06` (month-day) for 6 April."""
        month, sep, day = text.strip().partition("-")
        if not sep or not month.isdigit() or not day.isdigit():
            raise ValueError(f"tax year start: use MM-DD, such as 04-06 for 6 April (got {text!r})")
        return cls(int(month), int(day))

    @property
    def calendar(self) -> bool:
        return (self.month, self.day) == (1, 1)

    def year_of(self, day: date) -> int:
        """The tax year `day` falls in, named by the calendar year it starts in."""
        return day.year if (day.month, day.day) >= (self.month, self.day) else day.year - 1

    def bounds(self, year: int) -> tuple[date, date]:
        first = date(year, self.month, self.day)
        return first, date(year + 1, self.month, self.day) - timedelta(days=1)

    def label(self, year: int) -> str:
        return str(year) if self.calendar else f"{year}/{(year + 1) % 100:02}"

    def __str__(self) -> str:
        return f"{self.month:02}-{self.day:02}"


CALENDAR_YEAR = TaxYearStart(1, 1)
UK_TAX_YEAR = TaxYearStart(4, 6)
HK_TAX_YEAR = TaxYearStart(4, 1)


@dataclass(frozen=True)
class YearGains:
    year: int
    label: str
    first: date
    last: date
    currency: str
    lots: tuple[ClosedLot, ...]

    @property
    def proceeds(self) -> Decimal:
        return sum((lot.proceeds for lot in self.lots), ZERO)

    @property
    def cost(self) -> Decimal:
        return sum((lot.cost for lot in self.lots), ZERO)

    @property
    def gain(self) -> Decimal:
        return self.proceeds - self.cost


def by_tax_year(lots: Iterable[ClosedLot], start: TaxYearStart = CALENDAR_YEAR) -> list[YearGains]:
    """Closed lots grouped by the tax year of their sell date and their currency, oldest first."""
    groups: dict[tuple[int, str], list[ClosedLot]] = {}
    for lot in lots:
        groups.setdefault((start.year_of(lot.sold), lot.currency), []).append(lot)
    out = []
    for (year, currency), found in sorted(groups.items()):
        first, last = start.bounds(year)
        out.append(YearGains(year, start.label(year), first, last, currency, tuple(found)))
    return out


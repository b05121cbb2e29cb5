"""Records of facts. Never derived numbers: positions and P&L are computed from these on demand.

Money and quantities are `Decimal`; dates are `datetime.date`. Every record is frozen so a
computation can never change what it was given.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tracker.domain.returns import can_annualize

BUY = "buy"
SELL = "sell"
SIDES = (BUY, SELL)

SPLIT = "split"                # holdings of `symbol` before `effective` are multiplied by `factor`
RATIO_CHANGE = "ratio_change"  # ordinary shares per unit of `symbol` are multiplied by `factor` from
                               # `effective`; unit counts and unit prices do not change
ACTION_KINDS = (SPLIT, RATIO_CHANGE)


@dataclass(frozen=True)
class Instrument:
    symbol: str
    name: str
    exchange: str
    currency: str
    kind: str                     # "ADS" or "ORD"
    ordinary_per_unit: Decimal    # today's ratio: 8 for BABA (1 ADS = 8 ordinary shares), 1 for 9988.HK
    first_trading_day: date


@dataclass(frozen=True)
class Trade:
    symbol: str
    side: str                     # BUY or SELL
    trade_date: date
    quantity: Decimal             # units of the listing (ADS for BABA, shares for 9988.HK), > 0
    price: Decimal                # per unit, in the listing's currency, > 0
    fee: Decimal = Decimal(0)     # in the listing's currency, >= 0
    currency: str = ""
    note: str = ""
    id: int | None = None
    account_id: int = 1           # the account (broker record) it was made in: `Account.id`

    @property
    def gross(self) -> Decimal:
        return self.quantity * self.price

    @property
    def total(self) -> Decimal:
        """Cash that left (buy: gross + fee) or reached (sell: gross - fee) the user's account."""
        return self.gross + self.fee if self.side == BUY else self.gross - self.fee


@dataclass(frozen=True)
class Dividend:
    """A dividend as declared (`gross`, in `currency`: Alibaba declares in US dollars on both
    listings) and, when it was credited in another currency (HKD on the Hong Kong line), the amount
    that arrived (`received`, the net in `received_currency`) and the rate used (`fx_rate`: units of
    `received_currency` per unit of `currency`; derived when both amounts are given)."""
    symbol: str
    pay_date: date
    gross: Decimal
    withholding: Decimal = Decimal(0)
    fee: Decimal = Decimal(0)
    currency: str = "USD"         # Alibaba pays in US dollars on both listings
    note: str = ""
    id: int | None = None
    received: Decimal | None = None
    received_currency: str = ""
    fx_rate: Decimal | None = None
    account_id: int = 1

    @property
    def net(self) -> Decimal:
        return self.gross - self.withholding - self.fee


@dataclass(frozen=True)
class Fee:
    """A standalone charge tied to a holding (custody, ADS depositary fee, ...)."""
    symbol: str
    fee_date: date
    amount: Decimal
    currency: str = ""
    note: str = ""
    id: int | None = None
    account_id: int = 1


@dataclass(frozen=True)
class Conversion:
    """Units of one listing exchanged for units of the other (ADS <-> HK ordinary shares).

    Not a sale: the lots move across with their acquisition dates and cost. `fx_rate` converts the
    carried cost into the receiving listing's currency (units of `to` currency per unit of `from`).
    The units leave account `from_account_id` and arrive in `to_account_id` (ADS at one broker
    can become Hong Kong shares at another).
    """
    conversion_date: date
    from_symbol: str
    to_symbol: str
    quantity: Decimal             # units of `from_symbol` given up
    fee: Decimal = Decimal(0)     # in the currency of `from_symbol`; added to the carried cost
    fx_rate: Decimal = Decimal(1)
    note: str = ""
    id: int | None = None
    from_account_id: int = 1
    to_account_id: int = 1


@dataclass(frozen=True)
class Transfer:
    """Units of one listing moved from one account to another (ADS from one broker to another).

    Not a sale: the lots move with their acquisition dates and cost, oldest first; the optional
    `fee` (in the listing's currency) is added to their cost."""
    transfer_date: date
    symbol: str
    quantity: Decimal             # units moved, > 0
    from_account_id: int
    to_account_id: int
    fee: Decimal = Decimal(0)
    currency: str = ""            # the fee's: the listing's currency
    note: str = ""
    id: int | None = None


def accounts_of(record) -> tuple[int, ...]:
    """The accounts an activity touches (a conversion or a transfer: the giving one, the receiving one)."""
    if isinstance(record, (Conversion, Transfer)):
        return record.from_account_id, record.to_account_id
    return (record.account_id,)


@dataclass(frozen=True)
class Account:
    """A broker record: where activities happen. `external_id` is the broker's own account id
    (Interactive Brokers' "U1234567"), None when there is none."""
    id: int | None
    name: str
    broker: str = ""
    currency: str = ""
    external_id: str | None = None


DEFAULT_ACCOUNT = 1               # "Main": every activity of a database made before accounts


@dataclass(frozen=True)
class CorporateAction:
    symbol: str
    effective: date
    kind: str                     # SPLIT or RATIO_CHANGE
    factor: Decimal
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class FieldError:
    """One reason an input was refused. `line` is the 1-based file line for imports."""
    field: str
    message: str
    line: int | None = None
    text: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}: " if self.line is not None else ""
        shown = f" (got {self.text!r})" if self.text is not None else ""
        return f"{where}{self.field}: {self.message}{shown}"


@dataclass(frozen=True)
class EarningsEvent:
    fiscal_period: str            # "FY2026Q2"
    period_end: date
    release_date: date | None
    session: str | None           # "before" / "after" the US open, None if unknown
    revenue_rmb_bn: Decimal | None = None
    eps_diluted_rmb: Decimal | None = None        # per ADS
    eps_non_gaap_rmb: Decimal | None = None       # per ADS
    consensus_revenue: str | None = None
    consensus_eps: str | None = None
    consensus_eps_rmb: Decimal | None = None
    origin: str = "bundled"       # "bundled", "edited" or "user"
    source: str = ""
    note: str = ""
    id: int | None = None
    revenue_usd_bn: Decimal | None = None
    eps_diluted_usd: Decimal | None = None        # per ADS
    eps_non_gaap_usd: Decimal | None = None       # per ADS
    source_quality: str = ""      # "primary", "secondary", or "" (no source; see domain.sourcing)


@dataclass(frozen=True)
class BuybackQuarter:
    quarter_end: date
    amount_usd: Decimal | None
    shares_repurchased_ads: Decimal | None
    outstanding_ads: Decimal | None
    remaining_usd: Decimal | None = None
    origin: str = "bundled"       # "bundled", "edited" or "user"
    source: str = ""
    note: str = ""
    id: int | None = None
    source_quality: str = ""      # "primary", "secondary", or "" (no source; see domain.sourcing)


@dataclass(frozen=True)
class BuybackProgram:
    announced: date
    amount_usd: Decimal | None
    change: str
    effective_through: str
    source: str = ""
    note: str = ""


@dataclass(frozen=True)
class DeclaredDividend:
    """One part (annual or special) of a dividend Alibaba declared, in US dollars. Holders of
    record get `per_ads_usd` per ADS and `per_share_usd` per ordinary share; a unit bought on or
    after the ex-date comes without it. The Hong Kong line can go ex a day before the ADS."""
    fiscal_year: str              # "FY2025"
    kind: str                     # "annual" or "special"
    per_ads_usd: Decimal
    per_share_usd: Decimal
    ex_date: date                 # of the ADS (NYSE)
    hk_ex_date: date | None = None    # of the ordinary shares (HKEX), when a source gives it
    announced: date | None = None
    record_date: date | None = None
    pay_date: date | None = None
    source: str = ""
    note: str = ""
    source_quality: str = ""


@dataclass(frozen=True)
class Position:
    """Everything `position` reports for one listing at one date; see README's glossary."""
    symbol: str
    currency: str
    method: str
    as_of: date
    shares: Decimal
    cost_basis: Decimal
    average_cost: Decimal | None
    last_price: Decimal | None
    last_price_date: date | None
    market_value: Decimal | None
    unrealized_pnl: Decimal | None
    realized_pnl: Decimal
    dividends_net: Decimal
    fees: Decimal
    total_return: Decimal | None
    xirr: float | None
    twr: float | None
    twr_annualized: float | None
    realized_by_trade: dict = field(default_factory=dict)   # sell id -> realized P&L of that sell
    price_source: str | None = None         # "close", "trade", "conversion" or "transfer" (ledger.PRICE_FROM_*)
    price_stale: bool = False               # the price is too old to stand for as_of
    returns_to: date | None = None          # the day the rates run to: as_of, or the stale price's date
    period_days: int | None = None          # calendar days from the first money in to returns_to
    xirr_period: float | None = None        # money-weighted return over the period, not annualized
    total_return_at_cost: Decimal | None = None   # conversions at their carried cost
    period: object | None = None            # periods.Period the rates cover; None: since inception
    period_start: date | None = None        # where that period's rates start (periods.PeriodReturn.start)
    fx_approximate: bool = False            # some amount was converted at a stand-in rate (fx.Rates)
    account_id: int | None = None           # the account it covers; None: every account together
    newest_price_date: date | None = None   # the stake, its listings priced on different days: the
                                            # latest of them (last_price_date is the oldest)

    @property
    def price_age_days(self) -> int | None:
        """Calendar days from the price's date to as_of."""
        return (self.as_of - self.last_price_date).days if self.last_price_date else None

    @property
    def annualized(self) -> bool:
        """Whether the period is long enough (a year) for XIRR and TWR to be given a year."""
        return can_annualize(self.period_days)

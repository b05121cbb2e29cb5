"""Alibaba's fiscal calendar: the fiscal year ends on 31 March.

Fiscal year N runs from 1 April of calendar year N-1 to 31 March of calendar year N, so
FY2026 Q1 is the June quarter 2025, Q2 the September quarter 2025, Q3 the December quarter 2025
and Q4 the March quarter 2026. Results are labelled both ways everywhere ("FY2026 Q2 · September
quarter 2025"), and `quarter_of` is the one place that computes the labels.

Also here: the release cadence (how many days after a quarter ends Alibaba usually publishes its
results), used to estimate a release date nobody has announced yet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

MONTH_NAMES = {3: "March", 6: "June", 9: "September", 12: "December"}
# fiscal quarter -> calendar month its quarter ends in
QUARTER_END_MONTH = {1: 6, 2: 9, 3: 12, 4: 3}
_QUARTER_END_DAY = {3: 31, 6: 30, 9: 30, 12: 31}
_CODE = re.compile(r"^\s*FY\s*(\d{4})\s*[-·]?\s*Q\s*([1-4])\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class FiscalQuarter:
    """One of Alibaba's fiscal quarters. Ordered by time."""
    fiscal_year: int
    quarter: int

    @property
    def end(self) -> date:
        """Last day of the quarter (the `period_end` of its results)."""
        month = QUARTER_END_MONTH[self.quarter]
        year = self.fiscal_year if self.quarter == 4 else self.fiscal_year - 1
        return date(year, month, _QUARTER_END_DAY[month])

    @property
    def start(self) -> date:
        return self.previous().end + timedelta(days=1)

    @property
    def code(self) -> str:
        """Compact form used for storage and on the command line: "FY2026Q2"."""
        return f"FY{self.fiscal_year}Q{self.quarter}"

    @property
    def fiscal_label(self) -> str:
        return f"FY{self.fiscal_year} Q{self.quarter}"

    @property
    def calendar_label(self) -> str:
        """How Alibaba titles its releases: "September quarter 2025" (calendar month and year of the end)."""
        end = self.end
        return f"{MONTH_NAMES[end.month]} quarter {end.year}"

    @property
    def label(self) -> str:
        """Both labels: "FY2026 Q2 · September quarter 2025"."""
        return f"{self.fiscal_label} · {self.calendar_label}"

    def next(self) -> FiscalQuarter:
        return FiscalQuarter(self.fiscal_year + 1, 1) if self.quarter == 4 else FiscalQuarter(self.fiscal_year, self.quarter + 1)

    def previous(self) -> FiscalQuarter:
        return FiscalQuarter(self.fiscal_year - 1, 4) if self.quarter == 1 else FiscalQuarter(self.fiscal_year, self.quarter - 1)

    def year_earlier(self) -> FiscalQuarter:
        return FiscalQuarter(self.fiscal_year - 1, self.quarter)

    def __str__(self) -> str:
        return self.code


def quarter_of(day: date) -> FiscalQuarter:
    """The fiscal quarter that contains `day` (April-June is Q1 of the fiscal year ending next March)."""
    fiscal_year = day.year + 1 if day.month >= 4 else day.year
    quarter = {4: 1, 5: 1, 6: 1, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3, 12: 3, 1: 4, 2: 4, 3: 4}[day.month]
    return FiscalQuarter(fiscal_year, quarter)


def label(day: date) -> str:
    """Both labels of the quarter containing `day`: "FY2026 Q2 · September quarter 2025"."""
    return quarter_of(day).label


def parse_period(text: str) -> FiscalQuarter | None:
    """ "FY2026Q3", "fy2026 q3", "FY2026 Q3" -> FiscalQuarter(2026, 3); None when it is not such a code."""
    match = _CODE.match(text or "")
    if not match:
        return None
    return FiscalQuarter(int(match.group(1)), int(match.group(2)))


def is_quarter_end(day: date) -> bool:
    return quarter_of(day).end == day


# --- release cadence -------------------------------------------------------------------------------
RECENT_RELEASES = 3          # how many past releases of the same quarter type the estimate looks at
DEFAULT_LAG_DAYS = 50        # mid/late Feb, May, Aug, Nov when there is no history at all


def typical_lag_days(history: list[tuple[date, date]], quarter: int) -> int:
    """Days from quarter end to release that Alibaba usually takes for fiscal quarter `quarter`.

    `history` holds (period_end, release_date) pairs. The figure is the median lag of the
    `RECENT_RELEASES` most recent releases of the same quarter type (Q4 covers the full-year results
    and usually comes a little later than Q3); with no release of that type on file, the median of the
    most recent releases of any type; with none at all, `DEFAULT_LAG_DAYS`.
    """
    ordered = sorted(history)
    same = [(r - e).days for e, r in ordered if quarter_of(e).quarter == quarter]
    pool = same[-RECENT_RELEASES:] or [(r - e).days for e, r in ordered][-RECENT_RELEASES:]
    return int(median(pool)) if pool else DEFAULT_LAG_DAYS


def estimate_release(fq: FiscalQuarter, history: list[tuple[date, date]]) -> date:
    """The calendar day results for `fq` would come out on the usual cadence (before any trading-day
    adjustment, which needs an exchange calendar)."""
    return fq.end + timedelta(days=typical_lag_days(history, fq.quarter))

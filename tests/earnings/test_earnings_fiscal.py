"""Alibaba's fiscal calendar: the year ends 31 March, and every label comes from `quarter_of`."""
from datetime import date

import pytest

from tracker.domain import fiscal
from tracker.domain.fiscal import FiscalQuarter, quarter_of

# (day, code, label) on both sides of every quarter boundary of fiscal year 2026
BOUNDARIES = [
    (date(2025, 3, 31), "FY2025Q4", "FY2025 Q4 · March quarter 2025"),
    (date(2025, 4, 1), "FY2026Q1", "FY2026 Q1 · June quarter 2025"),
    (date(2025, 6, 30), "FY2026Q1", "FY2026 Q1 · June quarter 2025"),
    (date(2025, 7, 1), "FY2026Q2", "FY2026 Q2 · September quarter 2025"),
    (date(2025, 9, 30), "FY2026Q2", "FY2026 Q2 · September quarter 2025"),
    (date(2025, 10, 1), "FY2026Q3", "FY2026 Q3 · December quarter 2025"),
    (date(2025, 12, 31), "FY2026Q3", "FY2026 Q3 · December quarter 2025"),
    (date(2026, 1, 1), "FY2026Q4", "FY2026 Q4 · March quarter 2026"),
    (date(2026, 3, 31), "FY2026Q4", "FY2026 Q4 · March quarter 2026"),
    (date(2026, 4, 1), "FY2027Q1", "FY2027 Q1 · June quarter 2026"),
]


@pytest.mark.parametrize("day, code, label", BOUNDARIES)
def test_label_on_every_quarter_boundary(day, code, label):
    fq = quarter_of(day)
    assert fq.code == code
    assert fq.label == label
    assert fiscal.label(day) == label


def test_documented_examples():
    assert fiscal.label(date(2025, 9, 30)) == "FY2026 Q2 · September quarter 2025"
    assert quarter_of(date(2024, 12, 31)).code == "FY2025Q3"      # SOURCES.md: FY2025Q3 ended 2024-12-31
    assert FiscalQuarter(2026, 2).end == date(2025, 9, 30)


@pytest.mark.parametrize("fy, q, start, end", [
    (2026, 1, date(2025, 4, 1), date(2025, 6, 30)),
    (2026, 2, date(2025, 7, 1), date(2025, 9, 30)),
    (2026, 3, date(2025, 10, 1), date(2025, 12, 31)),
    (2026, 4, date(2026, 1, 1), date(2026, 3, 31)),
])
def test_quarter_start_and_end(fy, q, start, end):
    fq = FiscalQuarter(fy, q)
    assert (fq.start, fq.end) == (start, end)
    assert quarter_of(fq.start) == quarter_of(fq.end) == fq
    assert fiscal.is_quarter_end(end) and not fiscal.is_quarter_end(start)


def test_next_previous_and_year_earlier_cross_the_fiscal_year():
    assert FiscalQuarter(2026, 4).next() == FiscalQuarter(2027, 1)
    assert FiscalQuarter(2027, 1).previous() == FiscalQuarter(2026, 4)
    assert FiscalQuarter(2026, 3).year_earlier().end == date(2024, 12, 31)
    assert FiscalQuarter(2026, 4) < FiscalQuarter(2027, 1)


@pytest.mark.parametrize("text, expected", [
    ("FY2026Q3", FiscalQuarter(2026, 3)), ("fy2026q3", FiscalQuarter(2026, 3)),
    ("FY2026 Q3", FiscalQuarter(2026, 3)), (" FY2019Q4 ", FiscalQuarter(2019, 4)),
    ("FY2026Q5", None), ("2026Q3", None), ("", None), ("Q3 FY2026", None),
])
def test_parse_period(text, expected):
    assert fiscal.parse_period(text) == expected


def test_cadence_uses_recent_releases_of_the_same_quarter_type():
    history = [  # (period end, release) of past December quarters, and one June quarter
        (date(2022, 12, 31), date(2023, 2, 23)),   # 54 days
        (date(2023, 12, 31), date(2024, 2, 7)),    # 38 days
        (date(2024, 12, 31), date(2025, 2, 20)),   # 51 days
        (date(2025, 6, 30), date(2025, 8, 29)),    # 60 days, another quarter type
    ]
    assert fiscal.typical_lag_days(history, 3) == 51
    assert fiscal.estimate_release(FiscalQuarter(2027, 3), history) == date(2027, 2, 20)
    # no March quarter on file: the recent releases of any type decide
    assert fiscal.typical_lag_days(history, 4) == 51
    assert fiscal.typical_lag_days([], 2) == fiscal.DEFAULT_LAG_DAYS

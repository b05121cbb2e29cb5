"""The chart markers' hover texts and the dividend dialog's warnings, worded by the window from the
app's facts: in English as the window has always shown them, in Chinese with Chinese dates and
units, nothing English left but symbols and the sources' own words."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from tests.ui.test_i18n import english_left
from tracker.app.earnings import ESTIMATED, ReleaseMarker
from tracker.domain.fiscal import FiscalQuarter
from tracker.domain.model import Trade

RELEASED = ReleaseMarker(date(2024, 2, 7), FiscalQuarter(2024, 3), "before", (("BABA", -0.0589), ("9988.HK", -0.0412)))
NEXT = ReleaseMarker(date(2027, 2, 22), FiscalQuarter(2027, 3), "before", upcoming=ESTIMATED)


def _buybacks(tracker):
    markers = tracker.buybacks.chart_markers()
    return ({m.day: m for m in markers if m.quarter is not None},
            [m for m in markers if m.program is not None])


def test_in_english_the_markers_read_as_they_always_have(tracker, qapp, english_again):
    from tracker.ui import reference_text as wording
    assert (wording.release_title(RELEASED), wording.release_detail(RELEASED)) == (
        "FY2024 Q3", "FY2024 Q3 · December quarter 2023 results, before the US open; BABA -5.9%, 9988.HK -4.1%")
    assert wording.release_detail(NEXT) == "FY2027 Q3 · December quarter 2026 results (estimated), before the US open"
    quarters, programs = _buybacks(tracker)
    dec23, jun25 = quarters[date(2023, 12, 31)], quarters[date(2025, 6, 30)]
    assert (wording.buyback_title(dec23), wording.buyback_detail(dec23)) == (
        "Buyback FY2024Q3",
        "US$2.9bn repurchased (36.6M ADS); 2,499M ADS outstanding; US$11.7bn authorization left")
    assert wording.buyback_detail(jun25) == "US$815M repurchased (7M ADS); US$19.3bn authorization left"
    assert wording.buyback_title(programs[3]) == "Buyback program"
    assert wording.buyback_detail(programs[3]) == "upsized from US$15.0bn; program size US$25bn; through March 2024"
    assert (wording.program_size(programs[3].program), wording.program_size(programs[5].program)) == (
        "US$25bn", "+US$25.0bn")
    baba = tracker.declared_dividends.payouts("BABA")
    hk = tracker.declared_dividends.payouts("9988.HK")
    assert wording.ex_dividend_title(baba[2]) == "Ex-dividend: FY2025 annual + special dividend"
    assert wording.payout_detail(baba[2]) == ("US$2.00 per ADS (annual US$1.05 + special US$0.95); record date not "
                                              "sourced; pay date not sourced; primary source")
    assert wording.payout_detail(baba[0]).startswith("US$1.00 per ADS; record date 2023-12-21; pay date not sourced")
    assert wording.payout_detail(baba[3]).endswith("; secondary source")
    assert "Hong Kong ex-date not sourced: the ADS ex-date is shown" in wording.payout_detail(hk[1])
    assert wording.payout_detail(hk[2]).startswith("US$0.25 per share")


def test_in_english_the_dividend_warnings_read_as_they_always_have(tracker, qapp, english_again):
    from tracker.ui import reference_text as wording
    tracker.add_trade(Trade("BABA", "buy", date(2026, 6, 11), D(10), D("120")))      # bought on the ex-date
    late = tracker.declared_dividends.proposal("BABA", date(2026, 7, 1))
    assert wording.proposal_warnings(late) == [
        "You held no BABA at the FY2026 annual dividend's ex-date 2026-06-11: only units held before the ex-date "
        "receive it."]
    none = tracker.declared_dividends.proposal("BABA", date(2026, 3, 2))
    assert wording.proposal_warnings(none) == [
        "No dividend Alibaba declared went ex in the 60 days up to 2026-03-02; the nearest is the FY2026 annual "
        "dividend (ex-date 2026-06-11)."]
    tracker.add_trade(Trade("BABA", "buy", date(2023, 6, 1), D(10), D("80")))
    held = tracker.declared_dividends.proposal("BABA", date(2024, 1, 11))
    assert held.units == 10 and wording.proposal_warnings(held) == []


def test_in_chinese_the_markers_use_chinese_dates_and_units(tracker, qapp, english_again):
    from tracker.ui import i18n
    from tracker.ui import reference_text as wording
    i18n.install(qapp, language="zh_CN")
    assert wording.release_title(RELEASED) == "2024财年Q3"
    assert wording.release_detail(RELEASED) == "2024财年Q3 · 2023年12月季度业绩，美股开盘前；BABA -5.9%，9988.HK -4.1%"
    quarters, programs = _buybacks(tracker)
    dec23 = quarters[date(2023, 12, 31)]
    assert wording.buyback_title(dec23) == "回购 2024财年Q3"
    assert wording.buyback_detail(dec23) == "回购 29亿美元（3,660万 股 ADS）；流通 ADS 24.99亿 股；剩余授权 117亿美元"
    assert wording.buyback_detail(programs[3]) == "由 150亿美元 上调；计划规模 250亿美元；有效期至 2024年3月"
    assert wording.program_size(programs[5].program) == "+250亿美元"         # no size after it: the change
    baba = tracker.declared_dividends.payouts("BABA")
    assert wording.ex_dividend_title(baba[2]) == "除息：2025财年年度 + 特别股息"
    assert wording.payout_detail(baba[2]) == "每股 ADS 2.00美元（年度 1.05美元 + 特别 0.95美元）；登记日无来源；派息日无来源；一手来源"
    assert wording.payout_detail(baba[0]).startswith("每股 ADS 1.00美元；登记日 2023年12月21日；派息日无来源")
    texts = [wording.release_detail(NEXT)] + [wording.buyback_detail(m) for m in list(quarters.values()) + programs]
    texts += [wording.payout_detail(p) for p in baba + tracker.declared_dividends.payouts("9988.HK")]
    assert {t: english_left(t) for t in texts if english_left(t)} == {}
    none = tracker.declared_dividends.proposal("BABA", date(2026, 3, 2))
    assert wording.proposal_warnings(none) == [
        "截至 2026年3月2日 的 60 天内，阿里巴巴宣派的股息都没有除息；最近的是2026财年年度股息（除息日 2026年6月11日）。"]


@pytest.mark.parametrize("language", ["zh_HK", "zh_TW"])
def test_in_traditional_chinese_too(tracker, qapp, english_again, language):
    from tracker.ui import i18n
    from tracker.ui import reference_text as wording
    i18n.install(qapp, language=language)
    quarters, _ = _buybacks(tracker)
    assert wording.buyback_detail(quarters[date(2023, 12, 31)]) == \
        "回購 29億美元（3,660萬 股 ADS）；流通 ADS 24.99億 股；剩餘授權 117億美元"
    assert wording.release_detail(RELEASED).startswith("2024財年Q3 · 2023年12月季度業績，美股開市前")


def test_the_buyback_chart_and_the_price_axis_name_months_in_the_interface_language(qapp, english_again):
    from datetime import datetime, timezone

    from pyqtgraph.graphicsItems.DateAxisItem import MONTH_SPACING, YEAR_SPACING

    from tracker.ui import formatting as fmt
    from tracker.ui import i18n
    from tracker.ui.buyback_panel import _DateAxis
    ticks = [datetime(2024, m, 1, tzinfo=timezone.utc).timestamp() for m in (1, 3, 7)]
    axis = _DateAxis()
    i18n.install(qapp, language="zh_CN")
    assert axis.tickStrings(ticks, 1, MONTH_SPACING) == ["2024", "3月", "7月"]     # a year starts with its number
    assert axis.tickStrings(ticks, 1, YEAR_SPACING) == ["2024", "2024", "2024"]
    assert axis.tickStrings(ticks[1:2], 1, 86400) == ["3月1日"]
    assert (fmt.short_month(3), fmt.month_and_day(date(2024, 3, 12))) == ("3月", "3月12日")
    i18n.install(qapp, language="zh_HK")
    assert fmt.month_and_day(date(2024, 3, 12)) == "3月12日"
    i18n.install(qapp, language="en")
    assert (fmt.short_month(3), fmt.month_and_day(date(2024, 3, 12))) == ("Mar", "Mar 12")


def test_the_events_a_provider_reported_read_as_before_in_english_and_in_chinese(qapp, english_again):
    from tracker.online.base import DIVIDEND, SPLIT, ProviderEvent
    from tracker.ui import i18n
    from tracker.ui.price_update import event_text
    dividend = ProviderEvent("BABA", DIVIDEND, date(2026, 6, 11), amount=1.05)
    split = ProviderEvent("BABA", SPLIT, date(2024, 6, 12), numerator=8, denominator=1)
    assert [event_text(e) for e in (dividend, split)] == [dividend.describe(), split.describe()]
    i18n.install(qapp, language="zh_CN")
    assert [event_text(e) for e in (dividend, split)] == ["BABA 每股派息 1.05，除息日 2026-06-11",
                                                          "2024-06-12 BABA 拆股 8:1"]

"""The bundled reference facts in the interface's language: the chart markers of results releases,
buyback quarters and programs and Alibaba's declared dividends, the dividend dialog's warnings
about them, and the source quality of a bundled row.

The app layer hands over facts (dates, fiscal quarters, Decimal figures); they are worded here
through tr(), numbers with the locale's separators (formatting) and, in Chinese, dates written out
through QLocale. In English every text reads as the command line and the tests have always had it.
The bundled rows' own words (a program's change, its end, a note) are published English; the few
fixed shapes they come in are recognised and translated, anything else is shown as written.
"""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from tracker.app.buybacks import count_compact as _count_english
from tracker.app.buybacks import usd_compact as _usd_english
from tracker.domain import fiscal, sourcing
from tracker.domain.declared import ADS, PAYMENT_WINDOW_DAYS, Payout, per_unit
from tracker.ui import formatting as fmt
from tracker.ui.i18n import tr

# --- figures ----------------------------------------------------------------------------------------
_HUNDRED_MILLION, _TEN_THOUSAND = Decimal(100_000_000), Decimal(10_000)


def _trim(value: Decimal) -> str:
    """At most three decimals, none trailing, grouped: 3,660 / 24.99."""
    q = value.quantize(Decimal("0.001")).normalize()
    return fmt.number(q, max(0, -q.as_tuple().exponent))


def _in_chinese_units(value: Decimal, hundred_million: str, ten_thousand: str) -> str | None:
    """`value` in 亿 (10^8) or 万 (10^4), as Chinese brokers write large figures; None below 10^4."""
    for unit, template in ((_HUNDRED_MILLION, hundred_million), (_TEN_THOUSAND, ten_thousand)):
        if abs(value) >= unit:
            return tr(template).format(amount=_trim(value / unit))
    return None


def usd_compact(value: Decimal | None) -> str:
    """US$2.9bn, US$815M, US$1,160.46; in Chinese 29亿美元, 8.15亿美元. '?' when unknown."""
    if not fmt.chinese() or value is None:
        return _usd_english(value)
    return (_in_chinese_units(value, QT_TRANSLATE_NOOP("", "{amount} hundred million US dollars"),
                              QT_TRANSLATE_NOOP("", "{amount} ten thousand US dollars"))
            or tr("{amount} US dollars").format(amount=fmt.number(value, 2)))


def count_compact(value: Decimal | None) -> str:
    """2,499M, 36.6M, 14.875M; in Chinese 24.99亿, 3,660万. '?' when unknown."""
    if not fmt.chinese() or value is None:
        return _count_english(value)
    return (_in_chinese_units(value, QT_TRANSLATE_NOOP("", "{amount} hundred million"),
                              QT_TRANSLATE_NOOP("", "{amount} ten thousand"))
            or _trim(value))


def usd(value: Decimal) -> str:
    """A per-unit amount: US$2.00, US$0.13125 (the declared digits, never rounded); 2.00美元."""
    if fmt.chinese():
        return tr("{amount} US dollars").format(amount=fmt.price(value))
    return "US$" + fmt.price(value)


def written_day(day: date) -> str:
    """2025-06-12 in English (as the command line prints it); 2025年6月12日 in Chinese."""
    return fmt.long_day(day, weekday=False) if fmt.chinese() else day.isoformat()


def joined(parts: list[str]) -> str:
    """Parts of one detail line: `a; b; c` (`a；b；c`)."""
    return tr("; ").join(p for p in parts if p)


# --- source quality ----------------------------------------------------------------------------------
QUALITY_LABELS = {sourcing.PRIMARY: QT_TRANSLATE_NOOP("", "primary source"),
                  sourcing.SECONDARY: QT_TRANSLATE_NOOP("", "secondary source")}
QUALITY_EXPLAINED = {
    sourcing.PRIMARY: QT_TRANSLATE_NOOP("", "Primary source: read in Alibaba's own filing or results release."),
    sourcing.SECONDARY: QT_TRANSLATE_NOOP("", "Secondary source: at least one figure comes from a news report, "
                                              "aggregator, translation or machine-written summary. Check it "
                                              "against Alibaba's filing."),
}


def quality_label(quality: str) -> str:
    """'primary source', 'secondary source', '' when the row cites none (sourcing.label)."""
    return tr(QUALITY_LABELS[quality]) if quality in QUALITY_LABELS else ""


def quality_explanation(quality: str) -> str:
    """One sentence for a tooltip (sourcing.explanation); '' when the row cites none."""
    return tr(QUALITY_EXPLAINED[quality]) if quality in QUALITY_EXPLAINED else ""


def sources_tip(quality: str, note: str, source: str) -> str:
    """A bundled row's tooltip tail: its source quality, its note and its sources, one a line (the
    note and the addresses as published)."""
    parts = []
    if quality_explanation(quality):
        parts.append(quality_explanation(quality))
    if note:
        parts.append(tr("Note: {note}").format(note=note))
    if source:
        parts.append(tr("Sources:") + "\n" + "\n".join(s.strip() for s in source.split(" | ")))
    return "\n".join(parts)


# --- results releases ------------------------------------------------------------------------------
def session_text(session: str) -> str:
    return tr("before the US open") if session == "before" else tr("after the US close")


def release_title(marker) -> str:
    """FY2024 Q3 (2024财年Q3)."""
    return fmt.fiscal_quarter_label(marker.quarter)


def release_detail(marker) -> str:
    """'FY2024 Q3 · December quarter 2023 results, before the US open; BABA -5.9%, 9988.HK -4.1%',
    the next release '... results (estimated), before the US open'."""
    quarter, session = fmt.quarter_label(marker.quarter), session_text(marker.session)
    if marker.upcoming == "estimated":
        return tr("{quarter} results (estimated), {session}").format(quarter=quarter, session=session)
    if marker.upcoming is not None:
        return tr("{quarter} results (announced), {session}").format(quarter=quarter, session=session)
    text = tr("{quarter} results, {session}").format(quarter=quarter, session=session)
    moves = tr(", ").join(f"{symbol} {fmt.percent(fraction, decimals=1)}" for symbol, fraction in marker.reactions)
    return joined([text, moves])


# --- buybacks ------------------------------------------------------------------------------------------
ORIGIN_NOTES = {"user": QT_TRANSLATE_NOOP("", "entered by you"), "edited": QT_TRANSLATE_NOOP("", "corrected by you")}


def fiscal_code(day: date) -> str:
    """The fiscal quarter of a quarter end as the buyback dock writes it: FY2024Q3 (2024财年Q3)."""
    fq = fiscal.quarter_of(day)
    return fmt.fiscal_quarter_label(fq) if fmt.chinese() else fq.code


def buyback_title(marker) -> str:
    if marker.quarter is not None:
        return tr("Buyback {quarter}").format(quarter=fiscal_code(marker.day))
    return tr("Buyback program")


def buyback_detail(marker) -> str:
    return quarter_summary(marker.quarter) if marker.quarter is not None else program_summary(marker.program)


def quarter_summary(q) -> str:
    """'US$2.9bn repurchased (36.6M ADS); 2,499M ADS outstanding; US$11.7bn authorization left'."""
    parts = []
    if q.amount_usd is not None or q.shares_repurchased_ads is not None:
        parts.append(tr("{amount} repurchased ({count} ADS)").format(
            amount=usd_compact(q.amount_usd), count=count_compact(q.shares_repurchased_ads)))
    if q.outstanding_ads is not None:
        parts.append(tr("{count} ADS outstanding").format(count=count_compact(q.outstanding_ads)))
    if q.remaining_usd is not None:
        parts.append(tr("{amount} authorization left").format(amount=usd_compact(q.remaining_usd)))
    if q.origin in ORIGIN_NOTES:
        parts.append(tr(ORIGIN_NOTES[q.origin]))
    return joined(parts)


def program_summary(p) -> str:
    """'upsized from US$15.0bn; program size US$25bn; through March 2024'."""
    size = (tr("program size {amount}").format(amount=usd_compact(p.amount_usd)) if p.amount_usd is not None
            else tr("total not stated"))
    return joined([program_change(p.change), size,
                   tr("through {end}").format(end=program_end(p.effective_through))])


def program_tip(p) -> str:
    """The buyback dock's program line: 'Mar 2022: upsized from US$15.0bn; through March 2024'."""
    return tr("{month}: {change}; through {end}").format(
        month=fmt.month(p.announced), change=program_change(p.change), end=program_end(p.effective_through))


# the bundled programs' own words (resources/buyback_programs.csv): the shapes they come in
_US_BN = r"US\$(?P<{}>[\d.]+)bn"
PROGRAM_CHANGES = tuple((re.compile(f"^{pattern}$"), template) for pattern, template in (
    (r"new program", QT_TRANSLATE_NOOP("", "new program")),
    ("upsized from " + _US_BN.format("before"), QT_TRANSLATE_NOOP("", "upsized from {before}")),
    (r"\+" + _US_BN.format("added") + r" \(to " + _US_BN.format("after") + r"\)",
     QT_TRANSLATE_NOOP("", "{added} more (to {after})")),
    (r"\+" + _US_BN.format("added"), QT_TRANSLATE_NOOP("", "{added} more")),
))
PROGRAM_ENDS = tuple((re.compile(f"^{pattern}$"), template) for pattern, template in (
    (r"two years from (?P<month>\w+ \d{4})", QT_TRANSLATE_NOOP("", "two years from {month}")),
    (r"end of (?P<year>\d{4})", QT_TRANSLATE_NOOP("", "the end of {year}")),
    (r"(?P<month>\w+ \d{4}) \(end of fiscal year (?P<year>\d{4})\)",
     QT_TRANSLATE_NOOP("", "{month} (the end of fiscal year {year})")),
    (r"(?P<month>\w+ \d{4})", QT_TRANSLATE_NOOP("", "{month}")),
))


def _bundled_words(text: str, table) -> str:
    if not fmt.chinese():
        return text
    for pattern, template in table:
        found = pattern.match(text)
        if found:
            parts = {k: usd_compact(Decimal(v) * 1_000_000_000) if k in ("before", "added", "after")
                     else fmt.month_text(v) if k == "month" else v for k, v in found.groupdict().items()}
            return tr(template).format(**parts)
    return text


# the remarks the bundled consensus figures carry after the figure (resources/earnings.csv)
CONSENSUS_REMARKS = tuple((re.compile(f"^(?P<figure>\\S+) {pattern}$"), template) for pattern, template in (
    (r"\(median of (?P<count>\d+) brokers\)", QT_TRANSLATE_NOOP("", "{figure} (median of {count} brokers)")),
    (r"\(adjusted\)", QT_TRANSLATE_NOOP("", "{figure} (adjusted)")),
    (r"\(adj\. per ADS\)", QT_TRANSLATE_NOOP("", "{figure} (adjusted, per ADS)")),
))


def consensus(quoted: str) -> str:
    """A bundled consensus figure with its remark: `RMB15.92 (adj. per ADS)` (RMB15.92（经调整，每股 ADS）)."""
    if not fmt.chinese():
        return quoted
    for pattern, template in CONSENSUS_REMARKS:
        found = pattern.match(quoted)
        if found:
            return tr(template).format(**found.groupdict())
    return quoted


def program_change(change: str) -> str:
    """'upsized from US$15.0bn' (由150亿美元上调), as published where its shape is not known."""
    return _bundled_words(change, PROGRAM_CHANGES)


def program_end(through: str) -> str:
    """'March 2024' (2024年3月), 'end of 2022' (2022年底)."""
    return _bundled_words(through, PROGRAM_ENDS)


def program_size(p) -> str:
    """A program line's label: its size after the change ('US$25bn'), else the change itself."""
    if p.amount_usd is not None:
        return usd_compact(p.amount_usd)
    added = re.match(r"^\+US\$(?P<added>[\d.]+)bn", p.change)
    if fmt.chinese() and added:                 # as short as the English `+US$25.0bn`
        return "+" + usd_compact(Decimal(added.group("added")) * 1_000_000_000)
    return p.change.split(" (")[0]


# --- declared dividends ---------------------------------------------------------------------------------
DIVIDEND_KINDS = {"annual": QT_TRANSLATE_NOOP("", "annual"), "special": QT_TRANSLATE_NOOP("", "special")}


def _kind(kind: str) -> str:
    return tr(DIVIDEND_KINDS[kind]) if kind in DIVIDEND_KINDS else kind


def payout_title(p: Payout) -> str:
    """'FY2025 annual + special dividend' (2025财年年度 + 特别股息)."""
    year = p.fiscal_year
    if fmt.chinese() and re.fullmatch(r"FY\d{4}", year):
        year = fmt.fiscal_year_label(int(year[2:]))
    return tr("{year} {kinds} dividend").format(year=year, kinds=" + ".join(_kind(d.kind) for d in p.parts))


def ex_dividend_title(p: Payout) -> str:
    return tr("Ex-dividend: {title}").format(title=payout_title(p))


def payout_detail(p: Payout) -> str:
    """'US$2.00 per ADS (annual US$1.05 + special US$0.95); record date 2025-06-12; pay date not
    sourced; primary source'."""
    amounts = (tr("{amount} per ADS") if p.unit_kind == ADS else tr("{amount} per share")).format(
        amount=usd(p.per_unit_usd))
    if len(p.parts) > 1:
        amounts += tr(" ({parts})").format(parts=" + ".join(
            f"{_kind(d.kind)} {usd(per_unit(d, p.unit_kind))}" for d in p.parts))
    parts = [amounts,
             tr("record date {day}").format(day=written_day(p.record_date)) if p.record_date
             else tr("record date not sourced"),
             tr("pay date {day}").format(day=written_day(p.pay_date)) if p.pay_date else tr("pay date not sourced")]
    if p.ex_date_assumed:
        parts.append(tr("Hong Kong ex-date not sourced: the ADS ex-date is shown"))
    return joined(parts + [quality_label(p.source_quality)])


def proposal_warnings(proposal) -> list[str]:
    """The dividend dialog's warnings: no declared dividend near the day, or none held at its ex-date."""
    if proposal.payout is None:
        text = tr("No dividend Alibaba declared went ex in the {days} days up to {day}").format(
            days=PAYMENT_WINDOW_DAYS, day=written_day(proposal.day))
        if proposal.nearest is not None:
            text = joined([text, tr("the nearest is the {title} (ex-date {day})").format(
                title=payout_title(proposal.nearest), day=written_day(proposal.nearest.ex_date))])
        return [text + tr(".")]
    if proposal.units == 0:
        return [tr("You held no {symbol} at the {title}'s ex-date {day}: only units held before the ex-date "
                   "receive it.").format(symbol=proposal.symbol, title=payout_title(proposal.payout),
                                         day=written_day(proposal.payout.ex_date))]
    return []

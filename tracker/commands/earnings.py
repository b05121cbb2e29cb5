"""earnings list / add / export-ics: Alibaba's results releases and what they did to the position.

JSON units: `revenue` in RMB billion and `revenue_usd` in US$ billion; EPS per ADS in RMB
(`eps_diluted`, `eps_non_gaap`) and in US$ (`eps_diluted_usd`, `eps_non_gaap_usd`), each as the
sources give it (one currency may be null). Reactions, year-on-year changes and surprises are
fractions (-0.0914 for -9.14%); `*_yoy_currency` and `*_surprise_currency` say which currency both
sides of that ratio are in ("RMB" or "USD"; RMB is never compared with US$). `position_impact` per listing
in that listing's currency (USD for BABA, HKD for 9988.HK) for the units held at the release;
null where a figure is unknown. `list --json` gives the upcoming release(s) first (`estimated` says
whether the date is only estimated from the usual cadence), then past releases newest first.
Definitions: tracker/app/earnings.py.
"""
from __future__ import annotations

import sys

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from tracker.commands.output import print_json, print_table
from tracker.commands.parsing import STDIO, date_arg, decimal_arg
from tracker.domain import checks, fiscal, sourcing
from tracker.domain.model import EarningsEvent, FieldError
from tracker.errors import ValidationError

if TYPE_CHECKING:     # the earnings service loads when an earnings command runs, not for --help
    from tracker.app.earnings import NextRelease, Result


LAST_FISCAL_YEAR = 2999   # far beyond any real release; keeps "the quarter after" a real date


def register(sub) -> None:
    earnings = sub.add_parser("earnings", help="Alibaba's results releases: past reactions and the next date")
    esub = earnings.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(earnings))

    lst = esub.add_parser("list", help="past results with the reactions, and the next release")
    lst.add_argument("--upcoming", action="store_true", help="only the next release(s)")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=earnings_list, reads_only=True)

    add = esub.add_parser("add", help="enter an announced date, estimates or actuals for a quarter "
                                      "(a stored quarter is updated)")
    add.add_argument("--date", required=True, help="release date (US Eastern), YYYY-MM-DD")
    add.add_argument("--period", required=True, help="fiscal quarter, e.g. FY2026Q3 (years end 31 March)")
    add.add_argument("--session", choices=("before", "after"), help="before the US open or after the close")
    add.add_argument("--eps-estimate", help="consensus non-GAAP EPS per ADS: RMB, or US$ written as US$1.41")
    add.add_argument("--revenue-estimate", help="consensus revenue in billions: RMB, or US$ written as US$30.4")
    add.add_argument("--eps", help="diluted EPS, RMB per ADS")
    add.add_argument("--eps-non-gaap", help="non-GAAP diluted EPS, RMB per ADS")
    add.add_argument("--revenue", help="revenue, RMB billion")
    add.add_argument("--eps-usd", help="diluted EPS, US$ per ADS")
    add.add_argument("--eps-non-gaap-usd", help="non-GAAP diluted EPS, US$ per ADS")
    add.add_argument("--revenue-usd", help="revenue, US$ billion")
    add.add_argument("--source", help="where the figures come from (URL)")
    add.add_argument("--note")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=earnings_add)

    ics = esub.add_parser("export-ics", help="write the next results (and with --all every release) "
                                             "as an iCalendar file")
    ics.add_argument("file")
    ics.add_argument("--all", action="store_true", help="include past releases")
    ics.set_defaults(run=earnings_export_ics, reads_only=True)


# --- list ---------------------------------------------------------------------------------------
def _impact_json(result: Result) -> dict | None:
    impacts = {}
    from tracker.app.earnings import LISTINGS
    for symbol in LISTINGS:
        r = result.reactions.get(symbol)
        impacts[symbol] = None if r is None else {"amount": r.impact, "currency": r.currency, "units": r.units}
    return impacts if any(v is not None for v in impacts.values()) else None


def result_json(result: Result) -> dict:
    e = result.event
    baba, hk = result.reactions.get("BABA"), result.reactions.get("9988.HK")
    return {
        "fiscal_period": e.fiscal_period,
        "label": result.label,
        "calendar_label": result.quarter.calendar_label,
        "period_end": e.period_end,
        "release_date": e.release_date,
        "session": e.session,
        "session_assumed": result.session_assumed,
        "estimated": False,
        "revenue": e.revenue_rmb_bn,
        "revenue_usd": e.revenue_usd_bn,
        "revenue_yoy": result.revenue_yoy,
        "revenue_yoy_currency": result.change_currency("revenue_yoy"),
        "eps_diluted": e.eps_diluted_rmb,
        "eps_diluted_usd": e.eps_diluted_usd,
        "eps_diluted_yoy": result.eps_diluted_yoy,
        "eps_diluted_yoy_currency": result.change_currency("eps_diluted_yoy"),
        "eps_non_gaap": e.eps_non_gaap_rmb,
        "eps_non_gaap_usd": e.eps_non_gaap_usd,
        "eps_non_gaap_yoy": result.eps_non_gaap_yoy,
        "eps_non_gaap_yoy_currency": result.change_currency("eps_non_gaap_yoy"),
        "consensus_revenue": e.consensus_revenue,
        "consensus_eps": e.consensus_eps,
        "revenue_surprise": result.revenue_surprise,
        "revenue_surprise_currency": result.change_currency("revenue_surprise"),
        "eps_surprise": result.eps_surprise,
        "eps_surprise_currency": result.change_currency("eps_surprise"),
        "reaction_baba": None if baba is None else baba.fraction,
        "reaction_9988": None if hk is None else hk.fraction,
        "reaction_sessions": {s: None if r is None else {"before": r.before_date, "before_close": r.before_close,
                                                          "after": r.after_date, "after_close": r.after_close}
                              for s, r in result.reactions.items()},
        "position_impact": _impact_json(result),
        "origin": e.origin,
        "source": e.source or None,
        "source_quality": e.source_quality or None,
        "note": e.note or None,
    }


def upcoming_json(nxt: NextRelease, today: date) -> dict:
    e = nxt.event
    return {
        "fiscal_period": nxt.quarter.code,
        "label": nxt.quarter.label,
        "calendar_label": nxt.quarter.calendar_label,
        "period_end": nxt.quarter.end,
        "release_date": nxt.release_date,
        "session": e.session if e else None,
        "session_assumed": e is None or e.session is None,
        "estimated": nxt.estimated,
        "days_until": (nxt.release_date - today).days,
        "release_time_new_york": nxt.moment.isoformat(),
        "revenue": e.revenue_rmb_bn if e else None,
        "revenue_usd": e.revenue_usd_bn if e else None,
        "eps_diluted": e.eps_diluted_rmb if e else None,
        "eps_diluted_usd": e.eps_diluted_usd if e else None,
        "eps_non_gaap": e.eps_non_gaap_rmb if e else None,
        "eps_non_gaap_usd": e.eps_non_gaap_usd if e else None,
        "consensus_revenue": e.consensus_revenue if e else None,
        "consensus_eps": e.consensus_eps if e else None,
        "reaction_baba": None,
        "reaction_9988": None,
        "position_impact": None,
        "origin": e.origin if e else "estimated",
        "source": (e.source or None) if e else None,
        "source_quality": (e.source_quality or None) if e else None,
    }


def _upcoming(tracker, today: date) -> list[NextRelease]:
    """The next release, then any later announced ones."""
    from tracker.app.earnings import NextRelease, effective_session
    nxt = tracker.earnings.next_release(today)
    later = [NextRelease(fiscal.quarter_of(e.period_end), e.release_date, effective_session(e), False, e)
             for e in tracker.earnings.events()
             if e.release_date and e.release_date >= today and (nxt is None or e.release_date > nxt.release_date)]
    return ([nxt] if nxt else []) + later


def _pct(value: float | None) -> str | None:
    return None if value is None else f"{value * 100:+.2f}%"


def _amount(result: Result, figure: str, width: int) -> str | None:
    """`RMB 247.795` / `US$  16.14`: the reported figure with its currency, numbers aligned."""
    found = result.reported(figure)
    return None if found is None else f"{found.label} {found.value:>{width},}"


def _surprise(result: Result) -> str | None:
    return result.surprise_text(_pct) or None


def earnings_list(args, tracker) -> int:
    today = tracker.today()
    upcoming = _upcoming(tracker, today)
    results = [] if args.upcoming else tracker.earnings.results(today)
    if args.json:
        print_json([upcoming_json(n, today) for n in upcoming] + [result_json(r) for r in results])
        return 0
    if results:
        rows = []
        for r in results:
            e = r.event
            impacts = [f"{x.impact:+,.2f} {x.currency}" for x in r.reactions.values() if x is not None and x.units]
            rows.append([e.release_date.isoformat() if e.release_date else None, r.label,
                         (e.session or "before?") if e.release_date else None, _amount(r, "revenue", 7),
                         _pct(r.revenue_yoy), _amount(r, "eps_non_gaap", 5), _pct(r.eps_non_gaap_yoy),
                         _surprise(r), _pct(r.reaction("BABA")), _pct(r.reaction("9988.HK")),
                         "; ".join(impacts) or None, e.origin, e.source_quality or None])
        print_table(["release", "quarter", "session", "revenue bn", "YoY", "non-GAAP EPS/ADS",
                     "YoY", "surprise", "BABA", "9988.HK", "your P&L", "origin", "source"], rows)
        if any(sourcing.needs_checking(r.event.source_quality) for r in results):
            print(sourcing.legend(sourcing.SECONDARY))
        print()
    if not upcoming:
        print("No upcoming results date known.")
    for n in upcoming:
        kind = "estimated" if n.estimated else "announced"
        print(f"Next: {n.quarter.label} on {n.release_date.strftime('%a %Y-%m-%d')} ({kind}), "
              f"about {n.moment.strftime('%H:%M')} New York; in {(n.release_date - today).days} days")
    for fq, day in ([] if args.upcoming else tracker.earnings.missing_quarters(today)):
        print(f"Not on file: {fq.label} (expected around {day.isoformat()}); "
              f"add it with `tracker earnings add --period {fq.code} --date ...`")
    return 0


# --- add ----------------------------------------------------------------------------------------------
def earnings_add(args, tracker) -> int:
    fq = fiscal.parse_period(args.period)
    if fq is not None and not checks.FIRST_YEAR < fq.fiscal_year <= LAST_FISCAL_YEAR:
        raise ValidationError([FieldError("period", f"a fiscal year from FY{checks.FIRST_YEAR + 1} "
                                          f"to FY{LAST_FISCAL_YEAR}",
                                          text=args.period)])
    if fq is None:
        raise ValidationError([FieldError("period", "use the form FY2026Q3 (fiscal years end 31 March)",
                                          text=args.period)])
    changes = {"release_date": date_arg(args.date, "date")}
    if args.session:
        changes["session"] = args.session
    for option, field in (("eps", "eps_diluted_rmb"), ("eps_non_gaap", "eps_non_gaap_rmb"),
                          ("revenue", "revenue_rmb_bn"), ("eps_usd", "eps_diluted_usd"),
                          ("eps_non_gaap_usd", "eps_non_gaap_usd"), ("revenue_usd", "revenue_usd_bn")):
        value = getattr(args, option)
        if value is not None:
            changes[field] = decimal_arg(value, option.replace("_", "-"))
    if args.eps_estimate is not None:
        currency, estimate = _estimate(args.eps_estimate, "eps-estimate")
        changes.update(consensus_eps_rmb=estimate if currency == "RMB" else None,
                       consensus_eps=f"{'US$' if currency == 'USD' else 'RMB'}{estimate}")
    if args.revenue_estimate is not None:
        currency, estimate = _estimate(args.revenue_estimate, "revenue-estimate")
        changes["consensus_revenue"] = f"{'US$' if currency == 'USD' else 'RMB'}{estimate}bn"
    if args.source is not None:
        changes["source"] = args.source
    if args.note is not None:
        changes["note"] = args.note
    service = tracker.earnings
    existing = next((e for e in service.events() if e.fiscal_period == fq.code), None)
    if existing is None:
        release, session = changes.pop("release_date"), changes.pop("session", None)
        saved = service.add(EarningsEvent(fq.code, fq.end, release, session, **changes))
        verb = "added"
    else:
        saved = service.update(replace(existing, **changes))
        verb = "updated"
    if args.json:
        print_json(saved)
    else:
        session = {"before": "before the US open", "after": "after the US close"}.get(saved.session, "session unknown")
        print(f"{verb} {fiscal.quarter_of(saved.period_end).label} ({saved.origin}): "
              f"results {saved.release_date.strftime('%a %Y-%m-%d')}, {session}")
    return 0


def _estimate(text: str, option: str) -> tuple[str, Decimal]:
    """("RMB", 15.2) for 15.2 or RMB15.2; ("USD", 1.41) for US$1.41 (a trailing "bn" is allowed)."""
    cleaned, currency = text.strip(), "RMB"
    for prefix, code in (("US$", "USD"), ("RMB", "RMB")):
        if cleaned.upper().startswith(prefix):
            cleaned, currency = cleaned[len(prefix):], code
    if cleaned.lower().endswith("bn"):
        cleaned = cleaned[:-2]
    value, error = checks.parse_decimal(cleaned, option)
    if error:
        raise ValidationError([FieldError(option, "a number, or RMB…/US$… (e.g. US$1.41)", text=text)])
    return currency, value


# --- export -------------------------------------------------------------------------------------------
def earnings_export_ics(args, tracker) -> int:
    if args.file == STDIO:                # the calendar on standard output, the count on stderr
        data, count = tracker.earnings.ics_bytes(args.all)
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        print(f"wrote {_events(count)} to standard output", file=sys.stderr)
        return 0
    count = tracker.earnings.export_ics(args.file, include_past=args.all)
    print(f"wrote {_events(count)} to {args.file}")
    return 0


def _events(count: int) -> str:
    return f"{count} event{'s' if count != 1 else ''}"

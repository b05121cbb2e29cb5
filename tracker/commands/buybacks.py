"""buybacks: Alibaba's repurchases and the user's stake; buybacks add: enter or correct a quarter.

JSON units: amounts in US dollars, share counts in ADS (8 ordinary shares = 1 ADS), rates and
fractions as fractions (0.023 for 2.3%); null where a figure is undefined.
"""
from __future__ import annotations

import textwrap
from decimal import Decimal

from tracker.commands.output import print_json, print_table
from tracker.commands.parsing import date_arg, decimal_arg
from tracker.domain import sourcing
from tracker.domain.model import BuybackQuarter

CENT = Decimal("0.01")


def register(sub) -> None:
    bb = sub.add_parser("buybacks", help="Alibaba's share repurchases and what they did to your stake")
    bb.add_argument("--as-of", help="report as of this date (default: today)")
    bb.add_argument("--json", action="store_true")
    bb.set_defaults(run=buybacks_report, reads_only=True)
    actions = bb.add_subparsers(dest="buybacks_action", metavar="ACTION", parser_class=type(bb))

    add = actions.add_parser("add", help="enter a quarter's figures, or correct a bundled quarter")
    add.add_argument("--quarter-end", required=True, help="last day of the calendar quarter, e.g. 2025-12-31")
    # each figure optional (a share count alone is a fact worth having); a figure left out keeps
    # the quarter's current one, and a new quarter needs at least one
    add.add_argument("--amount-usd", help="US dollars spent on repurchases in the quarter")
    add.add_argument("--shares-repurchased-ads", help="ADS-equivalents repurchased")
    add.add_argument("--outstanding-ads", help="ADS-equivalents outstanding at quarter end")
    add.add_argument("--remaining-usd", help="remaining authorization in US dollars "
                                             "(default: keep the quarter's current figure)")
    add.add_argument("--source", help="where the figures come from (URL)")
    add.add_argument("--note")
    add.add_argument("--json", action="store_true")
    add.set_defaults(run=buybacks_add, reads_only=False)


# --- buybacks ---------------------------------------------------------------------------------------
def buybacks_report(args, tracker) -> int:
    report = tracker.buybacks.report(date_arg(args.as_of, "as-of"))
    if args.json:
        print_json(report_json(report))
        return 0
    print_report(report)
    return 0


def _cents(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(CENT)


def quarter_json(f) -> dict:
    q = f.quarter
    return {
        "quarter_end": q.quarter_end,
        "fiscal_quarter": f.fiscal_quarter,
        "amount_usd": q.amount_usd,
        "shares_repurchased_ads": q.shares_repurchased_ads,
        "outstanding_ads": q.outstanding_ads,
        "net_reduction_pct": f.net_reduction,
        "held_ads_equiv": f.held_ads,
        "ownership_fraction": f.ownership_fraction,
        "user_share_usd": _cents(f.user_share_usd),
        "trailing_four_quarters_usd": f.trailing_four_usd,
        "market_cap_usd": _cents(f.market_cap_usd),
        "buyback_yield": f.buyback_yield,
        "remaining_usd": q.remaining_usd,
        "origin": q.origin,
        "source": q.source or None,
        "source_quality": q.source_quality or None,
        "note": q.note or None,
    }


def report_json(report) -> dict:
    s, r = report.stake, report.runway
    change = s.change_since_first_buy
    return {
        "as_of": report.as_of,
        "quarters": [quarter_json(f) for f in report.quarters],
        "stake": {
            "held_ads_equiv": s.held_ads_equiv,
            "outstanding_ads": s.outstanding_ads,
            "outstanding_as_of": s.outstanding_as_of,
            "ownership_fraction": s.ownership_fraction,
            "accretion_since_first_buy": s.accretion_since_first_buy,
            "accretion_unknown_reason": accretion_unknown_reason(s),
            "first_outstanding_as_of": s.first_outstanding_as_of,
            "first_buy_date": s.first_buy_date,
            "ownership_change_since_first_buy": change.total if change else None,
            "ownership_change_from_buybacks": change.from_buybacks if change else None,
            "ownership_change_from_trades": change.from_trades if change else None,
            "quarters_without_count_since": [q.quarter_end for q in s.uncounted_since],
            "remaining_authorization_usd": r.remaining_usd,
            "remaining_authorization_as_of": r.remaining_as_of,
            "quarters_of_runway": r.quarters_left,
        },
        "runway": {
            "pace_quarter_end": r.pace_quarter_end,
            "trailing_four_quarters_usd": r.trailing_four_usd,
            "pace_per_quarter_usd": r.pace_per_quarter_usd,
            "missing_quarters": list(r.missing_quarters),
            "missing_share_counts": list(r.missing_counts),
            "quarters_left": r.quarters_left,
            "exhausted_on": r.exhausted_on,
            "net_reduction_per_quarter_ads": r.net_reduction_per_quarter,
            "projection": [{"quarter_end": d, "outstanding_ads": v.quantize(Decimal(1))} for d, v in r.projection],
        },
    }


def _pct(value: Decimal | None, places: int = 2) -> str:
    return "-" if value is None else f"{value * 100:.{places}f}%"


def print_report(report) -> None:
    from tracker.app.buybacks import count_compact, missing_pace_text, usd_compact
    from tracker.domain.buyback import fiscal_label
    rows = []
    for f in report.quarters:
        q = f.quarter
        rows.append([q.quarter_end.isoformat(), f.fiscal_quarter, _known(usd_compact, q.amount_usd),
                     _known(count_compact, q.shares_repurchased_ads), _known(count_compact, q.outstanding_ads),
                     _pct(f.net_reduction), _money(f.user_share_usd), _pct(f.buyback_yield), q.origin,
                     q.source_quality or None])
    print_table(["quarter end", "fiscal", "repurchased", "ADS bought", "outstanding ADS", "net reduction",
                 "your share", "yield (4Q)", "origin", "source"], rows)
    if any(sourcing.needs_checking(f.quarter.source_quality) for f in report.quarters):
        print(sourcing.legend(sourcing.SECONDARY))
    s, r = report.stake, report.runway
    print()
    print(f"As of {report.as_of}")
    print(f"  you hold          {s.held_ads_equiv.normalize():f} ADS-equivalents")
    if s.ownership_fraction is None:
        print("  ownership         - (no shares-outstanding count reported by then)")
    else:
        print(f"  ownership         {s.ownership_per_billion:.3f} per billion ADS "
              f"({float(s.ownership_fraction):.6e}; {count_compact(s.outstanding_ads)} ADS outstanding "
              f"as of {s.outstanding_as_of})")
    if s.uncounted_since:
        print(f"  not counted since {len(s.uncounted_since)} later quarter(s) report no shares outstanding:")
        for q in s.uncounted_since:
            print(textwrap.fill(f"{fiscal_label(q.quarter_end)}: {q.note or 'no note'}", width=100,
                                initial_indent=" " * 4, subsequent_indent=" " * 6))
    if s.first_buy_date:
        print(f"  first buy         {s.first_buy_date}")
        print(f"  accretion         {accretion_text(s)}")
        if s.accretion_since_first_buy is None:
            print(f"  to know it        {first_count_needed(s.first_buy_date)}")
        c = s.change_since_first_buy
        if c:
            print(f"  ownership change  {c.total * 10**9:+.3f} per billion: "
                  f"{c.from_buybacks * 10**9:+.3f} from buybacks, {c.from_trades * 10**9:+.3f} from your trades")
    print(f"  authorization     {usd_compact(r.remaining_usd)} remaining"
          + (f" (as of {r.remaining_as_of})" if r.remaining_as_of else ""))
    if r.trailing_four_usd is not None:
        print(f"  pace              {usd_compact(r.trailing_four_usd)} over the four quarters to {r.pace_quarter_end}")
    elif r.missing_quarters:
        print(f"  pace              unknown: {missing_pace_text(r)}")
    if r.quarters_left is not None:
        print(f"  runway            {r.quarters_left:.1f} quarters at that pace (to about {r.exhausted_on})")
    else:
        print("  runway            unknown")
    for line in runway_needs(r):
        print(f"  to complete it    {line}")


def accretion_text(s) -> str:
    acc = s.accretion_since_first_buy
    if acc is not None:
        return f"{acc * 100:+.3f}% since the first buy (same ADS count, larger slice)"
    reason = accretion_unknown_reason(s)
    return f"unknown: {reason}" if reason else "- since the first buy"


def accretion_unknown_reason(s) -> str | None:
    """Why the accretion since the first buy is unknown; None when it is known (or no reason fits)."""
    if s.accretion_since_first_buy is not None:
        return None
    if s.first_buy_date is None:
        return "no buy recorded"
    if s.first_outstanding_as_of is None:
        return f"no shares-outstanding count reported by {s.as_of}"
    if s.first_buy_date < s.first_outstanding_as_of:
        return (f"first buy {s.first_buy_date} is before the first reported share count "
                f"({s.first_outstanding_as_of})")
    return None


def first_count_needed(first_buy) -> str:
    """The command that gives the first buy a share count (accretion needs one on or before it)."""
    from tracker.domain.buyback import fiscal_label, quarter_end_on_or_before
    day = quarter_end_on_or_before(first_buy)
    return (f"enter the ADS outstanding at a quarter end on or before the first buy, "
            f"e.g. {fiscal_label(day)} ({day}): tracker buybacks add --quarter-end {day} --outstanding-ads N")


def runway_needs(r) -> list[str]:
    """What to enter (with `tracker buybacks add`) for the runway and projection to be known."""
    from tracker.domain.buyback import fiscal_label
    lines = []
    for day in r.missing_quarters:
        lines.append(f"enter the amount repurchased in {fiscal_label(day)} (quarter ended {day}): "
                     f"tracker buybacks add --quarter-end {day} --amount-usd X "
                     "--shares-repurchased-ads N --outstanding-ads N")
    for day in r.missing_counts:
        lines.append(f"enter the ADS outstanding at the end of {fiscal_label(day)} ({day})")
    if r.remaining_usd is None and r.pace_quarter_end is not None:
        lines.append(f"enter the authorization left at {r.pace_quarter_end} (--remaining-usd)")
    return lines


def _known(formatter, value) -> str:
    return "-" if value is None else formatter(value)


def _money(value: Decimal | None) -> str:
    return "-" if value is None else f"US${value:,.2f}"


# --- buybacks add ------------------------------------------------------------------------------------
def buybacks_add(args, tracker) -> int:
    from tracker.app.buybacks import count_compact, usd_compact
    quarter_end = date_arg(args.quarter_end, "quarter-end")
    current = tracker.buybacks.quarter(quarter_end)
    def figure(name: str, option: str):
        given = decimal_arg(getattr(args, name), option)
        return getattr(current, name) if given is None and current is not None else given

    quarter = BuybackQuarter(
        quarter_end=quarter_end,
        amount_usd=figure("amount_usd", "amount-usd"),
        shares_repurchased_ads=figure("shares_repurchased_ads", "shares-repurchased-ads"),
        outstanding_ads=figure("outstanding_ads", "outstanding-ads"),
        remaining_usd=figure("remaining_usd", "remaining-usd"),
        source=args.source or "",
        note=args.note if args.note is not None else "",
    )
    saved = tracker.buybacks.save_quarter(quarter)
    if args.json:
        print_json({"quarter_end": saved.quarter_end, "amount_usd": saved.amount_usd,
                    "shares_repurchased_ads": saved.shares_repurchased_ads,
                    "outstanding_ads": saved.outstanding_ads, "remaining_usd": saved.remaining_usd,
                    "origin": saved.origin, "source": saved.source or None, "note": saved.note or None})
    else:
        verb = "added" if saved.origin == "user" and current is None else "saved"
        print(f"{verb} {saved.quarter_end} ({saved.origin}): {usd_compact(saved.amount_usd)} repurchased, "
              f"{count_compact(saved.shares_repurchased_ads)} ADS, {count_compact(saved.outstanding_ads)} outstanding")
    return 0

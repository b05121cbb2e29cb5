"""A close three times, or a third of, its neighbour's is imported with a warning naming its line:
Alibaba's listings never moved so far in a day, so it is a typo or another series' file."""
from __future__ import annotations

import json

import pytest

from tests.shared_data import shared_file


def real_lines() -> list[str]:
    return shared_file("prices_BABA_daily.csv").read_text().splitlines()


def with_close_times(line: str, factor: float) -> str:
    """A Yahoo row with its high and close (and adjusted close) scaled, as a slipped decimal point."""
    day, open_, high, low, close, adjusted, volume = line.split(",")
    high, close, adjusted = (f"{float(v) * factor:.6f}" for v in (high, close, adjusted))
    if factor < 1:
        low = close
        high = f"{float(open_):.6f}"
    return ",".join((day, open_, high, low, close, adjusted, volume))


def test_the_real_history_imports_without_a_word(run, tmp_path):
    code, _, err = run("prices", "import", str(shared_file("prices_BABA_daily.csv")), "--symbol", "BABA")
    assert code == 0 and "out of line" not in err


def test_a_lost_decimal_point_is_named_by_line_and_still_imported(run, tmp_path):
    lines = real_lines()
    day, before, after = lines[1000].split(",")[0], lines[999].split(",")[4], lines[1001].split(",")[4]
    lines[1000] = with_close_times(lines[1000], 10)
    typo = tmp_path / "typo.csv"
    typo.write_text("\n".join(lines) + "\n")
    code, out, err = run("prices", "import", str(typo), "--symbol", "BABA")
    assert code == 0 and "added 2383" in out
    assert "1 close out of line with the closes beside it (stored all the same: check the file)" in err
    assert f"line 1001: close 1,623.70 on {day} is 10.2× the close before it ({float(before):,.2f}" in err
    assert f"and the one after it ({float(after):,.2f}): a typo?" in err
    assert err.count("\n  line ") == 1     # the way back down is the same typo, not a second one
    code, out, _ = run("prices", "list", "--symbol", "BABA", "--from", day, "--to", day, "--json")
    assert json.loads(out)[0]["close"] == pytest.approx(1623.7, abs=0.01)


def test_a_dry_run_warns_alike_and_stores_nothing(run, tmp_path):
    lines = real_lines()
    lines[1000] = with_close_times(lines[1000], 0.1)
    typo = tmp_path / "typo.csv"
    typo.write_text("\n".join(lines) + "\n")
    code, out, err = run("prices", "import", str(typo), "--symbol", "BABA", "--dry-run", "--json")
    assert code == 0 and "(a dry run: nothing stored)" in err
    [warning] = json.loads(out)["warnings"]
    assert warning.startswith("line 1001: close 16.24 on 2018-09-07 is 1/9.8 of the close before it")
    assert json.loads(run("prices", "list", "--symbol", "BABA", "--json")[1]) == []


def test_a_file_at_another_scale_is_judged_against_the_stored_bars_beside_it(run, tmp_path):
    """Appended bars an eighth of the stored ones (ordinary shares' prices per ADS, or another
    vendor's scale): the step from the stored close is named once, at the file's first line."""
    lines = real_lines()
    first = tmp_path / "first.csv"
    first.write_text("\n".join(lines[:2001]) + "\n")
    assert run("prices", "import", str(first), "--symbol", "BABA")[0] == 0
    scaled = [lines[0]]
    for line in lines[2001:2050]:
        day, *numbers = line.split(",")
        scaled.append(",".join([day] + [f"{float(v) / 8:.4f}" for v in numbers[:-1]] + [numbers[-1]]))
    rest = tmp_path / "rest.csv"
    rest.write_text("\n".join(scaled) + "\n")
    code, _, err = run("prices", "import", str(rest), "--symbol", "BABA")
    stored_day, stored_close = lines[2000].split(",")[0], float(lines[2000].split(",")[4])
    assert code == 0
    assert (f"line 2: close {float(lines[2001].split(',')[4]) / 8:,.2f} on {lines[2001].split(',')[0]} is 1/8.2 "
            f"of the stored close before it ({stored_close:,.2f} on {stored_day}): another listing's prices") in err
    assert err.count("\n  line ") == 1
    assert (f"`tracker prices delete --symbol BABA --from {lines[2001].split(',')[0]} --to "
            f"{lines[2049].split(',')[0]}` takes its bars out") in err


def test_a_stored_typo_the_file_leaves_in_place_is_named_as_stored(run, tmp_path):
    """The file lacks the day of a stored typo: the stored bar is the odd one, named with its date
    and the command that removes it (not the file's line beside it)."""
    lines = real_lines()
    typo = tmp_path / "typo.csv"
    typo.write_text("\n".join(lines[:1000] + [with_close_times(lines[1000], 0.1)] + lines[1001:]) + "\n")
    run("prices", "import", str(typo), "--symbol", "BABA")
    lacking = tmp_path / "lacking.csv"
    lacking.write_text("\n".join(lines[:1000] + lines[1001:]) + "\n")
    code, _, err = run("prices", "import", str(lacking), "--symbol", "BABA")
    assert code == 0
    assert ("the stored close 16.24 on 2018-09-07 is 1/9.8 of the close before it (159.87 on 2018-09-06) and the "
            "one after it (156.36), and the file leaves it in place: a typo in the stored bars? `tracker prices "
            "delete --symbol BABA --from 2018-09-07 --to 2018-09-07` removes it") in err
    assert err.count("\n  ") == 1


def test_a_correction_of_a_stored_typo_is_not_warned_about(run, tmp_path):
    """The stored bar it replaces is not a neighbour: fixing the typo leaves a smooth series."""
    lines = real_lines()
    good = tmp_path / "good.csv"
    good.write_text("\n".join(lines) + "\n")
    typo_lines = list(lines)
    typo_lines[1000] = with_close_times(lines[1000], 10)
    typo = tmp_path / "typo.csv"
    typo.write_text("\n".join(typo_lines) + "\n")
    assert "a typo?" in run("prices", "import", str(typo), "--symbol", "BABA")[2]
    fix = tmp_path / "fix.csv"
    fix.write_text("\n".join([lines[0], lines[1000]]) + "\n")
    code, out, err = run("prices", "import", str(fix), "--symbol", "BABA")
    assert code == 0 and "updated 1" in out and "out of line" not in err


def test_a_high_with_a_slipped_decimal_point_is_named(run, tmp_path):
    """low <= close <= high holds for a high of 1,389.50 over a close of 137.14: only its distance
    from the day's own close gives it away."""
    lines = real_lines()
    day, open_, high, low, close, adjusted, volume = lines[1000].split(",")
    lines[1000] = ",".join((day, open_, f"{float(high) * 10:.6f}", low, close, adjusted, volume))
    typo = tmp_path / "high.csv"
    typo.write_text("\n".join(lines) + "\n")
    code, out, err = run("prices", "import", str(typo), "--symbol", "BABA", "--json")
    assert code == 0 and json.loads(out)["added"] == 2383
    assert json.loads(out)["warnings"] == [f"line 1001: high {float(high) * 10:,.2f} on {day} is 10.1× the day's "
                                           f"close ({float(close):,.2f}): a typo?"]
    assert "1 bar out of line with the prices beside it (stored all the same: check the file)" in err


def test_check_names_the_stored_closes_a_wrong_import_left(run, tmp_path):
    lines = real_lines()
    typo = tmp_path / "typo.csv"
    typo.write_text("\n".join(lines[:1000] + [with_close_times(lines[1000], 10)] + lines[1001:]) + "\n")
    run("prices", "import", str(typo), "--symbol", "BABA")
    code, out, _ = run("check")
    assert code == 0 and "prices: out of line with the bars beside them (typos?):" in out
    assert "  BABA close 1,623.70 on 2018-09-07 is 10.2× the close before it" in out
    code, out, _ = run("check", "--json")
    assert list(json.loads(out)["prices_out_of_line"]) == ["BABA"]
    run("prices", "delete", "--symbol", "BABA", "--from", "2018-09-07", "--to", "2018-09-07")
    assert "prices: ok" in run("check")[1]

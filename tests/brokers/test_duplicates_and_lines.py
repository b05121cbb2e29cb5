"""Possible duplicates of stored activities are skipped unless asked for, rows repeated within a
file still import, and every refusal (a history problem too) names its file line, all in one pass."""
from __future__ import annotations

import json


def write(tmp_path, name, rows):
    path = tmp_path / name
    path.write_text("date,symbol,side,quantity,price,fee,currency,note\n" + "".join(r + "\n" for r in rows))
    return path


def test_same_trades_with_other_notes_are_possible_duplicates(run, tmp_path):
    first = write(tmp_path, "a.csv", ["2024-03-01,BABA,buy,10,80,1,USD,from the app",
                                      "2024-03-02,BABA,buy,5,81,1,USD,"])
    assert run("trades", "import", str(first))[0] == 0
    again = write(tmp_path, "b.csv", ["2024-03-01,BABA,buy,10,80,1,USD,from the broker",
                                      "2024-03-02,BABA,buy,5,81.00,1.0,USD,broker",
                                      "2024-03-03,BABA,buy,1,82,1,USD,new"])
    code, out, _ = run("trades", "import", str(again), "--dry-run")
    lines = out.splitlines()
    assert lines[0] == "3 rows: would add 1 trade; 0 already imported"
    assert lines[1] == "2 possible duplicates of stored activities, skipped (--include-duplicates imports them):"
    assert lines[2] == "  line 2: 2024-03-01 buy 10 BABA at 80.00 USD, fee 1.00"
    code, out, _ = run("trades", "import", str(again), "--include-duplicates", "--json")
    assert json.loads(out)["added"] == 3 and len(json.loads(out)["duplicates"]) == 2
    code, out, _ = run("trades", "list", "--json")
    assert len(json.loads(out)) == 5


def test_rows_repeated_within_one_file_still_import(run, tmp_path):
    twice = write(tmp_path, "twice.csv", ["2024-03-01,BABA,buy,10,80,1,USD,", "2024-03-01,BABA,buy,10,80,1,USD,"])
    assert run("trades", "import", str(twice))[1].startswith("2 rows: added 2 trades")
    # one more identical row elsewhere: two stored rows stand for two of its three
    thrice = write(tmp_path, "thrice.csv", ["2024-03-01,BABA,buy,10,80,1,USD,x"] * 3)
    code, out, _ = run("trades", "import", str(thrice))
    assert out.startswith("3 rows: added 1 trade") and "2 possible duplicates" in out


def test_oversell_and_bad_rows_named_by_line_in_one_pass(run, tmp_path):
    path = write(tmp_path, "bad.csv", ["2024-03-01,BABA,buy,10,80,1,USD,",
                                       "2024-03-02,BABA,buy,x,80,1,USD,",
                                       "2024-03-05,BABA,sell,25,90,1,USD,too many"])
    code, out, err = run("trades", "import", str(path))
    assert code == 1
    assert err.startswith("tracker: line 3: quantity: ")
    assert "line 4: quantity: sell of 25 BABA on 2024-03-05 exceeds the 10 held then" in err
    assert json.loads(run("trades", "list", "--json")[1]) == []

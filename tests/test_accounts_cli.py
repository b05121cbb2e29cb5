"""Accounts, transfers and every activity on the command line: `--account` on each add, one-line
refusals naming the known accounts, references unambiguous across kinds."""
import json
import unicodedata

import pytest

from tests.shared_data import shared_file


@pytest.fixture
def two_accounts(run):
    """Main buys 10 BABA at 80 (T1); IBKR buys 5 at 100 (T2); 4 move from Main to IBKR (X1)."""
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
               "--quantity", "10", "--price", "80")[0] == 0
    assert run("accounts", "add", "IBKR", "--broker", "Interactive Brokers", "--currency", "USD",
               "--external-id", "U1234567")[0] == 0
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-05",
               "--quantity", "5", "--price", "100", "--account", "ibkr")[0] == 0
    assert run("transfers", "add", "--symbol", "BABA", "--date", "2024-02-01", "--quantity", "4",
               "--from-account", "Main", "--to-account", "IBKR", "--fee", "2")[0] == 0
    return run


def test_accounts_list_shows_main_and_the_added_account(two_accounts):
    code, out, _ = two_accounts("accounts", "list", "--json")
    assert code == 0 and json.loads(out) == [
        {"id": 1, "name": "Main", "broker": "", "currency": "", "external_id": None},
        {"id": 2, "name": "IBKR", "broker": "Interactive Brokers", "currency": "USD", "external_id": "U1234567"}]
    assert two_accounts("accounts", "rename", "IBKR", "Interactive")[0] == 0
    assert "Interactive Brokers" in two_accounts("accounts", "list")[1]


@pytest.mark.parametrize("command", [
    ("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "1", "--price", "80"),
    ("dividends", "add", "--symbol", "BABA", "--date", "2024-07-11", "--gross", "1"),
    ("fees", "add", "--symbol", "BABA", "--date", "2024-07-11", "--amount", "1"),
    ("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-07-11", "--quantity", "1"),
])
def test_an_unknown_account_is_one_line_naming_the_known_ones(two_accounts, command):
    code, out, err = two_accounts(*command, "--account", "Futu")
    assert code == 1 and out == ""
    assert err == "tracker: account: unknown account 'Futu' (known: Main, IBKR)\n"


def test_activities_are_listed_by_date_with_references_across_kinds(two_accounts):
    run = two_accounts
    assert run("dividends", "add", "--symbol", "BABA", "--date", "2024-07-11", "--gross", "1.50",
               "--account", "IBKR")[0] == 0
    code, out, _ = run("activities", "list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["id", "T1", "T2", "X1", "D1"]
    assert "Main -> IBKR" in lines[3] and "fee 2.00 USD" in lines[3]
    assert "at 80.00 USD" in lines[1] and "net 1.50 USD" in lines[4]     # the cents, as typed
    code, out, _ = run("activities", "list", "--account", "Main", "--json")
    assert [(a["id"], a["accounts"]) for a in json.loads(out)] == [("T1", ["Main"]), ("X1", ["Main", "IBKR"])]
    code, out, _ = run("activities", "list", "--kind", "dividend", "--json")
    assert [(a["id"], a["gross"], a["account_id"]) for a in json.loads(out)] == [("D1", 1.5, 2)]


def test_deleting_what_a_later_activity_needs_is_refused_with_the_reason(two_accounts):
    run = two_accounts
    assert run("trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2024-03-01",
               "--quantity", "8", "--price", "120", "--account", "IBKR")[0] == 0
    # IBKR's sell of 8 needs the 4 moved in besides its own 5
    code, out, err = run("activities", "delete", "X1")
    assert code == 1 and err == ("tracker: quantity: sell of 8 BABA on 2024-03-01 exceeds the 5 held "
                                 "then in IBKR\n")
    code, out, err = run("activities", "delete", "T1")
    assert code == 1 and "transfer of 4 BABA on 2024-02-01 exceeds the 0 held then in Main" in err
    code, out, _ = run("activities", "delete", "t3")
    assert code == 0 and out.startswith("deleted trade T3: sell 8 BABA")
    assert run("activities", "delete", "X1")[0] == 0
    assert [a["id"] for a in json.loads(run("activities", "list", "--json")[1])] == ["T1", "T2"]


@pytest.mark.parametrize("reference", ["12", "Q1", "T", "T0", "T1x"])
def test_a_reference_without_its_kind_is_refused_naming_the_letters(two_accounts, reference):
    code, _, err = two_accounts("activities", "delete", reference)
    assert code == 1 and "T12 (trade), D12 (dividend), F12 (fee), C12 (conversion), X12 (transfer)" in err


def test_an_account_that_holds_activities_is_not_deleted(two_accounts):
    code, _, err = two_accounts("accounts", "delete", "IBKR")
    assert code == 1 and err == "tracker: account: IBKR still holds activities (a trade at least); delete or move them first\n"


def test_position_for_all_accounts_breaks_down_by_account_and_adds_up(two_accounts):
    run = two_accounts
    path = shared_file("prices_BABA_daily.csv")
    assert run("prices", "import", str(path), "--symbol", "BABA")[0] == 0
    code, out, _ = run("position", "--symbol", "BABA", "--as-of", "2024-03-01", "--json")
    whole = json.loads(out)
    assert whole["account"] is None and [p["account"] for p in whole["by_account"]] == ["Main", "IBKR"]
    for figure in ("shares", "cost_basis", "market_value", "total_return"):
        assert sum(p[figure] for p in whole["by_account"]) == pytest.approx(whole[figure]), figure
    # IBKR: its 5 at 100 and the 4 moved (4 x 80 + the 2 fee)
    code, out, _ = run("position", "--symbol", "BABA", "--as-of", "2024-03-01", "--account", "IBKR", "--json")
    ibkr = json.loads(out)
    assert (ibkr["account"], ibkr["shares"], ibkr["cost_basis"], ibkr["by_account"]) == ("IBKR", 9, 822, [])
    code, out, _ = run("position", "--as-of", "2024-03-01")
    assert "by account" in out and out.count("\n    ") == 2
    code, out, _ = run("position", "--as-of", "2024-03-01", "--account", "IBKR")
    assert out.splitlines()[0].endswith(", account IBKR") and "by account" not in out


def test_a_one_account_database_prints_no_breakdown(run):
    run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02", "--quantity", "10",
        "--price", "80")
    code, out, _ = run("position", "--as-of", "2024-03-01")
    assert code == 0 and "by account" not in out
    pos = json.loads(run("position", "--symbol", "BABA", "--as-of", "2024-03-01", "--json")[1])
    assert pos["by_account"] == [{"account": "Main", "shares": 10, "cost_basis": 800, "market_value": 800,
                                  "realized_pnl": 0, "dividends_net": 0, "total_return": 0}]


def test_gains_of_one_account_are_its_own_sells_on_its_own_lots(two_accounts):
    run = two_accounts
    assert run("trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2024-03-01",
               "--quantity", "6", "--price", "120", "--account", "IBKR")[0] == 0
    code, out, _ = run("gains", "--account", "IBKR", "--json")
    [year] = json.loads(out)
    # IBKR's oldest lots: the 4 moved from Main (bought 2024-01-02 at 80, + the 2 fee), then its own at 100
    assert [(lot["bought"], lot["quantity"], lot["cost"], lot["account_id"]) for lot in year["lots"]] == [
        ("2024-01-02", 4, 322, 2), ("2024-01-05", 2, 200, 2)]
    code, out, _ = run("gains", "--account", "Main", "--json")
    assert json.loads(out) == []


def test_the_combined_stake_of_one_account(two_accounts):
    run = two_accounts
    code, out, _ = run("position", "--combined", "--as-of", "2024-03-01", "--account", "IBKR", "--json")
    ibkr = json.loads(out)
    # IBKR: its 5 ADS and the 4 moved in; cost 500 + 4 x 80 + the 2 fee
    assert code == 0 and (ibkr["shares"], ibkr["cost_basis"]) == (9, 822)
    code, out, _ = run("position", "--combined", "--as-of", "2024-03-01", "--account", "IBKR")
    assert out.splitlines()[0].endswith(", account IBKR")


def test_trades_list_of_one_account(two_accounts):
    code, out, _ = two_accounts("trades", "list", "--account", "IBKR", "--json")
    assert [(t["id"], t["account_id"]) for t in json.loads(out)] == [(2, 2)]


@pytest.mark.parametrize("command, field", [
    (("transfers", "add", "--symbol", "BABA", "--date", "2024-03-01", "--quantity", "1",
      "--from-account", "Futu", "--to-account", "IBKR"), "from-account"),
    (("transfers", "add", "--symbol", "BABA", "--date", "2024-03-01", "--quantity", "1",
      "--from-account", "Main", "--to-account", "Futu"), "to-account"),
    (("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-03-01", "--quantity", "1",
      "--account", "Main", "--to-account", "Futu"), "to-account"),
])
def test_an_unknown_account_names_the_option_it_came_from(two_accounts, command, field):
    """A transfer or conversion names two accounts: the refusal says which of them is unknown."""
    code, out, err = two_accounts(*command)
    assert code == 1 and out == ""
    assert err == f"tracker: {field}: unknown account 'Futu' (known: Main, IBKR)\n"


@pytest.mark.parametrize("command", [("accounts", "add", "ibkr"), ("accounts", "rename", "Main", "ibkr")])
def test_a_name_taken_in_another_case_names_the_account_that_has_it(two_accounts, command):
    code, out, err = two_accounts(*command)
    assert code == 1 and out == ""
    assert err == "tracker: name: an account named 'IBKR' already exists\n"


def test_trades_and_gains_lists_say_which_account_each_row_is_in(two_accounts, tmp_path):
    run = two_accounts
    assert run("trades", "add", "--symbol", "BABA", "--side", "sell", "--date", "2024-03-01",
               "--quantity", "6", "--price", "120", "--account", "IBKR")[0] == 0
    code, out, _ = run("trades", "list")
    assert out.splitlines()[0].split() == ["id", "date", "symbol", "side", "quantity", "price", "fee",
                                           "currency", "account", "note"]
    assert [line.split()[8] for line in out.splitlines()[1:]] == ["Main", "IBKR", "IBKR"]
    code, out, _ = run("gains", "--csv", str(tmp_path / "gains.csv"))
    lots = [line.split() for line in out.splitlines() if line.startswith("BABA")]
    assert [(lot[1], lot[4], lot[-1]) for lot in lots] == [("2024-01-02", "4", "IBKR"), ("2024-01-05", "2", "IBKR")]
    csv_lines = (tmp_path / "gains.csv").read_text().splitlines()
    assert csv_lines[0].endswith(",account") and [row.rsplit(",", 1)[1] for row in csv_lines[1:]] == ["IBKR", "IBKR"]


def test_a_one_account_database_lists_trades_without_an_account_column(run):
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
               "--quantity", "10", "--price", "80")[0] == 0
    assert "account" not in run("trades", "list")[1]


def test_an_add_says_which_account_it_went_to_when_there_are_several(two_accounts):
    code, out, _ = two_accounts("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-03-01",
                                "--quantity", "1", "--price", "80")
    assert out == "added trade 3: buy 1 BABA at 80 USD on 2024-03-01 in Main\n"     # no --account: Main
    code, out, _ = two_accounts("fees", "add", "--symbol", "BABA", "--date", "2024-03-01", "--amount", "1",
                                "--account", "ibkr")
    assert out.endswith(" in IBKR\n")
    code, out, _ = two_accounts("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-03-01",
                                "--quantity", "1", "--account", "IBKR", "--to-account", "Main")
    assert out.endswith(" on 2024-03-01 from IBKR to Main\n")


def test_an_add_in_a_one_account_database_names_no_account(run):
    code, out, _ = run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
                       "--quantity", "10", "--price", "80")
    assert out == "added trade 1: buy 10 BABA at 80 USD on 2024-01-02\n"


def test_an_account_named_in_chinese_keeps_the_accounts_table_aligned(run):
    assert run("accounts", "add", "富途", "--broker", "Futu")[0] == 0
    lines = run("accounts", "list")[1].splitlines()
    # the broker column starts at the same terminal column on every line (a Chinese character is two wide)
    def display_width(text):
        return sum(2 if unicodedata.east_asian_width(ch) == "W" else 1 for ch in text)
    header, futu = lines[0], lines[-1]
    assert display_width(futu[:futu.index("Futu")]) == display_width(header[:header.index("broker")])


def test_activities_list_shows_a_conversion_s_fee_as_it_shows_a_transfer_s(two_accounts):
    assert two_accounts("convert", "--from", "BABA", "--to", "9988.HK", "--date", "2024-03-01", "--quantity", "2",
                        "--fee", "5", "--account", "IBKR", "--to-account", "Main")[0] == 0
    line = two_accounts("activities", "list", "--kind", "conversion")[1].splitlines()[1]
    assert "IBKR -> Main" in line and line.endswith("2 BABA into 9988.HK, fee 5.00")


def test_trades_list_shows_prices_and_fees_with_their_cents(run):
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-02",
               "--quantity", "10", "--price", "72.50", "--fee", "1.2")[0] == 0
    assert run("trades", "add", "--symbol", "BABA", "--side", "buy", "--date", "2024-01-03",
               "--quantity", "1", "--price", "72.345")[0] == 0
    rows = [line.split() for line in run("trades", "list")[1].splitlines()[1:]]
    assert [(row[5], row[6]) for row in rows] == [("72.50", "1.20"), ("72.345", "0.00")]


def test_an_activity_is_edited_by_its_reference_and_the_position_follows(two_accounts):
    run = two_accounts
    code, out, _ = run("activities", "edit", "T1", "--price", "70", "--fee", "1.50")
    assert code == 0 and out == ("changed trade T1: buy 10 BABA at 80.00 USD on 2024-01-02 -> "
                                 "buy 10 BABA at 70.00 USD, fee 1.50 on 2024-01-02\n")
    position = json.loads(run("position", "--symbol", "BABA", "--account", "Main", "--json")[1])
    position = position[0] if isinstance(position, list) else position
    assert position["cost_basis"] == 6 * 70 + 1.5 * 6 / 10          # 6 of the 10 stay in Main
    assert run("activities", "edit", "X1", "--to-account", "Main", "--from-account", "IBKR")[0] == 0
    moved = json.loads(run("activities", "list", "--kind", "transfer", "--json")[1])
    assert [m["accounts"] for m in moved] == [["IBKR", "Main"]]


def test_an_edit_that_leaves_a_later_entry_short_changes_nothing(two_accounts):
    run = two_accounts
    before = run("activities", "list")[1]
    code, out, err = run("activities", "edit", "T1", "--quantity", "3")     # the transfer moves 4
    assert code == 1 and out == ""
    assert err.startswith("tracker: quantity: transfer of 4 BABA on 2024-02-01 exceeds the 3 held then")
    assert run("activities", "list")[1] == before


@pytest.mark.parametrize("reference, options, message", [
    ("T1", ("--gross", "3"), "tracker: gross: a trade has no gross; it has --date, --symbol"),
    ("X1", ("--account", "Main"), "tracker: account: a transfer has no account; it has --date"),
    ("T9", ("--note", "x"), "tracker: id: there is no trade T9"),
    ("T1", (), "tracker: nothing to change: give at least one of --date"),
    ("T1", ("--side", "hold"), "tracker: side:"),
])
def test_an_edit_the_activity_cannot_take_is_one_line_naming_the_option(two_accounts, reference, options, message):
    code, out, err = two_accounts("activities", "edit", reference, *options)
    assert code == 1 and out == "" and err.startswith(message) and err.count("\n") == 1

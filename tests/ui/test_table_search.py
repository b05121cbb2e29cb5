"""The transactions table's text filter without Qt: whatever was typed before, the rows found for a
filter are the rows whose text contains each of its words, in their order; the texts built in slices
are the texts built at once."""
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.ui.table_search import Matches, SearchTexts, narrows, words_of

TEXTS = ["buy 2021-03-04 baba usd 10 main", "sell 2021-03-05 baba usd 4 main", "dividend 2022-07-06 baba 100.00",
         "buy 2023-01-02 9988.hk hkd 500 hong kong broker", "fee 2021-03-04 baba 2.00 custody",
         "convert 2021-06-01 baba 25 baba → 200 9988.hk", "sell 2024-02-01 9988.hk hkd 100 hong kong broker"]


def brute_force(texts, candidates, text):
    return [i for i in candidates if all(w in texts[i] for w in words_of(text))]


def test_narrows_only_when_every_old_word_is_inside_a_new_one():
    assert narrows((), ("b",))
    assert narrows(("b",), ("ba",)) and narrows(("ba",), ("ba", "2021"))
    assert not narrows(("bab",), ("ba",))                     # a backspace widens
    assert not narrows(("ba",), ("hong",))                    # the text replaced


def test_typing_backspacing_and_replacing_finds_what_a_fresh_search_finds():
    matches, candidates = Matches(), list(range(len(TEXTS)))
    for text in ("b", "ba", "bab", "ba", "", "2021-0", "2021-03", "2021-03 baba", "hong", "hong 100", "hong", "h"):
        assert list(matches.rows(candidates, lambda: TEXTS, words_of(text))) == brute_force(TEXTS, candidates, text)


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(alphabet="ab 12-", max_size=12), min_size=1, max_size=25),
       typed=st.lists(st.text(alphabet="ab 12-", max_size=6), min_size=1, max_size=12),
       subset=st.integers(min_value=0, max_value=3))
def test_any_sequence_of_filters_matches_a_brute_force_search(texts, typed, subset):
    candidates = [i for i in range(len(texts)) if i % 4 >= subset]     # a listing or account filter
    matches = Matches()
    for text in typed:
        assert list(matches.rows(candidates, lambda: texts, words_of(text))) == brute_force(texts, candidates, text)


def test_texts_built_in_slices_equal_texts_built_at_once_and_follow_a_new_order():
    items = list(range(SearchTexts.SLICE * 2 + 10))
    calls = []

    def texts_of(run):
        calls.append(len(run))
        return [f"row {i}" for i in run]

    search = SearchTexts(texts_of)
    search.reset(items)
    assert not search.complete
    while not search.build_some(0.0):                         # one slice a call at least
        pass
    assert search.ensure() == [f"row {i}" for i in items] and calls == [SearchTexts.SLICE] * 2 + [10]
    reversed_items = items[::-1]
    search.reorder(reversed_items, list(range(len(items) - 1, -1, -1)))
    assert search.complete and search.ensure() == [f"row {i}" for i in reversed_items]
    search.reset(items[:10])
    assert search.ensure() == [f"row {i}" for i in range(10)]

"""The transactions table's text filter, without Qt: each row's lower-case text, built once (in
slices while the window is idle, or at once when a filter needs it before then), and the rows that
contain every word of a filter, searched among an earlier match when the new words only add to it.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence


def words_of(text: str) -> tuple[str, ...]:
    """The filter's words, in lower case: a row must contain each of them."""
    return tuple(text.lower().split())


def narrows(old: Sequence[str], new: Sequence[str]) -> bool:
    """True when every row matching `new` also matches `old`: each old word is inside a new one
    ("ba" → "bab", "ba" → "ba 2021"), so the new match is found among the old one's rows."""
    return all(any(o in n for n in new) for o in old)


def matching(candidates: Sequence[int], texts: Sequence[str], words: Sequence[str]) -> Sequence[int]:
    """The candidates (indices into `texts`, kept in their order) whose text contains every word."""
    rows = candidates
    for word in words:
        rows = [i for i in rows if word in texts[i]]
    return rows


class Matches:
    """The rows of a filter's words among the same candidate rows, keystroke after keystroke: the
    last few answers are kept (a backspace goes back to one of them) and a new filter is searched
    among the rows of the smallest kept answer it narrows ("ba" → "bab")."""

    KEPT = 16

    def __init__(self):
        self._answers: dict[tuple[str, ...], Sequence[int]] = {}

    def clear(self) -> None:
        """The candidates or the texts changed: nothing kept holds."""
        self._answers.clear()

    def rows(self, candidates: Sequence[int], texts: Callable[[], Sequence[str]],
             words: tuple[str, ...]) -> Sequence[int]:
        if not words:
            return candidates
        found = self._answers.pop(words, None)
        if found is None:
            among, known = candidates, ()
            for kept, rows in self._answers.items():
                if len(rows) < len(among) and narrows(kept, words):
                    among, known = rows, kept
            found = matching(among, texts(), [w for w in words if w not in known])
        self._answers[words] = found                   # the latest last
        while len(self._answers) > self.KEPT:
            del self._answers[next(iter(self._answers))]
        return found


class SearchTexts:
    """The lower-case text of each row, in the rows' order: `texts_of(items)` gives a run of items'
    texts; built in order by `build_some` (a time budget per call) or all at once by `ensure`."""

    SLICE = 250         # rows per call of texts_of while building in slices (about 6 ms when none is kept)

    def __init__(self, texts_of: Callable[[Sequence[object]], list[str]]):
        self._texts_of = texts_of
        self._items: Sequence[object] = ()
        self._texts: list[str] = []

    def reset(self, items: Sequence[object]) -> None:
        """New rows: their texts are built again (`texts_of` may keep what it made before)."""
        self._items = items
        self._texts = []

    def reorder(self, items: Sequence[object], order: Sequence[int]) -> None:
        """The same rows in a new order: `order[k]` is the old position of the new k-th row."""
        if len(self._texts) == len(self._items):
            self._texts = [self._texts[i] for i in order]
        else:
            self._texts = []
        self._items = items

    def inserted(self, at: int) -> None:
        """The row now at `at` is new (the items were changed in place): its text is made when
        the rows before it have theirs, else it is built in its turn."""
        if at <= len(self._texts):
            self._texts.insert(at, self._texts_of(self._items[at:at + 1])[0])

    def removed(self, at: int) -> None:
        """The row that was at `at` is gone (the items were changed in place)."""
        if at < len(self._texts):
            del self._texts[at]

    @property
    def complete(self) -> bool:
        return len(self._texts) == len(self._items)

    def build_some(self, budget_s: float) -> bool:
        """Build texts for about `budget_s` seconds; True once every row has its text."""
        deadline = time.perf_counter() + budget_s
        texts, items = self._texts, self._items
        while len(texts) < len(items):
            texts += self._texts_of(items[len(texts):len(texts) + self.SLICE])
            if time.perf_counter() >= deadline:
                break
        return self.complete

    def ensure(self) -> list[str]:
        """Every row's text (built now if it is not yet)."""
        if not self.complete:
            self._texts += self._texts_of(self._items[len(self._texts):])
        return self._texts

"""Where the real Alibaba reference data sits (beside the repository), and a clean skip without it."""
import re
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "alibaba"
TODAY = date(2026, 11, 24)   # the fixed "today" of tests that need a clock


def shared_file(name: str) -> Path:
    """A file from the shared Alibaba reference data, or a clean skip when it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"shared reference data not available: {name}")
    return path


# Some shared notes cite lookup ids of a code-search index ("find_string id 69511277756, repo not
# identifiable"); they lead a reader nowhere, so the bundled notes leave the ids out.
_LOOKUP_IDS = re.compile(r"(?:find_string ids?|(?<=\()id) \d+(?:, \d+)*(?:, | )?")


def readable(text: str) -> str:
    """A shared note or source as the bundled data carries it."""
    return _LOOKUP_IDS.sub("", text).strip()


# Words by which a shared note says a figure was not read in Alibaba's own filing or release.
SECONDARY_FLAGS = ("secondary source", "chinese-language", "translation", "as rounded by", "aggregator",
                   "its text was not read")


def flagged_secondary(note: str) -> bool:
    return any(flag in note.lower() for flag in SECONDARY_FLAGS)


def only_filings(source: str) -> bool:
    """Every source the row cites is an SEC filing."""
    urls = [u.strip() for u in source.split(" | ") if u.strip()]
    return bool(urls) and all(u.startswith("https://www.sec.gov/") for u in urls)

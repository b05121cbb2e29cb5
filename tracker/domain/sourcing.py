"""How far to trust a bundled fact: the quality of the source its figures were read in.

Each bundled row carries one of these, decided from its cited sources and its note:

- **primary**: every figure was read in Alibaba's own filing or results release (SEC, HKEX, the
  company's press release, or a site that reproduces it verbatim).
- **secondary**: at least one figure comes from a news report, an aggregator, a translation or a
  machine-written summary. Worth checking against the company's filing before relying on it.
- empty: the row cites no source (a placeholder that only says what is unknown).
"""
from __future__ import annotations

PRIMARY = "primary"
SECONDARY = "secondary"
QUALITIES = (PRIMARY, SECONDARY)

_EXPLAINED = {
    PRIMARY: "Primary source: read in Alibaba's own filing or results release.",
    SECONDARY: "Secondary source: at least one figure comes from a news report, aggregator, "
               "translation or machine-written summary. Check it against Alibaba's filing.",
}


def label(quality: str) -> str:
    """'primary source', 'secondary source', or '' when the row cites none."""
    return f"{quality} source" if quality in QUALITIES else ""


def explanation(quality: str) -> str:
    """One sentence a tooltip can show; '' when the row cites no source."""
    return _EXPLAINED.get(quality, "")


def legend(quality: str) -> str:
    """'secondary source: at least one figure comes from ...' for under a table."""
    text = explanation(quality)
    return text[:1].lower() + text[1:]


def needs_checking(quality: str) -> bool:
    return quality == SECONDARY

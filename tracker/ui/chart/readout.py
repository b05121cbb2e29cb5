"""What the crosshair readout says about one bar.

Figures shown:
- O / H / L / C: the bar's open, high, low and close in the listing's currency.
- Change: close minus the previous bar's close, and that difference as a percentage of the
  previous close (blank on the first bar).
- Vol: the bar's traded volume (K = thousand, M = million, B = billion).
- Held / Value: the user's units held at the end of that day and their value at that day's close,
  as given by the chart's holdings function (blank when the user held none).
"""
from __future__ import annotations

import html
from datetime import date, datetime
from typing import Callable

from tracker.ui.chart.series import Series
from tracker.ui import formatting as fmt
from tracker.ui.i18n import tr
from tracker.ui.chart.value_axis import volume_text
from tracker.ui.qt import QtCore, QtGui, QtWidgets

HoldingsFn = Callable[[date], "tuple[float, float] | None"]


def price_text(value: float) -> str:
    """Two decimals (four below one unit), thousands separated."""
    return f"{value:,.{2 if abs(value) >= 1 else 4}f}"


def when_text(when: date | datetime, short: bool = False) -> str:
    """`Fri 2024-03-08` (with `10:30` for intraday bars); `short` drops the weekday."""
    text = when.strftime("%Y-%m-%d %H:%M" if isinstance(when, datetime) else "%Y-%m-%d")
    return text if short else fmt.weekday(when) + " " + text


def bar_fields(series: Series, i: int, holdings: HoldingsFn | None = None) -> dict[str, str]:
    """The readout of bar i as label -> text (plain text, used by the label and by tests)."""
    fields = {
        "date": when_text(series.when(i)),
        "O": price_text(series.open[i]),
        "H": price_text(series.high[i]),
        "L": price_text(series.low[i]),
        "C": price_text(series.close[i]),
    }
    if i > 0 and series.close[i - 1] != 0:
        prev = series.close[i - 1]
        diff = series.close[i] - prev
        fields["change"] = f"{diff:+,.2f} ({diff / prev * 100:+.2f}%)"
    fields["Vol"] = volume_text(series.volume[i])
    if holdings is not None:
        held = holdings(series.day_of(i))
        if held is not None and held[0]:
            shares, value = held
            fields["Held"] = f"{shares:,.{0 if float(shares).is_integer() else 4}f}"
            fields["Value"] = f"{value:,.2f} {series.currency}"
    return fields


def _unbroken(word: str) -> str:
    """`word` with word joiners between its letters: a line may break between Chinese characters,
    and the readout wraps between figures only (成 | 交量 would read as two words). A word of Latin
    letters never breaks inside: it is left as it is."""
    return word if word.isascii() else "\u2060".join(word)


def readout_html(series: Series, i: int, holdings: HoldingsFn | None,
                 gain: str, loss: str, muted: str,
                 averages: list[tuple[str, str, float]] = ()) -> str:
    """The readout line; `averages` are the shown moving averages as (name, colour, value)."""
    f = bar_fields(series, i, holdings)
    parts = [f"<b>{html.escape(series.symbol)}</b>&nbsp;&nbsp;{html.escape(f['date'])}"]
    for key in ("O", "H", "L", "C"):
        parts.append(f"<span style='color:{muted}'>{key}</span>&nbsp;{f[key]}")
    if "change" in f:
        color = gain if not f["change"].startswith("-") else loss
        parts.append(f"<span style='color:{color}'>{f['change']}</span>")
    volume, held, value = _unbroken(tr("Vol")), _unbroken(tr("Held")), _unbroken(tr("Value"))
    parts.append(f"<span style='color:{muted}'>{volume}</span>&nbsp;{f['Vol']}")
    if "Held" in f:
        parts.append(f"<span style='color:{muted}'>{held}</span>&nbsp;{f['Held']}"
                     f"&nbsp;&nbsp;<span style='color:{muted}'>{value}</span>&nbsp;{f['Value'].replace(' ', '&nbsp;')}")
    for name, color, value in averages:
        shown = price_text(value) if value == value else "–"     # NaN before enough bars
        parts.append(f"<span style='color:{color}'>{name.replace(' ', '&nbsp;')}</span>&nbsp;{shown}")
    return "&nbsp;&nbsp; ".join(parts)       # a plain space: the line may wrap between figures


class ReadoutBar(QtWidgets.QWidget):
    """The readout above the chart: one line of rich text, wrapped onto a second (between two
    figures) where the chart is too narrow, never cut. Painted from a cached QStaticText.

    Its height grows with the lines the text needs and shrinks back only when its width changes
    (or `forget_height`): were it to follow each hovered bar's text, a figure a little wider on
    one bar than the next would push the panes down and up under the pointer, and a hover aimed
    at one marker would land on its neighbour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chartReadout")
        self._text = QtGui.QStaticText()
        self._text.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self._text.setTextOption(QtGui.QTextOption(QtCore.Qt.AlignmentFlag.AlignLeft))
        option = self._text.textOption()
        option.setWrapMode(QtGui.QTextOption.WrapMode.NoWrap)
        self._text.setTextOption(option)
        self._html = ""
        self._lines = 1                 # the most lines the text has needed at this width
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().height() + 6)

    def setText(self, html_text: str) -> None:
        if html_text != self._html:
            self._html = html_text
            self._text.setText(html_text)
            self._fit()
            self.update()

    LEFT, RIGHT = 8, 4

    def _fit(self) -> None:
        """Wrap at the width there is; take the height of the lines that makes."""
        room = max(self.width() - self.LEFT - self.RIGHT, 40)
        self._wrap(False)
        if self._text.size().width() > room:
            self._wrap(True, room)
        lines = max(1, round(self._text.size().height() / max(self.fontMetrics().lineSpacing(), 1)))
        self._lines = lines = max(lines, self._lines)
        height = lines * self.fontMetrics().height() + 6
        if height != self.height():
            self.setFixedHeight(height)

    def _wrap(self, wrap: bool, width: float = -1) -> None:
        option = self._text.textOption()
        option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap
                           else QtGui.QTextOption.WrapMode.NoWrap)
        self._text.setTextOption(option)
        self._text.setTextWidth(width)

    def forget_height(self) -> None:
        """Take the height the present text needs (another listing is shown)."""
        self._lines = 1
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._lines = 1
        self._fit()

    def text(self) -> str:
        return self._html

    def plain_text(self) -> str:
        doc = QtGui.QTextDocument()
        doc.setHtml(self._html)
        return doc.toPlainText().replace("\xa0", " ")

    def paintEvent(self, event):
        p = QtGui.QPainter(self)
        p.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
        p.setFont(self.font())
        p.drawStaticText(QtCore.QPointF(self.LEFT, 2), self._text)
        p.end()

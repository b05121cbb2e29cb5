"""The price chart: candles, volume, the user's trades and company events, fast on a million bars."""
from tracker.ui.chart.markers import BUY, SELL, EventMarker, TradeMarker
from tracker.ui.chart.widget import PriceChart

__all__ = ["PriceChart", "TradeMarker", "EventMarker", "BUY", "SELL"]

"""Board lots and whole-ADS conversions: the hints an entry dialog gives."""
from decimal import Decimal

from tracker.domain.lots import board_lot_missed, fractional_ads

D = Decimal


def test_9988_hk_quantities_off_the_board_lot_are_named_with_the_lot():
    assert board_lot_missed("9988.HK", D(150)) == 100
    assert board_lot_missed("9988.HK", D(300)) is None
    assert board_lot_missed("BABA", D(7)) is None           # the ADS trade one at a time


def test_a_conversion_is_fractional_when_the_ordinary_shares_are_no_multiple_of_8():
    assert fractional_ads(D(12), D(1), D(8)) == D("1.5")     # 12 shares -> 1.5 ADS
    assert fractional_ads(D(16), D(1), D(8)) is None
    assert fractional_ads(D("2.5"), D(8), D(1)) == D("2.5")  # 2.5 ADS given up
    assert fractional_ads(D(3), D(8), D(1)) is None

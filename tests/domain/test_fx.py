

def test_a_conversion_rate_far_from_the_peg_either_way_round_is_implausible():
    from decimal import Decimal

    from tracker.domain.fx import implausible_rate
    assert implausible_rate("USD", "HKD", Decimal("7.8")) is None
    assert implausible_rate("USD", "HKD", Decimal("7.45")) is None               # within 10 %
    assert implausible_rate("HKD", "USD", Decimal("0.128")) is None
    assert implausible_rate("USD", "HKD", Decimal("78")) == Decimal("7.80")
    assert round(implausible_rate("HKD", "USD", Decimal("7.8")), 4) == Decimal("0.1282")   # the wrong way round
    assert implausible_rate("USD", "CNY", Decimal("70")) is None                 # a floating pair: not judged
    assert implausible_rate("USD", "USD", Decimal("1")) is None

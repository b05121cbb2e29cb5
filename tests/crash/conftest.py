"""One seed for the whole crash suite, so that one TRACKER_CRASH_SEED replays every kill."""
import pytest

from tests.crash import harness


@pytest.fixture(scope="session")
def seed():
    return harness.seed_from_environment()

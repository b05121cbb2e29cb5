"""tracker screenshot OUT.png: render the real window offscreen."""
from __future__ import annotations

import os

from tracker import paths
from tracker.errors import TrackerError


def register(sub) -> None:
    s = sub.add_parser("screenshot", help="render the window offscreen to a PNG")
    s.add_argument("out")
    s.add_argument("--size", default="1440x900", help="WIDTHxHEIGHT (default 1440x900)")
    s.set_defaults(run=screenshot, no_tracker=True)


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise TrackerError(f"--size: expected WIDTHxHEIGHT like 1440x900, got {text!r}") from None
    if not (320 <= w <= 8000 and 240 <= h <= 8000):
        raise TrackerError(f"--size: {text} is outside 320x240 .. 8000x8000")
    return w, h


def screenshot(args) -> int:
    size = parse_size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tracker.ui.main_window import render_screenshot
    path = render_screenshot(args.db, args.out, size, create=paths.may_create(args.db, args.create))
    print(f"wrote {path}")
    return 0

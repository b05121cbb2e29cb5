"""Every command and every option of the command line says what it does in --help."""
from __future__ import annotations

import argparse

from tracker.cli import build_parser


def walk(parser: argparse.ArgumentParser, path: str = "tracker"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{path} {name}", "(the command itself)", helps.get(name)
                yield from walk(sub, f"{path} {name}")
        elif not isinstance(action, argparse._HelpAction):
            yield path, "/".join(action.option_strings) or action.dest, action.help


def test_every_command_and_option_has_help_text():
    missing = [f"{where}: {name}" for where, name, text in walk(build_parser())
               if not text or text == argparse.SUPPRESS]
    assert not missing, "no help text:\n" + "\n".join(missing)


def test_the_walk_sees_the_whole_tree():
    seen = {where for where, _name, _text in walk(build_parser())}
    assert {"tracker prices import", "tracker trades add", "tracker install-desktop-entry"} <= seen

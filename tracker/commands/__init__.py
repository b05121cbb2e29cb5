"""Subcommand groups of the `tracker` command. Each module has `register(subparsers)` that adds its
parsers and sets `run=function(args, tracker) -> int` as the parser default."""

"""``inclucities``: with a subcommand, the command line; without one, the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from inclucities_desktop.cli.main import run_cli, subcommand_of

    if subcommand_of(args) is not None or any(a in ("-h", "--help") for a in args):
        return run_cli(args)
    from inclucities_desktop.ui.app import run_app  # Qt only for the window

    return int(run_app(args))


if __name__ == "__main__":
    sys.exit(main())

"""``inclucities``: with a subcommand, the command line; without one, the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from inclucities_desktop.cli.main import SUBCOMMANDS

    if any(arg in SUBCOMMANDS for arg in args[:3]) and not any(a.startswith("--smoke") for a in args):
        from inclucities_desktop.cli.main import run_cli

        return run_cli(args)
    from inclucities_desktop.ui.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())

"""``inclucities``: with a subcommand, the command line; without one, the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen app re-runs itself for the batch export's worker processes ("spawn"):
        # freeze_support turns such a run into the worker instead of a second app.
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else list(argv)
    # The command line's module imports only the standard library: deciding costs nothing.
    from inclucities_desktop.cli.main import run_cli, wants_command_line

    if wants_command_line(args):
        return run_cli(args)
    from inclucities_desktop.ui.app import run_app  # Qt only for the window

    return int(run_app(args))


if __name__ == "__main__":
    sys.exit(main())

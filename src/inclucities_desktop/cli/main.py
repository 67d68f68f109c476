"""The command line: telling it from the window, parsing, and reporting errors. No Qt here.

This module imports only the standard library, so that ``--help``, a usage error and the
choice between window and command line cost no SQLAlchemy import; the subcommands, which
need the workspace, live in ``commands`` and are imported once the arguments are good.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import Any, BinaryIO, TextIO

from inclucities_desktop.cli import messages

SUBCOMMANDS = frozenset({"init", "plans", "show", "apply", "export", "export-all", "login",
                         "logout", "sync", "status", "conflicts", "comments", "comment",
                         "reply", "resolve", "review", "history"})

# Options before the subcommand that take a value, the window's own included, so that
# their value is never taken for a subcommand: `inclucities --data-dir plans` opens the
# window on the folder "plans".
_OPTIONS_WITH_VALUE = ("--data-dir", "--quit-after-ms", "--language", "--screenshot")
_HELP_OR_VERSION = frozenset({"-h", "--help", "--version"})


def _takes_value(arg: str) -> bool:
    # argparse also accepts any unambiguous start of a long option, such as "--data".
    if not arg.startswith("--") or "=" in arg or len(arg) < 3:
        return False
    return sum(option.startswith(arg) for option in _OPTIONS_WITH_VALUE) == 1


def _first_word(argv: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor an option's value, or None.

    Qt's own options are spelled with one dash and may take the next argument as their
    value (``-style fusion``): a word after one counts only if it is a subcommand.
    """
    after_single_dash = False
    only_words = False
    args = iter(argv)
    for arg in args:
        if only_words or arg == "-" or not arg.startswith("-"):
            if arg in SUBCOMMANDS or not after_single_dash:
                return arg
            after_single_dash = False
        elif arg == "--":
            only_words, after_single_dash = True, False
        elif _takes_value(arg):
            next(args, None)
            after_single_dash = False
        else:
            after_single_dash = not arg.startswith("--")
    return None


def subcommand_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv``, or None."""
    word = _first_word(argv)
    return word if word in SUBCOMMANDS else None


def wants_command_line(argv: Sequence[str]) -> bool:
    """True when ``argv`` asks for the command line rather than the window.

    A subcommand does, and so do ``-h``, ``--help`` and ``--version``. So does any other
    word that cannot be the value of an option: a mistyped subcommand gets a usage error,
    not a window.
    """
    if _first_word(argv) is not None:
        return True
    return any(arg in _HELP_OR_VERSION for arg in argv)


class _PrintVersion(argparse.Action):
    def __init__(self, option_strings: Sequence[str], dest: str, **_: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help=messages.HELP_VERSION)

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from inclucities_desktop import __version__  # read on demand: it costs time

        print(f"{messages.PROG} {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=messages.PROG, description=messages.DESCRIPTION, epilog=messages.EPILOG,
    )
    parser.add_argument("--data-dir", metavar="DIR", help=messages.HELP_DATA_DIR)
    parser.add_argument("--version", action=_PrintVersion)
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND", required=True)
    init = commands.add_parser("init", help=messages.HELP_INIT, description=messages.HELP_INIT)
    init.add_argument("--sample", action="store_true", help=messages.HELP_SAMPLE)
    plans = commands.add_parser("plans", help=messages.HELP_PLANS,
                                description=messages.HELP_PLANS)
    plans.add_argument("--json", action="store_true", help=messages.HELP_PLANS_JSON)
    plans.add_argument("--trash", action="store_true", help=messages.HELP_TRASH)
    show = commands.add_parser("show", help=messages.HELP_SHOW, description=messages.HELP_SHOW)
    show.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    show.add_argument("--json", action="store_true", help=messages.HELP_SHOW_JSON)
    apply = commands.add_parser("apply", help=messages.HELP_APPLY,
                                description=messages.HELP_APPLY)
    apply.add_argument("file", metavar="FILE.json", help=messages.HELP_FILE)
    export = commands.add_parser("export", help=messages.HELP_EXPORT,
                                 description=messages.HELP_EXPORT)
    export.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    export.add_argument("-o", "--output", metavar="FILE.docx", required=True,
                        help=messages.HELP_EXPORT_OUTPUT)
    export_all = commands.add_parser("export-all", help=messages.HELP_EXPORT_ALL,
                                     description=messages.HELP_EXPORT_ALL)
    export_all.add_argument("-o", "--output", metavar="DIR", required=True,
                            help=messages.HELP_EXPORT_DIR)
    export_all.add_argument("--status", default="approved", choices=messages.EXPORT_STATUSES,
                            help=messages.HELP_EXPORT_STATUS)
    for command in (export, export_all):
        command.add_argument("--template", metavar="T.docx", help=messages.HELP_TEMPLATE)
        command.add_argument("--force", action="store_true", help=messages.HELP_FORCE)
        command.add_argument("--comments", action="store_true",
                             help=messages.HELP_EXPORT_COMMENTS)
        command.add_argument("--review-log", action="store_true",
                             help=messages.HELP_EXPORT_REVIEW_LOG)
    login = commands.add_parser("login", help=messages.HELP_LOGIN,
                                description=messages.HELP_LOGIN_LONG)
    login.add_argument("url", metavar="URL", help=messages.HELP_URL)
    login.add_argument("user", metavar="USER", help=messages.HELP_USER)
    login.add_argument("--allow-plaintext-token", action="store_true",
                       help=messages.HELP_PLAINTEXT)
    login.add_argument("--ca-bundle", metavar="FILE.pem", help=messages.HELP_CA_BUNDLE)
    commands.add_parser("logout", help=messages.HELP_LOGOUT, description=messages.HELP_LOGOUT)
    commands.add_parser("sync", help=messages.HELP_SYNC, description=messages.HELP_SYNC)
    commands.add_parser("status", help=messages.HELP_STATUS, description=messages.HELP_STATUS)
    conflicts = commands.add_parser("conflicts", help=messages.HELP_CONFLICTS,
                                    description=messages.HELP_CONFLICTS)
    conflicts.add_argument("--json", action="store_true", help=messages.HELP_CONFLICTS_JSON)
    _add_mentoring_parsers(commands)
    return parser


def _add_mentoring_parsers(commands: Any) -> None:
    # Argument definitions only (standard library): the subcommands run from
    # mentoring_commands, imported with the workspace once the arguments are good.
    from inclucities_desktop.cli import mentoring_arguments

    mentoring_arguments.add_parsers(commands)


def run_cli(
    argv: Sequence[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
    stdin: BinaryIO | None = None,
) -> int:
    """Run one subcommand; returns the exit status (0 done, 1 error, 2 wrong arguments)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            options = build_parser().parse_args(list(argv))
    except SystemExit as exit_:  # argparse after --help, --version or a usage error
        return exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 2
    try:
        from inclucities_desktop.cli import commands  # the workspace: SQLAlchemy and all

        try:
            commands.run(options, out, stdin)
            out.flush()
        except commands.EXPECTED_ERRORS as error:
            print(messages.ERROR.format(message=error), file=err)
            return 1
    except KeyboardInterrupt:
        print(messages.INTERRUPTED, file=err)
        return 130
    except BrokenPipeError:
        _discard_further_output(out)  # the reader (`| head`) has gone: not our error
    return 0


def _discard_further_output(out: TextIO) -> None:
    # What is still buffered would fail again when Python flushes it at exit.
    try:
        descriptor = out.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)

"""The command line: argument parsing and one function per subcommand. No Qt here."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from inclucities_core.document import DocumentError
from inclucities_desktop.paths import data_dir
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import WorkspaceError

SUBCOMMANDS = frozenset({"init", "plans", "show", "apply"})
PROG = "inclucities"


class CliError(Exception):
    """An expected failure: printed as one line, exit status 1."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="IncluCities Desktop. Without a subcommand, opens the window.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="workspace folder (default: $INCLUCITIES_DATA_DIR, "
                             "else the platform's data folder)")
    commands = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    init = commands.add_parser("init", help="create the workspace")
    init.add_argument("--sample", action="store_true",
                      help="add the sample cities, pairs and plans")
    plans = commands.add_parser("plans", help="list the plans")
    plans.add_argument("--json", action="store_true", help="print JSON")
    plans.add_argument("--trash", action="store_true", help="list the plans in the trash")
    show = commands.add_parser("show", help="show one plan")
    show.add_argument("plan", metavar="PLAN", help="plan id or an unambiguous prefix of it")
    show.add_argument("--json", action="store_true", help="print the plan document as JSON")
    apply = commands.add_parser("apply", help="apply a plan document as local edits")
    apply.add_argument("file", metavar="FILE.json", help="the document, or - for stdin")
    return parser


# Options before the subcommand that take a value (the window's own included), so that
# their value is never taken for a subcommand: `inclucities --data-dir plans` opens the
# window on the folder "plans".
_OPTIONS_WITH_VALUE = frozenset({"--data-dir", "--quit-after-ms"})


def subcommand_of(argv: Sequence[str]) -> str | None:
    """The subcommand named in ``argv``, or None when it asks for the window."""
    args = iter(argv)
    for arg in args:
        if arg in _OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg if arg in SUBCOMMANDS else None
    return None


def run_cli(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    options = build_parser().parse_args(list(argv))
    handler = _HANDLERS[options.command]
    try:
        services = WorkspaceServices.open(data_dir(options.data_dir))
    except WorkspaceError as error:
        print(f"{PROG}: error: {error}", file=err)
        return 1
    try:
        handler(services, options, out)
    except (CliError, ServiceError, DocumentError) as error:
        print(f"{PROG}: error: {error}", file=err)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) has gone; that is not an error of ours.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed pipe for good
        return 0
    finally:
        services.close()
    return 0


# -- subcommands -----------------------------------------------------------------------


def _init(services: WorkspaceServices, options: argparse.Namespace, out: TextIO) -> None:
    print(f"Workspace ready in {services.workspace.data_dir}", file=out)
    if options.sample:
        from inclucities_desktop.services.sample import install_sample

        added = install_sample(services)
        print(f"Sample: {len(services.cities.list())} cities, "
              f"{len(services.cities.pairs())} pairs, {len(added)} plans added", file=out)


def _plans(services: WorkspaceServices, options: argparse.Namespace, out: TextIO) -> None:
    rows = services.plans.list_plans(deleted=options.trash)
    if options.json:
        json.dump([
            {"id": r.id, "title": r.title, "city": r.city_id, "city_name": r.city_name,
             "language": r.language, "status": r.status, "updated_at": r.updated_at,
             "in_trash": r.deleted_at is not None}
            for r in rows
        ], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if not rows:
        print("No plans." if not options.trash else "The trash is empty.", file=out)
        return
    for r in rows:
        print(f"{r.id[:8]}  {r.city_name:<24.24}  {r.language}  {r.status:<24}  "
              f"{r.updated_at[:16].replace('T', ' ')}  {r.title}", file=out)


def _show(services: WorkspaceServices, options: argparse.Namespace, out: TextIO) -> None:
    plan_id = services.plans.resolve_id(options.plan)
    document = services.documents.show(plan_id)
    if options.json:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    from inclucities_core.completeness import count_words
    from inclucities_core.template import load_template

    template = load_template(document["template_version"])
    print(f"{document['title']}", file=out)
    print(f"{document['city']} · {document['language']} · {document['status']} · "
          f"{document['id']}", file=out)
    for key, text in document["sections"].items():
        spec = template.section(key)
        print(f"  {spec.number:>4} {spec.title('en'):<50.50} {count_words(text):>6} words",
              file=out)
    for action in document["actions"]:
        print(f"       {action.get('code', ''):<8} {action.get('title', '')}", file=out)


def _apply(services: WorkspaceServices, options: argparse.Namespace, out: TextIO) -> None:
    document = _read_json(options.file)
    result = services.documents.apply(document)
    if result.created:
        print(f"created plan {result.plan_id}", file=out)
    else:
        print(f"updated plan {result.plan_id}: {result.changed_fields} fields changed", file=out)


def _read_json(name: str) -> Any:
    try:
        text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"cannot read {name}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise CliError(f"{name} is not UTF-8 text") from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise CliError(
            f"{name} is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        ) from error


_HANDLERS: dict[str, Callable[[WorkspaceServices, argparse.Namespace, TextIO], None]] = {
    "init": _init,
    "plans": _plans,
    "show": _show,
    "apply": _apply,
}

"""The subcommands: each works on the open workspace and prints what it did."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, ProgrammingError

from inclucities_core.completeness import count_words
from inclucities_core.document import DocumentError
from inclucities_core.template import load_template
from inclucities_desktop.cli import messages
from inclucities_desktop.cli.text_output import one_line, table
from inclucities_desktop.paths import data_dir
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import DATABASE_FILE, WorkspaceError
from inclucities_desktop.sync.errors import SyncError


class CliError(Exception):
    """An expected failure the command line itself finds (a file it cannot read...)."""


# Printed as one line, exit status 1: what a user can cause and put right.
EXPECTED_ERRORS = (CliError, ServiceError, DocumentError, WorkspaceError, SyncError)


@dataclass(frozen=True)
class Invocation:
    services: WorkspaceServices
    options: argparse.Namespace
    out: TextIO
    stdin: BinaryIO | None
    created: bool  # the workspace did not exist before this command


def run(options: argparse.Namespace, out: TextIO, stdin: BinaryIO | None = None) -> None:
    """Open the workspace and run the subcommand that ``options`` names."""
    folder = data_dir(options.data_dir)
    existed = (folder / DATABASE_FILE).is_file()
    services = WorkspaceServices.open(folder)
    try:
        HANDLERS[options.command](Invocation(services, options, out, stdin, not existed))
    except DBAPIError as error:
        if isinstance(error, IntegrityError | ProgrammingError | InterfaceError):
            raise  # a mistake of ours, worth its traceback
        # Damage deep in the file shows only when that page is read; a lock that outlasts
        # the busy timeout shows the same way.
        detail = str(error.orig) if error.orig is not None else str(error)
        raise CliError(messages.DAMAGED_DURING_USE.format(folder=folder, detail=detail)) from error
    finally:
        services.close()


def _print_json(value: Any, out: TextIO) -> None:
    # Escaped where the output cannot carry every character (a non-UTF-8 console), so the
    # JSON stays whole and valid.
    json.dump(value, out, ensure_ascii=not _writes_any_text(out), indent=2)
    out.write("\n")


def _writes_any_text(out: TextIO) -> bool:
    encoding = getattr(out, "encoding", None)
    if not encoding:
        return True  # an in-memory text stream
    try:
        "\U0001f30d\u0394".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _say(out: TextIO, line: str) -> None:
    if not _writes_any_text(out):
        encoding = getattr(out, "encoding", None) or "ascii"
        line = line.encode(encoding, "replace").decode(encoding)
    print(line, file=out)


# -- init ----------------------------------------------------------------------------


def _init(call: Invocation) -> None:
    services, out = call.services, call.out
    folder = services.workspace.data_dir
    if call.created:
        _say(out, messages.WORKSPACE_CREATED.format(folder=folder))
    else:
        _say(out, messages.WORKSPACE_READY.format(
            folder=folder, plans=len(services.plans.list_plans()),
            trashed=len(services.plans.list_plans(deleted=True))))
    if not call.options.sample:
        return
    from inclucities_desktop.services.sample import install_sample

    try:
        added = install_sample(services)
    except json.JSONDecodeError as error:
        raise CliError(messages.SAMPLE_FILE_INVALID.format(detail=error)) from error
    _say(out, messages.SAMPLE_SUMMARY.format(
        cities=len(services.cities.list()), pairs=len(services.cities.pairs()),
        added=len(added)))
    for plan_id in added:
        _say(out, messages.SAMPLE_PLAN_ADDED.format(
            id=plan_id, title=one_line(services.plans.get(plan_id).title)))


# -- plans ---------------------------------------------------------------------------


def _plans(call: Invocation) -> None:
    rows = call.services.plans.list_plans(deleted=call.options.trash)
    if call.options.json:
        _print_json([
            {"id": r.id, "title": r.title, "city": r.city_id, "city_name": r.city_name,
             "language": r.language, "status": r.status, "updated_at": r.updated_at,
             "in_trash": r.deleted_at is not None}
            for r in rows
        ], call.out)
        return
    if not rows:
        _say(call.out, messages.TRASH_EMPTY if call.options.trash else messages.NO_PLANS)
        return
    cells = [(r.id[:8], r.city_name, r.language, r.status, _minutes(r.updated_at), r.title)
             for r in rows]
    for line in table(messages.PLAN_TABLE_HEADINGS, cells, (8, 24, 4, 24, 16, 0)):
        _say(call.out, line)


def _minutes(timestamp: str) -> str:
    return timestamp[:16].replace("T", " ")


# -- show ----------------------------------------------------------------------------


def _show(call: Invocation) -> None:
    services = call.services
    plan_id = services.plans.resolve_id(call.options.plan)
    document = services.documents.show(plan_id)
    if call.options.json:
        _print_json(document, call.out)
        return
    for line in _outline(services, document):
        _say(call.out, line)


def _outline(services: WorkspaceServices, document: dict[str, Any]) -> list[str]:
    template = load_template(document["template_version"])
    city_names = {c.id: c.name for c in services.cities.list()}
    city = document["city"]
    marks = services.plans.completeness(document["id"])
    lines = [
        one_line(document["title"]),
        messages.SHOW_PLACE.format(
            city=one_line(f"{city_names[city]} ({city})" if city in city_names else city),
            language=document["language"], status=document["status"]),
        messages.SHOW_IDS.format(id=one_line(document["id"]),
                                 template=document["template_version"],
                                 updated=_minutes(document["updated_at"])),
    ]
    if document["in_trash"]:
        lines.append(messages.SHOW_IN_TRASH)
    lines += ["", messages.SHOW_SECTIONS]
    sections = [
        (template.section(key).number, template.section(key).title("en"),
         messages.SHOW_WORDS.format(words=count_words(text)),
         messages.MARKS[marks[key]] if key in marks else "")
        for key, text in document["sections"].items()
    ]
    lines += ["  " + line for line in table(("", "", "", ""), sections, (5, 48, 14, 0))[1:]]
    actions = document["actions"]
    lines += ["", messages.SHOW_ACTIONS.format(count=len(actions))]
    if not actions:
        lines.append(messages.SHOW_NO_ACTIONS)
    rows = [(str(a.get("code", "")), str(a.get("title", ""))) for a in actions]
    lines += ["  " + line for line in table(("", ""), rows, (12, 0))[1:]]
    return lines


# -- apply ---------------------------------------------------------------------------


def _apply(call: Invocation) -> None:
    document = read_document(call.options.file, call.stdin)
    result = call.services.documents.apply(document)
    if result.created:
        _say(call.out, messages.PLAN_CREATED.format(id=one_line(result.plan_id)))
    else:
        _say(call.out, messages.PLAN_UPDATED.format(id=one_line(result.plan_id),
                                                   changed=result.changed_fields))


class _NotJsonConstant(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _NotJsonConstant(name)  # Python's json reads NaN and Infinity; JSON has neither


def read_document(name: str, stdin: BinaryIO | None = None) -> Any:
    """The JSON in file ``name`` (``-``: standard input), or a CliError saying what is wrong."""
    label = messages.STDIN if name == "-" else name
    try:
        data = (stdin or sys.stdin.buffer).read() if name == "-" else Path(name).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        raise CliError(messages.CANNOT_READ.format(name=label, reason=reason)) from error
    try:
        text = data.decode("utf-8-sig")  # a byte order mark, as some editors write, is fine
    except UnicodeDecodeError as error:
        raise CliError(messages.NOT_UTF8.format(name=label, position=error.start + 1)) from error
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise CliError(messages.INVALID_JSON.format(
            name=label, detail=error.msg, line=error.lineno, column=error.colno)) from error
    except _NotJsonConstant as error:
        raise CliError(messages.NOT_JSON_NUMBER.format(name=label, constant=error)) from error
    except RecursionError as error:
        raise CliError(messages.TOO_DEEP.format(name=label)) from error


# -- export, export-all ------------------------------------------------------------


def _export(call: Invocation) -> None:
    from inclucities_desktop.services import export_service

    options = call.options
    target = Path(options.output)
    if target.suffix.lower() != ".docx":
        raise CliError(messages.EXPORT_NOT_DOCX.format(path=target))
    if target.exists() and not options.force:
        raise CliError(messages.EXPORT_EXISTS.format(path=target))
    plan_id = call.services.plans.resolve_id(options.plan)
    written = export_service.write_plan(
        call.services, plan_id, target, overwrite=options.force,
        reference=Path(options.template) if options.template else None,
        comments=options.comments, review_log=options.review_log)
    _say(call.out, messages.EXPORT_WRITTEN.format(path=written))


def _export_all(call: Invocation) -> None:
    from inclucities_desktop.services import export_service

    options, services = call.options, call.services
    rows = export_service.plans_to_export(services, options.status)
    if not rows:
        _say(call.out, messages.EXPORT_NO_PLANS.format(status=options.status))
        return
    jobs = export_service.plan_batch(services, [r.id for r in rows], Path(options.output),
                                     overwrite=options.force)
    result = export_service.export_many(
        services.workspace.data_dir, jobs, overwrite=options.force,
        reference=Path(options.template) if options.template else None,
        comments=options.comments, review_log=options.review_log,
        on_progress=lambda _done, _total, job: _say(
            call.out, messages.EXPORT_WRITTEN.format(path=job.target)) if job.target.exists()
        else None)
    _say(call.out, messages.EXPORT_SUMMARY.format(
        written=len(result.written), total=len(jobs), folder=options.output))
    for job, reason in result.failed:
        _say(call.out, messages.EXPORT_FAILED.format(title=one_line(job.title), reason=reason))
    if result.failed:
        raise CliError(messages.EXPORT_SOME_FAILED.format(
            failed=len(result.failed), total=len(jobs)))


from inclucities_desktop.cli import (  # noqa: E402  (they use the helpers above)
    mentoring_commands,
    sync_commands,
)

HANDLERS: dict[str, Callable[[Invocation], None]] = {
    "init": _init,
    "plans": _plans,
    "show": _show,
    "apply": _apply,
    "login": sync_commands.login,
    "logout": sync_commands.logout,
    "sync": sync_commands.sync,
    "status": sync_commands.status,
    "conflicts": sync_commands.conflicts,
    "export": _export,
    "export-all": _export_all,
    **mentoring_commands.HANDLERS,
}

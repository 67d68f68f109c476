"""Exporting plans to Word: reads the workspace into plain records, then writes .docx files.

One plan is written in the calling thread. A batch runs in worker processes (each reopens
the workspace and exports one plan at a time), so two plans are written at once on two cores.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from inclucities_core.model import PlanSummary
from inclucities_core.template import load_template
from inclucities_desktop.export import (
    ExportComment,
    ExportError,
    ExportOptions,
    PlanExport,
    StatusChange,
    export_docx,
)
from inclucities_desktop.resources import resource
from inclucities_desktop.services.comments import ACTION_ANCHOR, QUOTE_ANCHOR
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.export_files import docx_name, free_path, safe_stem
from inclucities_desktop.services.workspace_services import WorkspaceServices

ALL_STATUSES = "all"
ACTIONS_SECTION = "actions"  # the template's section that holds the actions table


def default_reference() -> Path | None:
    """The reference document shipped in resources/export (None if it is missing)."""
    path = resource("export", "reference.docx")
    return path if path.is_file() else None


def gather(services: WorkspaceServices, plan_id: str, today: str | None = None, *,
           comments: bool = False, review_log: bool = False) -> PlanExport:
    """Everything the document shows about one plan, read from the workspace; with
    ``comments`` its comment threads, with ``review_log`` its review steps."""
    plan = services.plans.get(plan_id)
    cities = {city.id: city for city in services.cities.list()}
    return PlanExport.of(
        plan,
        cities.get(plan.city_id),
        services.cities.mentor_of(plan.city_id),
        tuple(services.plans.sections(plan_id)),
        tuple(services.actions.list(plan_id)),
        today or datetime.now(UTC).date().isoformat(),
        comments=export_comments(services, plan_id) if comments else (),
        review_log=export_review_log(services, plan_id) if review_log else (),
    )


def export_comments(services: WorkspaceServices, plan_id: str) -> tuple[ExportComment, ...]:
    """One Word comment per thread, its replies below its text (Word's own replies need a
    part python-docx does not write). A passage's comment sits on the passage; one on a
    section, an action or the plan sits on the heading of its section."""
    plan = services.plans.get(plan_id)
    template = load_template(plan.template_version)
    first_section = template.sections_for(plan.language)[0].key
    actions = {a.id: a for a in services.actions.list(plan_id)}
    result = []
    for thread in services.comments.threads(plan_id):
        root, anchor = thread.root, thread.root.anchor
        quote = anchor.quote if anchor.kind == QUOTE_ANCHOR else None
        if anchor.kind == ACTION_ANCHOR:
            section_key = ACTIONS_SECTION
        else:
            section_key = anchor.section_key or first_section
        lines = [] if root.deleted else [root.body]
        if anchor.kind == ACTION_ANCHOR and anchor.action_id in actions:
            fields = actions[anchor.action_id].fields
            label = " ".join(str(fields.get(k) or "") for k in ("code", "title")).strip()
            lines = [f"{label}: {line}" for line in lines] if label else lines
        lines += [f"{reply.author_name}: {reply.body}" for reply in thread.replies]
        result.append(ExportComment(
            quote=quote.exact if quote else "", prefix=quote.prefix if quote else "",
            suffix=quote.suffix if quote else "", section_key=section_key,
            author=root.author_name, text="\n".join(lines),
            created_at=root.created_at or ""))
    return tuple(result)


def export_review_log(services: WorkspaceServices, plan_id: str) -> tuple[StatusChange, ...]:
    """The review steps the server took, oldest first (pending and refused ones left out)."""
    return tuple(StatusChange(status=step.to_status, changed_by=step.actor_name,
                              changed_at=step.at or "", note=step.note or "")
                 for step in services.review.timeline(plan_id) if step.to_status)


def _options(reference: Path | None) -> ExportOptions:
    if reference is not None and not Path(reference).is_file():
        raise ServiceError(f"The style template {reference} does not exist")
    return ExportOptions(reference_docx=Path(reference) if reference else default_reference())


def write_plan(services: WorkspaceServices, plan_id: str, target: Path | str, *,
               reference: Path | None = None, overwrite: bool = False,
               comments: bool = False, review_log: bool = False) -> Path:
    """Export one plan to ``target``; an existing file is replaced only with ``overwrite``.
    ``comments`` adds the comment threads as Word comments, ``review_log`` the appendix of
    review steps."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise ServiceError(f"{target} exists already; choose another name or allow replacing it")
    if not target.parent.is_dir():
        raise ServiceError(f"The folder {target.parent} does not exist")
    options = _options(reference)
    record = gather(services, plan_id, comments=comments, review_log=review_log)
    try:
        return export_docx(record, target, options)
    except ExportError as error:
        raise ServiceError(str(error)) from error
    except OSError as error:
        raise ServiceError(f"Cannot write {target}: {error.strerror or error}") from error


def suggested_name(services: WorkspaceServices, plan_id: str) -> str:
    return docx_name(services.plans.get(plan_id).title)


def plans_to_export(services: WorkspaceServices, status: str = ALL_STATUSES
                    ) -> list[PlanSummary]:
    rows = services.plans.list_plans()
    return [r for r in rows if status == ALL_STATUSES or r.status == status]


@dataclass(frozen=True)
class ExportJob:
    plan_id: str
    title: str
    target: Path


def plan_batch(services: WorkspaceServices, plan_ids: Sequence[str], folder: Path | str, *,
               overwrite: bool = False) -> list[ExportJob]:
    """One job per plan, each with its own file name in ``folder``.

    Two plans with the same title get "Title (2).docx"; a file already in the folder is
    replaced only with ``overwrite`` (otherwise the new file takes the next free number).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise ServiceError(f"The folder {folder} does not exist")
    jobs: list[ExportJob] = []
    for plan_id in plan_ids:
        title = services.plans.get(plan_id).title
        taken = [job.target for job in jobs]
        if overwrite:
            target = folder / docx_name(title)
            if target.name.casefold() in {p.name.casefold() for p in taken}:
                target = free_path(folder, safe_stem(title), taken)
        else:
            target = free_path(folder, safe_stem(title), taken)
        jobs.append(ExportJob(plan_id, title, target))
    return jobs


@dataclass
class BatchResult:
    written: list[Path] = field(default_factory=list)
    failed: list[tuple[ExportJob, str]] = field(default_factory=list)
    cancelled: bool = False


# -- the worker processes ------------------------------------------------------------------

_worker_services: WorkspaceServices | None = None


def _open_in_worker(data_dir: str) -> None:
    global _worker_services
    _worker_services = WorkspaceServices.open(data_dir)


def _export_in_worker(plan_id: str, target: str, reference: str | None, overwrite: bool,
                      comments: bool = False, review_log: bool = False) -> str:
    if _worker_services is None:
        raise RuntimeError("the export worker has no workspace")
    return str(write_plan(_worker_services, plan_id, target,
                          reference=Path(reference) if reference else None,
                          overwrite=overwrite, comments=comments, review_log=review_log))


Progress = Callable[[int, int, ExportJob], None]


def export_many(
    data_dir: Path | str,
    jobs: Sequence[ExportJob],
    *,
    reference: Path | None = None,
    workers: int = 2,
    overwrite: bool = False,
    on_progress: Progress | None = None,
    cancel: threading.Event | None = None,
    comments: bool = False,
    review_log: bool = False,
) -> BatchResult:
    """Export every job in ``workers`` processes; ``cancel`` stops before the next plan."""
    result = BatchResult()
    if not jobs:
        return result
    _options(reference)  # a missing template fails once, here, not once per plan
    # "spawn": a fork of a process with threads (the window's) may deadlock.
    context = multiprocessing.get_context("spawn")
    done = 0
    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))), mp_context=context,
                             initializer=_open_in_worker, initargs=(str(data_dir),)) as pool:
        queue = list(jobs)
        running: dict[Future[str], ExportJob] = {}

        def submit_next() -> None:
            job = queue.pop(0)
            future = pool.submit(_export_in_worker, job.plan_id, str(job.target),
                                 str(reference) if reference else None, overwrite,
                                 comments, review_log)
            running[future] = job

        # Keep only as many plans in flight as there are workers, so Cancel takes effect
        # after the plans being written now.
        for _ in range(max(1, workers)):
            if queue:
                submit_next()
        while running:
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                job = running.pop(future)
                error = future.exception()
                if error is None:
                    result.written.append(Path(future.result()))
                else:
                    result.failed.append((job, str(error)))
                done += 1
                if on_progress is not None:
                    on_progress(done, len(jobs), job)
            if cancel is not None and cancel.is_set():
                result.cancelled = bool(queue)
                queue.clear()
            while queue and len(running) < max(1, workers):
                submit_next()
    return result

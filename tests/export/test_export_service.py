"""The export service on a real workspace: one plan, a batch in worker processes, the CLI."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import threading
from pathlib import Path

import docx
import pytest

from inclucities_desktop.cli.main import run_cli
from inclucities_desktop.services import export_service
from inclucities_desktop.services.errors import ServiceError
from inclucities_desktop.services.sample import install_sample


def test_one_plan_never_overwrites_unless_asked(services, tmp_path: Path) -> None:
    install_sample(services)
    plan = services.plans.list_plans()[0]
    target = tmp_path / export_service.suggested_name(services, plan.id)
    assert target.name == f"{plan.title}.docx"
    export_service.write_plan(services, plan.id, target)
    with pytest.raises(ServiceError, match="exists already"):
        export_service.write_plan(services, plan.id, target)
    export_service.write_plan(services, plan.id, target, overwrite=True)
    assert docx.Document(str(target)).core_properties.title == plan.title
    with pytest.raises(ServiceError, match="does not exist"):
        export_service.write_plan(services, plan.id, tmp_path / "x.docx",
                                  reference=tmp_path / "missing.docx")
    (tmp_path / "broken.docx").write_bytes(b"not a zip")
    with pytest.raises(ServiceError, match="style template"):
        export_service.write_plan(services, plan.id, tmp_path / "y.docx",
                                  reference=tmp_path / "broken.docx")
    assert not (tmp_path / "y.docx").exists()


def test_batch_in_two_processes_with_collisions_and_cancel(services, tmp_path: Path) -> None:
    install_sample(services)
    ids = [row.id for row in services.plans.list_plans()]
    services.plans.set_field(ids[1], "title", services.plans.get(ids[0]).title)  # same title
    out = tmp_path / "out"
    out.mkdir()
    jobs = export_service.plan_batch(services, ids, out)
    names = [job.target.name for job in jobs]
    assert len(set(names)) == 4 and names[1].endswith(" (2).docx")
    seen: list[int] = []
    result = export_service.export_many(services.workspace.data_dir, jobs, workers=2,
                                        on_progress=lambda done, total, job: seen.append(done))
    assert seen == [1, 2, 3, 4] and not result.failed and not result.cancelled
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    # A second batch into the same folder takes new names rather than replacing files.
    again = export_service.plan_batch(services, ids[:1], out)
    assert again[0].target.name.endswith(" (3).docx")
    # Cancel: the plans in flight finish, the rest are not started.
    cancel = threading.Event()
    cancel.set()
    later = tmp_path / "later"
    later.mkdir()
    stopped = export_service.export_many(services.workspace.data_dir,
                                         export_service.plan_batch(services, ids, later),
                                         workers=1, cancel=cancel)
    assert stopped.cancelled and len(stopped.written) == 1


def test_cli_export_and_export_all(tmp_path: Path) -> None:
    workspace = str(tmp_path / "ws")
    assert run_cli(["--data-dir", workspace, "init", "--sample"], io.StringIO()) == 0
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "plan.docx"
    assert run_cli(["--data-dir", workspace, "export", "3939", "-o", str(target)], out, err) == 0
    assert target.is_file() and "wrote" in out.getvalue()
    err = io.StringIO()
    assert run_cli(["--data-dir", workspace, "export", "3939", "-o", str(target)],
                   io.StringIO(), err) == 1
    assert "exists already (use --force" in err.getvalue()
    assert run_cli(["--data-dir", workspace, "export", "3939", "-o", str(target), "--force"],
                   io.StringIO(), io.StringIO()) == 0
    err = io.StringIO()
    assert run_cli(["--data-dir", workspace, "export", "3939", "-o", str(tmp_path / "a.pdf")],
                   io.StringIO(), err) == 1
    assert ".docx" in err.getvalue()
    folder = tmp_path / "all"
    folder.mkdir()
    out = io.StringIO()
    assert run_cli(["--data-dir", workspace, "export-all", "-o", str(folder)], out) == 0
    assert "no plans with status approved" in out.getvalue()
    out = io.StringIO()
    assert run_cli(["--data-dir", workspace, "export-all", "-o", str(folder), "--status",
                    "draft"], out) == 0
    assert "2 of 2 plans exported" in out.getvalue()
    assert len(list(folder.glob("*.docx"))) == 2


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: cannot render to PDF")
def test_libreoffice_renders_an_export_to_pdf(sample_exports: dict[str, Path],
                                               tmp_path: Path) -> None:
    source = sample_exports["saint-jean-de-la-ruelle"]
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / source.name).with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf)
    assert len(pages) >= 5  # cover, contents, text, the landscape overview, details

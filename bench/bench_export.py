"""The Word export against pandoc, and a batch export with one or two worker processes.

    python bench/bench_export.py

1. A plan of 13 sections and 150 actions (no workspace: plain records) is exported by our
   exporter; the same content, written as Markdown (sections, and the actions as headings
   and pipe tables), is converted by pandoc (pandoc on PATH, or pypandoc-binary installed
   in the venv for this benchmark only). Median of 5 runs each, and their ratio.
2. The four sample plans, each exported twice (8 documents), with 1 and with 2 workers.
"""

from __future__ import annotations

import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from inclucities_core.model import Action, City, Plan, Section
from inclucities_core.template import load_template
from inclucities_desktop.export import PlanExport, export_docx
from inclucities_desktop.services import export_service
from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices

RUNS = 5
WORDS = ("integrazione", "servizi", "comune", "lavoro", "scuola", "casa", "salute",
         "mediatori", "famiglie", "rete", "associazioni", "percorso", "accoglienza",
         "formazione", "lingua", "giovani", "quartiere")


def prose(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def section_text(rng: random.Random, index: int) -> str:
    parts = [f"## Parte {index}.1", prose(rng, 90), f"Con **grassetto** e *corsivo* e un "
             f"[collegamento](https://example.org/{index}).", "- " + prose(rng, 12),
             "- " + prose(rng, 12), "1. " + prose(rng, 10), "2. " + prose(rng, 10),
             "| Indicatore | Valore | Fonte |", "|---|---|---|",
             "| Abitanti | 30.000 | Anagrafe |", "| Stranieri | 1.500 | Anagrafe |",
             f"## Parte {index}.2", prose(rng, 120), prose(rng, 80)]
    return "\n\n".join(parts[:3]) + "\n\n" + "\n".join(parts[3:7]) + "\n\n" + "\n".join(
        parts[7:11]) + "\n\n" + "\n\n".join(parts[11:])


def big_plan() -> PlanExport:
    rng = random.Random(5)
    template = load_template(1)
    plan = Plan("bench", "Piano d'azione locale 2026-2028", "partinico", "it", "approved", 1,
                "2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z")
    specs = [s for s in template.sections_for("it")][:13]
    sections = tuple(Section("bench", s.key, section_text(rng, i), plan.updated_at)
                     for i, s in enumerate(specs, 1))
    actions = []
    for n in range(150):
        fields = template.empty_action_fields() | {
            "code": f"A{n // 10 + 1}.{n % 10 + 1}", "title": prose(rng, 6)[:-1],
            "objective": f"O{n % 4 + 1} " + prose(rng, 3), "description": prose(rng, 70),
            "mentor_lessons": prose(rng, 40), "action_type": "service",
            "eu_areas": ["health", "housing"], "cross_cutting_areas": ["partnerships"],
            "target_groups": prose(rng, 6), "lead_organisation": "Comune di Partinico",
            "lead_contact": "servizi@example.org", "start_month": "2026-01",
            "end_month": "2027-12", "status": "planned", "priority": "high",
            "partners": [{"name": prose(rng, 4), "role": prose(rng, 5)} for _ in range(3)],
            "milestones": [{"title": prose(rng, 5), "month": "2026-06"} for _ in range(2)],
            "funding": [{"source": "amif", "amount_eur": 1000 * (n + 1), "status": "secured"},
                        {"source": "municipal", "amount_eur": 500, "status": "planned"}],
            "indicators": [{"name": prose(rng, 4), "unit": "persone", "baseline": "0",
                            "target": "100", "target_date": "2027-12",
                            "data_source": "Registro"}],
            "risks": [{"description": prose(rng, 6), "likelihood": "medium",
                       "impact": "high", "mitigation": prose(rng, 8)}],
        }
        actions.append(Action(f"a{n}", "bench", float(n), fields))
    city = City("partinico", "Partinico", "IT", "AICCRE", "it")
    return PlanExport.of(plan, city, None, sections, tuple(actions), "2026-05-04")


def as_markdown(record: PlanExport) -> str:
    """The same content as one Markdown document, for pandoc."""
    template = load_template(1)
    out = [f"% {record.plan.title}", ""]
    for section in record.sections:
        out += [f"# {template.section(section.key).title('it')}", "", section.text, ""]
    out += ["# Azioni", "", "| Codice | Titolo | Tipologia | Inizio | Fine | Stato |",
            "|---|---|---|---|---|---|"]
    out += [f"| {a.code} | {a.title} | {a.get('action_type')} | {a.get('start_month')} | "
            f"{a.get('end_month')} | {a.get('status')} |" for a in record.actions]
    for action in record.actions:
        out += ["", f"### {action.code} {action.title}", "", str(action.get("description")),
                "", str(action.get("mentor_lessons"))]
        for key in ("partners", "milestones", "funding", "indicators", "risks"):
            items = action.get(key)
            keys = list(items[0])
            out += ["", "| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
            out += ["| " + " | ".join(str(i[k]) for k in keys) + " |" for i in items]
    return "\n".join(out) + "\n"


def pandoc_command() -> list[str] | None:
    try:
        import pypandoc  # type: ignore[import-not-found]

        return [pypandoc.get_pandoc_path()]
    except (ImportError, OSError):
        found = shutil.which("pandoc")
        return [found] if found else None


def median_seconds(work: object, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-export-"))
    record = big_plan()
    ours = median_seconds(lambda: export_docx(record, folder / "ours.docx"))
    markdown = folder / "plan.md"
    markdown.write_text(as_markdown(record), encoding="utf-8")
    print(f"plan: 13 sections, {len(record.actions)} actions; Markdown for pandoc "
          f"{markdown.stat().st_size / 1e3:.0f} kB")
    print(f"our export        median of {RUNS}: {ours:6.2f} s "
          f"({(folder / 'ours.docx').stat().st_size / 1e3:.0f} kB)")
    command = pandoc_command()
    if command is None:
        print("pandoc: not found (apt-get install pandoc, or pip install pypandoc-binary)")
    else:
        version = subprocess.run([*command, "--version"], capture_output=True, text=True,
                                 check=True).stdout.splitlines()[0]
        theirs = median_seconds(lambda: subprocess.run(
            [*command, "-f", "markdown", "-t", "docx", "-o", str(folder / "pandoc.docx"),
             str(markdown)], check=True))
        print(f"{version:17} median of {RUNS}: {theirs:6.2f} s")
        print(f"ratio ours / pandoc: {ours / theirs:.2f}")

    services = WorkspaceServices.open(folder / "workspace")
    install_sample(services)
    ids = [row.id for row in services.plans.list_plans()] * 2
    for workers in (1, 2):
        out = folder / f"batch-{workers}"
        out.mkdir()
        jobs = export_service.plan_batch(services, ids, out)
        start = time.perf_counter()
        result = export_service.export_many(services.workspace.data_dir, jobs, workers=workers)
        elapsed = time.perf_counter() - start
        print(f"batch of {len(result.written)} plans, {workers} worker(s): {elapsed:5.2f} s "
              "(process start-up included)")
    services.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

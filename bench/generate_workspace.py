"""Make a large workspace for the benchmarks: N plans x every section x M actions.

Everything goes through the real services, so the outbox and the search index are filled
as typing would fill them. The result is cached under bench/out/ by its parameters.

    python bench/generate_workspace.py [--plans 200] [--actions 30]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

from inclucities_core.template import load_template
from inclucities_desktop.services.workspace_services import WorkspaceServices

OUT = Path(__file__).parent / "out"
WORDS = (  # noqa: SIM905 - a paragraph of words reads better than a list of strings
    "integrazione comunità servizi sportello accoglienza lavoro formazione scuola casa "
    "salute partecipazione cittadini associazioni rete locale migranti rifugiati giovani "
    "donne famiglie mediazione culturale lingua orientamento monitoraggio indicatori "
    "bilancio finanziamento AMIF FSE+ comune quartiere volontari tirocinio competenze"
).split()
CITIES = ("partinico", "saint-jean-de-la-ruelle", "livadia", "jelgava")


def paragraph(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def section_text(rng: random.Random) -> str:
    parts = [f"## {paragraph(rng, 4)}", paragraph(rng, rng.randint(60, 200))]
    parts.append("\n".join(f"- {paragraph(rng, rng.randint(5, 15))}" for _ in range(4)))
    parts.append(f"**{paragraph(rng, 3)}** {paragraph(rng, rng.randint(80, 300))}")
    return "\n\n".join(parts) + "\n"


def action_fields(rng: random.Random, number: int) -> dict[str, object]:
    def item_id() -> str:
        return f"{rng.getrandbits(64):016x}"

    return {
        "code": f"A{number // 5 + 1}.{number % 5 + 1}",
        "title": paragraph(rng, 5),
        "objective": f"O{number // 5 + 1} {paragraph(rng, 3)}",
        "description": paragraph(rng, 60),
        "mentor_lessons": paragraph(rng, 30),
        "action_type": rng.choice(["service", "pilot", "governance", "communication"]),
        "eu_areas": rng.sample(["education_training", "employment_skills", "health",
                                "housing"], 2),
        "cross_cutting_areas": ["partnerships"],
        "target_groups": paragraph(rng, 4),
        "lead_organisation": paragraph(rng, 3),
        "lead_contact": "ufficio@comune.example",
        "start_month": "2026-01", "end_month": "2027-12",
        "status": rng.choice(["planned", "ongoing", "delayed"]),
        "priority": rng.choice(["high", "medium", "low"]),
        "partners": [{"id": item_id(), "name": paragraph(rng, 3), "role": paragraph(rng, 3)}
                     for _ in range(3)],
        "milestones": [{"id": item_id(), "title": paragraph(rng, 4), "month": "2026-06"}],
        "funding": [{"id": item_id(), "source": rng.choice(["amif", "municipal", "esf_plus"]),
                     "amount_eur": rng.randint(1, 100) * 1000,
                     "status": rng.choice(["secured", "applied", "planned"])}
                    for _ in range(2)],
        "indicators": [{"id": item_id(), "name": paragraph(rng, 3), "unit": "people",
                        "baseline": "0", "target": "100", "target_date": "2027-12",
                        "data_source": paragraph(rng, 2)}],
        "risks": [{"id": item_id(), "description": paragraph(rng, 6), "likelihood": "medium",
                   "impact": "high", "mitigation": paragraph(rng, 6)}],
    }


def generate(plans: int, actions: int, *, force: bool = False) -> Path:
    folder = OUT / f"workspace-{plans}x{actions}"
    if (folder / "complete").exists() and not force:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(2026)
    services = WorkspaceServices.open(folder)
    template = load_template()
    started = time.perf_counter()
    for number in range(plans):
        plan = services.plans.create(city_id=CITIES[number % 4],
                                     title=f"Piano {number}: {paragraph(rng, 4)}",
                                     language="it")
        for spec in template.sections:
            if spec.kind != "actions":
                services.plans.set_section_text(plan.id, spec.key, section_text(rng))
        for action_number in range(actions):
            services.actions.add(plan.id, action_fields(rng, action_number))
        if number % 20 == 19:
            print(f"  {number + 1} plans in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)
    services.close()
    (folder / "complete").write_text(f"{time.perf_counter() - started:.1f} s\n")
    return folder


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--force", action="store_true")
    options = parser.parse_args()
    print(generate(options.plans, options.actions, force=options.force))

"""Make a large workspace for the benchmarks: N plans x every template section x M actions.

Everything goes through the real services (the sample's cities and pairs, then
``plans.create``, ``plans.set_section_text`` and ``actions.add``), so the outbox and the
search index are filled exactly as typing would fill them. Sections hold a few hundred to
about two thousand words of Markdown (headings, lists, emphasis, links, now and then a
table) in the plan's language; actions have every field filled, nested lists included.

The result is cached under bench/out/ by its parameters (and GENERATOR_VERSION), with a
``manifest.json`` of what it holds and how fast the services wrote it; reruns reuse it.

    python bench/generate_workspace.py [--plans 200] [--actions 30] [--force]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from inclucities_core.template import load_template
from inclucities_desktop.services.sample import load_cities_and_pairs
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.workspace import DATABASE_FILE

OUT = Path(__file__).parent / "out"
# Bump when the generated content changes, so that no stale cache is reused.
GENERATOR_VERSION = 2

# A few hundred words of each language the mentee cities write in (DOMAIN.md).
VOCABULARY = {
    "it": (
        "integrazione comunità servizi sportello accoglienza lavoro formazione scuola casa "
        "salute partecipazione cittadini associazioni rete locale migranti rifugiati giovani "
        "donne famiglie mediazione culturale lingua orientamento monitoraggio indicatori "
        "bilancio finanziamento comune quartiere volontari tirocinio competenze percorso "
        "inserimento abitativo sanitario minori stranieri richiedenti protezione territorio "
        "progetto obiettivo azione risultati valutazione sostenibilità comunicazione città"
    ),
    "fr": (
        "intégration accueil emploi formation logement santé participation habitants "
        "associations réseau local migrants réfugiés jeunes femmes familles médiation "
        "interculturelle langue française orientation suivi indicateurs budget financement "
        "commune quartier bénévoles stage compétences parcours insertion mineurs demandeurs "
        "protection territoire projet objectif action résultats évaluation pérennité ville"
    ),
    "el": (
        "ένταξη υποδοχή απασχόληση κατάρτιση στέγαση υγεία συμμετοχή πολίτες σύλλογοι "
        "δίκτυο τοπικό μετανάστες πρόσφυγες νέοι γυναίκες οικογένειες διαπολιτισμική "
        "διαμεσολάβηση γλώσσα ελληνική προσανατολισμός παρακολούθηση δείκτες προϋπολογισμός "
        "χρηματοδότηση δήμος γειτονιά εθελοντές πρακτική δεξιότητες διαδρομή ανήλικοι "
        "αιτούντες προστασία περιοχή έργο στόχος δράση αποτελέσματα αξιολόγηση βιωσιμότητα"
    ),
    "lv": (
        "integrācija uzņemšana nodarbinātība apmācība mājoklis veselība līdzdalība "
        "iedzīvotāji biedrības tīkls vietējais migranti bēgļi jaunieši sievietes ģimenes "
        "starpkultūru mediācija valoda latviešu orientācija uzraudzība rādītāji budžets "
        "finansējums pašvaldība apkaime brīvprātīgie prakse prasmes ceļš nepilngadīgie "
        "patvēruma meklētāji aizsardzība teritorija projekts mērķis rīcība rezultāti pilsēta"
    ),
}
CITIES = (  # city id, the language its plans are written in
    ("partinico", "it"), ("saint-jean-de-la-ruelle", "fr"),
    ("livadia", "el"), ("jelgava", "lv"),
)


class Writer:
    """Random but reproducible prose and Markdown in one language."""

    def __init__(self, rng: random.Random, language: str) -> None:
        self.rng = rng
        self.words = VOCABULARY[language].split()

    def phrase(self, count: int) -> str:
        return " ".join(self.rng.choice(self.words) for _ in range(count)).capitalize()

    def sentence(self) -> str:
        rng = self.rng
        words = [rng.choice(self.words) for _ in range(rng.randint(8, 22))]
        if rng.random() < 0.3:
            spot = rng.randrange(len(words))
            words[spot] = rng.choice(("**", "*")).join(("", words[spot], ""))
        if rng.random() < 0.05:
            words.append(f"([{words[0]}](https://www.example.eu/{rng.randint(1, 999)}))")
        return " ".join(words).capitalize() + "."

    def paragraph(self, words: int) -> str:
        sentences: list[str] = []
        count = 0
        while count < words:
            sentences.append(self.sentence())
            count += sentences[-1].count(" ") + 1
        return " ".join(sentences)

    def section(self, target_words: int) -> str:
        """Markdown of about ``target_words`` words in several headed parts."""
        rng = self.rng
        parts = [self.paragraph(rng.randint(40, 120))]
        words = sum(p.count(" ") + 1 for p in parts)
        while words < target_words:
            block = [f"### {self.phrase(rng.randint(2, 6))}", self.paragraph(rng.randint(60, 220))]
            shape = rng.random()
            if shape < 0.45:
                block.append("\n".join(f"- {self.phrase(rng.randint(4, 14))}"
                                       for _ in range(rng.randint(3, 7))))
            elif shape < 0.75:
                block.append("\n".join(f"{n}. {self.phrase(rng.randint(4, 14))}"
                                       for n in range(1, rng.randint(3, 6) + 1)))
            elif shape < 0.85:
                rows = [f"| {self.phrase(2)} | {self.phrase(2)} | {rng.randint(1, 500)} |"
                        for _ in range(rng.randint(2, 5))]
                block.append("\n".join(["| A | B | N |", "| --- | --- | ---: |", *rows]))
            block.append(self.paragraph(rng.randint(30, 150)))
            parts.extend(block)
            words += sum(p.count(" ") + 1 for p in block)
        return "\n\n".join(parts) + "\n"

    def month(self) -> str:
        return f"{self.rng.randint(2026, 2028)}-{self.rng.randint(1, 12):02d}"

    def item_id(self) -> str:
        return f"{self.rng.getrandbits(64):016x}"


def section_words(rng: random.Random) -> int:
    """A few hundred words usually, up to about two thousand now and then."""
    return int(rng.triangular(250, 2000, 450))


def action_fields(writer: Writer, number: int) -> dict[str, Any]:
    rng = writer.rng
    start = writer.month()
    return {
        "code": f"A{number // 5 + 1}.{number % 5 + 1}",
        "title": writer.phrase(rng.randint(4, 9)),
        "objective": f"O{number // 5 + 1}. {writer.phrase(rng.randint(5, 12))}",
        "description": writer.paragraph(rng.randint(60, 200)),
        "mentor_lessons": writer.paragraph(rng.randint(20, 80)),
        "action_type": rng.choice(["service", "capacity_building", "pilot", "policy_change",
                                   "communication", "governance", "infrastructure"]),
        "eu_areas": rng.sample(["education_training", "employment_skills", "health",
                                "housing"], rng.randint(1, 3)),
        "cross_cutting_areas": rng.sample(["partnerships", "eu_funding", "participation",
                                           "digital_tools", "monitoring_progress"],
                                          rng.randint(1, 3)),
        "target_groups": writer.phrase(rng.randint(4, 10)),
        "lead_organisation": writer.phrase(rng.randint(2, 5)),
        "lead_contact": f"referente{number}@comune.example.eu",
        "start_month": start,
        "end_month": f"{int(start[:4]) + rng.randint(1, 2)}{start[4:]}",
        "status": rng.choice(["planned", "ongoing", "completed", "delayed", "cancelled"]),
        "priority": rng.choice(["high", "medium", "low"]),
        "partners": [{"id": writer.item_id(), "name": writer.phrase(rng.randint(2, 5)),
                      "role": writer.phrase(rng.randint(3, 8))}
                     for _ in range(rng.randint(2, 6))],
        "milestones": [{"id": writer.item_id(), "title": writer.phrase(rng.randint(3, 8)),
                        "month": writer.month()} for _ in range(rng.randint(2, 5))],
        "funding": [{"id": writer.item_id(),
                     "source": rng.choice(["municipal", "national", "amif", "esf_plus", "erdf",
                                           "other_eu", "private", "in_kind"]),
                     "amount_eur": rng.randint(1, 400) * 500,
                     "status": rng.choice(["secured", "applied", "planned"])}
                    for _ in range(rng.randint(1, 4))],
        "indicators": [{"id": writer.item_id(), "name": writer.phrase(rng.randint(3, 8)),
                        "unit": writer.phrase(1), "baseline": str(rng.randint(0, 50)),
                        "target": str(rng.randint(60, 500)), "target_date": writer.month(),
                        "data_source": writer.phrase(rng.randint(2, 6))}
                       for _ in range(rng.randint(1, 4))],
        "risks": [{"id": writer.item_id(), "description": writer.phrase(rng.randint(6, 15)),
                   "likelihood": rng.choice(["low", "medium", "high"]),
                   "impact": rng.choice(["low", "medium", "high"]),
                   "mitigation": writer.phrase(rng.randint(6, 15))}
                  for _ in range(rng.randint(1, 4))],
    }


def workspace_folder(plans: int, actions: int) -> Path:
    return OUT / f"workspace-{plans}x{actions}-v{GENERATOR_VERSION}"


def generate(plans: int = 200, actions: int = 30, *, force: bool = False,
             quiet: bool = False) -> Path:
    """The cached workspace of ``plans`` x every section x ``actions``, made if missing."""
    folder = workspace_folder(plans, actions)
    manifest = folder / "manifest.json"
    if manifest.exists() and not force:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(2026)
    services = WorkspaceServices.open(folder)
    load_cities_and_pairs(services)
    template = load_template()
    spent = {"create": 0.0, "sections": 0.0, "actions": 0.0}
    counts = {"sections": 0, "section_chars": 0, "actions": 0}
    started = time.perf_counter()
    for number in range(plans):
        city, language = CITIES[number % len(CITIES)]
        writer = Writer(rng, language)
        clock = time.perf_counter()
        plan = services.plans.create(city_id=city, language=language,
                                     title=f"{number + 1}. {writer.phrase(rng.randint(4, 9))}")
        spent["create"] += time.perf_counter() - clock
        for spec in template.sections_for(language):
            text = writer.section(section_words(rng) if spec.kind != "actions" else 120)
            clock = time.perf_counter()
            services.plans.set_section_text(plan.id, spec.key, text)
            spent["sections"] += time.perf_counter() - clock
            counts["sections"] += 1
            counts["section_chars"] += len(text)
        for action_number in range(actions):
            fields = action_fields(writer, action_number)
            clock = time.perf_counter()
            services.actions.add(plan.id, fields)
            spent["actions"] += time.perf_counter() - clock
            counts["actions"] += 1
        if not quiet and number % 20 == 19:
            print(f"  {number + 1} plans in {time.perf_counter() - started:.0f} s "
                  f"({counts['actions'] / spent['actions']:.1f} actions/s)", file=sys.stderr)
    total = time.perf_counter() - started
    with services.workspace.read() as connection:
        rows = {table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("plans", "sections", "actions", "outbox", "search_index")}
    services.close()
    report = {
        "plans": plans, "actions_per_plan": actions, "generator_version": GENERATOR_VERSION,
        "rows": rows,
        "sections_per_plan": counts["sections"] / plans,
        "mean_section_chars": round(counts["section_chars"] / counts["sections"]),
        "database_mb": round((folder / DATABASE_FILE).stat().st_size / 2**20, 1),
        "seconds": round(total, 1),
        "plans_created_per_s": round(plans / spent["create"], 1),
        "sections_set_per_s": round(counts["sections"] / spent["sections"], 1),
        "actions_added_per_s": round(counts["actions"] / spent["actions"], 1),
    }
    manifest.write_text(json.dumps(report, indent=1) + "\n")
    return folder


def load_manifest(folder: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((folder / "manifest.json").read_text())
    return result


def copy_workspace(folder: Path, target: Path) -> Path:
    """A private copy of the workspace, for a benchmark that writes to it."""
    target.mkdir(parents=True, exist_ok=True)
    for path in folder.glob(f"{DATABASE_FILE}*"):
        shutil.copy2(path, target / path.name)
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--force", action="store_true", help="make it again even if cached")
    options = parser.parse_args()
    made = generate(options.plans, options.actions, force=options.force)
    print(made)
    print(json.dumps(load_manifest(made), indent=1))

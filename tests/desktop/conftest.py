"""Fixtures for tests that drive real windows offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test gets its own QSettings file and log folder, never the user's."""
    QCoreApplication.setOrganizationName("CEMR-tests")
    QCoreApplication.setApplicationName("IncluCities-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setenv("INCLUCITIES_LOG_DIR", str(tmp_path / "logs"))
    yield


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[object]:
    from inclucities_desktop.ui.task_runner import ServiceRunner

    made = ServiceRunner()
    yield made
    made.wait_idle()
    made.shutdown()



# -- a plan with realistic actions (actions table, detail form, budget view) -----------------

PARTINICO_ACTIONS: list[dict[str, object]] = [
    {
        "code": "A1.1", "title": "Sportello unico per l'integrazione",
        "objective": "O1 Accesso ai servizi", "action_type": "service",
        "description": "Un punto di accesso unico in municipio per orientamento ai servizi "
                       "sociali, sanitari, abitativi e del lavoro, con mediatori culturali.",
        "mentor_lessons": "Da Mechelen: un solo sportello e un percorso di accoglienza "
                          "personalizzato riducono i rinvii tra uffici.",
        "eu_areas": ["employment_skills", "health", "housing"],
        "cross_cutting_areas": ["partnerships", "digital_tools"],
        "target_groups": "Nuovi arrivati, richiedenti asilo, famiglie ricongiunte",
        "lead_organisation": "Comune di Partinico – Servizi sociali",
        "lead_contact": "servizisociali@comune.partinico.pa.it",
        "start_month": "2025-01", "end_month": "2027-06", "status": "ongoing",
        "priority": "high",
        "partners": [
            {"id": "p-1", "name": "Caritas diocesana di Monreale",
             "role": "Accoglienza e orientamento"},
            {"id": "p-2", "name": "ASP Palermo – Distretto 41", "role": "Orientamento sanitario"},
            {"id": "p-3", "name": "Centro per l'impiego di Partinico",
             "role": "Iscrizione e profilazione"},
        ],
        "milestones": [
            {"id": "m-1", "title": "Apertura dello sportello", "month": "2025-03"},
            {"id": "m-2", "title": "Prima valutazione con Mechelen", "month": "2025-12"},
        ],
        "funding": [
            {"id": "f-1", "source": "amif", "amount_eur": 85000, "status": "secured"},
            {"id": "f-2", "source": "municipal", "amount_eur": 15000, "status": "secured"},
            {"id": "f-3", "source": "in_kind", "amount_eur": 6000, "status": "secured"},
        ],
        "indicators": [
            {"id": "i-1", "name": "Persone orientate", "unit": "persone", "baseline": "0",
             "target": "400", "target_date": "2026-12", "data_source": "Registro dello sportello"},
            {"id": "i-2", "name": "Soddisfazione degli utenti", "unit": "%", "baseline": "—",
             "target": "80", "target_date": "2026-12", "data_source": "Questionario annuale"},
        ],
        "risks": [
            {"id": "r-1", "description": "Bassa affluenza nei primi mesi", "likelihood": "medium",
             "impact": "high", "mitigation": "Mediatori nei luoghi di ritrovo e nelle scuole"},
        ],
    },
    {
        "code": "A1.2", "title": "Corsi di italiano L2 con servizio di baby-sitting",
        "objective": "O1 Accesso ai servizi", "action_type": "capacity_building",
        "eu_areas": ["education_training"], "cross_cutting_areas": ["participation"],
        "target_groups": "Donne migranti con figli piccoli", "lead_organisation": "CPIA Palermo 2",
        "start_month": "2025-09", "end_month": "2026-06", "status": "planned", "priority": "high",
        "funding": [
            {"id": "f-4", "source": "esf_plus", "amount_eur": 40000, "status": "applied"},
            {"id": "f-5", "source": "municipal", "amount_eur": 5000, "status": "secured"},
        ],
    },
    {
        "code": "A2.1", "title": "Tirocini in agricoltura e agroalimentare",
        "objective": "O2 Lavoro dignitoso", "action_type": "pilot",
        "eu_areas": ["employment_skills"], "cross_cutting_areas": ["partnerships"],
        "target_groups": "Giovani adulti migranti (18-30 anni)",
        "lead_organisation": "Comune di Partinico – Sviluppo economico",
        "start_month": "2026-02", "end_month": "2027-01", "status": "planned",
        "priority": "medium",
        "partners": [{"id": "p-4", "name": "Coldiretti Palermo", "role": "Aziende ospitanti"}],
        "funding": [
            {"id": "f-6", "source": "esf_plus", "amount_eur": 60000, "status": "planned"},
            {"id": "f-7", "source": "private", "amount_eur": 10000, "status": "applied"},
        ],
    },
    {
        "code": "A2.2", "title": "Mappatura delle competenze dei migranti",
        "objective": "O2 Lavoro dignitoso", "action_type": "service",
        "eu_areas": ["employment_skills", "education_training"],
        "cross_cutting_areas": ["digital_tools", "monitoring_progress"],
        "lead_organisation": "Centro per l'impiego di Partinico",
        "start_month": "2025-05", "end_month": "2025-12", "status": "completed",
        "priority": "medium",
        "funding": [{"id": "f-8", "source": "national", "amount_eur": 20000,
                     "status": "secured"}],
    },
    {
        "code": "A3.1", "title": "Tavolo permanente per l'inclusione",
        "objective": "O3 Governance partecipata", "action_type": "governance",
        "cross_cutting_areas": ["partnerships", "participation"],
        "lead_organisation": "Comune di Partinico – Gabinetto del Sindaco",
        "start_month": "2025-02", "status": "ongoing", "priority": "medium",
        "funding": [
            {"id": "f-9", "source": "municipal", "amount_eur": 3000, "status": "secured"},
            {"id": "f-10", "source": "in_kind", "amount_eur": 2000, "status": "secured"},
        ],
    },
    {
        "code": "A3.2", "title": "Campagna «Partinico città aperta»",
        "objective": "O3 Governance partecipata", "action_type": "communication",
        "cross_cutting_areas": ["participation"], "lead_organisation": "Ufficio stampa comunale",
        "start_month": "2026-03", "end_month": "2026-10", "status": "planned", "priority": "low",
        "funding": [{"id": "f-11", "source": "amif", "amount_eur": 12000,
                     "status": "applied"}],
    },
    {
        "code": "A4.1", "title": "Alloggi ponte per nuclei familiari",
        "objective": "O4 Casa", "action_type": "infrastructure", "eu_areas": ["housing"],
        "lead_organisation": "Comune di Partinico – Patrimonio",
        "start_month": "2026-01", "end_month": "2028-06", "status": "delayed",
        "priority": "high",
        "funding": [{"id": "f-12", "source": "erdf", "amount_eur": 150000,
                     "status": "planned"}],
    },
]


@pytest.fixture
def partinico_plan(services: object) -> str:
    """The id of an Italian plan with seven realistic actions."""
    plan = services.plans.create(  # type: ignore[attr-defined]
        city_id="partinico", title="Partinico accoglie", language="it")
    for fields in PARTINICO_ACTIONS:
        services.actions.add(plan.id, fields)  # type: ignore[attr-defined]
    return str(plan.id)


@pytest.fixture
def actions_view(qtbot: object, runner: object, services: object,
                 partinico_plan: str) -> Iterator[object]:
    """An ActionsView showing the Partinico plan, loaded, with its own undo stack."""
    from PySide6.QtGui import QUndoStack

    from inclucities_desktop.ui.actions_view import ActionsView

    stack = QUndoStack()
    view = ActionsView(runner, services, stack)  # type: ignore[arg-type]
    view.undo_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=20000):  # type: ignore[attr-defined]
        view.show_plan(partinico_plan)
    yield view
    runner.wait_idle()  # type: ignore[attr-defined]


@pytest.fixture
def folder(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where screenshot tests save: --screenshots DIR, else a temporary folder."""
    chosen = request.config.getoption("--screenshots")
    target = Path(chosen) if chosen else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    return target

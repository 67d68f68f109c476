"""Version history in the real window, against a real server process: the list of versions,
the differences, naming a version and restoring from one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox
from tests.desktop.workspace_window import workspace_window
from tests.sync.conftest import memory_keyring, server  # noqa: F401
from tests.sync.helpers import signed_in

from inclucities_core.template import load_template
from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.version_diff import PlanVersion, VersionAction, compare_versions
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.sync.retry import NO_RETRY
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.version_diff_html import DiffColours
from inclucities_desktop.ui.version_diff_view import VersionDiffView

MEMBER = "member-partinico"
SECTION = "context_needs"
TEXT = "Partinico conta 30.000 abitanti.\n\nIl centro accoglie 200 persone.\n"


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, runner: Any) -> Iterator[Any]:
    with workspace_window(qtbot, tmp_path / "window-workspace", runner, "history-test") as made:
        yield made


@pytest.fixture
def yes_to_questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def named_then_edited(window: Any, server: Any) -> tuple[str, str]:  # noqa: F811
    """A plan named "Prima bozza" on the server, then edited here: a paragraph of one
    section, an action's title, and a new action."""
    services = signed_in(window.services, server, MEMBER)
    plan = services.plans.create(city_id="partinico", title="Piano con storia", language="it")
    services.plans.set_section_text(plan.id, SECTION, TEXT)
    action = services.actions.add(plan.id, {"title": "Sportello", "code": "A1"})
    services.history.name_version(plan.id, "Prima bozza")
    services.sync.sync()
    services.plans.set_section_text(plan.id, SECTION, TEXT.replace("200", "250"))
    services.actions.set_field(action.id, "title", "Sportello unico")
    services.actions.add(plan.id, {"title": "Mediazione", "code": "A2"})
    return str(plan.id), str(action.id)


def open_versions(qtbot: Any, window: Any, plan_id: str) -> Any:
    with qtbot.waitSignal(window.planOpened, timeout=20000):
        window.reload_plans(select=plan_id)
    window.history_ui.versions_action.trigger()
    versions = window.history_ui.versions_window
    qtbot.waitUntil(lambda: versions.diff.comparison is not None, timeout=30000)
    return versions


def test_a_version_compared_with_now_marks_the_changed_words(
        qtbot: Any, window: Any, server: Any, folder: Path) -> None:  # noqa: F811
    plan_id, _action_id = named_then_edited(window, server)
    assert not window.services.history.versions(plan_id)[0].cached
    versions = open_versions(qtbot, window, plan_id)

    item = versions.list.item(0)
    title, detail = item.text().split("\n")
    assert title == "Prima bozza"
    assert detail.startswith(f"{MEMBER}, ")
    assert window.services.history.versions(plan_id)[0].cached, "fetched from the server"
    assert versions.compare_with.currentData() is None  # "Now"

    diff = versions.diff
    html = diff.html
    assert 'text-decoration:line-through;">200</span>' in html
    assert 'text-decoration:underline;">250</span>' in html
    document = diff.browser.toPlainText()
    assert "Il centro accoglie 200250 persone." in document
    assert "Partinico conta 30.000 abitanti." in document  # unchanged, shown dimmed
    assert "Sportello → Sportello unico" in document
    assert "A2 Mediazione (added)" in document
    places = [diff.places.item(row).text() for row in range(diff.places.count())]
    assert places == ["2. Local context and needs analysis", "A1 Sportello unico (changed)",
                      "A2 Mediazione (added)"]
    assert diff.restore_section_button.isEnabled()
    versions.grab().save(str(folder / "version-diff-test.png"))

    # Every section and action on demand; the unchanged ones are said to be so.
    diff.show_all.setChecked(True)
    assert "Unchanged" not in diff.browser.toPlainText()  # this plan has one text section
    diff.show_all.setChecked(False)


def test_restoring_a_section_an_action_and_the_whole_plan(
        qtbot: Any, window: Any, server: Any, yes_to_questions: list[str]) -> None:  # noqa: F811
    services = window.services
    plan_id, action_id = named_then_edited(window, server)
    services.sync.sync()  # the edits are on the server; what follows is new
    versions = open_versions(qtbot, window, plan_id)
    diff = versions.diff
    window.plan_page.show_section(SECTION)

    diff.show_place("section", SECTION)
    diff.restore_section_button.click()
    qtbot.waitUntil(lambda: services.plans.section(plan_id, SECTION).text == TEXT, timeout=20000)
    assert "Local context and needs analysis" in yes_to_questions[0]
    assert "Prima bozza" in yes_to_questions[0]
    # An ordinary edit: in the outbox for the next sync, and in the open editor.
    assert services.sync.status().pending_changes == 1
    qtbot.waitUntil(lambda: "accoglie 200 persone" in
                    window.plan_page.editor.text_edit.toPlainText(), timeout=20000)
    qtbot.waitUntil(lambda: SECTION not in diff.comparison.changed_sections, timeout=20000)

    diff.show_place("action", action_id)
    diff.restore_action_button.click()
    qtbot.waitUntil(lambda: services.actions.get(action_id).fields["title"] == "Sportello",
                    timeout=20000)
    qtbot.waitUntil(lambda: diff.comparison.changed_actions != () and action_id not in
                    diff.comparison.changed_actions, timeout=20000)

    diff.restore_plan_button.click()
    qtbot.waitUntil(lambda: len(services.actions.list(plan_id)) == 1, timeout=20000)
    assert "This makes 1 edit(s)" in yes_to_questions[-1]
    qtbot.waitUntil(lambda: diff.comparison.changed_actions == (), timeout=20000)
    assert "No differences." in diff.browser.toPlainText()
    services.sync.sync()
    assert services.sync.status().pending_changes == 0


def test_a_named_version_is_listed_and_waits_for_sync(
        qtbot: Any, window: Any, server: Any) -> None:  # noqa: F811
    plan_id, _action_id = named_then_edited(window, server)
    versions = open_versions(qtbot, window, plan_id)
    window.history_ui.name_action.trigger()
    dialog = window.history_ui.name_dialog
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Dopo la visita a Mechelen")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: versions.list.count() == 2, timeout=20000)
    assert versions.list.item(0).text() == "Dopo la visita a Mechelen\nwaits for sync"
    versions.list.setCurrentRow(0)
    assert "waits for sync" in versions.message.text()

    window.sync_ui.start()
    qtbot.waitUntil(lambda: versions.list.item(0).text().startswith(
        f"Dopo la visita a Mechelen\n{MEMBER}, "), timeout=30000)


def test_a_mentor_may_not_restore_and_is_told_why(
        qtbot: Any, window: Any, server: Any, tmp_path: Path,  # noqa: F811
        yes_to_questions: list[str]) -> None:
    member = signed_in(WorkspaceServices.open(tmp_path / "member"), server, MEMBER)
    try:
        plan = member.plans.create(city_id="partinico", title="Piano letto", language="it")
        member.plans.set_section_text(plan.id, SECTION, TEXT)
        member.history.name_version(plan.id, "Prima bozza")
        member.sync.sync()
        member.plans.set_section_text(plan.id, SECTION, TEXT.replace("200", "250"))
        member.sync.sync()
    finally:
        member.close()
    mentor = signed_in(window.services, server, "member-mechelen")  # mentors Partinico
    mentor.sync.sync()
    versions = open_versions(qtbot, window, str(plan.id))
    versions.diff.show_place("section", SECTION)
    versions.diff.restore_section_button.click()
    qtbot.waitUntil(lambda: versions.refusal is not None and versions.refusal.isVisible(),
                    timeout=20000)
    assert "reading it only" in versions.refusal.text()
    assert mentor.plans.section(plan.id, SECTION).text == TEXT.replace("200", "250")
    versions.refusal.close()


def test_without_the_server_a_version_never_fetched_says_so(
        qtbot: Any, window: Any, server: Any) -> None:  # noqa: F811
    plan_id, _action_id = named_then_edited(window, server)
    window.services.sync.retry = NO_RETRY
    server.stop()
    try:
        with qtbot.waitSignal(window.planOpened, timeout=20000):
            window.reload_plans(select=plan_id)
        window.history_ui.show_versions()
        versions = window.history_ui.versions_window
        qtbot.waitUntil(lambda: "cannot be reached" in versions.message.text(), timeout=30000)
        assert versions.diff.comparison is None
        assert not versions.busy.isVisible()
    finally:
        server.restart()


def test_plan_text_is_escaped_in_the_differences(qtbot: Any) -> None:
    def version(text: str, title: str) -> PlanVersion:
        return PlanVersion("p", 1, "Plan", "en", {SECTION: text},
                           {"a": VersionAction("a", 1.0, False, {"code": "A1", "title": title})})

    old = version("Intro <b>bold</b> & co.\n", "<script>x</script>")
    new = version("Intro <b>bolder</b> & <img src=x> co.\n", "<i>t</i>")
    view = VersionDiffView()
    qtbot.addWidget(view)
    view.show_comparison(compare_versions(old, new, load_template()), load_template(), "en",
                         restorable=False)
    text = view.browser.toPlainText()
    assert "Intro <b>boldbolder</b> & <img src=x> co." in text
    assert "<script>x</script> → <i>t</i>" in text
    assert "<b>" not in view.html and "<img" not in view.html and "<script>" not in view.html
    assert "&lt;img src=x&gt;" in view.html
    assert not view.restore_section_button.isEnabled()


@pytest.fixture
def restore_colours(qapp: Any) -> Iterator[None]:
    yield
    apply_color_scheme("system")


def copy_of_the_sample_plan(services: WorkspaceServices, folder: Path) -> str:
    """The Partinico sample plan rewritten as a plan of this signed-in workspace (samples are
    never uploaded, so a copy is what can have versions on the server)."""
    sample = WorkspaceServices.open(folder)
    try:
        install_sample(sample)
        source = next(p for p in sample.plans.list_plans() if p.city_id == "partinico")
        texts = {s.key: s.text for s in sample.plans.sections(source.id) if s.text}
        actions = [dict(a.fields) for a in sample.actions.list(source.id)]
    finally:
        sample.close()
    plan = services.plans.create(city_id="partinico", title=source.title, language="it")
    for key, text in texts.items():
        services.plans.set_section_text(plan.id, key, text)
    for fields in actions:
        services.actions.add(plan.id, fields)
    return str(plan.id)


def test_screenshot_of_the_differences_light_and_dark(
        qtbot: Any, window: Any, server: Any, tmp_path: Path, folder: Path,  # noqa: F811
        restore_colours: None) -> None:
    services = signed_in(window.services, server, MEMBER)
    plan_id = copy_of_the_sample_plan(services, tmp_path / "sample")
    services.history.name_version(plan_id, "Dopo la prima visita a Mechelen")
    services.sync.sync()
    context = services.plans.section(plan_id, "context_needs").text
    assert "a circa 30 chilometri dal capoluogo" in context
    services.plans.set_section_text(plan_id, "context_needs", context.replace(
        "a circa 30 chilometri dal capoluogo", "a una trentina di chilometri da Palermo"
    ) + "\nNel 2025 il Comune ha aperto un tavolo con le aziende agricole del territorio.\n")
    vision = services.plans.section(plan_id, "vision_objectives").text
    assert vision.startswith("## Visione\n\nNel 2028 Partinico")
    services.plans.set_section_text(plan_id, "vision_objectives", vision.replace(
        "Nel 2028 Partinico", "Entro il 2028 Partinico", 1))
    first = services.actions.list(plan_id)[0]
    services.actions.set_field(first.id, "title", "Sportello unico per l'integrazione e il lavoro")
    services.actions.set_field(first.id, "start_month", "2026-03")

    versions = open_versions(qtbot, window, plan_id)
    diff = versions.diff
    assert len(diff.comparison.changed_sections) == 2
    assert diff.comparison.changed_actions == (first.id,)
    versions.resize(1280, 800)
    diff.splitter.setSizes([230, 790])
    qtbot.wait(200)
    assert versions.grab().save(str(folder / "version-diff.png"))

    apply_color_scheme("dark")
    qtbot.waitUntil(lambda: diff.browser.palette().color(
        QPalette.ColorRole.Base).lightness() < 128, timeout=5000)
    dark = DiffColours.from_palette(diff.browser.palette())
    qtbot.waitUntil(lambda: dark.removed in diff.html and dark.added in diff.html,
                    timeout=5000)
    qtbot.wait(200)
    assert versions.grab().save(str(folder / "version-diff-dark.png"))

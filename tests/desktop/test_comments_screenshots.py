"""Pictures of the comments panel for docs/screenshots (``--screenshots docs/screenshots``):
a sample plan with four threads, one on a highlighted passage with a reply, one resolved,
one unread; in light and in dark colours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from sqlalchemy import insert, update
from tests.desktop.test_screenshots import save

from inclucities_desktop.services.comments import Anchor
from inclucities_desktop.services.sample import install_sample
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.store.schema import comments, field_revisions
from inclucities_desktop.ui.appearance import apply_color_scheme
from inclucities_desktop.ui.main_window import MainWindow
from inclucities_desktop.ui.settings import WindowSettings, open_settings
from inclucities_desktop.ui.task_runner import ServiceRunner

SECTION = "context_needs"


def as_pulled(services: WorkspaceServices, comment_id: str, author: str, at: str,
              read: bool = True, resolved: str | None = None) -> None:
    """Make a comment look as the server sent it: someone's, with the server's time."""
    with services.workspace.begin() as connection:
        connection.execute(update(comments).where(comments.c.id == comment_id).values(
            author_id=f"user-{author}", author_name=author, created_at=at,
            read_at=at if read else None, resolved_at=resolved))
        connection.execute(insert(field_revisions).values(
            entity="comment", entity_id=comment_id, field="created_at", revision=1))


def sample_threads(services: WorkspaceServices) -> str:
    install_sample(services)
    plan = next(p for p in services.plans.list_plans() if p.city_id == "partinico")
    notes = services.comments
    quote = notes.add(plan.id, "Quante persone, all'incirca? Anche una stima aiuterebbe a "
                      "dimensionare gli alloggi dell'azione A4.1.", notes.find_quote_anchor(
                          plan.id, SECTION, "alloggiano in parte in sistemazioni di fortuna"))
    as_pulled(services, quote.id, "Mechelen team", "2026-03-02T09:14:00Z")
    notes.reply(quote.id, "Chiediamo una stima ai sindacati agricoli per la prossima versione.")
    done = notes.add(plan.id, "A Mechelen i medici di base ci hanno dato i dati: ne parliamo "
                     "alla visita di aprile.", notes.find_quote_anchor(
                         plan.id, SECTION, "pochi dati sulla presenza stagionale"))
    as_pulled(services, done.id, "Mechelen team", "2026-02-20T16:40:00Z",
              resolved="2026-02-27T10:00:00Z")
    table = notes.add(plan.id, "La tabella è chiara; indicate l'anno di ogni dato.",
                      Anchor.on_section(SECTION))
    as_pulled(services, table.id, "CEMR coordination", "2026-03-04T11:05:00Z", read=False)
    action = services.actions.list(plan.id)[0]
    on_action = notes.add(plan.id, "Orari di apertura anche il sabato mattina?",
                          Anchor.on_action(action.id))
    as_pulled(services, on_action.id, "Mechelen team", "2026-03-03T08:30:00Z")
    return str(plan.id)


@pytest.fixture
def restore_colours(qapp: QApplication) -> Iterator[None]:
    yield
    apply_color_scheme("system")


def picture(qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, plan_id: str,
            path: Path) -> QImage:
    window = MainWindow(services, runner, WindowSettings(open_settings(), "pictures"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    try:
        with qtbot.waitSignal(window.comments_ui.threadsShown, timeout=20000):
            window.reload_plans(select=plan_id)
        window.plan_page.show_section(SECTION)
        panel = window.comments_ui.panel
        panel.show_filter.setCurrentIndex(1)  # all threads, resolved ones too
        panel.place_filter.setCurrentIndex(1)  # the whole plan
        thread_id = panel.threads()[1].root.id
        panel.select_comment(thread_id)
        window.comments_ui.reveal_thread(thread_id)
        runner.wait_idle()
        editor = window.plan_page.editor.text_edit
        cursor = editor.textCursor()
        cursor.clearSelection()  # the highlight shows, not the selection over it
        editor.setTextCursor(cursor)
        qtbot.wait(300)
        assert len(window.plan_page.editor.text_edit.extraSelections()) == 1
        save(window, path)
    finally:
        window.close()
    return QImage(str(path))


def test_screenshots_of_the_comments_panel(
        qtbot: Any, services: WorkspaceServices, runner: ServiceRunner, folder: Path,
        restore_colours: None) -> None:
    plan_id = sample_threads(services)
    picture(qtbot, services, runner, plan_id, folder / "comments-panel.png")
    apply_color_scheme("dark")
    image = picture(qtbot, services, runner, plan_id, folder / "comments-panel-dark.png")
    assert QColor(image.pixel(5, image.height() - 5)).lightness() < 128

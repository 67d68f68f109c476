"""The budget of a plan: totals derived live from its actions' funding lines.

Which sources, funding statuses and EU areas exist comes from the plan template (the choice
lists of the funding line's ``source`` and ``status`` and of the action's ``eu_areas``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inclucities_core.budget import BudgetTotals
from inclucities_core.template import Choice, PlanTemplate, load_template
from inclucities_desktop.services.workspace_services import WorkspaceServices
from inclucities_desktop.ui.action_values import display_locale, format_money
from inclucities_desktop.ui.i18n import ui_language
from inclucities_desktop.ui.task_runner import ServiceRunner

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class BudgetRow:
    label: str
    amounts: tuple[Decimal, ...]
    is_total: bool = False


class BudgetTableModel(QAbstractTableModel):
    """Rows of amounts in EUR under a label column (read-only)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[BudgetRow, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, headers: tuple[str, ...], rows: tuple[BudgetRow, ...]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not (index.isValid() and 0 <= index.row() < len(self._rows)
                and 0 <= index.column() < len(self._headers)):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.label
            amount = row.amounts[column - 1] if column - 1 < len(row.amounts) else Decimal(0)
            if not amount and not row.is_total and role == Qt.ItemDataRole.DisplayRole:
                return "–"  # an empty cell reads faster than a column of zeros
            return format_money(amount)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and row.is_total:
            return self._bold
        if role == Qt.ItemDataRole.UserRole and column > 0:
            return row.amounts[column - 1] if column - 1 < len(row.amounts) else Decimal(0)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class BudgetView(QWidget):
    refreshed = Signal(str)  # plan_id: the totals shown are fresh

    def __init__(self, runner: ServiceRunner, services: WorkspaceServices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self._plan_id: str | None = None
        self._ticket = 0
        self.totals: BudgetTotals | None = None

        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("Budget summary"))
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.headline.setFont(font)
        self.note = QLabel(self.tr("Derived from the funding lines of the actions; "
                                   "cancelled actions do not count. An action serving "
                                   "several EU areas counts in full under each."))
        self.note.setWordWrap(True)
        self.note.setEnabled(False)

        self.source_model = BudgetTableModel(self)
        self.area_model = BudgetTableModel(self)
        self.source_table = self._table(self.source_model, self.tr("Budget by funding source"))
        self.area_table = self._table(self.area_model, self.tr("Budget by EU Action Plan area"))
        self.source_title = QLabel(self.tr("By funding source"))
        self.area_title = QLabel(self.tr("By EU Action Plan area"))

        sources = QVBoxLayout()
        sources.addWidget(self.source_title)
        sources.addWidget(self.source_table)
        sources.addStretch(1)
        areas = QVBoxLayout()
        areas.addWidget(self.area_title)
        areas.addWidget(self.area_table)
        areas.addStretch(1)
        tables = QHBoxLayout()
        tables.setSpacing(18)
        tables.addLayout(sources, 3)
        tables.addLayout(areas, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.headline)
        layout.addLayout(tables)
        layout.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._show(None, None)

    def _table(self, model: BudgetTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # A read-only summary: readable through the accessibility tree, no stop for Tab.
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        # The label column takes the room the amounts leave (set again after each reset).
        model.modelReset.connect(lambda: header.count() and header.setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch))
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return table

    # -- the interface the window uses --------------------------------------------------------

    def show_plan(self, plan_id: str) -> None:
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self._show(None, None)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the totals from the plan's actions (on the worker)."""
        plan_id = self._plan_id
        if plan_id is None:
            return
        self._ticket += 1
        ticket = self._ticket
        plans, actions = self._services.plans, self._services.actions

        def read() -> tuple[PlanTemplate, BudgetTotals]:
            return load_template(plans.get(plan_id).template_version), actions.budget(plan_id)

        self._runner.run(read, on_done=lambda result: self._on_totals(ticket, plan_id, *result))

    def _on_totals(self, ticket: int, plan_id: str, template: PlanTemplate,
                   totals: BudgetTotals) -> None:
        if ticket != self._ticket or plan_id != self._plan_id:
            return
        self._show(template, totals)
        self.refreshed.emit(plan_id)

    # -- showing -----------------------------------------------------------------------------

    def _show(self, template: PlanTemplate | None, totals: BudgetTotals | None) -> None:
        self.totals = totals
        if template is None or totals is None:
            self.headline.setText(self.tr("Computing the budget…") if self._plan_id else "")
            self.source_model.set_rows((), ())
            self.area_model.set_rows((), ())
            self._fit_heights()
            return
        language = ui_language()
        statuses = _choices(template, "funding", "status")
        sources = _choices(template, "funding", "source")
        self.headline.setText(self._headline(totals))

        headers = (self.tr("Source"), *(s.label(language) for s in statuses), self.tr("Total"))
        rows: list[BudgetRow] = []
        known = {s.value for s in sources}
        listed = [(s.value, s.label(language)) for s in sources]
        listed += [(key, key) for key in sorted(totals.by_source) if key not in known]
        for key, label in listed:
            amounts = totals.by_source.get(key)
            if not amounts or not any(amounts.values()):
                continue  # a source with no money in this plan stays out of the way
            values = tuple(amounts.get(s.value, Decimal(0)) for s in statuses)
            rows.append(BudgetRow(label, (*values, sum(amounts.values(), Decimal(0)))))
        by_status = tuple(totals.by_status.get(s.value, Decimal(0)) for s in statuses)
        rows.append(BudgetRow(self.tr("All sources"), (*by_status, totals.total), is_total=True))
        self.source_model.set_rows(headers, tuple(rows))

        area_headers = (self.tr("EU Action Plan area"), self.tr("Amount"))
        area_rows = tuple(
            BudgetRow(area.label(language), (totals.by_eu_area.get(area.value, Decimal(0)),))
            for area in _area_choices(template)
        )
        self.area_model.set_rows(area_headers, area_rows)
        self._fit_heights()

    def _headline(self, totals: BudgetTotals) -> str:
        if not totals.total:
            return self.tr("No funding lines yet: add them in the actions' detail form.")
        locale = display_locale()
        share = float(totals.secured / totals.total * 100)
        return self.tr("Secured {0} of {1} ({2} %)").format(
            format_money(totals.secured), format_money(totals.total),
            locale.toString(share, "f", 1))

    def _fit_heights(self) -> None:
        for table in (self.source_table, self.area_table):
            rows = max(table.model().rowCount(), 1)
            height = (table.horizontalHeader().sizeHint().height()
                      + rows * table.verticalHeader().defaultSectionSize()
                      + 2 * table.frameWidth() + 2)
            table.setFixedHeight(height)


def _choices(template: PlanTemplate, table_key: str, item_key: str) -> tuple[Choice, ...]:
    try:
        table = template.action_field(table_key)
    except KeyError:
        return ()
    spec = next((f for f in table.item_fields if f.key == item_key), None)
    return template.choices.get(spec.choices or "", ()) if spec else ()


def _area_choices(template: PlanTemplate) -> tuple[Choice, ...]:
    try:
        return template.choices.get(template.action_field("eu_areas").choices or "", ())
    except KeyError:
        return ()

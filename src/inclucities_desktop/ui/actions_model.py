"""Item models of a plan's actions: the actions table and the nested tables of one action.

Both models take their columns from the plan template, so a field added to the template
shows up here without a change to this module. They hold plain immutable data (``Action``
records and copies of item dicts), never rows of the store.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from inclucities_core.model import Action
from inclucities_core.template import FieldSpec, PlanTemplate
from inclucities_desktop.ui.action_values import display_text, new_item, normalise_value

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # the FieldSpec of the cell's column
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex
EditHandler = Callable[[str, str, Any, Any], None]  # action_id, key, old value, new value

_ROW_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_EDITABLE_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
# The views ask for many roles per cell; the others are answered before any work.
_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, ACTION_ID_ROLE, FIELD_ROLE,
                    ITEM_ID_ROLE})


# -- the actions table -----------------------------------------------------------------------


class ActionsTableModel(QAbstractTableModel):
    """The actions of one plan in their order; one column per template field with in_table."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._template: PlanTemplate | None = None
        self._columns: tuple[FieldSpec, ...] = ()
        self._ids: list[str] = []
        self._rows: dict[str, Action] = {}
        self._display: dict[tuple[str, int], str] = {}  # shown texts, by action id and column
        self._language = "en"
        self._read_only = False
        # Called for every edit made through setData; the view turns it into an undo step.
        self.edit_handler: EditHandler | None = None

    # -- filling ---------------------------------------------------------------------------

    def set_template(self, template: PlanTemplate, language: str) -> None:
        self.beginResetModel()
        self._template = template
        self._language = language
        self._columns = tuple(f for f in template.action_fields if f.in_table)
        self._display.clear()
        self.endResetModel()

    @property
    def template(self) -> PlanTemplate | None:
        return self._template

    def set_actions(self, actions: Iterable[Action]) -> None:
        self.beginResetModel()
        ordered = sorted(actions, key=_order)
        self._ids = [a.id for a in ordered]
        self._rows = {a.id: a for a in ordered}
        self._display.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.set_actions(())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._ids and self._columns:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self._columns) - 1))

    # -- reading ---------------------------------------------------------------------------

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        return self._columns

    def column_of(self, key: str) -> int:
        return next((n for n, spec in enumerate(self._columns) if spec.key == key), -1)

    def action_ids(self) -> list[str]:
        return list(self._ids)

    def action_at(self, row: int) -> Action:
        return self._rows[self._ids[row]]

    def find(self, action_id: str) -> Action | None:
        return self._rows.get(action_id)

    def row_of(self, action_id: str) -> int:
        try:
            return self._ids.index(action_id)
        except ValueError:
            return -1

    def distinct_values(self, key: str) -> list[str]:
        """The texts used for ``key`` across the plan's actions (for completion)."""
        seen = {str(self._rows[i].get(key) or "").strip() for i in self._ids}
        return sorted(v for v in seen if v)

    # -- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or self._template is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self._ids) and 0 <= column < len(self._columns)):
            return None
        action_id = self._ids[row]
        spec = self._columns[column]
        if role in (_DISPLAY, _TOOLTIP):
            text = self._display.get((action_id, column))
            if text is None:
                value = self._rows[action_id].get(spec.key, spec.empty_value())
                text = display_text(self._template, spec, value, self._language)
                self._display[(action_id, column)] = text
            if role == _DISPLAY:
                return text
            return text if spec.type in ("text", "longtext", "multichoice") and text else None
        if role == _EDIT:
            return copy.deepcopy(self._rows[action_id].get(spec.key, spec.empty_value()))
        if role == _ALIGNMENT:
            return _RIGHT if spec.type == "money" else None
        if role == ACTION_ID_ROLE:
            return action_id
        if role == FIELD_ROLE:
            return spec
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)):
            return self._columns[section].label(self._language)
        if (orientation == Qt.Orientation.Vertical and 0 <= section < len(self._ids)
                and role == Qt.ItemDataRole.DisplayRole):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        if self._read_only or self._columns[index.column()].type == "table":
            return _ROW_FLAGS
        return _EDITABLE_FLAGS

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not self._valid(index) or self._read_only
                or self.edit_handler is None or self._template is None):
            return False
        spec = self._columns[index.column()]
        if spec.type == "table":
            return False
        action = self._rows[self._ids[index.row()]]
        old = action.get(spec.key, spec.empty_value())
        new = normalise_value(self._template, spec, value)
        if new == old:
            return False
        self.apply_locally(action.id, spec.key, new)
        self.edit_handler(action.id, spec.key, old, new)
        return True

    # -- changes ---------------------------------------------------------------------------------

    def apply_locally(self, action_id: str, key: str, value: Any) -> None:
        """Show an edit at once, before the workspace answers (the answer replaces it)."""
        action = self._rows.get(action_id)
        if action is not None:
            fields = dict(action.fields)
            fields[key] = copy.deepcopy(value)
            self.upsert(replace(action, fields=fields))

    def upsert(self, action: Action) -> int:
        """Put a fresh copy of an action in its place (by position); returns its row."""
        self._forget_texts(action.id)
        if action.deleted_at is not None:
            self.remove(action.id)
            return -1
        old_row = self.row_of(action.id)
        others = [self._rows[i] for i in self._ids if i != action.id]
        new_row = next((n for n, a in enumerate(others) if _order(a) > _order(action)),
                       len(others))
        if old_row < 0:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self._ids.insert(new_row, action.id)
            self._rows[action.id] = action
            self.endInsertRows()
            return new_row
        if old_row != new_row:
            destination = new_row + 1 if new_row > old_row else new_row
            self.beginMoveRows(QModelIndex(), old_row, old_row, QModelIndex(), destination)
            self._ids.pop(old_row)
            self._ids.insert(new_row, action.id)
            self._rows[action.id] = action
            self.endMoveRows()
            self._emit_row_changed(new_row)
            return new_row
        if self._rows[action.id] != action:
            self._rows[action.id] = action
            self._emit_row_changed(old_row)
        return old_row

    def remove(self, action_id: str) -> None:
        row = self.row_of(action_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        self._ids.pop(row)
        del self._rows[action_id]
        self._forget_texts(action_id)
        self.endRemoveRows()

    def _forget_texts(self, action_id: str) -> None:
        for column in range(len(self._columns)):
            self._display.pop((action_id, column), None)

    def _emit_row_changed(self, row: int) -> None:
        if self._columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _valid(self, index: Index) -> bool:
        return (index.isValid() and 0 <= index.row() < len(self._ids)
                and 0 <= index.column() < len(self._columns))


def _order(action: Action) -> tuple[float, str]:
    return (action.position, action.id)


# -- one nested table of an action ----------------------------------------------------------------


class NestedItemsModel(QAbstractTableModel):
    """The rows of one table field of an action (partners, funding lines, ...).

    A user edit never changes the rows in place for good: it emits ``itemsEdited`` with the
    whole new list, which the form writes as one field change (one undo step).
    """

    itemsEdited = Signal(list)

    def __init__(self, template: PlanTemplate, spec: FieldSpec, language: str,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._template = template
        self._spec = spec
        self._columns = spec.item_fields
        self._language = language
        self._items: list[dict[str, Any]] = []
        self._read_only = False

    @property
    def spec(self) -> FieldSpec:
        return self._spec

    def items(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._items)

    def set_items(self, items: Sequence[Mapping[str, Any]]) -> None:
        fresh = [copy.deepcopy(dict(i)) for i in items if isinstance(i, Mapping)]
        for item in fresh:
            # Rows from older data may lack an id; the next write of the list stores one.
            item.setdefault("id", str(uuid.uuid4()))
        if [i.get("id") for i in fresh] == [i.get("id") for i in self._items]:
            # Same rows: change the cells in place so the view keeps its current cell.
            for row, item in enumerate(fresh):
                if item != self._items[row]:
                    self._items[row] = item
                    if self._columns:
                        self.dataChanged.emit(self.index(row, 0),
                                              self.index(row, len(self._columns) - 1))
            return
        self.beginResetModel()
        self._items = fresh
        self.endResetModel()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not self._valid(index):
            return None
        item = self._items[index.row()]
        spec = self._columns[index.column()]
        value = item.get(spec.key, spec.empty_value())
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(self._template, spec, value, self._language)
        if role == Qt.ItemDataRole.EditRole:
            return copy.deepcopy(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = display_text(self._template, spec, value, self._language)
            return text if spec.type in ("text", "longtext") and text else None
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.type == "money":
            return _RIGHT
        if role == FIELD_ROLE:
            return spec
        if role == ITEM_ID_ROLE:
            return str(item.get("id", ""))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)):
            return self._columns[section].label(self._language)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS if self._read_only else _EDITABLE_FLAGS

    def setData(
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self._valid(index) or self._read_only:
            return False
        spec = self._columns[index.column()]
        new = normalise_value(self._template, spec, value)
        if self._items[index.row()].get(spec.key, spec.empty_value()) == new:
            return False
        items = self.items()
        items[index.row()][spec.key] = new
        self.set_items(items)
        self.itemsEdited.emit(self.items())
        return True

    def add_item(self) -> int:
        """Append an empty row; returns its row number."""
        row = len(self._items)
        items = [*self.items(), new_item(self._spec)]
        self.set_items(items)
        self.itemsEdited.emit(self.items())
        return row

    def remove_rows(self, rows: Iterable[int]) -> None:
        doomed = {r for r in rows if 0 <= r < len(self._items)}
        if not doomed:
            return
        self.set_items([i for n, i in enumerate(self._items) if n not in doomed])
        self.itemsEdited.emit(self.items())

    def _valid(self, index: Index) -> bool:
        return (index.isValid() and 0 <= index.row() < len(self._items)
                and 0 <= index.column() < len(self._columns))

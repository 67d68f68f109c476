"""Keeping the full-text index in step with edits, and querying it."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, select, text

from inclucities_core.model import Action
from inclucities_desktop.store.schema import actions, plans, sections

# Fields of an action that hold prose worth finding.
_ACTION_TEXT_FIELDS = (
    "code", "title", "objective", "description", "mentor_lessons", "target_groups",
    "lead_organisation", "lead_contact",
)
_NESTED_TEXT_FIELDS = ("name", "role", "title", "description", "mitigation", "data_source")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
# Greek letters with any combining marks that follow them (decomposed input).
_GREEK_RUN = re.compile("[\u0370-\u03ff\u1f00-\u1fff][\u0300-\u036f\u0370-\u03ff\u1f00-\u1fff]*")


@dataclass(frozen=True)
class SearchHit:
    plan_id: str
    plan_title: str
    kind: str  # "plan", "section" or "action"
    ref: str  # the section key or the action id ("" for the plan itself)
    snippet: str  # text around the match, the match wrapped in [[ ]]


def action_search_text(action: Action) -> str:
    parts = [str(action.get(key) or "") for key in _ACTION_TEXT_FIELDS]
    for nested in ("partners", "milestones", "indicators", "risks"):
        for item in action.get(nested) or ():
            if isinstance(item, dict):
                parts.extend(str(item.get(k) or "") for k in _NESTED_TEXT_FIELDS)
    return "\n".join(p for p in parts if p)


def fold_greek(text: str) -> str:
    """The text with Greek letters stripped of accents and breathings.

    The unicode61 tokenizer folds Latin diacritics ("integracija" finds "integrācija")
    but not Greek ones, so "ενταξη" would not find "Ένταξη"; the index and the query
    are both folded here.
    """
    return _GREEK_RUN.sub(_fold_greek_run, text)


def _fold_greek_run(match: re.Match[str]) -> str:
    kept: list[str] = []
    after_greek = False
    for char in unicodedata.normalize("NFD", match.group()):
        if unicodedata.combining(char):
            if after_greek:
                continue
        else:
            after_greek = _GREEK.match(char) is not None
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


# Each entry's full-text row has the rowid its key got in search_keys: replacing or dropping
# one entry is then a lookup by rowid, never a scan of the UNINDEXED columns.
_ROWID = text("SELECT id FROM search_keys WHERE plan_id = :p AND kind = :k AND ref = :r")


def index_entry(connection: Connection, plan_id: str, kind: str, ref: str, body: str) -> None:
    """Make ``body`` the searchable text of one entry (an empty body drops the entry)."""
    key = {"p": plan_id, "k": kind, "r": ref}
    if not body:
        drop_entry(connection, plan_id, kind, ref)
        return
    rowid = connection.execute(_ROWID, key).scalar()
    if rowid is None:
        rowid = connection.execute(
            text("INSERT INTO search_keys (plan_id, kind, ref) VALUES (:p, :k, :r) "
                 "RETURNING id"), key).scalar_one()
    else:
        connection.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": rowid})
    connection.execute(
        text("INSERT INTO search_index (rowid, plan_id, kind, ref, body) "
             "VALUES (:id, :p, :k, :r, :b)"),
        {**key, "id": rowid, "b": fold_greek(body)},
    )


def drop_entry(connection: Connection, plan_id: str, kind: str, ref: str) -> None:
    key = {"p": plan_id, "k": kind, "r": ref}
    rowid = connection.execute(_ROWID, key).scalar()
    if rowid is not None:
        connection.execute(text("DELETE FROM search_index WHERE rowid = :id"), {"id": rowid})
        connection.execute(text("DELETE FROM search_keys WHERE id = :id"), {"id": rowid})


def drop_plan(connection: Connection, plan_id: str) -> None:
    connection.execute(
        text("DELETE FROM search_index WHERE rowid IN "
             "(SELECT id FROM search_keys WHERE plan_id = :p)"), {"p": plan_id})
    connection.execute(text("DELETE FROM search_keys WHERE plan_id = :p"), {"p": plan_id})


def fts_query(user_text: str) -> str | None:
    """Every word of the user's text as a prefix term; None when there is no word."""
    # Composed first: a decomposed "ā" would otherwise split the word at its macron.
    words = _TOKEN.findall(fold_greek(unicodedata.normalize("NFC", user_text)))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def search(connection: Connection, user_text: str, limit: int = 200) -> list[SearchHit]:
    query = fts_query(user_text)
    if query is None:
        return []
    rows = connection.execute(
        text(
            "SELECT s.plan_id, p.title, s.kind, s.ref, "
            "snippet(search_index, 3, '[[', ']]', '…', 12) "
            "FROM search_index AS s JOIN plans AS p ON p.id = s.plan_id "
            "WHERE search_index MATCH :q AND p.deleted_at IS NULL "
            "ORDER BY rank LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    )
    return [SearchHit(*row) for row in rows]


def rebuild(connection: Connection) -> None:
    """Index every plan of the workspace afresh, in bulk (after a full pull)."""
    entries: list[tuple[str, str, str, str]] = []
    for plan_id, title in connection.execute(select(plans.c.id, plans.c.title)):
        entries.append((plan_id, "plan", "", title))
    for plan_id, key, body in connection.execute(
            select(sections.c.plan_id, sections.c.key, sections.c.text)):
        entries.append((plan_id, "section", key, body))
    for row in connection.execute(select(actions).where(actions.c.deleted_at.is_(None))):
        action = Action(id=row.id, plan_id=row.plan_id, position=row.position,
                        fields=row.fields)
        entries.append((row.plan_id, "action", row.id, action_search_text(action)))
    rows = [{"id": number, "p": plan_id, "k": kind, "r": ref, "b": fold_greek(body)}
            for number, (plan_id, kind, ref, body) in enumerate(
                (entry for entry in entries if entry[3]), start=1)]
    connection.execute(text("DELETE FROM search_index"))
    connection.execute(text("DELETE FROM search_keys"))
    if rows:
        connection.execute(text("INSERT INTO search_keys (id, plan_id, kind, ref) "
                                "VALUES (:id, :p, :k, :r)"), rows)
        connection.execute(text("INSERT INTO search_index (rowid, plan_id, kind, ref, body) "
                                "VALUES (:id, :p, :k, :r, :b)"), rows)

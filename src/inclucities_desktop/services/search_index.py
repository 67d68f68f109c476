"""Keeping the full-text index in step with edits, and querying it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, text

from inclucities_core.model import Action

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


def index_entry(connection: Connection, plan_id: str, kind: str, ref: str, body: str) -> None:
    drop_entry(connection, plan_id, kind, ref)
    if body:
        connection.execute(
            text("INSERT INTO search_index (plan_id, kind, ref, body) VALUES (:p, :k, :r, :b)"),
            {"p": plan_id, "k": kind, "r": ref, "b": fold_greek(body)},
        )


def drop_entry(connection: Connection, plan_id: str, kind: str, ref: str) -> None:
    connection.execute(
        text("DELETE FROM search_index WHERE plan_id = :p AND kind = :k AND ref = :r"),
        {"p": plan_id, "k": kind, "r": ref},
    )


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


def rebuild(connection: Connection, entries: Iterable[tuple[str, str, str, str]]) -> None:
    connection.execute(text("DELETE FROM search_index"))
    for plan_id, kind, ref, body in entries:
        index_entry(connection, plan_id, kind, ref, body)

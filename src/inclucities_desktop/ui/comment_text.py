"""How one comment reads in the panel: its anchor, author, time and text, as rich text for
the eye and as one plain sentence for screen readers."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from inclucities_desktop.services.comments import (
    ACTION_ANCHOR,
    QUOTE_ANCHOR,
    SECTION_ANCHOR,
    CommentView,
)
from inclucities_desktop.ui.plan_list_model import format_timestamp

_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|\\(?=[\\`*_\[\]<>#~|&=])")
UNREAD_MARK = "●"


# lupdate reads translate("Context", "text") calls; a wrapper would hide the text.
translate = QCoreApplication.translate


def readable_quote(markdown: str) -> str:
    """The quoted Markdown as the editor shows it: emphasis marks and escapes left out."""
    return " ".join(_MARKUP.sub("", markdown).split())


@dataclass(frozen=True)
class AnchorNames:
    """What the panel calls the places a comment can point to in the open plan."""

    sections: dict[str, str]  # key -> "4. Vision and objectives"
    actions: dict[str, str]  # action id -> "A1.2 Title"


def anchor_text(view: CommentView, names: AnchorNames) -> tuple[str, str]:
    """(label, quoted words or ""): where the comment points, in the user's words."""
    anchor = view.anchor
    if anchor.kind == QUOTE_ANCHOR and anchor.quote is not None:
        quote = readable_quote(anchor.quote.exact)
        if view.orphaned:
            return translate("CommentText", "Passage no longer in the text:"), quote
        section = names.sections.get(anchor.section_key or "", anchor.section_key or "")
        return translate("CommentText", "Passage in {0}:").format(section), quote
    if anchor.kind == SECTION_ANCHOR:
        section = names.sections.get(anchor.section_key or "", anchor.section_key or "")
        return translate("CommentText", "Section {0}").format(section), ""
    if anchor.kind == ACTION_ANCHOR:
        if view.orphaned:
            return translate("CommentText", "An action no longer in the plan"), ""
        action = names.actions.get(anchor.action_id or "", "")
        return translate("CommentText", "Action {0}").format(action), ""
    return translate("CommentText", "The whole plan"), ""


def author_of(view: CommentView) -> str:
    if view.author_name:
        return view.author_name
    if view.mine:
        return translate("CommentText", "You")
    return translate("CommentText", "Unknown author")


def when_of(view: CommentView) -> str:
    if view.pending or not view.created_at:
        return translate("CommentText", "pending")
    text = format_timestamp(view.created_at)
    return translate("CommentText", "{0} (edited)").format(text) if view.edited_at else text


def body_of(view: CommentView) -> str:
    return translate("CommentText", "This comment was deleted.") if view.deleted else view.body


def comment_html(view: CommentView, names: AnchorNames | None, text: QColor,
                 dim: QColor, resolved_thread: bool) -> str:
    """Rich text of one comment; ``names`` only for a thread's first comment (its anchor)."""
    colour = (dim if resolved_thread else text).name()
    soft = dim.name()
    head = f"<b>{html.escape(author_of(view))}</b>" if view.unread else html.escape(
        author_of(view))
    if view.unread:
        head = f"{UNREAD_MARK} " + head
    when = html.escape(when_of(view))
    if view.pending:
        when = f"<i>{when}</i>"
    head += f" <span style='color:{soft}'>· {when}</span>"
    if names is not None and resolved_thread:
        resolved = html.escape(translate("CommentText", "Resolved"))
        head += f" <span style='color:{soft}'>· {resolved}</span>"
    parts = [head]
    if names is not None:
        label, quote = anchor_text(view, names)
        line = f"<span style='color:{soft}'>{html.escape(label)}</span>"
        if quote:
            line += f" <i>“{html.escape(quote)}”</i>"
        parts.append(line)
    body = html.escape(body_of(view)).replace("\n", "<br>")
    parts.append(f"<i>{body}</i>" if view.deleted else body)
    return f"<div style='color:{colour}'>" + "<br>".join(parts) + "</div>"


def comment_sentence(view: CommentView, names: AnchorNames | None,
                     resolved_thread: bool) -> str:
    """The same comment for a screen reader, in one line."""
    parts = []
    if view.unread:
        parts.append(translate("CommentText", "Unread."))
    if names is not None and resolved_thread:
        parts.append(translate("CommentText", "Resolved."))
    parts.append(f"{author_of(view)}, {when_of(view)}:")
    parts.append(body_of(view))
    if names is not None:
        label, quote = anchor_text(view, names)
        parts.append(f"({label} “{quote}”)" if quote else f"({label})")
    return " ".join(parts)

"""Arguments of the mentoring subcommands (standard library only, like cli/main.py).

The subcommands themselves run from mentoring_commands: comments, comment, reply, resolve,
review, history.
"""

from __future__ import annotations

from typing import Any

from inclucities_desktop.cli import messages


def add_parsers(commands: Any) -> None:
    """The subcommands' arguments (called by cli.main.build_parser)."""
    listing = commands.add_parser("comments", help=messages.HELP_COMMENTS,
                                  description=messages.HELP_COMMENTS)
    listing.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    listing.add_argument("--json", action="store_true", help=messages.HELP_COMMENTS_JSON)
    comment = commands.add_parser("comment", help=messages.HELP_COMMENT,
                                  description=messages.HELP_COMMENT)
    comment.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    comment.add_argument("--on", metavar="SECTION_KEY|ACTION_CODE", help=messages.HELP_COMMENT_ON)
    comment.add_argument("--quote", metavar="TEXT", help=messages.HELP_COMMENT_QUOTE)
    comment.add_argument("--text", metavar="TEXT", required=True, help=messages.HELP_COMMENT_TEXT)
    reply = commands.add_parser("reply", help=messages.HELP_REPLY, description=messages.HELP_REPLY)
    reply.add_argument("comment", metavar="COMMENT_ID", help=messages.HELP_COMMENT_ID)
    reply.add_argument("--text", metavar="TEXT", required=True, help=messages.HELP_COMMENT_TEXT)
    resolve = commands.add_parser("resolve", help=messages.HELP_RESOLVE,
                                  description=messages.HELP_RESOLVE)
    resolve.add_argument("comment", metavar="COMMENT_ID", help=messages.HELP_COMMENT_ID)
    resolve.add_argument("--reopen", action="store_true", help=messages.HELP_REOPEN)
    review = commands.add_parser("review", help=messages.HELP_REVIEW,
                                 description=messages.HELP_REVIEW)
    review.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    review.add_argument("step", metavar="STEP", nargs="?", choices=messages.REVIEW_STEPS,
                        help=messages.HELP_REVIEW_STEP)
    review.add_argument("--note", metavar="TEXT", help=messages.HELP_REVIEW_NOTE)
    review.add_argument("--json", action="store_true", help=messages.HELP_REVIEW_JSON)
    history = commands.add_parser("history", help=messages.HELP_HISTORY,
                                  description=messages.HELP_HISTORY)
    history.add_argument("plan", metavar="PLAN", help=messages.HELP_PLAN_ID)
    history.add_argument("--json", action="store_true", help=messages.HELP_HISTORY_JSON)

"""Every word the command line prints, in one place.

The command line speaks English (it is for scripts and administrators; the window's words
go through Qt's translations). Services and the document checks word their own errors.
"""

from __future__ import annotations

PROG = "inclucities"
ERROR = PROG + ": error: {message}"
INTERRUPTED = PROG + ": interrupted"

DESCRIPTION = (
    "IncluCities Desktop: draft migrant-integration action plans offline. "
    "Without a subcommand, opens the window."
)
EPILOG = (
    "The workspace folder is --data-dir, else $INCLUCITIES_DATA_DIR, else the platform's "
    "data folder. Exit status: 0 done, 1 error, 2 wrong arguments."
)
HELP_DATA_DIR = "the workspace folder (give it before the subcommand)"
HELP_VERSION = "print the version and exit"
HELP_INIT = "create the workspace (or bring it up to date)"
HELP_SAMPLE = "add the sample cities, pairs and plans"
HELP_PLANS = "list the plans"
HELP_PLANS_JSON = "print a JSON list"
HELP_TRASH = "list the plans in the trash instead"
HELP_SHOW = "show one plan"
HELP_PLAN_ID = "a plan id, or the start of one that no other plan id shares"
HELP_SHOW_JSON = "print the whole plan as a JSON plan document"
HELP_APPLY = "apply a whole or partial plan document as local edits"
HELP_FILE = "the plan document (UTF-8 JSON), or - to read standard input"
HELP_LOGIN = "sign in to a sync server (the password from $INCLUCITIES_PASSWORD or a prompt)"
HELP_LOGIN_LONG = (
    "Sign in to a sync server. The password is read from $INCLUCITIES_PASSWORD, else asked "
    "for without echo; it is never an argument. The first sign-in binds the workspace to "
    "this account and server, and takes the sample plans out of it."
)
HELP_URL = "the sync server's address, such as https://sync.example.org"
HELP_USER = "your user name on that server"
HELP_PLAINTEXT = ("let a keyring that stores secrets in plain files keep the token "
                  "(otherwise the token lasts for this command only)")
HELP_CA_BUNDLE = "a PEM file of certificate authorities to trust besides the system's"
HELP_LOGOUT = "sign out: forget the token (the workspace keeps its data and its account)"
HELP_SYNC = "push local edits and pull the server's; prints one summary line"
HELP_STATUS = "show the account, pending edits, open conflicts and the last sync"
HELP_CONFLICTS = "list the open conflicts"
HELP_CONFLICTS_JSON = "print a JSON list (with both sides of each conflict)"

HELP_EXPORT = "export one plan as a Word document"
HELP_EXPORT_OUTPUT = "the .docx file to write"
HELP_EXPORT_ALL = "export every plan of a status as Word documents, into one folder"
HELP_EXPORT_DIR = "the folder to write into (it must exist)"
HELP_EXPORT_STATUS = "which plans: one status, or all (default: approved)"
HELP_TEMPLATE = "a .docx whose styles, page set-up, header and footer the export uses"
HELP_FORCE = "replace files that exist already"
HELP_EXPORT_COMMENTS = "add the comment threads as Word comments, anchored in the text"
HELP_EXPORT_REVIEW_LOG = "add an appendix listing the review steps (when, status, by whom, note)"
EXPORT_STATUSES = (
    "all", "draft", "submitted_to_mentor", "changes_requested", "endorsed",
    "submitted_to_coordinator", "approved",
)

# init
WORKSPACE_CREATED = "Created a workspace in {folder}"
WORKSPACE_READY = "Workspace ready in {folder} ({plans} plans, {trashed} in the trash)"
SAMPLE_SUMMARY = "Sample: {cities} cities, {pairs} pairs, {added} plans added"
SAMPLE_PLAN_ADDED = "  added plan {id}  {title}"
SAMPLE_FILE_INVALID = "a sample plan file is not valid JSON: {detail}"

# plans
NO_PLANS = "No plans."
TRASH_EMPTY = "The trash is empty."
PLAN_TABLE_HEADINGS = ("ID", "CITY", "LANG", "STATUS", "UPDATED (UTC)", "TITLE")

# show
SHOW_PLACE = "City: {city} · Language: {language} · Status: {status}"
SHOW_IDS = "Id: {id} · Template: v{template} · Updated: {updated} UTC"
SHOW_IN_TRASH = "In the trash."
SHOW_SECTIONS = "Sections"
SHOW_WORDS = "{words:>7} words"
SHOW_ACTIONS = "Actions ({count})"
SHOW_NO_ACTIONS = "  (none)"
MARKS = {"empty": "empty", "started": "started", "complete": "complete"}

# apply
PLAN_CREATED = "created plan {id}"
PLAN_UPDATED = "updated plan {id}: {changed} fields changed"

# sync
PASSWORD_PROMPT = "Password for {user} at {url}: "
NO_PASSWORD = "no password given (set INCLUCITIES_PASSWORD or type it at the prompt)"
SIGNED_IN = "Signed in to {url} as {user} ({role}{city})"
SAMPLE_REMOVED = "Took the sample plans out of this workspace: {titles}"
TO_UPLOAD = "{count} local plans will be uploaded by the next sync"
TOKEN_IN_MEMORY = (
    "warning: no secure keyring on this system: the session is kept for this command only; "
    "`inclucities sync` will ask you to sign in again (see --allow-plaintext-token)"
)
TOKEN_PLAINTEXT = "warning: the token is kept by a keyring that writes plain files"
SIGNED_OUT = "Signed out of {url}; the workspace keeps its data"
NOT_BOUND = "This workspace has not signed in to a sync server."
SYNC_SUMMARY = "pushed {pushed}, pulled {pulled}, merged {merged}, conflicts {conflicts}"
SYNC_CANCELLED = " (stopped before the end)"
STATUS_ACCOUNT = "Account: {user} ({role}{city}) at {url}"
STATUS_NO_ACCOUNT = "Account: none (never signed in)"
STATUS_SIGNED_IN = "Signed in: {answer}"
STATUS_TOKEN = "Token kept in: {storage}"
STATUS_PENDING = "Pending changes: {count}"
STATUS_CONFLICTS = "Open conflicts: {count}"
STATUS_LAST_SYNC = "Last sync: {when}"
NEVER = "never"
NO_CONFLICTS = "No open conflicts."
CONFLICT_TABLE_HEADINGS = ("ID", "KIND", "PLAN", "WHAT", "REASON")

# errors of reading a document
CANNOT_READ = "cannot read {name}: {reason}"
NOT_UTF8 = "{name} is not UTF-8 text (at byte {position})"
INVALID_JSON = "{name} is not valid JSON: {detail} at line {line}, column {column}"
NOT_JSON_NUMBER = "{name} is not valid JSON: {constant} is not a number JSON allows"
TOO_DEEP = "{name} is nested too deeply to read"
STDIN = "standard input"
DAMAGED_DURING_USE = (
    "the workspace database in {folder} cannot be read ({detail}). It may be damaged "
    "or in use by another program."
)

# export
EXPORT_EXISTS = "{path} exists already (use --force to replace it)"
EXPORT_NOT_DOCX = "the output file should end in .docx: {path}"
EXPORT_WRITTEN = "wrote {path}"
EXPORT_NO_PLANS = "no plans with status {status}; nothing exported"
EXPORT_SUMMARY = "{written} of {total} plans exported to {folder}"
EXPORT_FAILED = "  failed: {title}: {reason}"
EXPORT_SOME_FAILED = "{failed} of {total} plans could not be exported"

# mentoring: comments, review, history
HELP_COMMENTS = "list the comment threads of a plan"
HELP_COMMENTS_JSON = "print a JSON list of threads, each with its replies"
HELP_COMMENT = "comment on a plan, a section, an action or a passage of a section"
HELP_COMMENT_ON = ("a section key (such as context_needs) or an action code (such as A2.3); "
                   "without it, the comment is on the whole plan")
HELP_COMMENT_QUOTE = "the words of the section the comment is about (with --on SECTION_KEY)"
HELP_COMMENT_TEXT = "the comment's text"
HELP_REPLY = "reply to a comment"
HELP_COMMENT_ID = "a comment id, or the start of one that no other comment id shares"
HELP_RESOLVE = "mark a comment thread resolved"
HELP_REOPEN = "open a resolved thread again instead"
HELP_REVIEW = "show where a plan stands in review, or take a review step"
HELP_REVIEW_STEP = ("the step to take; without it, the status, the steps you may take and "
                    "the timeline are shown")
HELP_REVIEW_NOTE = "a note that goes with the step"
HELP_REVIEW_JSON = "print the status, allowed steps and timeline as JSON"
HELP_HISTORY = "list the versions of a plan (named ones and one per review step)"
HELP_HISTORY_JSON = "print a JSON list"
REVIEW_STEPS = ("submit", "endorse", "request-changes", "submit-to-coordinator", "approve",
                "reopen")
NO_COMMENTS = "No comments."
COMMENT_TABLE_HEADINGS = ("ID", "ON", "AUTHOR", "WHEN (UTC)", "STATE", "TEXT")
COMMENT_ADDED = "added comment {id} (the next sync sends it)"
REPLY_ADDED = "added reply {id} (the next sync sends it)"
COMMENT_RESOLVED = "resolved comment {id} (the next sync sends it)"
COMMENT_REOPENED = "reopened comment {id} (the next sync sends it)"
NO_SUCH_TARGET = "{target!r} is neither a section key nor an action code of this plan"
QUOTE_NEEDS_SECTION = "--quote needs --on SECTION_KEY: a passage is part of a section"
STATE_PENDING = "pending"
STATE_RESOLVED = "resolved"
STATE_OPEN = "open"
STATE_ORPHANED = "passage gone"
STATE_UNREAD = "unread"
REVIEW_STATUS = "Status: {status}{pending}"
REVIEW_PENDING = " (step '{action}' waits for the next sync)"
REVIEW_ALLOWED = "Steps you may take: {steps}"
REVIEW_NONE = "none"
REVIEW_TIMELINE = "Timeline"
REVIEW_NO_STEPS = "  (no steps yet)"
REVIEW_STEP_LINE = "  {when}  {action:<22} {from_to}  {actor}{note}"
REVIEW_REFUSED = "  refused: {reason}"
REVIEW_RECORDED = "recorded step '{action}' for plan {id}; the next sync sends it"
NO_VERSIONS = "No versions."
VERSION_TABLE_HEADINGS = ("ID", "REVISION", "KIND", "BY", "WHEN (UTC)", "NAME")

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

"""IncluCities Desktop: offline drafting of action plans, sync, review and Word export."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("inclucities-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

"""The IncluCities domain: the plan template, plan entities and the plan document format.

Pure Python, shared by the desktop app and the sync server; it imports no Qt.
"""

"""The PySide6 window: widgets, dialogs and item models over the services."""

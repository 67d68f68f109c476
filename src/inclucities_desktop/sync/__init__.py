"""The sync client at the store's level: HTTP calls to the sync server and the token's keeping.

Nothing here touches the workspace database or imports Qt; services/sync_service.py
drives a sync round with these pieces.
"""

"""inclucities-server: the sync server where the offline workspaces meet (docs/sync-protocol.md)."""

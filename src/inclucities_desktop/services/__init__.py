"""What a user can do with a workspace, as plain Python calls (no Qt, no HTTP)."""

"""``inclucities <subcommand>``: the workspace without windows."""

"""``inclucities <subcommand>``: the workspace without windows, for scripts and checks.

``main`` tells the command line from the window and parses; ``commands`` runs the
subcommands; ``messages`` holds every word printed; ``text_output`` lays out tables.
"""

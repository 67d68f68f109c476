"""Helpers shared by tests: real server processes and throw-away databases."""

"""Termscope's command line: validate, schema, simulate, export, and starting the desktop app."""

__version__ = "0.1.0"  # the one place; pyproject.toml reads it

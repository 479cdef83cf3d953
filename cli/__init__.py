"""Termscope's command line: validate, schema, simulate, export, and starting the desktop app."""

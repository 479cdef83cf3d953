"""Termscope's pure domain: contract schema, business calendar, money, scenarios and the engine.

Nothing in this package imports Qt, reads the screen, or writes exports.
"""

"""flagger's version, in a module of its own so that any stage can name it without a cycle."""

__version__ = "0.2.0"
